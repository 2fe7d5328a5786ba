"""Badges and dimmed captions as they look: painted colours, rounded corners, white text."""

from __future__ import annotations

from klarna_console.ui.badges import Badge, dimmed
from klarna_console.ui.qt import QtGui, QtWidgets


def _colours(widget: QtWidgets.QWidget) -> set[str]:
    image = widget.grab().toImage()
    return {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(image.height())}


def test_a_badge_is_a_rounded_pill_of_its_colour_with_white_text(qtbot):
    host = QtWidgets.QWidget()
    qtbot.addWidget(host)
    badge = Badge("Authorized", "#2563eb", host)
    badge.adjustSize()
    image = badge.grab().toImage()
    middle = image.height() // 2
    assert image.pixelColor(3, middle).name() == "#2563eb"  # the padding left of the text
    assert image.pixelColor(0, 0).name() != "#2563eb"  # a rounded corner shows what is behind
    assert "#ffffff" in _colours(badge)  # the text
    badge.set("Fraud: pending", "#c2410c")
    assert badge.grab().toImage().pixelColor(3, middle).name() == "#c2410c"
    assert badge.color() == "#c2410c"


def test_a_badge_in_a_tool_bar_has_white_text_too(qtbot):
    window = QtWidgets.QMainWindow()
    qtbot.addWidget(window)
    bar = window.addToolBar("Profile")
    badge = Badge("SANDBOX", "#0f766e")
    bar.addWidget(badge)
    window.show()
    assert "#ffffff" in _colours(badge)


def test_a_badge_without_text_hides_unless_its_bar_decides(qtbot):
    hiding, kept = Badge(), Badge(hide_when_empty=False)
    for badge in (hiding, kept):
        qtbot.addWidget(badge)
        badge.show()
        badge.set("", "#4b5563")
    assert not hiding.isVisible()
    assert kept.isVisible()


def _darkest(widget: QtWidgets.QWidget) -> int:
    image = widget.grab().toImage()
    return min(image.pixelColor(x, y).lightness() for x in range(image.width()) for y in range(image.height()))


def test_a_dimmed_caption_is_written_in_the_placeholder_colour(qtbot):
    caption = dimmed(QtWidgets.QLabel("Order amount"))
    plain = QtWidgets.QLabel("Order amount")
    for label in (caption, plain):
        qtbot.addWidget(label)
        label.adjustSize()
    palette = caption.palette()
    placeholder = palette.color(QtGui.QPalette.ColorRole.PlaceholderText)
    # The placeholder colour is the text's, half transparent: the darkest ink is the blend over the window.
    background = palette.color(QtGui.QPalette.ColorRole.Window)
    alpha = placeholder.alphaF()
    blended = QtGui.QColor.fromRgbF(*(alpha * getattr(placeholder, c)() + (1 - alpha) * getattr(background, c)()
                                      for c in ("redF", "greenF", "blueF")))
    assert abs(_darkest(caption) - blended.lightness()) <= 3
    assert _darkest(plain) < _darkest(caption) - 40
