"""The bulk report a person reads and the CSV finance gets: amount, currency, references and customer per order."""

from __future__ import annotations

import csv

from klarna_console.domain.money import format_amount
from klarna_console.ui.dialogs import BulkDialog
from klarna_console.ui.qt import Qt

from fixtures.qt import run

from .conftest import AppWindow
from .test_bulk_dialog import save_through_file_dialog, search, select_all


def order_body(n: int) -> dict:
    amount = 123450 + n  # 1,234.50 euros and a cent more per order
    return {"purchase_country": "SE", "purchase_currency": "sek", "locale": "sv-SE", "order_amount": amount,
            "merchant_reference1": f"WEB-{7000 + n}", "merchant_reference2": f"ERP-{n}",
            "order_lines": [{"name": f"Lampa {n}", "quantity": 1, "unit_price": amount, "total_amount": amount}],
            "billing_address": {"given_name": "Astrid", "family_name": f"Finansson{n}", "country": "SE"}}


def test_the_report_table_and_csv_carry_amount_currency_references_and_customer(qtbot, app_window: AppWindow,
                                                                               tmp_path):
    sandbox, session = app_window.sandbox, app_window.session
    orders = [sandbox.create_order(order_body(n)) for n in range(3)]
    run(qtbot, session.sync_sandbox())
    search(qtbot, app_window, "Finansson")
    assert app_window.window.search_pane.model.rowCount() == 3
    select_all(app_window)
    app_window.window.bulk_capture_action.trigger()
    dialog = app_window.controller.dialogs.current
    assert isinstance(dialog, BulkDialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog.items_table, Qt.Key.Key_Return)  # Enter asks, as the button would
    qtbot.waitUntil(lambda: dialog.confirmation is not None and dialog.confirmation.isVisible())
    qtbot.mouseClick(dialog.confirmation.yes_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=30_000)

    model = dialog.outcomes
    titles = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for order in orders:
        row = next(r for r, o in enumerate(model.records) if o.order_id == order.order_id)
        shown = dict(zip(titles, (model.data(model.index(row, c)) for c in range(len(titles))), strict=True))
        assert shown["Klarna ref"] == order.klarna_reference
        assert shown["Merchant ref"] == order.merchant_reference1
        assert shown["Customer"] == f"Astrid {order.billing_address.family_name}"
        assert shown["Amount"] == format_amount(order.order_amount, "SEK", dialog.user_locale)
        assert shown["Outcome"] == "succeeded"

    dialog.save_button.click()
    target = tmp_path / "report.csv"
    save_through_file_dialog(qtbot, dialog.file_chooser, target)
    rows = {r["order_id"]: r for r in csv.DictReader(target.read_text(encoding="utf-8").splitlines())}
    for n, order in enumerate(orders):
        row = rows[order.order_id]
        assert row["amount"] == f"1234.{50 + n}" and row["currency"] == "SEK"
        assert (row["klarna_reference"], row["merchant_reference1"], row["merchant_reference2"]) == (
            order.klarna_reference, f"WEB-{7000 + n}", f"ERP-{n}")
        assert row["customer"] == f"Astrid Finansson{n}" and row["outcome"] == "succeeded"
