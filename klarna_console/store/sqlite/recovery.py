"""A damaged, emptied or missing store is moved aside whole and reported, with the writes it left open.

Before SQLite touches a store file its state is checked with plain file reads: SQLite itself deletes
the -wal file (the newest journal rows) when it opens a database of 0 bytes, and a read-write
connection to a file whose header is damaged checkpoints and deletes the -wal on closing. Only then
does a read-only connection run `PRAGMA quick_check`. A store that fails is moved (renamed, never
copied or deleted) with its -wal and -shm into `damaged-<time>/` beside it, and its open journal
entries are read from a scratch copy so that a person can check them with Klarna.

A marker file beside the store (`orders.sqlite3.seen`) records that a store existed: SQLite would
otherwise take a file truncated to 0 bytes, or no file at all, for a first start and create an empty
store in silence. The marker lives in the profile's folder so that it goes with it: deleting the whole
folder (or "Reset sandbox demo data") is a deliberate fresh start, losing the file alone is not.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import sqlite3
import struct
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from ...atomic import write_atomic
from ...reasons import Code, SetAside, Then, reason
from ..values import README, Recovery, StoreError, UnfinishedWrite
from . import backups
from .errors import classify

log = logging.getLogger(__name__)

SIDE_FILES = ("-wal", "-shm", "-journal")
MARKER_SUFFIX = ".seen"
SQLITE_MAGIC = b"SQLite format 3\x00"
_WAL_MAGIC = (0x377F0682, 0x377F0683)
_CLOSED_STATES = ("succeeded", "failed")
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)


# --- the marker --------------------------------------------------------------------------------


def marker_path(path: Path) -> Path:
    """The file recording that a store existed at `path`."""
    return path.with_name(path.name + MARKER_SUFFIX)


def _marker(path: Path) -> dict[str, Any]:
    try:
        value = json.loads(marker_path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError):
        return {"damaged": True}  # a damaged marker still says a store was there
    return value if isinstance(value, dict) else {"damaged": True}


def remember(path: Path, *, check: str | None = None) -> None:
    """Write the marker (owner-only); `check` asks the next open for a full check, saying why."""
    record = _marker(path)
    record.setdefault("created_at", dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
    record["file"] = path.name
    record.pop("damaged", None)
    if check is None:
        record.pop("check", None)
    else:
        record["check"] = check
    write_atomic(marker_path(path), json.dumps(record, indent=2).encode("utf-8") + b"\n")


def known(path: Path) -> bool:
    """Whether a store was seen at `path` before."""
    return marker_path(path).exists()


def full_check_asked(path: Path) -> str | None:
    """Why the next open must check the whole file (an earlier error or check found damage), or None."""
    reason = _marker(path).get("check")
    return str(reason) if reason else None


# --- checking ----------------------------------------------------------------------------------


def _size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None


def inspect(path: Path) -> tuple[SetAside, str] | None:
    """What is wrong with the store at `path` (and SQLite's words for it, if any), or None if it may be opened.

    A store that is not there yet is fine unless the marker says one was. Raises a StoreError for
    problems that are not the file's (a folder that cannot be read, a lock held by another program).
    """
    size = _size(path)
    wal = _size(path.with_name(path.name + "-wal")) or 0
    if size is None:
        if known(path):
            return SetAside.MISSING, ""
        if wal:
            return SetAside.MISSING_WAL_LEFT, ""
        return None
    if size == 0:
        if known(path) or wal:
            return SetAside.EMPTY, ""
        return None  # created, and the program stopped before SQLite wrote to it
    with open(path, "rb") as handle:
        header = handle.read(100)
    if not header.startswith(SQLITE_MAGIC):
        return (SetAside.ZEROED if not any(header) else SetAside.NOT_SQLITE), ""
    return _quick_check(path, full=full_check_asked(path) is not None)


def _quick_check(path: Path, *, full: bool) -> tuple[SetAside, str] | None:
    """Run SQLite's quick check on a read-only connection, leaving the files exactly as they were."""
    shm = path.with_name(path.name + "-shm")
    # A reader rewrites the -shm (SQLite's index of the -wal), and creates it and an empty -wal if they
    # were not there: if damage is found, the -shm gets its bytes back and what the check created goes.
    shm_before = shm.read_bytes() if shm.exists() else None
    absent = [side for side in (path.with_name(path.name + s) for s in SIDE_FILES) if not side.exists()]
    problem: tuple[SetAside, str] | None = None
    conn = None
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_schema WHERE type = 'table'")}
        # The journal (and its indexes) at every start: it is what money depends on, and checking it
        # costs a millisecond. The whole file (the order cache too) when an earlier error asked for it;
        # the daily backup checks it too. A full check of 100,000 cached orders takes ~0.2 s.
        target = "" if full or version == 0 or "journal" not in tables else "(journal)"
        rows = [str(row[0]) for row in conn.execute(f"PRAGMA quick_check{target}")]
        if rows != ["ok"]:
            problem = SetAside.CHECK_FAILED, "; ".join(rows[:3])
    except sqlite3.DatabaseError as error:
        if not _is_damage(error):
            mapped = classify(error, path, Then.CANNOT_SHOW)
            raise (mapped or StoreError(reason(Code.STORE_UNREADABLE, path=str(path), detail=str(error),
                                              then=Then.CANNOT_SHOW))) from error
        problem = SetAside.DAMAGED, str(error)
    finally:
        if conn is not None:
            conn.close()
    if problem is not None:
        with contextlib.suppress(OSError):
            if shm_before is not None:
                shm.write_bytes(shm_before)
            for side in absent:
                if side.exists() and (side.name.endswith("-shm") or side.stat().st_size == 0):
                    side.unlink()
    return problem


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    return code in (11, 26) or "malformed" in str(error) or "not a database" in str(error)


# --- moving aside ------------------------------------------------------------------------------


def set_aside(path: Path, problem: tuple[SetAside, str], now: dt.datetime | None = None) -> Recovery:
    """Move the store, its -wal/-shm and its marker into `damaged-<time>/` beside it; read its open writes."""
    stamp = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    folder = path.parent / f"damaged-{stamp}"
    counter = 1
    while folder.exists():
        counter += 1
        folder = path.parent / f"damaged-{stamp}-{counter}"
    backups.owner_only_folder(folder)
    moved: list[str] = []
    # The database first, then its -wal: were the move interrupted, the -wal must not be left beside
    # a fresh database that SQLite would apply it to.
    for name in (path.name, *(path.name + suffix for suffix in SIDE_FILES)):
        if (path.parent / name).exists():
            os.replace(path.parent / name, folder / name)
            moved.append(name)
    if marker_path(path).exists():
        os.replace(marker_path(path), folder / marker_path(path).name)
    rows, complete = read_journal(folder / path.name)
    source, backup, when = "moved", None, ""
    newest = backups.daily_backups(path)
    if not complete and newest:
        # What the files lost may still be in the last daily backup (as it stood then).
        kept, _ = read_journal(newest[-1])
        taken = backups.backup_time(newest[-1])
        when = f"{taken:%Y-%m-%d %H:%M} UTC" if taken else newest[-1].name
        source, backup = ("backup" if not rows else "both"), newest[-1]
        rows = merge(kept, rows)
    writes = open_writes(rows)
    recovery = Recovery(path, problem[0], folder, tuple(moved), tuple(writes), complete, source, problem[1], backup, when)
    write_atomic(folder / README, _readme(recovery).encode("utf-8"))
    log.error("%s", recovery.message(limit=len(writes)))
    return recovery


def _readme(recovery: Recovery) -> str:
    lines = [
        "Klarna Order Console moved these files here because the store could not be used safely.",  # english-ok: README for support, like the log
        "",
        recovery.message(limit=len(recovery.open_writes)),
        "",
        f"To look inside: open {recovery.path.name} here with any SQLite tool (keep its -wal beside it).",  # english-ok: README
        "Do not copy it back while the console runs.",  # english-ok: README for support, like the log
        "",
    ]
    return "\n".join(lines)


# --- reading what was open ---------------------------------------------------------------------

# The journal's columns, in the order of the table (migration 1); columns added later come after them.
_COLUMNS = "id, created_at, order_id, action, idempotency_key, state, request"
_RECORD_FIELDS = {"created_at": 1, "order_id": 4, "action": 5, "idempotency_key": 6, "request": 7, "state": 8}
_PROGRESS = {"intent": 0, "unknown": 1, "failed": 2, "succeeded": 2}


def read_open_writes(path: Path) -> tuple[list[UnfinishedWrite], bool]:
    """The open journal entries of the (damaged) database at `path` and its -wal, and whether the whole
    journal was read. The files are only read: SQLite works on a scratch copy."""
    rows, complete = read_journal(path)
    return open_writes(rows), complete


def open_writes(rows: dict[int, UnfinishedWrite]) -> list[UnfinishedWrite]:
    """The entries still open, oldest first."""
    return [rows[key] for key in sorted(rows) if rows[key].state not in _CLOSED_STATES]


def merge(older: dict[int, UnfinishedWrite], newer: dict[int, UnfinishedWrite]) -> dict[int, UnfinishedWrite]:
    """Two readings of one journal: an entry only moves forward (intent, unknown, then an outcome)."""
    merged = dict(older)
    for key, row in newer.items():
        known = merged.get(key)
        if known is None or _PROGRESS.get(row.state, 0) >= _PROGRESS.get(known.state, 0):
            merged[key] = row
    return merged


def read_journal(path: Path) -> tuple[dict[int, UnfinishedWrite], bool]:
    """Every journal entry that can be read from the database at `path` (and its -wal); whether all could.

    First through SQLite on a scratch copy (with a rebuilt header if the file's own is damaged); where
    that fails or reads only part, the pages themselves are searched for journal records (what SQLite's
    recovery extension does), newest version of each page first.
    """
    wal = path.with_name(path.name + "-wal")
    if not path.exists() and not wal.exists():
        return {}, False
    rows: dict[int, UnfinishedWrite] = {}
    with tempfile.TemporaryDirectory(prefix="klarna-console-recover-") as scratch:
        copy = Path(scratch) / path.name
        if path.exists() and path.stat().st_size > 0:
            shutil.copyfile(path, copy)
        if wal.exists():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        for header in _headers(copy):
            found = _read_journal(copy, header)
            if found is not None:
                rows, complete = found
                if complete:
                    return rows, True
                break
    scraped = scrape_journal(path)
    return merge(scraped, rows), False


def _headers(copy: Path) -> Iterator[bytes | None]:
    """Ways to make the scratch copy readable: as it is; else with a rebuilt header per likely page size."""
    wal = copy.with_name(copy.name + "-wal")
    wal_page_size, wal_pages = _wal_geometry(wal)
    if not copy.exists():
        if not wal_pages:
            return
        # Only the -wal is left: SQLite reads the pages it holds over a blank file of the right size.
        copy.write_bytes(bytes(wal_page_size * wal_pages))
    with open(copy, "rb") as handle:
        intact = handle.read(16) == SQLITE_MAGIC
    if intact:
        yield None
    sizes = (wal_page_size,) if wal_page_size else _PAGE_SIZES
    for page_size in sizes:
        yield _header(page_size, max(1, copy.stat().st_size // page_size), wal=wal_page_size > 0)


def _wal_frames(wal: Path) -> tuple[int, list[tuple[int, bytes]]]:
    """The page size a -wal records and its committed frames (page number, page), oldest first."""
    try:
        data = wal.read_bytes()
    except FileNotFoundError:
        return 0, []
    if len(data) < 32 or struct.unpack(">I", data[:4])[0] not in _WAL_MAGIC:
        return 0, []
    page_size = struct.unpack(">I", data[8:12])[0]
    salts = data[16:24]
    frames: list[tuple[int, bytes]] = []
    pending: list[tuple[int, bytes]] = []
    for offset in range(32, len(data) - 24 - page_size + 1, 24 + page_size):
        if data[offset + 8:offset + 16] != salts:
            break  # a frame of an earlier generation of the -wal: what follows is not current
        number, committed = struct.unpack(">II", data[offset:offset + 8])
        pending.append((number, data[offset + 24:offset + 24 + page_size]))
        if committed:
            frames += pending
            pending = []
    return page_size, frames


def _wal_geometry(wal: Path) -> tuple[int, int]:
    """The page size a -wal file records, and the largest page number it holds."""
    page_size, frames = _wal_frames(wal)
    return page_size, max((number for number, _ in frames), default=0)


def _header(page_size: int, pages: int, *, wal: bool) -> bytes:
    """A plausible 100-byte database header (SQLite's file format, section 1.3) for a damaged copy."""
    version = 2 if wal else 1
    return b"".join((
        SQLITE_MAGIC,
        struct.pack(">HBBBBBB", 1 if page_size == 65536 else page_size, version, version, 0, 64, 32, 32),
        struct.pack(">IIIIIIIIIIII", 1, pages, 0, 0, 1, 4, 0, 0, 1, 0, 0, 0),
        bytes(20),
        struct.pack(">II", 1, 3040001),
    ))


def _read_journal(copy: Path, header: bytes | None) -> tuple[dict[int, UnfinishedWrite], bool] | None:
    if header is not None:
        with open(copy, "r+b") as handle:
            handle.write(header)
    try:
        conn = sqlite3.connect(copy)
    except sqlite3.Error:
        return None
    try:
        conn.execute("PRAGMA cell_size_check = ON")
        try:
            found = conn.execute(f"SELECT {_COLUMNS} FROM journal ORDER BY id").fetchall()
            # A scan over a damaged page may end early without an error: it is whole only if the
            # journal's pages pass the check.
            complete = [row[0] for row in conn.execute("PRAGMA quick_check(journal)")] == ["ok"]
        except sqlite3.DatabaseError as error:
            if "no such table" in str(error) or "not a database" in str(error):
                return None
            found, complete = _row_by_row(conn), False
        rows = [row for row in map(_open_write, found) if row is not None]
        return {row.entry_id: row for row in rows}, complete
    except sqlite3.DatabaseError:
        return None
    finally:
        conn.close()


def _row_by_row(conn: sqlite3.Connection) -> list[tuple[Any, ...]]:
    """What can still be read when a scan fails: each entry by its id, up to the last id ever given."""
    try:
        last = int(conn.execute("SELECT seq FROM sqlite_sequence WHERE name = 'journal'").fetchone()[0])
    except (sqlite3.DatabaseError, TypeError):
        return []  # the page search (scrape_journal) finds them instead
    rows: list[tuple[Any, ...]] = []
    for entry_id in range(1, last + 1):
        with contextlib.suppress(sqlite3.DatabaseError):
            row = conn.execute(f"SELECT {_COLUMNS} FROM journal WHERE id = ?", (entry_id,)).fetchone()
            if row is not None:
                rows.append(row)
    return rows


def _open_write(row: tuple[Any, ...]) -> UnfinishedWrite | None:
    """The entry of a journal row, or None for what a damaged page returns instead of one."""
    entry_id, created_at, order_id, action, key, state, request = row
    if not isinstance(entry_id, int) or state not in _PROGRESS:
        return None
    if not all(isinstance(value, str) and value for value in (created_at, order_id, action, key)):
        return None
    try:
        body = json.loads(request)
    except (TypeError, ValueError):
        body = request
    return UnfinishedWrite(entry_id, created_at, order_id, action, key, state, body)


# --- searching the pages themselves ------------------------------------------------------------


def scrape_journal(path: Path) -> dict[int, UnfinishedWrite]:
    """Journal records found in the pages of the database file and its -wal, without SQLite.

    Each page's newest committed version is read (the -wal's over the file's), one page at a time;
    every cell of a table leaf page whose record has the journal's shape is taken. A record seen twice
    (a stale copy left in a freed page) keeps its most advanced state.
    """
    wal_page_size, frames = _wal_frames(path.with_name(path.name + "-wal"))
    newest = dict(frames)  # later frames of a page replace earlier ones
    size = path.stat().st_size if path.exists() else 0
    with contextlib.ExitStack() as stack:
        handle = stack.enter_context(open(path, "rb")) if size else None
        page_size = wal_page_size or _file_page_size(handle.read(100) if handle else b"")

        def page(number: int) -> bytes:
            if number in newest:
                return newest[number]
            if handle is None or number < 1:
                raise ValueError(f"no page {number}")
            handle.seek((number - 1) * page_size)
            return handle.read(page_size)

        rows: dict[int, UnfinishedWrite] = {}
        if not page_size:
            return rows
        last = max(size // page_size, max(newest, default=0))
        for number in range(1, last + 1):
            try:
                image = page(number)
            except ValueError:
                continue  # only in the lost file: nothing to read
            for rowid, values in _leaf_records(image, number, page, page_size):
                row = _journal_record(rowid, values)
                if row is not None:
                    rows = merge(rows, {row.entry_id: row})
        return rows


def _file_page_size(data: bytes) -> int:
    if data.startswith(SQLITE_MAGIC):
        size = struct.unpack(">H", data[16:18])[0]
        return 65536 if size == 1 else size
    return 4096 if data else 0  # SQLite's default page size, for a file whose header is gone


def _varint(data: bytes, offset: int) -> tuple[int, int]:
    value = 0
    for index in range(9):
        byte = data[offset + index]
        if index == 8:
            return (value << 8) | byte, offset + 9
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            return value, offset + index + 1
    return value, offset + 9


def _leaf_records(
    page: bytes, number: int, pages: Callable[[int], bytes], page_size: int
) -> Iterator[tuple[int, list[Any]]]:
    """(rowid, values) of each cell of a table b-tree leaf page (SQLite's file format, sections 1.6 and 2.1)."""
    start = 100 if number == 1 else 0
    if len(page) < start + 8 or page[start] != 0x0D:
        return
    cells = struct.unpack(">H", page[start + 3:start + 5])[0]
    usable = page_size
    for index in range(cells):
        try:
            pointer = struct.unpack(">H", page[start + 8 + 2 * index:start + 10 + 2 * index])[0]
            size, offset = _varint(page, pointer)
            rowid, offset = _varint(page, offset)
            payload = _payload(page, offset, size, usable, pages)
            yield rowid, _record(payload)
        except (IndexError, ValueError, struct.error, UnicodeDecodeError):
            continue  # a damaged cell: the others on the page may still be whole


def _payload(page: bytes, offset: int, size: int, usable: int, pages: Callable[[int], bytes]) -> bytes:
    most = usable - 35
    if size <= most:
        return page[offset:offset + size]
    least = (usable - 12) * 32 // 255 - 23
    local = least + (size - least) % (usable - 4)
    if local > most:
        local = least
    payload = bytearray(page[offset:offset + local])
    following = struct.unpack(">I", page[offset + local:offset + local + 4])[0]
    seen: set[int] = set()
    while len(payload) < size and following and following not in seen:
        seen.add(following)
        overflow = pages(following)
        following = struct.unpack(">I", overflow[:4])[0]
        payload += overflow[4:4 + min(usable - 4, size - len(payload))]
    if len(payload) < size:
        raise ValueError("overflow chain cut short")  # english-ok: caught below, never shown
    return bytes(payload)


def _record(payload: bytes) -> list[Any]:
    header_size, offset = _varint(payload, 0)
    types: list[int] = []
    while offset < header_size:
        serial, offset = _varint(payload, offset)
        types.append(serial)
    values: list[Any] = []
    position = header_size
    for serial in types:
        if serial in (0, 8, 9):
            values.append(None if serial == 0 else serial - 8)
            continue
        if 1 <= serial <= 6:
            width = (1, 2, 3, 4, 6, 8)[serial - 1]
            values.append(int.from_bytes(payload[position:position + width], "big", signed=True))
            position += width
        elif serial == 7:
            values.append(struct.unpack(">d", payload[position:position + 8])[0])
            position += 8
        elif serial >= 12:
            width = (serial - 12) // 2
            chunk = payload[position:position + width]
            values.append(chunk.decode("utf-8") if serial % 2 else chunk)
            position += width
        else:
            raise ValueError(f"serial type {serial} is reserved")
        if position > len(payload):
            raise ValueError("record longer than its cell")  # english-ok: caught below, never shown
    return values


def _journal_record(rowid: int, values: list[Any]) -> UnfinishedWrite | None:
    """The entry a record holds, if it has the journal's shape (15 columns, a known state, text keys)."""
    if len(values) < 15 or values[0] is not None:
        return None
    picked = {name: values[index] for name, index in _RECORD_FIELDS.items()}
    return _open_write((rowid, picked["created_at"], picked["order_id"], picked["action"],
                        picked["idempotency_key"], picked["state"], picked["request"]))
