"""The journal's guard in the dialogs: an open write is settled before a new one; a recent one is asked about."""

from __future__ import annotations

import datetime as dt

import pytest
from klarna_console.api import RetryPolicy
from klarna_console.domain import rules
from klarna_console.domain.money import format_amount
from klarna_console.domain.rules import Action
from klarna_console.ui.qt import Qt

from fixtures.qt import run

from .conftest import AppWindow
from .dialog_helpers import click_send, closed, entries, find_order, history, open_from_menu, set_text, show


def capturable(app: AppWindow):
    return find_order(app, lambda o: bool(rules.can_capture(o, app.session.now())) and o.status == "AUTHORIZED")


def lose_the_answer(qtbot, app: AppWindow, order, amount: int | None = None, **faults) -> None:
    """Capture in full from the dialog while Klarna's answer is lost; close the dialog with it unknown."""
    async def fail_from_the_write_on(request) -> None:
        if request.method == "POST":  # the order is read fine first; the capture's answer goes missing
            app.sandbox.faults.configure(**faults)

    hooks = app.session.client._http.event_hooks["request"]
    hooks.append(fail_from_the_write_on)
    app.session.client.retry = RetryPolicy(max_retries=0)
    dialog = open_from_menu(qtbot, app, Action.CAPTURE)
    if amount is not None:
        dialog.modes.amount.click()
        set_text(dialog.amount, dialog.amount_text(amount))
    click_send(qtbot, dialog)
    hooks.remove(fail_from_the_write_on)
    assert dialog.state == "unknown"
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog))
    app.sandbox.faults.configure(lost_response_rate=0.0, error_rate=0.0)


# The fault hits every route: the payout sync running beside the test retries too.
@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
@pytest.mark.expect_log("klarna_console.ui.payouts_controller", r"^payout sync failed")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
def test_an_unknown_capture_is_settled_with_klarna_and_a_second_one_needs_a_named_yes(qtbot, app_window: AppWindow):
    app = app_window
    order = show(qtbot, app, capturable(app).order_id)
    lose_the_answer(qtbot, app, order, order.remaining_authorized_amount // 2, lost_response_rate=1.0,
                    lost_mode="drop")
    assert len(app.sandbox.order(order.order_id).captures) == 1  # applied; the answer was lost

    dialog = open_from_menu(qtbot, app, Action.CAPTURE)
    qtbot.waitUntil(lambda: dialog.open_write.isVisible())
    assert dialog.state == "blocked" and not dialog.send_button.isVisible()
    assert "has no answer from Klarna yet" in dialog.open_write.text.text()
    assert dialog.open_write.resend.isVisible()

    qtbot.mouseClick(dialog.open_write.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.state == "editing")
    capture = app.sandbox.order(order.order_id).captures[0]
    assert f"Klarna has the earlier capture of {dialog.money(capture.captured_amount)}" in dialog.notice.text()
    assert capture.capture_id in dialog.notice.text()
    [entry] = [e for e in entries(qtbot, app, order.order_id) if e.action == "capture"]
    assert entry.state == "succeeded" and entry.result_id == capture.capture_id
    assert history(app)[0].state == "succeeded", "History shows it without Refresh"

    # The same amount again, moments later: the guard asks, naming the capture just made.
    dialog.modes.amount.click()
    set_text(dialog.amount, dialog.amount_text(capture.captured_amount))
    assert dialog.send_button.isEnabled(), dialog.messages.shown()
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: dialog.confirmation is not None and "again?" in dialog.confirmation.text())
    question = dialog.confirmation.text()
    assert f"A capture of {dialog.money(capture.captured_amount)} was made just now from this profile on order" in question
    assert len(app.sandbox.order(order.order_id).captures) == 1, "nothing sent before the second yes"
    dialog.confirmation.confirm()
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    assert len(app.sandbox.order(order.order_id).captures) == 2


