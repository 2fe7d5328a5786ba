"""The journal is backed up once a day with SQLite's backup API; seven copies are kept, owner-only."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3

import pytest
from klarna_console.paths import Paths
from klarna_console.reasons import Code
from klarna_console.store import SCHEMA_VERSION, Store, StoreDamagedError, StoreSetAsideError
from klarna_console.store.sqlite.backups import daily_backups
from klarna_console.store.sqlite.recovery import full_check_asked

from fixtures.store import NOW, MakeOrder


def test_a_daily_backup_holds_the_journal_not_the_cache_and_is_a_store_again(
    paths: Paths, store: Store, make_order: MakeOrder
) -> None:
    store.orders.upsert_orders([make_order(given="Ida", family="Holm")])
    entry = store.journal.add_intent("o1", "capture", {"body": {"captured_amount": 700}}, now=NOW)
    backup = store.daily_backup(NOW)
    assert backup is not None and backup.parent == store.db.path.parent / "backups"
    assert backup.stat().st_mode & 0o777 == 0o600 and backup.parent.stat().st_mode & 0o777 == 0o700
    assert store.daily_backup(NOW + dt.timedelta(hours=3)) is None, "once a day"
    copy = sqlite3.connect(backup)
    try:
        assert copy.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert copy.execute("SELECT idempotency_key, state FROM journal").fetchall() == [
            (entry.idempotency_key, "intent")]
        assert copy.execute("SELECT count(*) FROM orders").fetchone()[0] == 0, "the cache comes from Klarna again"
    finally:
        copy.close()
    # Copied over the store's file (with the console closed), it opens as the store it was.
    store.close()
    shutil.copyfile(backup, store.db.path)
    for side in ("-wal", "-shm"):
        store.db.path.with_name(store.db.path.name + side).unlink(missing_ok=True)
    with Store.open(paths, "test") as restored:
        assert [e.idempotency_key for e in restored.journal.open_intents()] == [entry.idempotency_key]


def test_the_newest_seven_are_kept(store: Store) -> None:
    taken = [store.daily_backup(NOW + dt.timedelta(days=day)) for day in range(9)]
    assert all(taken)
    assert daily_backups(store.db.path) == taken[2:]


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_file_that_fails_the_daily_check_is_not_backed_up_and_is_checked_in_full_next_time(
    paths: Paths, make_order: MakeOrder
) -> None:
    with Store.open(paths, "test") as store:
        store.orders.upsert_orders([make_order(family=f"Lindqvist{i}") for i in range(400)])
        key = store.journal.add_intent("o1", "capture", {}).idempotency_key
        path = store.db.path
    data = bytearray(path.read_bytes())
    page = data.index(b"Lindqvist200") // 4096  # a page of the order cache, not of the journal
    data[page * 4096 + 8:(page + 1) * 4096] = b"\xff" * (4096 - 8)
    path.write_bytes(bytes(data))
    with Store.open(paths, "test") as store:  # the journal's own check passes: the window opens
        with pytest.raises(StoreDamagedError) as raised:
            store.daily_backup(NOW)
        assert (raised.value.reason.code, raised.value.reason.get("path")) == (Code.STORE_CHECK_FAILED, str(path))
    assert daily_backups(path) == [], "a damaged copy must not rotate a good one out"
    assert full_check_asked(path) is not None
    with pytest.raises(StoreSetAsideError) as raised:
        Store.open(paths, "test")
    assert [w.idempotency_key for w in raised.value.recovery.open_writes] == [key]


def test_copies_taken_before_migrations_are_kept_seven_deep(paths: Paths) -> None:
    from .test_migrations import write_v1_database

    path = paths.data / "test" / "orders.sqlite3"
    made = []
    for _ in range(9):
        for side in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            side.unlink(missing_ok=True)
        (path.parent / "orders.sqlite3.seen").unlink(missing_ok=True)
        write_v1_database(path)
        with Store.open(paths, "test") as store:
            made.append(store.db.backup_path)
    kept = sorted(path.parent.glob("orders.sqlite3.v1-*.bak"))
    assert len(kept) == 7 and set(kept) == set(made[2:])
    assert all(p.stat().st_mode & 0o777 == 0o600 for p in kept)
