"""Which process holds a profile: one window sends and resumes, any other opens it read-only."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

LOCK_NAME = "window.lock"

if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: IO[str]) -> bool:
        try:
            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(handle: IO[str]) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class ProfileLock:
    """An operating-system lock on a file in the profile's data folder.

    The system drops it when the process ends, however it ends (kill -9 included), so a crashed window
    never leaves the profile locked. The holder writes its process id into the file for the others to name.

    Attributes:
        path: the lock file.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / LOCK_NAME
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        """Whether this object holds the lock."""
        return self._handle is not None

    def acquire(self) -> bool:
        """Take the lock if no other process holds it; True if this process holds it now."""
        if self._handle is not None:
            return True
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+", encoding="ascii")
        if not _try_lock(handle):
            handle.close()
            return False
        # Windows locks the first byte, and locked bytes cannot be written: the pid goes after it.
        handle.seek(0)
        handle.truncate()
        handle.write(f" {os.getpid()}\n")
        handle.flush()
        self._handle = handle
        return True

    def holder(self) -> int | None:
        """The process id of the holder, as it wrote it (None if nobody holds it or it cannot be read)."""
        if self._handle is not None:
            return os.getpid()
        try:
            text = self.path.read_text(encoding="ascii").strip()
        except (OSError, UnicodeDecodeError):
            return None
        return int(text) if text.isdigit() else None

    def release(self) -> None:
        """Let another window take the profile."""
        handle, self._handle = self._handle, None
        if handle is not None:
            handle.close()  # closing the descriptor releases the lock
