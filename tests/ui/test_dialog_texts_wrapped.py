"""Every text a dialog shows goes through the catalogue: under a pseudo-translation, only the order's data is unmarked.

The pseudo catalogue is made the way the real ones are (pyside6-lupdate over the sources, pyside6-lrelease),
with every translation "⟦source⟧", placeholders and plural forms kept. A text on screen without the mark
that is not data of the order (ids, names, references, amounts, currency) was never wrapped.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from klarna_console.api.models import Address, Order
from klarna_console.api.requests import LINE_TYPES
from klarna_console.domain import display
from klarna_console.domain.money import format_amount
from klarna_console.ui.dialogs import ActionDialog, BulkDialog
from klarna_console.ui.qt import QtCore, QtWidgets

from fixtures.pseudo import OPEN, build_pseudo_qm
from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import closed, history

MARK = OPEN


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A compiled catalogue whose every translation is ⟦source⟧ (each plural form too): fixtures/pseudo.py."""
    return build_pseudo_qm(tmp_path_factory.mktemp("pseudo"))


@pytest.fixture
def pseudo(pseudo_qm: Path, qapp: QtWidgets.QApplication) -> Iterator[QtCore.QTranslator]:
    translator = QtCore.QTranslator()
    assert translator.load(str(pseudo_qm))
    QtCore.QCoreApplication.installTranslator(translator)
    yield translator
    QtCore.QCoreApplication.removeTranslator(translator)


def _address_data(address: Address | None) -> Iterable[str | None]:
    if address is None:
        return []
    return (address.title, address.given_name, address.family_name, address.organization_name, address.attention,
            address.street_address, address.street_address2, address.postal_code, address.city, address.region,
            address.country, address.email, address.phone)


def order_data(order: Order, locale: str) -> set[str]:
    """What of the order a dialog may show as it is: ids, references, names, addresses, lines, currency."""
    found: set[str | None] = {order.order_id, order.klarna_reference, order.merchant_reference1,
                              order.merchant_reference2, order.purchase_currency, order.purchase_country,
                              display.customer_name(order)}
    found.update(_address_data(order.billing_address))
    found.update(_address_data(order.shipping_address))
    lines = list(order.order_lines or [])
    for capture in order.captures or []:
        found.update((capture.capture_id, capture.klarna_reference, capture.reference, capture.description))
        found.update(_address_data(capture.billing_address))
        lines += capture.order_lines or []
    for refund in order.refunds or []:
        found.update((refund.refund_id, refund.reference, refund.description))
    for line in lines:
        found.update((line.name, line.reference))
    if order.purchase_currency:
        # The currency as amounts show it ("kr", "€"): an amount with its digits taken away.
        found.add(re.sub(r"[\d\s.,\u00a0\u202f-]", "", format_amount(0, order.purchase_currency, locale)))
    return {text for text in found if text}


