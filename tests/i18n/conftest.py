"""Catalogues built for a test: a pseudo-translation that marks every text it translates."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import translations  # noqa: E402  (packaging/ is a folder of scripts, not a package)

OPEN, CLOSE = "⟦", "⟧"


def pseudo_ts(source: Path, target: Path) -> None:
    """Copy a catalogue with every translation set to its source between the markers (placeholders kept)."""
    tree = ET.parse(source)
    for message in tree.iter("message"):
        text = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if forms:
            for form in forms:
                form.text = f"{OPEN}{text}{CLOSE}"
        else:
            translation.text = f"{OPEN}{text}{CLOSE}"
    tree.write(target, encoding="utf-8", xml_declaration=True)


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo catalogue, compiled from a catalogue freshly extracted from the sources (so it has every text)."""
    work = tmp_path_factory.mktemp("pseudo")
    fresh = work / "fresh.ts"
    translations.lupdate("de", fresh)
    pseudo_ts(fresh, work / "pseudo.ts")
    qm = work / "pseudo.qm"
    subprocess.run([translations.tool("pyside6-lrelease"), "-silent", str(work / "pseudo.ts"), "-qm", str(qm)],
                   check=True)
    return qm


@pytest.fixture
def restore_locale() -> Iterator[None]:
    """Installing a language sets the default locale; put back the one the other tests expect."""
    from klarna_console.ui.qt import QtCore

    before = QtCore.QLocale()
    yield
    QtCore.QLocale.setDefault(before)


@pytest.fixture
def translator(qapp: Any, restore_locale: None) -> Iterator[Any]:
    """A Translators on the test's application, taken off again afterwards."""
    from klarna_console.ui.i18n import Translators

    translators = Translators(qapp)
    yield translators
    translators.remove()
