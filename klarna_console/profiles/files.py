"""Writing small settings files safely, and keeping a damaged one aside instead of losing it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import secrets
from pathlib import Path


class CorruptFileError(Exception):
    """A settings file could not be read (or only in part); the original is kept under another name.

    Attributes:
        path: the file that was read.
        kept_as: where its original content now is.
        problems: what was wrong, one line each.
    """

    def __init__(self, path: Path, kept_as: Path, problems: list[str], consequence: str) -> None:
        self.path = path
        self.kept_as = kept_as
        self.problems = list(problems)
        super().__init__(
            f"{path} is damaged: {'; '.join(problems)}. {consequence} "
            f"The file as it was is kept as {kept_as.name}."
        )


def write_atomic(path: Path, data: bytes, *, mode: int = 0o600) -> None:
    """Replace `path` with `data` all at once: after a crash it holds either the old or the new content.

    The temporary file is created with `mode` (owner-only by default), so a secret is never readable
    by others, not even for a moment.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
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


def keep_aside(path: Path, *, copy: bool = False, now: dt.datetime | None = None) -> Path:
    """Move (or copy) a damaged file to `<name>.corrupt-<UTC time>` beside it; returns the new path."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{counter}")
    if copy:
        write_atomic(target, path.read_bytes())  # owner-only, like the credentials it may hold
    else:
        os.replace(path, target)
    return target
