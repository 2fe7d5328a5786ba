"""The window's language: which one (command line, setting, system), and the Qt translators that speak it."""

from __future__ import annotations

import os
from pathlib import Path

from ..paths import resource
from .qt import QtCore

# Our languages by code, each with its own name (a language is listed in itself) and its main market.
LANGUAGES: dict[str, tuple[str, str]] = {
    "sv": ("Svenska", "SE"),
    "de": ("Deutsch", "DE"),
    "nb": ("Norsk bokmål", "NO"),
    "da": ("Dansk", "DK"),
    "fi": ("Suomi", "FI"),
    "nl": ("Nederlands", "NL"),
    "en": ("English", "GB"),
}
SETTING = "ui/language"  # in window.ini; "" or absent: the system's language
CATALOGUE = "klarna_console"
# A .qm to load instead of ours (the pseudo-translation the tests and screenshots use); not a user setting.
CATALOGUE_ENV = "KLARNA_CONSOLE_CATALOGUE"


def translations_dir() -> Path:
    """Where our compiled catalogues (.qm) live."""
    return resource("translations")


def system_language() -> str:
    """The system's language among ours, or English when it speaks none of them."""
    name = QtCore.QLocale.system().name()  # "sv_SE", "nn_NO", "C"
    code = name.split("_")[0]
    if code in ("no", "nn"):  # Norwegian users read bokmål sooner than English
        code = "nb"
    return code if code in LANGUAGES else "en"


def choose_language(option: str | None, setting: object) -> str:
    """The language to use: `--lang` over the setting over the system."""
    for candidate in (option, setting):
        if isinstance(candidate, str) and candidate in LANGUAGES:
            return candidate
    return system_language()


def locale_for(language: str, system: QtCore.QLocale | None = None) -> QtCore.QLocale:
    """The locale of `language`: the system's country when the system speaks it, else its main market."""
    system = system or QtCore.QLocale.system()
    wanted = QtCore.QLocale(language)
    if system.language() == wanted.language() and system.territory() != QtCore.QLocale.Country.AnyTerritory:
        return QtCore.QLocale(wanted.language(), system.territory())
    return QtCore.QLocale(f"{language}_{LANGUAGES[language][1]}")


class Translators:
    """The translators installed on the application; kept so they live as long as it does."""

    def __init__(self, app: QtCore.QCoreApplication) -> None:
        self.app = app
        self.installed: list[QtCore.QTranslator] = []
        self.language = "en"

    def install(self, language: str, catalogue: str | None = None) -> list[str]:
        """Load Qt's catalogue and ours for `language`; returns the files loaded (for the log)."""
        self.remove()
        self.language = language
        locale = locale_for(language)
        QtCore.QLocale.setDefault(locale)  # models.window_locale() and every widget format for this language
        loaded: list[str] = []
        qt_dir = QtCore.QLibraryInfo.path(QtCore.QLibraryInfo.LibraryPath.TranslationsPath)
        ours = catalogue or os.environ.get(CATALOGUE_ENV) or str(translations_dir() / f"{CATALOGUE}_{language}.qm")
        for directory, name in ((qt_dir, f"qtbase_{language}.qm"), (None, ours)):
            path = str(Path(directory) / name) if directory else name
            if not Path(path).exists():
                continue  # English needs no Qt catalogue; nb has none (ours carries its button words)
            translator = QtCore.QTranslator(self.app)
            if translator.load(path):
                self.app.installTranslator(translator)
                self.installed.append(translator)
                loaded.append(path)
        return loaded

    def remove(self) -> None:
        """Take our translators off the application."""
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed.clear()
