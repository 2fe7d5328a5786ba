"""What can go wrong with the local files, as exceptions whose message a person can act on.

SQLite and the operating system report a full disk, a folder that cannot be written or a file another
program holds as "database or disk is full", "attempt to write a readonly database", "disk I/O error"
or "[Errno 13]". The store turns them into these classes, each naming the folder and saying what did
(or did not) happen, so the window can show them in its message bar instead of a crash report.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ..values import (
    DiskFullError,
    FolderNotWritableError,
    StoreBusyError,
    StoreDamagedError,
    StoreError,
)

# SQLite's primary result codes (the low byte of an extended code): https://sqlite.org/rescode.html
_SQLITE_PERM, _SQLITE_BUSY, _SQLITE_LOCKED, _SQLITE_READONLY = 3, 5, 6, 8
_SQLITE_CORRUPT, _SQLITE_FULL, _SQLITE_CANTOPEN, _SQLITE_NOTADB = 11, 13, 14, 26
_FULL_ERRNOS = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
_DENIED_ERRNOS = {errno.EACCES, errno.EPERM, errno.EROFS}
_NOT_A_FOLDER_ERRNOS = {errno.ENOTDIR, errno.EEXIST, errno.EISDIR}


def full_message(folder: Path, consequence: str) -> str:
    """The words for a full disk: which folder, and what did not happen."""
    return f"The disk holding {folder} is full; {consequence}. Free some space and try again."


def classify(error: BaseException, path: Path, consequence: str = "nothing was saved") -> StoreError | None:
    """The StoreError a person can act on for an sqlite3 or OS error on the store at `path`, or None.

    `consequence` says what the failure means for the user's work, e.g. "nothing was sent" when the
    journal could not take an intent (the request leaves only after its intent is committed).
    """
    if isinstance(error, StoreError):
        return error
    folder = path.parent
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        text = str(error).lower()
        if code == _SQLITE_FULL or "disk is full" in text:
            return DiskFullError(full_message(folder, consequence), folder)
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
            return StoreBusyError(
                f"The local store in {folder} is locked by another program (another Klarna Order Console "
                f"window, a backup or sync tool) and stayed locked; {consequence}. Close the other program "
                "and try again.", folder)
        if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
            return FolderNotWritableError(not_writable_message(folder, consequence), folder)
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text:
            return StoreDamagedError(
                f"The local store {path} is damaged ({error}); {consequence}. Quit and start Klarna Order "
                "Console again: it moves the damaged file aside, keeps it whole, and lists the writes it "
                "left unfinished.", path)
        return None
    if isinstance(error, OSError):
        where = Path(error.filename) if error.filename else folder
        if error.errno in _FULL_ERRNOS:
            return DiskFullError(full_message(folder, consequence), folder)
        if error.errno in _DENIED_ERRNOS:
            return FolderNotWritableError(not_writable_message(folder, consequence, where), folder)
        if error.errno in _NOT_A_FOLDER_ERRNOS:
            role = ("Klarna Order Console keeps its data in a folder of that name" if where == folder
                    else f"Klarna Order Console keeps its data in {folder}")
            return FolderNotWritableError(
                f"{where} is in the way: it is a file, not a folder, and {role}; {consequence}. Move the file "
                "away, or start with --basedir pointing elsewhere.", folder)
    return None


def not_writable_message(folder: Path, consequence: str, where: Path | None = None) -> str:
    """The words for a folder this user cannot write."""
    detail = f" ({where})" if where is not None and where != folder else ""
    return (f"Klarna Order Console cannot write to {folder}{detail}: the folder belongs to another user, "
            f"or the disk is read-only; {consequence}. Give your user write access to it, or start with "
            "--basedir pointing to a folder you own.")

