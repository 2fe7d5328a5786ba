"""Damaged, emptied and lost stores, made with the real Store API in a process that then dies.

Each test damages the files on disk the way disks and sync tools do, then opens the store the way the
app does (`Store.open`, which `AsyncStore.open` calls). Nothing may be lost: the files are moved aside
byte for byte, the writes they left open are listed, and the message names the file and its new place.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest
from klarna_console.paths import Paths
from klarna_console.reasons import Code, SetAside, Then
from klarna_console.store import AsyncStore, Store, StoreDamagedError, StoreSetAsideError, database_path
from klarna_console.store.sqlite.recovery import README, marker_path, read_journal

TESTS = Path(__file__).resolve().parents[1]

# A session of the app: cached orders and settled writes, closed cleanly (SQLite checkpoints its -wal
# into the file); then a second session starts writes and dies before their outcomes are known.
CHILD = r"""
import json, os, sys
sys.path.insert(0, sys.argv[1])
from fixtures.store import make_order
from klarna_console.paths import Paths
from klarna_console.store import Store

home, orders, settled, backup, end = sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), sys.argv[5] == "1", sys.argv[6]
paths = Paths.resolve(home).ensure()
keys = {"open": [], "settled": [], "after_backup": []}
with Store.open(paths, "test") as store:
    store.orders.upsert_orders([make_order(given="Anna", family=f"Lindqvist{i}", order_id=f"cached-{i}")
                                for i in range(orders)])
    first = store.journal.add_intent("order-a", "capture", {"body": {"captured_amount": 1250}}, sending=True)
    keys["open"].append(first.idempotency_key)  # sent; the window closed before Klarna answered
    for i in range(settled):
        entry = store.journal.add_intent(f"settled-{i}", "refund", {"body": {"refunded_amount": 100 + i}},
                                         sending=True)
        store.journal.record_outcome(entry.id, "succeeded", http_status=201)
        keys["settled"].append(entry.idempotency_key)
store = Store.open(paths, "test")
second = store.journal.add_intent("order-b", "refund", {"body": {"refunded_amount": 500}}, sending=True)
store.journal.record_outcome(second.id, "unknown")  # timed out: Klarna may have refunded
keys["open"].append(second.idempotency_key)
if backup:
    store.daily_backup()
    third = store.journal.add_intent("order-c", "capture", {"body": {"captured_amount": 99}}, sending=True)
    keys["after_backup"].append(third.idempotency_key)
print(json.dumps(keys))
sys.stdout.flush()
if end == "crash":
    os._exit(0)  # like kill -9: no close, so the newest rows are in the -wal only
store.close()
"""


def make_store(home: Path, *, orders: int = 30, settled: int = 3, backup: bool = False,
               end: str = "crash") -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-c", CHILD, str(TESTS), str(home), str(orders), str(settled), "1" if backup else "0", end],
        capture_output=True, text=True, timeout=120, check=True,
    )
    return json.loads(done.stdout)


def files_of(db: Path) -> dict[str, bytes]:
    """The store's files as they are on disk now, by name."""
    names = (db.name, db.name + "-wal", db.name + "-shm")
    return {name: (db.parent / name).read_bytes() for name in names if (db.parent / name).exists()}


def open_damaged(paths: Paths) -> StoreSetAsideError:
    with pytest.raises(StoreSetAsideError) as raised:
        Store.open(paths, "test")
    return raised.value


def assert_kept_whole(error: StoreSetAsideError, before: dict[str, bytes]) -> None:
    kept = error.recovery.kept_in
    assert kept.parent == error.recovery.path.parent and kept.name.startswith("damaged-")
    assert files_of(kept / error.recovery.path.name) == before, "moved byte for byte, -wal and -shm included"
    assert set(error.recovery.moved) == set(before)
    assert (kept / README).read_text().count(str(error.recovery.path)) >= 1
    if kept.stat().st_mode & 0o777 != 0o700:
        pytest.fail(f"{kept} is not owner-only")


def assert_reported(error: StoreSetAsideError, open_keys: list[str]) -> None:
    why = error.reason  # what the window words (tests/ui/test_store_problems.py)
    assert (why.code, why.get("path"), why.get("kept_in")) == (
        Code.STORE_SET_ASIDE, str(error.recovery.path), str(error.recovery.kept_in))
    assert [why.get(f"w{n}_key") for n in range(1, len(open_keys) + 1)] == open_keys
    message = error.recovery.message()  # the README's and the log's account
    assert str(error.recovery.path) in message, "names the file"
    assert str(error.recovery.kept_in) in message, "says where it went"
    assert "nothing was deleted" in message and "kept open in the new journal with their own keys" in message
    assert [w.idempotency_key for w in error.recovery.open_writes] == open_keys
    for key in open_keys:
        assert key in message, "each open write is listed with its key, for Klarna support"


