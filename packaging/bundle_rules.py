"""What the frozen bundle keeps: which Qt plugins and libraries, which Python modules, and whose licences ship.

Plain Python with no PyInstaller import, so the spec file and the tests share one set of rules.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from importlib import metadata
from pathlib import PurePosixPath

from packaging.requirements import Requirement

APP_DISTRIBUTION = "klarna-console"
# Reverse-DNS id of the AppStream component and the macOS bundle (change both with the project's home).
APP_ID = "io.github.klarnaconsole.KlarnaConsole"
APP_TITLE = "Klarna Order Console"

# Qt plugins by category, named by file stem without "lib" prefix or extension. Anything not listed is
# dropped, along with the Qt libraries only a dropped plugin needed (QtPdf, QtQuick, QtNetwork, ...).
QT_PLUGINS: dict[str, frozenset[str]] = {
    # offscreen and minimal for headless runs and the smoke test; xcb and wayland for Linux desktops;
    # windows and cocoa for the other two systems.
    "platforms": frozenset({"qoffscreen", "qminimal", "qxcb", "qwayland", "qwayland-egl",
                            "qwayland-generic", "qwindows", "qdirect2d", "qcocoa"}),
    # The desktop portal tells Qt about dark mode and native file dialogs. Not gtk3: it would load the
    # system's GTK beside the cairo/pango copies the bundle carries for nothing else.
    "platformthemes": frozenset({"qxdgdesktopportal"}),
    # Without these, dead keys and input methods (ö in a customer's name) do not work on Linux.
    "platforminputcontexts": frozenset({"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"}),
    # Windows 11 / Vista and macOS native styles; Linux uses the built-in Fusion.
    "styles": frozenset({"qmodernwindowsstyle", "qwindowsvistastyle", "qmacstyle"}),
    # PNG is built into QtGui; SVG is the icon master, ICO the Windows icon.
    "imageformats": frozenset({"qsvg", "qico"}),
    "iconengines": frozenset({"qsvgicon"}),
    # A Wayland window needs a shell protocol (xdg-shell is what every current compositor speaks) and,
    # where the compositor draws no title bar, client-side decorations.
    "wayland-shell-integration": frozenset({"xdg-shell"}),
    "wayland-decoration-client": frozenset({"bradient", "adwaita"}),
}

# Python packages that analysis would drag in from a developer's venv but the app never runs frozen.
EXCLUDED_MODULES = (
    "tkinter", "_tkinter", "unittest", "pydoc", "doctest", "lib2to3", "setuptools", "pip", "distutils",
    "pytest", "_pytest", "pytestqt", "hypothesis", "schemathesis", "jsonschema", "numpy", "PIL", "IPython",
    # Optional imports of our dependencies: httpx's command line (rich, pygments), msgspec's attrs and
    # YAML support, uvicorn's YAML log configs.
    "rich", "pygments", "markdown_it", "mdurl", "yaml", "attr", "attrs",
    # keyring's backends are found through entry points and it would bring cryptography on Linux; the
    # frozen app keeps passwords in its owner-only file instead (CredentialStore falls back by itself).
    "keyring", "secretstorage", "jeepney", "cryptography",
    # qasync probes for every Qt binding; only PySide6 is shipped.
    "PyQt5", "PyQt6", "PySide2",
    # Bindings of Qt modules the window does not use.
    "PySide6.QtNetwork", "PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets", "PySide6.QtQml", "PySide6.QtQuick",
    "PySide6.QtQuickWidgets", "PySide6.QtQuickControls2", "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtXml",
    "PySide6.QtDBus", "PySide6.QtPrintSupport", "PySide6.QtConcurrent", "PySide6.QtDesigner", "PySide6.QtHelp",
    "PySide6.QtUiTools", "PySide6.QtSvgWidgets", "PySide6.QtPdf", "PySide6.QtPdfWidgets",
)

_PLUGIN_PATH = re.compile(r"(?:^|/)plugins/(?P<category>[^/]+)/(?P<file>[^/]+)$")
_QT_LIBRARY = re.compile(r"^(?:lib)?Qt6[A-Za-z0-9]+(?:\.so(?:\.\d+)*|\.dll|\.dylib)?$|^Qt[A-Za-z0-9]+$")
_LICENCE_FILE = re.compile(r"^(LICEN[CS]E|COPYING|NOTICE|AUTHORS)", re.IGNORECASE)


def plugin_of(dest: str) -> tuple[str, str] | None:
    """(category, stem) when `dest` is a Qt plugin inside the bundle, else None."""
    match = _PLUGIN_PATH.search(dest.replace("\\", "/"))
    if match is None or "PySide6" not in dest:
        return None
    name = match["file"]
    for suffix in (".dll", ".dylib", ".so"):
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    else:
        return None  # e.g. a .json metadata file beside the plugin
    name = name.removeprefix("lib")
    return match["category"], name


def keep_plugin(category: str, stem: str) -> bool:
    """Whether the bundle ships this Qt plugin."""
    return stem in QT_PLUGINS.get(category, frozenset())


def is_qt_library(dest: str) -> bool:
    """Whether `dest` is one of Qt's own shared libraries (libQt6Foo.so.6, Qt6Foo.dll, QtFoo.framework)."""
    path = dest.replace("\\", "/")
    return bool(_QT_LIBRARY.match(PurePosixPath(path).name)) or (".framework/" in path and "/Qt" in path)


