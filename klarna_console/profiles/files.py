"""Keeping a damaged settings file aside instead of losing it (and writing them all at once)."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from ..atomic import write_atomic
from ..reasons import Code, Reason, Reasoned, Value, nest

__all__ = ["CorruptFileError", "keep_aside", "write_atomic"]


class CorruptFileError(Reasoned):
    """A settings file could not be read (or only in part); the original is kept under another name.

    Attributes:
        path: the file that was read.
        kept_as: where its original content now is.
        problems: what was wrong, one reason each.
        reason: all of it as one reason (SETTINGS_DAMAGED), for the window to word.
    """

    def __init__(self, path: Path, kept_as: Path, problems: list[Reason], then: str) -> None:
        self.path = path
        self.kept_as = kept_as
        self.problems = list(problems)
        values: dict[str, Value] = {"path": str(path), "kept_as": kept_as.name, "then": then,
                                    "problems": len(problems)}
        for n, problem in enumerate(problems, start=1):
            values.update(nest(f"q{n}.", problem))
        self.reason = Reason(Code.SETTINGS_DAMAGED, values)
        super().__init__(str(self.reason))


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
