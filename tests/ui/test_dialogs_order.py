"""The order-level dialogs: cancel, release, extend authorization, acknowledge, new amount and lines,
shipping address, merchant references, shipping info; and a read-only profile."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator

import msgspec
import pytest
from klarna_console.domain import rules
from klarna_console.domain.lines import line_tax
from klarna_console.domain.rules import Action
from klarna_console.ui.dialogs import DIALOGS
from klarna_console.ui.dialogs.amount import UpdateAmountDialog
from klarna_console.ui.dialogs.lines_edit import EditableLinesModel
from klarna_console.ui.models import when
from klarna_console.ui.qt import QtWidgets

from .conftest import AppWindow
from .dialog_helpers import click_send, closed, find_order, history, open_from_menu, set_text, show


def authorized(app: AppWindow, **extra):
    def fits(order) -> bool:
        if order.status != "AUTHORIZED" or order.fraud_status != "ACCEPTED" or order.captures:
            return False
        if not rules.can_capture(order, app.session.now()):
            return False
        return all(f(order) for f in extra.values())
    return find_order(app, fits)


def test_cancel_confirms_the_released_amount_and_cancels(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CANCEL)
    assert dialog.close_button.text() == "&Keep the order"
    click_send(qtbot, dialog, confirm=False)
    box = dialog.confirmation
    assert dialog.money(order.remaining_authorized_amount) in box.text()
    assert order.klarna_reference in box.text()
    box.confirm()
    qtbot.waitUntil(lambda: closed(dialog))
    assert app_window.sandbox.order(order.order_id).status == "CANCELLED"
    assert (history(app_window)[0].action, history(app_window)[0].state) == ("cancel", "succeeded")
    assert not app_window.window.order_actions[Action.CAPTURE].isEnabled()


def test_going_back_from_the_confirmation_sends_nothing(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.CANCEL)
    click_send(qtbot, dialog, confirm=False)
    dialog.confirmation.no_button.click()
    qtbot.waitUntil(lambda: dialog.confirmation is None)
    assert dialog.isVisible() and dialog.state == "editing"
    assert app_window.sandbox.order(order.order_id).status == "AUTHORIZED"
    assert history(app_window) == []


def test_release_remaining_closes_a_part_captured_order(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: bool(rules.can_release_remaining(o, app_window.session.now()))).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.RELEASE_REMAINING)
    assert dialog.values["remaining"].text() == dialog.money(order.remaining_authorized_amount)
    click_send(qtbot, dialog, confirm=False)
    assert f"Release {dialog.money(order.remaining_authorized_amount)}" == dialog.confirmation.yes_button.text()
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: closed(dialog))
    after = app_window.sandbox.order(order.order_id)
    assert after.status == "CLOSED" and after.remaining_authorized_amount == 0


def test_extend_authorization_shows_the_new_expiry_it_then_gets(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    left = order.expires_at - app_window.session.now()
    app_window.sandbox.clock.advance(left - dt.timedelta(days=5))  # five days before it expires
    now = app_window.session.now()
    dialog = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
    assert when(order.expires_at) in dialog.values["now"].text()
    promised = rules.new_expiry(order, now)
    assert when(promised) in dialog.values["after"].text()
    click_send(qtbot, dialog)
    assert closed(dialog)
    after = app_window.sandbox.order(order.order_id)
    # The sandbox's clock runs with the wall clock: Klarna counts from the moment it extends, which is the
    # seconds between showing the promise and sending later (a minute boundary can fall in between).
    assert promised <= after.expires_at <= rules.new_expiry(order, app_window.session.now())
    assert after.expires_at > order.expires_at


@contextlib.contextmanager
def in_language(language: str) -> Iterator[None]:
    """Dialogs opened inside speak `language` (its catalogues and locale), as after a start in it."""
    from klarna_console.ui.i18n import Translators
    from klarna_console.ui.qt import QtCore, QtWidgets

    before = QtCore.QLocale()
    translators = Translators(QtWidgets.QApplication.instance())
    translators.install(language)
    try:
        yield
    finally:
        translators.remove()
        QtCore.QLocale.setDefault(before)


def test_extend_authorization_says_how_far_off_each_date_is_in_the_windows_language(qtbot, app_window: AppWindow):
    """The dates' "(in 5 days)" is in the window's language, as in the order's header (it was always English)."""
    order = show(qtbot, app_window, authorized(app_window).order_id)
    left = order.expires_at - app_window.session.now()
    app_window.sandbox.clock.advance(left - dt.timedelta(days=5))
    with in_language("de"):
        dialog = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
        assert dialog.values["now"].text().endswith("(in 5 Tagen)")
        assert dialog.values["after"].text().endswith(f"(in {rules.AUTHORIZATION_PERIOD.days} Tagen)")
        dialog.reject()


