"""The Qt gateway: PySide6 is imported before qasync, so qasync can never pick another binding."""

from __future__ import annotations

import os

os.environ.setdefault("QT_API", "pyside6")

# The order is the point of this module: keep the import sorter away.
# isort: off
from PySide6 import QtCore, QtGui, QtWidgets  # noqa: E402
from PySide6.QtCore import Qt, Signal, Slot  # noqa: E402

import qasync  # noqa: E402  (must come after PySide6)
from qasync import asyncSlot  # noqa: E402
# isort: on

__all__ = ["QtCore", "QtGui", "QtWidgets", "Qt", "Signal", "Slot", "qasync", "asyncSlot"]
