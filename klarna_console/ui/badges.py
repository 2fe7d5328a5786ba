"""Small coloured labels: order status, fraud status, and the environment of the active profile."""

from __future__ import annotations

from .qt import Qt, QtWidgets


class Badge(QtWidgets.QLabel):
    """A rounded, coloured label with white bold text."""

    def __init__(self, text: str = "", color: str = "#4b5563", parent: QtWidgets.QWidget | None = None,
                 *, hide_when_empty: bool = True) -> None:
        super().__init__(parent)
        self._hide_when_empty = hide_when_empty  # not for badges in a tool bar: their action decides
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.set(text, color)

    def set(self, text: str, color: str) -> None:
        """Show `text` on `color`; an empty text hides the badge."""
        self.setText(text)
        self.setAccessibleName(text)
        if self._hide_when_empty:
            self.setVisible(bool(text))
        self.setStyleSheet(
            f"QLabel {{ background: {color}; color: white; border-radius: 9px; padding: 2px 9px;"
            " font-weight: 600; }"
        )
