"""The refund dialog: amounts shown, by lines of a capture with its references, a return fee, limits."""

from __future__ import annotations

from klarna_console.domain import rules
from klarna_console.domain.lines import refundable_quantities
from klarna_console.domain.rules import Action
from klarna_console.ui import reason_text
from klarna_console.ui.dialogs.refund import RefundDialog

from .conftest import AppWindow
from .dialog_helpers import click_send, closed, find_order, history, open_from_menu, set_text, show


def refundable_with_lines(app: AppWindow, fee: bool = False):
    def fits(order) -> bool:
        captures = order.captures or []
        return (len(captures) == 1 and rules.refundable(order) > 0 and (order.refunded_amount or 0) == 0
                and any(line.type == "physical" and line.quantity and line.total_amount > 300
                        for line in captures[0].order_lines or [])
                and (not fee or bool(rules.can_charge_return_fee(order))))
    return find_order(app, fits)


def test_the_dialog_shows_captured_refunded_and_refundable(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: (o.refunded_amount or 0) > 0 and rules.refundable(o) > 0).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    assert isinstance(dialog, RefundDialog)
    assert dialog.amounts["captured"].text() == dialog.money(order.captured_amount)
    assert dialog.amounts["refunded"].text() == dialog.money(order.refunded_amount)
    assert dialog.amounts["refundable"].text() == dialog.money(order.captured_amount - order.refunded_amount)
    assert dialog.amount.text() == dialog.amount_text(rules.refundable(order))


def test_refund_by_lines_reuses_the_captures_references_and_keeps_a_return_fee(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, refundable_with_lines(app_window, fee=True).order_id)
    capture = order.captures[0]
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    assert dialog.fee_enabled.isEnabled() and dialog.fee_unavailable.isHidden()
    dialog.modes.lines.click()
    assert dialog.lines_capture.capture_id() == capture.capture_id
    row = next(i for i, line in enumerate(capture.order_lines)
               if line.type == "physical" and line.total_amount > 300)
    line = capture.order_lines[row]
    assert dialog.lines.rows[row].left == refundable_quantities(order, capture)[row]
    dialog.lines_view.spin_box(row).setValue(line.quantity)
    dialog.fee_enabled.click()
    assert not dialog.send_button.isEnabled()  # ticked, no fee typed yet
    set_text(dialog.fee, dialog.amount_text(line.total_amount))
    assert "less than" in dialog.messages.shown()["return_fee"]
    set_text(dialog.fee, dialog.amount_text(200))
    assert dialog.money(line.total_amount - 200) in dialog.gets_back.text()
    set_text(dialog.reference, "RMA-4711")
    dialog.send_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is not None)
    assert dialog.money(line.total_amount - 200) in dialog.confirmation.text()
    assert "return fee" in dialog.confirmation.informativeText()
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: closed(dialog))

    body = history(app_window)[0].request["body"]
    assert body["refunded_amount"] == line.total_amount - 200
    assert body["reference"] == "RMA-4711"
    sent, fee = body["order_lines"]
    assert (sent["reference"], sent["quantity"], sent["total_amount"]) == \
        (line.reference, line.quantity, line.total_amount)
    # Klarna's shape: the fee is a negative line and the lines add up to what the customer gets back.
    assert (fee["type"], fee["total_amount"]) == ("return_fee", -200)
    assert sent["total_amount"] + fee["total_amount"] == body["refunded_amount"]
    after = app_window.sandbox.order(order.order_id)
    assert after.refunded_amount == line.total_amount - 200
    assert after.captures[0].refunded_amount == line.total_amount - 200  # credited to that capture's invoice
    assert app_window.window.order_view.header.amounts["refunded"].text() == dialog.money(after.refunded_amount)


def test_a_refund_above_what_is_refundable_is_refused_as_typed(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, refundable_with_lines(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    dialog.modes.amount.click()
    set_text(dialog.amount, dialog.amount_text(rules.refundable(order) + 1))
    assert "higher than the captured amount not yet refunded" in dialog.messages.shown()["refunded_amount"]
    assert not dialog.send_button.isEnabled()
    set_text(dialog.amount, dialog.amount_text(100))
    click_send(qtbot, dialog)
    assert closed(dialog)
    assert app_window.sandbox.order(order.order_id).refunded_amount == 100


def test_refund_is_disabled_with_the_reason_before_any_capture(qtbot, app_window: AppWindow):
    show(qtbot, app_window, find_order(app_window, lambda o: o.status == "AUTHORIZED" and not o.captures).order_id)
    qaction = app_window.window.order_actions[Action.REFUND]
    assert not qaction.isEnabled() and "no captures" in qaction.toolTip()


def test_no_return_fee_where_klarna_has_none_and_the_dialog_says_why(qtbot, app_window: AppWindow):
    """Return fees: AT, DE, DK, FI, FR, NL, NO, SE, on orders captured in one capture (DOMAIN.md §4.4)."""
    abroad = find_order(app_window, lambda o: o.purchase_country in ("US", "GB") and rules.refundable(o) > 0)
    show(qtbot, app_window, abroad.order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    assert not dialog.fee_enabled.isEnabled() and not dialog.fee_enabled.isChecked()
    assert dialog.fee_unavailable.isVisible()
    assert f"not available for orders from {abroad.purchase_country}" in dialog.fee_unavailable.text()
    assert dialog.fee_enabled.toolTip() == reason_text.text(rules.can_charge_return_fee(abroad).reason)
    assert "not available for orders from" in dialog.fee_enabled.toolTip()
    dialog.reject()
    split = find_order(app_window, lambda o: len(o.captures or []) > 1 and rules.refundable(o) > 0
                       and o.purchase_country == "SE")
    show(qtbot, app_window, split.order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    assert not dialog.fee_enabled.isEnabled()
    assert "single capture" in dialog.fee_unavailable.text()


def test_a_fee_on_everything_sends_the_captures_lines_and_on_an_amount_asks_for_lines(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, refundable_with_lines(app_window, fee=True).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.REFUND)
    dialog.modes.amount.click()
    set_text(dialog.amount, dialog.amount_text(1000))
    dialog.fee_enabled.click()
    set_text(dialog.fee, dialog.amount_text(100))
    assert "goes with the returned lines" in dialog.messages.shown()["return_fee"]
    assert not dialog.send_button.isEnabled()
    dialog.modes.full.click()
    assert dialog.send_button.isEnabled(), dialog.messages.shown()
    click_send(qtbot, dialog)
    body = history(app_window)[0].request["body"]
    assert body["refunded_amount"] == rules.refundable(order) - 100
    assert sum(line["total_amount"] for line in body["order_lines"]) == body["refunded_amount"]
    assert app_window.sandbox.order(order.order_id).refunded_amount == rules.refundable(order) - 100
