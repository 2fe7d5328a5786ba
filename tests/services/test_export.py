"""Exporting search results to CSV: every page, amounts as plain decimals, written atomically."""

from __future__ import annotations

import csv

from klarna_console.services.export import decimal_amount, export_orders
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
