"""A first start's Sandbox orders, made by a child process while the window's modules load.

On a first start the Sandbox profile has no store yet: its demo orders are generated and cached before
the first paint can show them, ~150 ms of Python that needs no Qt. On Linux a forked child does that
work on another core while this process imports PySide6 and builds the window; the first paint then
opens the store as on any later start. Elsewhere, where threads already run (a fork would copy their
locks mid-use), or if the child fails, the first paint makes the orders itself (`ui.first_paint`,
`sandbox_seed`), exactly as before.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time

from ..paths import Paths
from ..profiles import SANDBOX_PROFILE
from ..store import factory

log = logging.getLogger(__name__)


class SeedAhead:
    """The child process caching the Sandbox's first orders."""

    def __init__(self, pid: int) -> None:
        self.pid = pid
        self._done = False

    def wait(self) -> bool:
        """Wait for the child to finish; whether it cached the orders (once; later calls say False)."""
        if self._done:
            return False
        self._done = True
        started = time.monotonic()
        try:
            _pid, status = os.waitpid(self.pid, 0)
        except ChildProcessError:
            return False
        code = os.waitstatus_to_exitcode(status)
        log.info("first start: the child making the sandbox's orders ended (status %d), waited for %.0f ms",
                 code, (time.monotonic() - started) * 1000)
        return code == 0


def begin(paths: Paths) -> SeedAhead | None:
    """Start caching the Sandbox's first orders in a child process, if it has no store yet and this system forks."""
    # Linux only: macOS forbids a fork once system frameworks have started (they may have, under the
    # modules loaded so far) and Windows has none.
    if not sys.platform.startswith("linux") or threading.active_count() > 1:
        return None
    try:
        if factory.local_store_exists(paths, SANDBOX_PROFILE.id):
            return None
    except (OSError, ValueError):
        return None
    try:
        pid = os.fork()
    except OSError as error:
        log.info("first start: no child for the sandbox's orders (%s)", error)
        return None
    if pid == 0:  # the child: never back into the caller, whatever happens
        status = 1
        try:
            status = 0 if seed(paths) else 1
        except BaseException:  # noqa: BLE001 - a child reports and exits; the window makes the orders itself
            log.exception("first start: the child making the sandbox's orders failed")
        finally:
            logging.shutdown()
            os._exit(status)
    return SeedAhead(pid)


def seed(paths: Paths) -> bool:
    """Make the Sandbox's first orders and cache them in its new store; False if there was nothing to do."""
    from .sandbox_seed import first_start_orders

    fetched = first_start_orders(paths, SANDBOX_PROFILE)
    if fetched is None:
        return False
    factory.cache_in_new_store(paths, SANDBOX_PROFILE.id, *fetched)
    return True
