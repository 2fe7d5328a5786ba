"""Build Klarna Order Console for the OS this runs on: the PyInstaller folder, then that OS's archive or installer.

    python packaging/build.py              # dist/klarna-console/ plus the tarball, installer or DMG
    python packaging/build.py --bundle-only   # just dist/klarna-console/ (and the .app on macOS)

Linux: dist/klarna-console-<version>-linux-<arch>.tar.gz (desktop entry, icons, AppStream file, install.sh).
Windows: dist/klarna-console-<version>-windows-<arch>-setup.exe, made by NSIS's makensis.
macOS: dist/Klarna Order Console.app and dist/klarna-console-<version>-macos-<arch>.dmg, made by hdiutil.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from klarna_console import __version__  # noqa: E402

import bundle_rules  # noqa: E402  (found through the sys.path entry above)
from make_icons import PNG_SIZES, png_name  # noqa: E402

NAME = "klarna-console"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
RESOURCES = ROOT / "resources"
APP_BUNDLE = DIST / f"{bundle_rules.APP_TITLE}.app"


def arch() -> str:
    """The machine name used in archive names (x86_64, arm64, amd64 ...)."""
    return platform.machine().lower() or "unknown"


def run(command: list[str], **kwargs: object) -> None:
    """Run a command, echoing it; stop the build if it fails."""
    print("+", " ".join(str(part) for part in command), flush=True)
    subprocess.run(command, check=True, **kwargs)  # type: ignore[call-overload]


def check_inputs() -> None:
    """Fail early and clearly when a file the spec or an installer needs is missing."""
    icons = RESOURCES / "icons"
    needed = [icons / "klarna-console.svg", icons / "klarna-console.ico", icons / "klarna-console.icns",
              *(icons / png_name(size) for size in PNG_SIZES), ROOT / "LICENSE",
              RESOURCES / "linux" / f"{NAME}.desktop", RESOURCES / "linux" / f"{bundle_rules.APP_ID}.metainfo.xml"]
    missing = [str(path.relative_to(ROOT)) for path in needed if not path.is_file()]
    if missing:
        raise SystemExit("missing: " + ", ".join(missing) + " (icons: run `python packaging/make_icons.py`)")


def pyinstaller(clean: bool) -> Path:
    """Run the spec; returns the onedir folder."""
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(HERE / f"{NAME}.spec")]
    if clean:
        command.insert(3, "--clean")
    run(command, cwd=ROOT)
    return DIST / NAME


def folder_size(path: Path) -> int:
    """Bytes in a folder, symlinks counted once (as links)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def linux_tarball(bundle: Path) -> Path:
    """The onedir folder plus desktop integration files, as a .tar.gz that unpacks into one folder."""
    top = f"{NAME}-{__version__}"
    target = DIST / f"{top}-linux-{arch()}.tar.gz"
    share = {  # archive path -> source
        f"share/applications/{NAME}.desktop": RESOURCES / "linux" / f"{NAME}.desktop",
        f"share/metainfo/{bundle_rules.APP_ID}.metainfo.xml":
            RESOURCES / "linux" / f"{bundle_rules.APP_ID}.metainfo.xml",
        f"share/icons/hicolor/scalable/apps/{NAME}.svg": RESOURCES / "icons" / "klarna-console.svg",
        **{f"share/icons/hicolor/{size}x{size}/apps/{NAME}.png": RESOURCES / "icons" / png_name(size)
           for size in PNG_SIZES},
        "install.sh": HERE / "linux" / "install.sh",
    }
    # gzip level 6: nearly the size of 9 at half the time, on a folder of already-compressed libraries.
    with tarfile.open(target, "w:gz", compresslevel=6) as archive:
        archive.add(bundle, arcname=top, filter=_reproducible)
        for name, source in share.items():
            archive.add(source, arcname=f"{top}/{name}", filter=_reproducible)
    return target


def _reproducible(info: tarfile.TarInfo) -> tarfile.TarInfo:
    """Owner and group of no one in particular, so unpacking as root does not hand files to a build user."""
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if info.name.endswith("install.sh"):
        info.mode = 0o755
    return info


def windows_installer(bundle: Path) -> Path:
    """Compile packaging/windows/klarna-console.nsi with makensis into a per-user setup .exe."""
    makensis = shutil.which("makensis") or next(
        (str(p) for p in (Path(os.environ.get("ProgramFiles(x86)", "C:/Program Files (x86)")) / "NSIS" / "makensis.exe",
                          Path(os.environ.get("ProgramFiles", "C:/Program Files")) / "NSIS" / "makensis.exe")
         if p.exists()), None)
    if makensis is None:
        raise SystemExit("makensis not found: install NSIS 3 (winget install NSIS.NSIS) or add it to PATH")
    target = DIST / f"{NAME}-{__version__}-windows-{arch()}-setup.exe"
    run([makensis, "/V2", f"/DVERSION={__version__}", f"/DVERSION4={bundle_rules.numeric_version(__version__)}",
         f"/DSOURCE_DIR={bundle}", f"/DOUTFILE={target}",
         f"/DROOT={ROOT}", str(HERE / "windows" / f"{NAME}.nsi")])
    return target


def macos_dmg() -> Path:
    """A compressed disk image with the .app and a link to /Applications to drag it onto."""
    if not APP_BUNDLE.is_dir():
        raise SystemExit(f"{APP_BUNDLE} was not built")
    staging = WORK / "dmg"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    # --preserve symlinks and signatures: a plain copy would break the .app's ad-hoc code signature.
    run(["ditto", str(APP_BUNDLE), str(staging / APP_BUNDLE.name)])
    (staging / "Applications").symlink_to("/Applications")
    target = DIST / f"{NAME}-{__version__}-macos-{arch()}.dmg"
    target.unlink(missing_ok=True)
    run(["hdiutil", "create", "-volname", f"{bundle_rules.APP_TITLE} {__version__}", "-srcfolder", str(staging),
         "-fs", "HFS+", "-format", "UDZO", "-ov", str(target)])
    return target


def main(argv: list[str] | None = None) -> int:
    """Build, package, and print what was made and how big it is."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle-only", action="store_true", help="stop after the PyInstaller folder")
    parser.add_argument("--clean", action="store_true", help="ignore PyInstaller's cache from earlier builds")
    args = parser.parse_args(argv)
    check_inputs()
    started = time.monotonic()
    bundle = pyinstaller(args.clean)
    print(f"bundle: {bundle} ({folder_size(bundle) / 1e6:.0f} MB) in {time.monotonic() - started:.0f} s")
    if args.bundle_only:
        return 0
    if sys.platform.startswith("linux"):
        artefact = linux_tarball(bundle)
    elif sys.platform == "win32":
        artefact = windows_installer(bundle)
    elif sys.platform == "darwin":
        artefact = macos_dmg()
    else:
        print(f"no installer recipe for {sys.platform}; the folder is the result")
        return 0
    print(f"package: {artefact} ({artefact.stat().st_size / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
