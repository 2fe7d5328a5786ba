"""The README's install command: one package list, the one CI installs, covering what Qt's xcb plugin links."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LIST = ROOT / "packaging" / "apt-packages.txt"


def listed() -> list[str]:
    return [line.strip() for line in LIST.read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]


def test_the_readme_installs_exactly_the_list_without_assuming_sudo():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    [line] = [x for x in readme.splitlines() if "apt-get install" in x]
    assert line.startswith("$(command -v sudo) apt-get update && $(command -v sudo) apt-get install")
    packages = line.split("--no-install-recommends", 1)[1].split()
    assert packages == listed()
    assert "sudo apt-get" not in readme.replace("$(command -v sudo) apt-get", "")


def test_ci_installs_the_same_list_before_the_tests():
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/apt-packages.txt" in script
    install = script.index("apt-get install -y --no-install-recommends $APT_PACKAGES")
    assert install < script.index("== tests")
    assert 'SUDO="sudo"' not in script  # root machines without sudo work too


def test_the_list_has_every_x11_library_the_window_plugin_links():
    """Each libxcb*/libX11-xcb/libxkbcommon* library the xcb plugin links comes from a listed package."""
    if not (shutil.which("ldd") and shutil.which("dpkg")):
        pytest.skip("needs ldd and dpkg (Debian or Ubuntu)")
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin, *_ = [*qt.glob("plugins/platforms/libqxcb.so"), None]
    if plugin is None:
        pytest.skip("this PySide6 has no xcb plugin")
    linked = subprocess.run(["ldd", str(plugin), *map(str, qt.glob("lib/libQt6XcbQpa.so*"))],
                            capture_output=True, text=True).stdout
    names = sorted({m for m in re.findall(r"^\s*(lib(?:xcb|X11-xcb|xkbcommon)[\w.+-]*\.so[.\d]*)", linked, re.M)})
    assert names, linked
    owners: dict[str, str] = {}
    for name in names:
        found = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True).stdout
        # Not installed on this machine: Debian names a library's package after its soname
        # (libxcb-icccm.so.4 -> libxcb-icccm4; a name ending in a digit takes a dash: libxkbcommon-x11-0).
        stem, version = re.fullmatch(r"(lib[\w+-]+?)\.so\.(\d+).*", name).groups()  # type: ignore[union-attr]
        owners[name] = found.split(":")[0] if found else (stem + ("-" if stem[-1].isdigit() else "") + version).lower()
    missing = {n: p for n, p in owners.items() if p.split(":")[0] not in listed()}
    assert not missing, f"libraries of Qt's xcb plugin from packages not in the list: {missing}"


def test_keyring_comes_with_a_plain_install():
    """`pip install .` brings keyring, so a desktop's keyring is used without an extra; the headless
    fallback (an owner-only file) is CredentialStore's own."""
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert any(re.match(r"keyring\b", requirement) for requirement in project["dependencies"])
    assert "keyring" not in project.get("optional-dependencies", {})
