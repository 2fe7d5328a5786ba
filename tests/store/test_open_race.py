"""Two processes opening the same new database at once both get it: the schema is built once, by whichever is first."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

from klarna_console.paths import Paths
from klarna_console.store import MIGRATIONS, SCHEMA_VERSION, Database, Store
from klarna_console.store.db import Migration


class RivalInBetween(Sequence[Migration]):
    """The shipped migrations, but another process migrates the file after this one read its version."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.raced = False

    @overload
    def __getitem__(self, index: int) -> Migration: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Migration]: ...
    def __getitem__(self, index: int | slice) -> Migration | Sequence[Migration]:
        return MIGRATIONS[index]

    def __len__(self) -> int:
        return len(MIGRATIONS)

    def __iter__(self) -> Iterator[Migration]:
        # Database lists the pending steps right after reading the version: the rival runs exactly then.
        if not self.raced:
            self.raced = True
            Database(self.path).close()
        return iter(MIGRATIONS)


def test_a_database_another_process_migrated_meanwhile_opens_without_migrating_again(paths: Paths) -> None:
    path = paths.data / "shop" / "orders.sqlite3"
    path.parent.mkdir(parents=True)
    steps = RivalInBetween(path)
    db = Database(path, migrations=steps)
    try:
        assert steps.raced
        assert db.schema_version() == SCHEMA_VERSION
    finally:
        db.close()
    with Store.open(paths, "shop") as store:
        store.journal.add_intent("order-1", "capture", {"body": {"captured_amount": 100}})
        assert len(store.journal.open_intents()) == 1
