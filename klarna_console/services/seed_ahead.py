"""A first start's Sandbox orders, made by a child process while the window's modules load.

On a first start the Sandbox profile has no store yet: its demo orders are generated and cached before
the first paint can show them, and the formats of their amounts and dates worked out with Babel: ~200 ms
of Python that needs no Qt. On Linux a forked child does that work on another core while this process
imports PySide6 and builds the window, and last sends the store's first page as a later start's
read-ahead does (`read_ahead`); the first paint then shows that page and reads the formats as on any later
start. Elsewhere, where threads already run (a fork would copy their locks mid-use), or if the
child fails, the first paint does it all itself (`ui.first_paint`, `sandbox_seed`), exactly as before.
"""

from __future__ import annotations

import logging
import os
import time

from ..paths import Paths
from ..profiles import SANDBOX_PROFILE
from ..store import factory
from . import forking, locale_formats_file, read_ahead

log = logging.getLogger(__name__)

TIMEOUT = 10.0
"""Seconds the first paint waits for the child (it takes ~0.3 s; a disk that slow shows the window anyway)."""


class SeedAhead:
    """The child process caching the Sandbox's first orders; it learns the window's locale through a pipe."""

    def __init__(self, pid: int, locale_pipe: int, page: read_ahead.ReadAhead) -> None:
        self.pid = pid
        self._pipe: int | None = locale_pipe
        self._done = False
        self.page = page
        """The store's first page, as the child read it once the orders were cached (see `read_ahead`)."""

    def tell_locale(self, locale: str) -> None:
        """Give the child the window's locale (a BCP 47 tag), so that it works out its formats too."""
        if self._pipe is None:
            return
        try:
            os.write(self._pipe, locale.encode("ascii", "replace"))
        except OSError:
            pass  # the child has ended: the window works the formats out itself
        self._close_pipe()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the child to finish; whether it cached the orders (once; later calls say False).

        A child still at work after `timeout` seconds (default TIMEOUT) is killed: the window must come up
        whatever the child meets. The first paint then shows what the store holds, or makes the orders itself.
        """
        timeout = TIMEOUT if timeout is None else timeout
        if self._done:
            return False
        self._done = True
        self._close_pipe()  # a child still waiting for the locale goes on without it
        started = time.monotonic()
        self.page.collect(timeout)  # the child sends its first page last: read to its end, or it cannot end
        code = forking.wait(self.pid, max(0.0, timeout - (time.monotonic() - started)))
        waited = time.monotonic() - started
        if code is None:
            if waited >= timeout:
                log.warning("first start: the child making the sandbox's orders took over %.0f s; stopped", timeout)
            return False
        log.info("first start: the child making the sandbox's orders ended (status %d), waited for %.0f ms",
                 code, waited * 1000)
        return code == 0

    def _close_pipe(self) -> None:
        if self._pipe is not None:
            os.close(self._pipe)
            self._pipe = None


def begin(paths: Paths) -> SeedAhead | None:
    """Start caching the Sandbox's first orders in a child process, if it has no store yet and this system forks."""
    if not forking.can_fork():
        return None
    try:
        if factory.local_store_exists(paths, SANDBOX_PROFILE.id):
            return None
    except (OSError, ValueError):
        return None
    try:
        page_read, page_write = os.pipe()
    except OSError:
        return None

    def work(locale_pipe: int) -> bool:
        os.close(page_read)
        return seed(paths, locale_pipe, page_write)

    child = forking.start(work, child_writes=False, what="the sandbox's first orders")  # english-ok: for the log
    os.close(page_write)
    if child is None:
        os.close(page_read)
        return None
    pid, locale_pipe = child
    return SeedAhead(pid, locale_pipe, read_ahead.ReadAhead(pid, page_read, SANDBOX_PROFILE.id, *read_ahead.FIRST_QUERY))


def seed(paths: Paths, locale_pipe: int | None = None, page_pipe: int | None = None) -> bool:
    """Make the Sandbox's first orders and cache them in its new store; False if there was nothing to do.

    Then, once the window's locale comes through `locale_pipe`, work out and keep the formats of the
    orders' amounts and dates in it (nothing if the pipe closes without one); last, send the store's first
    page through `page_pipe`, as `read_ahead` does on later starts.
    """
    from .sandbox_seed import first_start_orders

    fetched = first_start_orders(paths, SANDBOX_PROFILE)
    if fetched is None:
        return False
    factory.cache_in_new_store(paths, SANDBOX_PROFILE.id, *fetched)
    if locale_pipe is not None:
        locale = os.read(locale_pipe, 100).decode("ascii", "replace")
        if locale:
            locale_formats_file.load(paths)  # what other profiles' windows kept stays kept
            locale_formats_file.work_out(locale, (order.purchase_currency or "" for order in fetched[0]))
            locale_formats_file.save(paths)
    if page_pipe is not None:  # if it is not sent, the orders are cached all the same: the window reads them
        read_ahead.send_first_page(page_pipe, paths, SANDBOX_PROFILE.id)
    return True
