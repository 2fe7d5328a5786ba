"""Inputs typed as a person types them: whole quantities, discounts within their line, Enter to send, questions
before a fee or a cleared order number, and Klarna's amounts in minor units shown as money."""

from __future__ import annotations

from typing import Any

import pytest
from klarna_console.api import KlarnaError
from klarna_console.domain import rules
from klarna_console.domain.money import format_amount
from klarna_console.domain.rules import Action
from klarna_console.ui.dialogs.amount import UpdateAmountDialog
from klarna_console.ui.dialogs.lines_edit import EditableLinesModel
from klarna_console.ui.klarna_text import with_amounts
from klarna_console.ui.qt import Qt, QtCore, QtWidgets

from .conftest import AppWindow
from .dialog_helpers import closed, entries, find_order, history, open_from_menu, show, wait_answer

CTRL = Qt.KeyboardModifier.ControlModifier


def focus(qtbot: Any, dialog: QtWidgets.QWidget) -> None:
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)


def type_into_cell(qtbot: Any, table: QtWidgets.QTableView, row: int, column: int, text: str) -> None:
    """Select a cell with the mouse, open its editor with F2, replace the text, commit with Enter."""
    index = table.model().index(row, column)
    table.scrollTo(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(index).center())
    if table.currentIndex() == index and not isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QLineEdit):
        qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(QtWidgets.QApplication.focusWidget(), QtWidgets.QLineEdit))
    editor = QtWidgets.QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: QtWidgets.QApplication.focusWidget() is table)


def lines_dialog(qtbot: Any, app: AppWindow) -> UpdateAmountDialog:
    order = find_order(app, lambda o: o.status == "AUTHORIZED" and len(o.order_lines or []) >= 2
                       and all((line.unit_price or 0) > 0 and (line.quantity or 0) >= 1 for line in o.order_lines[:2])
                       and rules.can_update_authorization(o, app.session.now()))
    show(qtbot, app, order.order_id)
    dialog = open_from_menu(qtbot, app, Action.UPDATE_AUTHORIZATION)
    assert isinstance(dialog, UpdateAmountDialog)
    focus(qtbot, dialog)
    return dialog


def test_quantities_are_whole_numbers_and_a_bad_one_is_named_and_blocks_sending(qtbot, app_window: AppWindow):
    dialog = lines_dialog(qtbot, app_window)
    model, table = dialog.lines, dialog.table
    name, fewer = model.lines[1].name, model.lines[1].quantity - 1  # lowering is allowed for every method
    type_into_cell(qtbot, table, 1, EditableLinesModel.QUANTITY, str(fewer))
    assert model.lines[1].quantity == fewer and dialog.send_button.isEnabled()
    for typed in ("2.5", "-1", "abc"):
        type_into_cell(qtbot, table, 1, EditableLinesModel.QUANTITY, typed)
        message = dialog.messages.shown()["order_lines"]
        assert message.startswith(f"Line 2 ({name}): quantity must be a whole number from 0 to 1,000,000"), message
        assert repr(typed) in message
        assert model.lines[1].quantity == fewer  # never 25, never 1: the line keeps its last good quantity
        assert model.data(model.index(1, EditableLinesModel.QUANTITY)) == typed  # shown as typed, in red
        assert not dialog.send_button.isEnabled()
        qtbot.keyClick(table, Qt.Key.Key_Return)  # Enter on an invalid dialog does nothing
        assert dialog.confirmation is None and dialog.isVisible()
    type_into_cell(qtbot, table, 1, EditableLinesModel.QUANTITY, str(fewer))
    assert model.lines[1].quantity == fewer and "order_lines" not in dialog.messages.shown()
    assert dialog.send_button.isEnabled()
    assert entries(qtbot, app_window, dialog.order.order_id) == []


