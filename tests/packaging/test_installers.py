"""The installer recipes: NSIS compiles on Linux too, install.sh installs and uninstalls cleanly, docs name them."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from klarna_console import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
RESOURCES = ROOT / "resources"

NSIS = PACKAGING / "windows" / "klarna-console.nsi"
INSTALL_SH = PACKAGING / "linux" / "install.sh"


def test_nsis_script_compiles(tmp_path: Path) -> None:
    """makensis (Debian ships it) builds the installer from a stand-in for the Windows folder."""
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.skip("makensis is not installed (apt-get install nsis)")
    payload = tmp_path / "klarna-console"
    (payload / "_internal").mkdir(parents=True)
    for name in ("klarna-console.exe", "klarna-console-cli.exe", "_internal/base_library.zip"):
        (payload / name).write_bytes(b"stand-in")
    setup = tmp_path / f"klarna-console-{__version__}-windows-amd64-setup.exe"  # as build.py names it
    result = subprocess.run(
        [makensis, "-V2", "-WX", f"-DVERSION={__version__}", "-DVERSION4=0.1.0.0", f"-DSOURCE_DIR={payload}",
         f"-DOUTFILE={setup}", f"-DROOT={ROOT}", str(NSIS)], check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert setup.stat().st_size > 50_000


def test_nsis_uninstaller_removes_what_the_installer_adds() -> None:
    """Both launchers, the runtime folder, the shortcut and the registry keys; never the whole folder blindly."""
    script = NSIS.read_text(encoding="utf-8")
    uninstall = script[script.index('Section "Uninstall"'):]
    for needed in ('Delete "$INSTDIR\\klarna-console.exe"', 'Delete "$INSTDIR\\klarna-console-cli.exe"',
                   'RMDir /r "$INSTDIR\\_internal"', 'Delete "$SMPROGRAMS\\${APP_NAME}.lnk"',
                   'DeleteRegKey HKCU "${UNINSTALL_KEY}"', 'RMDir "$INSTDIR"'):
        assert needed in uninstall, needed
    assert 'RMDir /r "$INSTDIR"' not in script
    assert "RequestExecutionLevel user" in script and "HKLM" not in script


def test_install_sh_round_trip(tmp_path: Path) -> None:
    """Against a stand-in of the unpacked tarball: files land under the prefix, then all go again."""
    tree = tmp_path / "klarna-console-0"
    (tree / "_internal").mkdir(parents=True)
    (tree / "klarna-console").write_text("#!/bin/sh\necho frozen\n")
    (tree / "klarna-console").chmod(0o755)
    shutil.copy(INSTALL_SH, tree / "install.sh")
    (tree / "share" / "applications").mkdir(parents=True)
    shutil.copy(RESOURCES / "linux" / "klarna-console.desktop", tree / "share" / "applications")
    (tree / "share" / "metainfo").mkdir()
    shutil.copy(RESOURCES / "linux" / "io.github.klarnaconsole.KlarnaConsole.metainfo.xml", tree / "share" / "metainfo")
    (tree / "share" / "icons" / "hicolor" / "48x48" / "apps").mkdir(parents=True)
    shutil.copy(RESOURCES / "icons" / "klarna-console-48.png",
                tree / "share" / "icons" / "hicolor" / "48x48" / "apps" / "klarna-console.png")
    prefix = tmp_path / "prefix with space"
    env = {**os.environ, "HOME": str(tmp_path / "home")}
    subprocess.run(["sh", str(tree / "install.sh"), "--prefix", str(prefix)], check=True, env=env,
                   capture_output=True)
    ran = subprocess.run([prefix / "bin" / "klarna-console"], check=True, capture_output=True, text=True)
    assert ran.stdout == "frozen\n"
    desktop = (prefix / "share" / "applications" / "klarna-console.desktop").read_text()
    assert f'Exec="{prefix}/lib/klarna-console/klarna-console"' in desktop
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "klarna-console.png").is_file()
    subprocess.run(["sh", str(tree / "install.sh"), "--prefix", str(prefix), "--uninstall"], check=True, env=env,
                   capture_output=True)
    # Menu and icon caches are regenerated, not removed: other apps share them.
    left = [p for p in prefix.rglob("*") if p.is_file() and not p.name.endswith(".cache")]
    assert left == []


def test_readme_documents_every_build_command() -> None:
    """packaging/README.md says how to build, test and install on each system."""
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for needed in ("python packaging/build.py", "python packaging/smoke_test.py", "makensis", "hdiutil",
                   "install.sh", "make_icons.py", "Info.plist", "appstreamcli", "desktop-file-validate"):
        assert needed in readme, needed
