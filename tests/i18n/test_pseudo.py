"""Every text the window shows is translated: with a pseudo-catalogue that marks each translation ⟦…⟧,
no visible text may carry letters without the marker, unless it is data of the orders and profile shown.

Each screen and dialog is its own case, so one missing wrap names its place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import msgspec
import pytest
from klarna_console.domain.money import format_amount
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore
from klarna_console.ui.i18n import LANGUAGES
from klarna_console.ui.qt import QtCore, QtGui, QtWidgets

from fixtures.qt import run

from .conftest import OPEN

TABS = ("lines", "captures", "refunds", "shipping", "customer", "history", "raw")
WORDS = re.compile(r"[A-Za-zÀ-ÿ]{2,}")


@pytest.fixture
def pseudo_window(qtbot: Any, qloop: Any, tmp_path: Any, pseudo_qm: Any, translator: Any) -> Iterator[Any]:
    """The main window on the Sandbox with the pseudo catalogue installed before any widget is built."""
    from klarna_console.ui.shell import build_window

    translator.install("en", str(pseudo_qm))
    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=40)
    window.resize(1400, 860)
    window.show()
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
    qtbot.waitUntil(lambda: window.order_view.order is not None)
    qtbot.waitUntil(lambda: controller.dialogs is not None)
    yield window, controller
    for widget in QtWidgets.QApplication.topLevelWidgets():
        if widget is not window and widget.isVisible():
            widget.close()
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _strings(item)


def _builtins(record: Any) -> Any:
    """A record's fields as plain values (msgspec structs and dataclasses; other objects by their attributes)."""
    try:
        return msgspec.to_builtins(record)
    except TypeError:
        fields = getattr(record, "__dict__", None) or {k: getattr(record, k, None) for k in getattr(record, "__slots__", ())}
        return [_builtins(v) if not isinstance(v, str) else v for v in fields.values()]


def data_values(window: Any, controller: Any) -> set[str]:
    """What came from the sandbox's orders, payouts and the profile: every string field of the records shown."""
    from klarna_console.ui.models import window_locale
    from klarna_console.ui.search_pane import CURRENCIES  # after the QApplication: the window's modules need it

    values: set[str] = set()
    records: list[Any] = [window.order_view.order, controller.session.profile if controller.session else None]
    for model in window.findChildren(QtCore.QAbstractItemModel):
        records += [model.record(row) for row in range(model.rowCount())] if hasattr(model, "record") else []
    for widget in QtWidgets.QApplication.topLevelWidgets():
        for model in widget.findChildren(QtCore.QAbstractItemModel):
            if hasattr(model, "record"):
                records += [model.record(row) for row in range(model.rowCount())]
    for record in records:
        if record is None:
            continue
        values.update(_strings(_builtins(record)))
    values.update(name for name, _market in LANGUAGES.values())  # each language in itself, on purpose
    profile = controller.session.profile if controller.session else None
    if profile is not None:  # the environment badge shows the profile's environment in capitals
        values.update({profile.environment_label, profile.environment_label.upper()})
    # Amounts are data: their currency codes and the symbols the window's formatter writes for them.
    for code in CURRENCIES:
        values.add(code)
        values.update(WORDS.findall(format_amount(123456, code, window_locale())))
    # Klarna's codes (PURCHASE_FEE_FIXED) are shown as it sends them, in lower case with spaces.
    values.update(v.replace("_", " ").lower() for v in list(values) if re.fullmatch(r"[A-Z][A-Z_]+", v))
    return {v for v in values if WORDS.search(v)}


