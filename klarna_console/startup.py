"""How long start-up took: from the process's start to the first window populated with an order."""

from __future__ import annotations

import logging
import os
import time

log = logging.getLogger(__name__)
_IMPORTED = time.monotonic()
_noted = False


def process_age() -> float:
    """Seconds since this process started (Linux: from the kernel; elsewhere: since this module loaded)."""
    try:
        with open("/proc/self/stat", "rb") as stat:
            # Field 22, after the parenthesised command name (which may itself hold spaces).
            started_ticks = int(stat.read().rsplit(b")", 1)[1].split()[19])
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED


def note_populated() -> None:
    """Log, once per process, how long it took until an order was on screen (read by bench/startup.py)."""
    global _noted
    if not _noted:
        _noted = True
        log.info("window populated %.0f ms after the process started", process_age() * 1000)
