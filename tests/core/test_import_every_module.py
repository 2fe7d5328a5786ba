"""Every module imports in a fresh interpreter with no QApplication: tools, tests and the commands do so."""

from __future__ import annotations

import os
import subprocess
import sys

# One interpreter for all of them, as a tool walking the package would (lupdate, a test collector,
# `klarna-console sandbox`, which never makes a QApplication).
IMPORT_ALL = """
import importlib, pkgutil
import klarna_console
failed = []
for module in pkgutil.walk_packages(klarna_console.__path__, "klarna_console."):
    try:
        importlib.import_module(module.name)
    except Exception as error:
        failed.append(f"{module.name}: {error!r}")
print("\\n".join(failed) or "all imported")
"""


def test_every_module_imports_before_any_qapplication_exists() -> None:
    # A class body that built a QKeySequence of a standard key (the platform's key bindings) crashed the
    # interpreter here with a segmentation fault, before a single line of output.
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-X", "faulthandler", "-c", IMPORT_ALL], capture_output=True,
                          text=True, timeout=120, env=environment)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip() == "all imported"