def texts_of(root: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in `root` and its visible children."""
    widgets = [root, *root.findChildren(QtWidgets.QWidget)]
    for w in widgets:
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        yield name + ".toolTip", w.toolTip()
        if isinstance(w, (QtWidgets.QLabel, QtWidgets.QAbstractButton)):
            yield name + ".text", w.text()
        if isinstance(w, QtWidgets.QGroupBox):
            yield name + ".title", w.title()
        if isinstance(w, QtWidgets.QLineEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QtWidgets.QPlainTextEdit | QtWidgets.QTextEdit):
            yield name + ".placeholder", w.placeholderText()
        if isinstance(w, QtWidgets.QTabBar):
            for i in range(w.count()):
                yield name + f".tab{i}", w.tabText(i)
                yield name + f".tabToolTip{i}", w.tabToolTip(i)
        if isinstance(w, QtWidgets.QComboBox):
            for i in range(w.count()):
                yield name + f".item{i}", w.itemText(i)
        if (isinstance(w, QtWidgets.QAbstractItemView) and not isinstance(w, QtWidgets.QHeaderView)
                and w.model() is not None):
            model = w.model()
            try:
                columns = model.columnCount(QtCore.QModelIndex())
            except TypeError:  # a list model's columnCount is private in PySide6
                columns = 1
            for column in range(columns):
                yield name + f".header{column}", str(model.headerData(column, QtCore.Qt.Orientation.Horizontal) or "")
            for row in range(min(model.rowCount(QtCore.QModelIndex()), 20)):
                for column in range(columns):
                    index = model.index(row, column)
                    for role in (QtCore.Qt.ItemDataRole.DisplayRole, QtCore.Qt.ItemDataRole.ToolTipRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            yield name + f".cell{row},{column}", value
        for action in w.actions():
            yield from _action_texts(name, action)


def _action_texts(where: str, action: QtGui.QAction) -> Iterator[tuple[str, str]]:
    if action.isSeparator():
        return
    yield f"{where}/{action.objectName() or action.text()}", action.text()
    yield f"{where}/{action.text()}.toolTip", action.toolTip()
    menu = action.menu()
    if isinstance(menu, QtWidgets.QMenu):
        yield f"{where}/menu", menu.title()
        for sub in menu.actions():
            yield from _action_texts(f"{where}/{menu.title()}", sub)


def unmarked(texts: Iterable[tuple[str, str]], data: set[str], shortcuts: set[str]) -> list[str]:
    """The texts with words in them that are neither translated (marked) nor data."""
    found = []
    for where, text in texts:
        if not text or OPEN in text:
            continue
        rest = text
        for value in sorted(data, key=len, reverse=True):
            rest = rest.replace(value, " ")
        for keys in shortcuts:
            rest = rest.replace(keys, " ")
        if WORDS.search(rest):
            found.append(f"{where}: {text!r}")
    return sorted(set(found))


def _check(window: Any, controller: Any, root: QtWidgets.QWidget) -> None:
    shortcuts = {a.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText)
                 for a in window.findChildren(QtGui.QAction) if not a.shortcut().isEmpty()}
    problems = unmarked(texts_of(root), data_values(window, controller), shortcuts)
    assert not problems, "texts without a translation:\n" + "\n".join(problems)


def test_main_window(qtbot: Any, pseudo_window: Any) -> None:
    window, controller = pseudo_window
    _check(window, controller, window)


def test_menus(qtbot: Any, pseudo_window: Any) -> None:
    window, controller = pseudo_window
    texts = [(f"menubar/{a.text()}", a.text()) for a in window.menuBar().actions()]
    for action in window.menuBar().actions():
        texts += list(_action_texts("menubar", action))
    shortcuts: set[str] = set()
    problems = unmarked(texts, data_values(window, controller), shortcuts)
    assert not problems, "texts without a translation:\n" + "\n".join(problems)


@pytest.mark.parametrize("tab", TABS)
def test_order_tab(qtbot: Any, pseudo_window: Any, tab: str) -> None:
    window, controller = pseudo_window
    window.order_view.select_tab(tab)
    qtbot.wait(10)
    _check(window, controller, window.order_view)


def test_shortcuts_dialog(qtbot: Any, pseudo_window: Any) -> None:
    window, controller = pseudo_window
    dialog = window.show_shortcuts()
    qtbot.waitExposed(dialog)
    _check(window, controller, dialog)


def test_payouts_window(qtbot: Any, pseudo_window: Any) -> None:
    window, controller = pseudo_window
    qtbot.waitUntil(lambda: getattr(controller, "payouts_ui", None) is not None)
    dialog = run(qtbot, controller.payouts_ui.open_for_screenshot(), timeout=60_000)
    _check(window, controller, dialog)


# The dialogs (every one --screenshot --dialog renders, plus Profiles, Import and About) are checked the same
# way, each against the data of the order it shows, in tests/ui/test_dialog_texts_wrapped.py.
