"""The main window as an agent uses it: search, pick an order, read its tabs, switch profile."""

from __future__ import annotations

import uuid

import pytest
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.profiles import Profile
from klarna_console.ui.qt import Qt

from fixtures.qt import run

from .conftest import AppWindow


def type_search(qtbot, app: AppWindow, text: str) -> None:
    """Type into the search box and wait for the debounced search to land."""
    pane = app.window.search_pane
    pane.search.clear()
    pane.search.setFocus()
    if text.isascii():
        qtbot.keyClicks(pane.search, text)
    else:
        pane.search.insert(text)  # QTest can only type ASCII; an input method inserts the same way
    qtbot.waitUntil(lambda: pane.model.query is not None and pane.model.query.text == text, timeout=5000)


def test_the_sandbox_opens_with_its_orders_and_shows_the_first(app_window: AppWindow):
    w = app_window.window
    assert w.search_pane.model.rowCount() == 40
    assert w.search_pane.count_label.text() == "40 orders"
    first = w.search_pane.model.record(0)
    assert w.order_view.order.order_id == first.order_id
    assert w.environment.text() == "SANDBOX"
    assert "Sandbox" in w.windowTitle()


def test_typing_a_name_filters_the_table(qtbot, app_window: AppWindow):
    w = app_window.window
    target = app_window.sandbox.order(app_window.sandbox.order_ids[7])
    surname = target.billing_address.family_name
    type_search(qtbot, app_window, surname[:4].lower())
    rows = [w.search_pane.model.record(r) for r in range(w.search_pane.model.rowCount())]
    assert 0 < len(rows) < 40
    assert target.order_id in {r.order_id for r in rows}


def test_an_order_id_typed_exactly_comes_first_and_opens(qtbot, app_window: AppWindow):
    w = app_window.window
    order_id = app_window.sandbox.order_ids[12]
    type_search(qtbot, app_window, order_id)
    assert w.search_pane.model.record(0).order_id == order_id
    qtbot.waitUntil(lambda: w.order_view.order.order_id == order_id)


def test_a_pasted_id_that_is_not_cached_is_fetched_from_klarna(qtbot, app_window: AppWindow):
    created = app_window.sandbox.create_order({
        "purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": 25000,
        "order_lines": [{"name": "Filtkudde", "quantity": 1, "unit_price": 25000, "total_amount": 25000}],
        "billing_address": {"given_name": "Greta", "family_name": "Zandén", "country": "SE"}})
    type_search(qtbot, app_window, created.order_id)
    qtbot.waitUntil(lambda: app_window.window.search_pane.model.rowCount() == 1)
    qtbot.waitUntil(lambda: app_window.window.order_view.order.order_id == created.order_id)


def test_an_unknown_pasted_id_says_so(qtbot, app_window: AppWindow):
    unknown = str(uuid.uuid4())
    type_search(qtbot, app_window, unknown)
    bar = app_window.window.message_bar
    qtbot.waitUntil(bar.isVisible)
    assert unknown in bar.text and "no order" in bar.text


def test_selecting_a_row_shows_that_order(qtbot, app_window: AppWindow):
    w = app_window.window
    w.search_pane.table.selectRow(5)
    wanted = w.search_pane.model.record(5).order_id
    qtbot.waitUntil(lambda: w.order_view.order.order_id == wanted)
    assert w.order_view.header.order_id.text() == wanted


def busy_order(app: AppWindow):
    """A sandbox order with two captures (one with shipping info), a refund and order-level shipping info."""
    sb = app.sandbox
    order = next(sb.order(i) for i in sb.order_ids if sb.order(i).status == "AUTHORIZED"
                 and rules.can_capture(sb.order(i), sb.clock.now()) and (sb.order(i).order_amount or 0) > 3000)

    async def build():
        async with sb.client() as c:
            first = await c.capture_order(order.order_id, {"captured_amount": 1000, "shipping_info": [
                {"shipping_company": "DHL", "shipping_method": "Home", "tracking_number": "JD0001"}]})
            await c.capture_order(order.order_id, {"captured_amount": 1500, "description": "Second parcel"})
            await c.add_order_shipping_info(order.order_id, [{"shipping_company": "PostNord", "tracking_number": "PN9"}])
            await c.refund_order(order.order_id, {"refunded_amount": 400, "description": "Damaged mug"})
            return first

    return order.order_id, build()


