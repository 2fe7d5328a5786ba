"""A returning start's first page, read from the store by a child process while the window's modules load.

The first paint shows the cached orders and the first of them, read from the profile's store. Opening it
(the store's modules and SQLite's among them) and reading it needs no Qt: on Linux a forked child does it on
another core while this process imports PySide6 and builds the window, and hands over what it read through
a pipe. The child opens the store the usual way (`factory.read_first_page`: checked first), but leaves a
damaged one exactly as it is: setting it aside, with its journal's open writes, is the window's, which is
never stopped half-way. The window opens the store again once it is on screen, for everything after.
Elsewhere, where threads already run, or whenever the child's answer is not there, matches nothing or does
not decode, the first paint reads the store itself, exactly as before (`ui.first_paint`). A first start's
child (`seed_ahead`) sends the page of the store it has just made the same way (`send_first_page`).
"""

from __future__ import annotations

import logging
import os
import select
import time

import msgspec

from ..paths import Paths
from ..store import factory
from ..store.interface import FirstPage
from ..store.values import SearchQuery, StoreError
from . import forking
from .cache import FIRST_PAGE

log = logging.getLogger(__name__)

FIRST_QUERY = (SearchQuery(), FIRST_PAGE)
"""The query and page size read ahead: the search box's first query (no text, no filter, newest first)."""

TIMEOUT = 5.0
"""Seconds the first paint waits for the child's answer (it takes ~30 ms); then it reads the store itself."""


class ReadAhead:
    """The child reading a profile's first page; `take` it when the window asks the same."""

    def __init__(self, pid: int, answer: int, profile_id: str, query: SearchQuery, limit: int) -> None:
        self.pid = pid
        self._answer: int | None = answer
        self._data = b""
        self._asked = (profile_id, query, limit)
        self._taken = False

    def take(self, profile_id: str, query: SearchQuery, limit: int, timeout: float = TIMEOUT) -> FirstPage | None:
        """What the child read, if it read what is asked now; None (read it here) otherwise, or once taken."""
        if self._taken:
            return None
        data = self.collect(timeout) if (profile_id, query, limit) == self._asked else b""
        self.cancel()
        if not data:
            return None
        try:
            return msgspec.msgpack.decode(data, type=FirstPage)
        except msgspec.DecodeError:
            log.exception("the first page read ahead did not decode; reading it again")
            return None

    def collect(self, timeout: float = TIMEOUT) -> bytes:
        """The child's whole answer, read to its end within `timeout` seconds (once; then kept)."""
        if self._answer is not None:
            self._data = self._read(self._answer, timeout)
            os.close(self._answer)
            self._answer = None
        return self._data

    def cancel(self) -> None:
        """No more of the child: its answer is not read any further, and it is stopped if it still runs."""
        if self._taken:
            return
        self._taken = True
        if self._answer is not None:
            os.close(self._answer)
            self._answer = None
        forking.wait(self.pid)  # reaped; killed if still at work: what it would say is not wanted any more

    @staticmethod
    def _read(answer: int, timeout: float) -> bytes:
        chunks: list[bytes] = []
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            if not select.select([answer], [], [], left)[0]:
                break
            chunk = os.read(answer, 1 << 20)
            if not chunk:
                return b"".join(chunks)  # the child wrote all it had and ended
            chunks.append(chunk)
        log.warning("the first page read ahead took over %.0f s; reading it again", timeout)
        return b""


def begin(paths: Paths, profile_id: str) -> ReadAhead | None:
    """Start reading a profile's first page in a child process, if its own store is there and this system forks.

    The page of the search box's first query: no text, no filter, newest first (`take` checks it is that).
    """
    if not forking.can_fork():
        return None
    try:
        if not factory.local_store_exists(paths, profile_id):
            return None
    except (OSError, ValueError):
        return None
    child = forking.start(lambda out: send_first_page(out, paths, profile_id), child_writes=True,
                         what="the first page")  # english-ok: for the log
    return ReadAhead(*child, profile_id, *FIRST_QUERY) if child is not None else None


def send_first_page(out: int, paths: Paths, profile_id: str) -> bool:
    """Read the first page as the first paint would and write it to `out` (closed after); nothing for a store
    to migrate, or one that does not open as it is (damaged, locked...): the window opens those itself."""
    with os.fdopen(out, "wb") as pipe:
        if factory.local_store_needs_update(paths, profile_id):
            return False  # migrating is the window's, after its first paint (it says so)
        try:
            pipe.write(msgspec.msgpack.encode(factory.read_first_page(paths, profile_id, *FIRST_QUERY)))
        except StoreError as error:
            log.info("the first page was not read ahead: %s", error)
            return False
    return True
