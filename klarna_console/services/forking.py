"""A child process forked for work that needs no Qt, done on another core while the window's modules load."""

from __future__ import annotations

import logging
import os
import signal
import sys
import threading
import time
from collections.abc import Callable

log = logging.getLogger(__name__)


def can_fork() -> bool:
    """Whether this process may fork such a child: on Linux, and while no other thread runs.

    macOS forbids a fork once system frameworks have started (they may have, under the modules loaded so
    far) and Windows has none; a fork copies only the calling thread, so locks other threads held stay held.
    """
    return sys.platform.startswith("linux") and threading.active_count() == 1


def start(work: Callable[[int], bool], *, child_writes: bool, what: str) -> tuple[int, int] | None:
    """Fork a child that runs `work` on its end of a pipe and exits (status 0 if `work` said True).

    The child writes into the pipe if `child_writes`, else reads from it. Returns the child's pid and this
    process's end of the pipe; None if no child could be made (the caller then does the work itself).
    """
    try:
        read_end, write_end = os.pipe()
        pid = os.fork()
    except OSError as error:
        log.info("no child for %s (%s)", what, error)
        return None
    ours, theirs = (read_end, write_end) if child_writes else (write_end, read_end)
    if pid == 0:  # the child: never back into the caller, whatever happens
        os.close(ours)
        status = 1
        try:
            status = 0 if work(theirs) else 1
        except BaseException:  # noqa: BLE001 - a child reports and exits; the window does the work itself
            log.exception("the child for %s failed", what)
        finally:
            logging.shutdown()
            os._exit(status)
    os.close(theirs)
    return pid, ours


def wait(pid: int, timeout: float = 0.0) -> int | None:
    """The child's exit status once it ends, waiting up to `timeout` seconds.

    A child still at work then is killed, and None returned; None too for a child already reaped.
    """
    deadline = time.monotonic() + timeout
    try:
        done, status = os.waitpid(pid, os.WNOHANG)
        while done == 0 and time.monotonic() < deadline:
            time.sleep(0.002)
            done, status = os.waitpid(pid, os.WNOHANG)
        if done == 0:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return None
    except ChildProcessError:
        return None
    return os.waitstatus_to_exitcode(status)
