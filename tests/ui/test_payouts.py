"""Payouts in the window: the order's payout columns, the payouts window, and "Not paid out"."""

from __future__ import annotations

import csv
import datetime as dt

from klarna_console.domain.dates import format_date
from klarna_console.ui.models import window_locale
from klarna_console.ui.qt import Qt

from fixtures.qt import run

from .conftest import AppWindow
from .test_window import type_search

SOCKS = {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE", "order_amount": 40000,
         "order_lines": [{"type": "physical", "name": "Ullsockor", "quantity": 2, "unit_price": 20000,
                          "tax_rate": 2500, "total_amount": 40000, "total_tax_amount": 8000}]}


def synced(qtbot, app: AppWindow) -> None:
    qtbot.waitUntil(lambda: not app.controller.tasks.running("payouts"), timeout=30_000)


def cell(model, row: int, title: str) -> str:
    column = [c.title for c in model.columns].index(title)
    return model.data(model.index(row, column))


def open_payouts(qtbot, app: AppWindow):
    qtbot.keyClick(app.window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    ui = app.controller.payouts_ui
    qtbot.waitUntil(lambda: ui.dialog is not None and ui.dialog.isVisible())
    qtbot.waitUntil(lambda: not app.controller.tasks.running("payouts-list"))
    return ui.dialog


def test_a_refunds_payout_shows_in_the_order_view_once_the_clock_passes_its_payout_date(qtbot, app_window):
    app, sandbox = app_window, app_window.sandbox
    synced(qtbot, app)
    order = sandbox.create_order(SOCKS)
    client = app.session.client
    capture_id = run(qtbot, client.capture_order(order.order_id, {"captured_amount": 40000}))
    sandbox.clock.advance(dt.timedelta(days=2))
    refund_id = run(qtbot, client.refund_order(order.order_id, {"refunded_amount": 20000, "reference": "RMA-1"}))
    type_search(qtbot, app, order.order_id)
    view = app.window.order_view
    qtbot.waitUntil(lambda: view.order is not None and view.order.order_id == order.order_id
                    and len(view.order.refunds or []) == 1)
    qtbot.waitUntil(lambda: view.settlement.synced)
    assert cell(view.refunds, 0, "Deducted") == "not yet"
    assert cell(view.captures, 0, "Paid out") == "not yet"

    sandbox.clock.advance(dt.timedelta(days=8))  # past the refund's payout and the capture's (7 days' delay)
    dialog = open_payouts(qtbot, app)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.tasks.running("payouts"))
    synced(qtbot, app)
    with sandbox.state.lock:
        ledger = sandbox.settlements.ledger("")
    returned = next(r for r in ledger.rows if r.refund_id == refund_id)
    sold = next(r for r in ledger.rows if r.capture_id == capture_id and r.type == "SALE")
    paid_return = ledger.by_reference[returned.payment_reference]
    qtbot.waitUntil(lambda: cell(view.refunds, 0, "Deducted") != "not yet")
    # The payout's day as the window's locale writes dates (CLDR), then the payment reference.
    day = format_date(paid_return.payout_date.date(), window_locale())
    assert cell(view.refunds, 0, "Deducted") == f"{day} · {returned.payment_reference}"
    assert cell(view.captures, 0, "Paid out").endswith(sold.payment_reference)
    # 2.99 % of 400 kr and 2.95 kr, each with 25 % VAT: 11.96 + 2.99 + 2.95 + 0.74 = 18.64 kr.
    # CLDR: English writes kronor by their code, set apart from the digits (currencySpacing).
    assert cell(view.captures, 0, "Klarna fees").replace("\xa0", " ") == "SEK 18.64"


