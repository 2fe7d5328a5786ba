"""The window's controller, split by concern: results, the shown order, actions, profile sessions."""

from .main import MainController

__all__ = ["MainController"]