def test_a_discount_cannot_exceed_its_line(qtbot, app_window: AppWindow):
    dialog = lines_dialog(qtbot, app_window)
    model, table = dialog.lines, dialog.table
    line = model.lines[0]
    gross = line.quantity * line.unit_price
    type_into_cell(qtbot, table, 0, EditableLinesModel.DISCOUNT, dialog.amount_text(gross + 100))
    message = dialog.messages.shown()["order_lines"]
    assert message.startswith(f"Line 1 ({line.name}): discount {dialog.money(gross + 100)} is more than the line's "
                              f"{dialog.money(gross)}"), message
    assert f"at most {dialog.money(gross)}" in message
    assert not dialog.send_button.isEnabled()
    # Lowering the quantity under an allowed discount is caught as well.
    type_into_cell(qtbot, table, 0, EditableLinesModel.DISCOUNT, dialog.amount_text(gross))
    assert "order_lines" not in dialog.messages.shown() and dialog.send_button.isEnabled()
    type_into_cell(qtbot, table, 0, EditableLinesModel.QUANTITY, "0")
    assert "discount" in dialog.messages.shown()["order_lines"] and not dialog.send_button.isEnabled()
    type_into_cell(qtbot, table, 0, EditableLinesModel.QUANTITY, str(line.quantity or 1))
    type_into_cell(qtbot, table, 0, EditableLinesModel.DISCOUNT, "0")
    assert dialog.send_button.isEnabled()


def test_a_currency_code_in_a_message_stays_upper_case(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: o.status == "AUTHORIZED" and o.fraud_status == "ACCEPTED"
        and rules.can_capture(o, app_window.session.now())).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CAPTURE)
    focus(qtbot, dialog)
    dialog.modes.amount.click()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.amount, "1.234")
    code = order.purchase_currency.upper()
    assert dialog.messages.shown()["captured_amount"].startswith(f"{code} has 2 decimals")


