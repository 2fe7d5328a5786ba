"""Copies of the journal taken with SQLite's online backup API: once a day, kept for a week, owner-only.

A daily copy holds the journal (every intent, key and outcome) and the schema, with an empty order
cache: the cache can be fetched again from Klarna, the journal cannot, and seven full copies of a
large cache could fill the very disk the store needs. A copy is a valid store: quit the console and
copy it over `orders.sqlite3` to go back to it. The copy taken before a migration (see `db`) is whole.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from .migrations import Migration

BACKUP_DIR = "backups"
KEEP = 7
_PREFIX = "journal-"
_SUFFIX = ".sqlite3"


def backup_dir(path: Path) -> Path:
    """The folder of a store's daily backups: <profile folder>/backups."""
    return path.parent / BACKUP_DIR


def _stamp(now: dt.datetime) -> str:
    return now.astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")


def daily_backups(path: Path) -> list[Path]:
    """The store's daily backups, oldest first (their names sort by time)."""
    folder = backup_dir(path)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.name.startswith(_PREFIX) and p.name.endswith(_SUFFIX))


def backup_time(backup: Path) -> dt.datetime | None:
    """When a backup was taken, from its name."""
    try:
        return dt.datetime.strptime(backup.name[len(_PREFIX):-len(_SUFFIX)], "%Y%m%dT%H%M%SZ").replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def due(path: Path, now: dt.datetime | None = None) -> bool:
    """Whether today's (UTC) backup is still to be taken."""
    now = now or dt.datetime.now(dt.UTC)
    newest = daily_backups(path)
    taken = backup_time(newest[-1]) if newest else None
    return taken is None or taken.date() != now.astimezone(dt.UTC).date()


def owner_only_file(path: Path) -> None:
    """Create an empty file readable by its owner only (it will hold customers' data and the journal)."""
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))


def owner_only_folder(folder: Path) -> None:
    """Create the folder if needed and make it owner-only."""
    folder.mkdir(parents=True, exist_ok=True)
    if os.name == "posix":
        os.chmod(folder, 0o700)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of the database behind `source` (WAL included), in a new owner-only file."""
    owner_only_file(target)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)
    finally:
        copy.close()


def take_daily(path: Path, migrations: Sequence[Migration], now: dt.datetime | None = None,
               keep: int = KEEP) -> Path:
    """Back up the journal of the store at `path`; keep the newest `keep` backups; returns the new one.

    The journal is read in one transaction (a consistent snapshot, whatever is being written
    meanwhile) into a fresh, empty schema in memory, which the backup API then writes to the file: the
    cost follows the journal's size, not the cache's (a copy of 100,000 cached orders would write 90 MB
    a day for nothing).
    """
    folder = backup_dir(path)
    owner_only_folder(folder)
    target = folder / f"{_PREFIX}{_stamp(now or dt.datetime.now(dt.UTC))}{_SUFFIX}"
    partial = folder / f".{target.name}.partial"
    partial.unlink(missing_ok=True)  # left by a crash during an earlier backup
    memory = sqlite3.connect("file::memory:", uri=True, isolation_level=None)
    try:
        for migration in migrations:
            memory.execute("BEGIN")
            migration.apply(memory)
            memory.execute(f"PRAGMA user_version = {int(migration.version)}")
            memory.execute("COMMIT")
        memory.execute("ATTACH DATABASE ? AS live", (f"{path.resolve().as_uri()}?mode=ro",))
        columns = ", ".join(f'"{row[1]}"' for row in memory.execute("PRAGMA live.table_info(journal)"))
        memory.execute("BEGIN")
        memory.execute(f"INSERT INTO main.journal ({columns}) SELECT {columns} FROM live.journal")
        memory.execute("COMMIT")
        memory.execute("DETACH DATABASE live")
        copy_database(memory, partial)
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        memory.close()
    prune(daily_backups(path), keep)
    return target


def prune(files: list[Path], keep: int = KEEP) -> None:
    """Delete all but the newest `keep` of these backups (given oldest first)."""
    for old in files[:-keep] if keep > 0 else files:
        old.unlink(missing_ok=True)
