"""The Qt gateway: PySide6 is imported before qasync, so qasync can never pick another binding."""

from __future__ import annotations

import os
from typing import Any

os.environ.setdefault("QT_API", "pyside6")

# The order is the point of this module: keep the import sorter away.
# isort: off
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402
from PySide6.QtCore import Qt, Signal, Slot  # noqa: E402
# isort: on
# To PySide6 the Qt namespace is one type: its first use (the import above, or C++ passing a Python
# override a Qt value, e.g. headerData's orientation) builds all 93 of its enums as Python enum classes
# at once, ~40 ms here (issue 17). PySide6 6.11 builds them by calling enum.IntEnum/Flag itself and has
# no per-enum laziness (PYSIDE6_OPTION_LAZY is per type; PYSIDE6_OPTION_PYTHON_ENUM flags save
# nothing), and any Qt call taking a Qt enum needs the type, so the cost is paid once before the first
# paint wherever it is first touched; importing it here costs no more than anywhere else.


def _skip_feature_scan() -> None:
    """Stop PySide6 reading the source of every module imported after it.

    PySide6 wraps `__import__` to learn whether a module opts into its `__feature__` switches
    (snake_case, true_property), and does so by reading and searching the module's whole source
    (napari measured the cost: napari/napari#8584). No module of this program uses those switches, so
    every module is answered "does not use them" at once; the wrapping itself stays.
    """
    import sys

    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        setattr(feature, "_mod_uses_pyside", lambda module: False)  # noqa: B010  # a private name, checked above


_skip_feature_scan()


def __getattr__(name: str) -> Any:
    # qasync (and asyncio under it) loads on first use, after the first paint; PySide6 is in already.
    if name in ("qasync", "asyncSlot"):
        import qasync

        return qasync if name == "qasync" else qasync.asyncSlot
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["QtCore", "QtGui", "QtWidgets", "Qt", "Signal", "Slot"]  # and qasync, asyncSlot: see __getattr__
