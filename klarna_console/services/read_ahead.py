"""A returning start's first page, read from the store by a child process while the window's modules load.

The first paint shows the cached orders and the first of them, read from the profile's store. Opening it
(the store's modules and SQLite's among them) and reading it needs no Qt: on Linux a forked child does it on
another core while this process imports PySide6 and builds the window, and hands over what it read through
a pipe. The child opens the store the usual way (`factory.read_first_page`: checked, a damaged one set
aside, and what was found handed over too); the window opens it again once it is on screen, for everything
after. Elsewhere, where threads already
run, or whenever the child's answer is not there, matches nothing or does not decode, the first paint reads
the store itself, exactly as before (`ui.first_paint`).
"""

from __future__ import annotations

import logging
import os
import select
import time
import types

import msgspec

from ..paths import Paths
from ..store import factory
from ..store.interface import FirstPage
from ..store.values import SearchQuery
from . import forking
from .cache import FIRST_PAGE

log = logging.getLogger(__name__)

TIMEOUT = 5.0
"""Seconds the first paint waits for the child's answer (it takes ~30 ms); then it reads the store itself."""


class ReadAhead:
    """The child reading a profile's first page; `take` it when the window asks the same."""

    def __init__(self, pid: int, answer: int, profile_id: str, query: SearchQuery, limit: int) -> None:
        self.pid = pid
        self._answer: int | None = answer
        self._asked = (profile_id, query, limit)

    def take(self, profile_id: str, query: SearchQuery, limit: int, timeout: float = TIMEOUT) -> FirstPage | None:
        """What the child read, if it read what is asked now; None (read it here) otherwise, or once taken."""
        if self._answer is None:
            return None
        data = self._read(timeout) if (profile_id, query, limit) == self._asked else None
        self._end()
        if not data:
            return None
        try:
            return msgspec.msgpack.decode(data, type=FirstPage)
        except msgspec.DecodeError:
            log.exception("the first page read ahead did not decode; reading it again")
            return None

    def cancel(self) -> None:
        """Stop the child, if it still runs; its answer is not wanted."""
        if self._answer is not None:
            self._end()

    def _read(self, timeout: float) -> bytes:
        assert self._answer is not None
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if not select.select([self._answer], [], [], left)[0]:
                break
            chunk = os.read(self._answer, 1 << 20)
            if not chunk:
                return b"".join(chunks)  # the child wrote all it had and ended
            chunks.append(chunk)
        log.warning("the first page read ahead took over %.0f s; reading it again", timeout)
        return b""

    def _end(self) -> None:
        assert self._answer is not None
        os.close(self._answer)
        self._answer = None
        forking.wait(self.pid)  # reaped; killed if still at work: what it would say is not wanted any more


def begin(paths: Paths, profile_id: str) -> ReadAhead | None:
    """Start reading a profile's first page in a child process, if its own store is there and this system forks.

    The page of the search box's first query: no text, no filter, newest first (`take` checks it is that).
    """
    query, limit = SearchQuery(), FIRST_PAGE
    if not forking.can_fork():
        return None
    try:
        if not factory.local_store_exists(paths, profile_id):
            return None
    except (OSError, ValueError):
        return None
    child = forking.start(lambda out: _answer(out, paths, profile_id, query, limit), child_writes=True,
                         what="the first page")  # english-ok: for the log
    return ReadAhead(*child, profile_id, query, limit) if child is not None else None


def _plain(value: object) -> object:
    """A reason's read-only values as the plain dict they decode back into (Reason makes them read-only again)."""
    if isinstance(value, types.MappingProxyType):
        return dict(value)
    raise NotImplementedError(f"cannot send {type(value).__name__}")  # english-ok: a programming error


def _answer(out: int, paths: Paths, profile_id: str, query: SearchQuery, limit: int) -> bool:
    """Read the first page as the first paint would and write it to `out`; nothing for a store to migrate."""
    with os.fdopen(out, "wb") as pipe:
        if factory.local_store_needs_update(paths, profile_id):
            return False  # migrating is the window's, after its first paint (it says so)
        page = factory.read_first_page(paths, profile_id, query, limit)
        pipe.write(msgspec.msgpack.encode(page, enc_hook=_plain))
    return True
