"""The About dialog: the version, and every part the installer ships with its licence and the licence's text."""

from __future__ import annotations

import dataclasses
import os
import platform
import sys
import sysconfig
from importlib import metadata
from pathlib import Path, PurePosixPath

from .. import __version__
from ..paths import resource, resources_dir
from .qt import QtCore, QtGui, QtWidgets


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate looks for)
    """Mark `text` for the catalogue; it is translated where it is shown (PySide6's own is typed `object`)."""
    return text


LICENCE_NAMES = ("LICENSE", "LICENCE", "COPYING", "NOTICE")


@dataclasses.dataclass(frozen=True)
class Component:
    """One part of the installed program: what it is, what it does for us, and its licence (SPDX)."""

    name: str
    purpose: str
    licence: str
    # Texts shipped in resources/licenses/, for distributions whose metadata carries none (PySide6).
    texts: tuple[str, ...] = ()


# Purposes (and the system libraries' words) are marked for lupdate here and translated when shown.
APP = Component("Klarna Order Console", QT_TRANSLATE_NOOP("AboutDialog", "this program"), "MIT")
PYTHON = Component("Python", QT_TRANSLATE_NOOP("AboutDialog", "the runtime"), "PSF-2.0")
# Everything the installer ships besides our own code and Python, by distribution name. A test checks
# this against the app's installed requirements, so a new dependency cannot ship unlisted.
BUNDLED = (
    Component("PySide6-Essentials", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python: the window"), "LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt")),
    Component("shiboken6", QT_TRANSLATE_NOOP("AboutDialog", "Qt for Python's binding layer"), "LGPL-3.0-only", ("LGPL-3.0.txt", "GPL-3.0.txt")),
    Component("qasync", QT_TRANSLATE_NOOP("AboutDialog", "asyncio on Qt's event loop"), "BSD-2-Clause"),
    Component("httpx", QT_TRANSLATE_NOOP("AboutDialog", "HTTP client"), "BSD-3-Clause"),
    Component("httpcore", QT_TRANSLATE_NOOP("AboutDialog", "HTTP transport"), "BSD-3-Clause"),
    Component("h11", QT_TRANSLATE_NOOP("AboutDialog", "HTTP/1.1"), "MIT"),
    Component("anyio", QT_TRANSLATE_NOOP("AboutDialog", "async I/O"), "MIT"),
    Component("certifi", QT_TRANSLATE_NOOP("AboutDialog", "CA certificates"), "MPL-2.0"),
    Component("idna", QT_TRANSLATE_NOOP("AboutDialog", "international domain names"), "BSD-3-Clause"),
    Component("sniffio", QT_TRANSLATE_NOOP("AboutDialog", "which async library runs (used by httpcore)"), "MIT OR Apache-2.0"),
    Component("msgspec", QT_TRANSLATE_NOOP("AboutDialog", "typed models and JSON"), "BSD-3-Clause"),
    Component("platformdirs", QT_TRANSLATE_NOOP("AboutDialog", "where files go"), "MIT"),
    Component("starlette", QT_TRANSLATE_NOOP("AboutDialog", "the sandbox's web framework"), "BSD-3-Clause"),
    Component("uvicorn", QT_TRANSLATE_NOOP("AboutDialog", "the sandbox's web server"), "BSD-3-Clause"),
    Component("click", QT_TRANSLATE_NOOP("AboutDialog", "uvicorn's command line"), "BSD-3-Clause"),
    Component("typing_extensions", QT_TRANSLATE_NOOP("AboutDialog", "typing back-ports"), "PSF-2.0"),
    Component("psycopg", QT_TRANSLATE_NOOP("AboutDialog", "PostgreSQL driver (team mode)"), "LGPL-3.0-only"),
    # Its locale data is Unicode CLDR, under the Unicode licence (shown beside Babel's own).
    Component("babel", QT_TRANSLATE_NOOP("AboutDialog", "number, currency and date formats per locale (Unicode CLDR data)"),
              "BSD-3-Clause", ("Unicode-3.0.txt",)),
    Component("psycopg-binary", QT_TRANSLATE_NOOP("AboutDialog", "PostgreSQL's client library, libpq (team mode)"), "LGPL-3.0-only"),
)
SYSTEM = Component(QT_TRANSLATE_NOOP("AboutDialog", "Libraries from the build system"),
                   QT_TRANSLATE_NOOP("AboutDialog", "X11, fonts, TLS, SQLite, D-Bus (Linux bundle)"),
                   QT_TRANSLATE_NOOP("AboutDialog", "various: see each copyright file"))


def _bundle_licences() -> Path | None:
    """The licenses/ folder inside a frozen bundle (build.py fills it), or None when running from source."""
    root = getattr(sys, "_MEIPASS", None)
    return Path(root, "licenses") if root else None


def version_of(component: Component) -> str:
    """The version of a component as installed (also inside the bundle, whose metadata ships)."""
    if component is APP:
        return __version__
    if component is PYTHON:
        return platform.python_version()
    try:
        return metadata.version(component.name)
    except metadata.PackageNotFoundError:
        return ""


def licence_files(component: Component) -> list[Path]:
    """The files holding a component's licence text, found from source and in the bundle alike."""
    bundled = _bundle_licences()
    if component is APP:
        candidates = [bundled / "klarna-console" / "LICENSE"] if bundled else [resources_dir().parent / "LICENSE"]
    elif component is PYTHON:
        candidates = [bundled / "Python" / "LICENSE.txt"] if bundled else [
            Path(sysconfig.get_paths()["stdlib"], "LICENSE.txt"), Path(sys.base_prefix, "LICENSE.txt")]
    elif component is SYSTEM:
        candidates = sorted((bundled / "system").rglob("*")) if bundled else []
    else:
        candidates = [*_metadata_licences(component.name), *(resource("licenses", name) for name in component.texts)]
    return [path for path in candidates if path.is_file()]


def _metadata_licences(distribution: str) -> list[Path]:
    """Licence files listed in a distribution's RECORD under its .dist-info folder."""
    try:
        dist = metadata.distribution(distribution)
    except metadata.PackageNotFoundError:
        return []
    found = []
    for entry in dist.files or ():
        path = PurePosixPath(str(entry))
        if ".dist-info" in str(path) and path.name.upper().startswith(LICENCE_NAMES):
            found.append(Path(str(dist.locate_file(entry))))
    return found


def components() -> list[Component]:
    """The rows of the dialog: our program, Python, the bundled distributions, and system libraries if any."""
    bundled = _bundle_licences()
    system = [SYSTEM] if bundled is not None and (bundled / "system").is_dir() else []
    return [APP, PYTHON, *BUNDLED, *system]


def licence_text(component: Component) -> tuple[str, list[Path]]:
    """The licence texts of a component, joined, and the files they came from."""
    files = licence_files(component)
    if not files:
        return (QtCore.QCoreApplication.translate("AboutDialog", "{component} is licensed under {licence}; its licence text was not found next to this "
                  "installation.").format(component=QtCore.QCoreApplication.translate("AboutDialog", component.name),
                                          licence=QtCore.QCoreApplication.translate("AboutDialog", component.licence))), []
    parts = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace").strip()
        parts.append(f"==> {path.name} ({path.parent.name}) <==\n\n{text}" if len(files) > 1 else text)
    return "\n\n\n".join(parts), files


class AboutDialog(QtWidgets.QDialog):
    """Version, Python and Qt versions, and the bundled parts with their licences and licence texts."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QtCore.QCoreApplication.translate("AboutDialog", "About Klarna Order Console"))
        self.setMinimumSize(720, 600)
        self._rows = components()
        self._setup_ui()
        self.table.selectRow(0)

    def _setup_ui(self) -> None:
        from PySide6 import __version__ as pyside_version

        icon = QtWidgets.QLabel()
        svg = resource("icons", "klarna-console.svg")
        if svg.is_file():  # absent when installed from a wheel, which carries no resources/
            icon.setPixmap(QtGui.QIcon(str(svg)).pixmap(64, 64))
        title = QtWidgets.QLabel(f"<h2>Klarna Order Console {__version__}</h2>")  # the name and version: data
        facts = QtWidgets.QLabel(
            QtCore.QCoreApplication.translate("AboutDialog", "Manage Klarna orders after the purchase through the Order Management API v1.<br>{versions}<br>"
              "MIT licence. Not made or endorsed by Klarna.").format(
                versions=f"Python {platform.python_version()} · Qt {QtCore.qVersion()} · PySide6 {pyside_version} · "
                         f"{platform.system()} {platform.machine()}")
        )
        facts.setWordWrap(True)
        facts.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        heading = QtWidgets.QVBoxLayout()
        heading.addWidget(title)
        heading.addWidget(facts)
        top = QtWidgets.QHBoxLayout()
        top.addWidget(icon, 0, QtCore.Qt.AlignmentFlag.AlignTop)
        top.addLayout(heading, 1)

        self.table = QtWidgets.QTableWidget(len(self._rows), 4)
        self.table.setAccessibleName(QtCore.QCoreApplication.translate("AboutDialog", "Bundled components and their licences"))
        self.table.setHorizontalHeaderLabels([QtCore.QCoreApplication.translate("AboutDialog", "Component"), QtCore.QCoreApplication.translate("AboutDialog", "Version"), QtCore.QCoreApplication.translate("AboutDialog", "Licence"), QtCore.QCoreApplication.translate("AboutDialog", "Used for")])
        for row, component in enumerate(self._rows):
            # Names and SPDX ids are data, but the system libraries' row is words (marked NOOP above).
            values = (QtCore.QCoreApplication.translate("AboutDialog", component.name), version_of(component),
                      QtCore.QCoreApplication.translate("AboutDialog", component.licence),
                      QtCore.QCoreApplication.translate("AboutDialog", component.purpose))
            for column, value in enumerate(values):
                self.table.setItem(row, column, QtWidgets.QTableWidgetItem(value))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.currentCellChanged.connect(self._on_table_current_cell_changed)

        self.text = QtWidgets.QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setAccessibleName(QtCore.QCoreApplication.translate("AboutDialog", "Licence text"))
        self.text.setLineWrapMode(QtWidgets.QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setFont(QtGui.QFontDatabase.systemFont(QtGui.QFontDatabase.SystemFont.FixedFont))
        self.source = QtWidgets.QLabel()
        self.source.setWordWrap(True)
        self.source.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source.setStyleSheet("color: palette(placeholder-text);")
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        note = QtWidgets.QLabel(QtCore.QCoreApplication.translate("AboutDialog", "Qt and PySide6 are used under the LGPL v3: they are shipped as separate "
                                  "shared libraries, which you may replace with your own build of the same "
                                  "version."))
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        # Our words, not Qt's: the catalogue and glossary decide them, like every other button here.
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Close).setText(
            QtCore.QCoreApplication.translate("AboutDialog", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.source)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def _on_table_current_cell_changed(self, row: int, *_args: int) -> None:
        """Show the licence text of the component in the selected row, and say where its files are."""
        if not 0 <= row < len(self._rows):
            return
        text, files = licence_text(self._rows[row])
        self.text.setPlainText(text)
        folders = sorted({str(path.parent) for path in files})
        if len(folders) > 2:
            # The build system's libraries: one folder each; name their parent, not forty paths.
            common = os.path.commonpath(folders)
            self.source.setText(QtCore.QCoreApplication.translate("AboutDialog", "Licence texts from {count} files under {folder}").format(
                count=len(files), folder=common))
        else:
            self.source.setText(QtCore.QCoreApplication.translate("AboutDialog", "Licence text from {folders}").format(folders=", ".join(folders))
                                if folders else "")
