"""The About dialog: version, where files are kept, and the licences of the parts the app bundles."""

from __future__ import annotations

import platform
from importlib import metadata

from .. import __version__
from .qt import QtCore, QtWidgets

# (distribution, what it does, licence): everything the installer ships besides our own code.
BUNDLED = (
    ("PySide6-Essentials", "Qt for Python: the window", "LGPL-3.0-only"),
    ("shiboken6", "Qt for Python's binding layer", "LGPL-3.0-only"),
    ("qasync", "asyncio on Qt's event loop", "BSD-2-Clause"),
    ("httpx", "HTTP client", "BSD-3-Clause"),
    ("httpcore", "HTTP transport", "BSD-3-Clause"),
    ("h11", "HTTP/1.1", "MIT"),
    ("anyio", "async I/O", "MIT"),
    ("certifi", "CA certificates", "MPL-2.0"),
    ("idna", "international domain names", "BSD-3-Clause"),
    ("sniffio", "async library detection", "MIT OR Apache-2.0"),
    ("msgspec", "typed models and JSON", "BSD-3-Clause"),
    ("platformdirs", "where files go", "MIT"),
    ("starlette", "the sandbox's web framework", "BSD-3-Clause"),
    ("uvicorn", "the sandbox's web server", "BSD-3-Clause"),
    ("click", "uvicorn's command line", "BSD-3-Clause"),
)


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "bundled"


class AboutDialog(QtWidgets.QDialog):
    """Version, Python and Qt versions, and the third-party licences."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("About Klarna Order Console")
        self.setMinimumSize(560, 440)
        from PySide6 import __version__ as pyside_version

        title = QtWidgets.QLabel(f"<h2>Klarna Order Console {__version__}</h2>")
        facts = QtWidgets.QLabel(
            "Manage Klarna orders after the purchase through the Order Management API v1.<br>"
            f"Python {platform.python_version()} · Qt {QtCore.qVersion()} · PySide6 {pyside_version} · "
            f"{platform.system()} {platform.machine()}<br>"
            "MIT licence. Not made or endorsed by Klarna."
        )
        facts.setWordWrap(True)
        table = QtWidgets.QTableWidget(len(BUNDLED) + 1, 4)
        table.setAccessibleName("Bundled components and their licences")
        table.setHorizontalHeaderLabels(["Component", "Version", "Licence", "Used for"])
        rows = [("Python", platform.python_version(), "PSF-2.0", "the runtime"),
                *((d, _version(d), lic, use) for d, use, lic in BUNDLED)]
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QtWidgets.QTableWidgetItem(value))
        table.verticalHeader().hide()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        note = QtWidgets.QLabel("Qt and PySide6 are used under the LGPL v3: they are shipped as separate, "
                                "replaceable libraries. The licence texts are in the installation folder.")
        note.setWordWrap(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(facts)
        layout.addWidget(table, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