def test_a_long_heading_goes_onto_a_second_line_beside_its_badges_never_under_them(qtbot, app_window: AppWindow):
    """German's "Bestellung", a long name and the amount were cut at the dialog's edge, under its badges."""
    show(qtbot, app_window, authorized(app_window).order_id)
    with in_language("de"):
        dialog = open_from_menu(qtbot, app_window, Action.EXTEND_AUTHORIZATION)
        qtbot.waitExposed(dialog)
        heading, badge = dialog.heading, dialog.status_badge
        heading.setText(heading.text().replace(" · ", " · Maximiliane Sophie von Hohenzollern-Sigmaringen · ", 1))
        QtWidgets.QApplication.processEvents()
        assert heading.geometry().right() < badge.geometry().left()
        whole = heading.sizeHint().width() <= heading.width() if not heading.wordWrap() else (
            heading.heightForWidth(heading.width()) <= heading.height())
        assert whole, "the heading shows all of its text"
        dialog.reject()


def test_acknowledge(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    assert not app_window.sandbox.record(order.order_id).acknowledged
    click_send(qtbot, open_from_menu(qtbot, app_window, Action.ACKNOWLEDGE))
    assert app_window.sandbox.record(order.order_id).acknowledged
    assert history(app_window)[0].action == "acknowledge"


def test_merchant_references_send_only_what_changed(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, find_order(
        app_window, lambda o: bool(o.merchant_reference1 and o.merchant_reference2)).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_MERCHANT_REFERENCES)
    assert not dialog.send_button.isEnabled()
    assert "Change a reference" in dialog.messages.shown()[""]
    set_text(dialog.inputs["merchant_reference2"], "ERP-884213")
    dialog.inputs["merchant_reference1"].clear()
    click_send(qtbot, dialog)
    assert closed(dialog)
    assert history(app_window)[0].request["body"] == {"merchant_reference1": "", "merchant_reference2": "ERP-884213"}
    after = app_window.sandbox.order(order.order_id)
    assert after.merchant_reference1 is None and after.merchant_reference2 == "ERP-884213"
    assert "ERP-884213" in app_window.window.order_view.header.references.text()


def test_shipping_address_changes_and_the_billing_address_is_read_only(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_CUSTOMER_DETAILS)
    assert order.billing_address.street_address in dialog.billing.text()
    assert "cannot be updated due to risk assessment" in dialog.billing_reason.text()
    assert dialog.inputs["country"].isReadOnly()
    dialog.inputs["given_name"].clear()
    assert "not let this field be cleared" in dialog.messages.shown()["shipping_address.given_name"]
    assert not dialog.send_button.isEnabled()
    set_text(dialog.inputs["given_name"], order.shipping_address.given_name)
    set_text(dialog.inputs["email"], "not-an-address")
    assert "e-mail address" in dialog.messages.shown()["shipping_address.email"]
    set_text(dialog.inputs["email"], order.shipping_address.email or "")
    set_text(dialog.inputs["street_address"], "Storgatan 12")
    set_text(dialog.inputs["street_address2"], "x" * 101)
    assert "at most 100 characters" in dialog.messages.shown()["shipping_address.street_address2"]
    set_text(dialog.inputs["street_address2"], "c/o Reception")
    click_send(qtbot, dialog)
    assert closed(dialog)
    assert history(app_window)[0].request["body"] == {
        "shipping_address": {"street_address": "Storgatan 12", "street_address2": "c/o Reception"}}
    after = app_window.sandbox.order(order.order_id)
    assert after.shipping_address.street_address == "Storgatan 12"
    assert after.billing_address == order.billing_address
    app_window.window.order_view.select_tab("customer")
    assert "Storgatan 12" in app_window.window.order_view.customer.shipping.text()


def test_order_shipping_info_checks_each_shipment(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.ADD_ORDER_SHIPPING_INFO)
    first = dialog.shipments.rows[0]
    assert not dialog.send_button.isEnabled()
    set_text(first.inputs["shipping_company"], "x" * 101)
    assert "at most 100 characters" in first.messages["shipping_company"].text()
    set_text(first.inputs["shipping_company"], "Bring")
    set_text(first.inputs["tracking_number"], "TRK-1")
    dialog.shipments.add_button.click()
    second = dialog.shipments.rows[1]
    assert "Fill in the carrier" in second.general.text() and not dialog.send_button.isEnabled()
    set_text(second.inputs["shipping_company"], "Bring")
    set_text(second.inputs["return_tracking_uri"], "ftp://x")
    assert "https://" in second.messages["return_tracking_uri"].text()
    second.remove.click()
    assert len(dialog.shipments.rows) == 1 and dialog.send_button.isEnabled()
    click_send(qtbot, dialog)
    assert closed(dialog)
    assert history(app_window)[0].request["body"] == {
        "shipping_info": [{"shipping_company": "Bring", "tracking_number": "TRK-1"}]}
    assert app_window.sandbox.order(order.order_id).shipping_info[-1].tracking_number == "TRK-1"


@pytest.mark.parametrize("language", ["fi", "de"])
def test_every_shipment_field_is_wide_enough_to_read_in_long_word_languages(qtbot, app_window: AppWindow, language):
    """Side by side in two columns, Finnish and German captions left a tracking number about 30 px."""
    show(qtbot, app_window, authorized(app_window).order_id)
    with in_language(language):
        dialog = open_from_menu(qtbot, app_window, Action.ADD_ORDER_SHIPPING_INFO)
        qtbot.waitExposed(dialog)
        row = dialog.shipments.rows[0]
        set_text(row.inputs["tracking_number"], "00340434161094042557")
        narrow = {name: widget.width() for name, widget in row.inputs.items() if widget.width() < 300}
        assert not narrow, narrow
        edit = row.inputs["tracking_number"]
        assert edit.width() > edit.fontMetrics().horizontalAdvance(edit.text()) + 8, "the whole number shows"
        dialog.reject()


def test_new_amount_and_lines_recomputes_totals_and_explains_refused_increases(qtbot, app_window: AppWindow):
    no_raise = authorized(app_window, method=lambda o: not rules.can_increase_amount(o),
                          lines=lambda o: len(o.order_lines or []) >= 2)
    order = show(qtbot, app_window, no_raise.order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_AUTHORIZATION)
    assert isinstance(dialog, UpdateAmountDialog)
    model = dialog.lines
    assert not dialog.send_button.isEnabled()
    quantity, unit_price, discount, rate = (order.order_lines[0].quantity, order.order_lines[0].unit_price,
                                            order.order_lines[0].total_discount_amount or 0,
                                            order.order_lines[0].tax_rate)
    model.setData(model.index(0, EditableLinesModel.QUANTITY), quantity + 1)
    total = (quantity + 1) * unit_price - discount
    assert model.data(model.index(0, EditableLinesModel.TOTAL)) == dialog.money(total)
    if rate is not None:
        assert model.data(model.index(0, EditableLinesModel.TAX)) == dialog.money(line_tax(total, rate))
    assert dialog.amounts["new"].text() == dialog.money(order.order_amount + unit_price)
    assert "cannot be increased" in dialog.messages.shown()["order_amount"]
    assert "place a new order" in dialog.increase_hint.text()
    assert not dialog.send_button.isEnabled()
    assert not model.setData(model.index(0, EditableLinesModel.UNIT_PRICE), "12,34,5")
    assert "Line 1 (" in dialog.messages.shown()["order_lines"] and "unit price" in dialog.messages.shown()["order_lines"]
    model.setData(model.index(0, EditableLinesModel.UNIT_PRICE), dialog.amount_text(unit_price))

    model.setData(model.index(0, EditableLinesModel.QUANTITY), quantity)
    dropped = model.lines[-1]
    dialog.table.setCurrentIndex(model.index(model.rowCount() - 1, 0))
    dialog.remove_button.click()
    new = model.total()
    assert dialog.amounts["new"].text() == dialog.money(new)
    click_send(qtbot, dialog, confirm=False)
    assert dialog.money(new) in dialog.confirmation.text() and "Lower" in dialog.confirmation.text()
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: closed(dialog))
    body = history(app_window)[0].request["body"]
    assert body["order_amount"] == new == sum(line["total_amount"] for line in body["order_lines"])
    assert dropped.name not in [line["name"] for line in body["order_lines"]]
    after = app_window.sandbox.order(order.order_id)
    assert after.order_amount == new and len(after.order_lines) == len(order.order_lines) - 1


