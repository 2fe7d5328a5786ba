"""Background tasks of the window, kept referenced; a new task of the same name replaces the old one."""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger(__name__)


class TaskManager:
    """Runs coroutines on the qasync loop, keeps them alive, and reports their crashes.

    Named tasks are preemptive: starting "search" again cancels the search still running, so only
    the answer to the latest keystroke is ever shown.
    """

    def __init__(self) -> None:
        self._named: dict[str, asyncio.Task[Any]] = {}
        self._all: set[asyncio.Task[Any]] = set()

    def start(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task[Any]:
        """Schedule a coroutine; with a name, cancel the previous task of that name first."""
        if name is not None:
            previous = self._named.pop(name, None)
            if previous is not None and not previous.done():
                previous.cancel()
        task = asyncio.ensure_future(coro)
        self._all.add(task)
        if name is not None:
            self._named[name] = task
        task.add_done_callback(self._finished)
        return task

    def running(self, name: str) -> bool:
        """Whether the named task is still running."""
        task = self._named.get(name)
        return task is not None and not task.done()

    async def wait(self, names: tuple[str, ...], timeout: float) -> None:
        """Wait for the named tasks, including any that replace them meanwhile."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while True:
            running = [t for n in names if (t := self._named.get(n)) is not None and not t.done()]
            if not running or loop.time() >= deadline:
                return
            await asyncio.wait(running, timeout=deadline - loop.time())

    def _finished(self, task: asyncio.Task[Any]) -> None:
        self._all.discard(task)
        if task.cancelled():
            return
        error = task.exception()
        if error is not None:
            # Same path as an uncaught exception: logged and shown, never silently lost.
            sys.excepthook(type(error), error, error.__traceback__)

    async def cancel_all(self) -> None:
        """Cancel every other task and wait for them to end (on quit or profile switch).

        The caller may itself be one of the tasks (opening a profile closes the previous one): it is
        left alone, since a task that cancels and then awaits itself never finishes.
        """
        current = asyncio.current_task()
        tasks = [t for t in self._all if not t.done() and t is not current]
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)
        self._named = {name: t for name, t in self._named.items() if t is current}
