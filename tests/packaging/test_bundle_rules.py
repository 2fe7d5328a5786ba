"""The bundle's rules: which Qt plugins ship, which distributions (and licences) ship, version numbers, Info.plist."""

from __future__ import annotations

import ast
import plistlib
import re
import tomllib
from importlib import metadata
from pathlib import Path
from types import ModuleType

import pytest
from klarna_console import __version__

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"

NEEDED = [  # (bundle path, why the window cannot do without it)
    ("PySide6/Qt/plugins/platforms/libqoffscreen.so", "headless runs and the smoke test"),
    ("PySide6/Qt/plugins/platforms/libqxcb.so", "X11 desktops"),
    ("PySide6/Qt/plugins/platforms/libqwayland.so", "Wayland desktops"),
    ("PySide6/plugins/platforms/qwindows.dll", "Windows"),
    ("PySide6/Qt/plugins/platforms/libqcocoa.dylib", "macOS"),
    ("PySide6/Qt/plugins/imageformats/libqsvg.so", "the SVG icon"),
    ("PySide6/plugins/imageformats/qico.dll", "the Windows icon"),
    ("PySide6/Qt/plugins/iconengines/libqsvgicon.so", "QIcon from SVG"),
    ("PySide6/plugins/styles/qmodernwindowsstyle.dll", "the Windows 11 look"),
    ("PySide6/Qt/plugins/styles/libqmacstyle.dylib", "the macOS look"),
    ("PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so", "a Wayland window at all"),
    ("PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so", "input methods"),
]
UNUSED = [
    "PySide6/Qt/plugins/imageformats/libqpdf.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/sqldrivers/libqsqlite.so",
    "PySide6/Qt/plugins/tls/libqopensslbackend.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/generic/libqevdevmouseplugin.so",
]


@pytest.mark.parametrize(("dest", "why"), NEEDED)
def test_the_plugins_the_window_needs_are_kept(rules: ModuleType, dest: str, why: str) -> None:
    """Each of these plugins is needed on some system (the reason is in the parameter)."""
    plugin = rules.plugin_of(dest)
    assert plugin is not None, dest
    assert rules.keep_plugin(*plugin), f"{dest} is needed for {why}"


@pytest.mark.parametrize("dest", UNUSED)
def test_unused_plugins_are_dropped(rules: ModuleType, dest: str) -> None:
    """Plugins for things the app never does stay out of the bundle."""
    plugin = rules.plugin_of(dest)
    assert plugin is not None and not rules.keep_plugin(*plugin)


def test_plugin_paths_are_recognised_on_every_system(rules: ModuleType) -> None:
    """Linux, Windows and macOS name plugins differently; libraries outside plugins/ are not plugins."""
    assert rules.plugin_of("PySide6\\plugins\\platforms\\qwindows.dll") == ("platforms", "qwindows")
    assert rules.plugin_of("PySide6/Qt/plugins/platforms/libqcocoa.dylib") == ("platforms", "qcocoa")
    assert rules.plugin_of("PySide6/Qt/lib/libQt6Core.so.6") is None
    assert rules.plugin_of("PySide6/Qt/plugins/platforms/README.json") is None
    assert rules.plugin_of("somewhere/plugins/platforms/libqxcb.so") is None


def test_qt_translations_are_recognised(rules: ModuleType) -> None:
    """Qt's catalogues of our languages stay (the window installs them); other languages and modules go."""
    assert rules.is_qt_translation("PySide6/Qt/translations/qtbase_de.qm")
    assert not rules.is_qt_translation("resources/translations/klarna_console_de.qm")
    for kept in ("qtbase_sv.qm", "qtbase_de.qm", "qtbase_da.qm", "qtbase_fi.qm", "qtbase_nl.qm"):
        assert not rules.is_unused_qt_translation(f"PySide6/Qt/translations/{kept}"), kept
    for dropped in ("qtbase_ja.qm", "qtdeclarative_de.qm", "qt_de.qm", "qtmultimedia_sv.qm"):
        assert rules.is_unused_qt_translation(f"PySide6/Qt/translations/{dropped}"), dropped
    assert not rules.is_unused_qt_translation("resources/translations/klarna_console_nb.qm")


