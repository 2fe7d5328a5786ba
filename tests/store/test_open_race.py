"""Processes opening the same database at once all get it: the schema is built once, each keeps its own copy."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import overload

import pytest
from klarna_console.paths import Paths
from klarna_console.store import MIGRATIONS, SCHEMA_VERSION, Database, Store
from klarna_console.store.sqlite import backups as backups_module
from klarna_console.store.sqlite.db import Migration


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


def test_two_processes_copying_the_database_in_the_same_second_keep_both_copies(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = paths.data / "shop" / "orders.sqlite3"
    path.parent.mkdir(parents=True)
    Database(path, migrations=MIGRATIONS[:1]).close()  # an older database: opening it takes a copy first
    real_open = os.open
    rivals: list[str] = []

    def rival_first(name: str | os.PathLike[str], flags: int, mode: int = 0o777) -> int:
        # The other process creates the very name this one found free, just before this one does.
        if str(name).endswith(".bak") and not rivals:
            rivals.append(str(name))
            os.close(real_open(name, os.O_WRONLY | os.O_CREAT, 0o600))
        return real_open(name, flags, mode)

    monkeypatch.setattr(backups_module.os, "open", rival_first)
    db = Database(path)
    try:
        assert db.backup_path is not None and db.backup_path.name.endswith("-2.bak")
        assert db.schema_version() == SCHEMA_VERSION
    finally:
        db.close()


def test_a_new_database_another_process_is_writing_is_waited_for(paths: Paths) -> None:
    path = paths.data / "shop" / "orders.sqlite3"
    path.parent.mkdir(parents=True)
    # Another process holds the new file's write lock (not yet in WAL mode) for a moment.
    rival = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    rival.execute("BEGIN IMMEDIATE")
    rival.execute("CREATE TABLE rival_was_here (x)")
    timer = threading.Timer(0.3, rival.execute, ("COMMIT",))
    timer.start()
    try:
        with Store.open(paths, "shop") as store:
            assert store.db.schema_version() == SCHEMA_VERSION
    finally:
        timer.join()
        rival.close()
