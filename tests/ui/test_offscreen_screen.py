"""The tests' offscreen screen is desktop-sized, also where a developer exported QT_QPA_PLATFORM=offscreen."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]


def test_a_window_keeps_its_size_with_plain_offscreen_exported() -> None:
    # As for screenshots: plain "offscreen" gives Qt's own 800x800 screen, on which a remembered
    # 1300x820 window came back as 826x774 and the layout test failed.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/ui/test_window.py::test_window_layout_is_remembered"],
        cwd=TESTS.parent, env=environment, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout[-3000:]