def test_qt_has_the_kept_catalogues(rules: ModuleType) -> None:
    """Each kept name exists in the installed PySide6 (a renamed file would silently drop the buttons' words)."""
    from klarna_console.ui.qt import QtCore

    qt_dir = Path(QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath))
    assert {name for name in rules.QT_TRANSLATIONS if (qt_dir / name).is_file()} == rules.QT_TRANSLATIONS


def test_every_runtime_dependency_is_listed_in_the_about_dialog(rules: ModuleType) -> None:
    """The bundle ships exactly the installed runtime requirements; each has a row with its licence."""
    from klarna_console.ui.about import BUNDLED

    shipped = {_norm(dist.metadata["Name"]) for dist in rules.runtime_distributions()}
    listed = {_norm(component.name) for component in BUNDLED}
    assert shipped == listed, f"missing rows: {shipped - listed}; rows for nothing shipped: {listed - shipped}"


def test_licences_in_the_about_dialog_match_the_packages_metadata() -> None:
    """Where a distribution declares an SPDX expression, the dialog names one of its alternatives."""
    from klarna_console.ui.about import BUNDLED

    for component in BUNDLED:
        declared = metadata.metadata(component.name).get("License-Expression") or ""
        if declared and re.fullmatch(r"[A-Za-z0-9.+\-() ]+", declared):
            alternatives = {part.strip("() ") for part in re.split(r"\s+OR\s+", declared)}
            assert component.licence in alternatives, (component.name, declared)


def test_excluded_modules_are_never_ones_the_app_imports(rules: ModuleType) -> None:
    """An exclusion of something the app imports would only show up as a crash of the frozen app."""
    used = {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets", "PySide6.QtSvg", "httpx", "uvicorn",
            "starlette", "msgspec", "qasync", "platformdirs", "click", "sqlite3", "asyncio", "email", "json"}
    assert not used & set(rules.EXCLUDED_MODULES)


@pytest.mark.parametrize(("version", "expected"),
                         [("0.1.0", "0.1.0.0"), ("1.2rc1", "1.2.0.0"), ("3", "3.0.0.0"), ("1.2.3.4", "1.2.3.0")])
def test_windows_version_numbers(rules: ModuleType, version: str, expected: str) -> None:
    """Windows resources need four integers, whatever the package's version looks like."""
    assert rules.numeric_version(version) == expected


def test_info_plist_is_valid_and_carries_the_package_version(rules: ModuleType) -> None:
    """The macOS entries serialise as a plist and take the version from klarna_console."""
    entries = rules.macos_info_plist(__version__)
    parsed = plistlib.loads(plistlib.dumps(entries))
    assert parsed["CFBundleShortVersionString"] == __version__
    assert parsed["NSHighResolutionCapable"] is True
    assert parsed["NSRequiresAquaSystemAppearance"] is False
    assert parsed["LSBackgroundOnly"] is False  # PyInstaller sets True for console apps: no Dock icon
    assert rules.APP_ID.count(".") >= 2


def test_the_spec_is_python_and_uses_the_shared_rules() -> None:
    """The spec parses, starts from the launcher, and takes its filters from bundle_rules."""
    source = (PACKAGING / "klarna-console.spec").read_text(encoding="utf-8")
    ast.parse(source)
    assert "launcher.py" in source and "bundle_rules" in source
    assert "upx=False" in source  # UPX breaks Qt plugins
    assert "console=not (IS_WIN or IS_MAC)" in source  # windowed where a console would show or hide the app


def test_the_version_lives_in_one_place() -> None:
    """pyproject reads the version from the package; the packaging extra brings PyInstaller."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" in project["dynamic"]
    extras = project["optional-dependencies"]
    assert any(req.lower().startswith("pyinstaller") for req in extras["packaging"])
    for path in ("resources/linux/io.github.klarnaconsole.KlarnaConsole.metainfo.xml",):
        assert __version__ in (ROOT / path).read_text(encoding="utf-8"), f"{path} lacks release {__version__}"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
