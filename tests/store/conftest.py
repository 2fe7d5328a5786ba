"""Store fixtures: the test's own directories, and a fresh store for profile "test"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from klarna_console.paths import Paths
from klarna_console.store import Store

from fixtures.store import MakeOrder
from fixtures.store import make_order as _make_order


@pytest.fixture
def paths() -> Paths:
    """The test's own directories (KLARNA_CONSOLE_HOME points at a temporary one)."""
    return Paths.resolve().ensure()


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    """An empty store for profile "test"."""
    with Store.open(paths, "test") as opened:
        yield opened


@pytest.fixture
def make_order() -> MakeOrder:
    """See fixtures.store.make_order."""
    return _make_order
