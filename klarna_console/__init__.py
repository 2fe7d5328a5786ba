"""Klarna Order Console: manage Klarna orders after the purchase."""

__version__ = "0.1.0"
APP_NAME = "klarna-console"
