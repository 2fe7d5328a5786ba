"""The dialogs acting on one capture: extend due date, resend communication, shipping info; the capture chooser."""

from __future__ import annotations

from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.ui.dialogs.due_date import DueDateDialog
from klarna_console.ui.dialogs.send_out import SendOutDialog

from .conftest import AppWindow
from .dialog_helpers import click_send, closed, find_order, history, open_from_menu, set_text, show


def pay_later_with_captures(app: AppWindow, count: int):
    return find_order(app, lambda o: rules.is_pay_later(o) and len(o.captures or []) == count
                      and all((c.refunded_amount or 0) < c.captured_amount for c in o.captures))


def test_extend_due_date_lists_klarnas_options_with_fees_and_sends_the_chosen(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, pay_later_with_captures(app_window, 1).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.EXTEND_DUE_DATE)
    assert isinstance(dialog, DueDateDialog)
    offered = {button.text(): days for days, button in ((dialog.group.id(b), b) for b in dialog.group.buttons())}
    assert sorted(offered.values()) == [7, 14, 30]
    assert all(text.startswith(f"{days} days — fee ") for text, days in offered.items())
    assert not dialog.send_button.isEnabled()
    assert dialog.messages.shown()["number_of_days"] == "Choose by how many days."
    dialog.group.button(14).click()
    click_send(qtbot, dialog)
    assert closed(dialog)

    entry = history(app_window)[0]
    assert (entry.action, entry.state, entry.request["body"]) == ("extend_due_date", "succeeded", {"number_of_days": 14})
    assert entry.request["capture_id"] == order.captures[0].capture_id
    events = app_window.sandbox.record(order.order_id).events
    assert events[-1].type == "extend_due_date" and events[-1].details["number_of_days"] == 14


def test_extend_due_date_is_disabled_for_a_card_purchase(qtbot, app_window: AppWindow):
    show(qtbot, app_window, find_order(app_window, lambda o: rules.payment_method(o) == "CARD"
                                       and len(o.captures or []) == 1).order_id)
    qaction = app_window.window.order_actions[Action.EXTEND_DUE_DATE]
    assert not qaction.isEnabled() and "not possible for this payment method" in qaction.toolTip()


def test_with_several_captures_the_dialog_offers_each_and_sends_for_the_chosen(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, pay_later_with_captures(app_window, 2).order_id)
    assert app_window.window.order_view.selected_capture() is None
    dialog = open_from_menu(qtbot, app_window, Action.ADD_CAPTURE_SHIPPING_INFO)
    chooser = dialog.capture_chooser
    assert [chooser.itemData(i) for i in range(chooser.count())] == [c.capture_id for c in sorted(
        order.captures, key=lambda c: c.captured_at)]
    first = chooser.itemData(0)
    chooser.setCurrentIndex(0)
    row = dialog.shipments.rows[0]
    assert not dialog.send_button.isEnabled()
    set_text(row.inputs["shipping_company"], "DHL")
    row.inputs["shipping_method"].setCurrentIndex(row.inputs["shipping_method"].findData("PickUpPoint"))
    set_text(row.inputs["return_tracking_number"], "RET-99")
    click_send(qtbot, dialog)
    assert closed(dialog)

    body = history(app_window)[0].request
    assert body == {"capture_id": first, "body": {"shipping_info": [
        {"shipping_company": "DHL", "shipping_method": "PickUpPoint", "return_tracking_number": "RET-99"}]}}
    capture = next(c for c in app_window.sandbox.order(order.order_id).captures if c.capture_id == first)
    assert capture.shipping_info[-1].return_tracking_number == "RET-99"
    shipping_rows = app_window.window.order_view.shipping.records
    assert any(r.info.return_tracking_number == "RET-99" for r in shipping_rows)


def test_resend_says_which_capture_and_address_and_triggers_the_send_out(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, pay_later_with_captures(app_window, 1).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.TRIGGER_SEND_OUT)
    assert isinstance(dialog, SendOutDialog)
    capture = order.captures[0]
    text = dialog.explanation.text()
    assert capture.klarna_reference in text
    assert (capture.billing_address or order.billing_address).email in text
    click_send(qtbot, dialog)
    assert closed(dialog)
    events = app_window.sandbox.record(order.order_id).events
    assert events[-1].type == "trigger_send_out" and events[-1].capture_id == capture.capture_id
    assert history(app_window)[0].action == "trigger_send_out"
