"""Klarna's refusals in words: Klarna's own message unchanged, its code and correlation id, and what a known code means."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from klarna_console.ui import klarna_text
from klarna_console.ui.qt import QtCore

ROOT = Path(__file__).resolve().parents[2]
DOMAIN = ROOT.parent / "shared" / "klarna-om" / "DOMAIN.md"
CATALOGUES = ROOT / "resources" / "translations"

# Klarna's real message for an over-large capture (DOMAIN.md §3, CAPTURE_NOT_ALLOWED [S20b]).
OVER_REMAINING = "Captured amount is higher than the remaining authorized amount. Capture not possible."
CORRELATION = "c2a1e7f0-3b1d-4d57-9a3e-5f0b2c6d8e91"


def test_a_known_code_shows_what_it_means_with_klarnas_message_unchanged_its_code_and_correlation_id():
    shown = klarna_text.error_text("CAPTURE_NOT_ALLOWED", [OVER_REMAINING], CORRELATION)
    lines = shown.split("\n")
    assert lines[0] == klarna_text.explanation("CAPTURE_NOT_ALLOWED")
    assert "remaining authorized amount" in lines[0] and "Reload the order" in lines[0], "what it means, what to do"
    assert lines[1] == f"Klarna's message: {OVER_REMAINING}", "Klarna's words as sent"
    assert lines[2] == f"Error code: CAPTURE_NOT_ALLOWED · Correlation id: {CORRELATION}"


def test_amounts_in_minor_units_are_formatted_beside_klarnas_message_not_inside_it():
    said = "Resulting authorization amount 158800 cannot be less than the captured amount 168800"
    shown = klarna_text.error_text("NOT_ALLOWED", [said], CORRELATION, currency="SEK", locale="sv-SE")
    assert f"Klarna's message: {said}\n" in shown, "the message stays exactly as Klarna sent it"
    assert "Amounts in Klarna's message: 158800 = 1\u00a0588,00\u00a0kr; 168800 = 1\u00a0688,00\u00a0kr" in shown


def test_an_unknown_code_shows_klarnas_message_and_code_only():
    shown = klarna_text.error_text("SOMETHING_NEW", ["Klarna's brand-new refusal."], None)
    assert klarna_text.explanation("SOMETHING_NEW") == ""
    assert shown == "Klarna's message: Klarna's brand-new refusal.\nError code: SOMETHING_NEW"


def test_every_messages_is_shown_and_an_answer_without_code_keeps_its_correlation_id():
    shown = klarna_text.error_text(None, ["First.", "Second."], CORRELATION)
    assert shown == f"Klarna's message: First.\nSecond.\nCorrelation id: {CORRELATION}"


def _documented_codes() -> list[str]:
    """The error codes of DOMAIN.md §3's table (Klarna's OM error codes [S8][S9] and the extras it lists)."""
    if not DOMAIN.is_file():
        pytest.skip(f"DOMAIN.md is not at {DOMAIN}")
    text = DOMAIN.read_text(encoding="utf-8")
    table = text[text.index("**Error codes for OM**"):text.index("## 4.")]
    return sorted({code for row in table.splitlines() if row.startswith("| ")
                   for code in re.findall(r"`([A-Z_]+)`", row.split("|")[2])})


def test_every_code_of_klarnas_error_table_has_an_explanation_of_its_own():
    codes = _documented_codes()
    assert len(codes) >= 17, codes
    explained = {code: klarna_text.explanation(code) for code in codes}
    assert all(explained.values()), [code for code, said in explained.items() if not said]
    for code, said in explained.items():
        assert code not in said and said.endswith("."), f"{code}: a whole sentence in words, not the code"


def _lrelease() -> str:
    found = Path(sys.executable).parent / "pyside6-lrelease"
    return str(found) if found.exists() else (shutil.which("pyside6-lrelease") or "")


@pytest.mark.parametrize(("language", "word"), [("sv", "Klarna"), ("de", "Klarna"), ("fi", "Klarna")])
def test_the_explanation_comes_from_the_catalogue_while_klarnas_message_stays_in_klarnas_words(
        qapp, tmp_path, language, word):
    if not _lrelease():
        pytest.skip("pyside6-lrelease is not installed")
    qm = tmp_path / f"klarna_console_{language}.qm"
    subprocess.run([_lrelease(), str(CATALOGUES / f"klarna_console_{language}.ts"), "-qm", str(qm)],
                   check=True, capture_output=True)
    translator = QtCore.QTranslator()
    assert translator.load(str(qm))
    english = klarna_text.explanation("CANCEL_NOT_ALLOWED")
    QtCore.QCoreApplication.installTranslator(translator)
    try:
        shown = klarna_text.error_text("CANCEL_NOT_ALLOWED", ["Order has previous captures. Cancel not possible."],
                                       CORRELATION)
        translated = klarna_text.explanation("CANCEL_NOT_ALLOWED")
    finally:
        QtCore.QCoreApplication.removeTranslator(translator)
    assert translated != english and word in translated
    assert shown.split("\n")[0] == translated
    assert "Order has previous captures. Cancel not possible." in shown, "Klarna's message is never translated"
    assert "CANCEL_NOT_ALLOWED" in shown and CORRELATION in shown