def shown_texts(widget: QtWidgets.QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for what a person sees: titles, labels, buttons, boxes, tooltips, placeholders, headers, items."""
    yield "window title", widget.windowTitle()
    for child in [widget, *widget.findChildren(QtWidgets.QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        if child.objectName().startswith("qt_"):
            continue  # Qt's own parts (scroll bars, the message box's internals)
        kind = type(child).__name__
        yield f"{kind} tooltip", child.toolTip()
        if isinstance(child, QtWidgets.QLabel):
            yield kind, child.text()
        elif isinstance(child, QtWidgets.QAbstractButton):
            yield kind, child.text()
        elif isinstance(child, QtWidgets.QGroupBox):
            yield kind, child.title()
        elif isinstance(child, (QtWidgets.QLineEdit, QtWidgets.QPlainTextEdit)):
            yield f"{kind} placeholder", child.placeholderText()
        elif isinstance(child, QtWidgets.QComboBox):
            for i in range(child.count()):
                yield f"{kind} item", child.itemText(i)
        elif isinstance(child, QtWidgets.QListWidget):
            for i in range(child.count()):
                yield f"{kind} item", child.item(i).text()
        elif isinstance(child, QtWidgets.QAbstractItemView) and child.model() is not None:
            model = child.model()
            for column in range(model.columnCount()):
                yield f"{kind} header", str(model.headerData(column, QtCore.Qt.Orientation.Horizontal) or "")


def unmarked(widget: QtWidgets.QWidget, data: set[str]) -> list[str]:
    """The texts with letters that carry no mark, once the data in them is taken out."""
    found = []
    ordered = sorted(data, key=len, reverse=True)
    for where, text in shown_texts(widget):
        plain = html.unescape(re.sub(r"<[^>]+>", " ", text)).replace("&", "")
        if not plain.strip() or MARK in plain:
            continue
        rest = plain
        for value in ordered:
            rest = rest.replace(value, " ")
        if re.search(r"[^\W\d_]", rest):
            found.append(f"{where}: {text!r}")
    return found


def dialog_names() -> list[str]:
    from klarna_console.ui.dialogs.screenshots import names

    return names()


@pytest.mark.parametrize("name", dialog_names())
# The staged outcomes (a refusal, a lost answer) log what they stage.
@pytest.mark.expect_log("klarna_console.services.actions", r": failed \([A-Z_]+: ")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
def test_every_text_of_the_named_dialog_is_translated(qtbot, app_window: AppWindow, pseudo: Any, name: str):
    dialogs = app_window.controller.dialogs
    shown = run(qtbot, dialogs.open_for_screenshot(name), timeout=60_000)
    locale = dialogs.context.locale
    sandbox = app_window.sandbox
    if isinstance(shown, ActionDialog):
        data = order_data(shown.order, locale)
    else:  # a bulk dialog (many orders) or a question over a dialog: any order of the sandbox
        data = set().union(*(order_data(sandbox.order(i), locale) for i in sandbox.order_ids))
    # Klarna's own messages in its answers (a refusal) are Klarna's words, shown as they came.
    data |= {message for entry in history(app_window) for message in entry.error_messages}
    data.add(app_window.session.profile.name)
    found = unmarked(shown, data)
    owner = shown.parentWidget() if isinstance(shown, QtWidgets.QMessageBox) else None
    if isinstance(owner, (ActionDialog, BulkDialog)):
        found += [f"(behind) {text}" for text in unmarked(owner, data)]
    assert not found, "\n".join([name, *found])
    if isinstance(shown, BulkDialog) and shown.job.busy:  # caught mid-run: stop it, as a person would
        sandbox.faults.configure(latency_ms=0)
        qtbot.mouseClick(shown.stop_button, QtCore.Qt.MouseButton.LeftButton)
        run(qtbot, shown.job.wait(), timeout=60_000)
    for widget in [shown, owner]:
        if isinstance(widget, (ActionDialog, BulkDialog)):
            widget.reject()
            qtbot.waitUntil(lambda w=widget: closed(w))


def test_line_types_are_words_of_the_catalogue(qapp, pseudo: Any):
    from klarna_console.ui.dialogs.lines_edit import line_type_text

    assert all(line_type_text(kind).startswith(MARK) for kind in LINE_TYPES)


def test_about_profiles_and_import_show_only_translated_texts(qtbot, app_window: AppWindow, pseudo: Any):
    from klarna_console import __version__
    from klarna_console.ui.about import AboutDialog
    from klarna_console.ui.import_dialog import ImportDialog
    from klarna_console.ui.profiles_dialog import ProfilesDialog

    window, controller = app_window.window, app_window.controller
    about = AboutDialog(window)
    qtbot.addWidget(about)
    about.show()
    # The components' names, versions and SPDX ids are data (the system libraries' row is words, and marked).
    data = {"Klarna Order Console", __version__}
    for row in range(about.table.rowCount()):
        data.update(text for column in (0, 1, 2) if MARK not in (text := about.table.item(row, column).text()))
    assert not unmarked(about, data)
    purposes = [about.table.item(row, 3).text() for row in range(about.table.rowCount())]
    assert all(p.startswith(MARK) for p in purposes), purposes

    profiles = ProfilesDialog(window, controller)
    qtbot.addWidget(profiles)
    profiles.show()
    # Profile names, what the shown profile holds, and the examples in empty fields are data.
    data = {p.name for p in controller.profiles.list()} | {"#3d6fb4", profiles.agent.placeholderText()}
    data |= {edit.text() for edit in profiles.findChildren(QtWidgets.QLineEdit)}
    assert not unmarked(profiles, data)

    importer = ImportDialog(window, controller)
    qtbot.addWidget(importer)
    importer.show()
    example = importer.text.placeholderText()  # an order id as an example
    importer.text.setPlainText("f3392f8b-6116-4073-ab96-e330819e2c07\nnot an id\n")
    assert not unmarked(importer, {example})
    assert importer.found.text().count(MARK) == 2  # two counted sentences, each from the catalogue