def test_each_tab_shows_the_orders_details(qtbot, app_window: AppWindow):
    view = app_window.window.order_view
    order_id, build = busy_order(app_window)
    run(qtbot, build)
    run(qtbot, app_window.controller.show_order(order_id))
    order = app_window.sandbox.order(order_id)
    assert view.lines.rowCount() == len(order.order_lines)
    assert view.captures.rowCount() == 2
    assert view.captures.index(0, 0).data() == order.captures[0].klarna_reference
    assert view.refunds.rowCount() == 1
    assert "Damaged mug" in [view.refunds.index(0, c).data() for c in range(view.refunds.columnCount())]
    shipping = {(view.shipping.index(r, 0).data(), view.shipping.index(r, 3).data())
                for r in range(view.shipping.rowCount())}
    assert ("Order", "PN9") in shipping
    assert (f"Capture {order.captures[0].klarna_reference}", "JD0001") in shipping
    assert view.header.amounts["refunded"].text().replace("\u00a0", " ").strip("£$€kr. ") != "0.00"
    for name in ("lines", "captures", "refunds", "shipping", "customer", "history", "raw"):
        view.select_tab(name)
        assert view.current_tab() == name
    # Tabs not on screen are laid out when shown (start-up paints only the tab in view).
    assert order.billing_address.family_name in view.customer.billing.text()
    assert order_id in view.raw.toPlainText()
    assert "Shipping option chosen at checkout" in view.shipping_option.text()
    other = app_window.sandbox.order_ids[0] if app_window.sandbox.order_ids[0] != order_id else app_window.sandbox.order_ids[1]
    run(qtbot, app_window.controller.show_order(other))
    assert other in view.raw.toPlainText(), "the tab on screen follows the order shown"
    view.select_tab("customer")
    assert app_window.sandbox.order(other).billing_address.family_name in view.customer.billing.text()


def test_keyboard_ctrl_f_and_ctrl_number_and_enter(qtbot, app_window: AppWindow):
    w = app_window.window
    w.activateWindow()
    w.order_view.tabs.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert w.order_view.current_tab() == "refunds"
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search_pane.search.hasFocus()
    table = w.search_pane.table
    table.setFocus()
    table.setCurrentIndex(w.search_pane.model.index(9, 0))
    wanted = w.search_pane.model.record(9).order_id
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: w.order_view.order.order_id == wanted)


def test_controls_have_accessible_names(app_window: AppWindow):
    w = app_window.window
    for widget in (w.search_pane.search, w.search_pane.table, w.search_pane.currency, w.search_pane.expiring,
                   w.profile_box, w.order_view.tabs, w.order_view.header.refresh, w.order_view.raw):
        assert widget.accessibleName(), widget
    assert w.search_pane.search.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_actions_are_disabled_with_the_rules_reason(qtbot, app_window: AppWindow):
    w, sb = app_window.window, app_window.sandbox
    cancelled = next(i for i in sb.order_ids if sb.order(i).status == "CANCELLED")
    run(qtbot, app_window.controller.show_order(cancelled))
    capture = w.order_actions[Action.CAPTURE]
    assert not capture.isEnabled()
    assert "Order is cancelled. Capture not possible." in capture.toolTip()
    assert w.order_actions[Action.ACKNOWLEDGE].isEnabled()


