"""Writing a file all at once: after a crash it holds either the old or the new content, never half."""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path

from .reasons import Code, Reason, Reasoned, reason


class WriteError(Reasoned, OSError):
    """A file could not be written (full disk, no permission); its reason says which and where.

    Attributes:
        reason: FILE_DISK_FULL or FILE_NOT_WRITABLE with the folder, the file's name and the system's words.
    """

    def __init__(self, code: int, why: Reason, path: Path) -> None:
        OSError.__init__(self, code, str(why), str(path))
        self.reason = why


def _plain(error: OSError, path: Path) -> OSError:
    """The error with a reason a person can act on, for the causes they can fix; else the error itself."""
    code = error.errno or 0
    if code in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        kind = Code.FILE_DISK_FULL
    elif code in (errno.EACCES, errno.EPERM, errno.EROFS):
        kind = Code.FILE_NOT_WRITABLE
    else:
        return error
    return WriteError(code, reason(kind, folder=str(path.parent), file=path.name, detail=error.strerror or ""), path)


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data` all at once: after a crash it holds either the old or the new content.

    The temporary file is created with `mode` (owner-only by default), so a secret is never readable
    by others, not even for a moment.
    """
    try:
        _write(path, data, mode)
    except WriteError:
        raise
    except OSError as error:
        plain = _plain(error, path)
        if plain is error:
            raise
        raise plain from error


def _write(path: Path, data: bytes, mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp")  # as secrets.token_hex, without hashlib at start-up
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temp)
        raise
    _fsync_directory(path.parent)


def _fsync_directory(directory: Path) -> None:
    # The rename itself is durable only once the directory is synced (POSIX; Windows has no such call).
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
