"""The shipped catalogues are complete and faithful: every text translated, every plural form given, nothing
stale, and each translation keeps its source's placeholders."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .conftest import translations

LANGUAGES = tuple(translations.TARGETS)
# Plural forms per language (Qt's rules): all of ours distinguish one from many.
FORMS = {code: 2 for code in LANGUAGES}
PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%L?n")


def messages(ts: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the <message> element."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "", message.findtext("comment") or "")] = message
    return found


def _where(key: tuple[str, str, str]) -> str:
    return f"{key[0]}: {key[1]!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_text_is_translated_with_every_plural_form(language: str) -> None:
    problems = []
    for key, message in messages(translations.ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("obsolete", "vanished"):
            problems.append(f"{kind}: {_where(key)}")
            continue
        if kind == "unfinished":
            problems.append(f"unfinished: {_where(key)}")
        forms = [f.text or "" for f in translation.findall("numerusform")]
        if message.get("numerus") == "yes":
            if len(forms) != FORMS[language] or not all(f.strip() for f in forms):
                problems.append(f"plural forms {len(forms)} (want {FORMS[language]}, none empty): {_where(key)}")
        elif not (translation.text or "").strip():
            problems.append(f"empty: {_where(key)}")
    assert not problems, f"{len(problems)} problems in klarna_console_{language}.ts:\n" + "\n".join(problems[:80])


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_translation_keeps_its_placeholders(language: str) -> None:
    """A translator may move {amount} or %n, never drop or rename it."""
    problems = []
    for key, message in messages(translations.ts_path(language)).items():
        translation = message.find("translation")
        assert translation is not None
        texts = [f.text or "" for f in translation.findall("numerusform")] or [translation.text or ""]
        wanted = sorted(set(PLACEHOLDER.findall(key[1])))
        for text in texts:
            if text and sorted(set(PLACEHOLDER.findall(text))) != wanted:
                problems.append(f"{_where(key)} -> {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_catalogue_has_exactly_the_sources_texts(language: str, tmp_path: Path) -> None:
    """lupdate over the sources adds and removes nothing (run python packaging/translations.py)."""
    committed = translations.ts_path(language)
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    translations.lupdate(language, fresh)
    before, after = set(messages(committed)), set(messages(fresh))
    assert not after - before, f"new texts: {sorted(after - before)[:20]}"
    assert not before - after, f"texts no longer in the sources: {sorted(before - after)[:20]}"


def test_norwegian_carries_qts_button_words() -> None:
    """Qt has no qtbase_nb.qm: our nb catalogue gives the standard buttons' words (QPlatformTheme)."""
    nb = messages(translations.ts_path("nb"))
    for word in ("OK", "Cancel", "Close", "Save", "&Yes", "&No"):
        message = nb.get(("QPlatformTheme", word, ""))
        assert message is not None, word
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None and (translation.text or "").strip(), word
