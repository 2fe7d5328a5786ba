"""What can go wrong with the local files, as exceptions whose reason a person can act on.

SQLite and the operating system report a full disk, a folder that cannot be written or a file another
program holds as "database or disk is full", "attempt to write a readonly database", "disk I/O error"
or "[Errno 13]". The store turns them into these classes, each carrying a reason that names the folder and says
what did (or did not) happen, so the window can show them in its message bar instead of a crash report.
"""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from ...reasons import Code, Reason, Then, reason
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


def classify(error: BaseException, path: Path, then: Then = Then.NOTHING_SAVED) -> StoreError | None:
    """The StoreError a person can act on for an sqlite3 or OS error on the store at `path`, or None.

    `then` says what the failure means for the user's work, e.g. NOTHING_SENT when the journal could not
    take an intent (the request leaves only after its intent is committed).
    """
    if isinstance(error, StoreError):
        return error
    folder = path.parent
    if isinstance(error, sqlite3.Error):
        code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
        text = str(error).lower()
        if code == _SQLITE_FULL or "disk is full" in text:
            return DiskFullError(reason(Code.STORE_DISK_FULL, folder=str(folder), then=then), folder)
        if code in (_SQLITE_BUSY, _SQLITE_LOCKED) or "database is locked" in text:
            return StoreBusyError(reason(Code.STORE_BUSY, folder=str(folder), then=then), folder)
        if code in (_SQLITE_READONLY, _SQLITE_PERM, _SQLITE_CANTOPEN) or "readonly" in text:
            return FolderNotWritableError(not_writable(folder, then), folder)
        if code in (_SQLITE_CORRUPT, _SQLITE_NOTADB) or "malformed" in text:
            return StoreDamagedError(reason(Code.STORE_DAMAGED, path=str(path), detail=str(error), then=then), path)
        return None
    if isinstance(error, OSError):
        where = Path(error.filename) if error.filename else folder
        if error.errno in _FULL_ERRNOS:
            return DiskFullError(reason(Code.STORE_DISK_FULL, folder=str(folder), then=then), folder)
        if error.errno in _DENIED_ERRNOS:
            return FolderNotWritableError(not_writable(folder, then, where), folder)
        if error.errno in _NOT_A_FOLDER_ERRNOS:
            return FolderNotWritableError(
                reason(Code.STORE_IN_THE_WAY, where=str(where), folder=str(folder), then=then), folder)
    return None


def not_writable(folder: Path, then: Then, where: Path | None = None) -> Reason:
    """The reason for a folder this user cannot write (`where`: the file or folder refused, if another)."""
    detail = str(where) if where is not None and where != folder else ""
    return reason(Code.STORE_NOT_WRITABLE, folder=str(folder), where=detail, then=then)