def test_a_read_only_profile_disables_every_write(qtbot, app_window: AppWindow, monkeypatch):
    monkeypatch.setattr(app_window.session, "profile", Profile(
        id="sandbox", name="Sandbox", base_url="http://sandbox.localhost", kind="sandbox", read_only=True))
    app_window.controller._update_actions()
    for action in app_window.window.order_actions.values():
        assert not action.isEnabled()
        assert "read-only" in action.toolTip()


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
@pytest.mark.expect_log("klarna_console.ui.payouts_controller", r"payout sync failed: could not reach Klarna")
def test_switching_profile_switches_store_and_client_and_shows_failures(qtbot, app_window: AppWindow):
    c, w = app_window.controller, app_window.window
    profile = c.profiles.add(Profile(name="Shop DE test", base_url="http://127.0.0.1:9", username="PK_test_1"))
    c.credentials.set(profile.id, "not-a-real-password")
    sandbox_client = c.session.client
    w.set_profiles([(p.id, p.name) for p in c.profiles.list()], "sandbox")
    w.profile_box.setCurrentIndex(w.profile_box.findData(profile.id))
    w.profile_box.activated.emit(w.profile_box.currentIndex())  # the user picks it in the switcher
    qtbot.waitUntil(lambda: c.session is not None and c.session.profile.id == profile.id, timeout=10000)
    assert c.session.client is not sandbox_client
    assert c.session.client.base_url == "http://127.0.0.1:9"
    assert w.search_pane.model.rowCount() == 0, "a new profile has its own (empty) store"
    assert w.environment.text() == "CUSTOM"
    type_search(qtbot, app_window, str(uuid.uuid4()))
    qtbot.waitUntil(w.message_bar.isVisible, timeout=15000)
    assert "could not reach Klarna at http://127.0.0.1:9" in w.message_bar.text
    w.search_pane.search.clear()
    w.profile_chosen.emit("sandbox")
    qtbot.waitUntil(lambda: c.session is not None and c.session.sandbox is not None, timeout=10000)
    qtbot.waitUntil(lambda: w.search_pane.model.rowCount() == 40)


# The next start, in a process of its own: QSettings objects in one process share what they hold, so a
# second window here would see the layout even if it never reached the disk.
NEXT_START = """
import json, os, sys
from klarna_console.paths import Paths
from klarna_console.profiles import CredentialStore, ProfileStore
from klarna_console.ui.qt import QtWidgets

app = QtWidgets.QApplication(sys.argv[:1])  # as the program does: before any window module
from klarna_console.ui.shell import build_window
paths = Paths.resolve(sys.argv[1])
window, _controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"))
window.show()
app.processEvents()
print(json.dumps([window.width(), window.height(), window.splitter.sizes()[0],
                  window.search_pane.table.columnWidth(0)]), flush=True)
os._exit(0)  # what is measured is printed; tearing the half-wired window down is not this test's business
"""


def test_window_layout_is_remembered(qtbot, app_window: AppWindow):
    import json
    import subprocess
    import sys

    w = app_window.window
    w.resize(1300, 820)
    w.splitter.setSizes([520, 780])
    w.search_pane.table.setColumnWidth(0, 222)
    left = w.splitter.sizes()[0]
    w.close()
    home = app_window.paths.config.parent
    done = subprocess.run([sys.executable, "-c", NEXT_START, str(home)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    width, height, splitter_left, column = json.loads(done.stdout.splitlines()[-1])
    assert (width, height) == (1300, 820)
    assert abs(splitter_left - left) <= 2
    assert column == 222


@pytest.mark.expect_log("klarna_console.ui.runtime", r"^Uncaught exception")
def test_an_error_in_a_task_reaches_the_crash_handler(qtbot, qloop):
    from klarna_console.ui.runtime import CrashHandler
    from klarna_console.ui.tasks import TaskManager

    handler = CrashHandler(show_dialog=False)
    handler.install()
    try:
        async def broken():
            raise RuntimeError("password=hunter2 went wrong")

        with qtbot.waitSignal(handler.crashed) as crashed:
            TaskManager().start(broken())
        assert "RuntimeError" in crashed.args[0]
        assert "hunter2" not in crashed.args[0]
    finally:
        handler.uninstall()


def test_quitting_leaves_no_tasks_behind(qtbot, app_window: AppWindow):
    c = app_window.controller
    c.tasks.start(c.show_order(app_window.sandbox.order_ids[3]), "order")
    run(qtbot, c.shutdown())
    assert c.session is None
    assert not any(c.tasks.running(n) for n in ("order", "search", "profile", "resume"))