def test_a_read_only_profile_opens_no_dialog_and_a_dialog_cannot_send(qtbot, app_window: AppWindow, monkeypatch):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    session = app_window.session
    monkeypatch.setattr(session, "profile", msgspec.structs.replace(session.profile, read_only=True))
    monkeypatch.setattr(session.actions, "read_only", True)
    assert app_window.controller.dialogs.open_action(Action.CAPTURE, order) is None
    assert "read-only" in app_window.window.message_bar.text
    for action, kind in DIALOGS.items():
        dialog = kind(app_window.controller.dialog_context, order, (order.captures or [None])[0])
        assert not dialog.send_button.isEnabled(), action
        assert "read-only" in dialog.messages.shown().get("", ""), action
        dialog.deleteLater()


def test_clicking_send_twice_sends_once(qtbot, app_window: AppWindow):
    order = show(qtbot, app_window, authorized(app_window).order_id)
    dialog = open_from_menu(qtbot, app_window, Action.UPDATE_MERCHANT_REFERENCES)
    set_text(dialog.inputs["merchant_reference2"], "ERP-1")
    dialog.send_button.click()
    assert dialog.state == "sending" and not dialog.send_button.isEnabled() and not dialog.body.isEnabled()
    assert dialog.progress_box.isVisible() and not dialog.close_button.isEnabled()
    dialog.send_button.click()
    dialog.reject()  # Escape while sending: the answer must still be shown and recorded
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: closed(dialog))
    assert [e.action for e in history(app_window)] == ["update_merchant_references"]
    assert app_window.sandbox.order(order.order_id).merchant_reference2 == "ERP-1"