# The fault hits every route: the payout sync running beside the test retries too.
@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
@pytest.mark.expect_log("klarna_console.ui.payouts_controller", r"^payout sync failed")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
@pytest.mark.expect_log("klarna_console.services.actions", r"marked not applied by a person")
def test_a_capture_klarna_never_got_is_closed_with_a_note_typed_and_entered(qtbot, app_window: AppWindow):
    app = app_window
    order = show(qtbot, app, capturable(app).order_id)
    lose_the_answer(qtbot, app, order, error_rate=1.0, error_status=503)
    assert app.sandbox.order(order.order_id).captures == []
    history_outcome = app.window.order_view.history.data(app.window.order_view.history.index(0, 3))
    assert history_outcome.startswith("no answer yet · next try")

    dialog = open_from_menu(qtbot, app, Action.CAPTURE)
    qtbot.waitUntil(lambda: dialog.open_write.isVisible())
    qtbot.mouseClick(dialog.open_write.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.open_write.note_row.isVisible())
    assert "shows no capture of" in dialog.open_write.found.text()
    assert not dialog.open_write.mark.isEnabled(), "no note, no closing"
    qtbot.keyClicks(dialog.open_write.note, "Checked the Merchant Portal: nothing captured")
    qtbot.keyClick(dialog.open_write.note, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.state == "editing")
    assert "closed as not applied" in dialog.notice.text()
    [entry] = [e for e in entries(qtbot, app, order.order_id) if e.action == "capture"]
    assert entry.not_applied and entry.note == "Checked the Merchant Portal: nothing captured"

    click_send(qtbot, dialog)
    qtbot.waitUntil(lambda: closed(dialog), timeout=10_000)
    assert len(app.sandbox.order(order.order_id).captures) == 1


# The fault hits every route: the payout sync running beside the test retries too.
@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
@pytest.mark.expect_log("klarna_console.ui.payouts_controller", r"^payout sync failed")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
def test_past_its_key_lifetime_an_open_capture_offers_only_the_check(qtbot, app_window: AppWindow):
    app = app_window
    order = show(qtbot, app, find_order(
        app, lambda o: bool(rules.can_capture(o, app.session.now() + dt.timedelta(days=2)))
        and o.status == "AUTHORIZED").order_id)
    lose_the_answer(qtbot, app, order, error_rate=1.0, error_status=503)
    app.sandbox.clock.advance(dt.timedelta(hours=25))
    show(qtbot, app, order.order_id)
    dialog = open_from_menu(qtbot, app, Action.CAPTURE)
    qtbot.waitUntil(lambda: dialog.open_write.isVisible())
    assert not dialog.open_write.resend.isVisible()
    assert "over 23 hours old" in dialog.open_write.text.text()


# The fault hits every route: the payout sync running beside the test retries too.
@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
@pytest.mark.expect_log("klarna_console.ui.payouts_controller", r"^payout sync failed")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
@pytest.mark.expect_log("klarna_console.services.actions", r"^resuming \w+ on \S+ with its key")
def test_the_start_up_resume_announces_what_it_finished_and_history_shows_it(qtbot, app_window: AppWindow):
    app = app_window
    order = show(qtbot, app, capturable(app).order_id)
    lose_the_answer(qtbot, app, order, error_rate=1.0, error_status=503)
    # The window restarts (the profile is opened again) with Klarna back.
    run(qtbot, app.controller.tasks.start(app.controller.open_profile(app.session.profile), "profile"))
    run(qtbot, app.controller.show_order(order.order_id))
    qtbot.waitUntil(lambda: "that was interrupted" in app.window.message_bar.text, timeout=10_000)
    [capture] = app.sandbox.order(order.order_id).captures
    amount = format_amount(capture.captured_amount, order.purchase_currency, app.controller.locale)
    assert app.window.message_bar.text == (
        f"Finished the capture of {amount} on order {order.klarna_reference} that was interrupted.")
    qtbot.waitUntil(lambda: history(app) and history(app)[0].state == "succeeded")


@pytest.mark.parametrize("name", ["capture_refused", "capture_unknown", "capture_changed", "capture_open",
                                  "capture_again"])
@pytest.mark.expect_log("klarna_console.services.actions", r": failed \([A-Z_]+: ")
@pytest.mark.expect_log("klarna_console.services.actions", r": unknown \(")
@pytest.mark.expect_log("klarna_console.services.actions", r"could not re-read \S+ after a write")
def test_each_staged_screenshot_shows_what_its_name_says(qtbot, app_window: AppWindow, name: str):
    shown = run(qtbot, app_window.controller.dialogs.open_for_screenshot(name))
    dialog = app_window.controller.dialogs.current
    if name == "capture_refused":
        assert dialog.error_panel.isVisible() and "CAPTURE_NOT_ALLOWED" in dialog.error_panel.code.text()
    elif name == "capture_unknown":
        assert dialog.state == "unknown" and dialog.retry_button.isVisible()
    elif name == "capture_changed":
        assert "Nothing was sent" in dialog.notice.text() and dialog.notice.isVisible()
    elif name == "capture_open":
        assert shown is dialog and dialog.open_write.note_row.isVisible() and dialog.open_write.note.text()
    else:
        assert shown is dialog.confirmation and "Capture again?" in shown.text()
        shown.reject()
