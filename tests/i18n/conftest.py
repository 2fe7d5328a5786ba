"""Catalogues built for a test: a pseudo-translation that marks every text it translates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from fixtures.pseudo import OPEN, build_pseudo_qm, translations

__all__ = ["OPEN", "translations"]


@pytest.fixture(scope="session")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The pseudo catalogue (fixtures/pseudo.py), built once per run."""
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


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
