"""Small coloured labels: order status, fraud status, the environment of the active profile; dimmed captions."""

from __future__ import annotations

from .qt import Qt, QtCore, QtGui, QtWidgets


def dimmed(label: QtWidgets.QLabel) -> QtWidgets.QLabel:
    """The label's text in the palette's placeholder colour (captions, hints)."""
    # Through its foreground role, not a style sheet: a label with a style sheet of its own is polished
    # by Qt's style-sheet style as the window first shows.
    label.setForegroundRole(QtGui.QPalette.ColorRole.PlaceholderText)
    return label


def coloured(label: QtWidgets.QLabel, color: str) -> QtWidgets.QLabel:
    """The label's text in a fixed colour (an error under a filter)."""
    palette = label.palette()
    palette.setColor(QtGui.QPalette.ColorRole.WindowText, QtGui.QColor(color))
    label.setPalette(palette)
    return label


class Badge(QtWidgets.QLabel):
    """A rounded, coloured label with white bold text."""

    # Painted by itself rather than through a style sheet (the pixels are the same): a style sheet is
    # polished again at every change of colour, and the header's badges change with every order shown.
    RADIUS = 9

    def __init__(self, text: str = "", color: str = "#4b5563", parent: QtWidgets.QWidget | None = None,
                 *, hide_when_empty: bool = True) -> None:
        super().__init__(parent)
        self._hide_when_empty = hide_when_empty  # not for badges in a tool bar: their action decides
        self._color = QtGui.QColor()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setContentsMargins(9, 2, 9, 2)
        font = self.font()
        font.setWeight(QtGui.QFont.Weight.DemiBold)
        self.setFont(font)
        coloured(self, "white")
        # Named, or a tool bar's badge would take the role matching the bar's background (ButtonText).
        self.setForegroundRole(QtGui.QPalette.ColorRole.WindowText)
        self.set(text, color)

    def set(self, text: str, color: str) -> None:
        """Show `text` on `color`; an empty text hides the badge."""
        self.setText(text)
        self.setAccessibleName(text)
        if self._hide_when_empty:
            self.setVisible(bool(text))
        self._color = QtGui.QColor(color)
        self.update()

    def color(self) -> str:
        """The badge's colour as #rrggbb (empty when none is set)."""
        return self._color.name() if self._color.isValid() else ""

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        if self._color.isValid():
            painter = QtGui.QPainter(self)
            painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
            path = QtGui.QPainterPath()
            path.addRoundedRect(QtCore.QRectF(self.rect()), self.RADIUS, self.RADIUS)
            # fillPath, not a clip and fillRect: resolving fillRect's overloads builds PySide's five QGradient
            # enums, 169 presets among them (~12 M instructions, ~5 ms of the first paint).
            painter.fillPath(path, self._color)
            painter.end()
        super().paintEvent(event)  # the text