def test_enter_sends_a_valid_dialog_and_not_an_invalid_one(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(app_window, lambda o: o.status != "CANCELLED").order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_MERCHANT_REFERENCES)
    focus(qtbot, dialog)
    edit = dialog.inputs["merchant_reference2"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # nothing changed yet: nothing to send
    assert dialog.isVisible() and entries(qtbot, app_window, order.order_id) == []
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(edit, "ERP-5150")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    wait_answer(qtbot, dialog)
    assert closed(dialog)
    assert history(app_window)[0].request["body"] == {"merchant_reference2": "ERP-5150"}
    assert app_window.sandbox.order(order.order_id).merchant_reference2 == "ERP-5150"


def test_enter_on_a_money_dialog_asks_first(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: o.status == "AUTHORIZED" and o.fraud_status == "ACCEPTED"
        and rules.can_capture(o, app_window.session.now())).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CAPTURE)
    focus(qtbot, dialog)
    qtbot.mouseClick(dialog.description, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.description, "Parcel 1")
    qtbot.keyClick(dialog.description, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    assert entries(qtbot, app_window, order.order_id) == []
    qtbot.keyClick(dialog.confirmation, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert dialog.isVisible() and entries(qtbot, app_window, order.order_id) == []


def pay_later_captured(app: AppWindow):
    return find_order(app, lambda o: rules.is_pay_later(o) and len(o.captures or []) == 1
                      and all((c.refunded_amount or 0) < c.captured_amount for c in o.captures))


def test_extending_a_due_date_confirms_the_fee_and_the_days_before_sending(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, pay_later_captured(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.EXTEND_DUE_DATE)
    focus(qtbot, dialog)
    button = dialog.group.button(14)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, button.height() // 2))
    assert button.isChecked() and dialog.send_button.isEnabled()
    option = next(o for o in dialog.options.options if o.number_of_days == 14)
    fee = format_amount(option.amount, dialog.options.currency or order.purchase_currency, dialog.user_locale)
    before = len(app_window.sandbox.record(order.order_id).events)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    question = dialog.confirmation.text() + dialog.confirmation.informativeText()
    assert "by 14 days" in question and f"fee of {fee}" in question and f"charges you {fee}" in question
    assert "14 days after the current one" in question
    assert dialog.confirmation.yes_button.text() == f"Extend by 14 days, pay {fee}"
    assert entries(qtbot, app_window, order.order_id) == []  # nothing sent before yes
    assert len(app_window.sandbox.record(order.order_id).events) == before
    qtbot.mouseClick(dialog.confirmation.yes_button, Qt.MouseButton.LeftButton)
    wait_answer(qtbot, dialog)
    assert closed(dialog)
    events = app_window.sandbox.record(order.order_id).events
    assert events[-1].type == "extend_due_date" and events[-1].details["number_of_days"] == 14


def test_clearing_reference_1_asks_first_and_going_back_sends_nothing(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(app_window, lambda o: bool(o.merchant_reference1)
                                               and o.status != "CANCELLED").order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_MERCHANT_REFERENCES)
    focus(qtbot, dialog)
    edit = dialog.inputs["merchant_reference1"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClick(edit, Qt.Key.Key_A, CTRL)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    assert order.merchant_reference1 in dialog.confirmation.text()
    assert "order number the customer sees" in dialog.confirmation.informativeText()
    assert entries(qtbot, app_window, order.order_id) == []
    qtbot.mouseClick(dialog.confirmation.no_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert entries(qtbot, app_window, order.order_id) == []
    assert app_window.sandbox.order(order.order_id).merchant_reference1 == order.merchant_reference1
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    qtbot.mouseClick(dialog.confirmation.yes_button, Qt.MouseButton.LeftButton)
    wait_answer(qtbot, dialog)
    assert closed(dialog)
    assert app_window.sandbox.order(order.order_id).merchant_reference1 is None


def test_changing_reference_2_alone_is_not_questioned(qtbot, app_window: AppWindow):
    show(qtbot, app_window, find_order(app_window, lambda o: bool(o.merchant_reference1)
                                       and o.status != "CANCELLED").order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_MERCHANT_REFERENCES)
    focus(qtbot, dialog)
    edit = dialog.inputs["merchant_reference2"]
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(edit, "-B")
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert dialog.confirmation is None
    wait_answer(qtbot, dialog)
    assert closed(dialog)


def test_extend_authorization_that_changes_nothing_cannot_be_sent_unless_the_box_says_why(qtbot, app_window):
    now = app_window.session.now()
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: rules.can_extend_authorization(o, now) and o.expires_at is not None
        and rules.new_expiry(o, now).date() > o.expires_at.date()).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
    focus(qtbot, dialog)
    assert dialog.send_button.isEnabled() and not dialog.anyway.isVisible()
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Return)
    wait_answer(qtbot, dialog)
    assert closed(dialog)
    extended = app_window.sandbox.order(order.order_id).expires_at
    assert extended.date() > order.expires_at.date()

    # The same day again: Klarna gives the same date (DOMAIN.md §4.4), so there is nothing to send.
    again = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
    focus(qtbot, again)
    assert not again.send_button.isEnabled()
    assert "would change nothing" in again.messages.shown()[""]
    assert again.anyway.isVisible() and "28 days" in again.anyway.text()
    qtbot.keyClick(again.anyway, Qt.Key.Key_Return)
    assert again.isVisible() and len([e for e in entries(qtbot, app_window, order.order_id)]) == 1
    qtbot.mouseClick(again.anyway, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, again.anyway.height() // 2))
    assert again.anyway.isChecked() and again.send_button.isEnabled()
    again.reject()


@pytest.mark.expect_log("klarna_console.services.actions", r": failed \([A-Z_]+: ")
def test_klarnas_minor_units_are_shown_as_money_in_the_dialog_and_in_history(qtbot, app_window: AppWindow):
    dialog = lines_dialog(qtbot, app_window)
    order = dialog.order
    last = len(dialog.lines.lines) - 1
    dialog.table.setCurrentIndex(dialog.lines.index(last, 0))
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    new = dialog.lines.total()
    captured = new + 100  # a colleague captures a little more than the new amount as the request leaves
    raced: list[Any] = []

    async def colleague_captures(request) -> None:
        if request.method == "PATCH" and request.url.path.endswith("/authorization") and not raced:
            raced.append(request)
            async with app_window.sandbox.client() as other:
                await other.capture_order(order.order_id, {"captured_amount": captured})

    app_window.session.client._http.event_hooks["request"].append(colleague_captures)
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    qtbot.mouseClick(dialog.confirmation.yes_button, Qt.MouseButton.LeftButton)
    wait_answer(qtbot, dialog)

    assert raced and dialog.isVisible() and dialog.error_panel.isVisible()
    shown = dialog.error_panel.message.text()
    assert f"amount {new} ({dialog.money(new)})" in shown, shown
    assert f"captured amount {captured} ({dialog.money(captured)})" in shown, shown
    # The rules, with the order read again, say the same next to the amount, in the window's own words:
    # money as money, never minor units.
    rule = dialog.messages.shown()["order_amount"]
    assert f"captured amount {dialog.money(captured)}" in rule and str(captured) not in rule, rule
    dialog.reject()
    view = app_window.window.order_view
    qtbot.waitUntil(lambda: any(e.action == "update_authorization" for e in view.history.records))
    model = view.history
    row = next(i for i, e in enumerate(model.records) if e.action == "update_authorization")
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Message")
    tooltip = model.data(model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert f"{captured} ({dialog.money(captured)})" in tooltip


def test_the_message_bar_shows_klarnas_amounts_as_money(qtbot, app_window: AppWindow):
    error = KlarnaError("Resulting authorization amount 158800 cannot be less than the captured amount 168800",
                        status=403, error_code="NOT_ALLOWED", correlation_id="c-1")
    bar = app_window.window.message_bar
    bar.show_error(error, "Update refused", currency="SEK", locale="en")
    # CLDR en: kronor by their code, set apart from the digits.
    assert "158800 (SEK\u00a01,588.00)" in bar.text and "168800 (SEK\u00a01,688.00)" in bar.text
    assert with_amounts("tax_rate 2500 for quantity 3", "SEK") == "tax_rate 2500 for quantity 3"


def test_the_refund_amounts_sit_with_their_captions_at_any_size(qtbot, app_window: AppWindow):
    from klarna_console.ui.dialogs.refund import RefundDialog

    show(qtbot, app_window, find_order(app_window, lambda o: rules.refundable(o) > 0
                                       and any(c.order_lines for c in o.captures or [])).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    assert isinstance(dialog, RefundDialog)
    for mode in (dialog.modes.full, dialog.modes.amount, dialog.modes.lines):
        qtbot.mouseClick(mode, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, mode.height() // 2))
        for width, height in ((640, 480), (760, 620), (1000, 860), (1300, 1000)):
            dialog.resize(width, height)
            qtbot.waitUntil(lambda w=width: dialog.width() >= min(w, dialog.screen().availableGeometry().width()) - 1)
            QtWidgets.QApplication.processEvents()
            for value in dialog.amounts.values():
                caption = value.accessibleName()  # the caption the strip shows over the value
                title = next(label for label in dialog.findChildren(QtWidgets.QLabel)
                             if label.text() == caption and label is not value)
                gap = value.mapTo(dialog, QtCore.QPoint(0, 0)).y() - title.mapTo(dialog, QtCore.QPoint(0, 0)).y() \
                    - title.height()
                # Labels centre their text: a label stretched taller than its text floats the text away.
                stretched = max(title.height() - title.sizeHint().height(), value.height() - value.sizeHint().height())
                assert 0 <= gap <= 6 and stretched <= 2, (caption, width, height, gap, stretched)
    dialog.reject()


def whole(dialog: QtWidgets.QWidget, panel: QtWidgets.QWidget) -> bool:
    """The panel is shown at its full height for its width, inside the dialog and above the buttons."""
    layout = panel.layout()
    need = layout.totalMinimumHeightForWidth(panel.width()) if layout is not None else panel.heightForWidth(
        panel.width())
    top = panel.mapTo(dialog, QtCore.QPoint(0, 0)).y()
    return panel.height() >= need and top >= 0 and top + panel.height() <= dialog.buttons.geometry().top()


@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
def test_klarna_did_not_answer_and_the_open_write_panel_are_whole_in_a_small_dialog(qtbot, app_window: AppWindow):
    from klarna_console.api import RetryPolicy

    now = app_window.session.now()
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: rules.can_extend_authorization(o, now) and o.expires_at is not None
        and rules.new_expiry(o, now).date() > o.expires_at.date()).order_id)
    app_window.sandbox.faults.configure(lost_response_rate=1.0, lost_mode="drop")
    app_window.session.client.retry = RetryPolicy(max_retries=0)
    dialog = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
    focus(qtbot, dialog)
    dialog.resize(dialog.minimumSizeHint().width(), 120)  # as small as a person can drag it
    small = dialog.height()
    qtbot.keyClick(dialog.send_button, Qt.Key.Key_Return)
    wait_answer(qtbot, dialog)
    assert dialog.state == "unknown" and dialog.notice.isVisible()
    qtbot.waitUntil(lambda: whole(dialog, dialog.notice))
    assert dialog.height() > small and "Klarna did not answer" in dialog.notice.text()
    app_window.sandbox.faults.configure(lost_response_rate=0.0)
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))

    again = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
    again.resize(again.minimumSizeHint().width(), 120)
    qtbot.waitUntil(lambda: again.open_write.isVisible())
    qtbot.waitUntil(lambda: whole(again, again.open_write))
    qtbot.mouseClick(again.open_write.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.state == "editing" or again.open_write.note_row.isVisible())
    qtbot.waitUntil(lambda: whole(again, again.notice if again.notice.isVisible() else again.open_write))
    assert entries(qtbot, app_window, order.order_id)


def test_picking_units_refuses_a_fraction_or_more_than_is_left_and_says_so(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: o.status == "AUTHORIZED" and o.fraud_status == "ACCEPTED"
        and len(o.order_lines or []) >= 2 and rules.can_capture(o, app_window.session.now())).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CAPTURE)
    focus(qtbot, dialog)
    qtbot.mouseClick(dialog.modes.lines, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, 8))
    spin = dialog.lines_view.spin_box(0)
    left, name = dialog.lines.rows[0].left, order.order_lines[0].name
    spin.setFocus()
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "1")
    assert spin.value() == 1 and dialog.lines.rows[0].quantity == 1
    qtbot.keyClicks(spin, ".")
    message = dialog.messages.shown()["order_lines"]
    assert message.startswith(f"Line 1 ({name}): quantity must be a whole number from 0 to {left}"), message
    assert spin.value() == 1
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, f"{left}9")  # all that is left, then one digit too many
    assert f"at most {left} can be picked" in dialog.messages.shown()["order_lines"]
    assert spin.value() == left and dialog.lines.rows[0].quantity == left


