"""Which language the window speaks: --lang over the setting over the system; Qt's own words follow it."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from klarna_console.__main__ import LANGUAGE_CODES, build_parser
from klarna_console.paths import Paths
from klarna_console.ui import i18n
from klarna_console.ui.qt import QtCore, QtWidgets


def _system(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    monkeypatch.setattr(QtCore.QLocale, "system", staticmethod(lambda: QtCore.QLocale(name)))


@pytest.mark.parametrize(("system", "expected"), [
    ("sv_SE", "sv"), ("de_AT", "de"), ("nb_NO", "nb"), ("nn_NO", "nb"), ("da_DK", "da"), ("fi_FI", "fi"),
    ("nl_BE", "nl"), ("en_US", "en"), ("fr_FR", "en"), ("C", "en"),
])
def test_the_system_language_is_used_when_nothing_is_chosen(monkeypatch: pytest.MonkeyPatch, system: str,
                                                            expected: str) -> None:
    """A language we do not speak falls back to English; Norwegian of either written form reads bokmål."""
    _system(monkeypatch, system)
    assert i18n.choose_language(None, None) == expected
    assert i18n.choose_language(None, "") == expected


def test_the_setting_overrides_the_system_and_lang_overrides_both(monkeypatch: pytest.MonkeyPatch) -> None:
    _system(monkeypatch, "sv_SE")
    assert i18n.choose_language(None, "fi") == "fi"
    assert i18n.choose_language("de", "fi") == "de"
    assert i18n.choose_language(None, "xx") == "sv"  # a setting from a newer version, say: the system's


def test_the_command_line_offers_exactly_our_languages() -> None:
    assert set(LANGUAGE_CODES) == set(i18n.LANGUAGES)
    assert build_parser().parse_args(["--lang", "nb"]).lang == "nb"
    with pytest.raises(SystemExit):
        build_parser().parse_args(["--lang", "fr"])


@pytest.mark.parametrize(("language", "system", "expected"), [
    ("sv", "sv_FI", "sv_FI"),  # a Finland-Swedish system keeps its country
    ("sv", "de_DE", "sv_SE"),  # otherwise the language's main market
    ("de", "de_CH", "de_CH"), ("nb", "en_US", "nb_NO"), ("da", "da_DK", "da_DK"), ("fi", "C", "fi_FI"),
    ("nl", "nl_BE", "nl_BE"), ("en", "sv_SE", "en_GB"), ("en", "en_US", "en_US"),
])
def test_the_locale_keeps_the_systems_country_when_it_speaks_the_language(language: str, system: str,
                                                                           expected: str) -> None:
    assert i18n.locale_for(language, QtCore.QLocale(system)).name() == expected


def _start(qapp: Any, tmp_path: Path, argv: list[str], setting: str | None) -> Any:
    """What app.run does before the first widget: read the setting, install the translators."""
    from klarna_console.app import install_language

    paths = Paths.resolve(tmp_path / "home").ensure()
    if setting is not None:
        settings = QtCore.QSettings(str(paths.config / "window.ini"), QtCore.QSettings.Format.IniFormat)
        settings.setValue(i18n.SETTING, setting)
        settings.sync()
    args = build_parser().parse_args(["--sandbox", *argv])
    assert isinstance(args, argparse.Namespace)
    install_language(qapp, args, paths)
    return qapp._klarna_translators


def test_a_start_follows_the_setting_then_lang(qapp: Any, tmp_path: Path, restore_locale: None) -> None:
    """The setting (View → Language) picks the catalogues and the formats; --lang wins for one run."""
    from klarna_console.ui.models import window_locale

    translators = _start(qapp, tmp_path, [], "fi")
    try:
        assert translators.language == "fi" and QtCore.QLocale().name() == "fi_FI"
        assert window_locale() == "fi"  # BCP 47 leaves out the language's own main country
    finally:
        translators.remove()
    translators = _start(qapp, tmp_path, ["--lang", "de"], "fi")
    try:
        assert translators.language == "de" and window_locale().startswith("de")
        loaded = [t.filePath() for t in translators.installed]
        assert any(path.endswith("qtbase_de.qm") for path in loaded)
        assert any(path.endswith("klarna_console_de.qm") for path in loaded)
    finally:
        translators.remove()


def test_a_german_window_shows_qts_buttons_in_german(qapp: Any, translator: Any) -> None:
    """Qt's catalogue is installed with ours: a standard button box says Abbrechen, not Cancel."""
    box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                     | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    cancel = box.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == "Cancel"
    translator.install("de")
    german = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Cancel
                                        | QtWidgets.QDialogButtonBox.StandardButton.Close)
    assert german.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel).text() == "Abbrechen"
    assert german.button(QtWidgets.QDialogButtonBox.StandardButton.Close).text() == "Schließen"
    assert QtCore.QLocale().language() == QtCore.QLocale.Language.German


def test_english_counts_come_from_the_plural_catalogue(qapp: Any, translator: Any) -> None:
    """English has no "(s)": one order, two orders."""
    from klarna_console.ui.plurals import PLURALS

    translator.install("en")
    assert PLURALS.orders(1) == "1 order" and PLURALS.orders(2) == "2 orders"
    assert PLURALS.minutes_ago(1) == "1 minute ago" and PLURALS.in_days(3) == "in 3 days"


def test_the_window_offers_every_language_by_its_own_name(qtbot: Any, tmp_path: Path, restore_locale: None) -> None:
    """View → Language lists them; a choice is stored with the window's settings and said to apply next start."""
    from klarna_console.ui.main_window import MainWindow

    settings = QtCore.QSettings(str(tmp_path / "window.ini"), QtCore.QSettings.Format.IniFormat)

    async def fetch(query: object, offset: int, limit: int) -> list[object]:
        return []

    window = MainWindow(fetch, "en", settings)
    qtbot.addWidget(window)
    menu = window.findChild(QtWidgets.QMenu, "languageMenu")
    names = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert names == ["System language", "Svenska", "Deutsch", "Norsk bokmål", "Dansk", "Suomi", "Nederlands",
                     "English"]
    assert window.language_actions[""].isChecked()
    window.language_actions["nb"].trigger()
    assert QtCore.QSettings(str(tmp_path / "window.ini"), QtCore.QSettings.Format.IniFormat).value(i18n.SETTING) == "nb"
    assert window.language_actions["nb"].isChecked() and not window.language_actions[""].isChecked()
    assert "next started" in window.messages.text


def test_the_shipped_catalogues_are_up_to_date_with_the_sources() -> None:
    """The committed .ts/.qm are what packaging/translations.py makes of the sources now (run it if not)."""
    import translations

    assert translations.stale() == []
