"""A full disk, a folder that cannot be written and a held lock come out as reasons naming the folder and what
it meant for the work (the window words them: tests/ui/test_store_problems.py)."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from klarna_console.paths import Paths
from klarna_console.reasons import Code, Then, reason
from klarna_console.store import (
    AsyncStore,
    Database,
    DiskFullError,
    FolderNotWritableError,
    Store,
    StoreBusyError,
    database_path,
)

BIG = {"body": {"description": "x" * 50_000}}  # needs pages the file does not have yet


def fill_up(store: Store) -> None:
    """Let this thread's connection grow the file no further: SQLite then answers SQLITE_FULL, as on a full disk."""
    conn = store.db.connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def test_a_full_disk_names_the_folder_and_says_nothing_was_sent(paths: Paths) -> None:
    folder = database_path(paths, "test").parent

    async def main() -> None:
        # One worker thread: the connection whose page limit is set is the one every call uses.
        asyncio.get_running_loop().set_default_executor(concurrent.futures.ThreadPoolExecutor(1))
        store = await AsyncStore.open(paths, "test")
        try:
            await asyncio.to_thread(fill_up, store.store)
            with pytest.raises(DiskFullError) as raised:
                await store.add_intent("o1", "capture", BIG)
            assert raised.value.reason == reason(Code.STORE_DISK_FULL, folder=str(folder), then=Then.NOTHING_SENT)
            assert raised.value.folder == folder
            assert await store.open_intents() == [], "no intent was committed, so no request may leave"
            small = await store.add_intent("o2", "capture", {})  # room in the pages it has: still works
            with pytest.raises(DiskFullError) as raised:
                await store.record_outcome(small.id, "failed", error_messages=["y" * 50_000])
            assert raised.value.reason == reason(Code.STORE_DISK_FULL, folder=str(folder),
                                                 then=Then.OUTCOME_NOT_RECORDED)
            assert [e.id for e in await store.open_intents()] == [small.id]
        finally:
            await store.close()

    asyncio.run(main())


def test_a_full_disk_in_the_sync_store_is_classified_too(store: Store) -> None:
    fill_up(store)
    with pytest.raises(DiskFullError) as raised:
        store.journal.add_intent("o1", "capture", BIG)
    assert raised.value.reason == reason(Code.STORE_DISK_FULL, folder=str(store.db.path.parent),
                                         then=Then.NOTHING_SAVED)


@contextlib.contextmanager
def unwritable(folder: Path) -> Iterator[None]:
    """Make `folder` unwritable for this process: by mode for a user, by the immutable flag for root
    (root ignores modes); skipped where neither is possible."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        os.chmod(folder, 0o500)
        try:
            yield
        finally:
            os.chmod(folder, 0o700)
        return
    if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root on a file system without the immutable flag: no way to refuse root a write")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(folder)], check=True)


def test_a_data_folder_that_cannot_be_written_gives_a_plain_message(paths: Paths) -> None:
    with unwritable(paths.data):
        probe = paths.data / "probe"
        with pytest.raises(OSError):
            probe.mkdir()
        with pytest.raises(FolderNotWritableError) as raised:
            Store.open(paths, "test")
    why = raised.value.reason
    assert (why.code, why.get("folder"), why.get("then")) == (
        Code.STORE_NOT_WRITABLE, str(paths.data / "test"), Then.CANNOT_SHOW)
    assert raised.value.folder == paths.data / "test"


def test_an_existing_store_in_a_folder_turned_read_only_gives_a_plain_message(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        store.journal.add_intent("o1", "capture", {})
    folder = database_path(paths, "test").parent
    if os.geteuid() != 0:
        pytest.skip("a user's own folder is made owner-writable again on open (it is theirs); root's test covers it")
    with unwritable(folder), pytest.raises(FolderNotWritableError) as raised:
        Store.open(paths, "test")
    assert (raised.value.reason.code, raised.value.reason.get("folder")) == (Code.STORE_NOT_WRITABLE, str(folder))
    with Store.open(paths, "test") as store:  # nothing was moved aside or lost meanwhile
        assert len(store.journal.open_intents()) == 1


def test_a_file_where_the_folder_should_be_is_named(paths: Paths) -> None:
    (paths.data / "test").write_text("not a folder")
    with pytest.raises(FolderNotWritableError) as raised:
        Store.open(paths, "test")
    why = raised.value.reason
    assert (why.code, why.get("where")) == (Code.STORE_IN_THE_WAY, str(paths.data / "test"))


def test_a_lock_held_past_the_busy_timeout_says_so(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        path = store.db.path
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program (a backup tool, a second window) holds the write lock
    db = Database(path, busy_timeout=0.05)
    try:
        with pytest.raises(StoreBusyError) as raised, db.write() as conn:
            conn.execute("DELETE FROM journal")
        assert raised.value.reason == reason(Code.STORE_BUSY, folder=str(path.parent), then=Then.NOTHING_SAVED)
    finally:
        db.close()
        other.execute("ROLLBACK")
        other.close()


FULL_DISK_CHILD = r"""
import asyncio, json, sys
from klarna_console.atomic import write_atomic
from klarna_console.paths import Paths
from klarna_console.store import AsyncStore, DiskFullError

async def main() -> dict:
    paths = Paths.resolve(sys.argv[1]).ensure()
    store = await AsyncStore.open(paths, "test")
    out = {"folder": str(paths.data / "test")}
    try:
        with open(paths.data / "ballast", "wb") as ballast:  # everything else filling the disk
            while True:
                ballast.write(bytes(4096))
                ballast.flush()
    except OSError:
        pass
    try:
        await store.add_intent("o1", "capture", {"body": {"description": "x" * 200_000}})
    except DiskFullError as error:
        out["intent"] = dict(error.reason.values, code=error.reason.code)
    out["open"] = len(await store.open_intents())
    try:
        write_atomic(paths.config / "profiles.json", b"[]" * 200_000)
    except OSError as error:
        out["settings"] = dict(error.reason.values, code=error.reason.code)
    await store.close()
    return out

print(json.dumps(asyncio.run(main())))
"""


def test_a_really_full_disk_says_so_for_the_journal_and_the_settings(tmp_path: Path) -> None:
    """On a 1 MB file system of its own (Linux, root: a private mount namespace), filled to the brim."""
    import json
    import sys

    home = tmp_path / "small-disk"
    home.mkdir()
    if os.geteuid() != 0:
        pytest.skip("mounting a small file system needs root; the max_page_count test covers SQLite's side")
    script = 'mount -t tmpfs -o size=1m,mode=0700 tmpfs "$1" && exec "$2" -c "$3" "$1"'
    done = subprocess.run(["unshare", "-m", "sh", "-c", script, "sh", str(home), sys.executable, FULL_DISK_CHILD],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0 and "mount" in done.stderr:
        pytest.skip(f"cannot mount a file system here: {done.stderr.strip()}")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["intent"] == {"code": Code.STORE_DISK_FULL, "folder": out["folder"], "then": Then.NOTHING_SENT}
    assert out["open"] == 0
    assert out["settings"] == {"code": Code.FILE_DISK_FULL, "folder": str(home / "config"), "file": "profiles.json",
                               "detail": "No space left on device"}