def test_the_payouts_window_lists_filters_and_opens_transactions(qtbot, app_window, tmp_path):
    app = app_window
    synced(qtbot, app)
    dialog = open_payouts(qtbot, app)
    cached = run(qtbot, app.session.payouts.payouts())
    start, end, _ = dialog.filters()
    in_range = [p for p in cached if start <= p.payout_date <= end]
    assert dialog.payouts.rowCount() == len(in_range) > 5
    assert dialog.totals.text().startswith(f"{len(in_range)} payouts · paid out")
    # Choose a currency from the list with the keyboard.
    dialog.currency.setFocus()
    qtbot.keyClick(dialog.currency, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: not app.controller.tasks.running("payouts-list"))
    chosen = dialog.currency.currentData()
    assert chosen and dialog.payouts.rowCount() == len([p for p in in_range if p.currency == chosen])
    assert {cell(dialog.payouts, r, "Cur.") for r in range(dialog.payouts.rowCount())} == {chosen}
    # A click on a payout shows its transactions; their sales add up to the payout's.
    table = dialog.payouts_table
    rect = table.visualRect(dialog.payouts.index(0, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: dialog.transactions.rowCount() > 0)
    payout = dialog.selected()
    rows = dialog.transactions.records
    assert sum(t.amount for t in rows if t.type == "SALE") == payout.totals.sale_amount
    assert dialog.csv_button.isEnabled() and dialog.pdf_button.isEnabled()
    # What the report and export buttons save, once a file name is chosen.
    ui = app.controller.payouts_ui
    assert run(qtbot, ui.save_report(payout.payment_reference, "pdf", tmp_path / "p.pdf"))
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")
    assert run(qtbot, ui.export(tmp_path / "payouts.csv"))
    exported = list(csv.DictReader((tmp_path / "payouts.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert [r["payment_reference"] for r in exported] == [
        cell(dialog.payouts, r, "Payment reference") for r in range(dialog.payouts.rowCount())]
    # Enter on a transaction opens its order in the main window.
    order_id = rows[0].order_id
    index = dialog.transactions.index(0, 0)
    qtbot.mouseClick(dialog.transactions_table.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.transactions_table.visualRect(index).center())
    qtbot.keyClick(dialog.transactions_table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: app.window.order_view.order.order_id == order_id)
    dialog.close()


def test_a_payment_reference_typed_in_the_search_finds_its_orders(qtbot, app_window):
    app = app_window
    synced(qtbot, app)
    payout = run(qtbot, app.session.payouts.payouts())[0]
    named = set(run(qtbot, app.session.store.payouts_call("named_order_ids", payout.payment_reference)))
    type_search(qtbot, app, payout.payment_reference)
    model = app.window.search_pane.model
    qtbot.waitUntil(lambda: model.rowCount() == len(named))
    assert {model.record(r).order_id for r in range(model.rowCount())} == named
    bar = app.window.message_bar
    qtbot.waitUntil(lambda: payout.payment_reference in bar.text)
    assert f"payout of {format_date(payout.payout_date.date(), window_locale())}" in bar.text


def test_not_paid_out_lists_captures_the_payouts_missed(qtbot, app_window):
    app = app_window
    synced(qtbot, app)
    pane = app.window.search_pane
    qtbot.mouseClick(pane.unpaid, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pane.model.query is not None and pane.model.query.unpaid_capture_days is not None)
    assert pane.model.rowCount() == 0, "every demo capture older than the delay was paid out"
    assert f"{pane.unpaid_days} days" in pane.unpaid.toolTip()


def test_stop_ends_a_sync_and_sync_now_resumes_it(qtbot, app_window):
    app, sandbox = app_window, app_window.sandbox
    synced(qtbot, app)
    store = app.session.store.store
    with store.db.write() as conn:  # as if an earlier sync had been cut short before any transactions
        conn.execute("UPDATE payouts SET transactions_synced = 0")
    sandbox.faults.configure(latency_ms=40)
    dialog = open_payouts(qtbot, app)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stop_button.isEnabled() and dialog.progress.value() >= 2, timeout=20_000)
    qtbot.mouseClick(dialog.stop_button, Qt.MouseButton.LeftButton)
    synced(qtbot, app)
    assert dialog.status.text().startswith("Stopped")
    assert dialog.sync_button.isEnabled() and not dialog.stop_button.isEnabled()
    left = [p for p in run(qtbot, app.session.payouts.payouts()) if not p.transactions_synced]
    assert left, "stopped before the end"
    sandbox.faults.configure()
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.tasks.running("payouts"))
    synced(qtbot, app)
    assert dialog.status.text() == "Synced"
    assert all(p.transactions_synced for p in run(qtbot, app.session.payouts.payouts()))
    dialog.close()


def test_an_earlier_from_date_syncs_a_longer_period(qtbot, app_window):
    app = app_window
    synced(qtbot, app)
    dialog = open_payouts(qtbot, app)
    edit = dialog.date_from
    edit.setFocus()
    edit.setCurrentSection(edit.Section.YearSection)
    qtbot.keyClick(edit, Qt.Key.Key_Down)  # a year earlier
    start = dialog.filters()[0]
    assert (app.controller.now() - start).days > 300
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: app.controller.tasks.running("payouts"))
    synced(qtbot, app)
    stored = run(qtbot, app.session.store.payouts_call("get_state", "period_start"))
    assert stored[:10] <= start.date().isoformat()
    dialog.close()
