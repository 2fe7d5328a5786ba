"""Qt's own words for the standard buttons, extracted into our catalogues under Qt's context.

Qt ships no catalogue for Norwegian bokmål (qtbase_nb.qm), so without these an nb window would show
"Cancel" on every dialog. Our translator is installed after Qt's and is searched first, so for the
other languages these entries may stay as Qt words them (or follow the glossary where it differs).
"""

from __future__ import annotations

from .qt import QtCore


def standard_buttons() -> dict[str, str]:
    """The standard buttons' texts (QPlatformTheme) in the window's language, by their English source."""
    return {
        "OK": QtCore.QCoreApplication.translate("QPlatformTheme", "OK"),
        "Cancel": QtCore.QCoreApplication.translate("QPlatformTheme", "Cancel"),
        "Close": QtCore.QCoreApplication.translate("QPlatformTheme", "Close"),
        "Save": QtCore.QCoreApplication.translate("QPlatformTheme", "Save"),
        "Discard": QtCore.QCoreApplication.translate("QPlatformTheme", "Discard"),
        "Apply": QtCore.QCoreApplication.translate("QPlatformTheme", "Apply"),
        "Reset": QtCore.QCoreApplication.translate("QPlatformTheme", "Reset"),
        "Open": QtCore.QCoreApplication.translate("QPlatformTheme", "Open"),
        "Help": QtCore.QCoreApplication.translate("QPlatformTheme", "Help"),
        "&Yes": QtCore.QCoreApplication.translate("QPlatformTheme", "&Yes"),
        "&No": QtCore.QCoreApplication.translate("QPlatformTheme", "&No"),
        "Abort": QtCore.QCoreApplication.translate("QPlatformTheme", "Abort"),
        "Retry": QtCore.QCoreApplication.translate("QPlatformTheme", "Retry"),
        "Ignore": QtCore.QCoreApplication.translate("QPlatformTheme", "Ignore"),
        "Restore Defaults": QtCore.QCoreApplication.translate("QPlatformTheme", "Restore Defaults"),
    }