# Qt's catalogues the window loads (ui/i18n.py): its standard buttons and dialogs in our languages. Qt has
# none for Norwegian bokmål; our own nb catalogue carries those words (QPlatformTheme context).
QT_TRANSLATIONS = frozenset(f"qtbase_{code}.qm" for code in ("sv", "de", "da", "fi", "nl"))


def is_qt_translation(dest: str) -> bool:
    """One of Qt's own .qm catalogues (our own live under resources/translations/)."""
    path = dest.replace("\\", "/")
    return path.endswith(".qm") and "PySide6/" in path and "/translations/" in path


def is_unused_qt_translation(dest: str) -> bool:
    """A Qt catalogue the window never loads: other languages, and the modules (QtQuick, ...) it does not use."""
    return is_qt_translation(dest) and PurePosixPath(dest.replace("\\", "/")).name not in QT_TRANSLATIONS


# Requirements of the app that the installers leave out, with everything only they bring (see
# EXCLUDED_MODULES): installed from source, keyring stores passwords in the OS keyring; frozen, the app
# uses its owner-only credentials file.
NOT_BUNDLED = frozenset({"keyring"})


def runtime_distributions(root: str = APP_DISTRIBUTION) -> list[metadata.Distribution]:
    """The installed distributions the bundle ships (the app's requirements, transitively, no extras,
    without NOT_BUNDLED and what only they require)."""
    found: dict[str, metadata.Distribution] = {}
    pending: list[tuple[str, frozenset[str]]] = [(root, frozenset())]
    while pending:
        name, extras = pending.pop()
        key = _normalise(name)
        if key in NOT_BUNDLED or (key in found and not extras):
            continue
        dist = found.get(key) or metadata.distribution(name)
        found[key] = dist
        for text in dist.requires or ():
            requirement = Requirement(text)
            # The requirements of the extras asked for come too ("psycopg[binary]" brings psycopg-binary).
            wanted = ("", *extras)
            if requirement.marker is not None and not any(requirement.marker.evaluate({"extra": e}) for e in wanted):
                continue
            pending.append((requirement.name, frozenset(requirement.extras)))
    return [dist for key, dist in sorted(found.items()) if key != _normalise(root)]


def licence_files(dist: metadata.Distribution) -> list[str]:
    """Paths (relative to the site directory) of the licence texts a distribution ships in its metadata."""
    files: Iterable[PurePosixPath] = dist.files or ()  # type: ignore[assignment]
    return sorted(str(path) for path in files
                  if ".dist-info" in str(path) and _LICENCE_FILE.match(PurePosixPath(str(path)).name))


def python_licence_candidates() -> list[str]:
    """Where Python's own LICENSE.txt lives in the various installers (first that exists wins)."""
    import sysconfig

    stdlib = sysconfig.get_paths()["stdlib"]
    return [f"{stdlib}/LICENSE.txt", f"{sys.base_prefix}/LICENSE.txt",
            f"/usr/share/doc/python{sys.version_info[0]}.{sys.version_info[1]}/copyright"]


def numeric_version(version: str) -> str:
    """The four numbers Windows version resources want: "0.1.0" -> "0.1.0.0", "1.2rc1" -> "1.2.0.0"."""
    numbers = [int(match[0]) if (match := re.match(r"\d+", part)) else 0 for part in version.split(".")[:3]]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


def macos_info_plist(version: str) -> dict[str, object]:
    """Info.plist entries of the .app besides those PyInstaller writes (name, id, executable, icon)."""
    return {
        "CFBundleDisplayName": APP_TITLE,
        "CFBundleName": APP_TITLE,
        "CFBundleShortVersionString": version,
        "CFBundleVersion": version,
        "CFBundleDevelopmentRegion": "en",
        "LSApplicationCategoryType": "public.app-category.business",
        # Qt 6.11 runs on macOS 13 and newer.
        "LSMinimumSystemVersion": "13.0",
        "NSHighResolutionCapable": True,
        # A window with a Dock icon and menu bar, not a background agent.
        "LSBackgroundOnly": False,
        # False lets the window follow the system's dark appearance.
        "NSRequiresAquaSystemAppearance": False,
        "NSPrincipalClass": "NSApplication",
        "NSHumanReadableCopyright": "MIT licence. Not made or endorsed by Klarna.",
    }


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()
