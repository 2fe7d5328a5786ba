"""The locale formats kept on disk between starts, so that a returning user's first paint needs no Babel."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import logging
import os
import re
from collections.abc import Iterable
from pathlib import Path

from ..atomic import write_atomic
from ..domain.locale_formats import KEPT
from ..paths import Paths

log = logging.getLogger(__name__)

FILE_NAME = "locale-formats.json"
_DIST_INFO = re.compile(r"babel-(.+)\.dist-info", re.IGNORECASE)


@functools.cache
def babel_version() -> str:
    """The installed Babel's version, from the name of its distribution's folder beside it ("" if none is there).

    importlib.metadata says the same, but takes longer to import than Babel itself; the frozen app
    ships the folders too (packaging/klarna-console.spec copies every distribution's metadata).
    """
    spec = importlib.util.find_spec("babel")
    if spec is None or not spec.origin:
        return ""
    try:
        names = os.listdir(Path(spec.origin).parent.parent)
    except OSError:
        return ""
    versions = [found.group(1) for found in map(_DIST_INFO.fullmatch, names) if found]
    return versions[0] if len(versions) == 1 else ""


def load(paths: Paths) -> bool:
    """Take the kept records if the file was written with this Babel; False if it is missing, damaged or stale."""
    version = babel_version()
    if not version:
        return False  # which Babel would be used is unknown: it works everything out, as without a file
    try:
        data = (paths.cache / FILE_NAME).read_bytes()
    except OSError:
        return False
    return KEPT.load(data, version)


def save(paths: Paths) -> None:
    """Write the records if something was worked out since they were loaded (owner-only, all at once)."""
    version = babel_version()
    if not KEPT.changed or not version:
        return
    try:
        write_atomic(paths.cache / FILE_NAME, KEPT.dump(version))
        KEPT.changed = False
    except OSError as error:  # only a cache: the next start works the formats out again
        log.info("could not keep the locale formats: %s", error)


def work_out(locale: str, currencies: Iterable[str]) -> None:
    """Work out with Babel (and keep) what a window in `locale` needs to show amounts in `currencies` and dates."""
    from ..domain import dates, money

    dates.format_datetime(dt.datetime.now(dt.UTC), locale)
    for currency in sorted(set(currencies)):
        money.format_amount(0, currency, locale)