def assert_fresh_store_opens(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        assert store.journal.recent() == [] and store.orders.order_ids() == []
    assert marker_path(database_path(paths, "test")).exists()


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_zeroed_header_is_moved_aside_with_its_wal_and_the_open_writes_listed(paths: Paths) -> None:
    keys = make_store(paths.data.parent)
    db = database_path(paths, "test")
    with open(db, "r+b") as handle:
        handle.write(bytes(100))
    before = files_of(db)
    assert db.name + "-wal" in before, "the newest rows are in the -wal: it must survive"
    error = open_damaged(paths)
    assert error.recovery.problem is SetAside.ZEROED and error.reason.get("problem") == SetAside.ZEROED
    assert "is not a readable SQLite database (its first page is zeroed)" in error.recovery.message()
    assert_kept_whole(error, before)
    assert_reported(error, keys["open"])
    assert error.recovery.complete, "a header rebuilt on a scratch copy lets SQLite read the whole journal"
    rows, _ = read_journal(error.recovery.kept_in / db.name)
    assert {r.idempotency_key for r in rows.values()} == {*keys["open"], *keys["settled"]}
    assert_fresh_store_opens(paths)


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_store_truncated_to_zero_bytes_is_reported_not_silently_replaced(paths: Paths) -> None:
    keys = make_store(paths.data.parent)
    db = database_path(paths, "test")
    db.write_bytes(b"")
    before = files_of(db)
    error = open_damaged(paths)
    assert error.recovery.problem is SetAside.EMPTY and "is empty (0 bytes)" in error.recovery.message()
    assert_kept_whole(error, before)
    # The -wal alone holds the newest pages: the journal's open entries are found in them.
    assert_reported(error, keys["open"])
    assert not error.recovery.complete and "there may be more" in error.recovery.message()
    assert error.reason.get("complete") == 0
    assert_fresh_store_opens(paths)


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_missing_store_that_existed_is_reported_with_the_open_writes_of_its_last_backup(paths: Paths) -> None:
    keys = make_store(paths.data.parent, backup=True, end="close")
    db = database_path(paths, "test")
    for name in (db.name, db.name + "-wal", db.name + "-shm"):
        (db.parent / name).unlink(missing_ok=True)
    error = open_damaged(paths)
    assert error.recovery.problem is SetAside.MISSING
    assert "is missing: the file was there before and is gone" in error.recovery.message()
    assert error.recovery.moved == ()
    (backup,) = (db.parent / "backups").iterdir()
    assert str(backup) in error.recovery.message(), "says which backup the list comes from"
    assert (error.reason.get("source"), error.reason.get("backup")) == ("backup", str(backup))
    # As the backup saw them: the capture started after it is not in it, and the message says so.
    assert_reported(error, keys["open"])
    assert_fresh_store_opens(paths)


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_store_with_a_damaged_journal_page_is_moved_aside_and_the_rest_of_the_journal_read(
    paths: Paths,
) -> None:
    keys = make_store(paths.data.parent, orders=5, settled=300, end="close")
    db = database_path(paths, "test")
    data = bytearray(db.read_bytes())
    # A page of the journal holding only settled entries, overwritten the way a bad sector reads back.
    victim = keys["settled"][150].encode()
    at = [offset // 4096 for offset in range(len(data)) if data.startswith(victim, offset)]
    (page,) = [p for p in at if data[p * 4096] == 0x0D]  # the table's leaf page, not an index page
    assert all(data[page * 4096:(page + 1) * 4096].find(k.encode()) < 0 for k in keys["open"])
    data[page * 4096 + 8:(page + 1) * 4096] = b"\xff" * (4096 - 8)
    db.write_bytes(bytes(data))
    before = files_of(db)
    error = open_damaged(paths)
    assert error.recovery.problem in (SetAside.CHECK_FAILED, SetAside.DAMAGED)
    assert error.reason.get("problem") == error.recovery.problem and error.reason.get("detail")
    assert_kept_whole(error, before)
    assert_reported(error, keys["open"])
    rows, complete = read_journal(error.recovery.kept_in / db.name)
    read = {r.idempotency_key for r in rows.values()}
    assert complete == error.recovery.complete
    # Whatever SQLite could not read is found in the pages; "complete" is never claimed with rows missing.
    assert read <= {*keys["open"], *keys["settled"]} and len(read) >= len(keys["settled"]) // 2
    if complete:
        assert read == {*keys["open"], *keys["settled"]}
    assert_fresh_store_opens(paths)


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_damage_in_the_order_cache_is_reported_when_met_and_set_aside_at_the_next_start(paths: Paths) -> None:
    keys = make_store(paths.data.parent, orders=400, settled=3, end="close")
    db = database_path(paths, "test")
    data = bytearray(db.read_bytes())
    pages = {offset // 4096 for offset in range(len(data)) if data.startswith(b"Lindqvist200", offset)}
    assert pages and all(data[p * 4096:(p + 1) * 4096].find(b"order-") < 0 for p in pages), "cache pages only"
    for page in pages:
        data[page * 4096 + 8:(page + 1) * 4096] = b"\xff" * (4096 - 8)
    db.write_bytes(bytes(data))

    async def use_it() -> None:
        store = await AsyncStore.open(paths, "test")  # the journal is whole: the window opens
        try:
            assert [e.idempotency_key for e in await store.open_intents()] == keys["open"]
            with pytest.raises(StoreDamagedError) as raised:
                await store.get_order("cached-200")
            why = raised.value.reason
            assert (why.code, why.get("path"), why.get("then")) == (Code.STORE_DAMAGED, str(db), Then.NOT_READ)
        finally:
            await store.close()

    asyncio.run(use_it())
    before = files_of(db)
    error = open_damaged(paths)  # the error asked for a full check at the next start
    assert_kept_whole(error, before)
    assert_reported(error, keys["open"])
    assert error.recovery.complete
    assert_fresh_store_opens(paths)


def test_a_new_profile_opens_without_a_report_and_a_store_older_than_the_marker_gets_one(paths: Paths) -> None:
    db = database_path(paths, "test")
    with Store.open(paths, "test"):
        pass
    assert marker_path(db).exists()
    marker_path(db).unlink()  # a store from before markers existed
    with Store.open(paths, "test"):
        pass
    assert marker_path(db).exists()


def test_the_store_and_its_wal_are_owner_only_from_the_start(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        store.journal.add_intent("o1", "capture", {})
        db = store.db.path
        for name in (db.name, db.name + "-wal", db.name + "-shm", marker_path(db).name):
            assert (db.parent / name).stat().st_mode & 0o777 == 0o600, name
    assert db.parent.stat().st_mode & 0o777 == 0o700