def test_a_fraction_typed_into_a_large_pick_does_not_become_a_bigger_whole_number(qtbot, app_window: AppWindow):
    sandbox, session = app_window.sandbox, app_window.session
    order = sandbox.create_order({
        "purchase_country": "GB", "purchase_currency": "GBP", "locale": "en-GB", "order_amount": 30 * 250,
        "order_lines": [{"name": "Tea lights", "reference": "TL-30", "quantity": 30, "unit_price": 250,
                         "total_amount": 30 * 250}],
        "billing_address": {"given_name": "Ada", "family_name": "Quantity", "country": "GB"}})
    from fixtures.qt import run
    run(qtbot, session.sync_sandbox())
    show(qtbot, app_window, order.order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CAPTURE)
    focus(qtbot, dialog)
    qtbot.mouseClick(dialog.modes.lines, Qt.MouseButton.LeftButton, pos=QtCore.QPoint(6, 8))
    spin = dialog.lines_view.spin_box(0)
    spin.setFocus()
    for typed, kept in (("2.5", 2), ("-1", 2), ("1,5", 1)):  # "-" is refused, so the 2 stays
        qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
        qtbot.keyClicks(spin, typed)
        assert spin.value() == kept and dialog.lines.rows[0].quantity == kept, typed  # never 25, 1 or 15
        message = dialog.messages.shown()["order_lines"]
        assert message.startswith("Line 1 (Tea lights): quantity must be a whole number from 0 to 30"), message
        assert repr(typed) in message
    qtbot.keyClick(spin, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(spin, "25")
    assert dialog.lines.rows[0].quantity == 25 and "order_lines" not in dialog.messages.shown()
