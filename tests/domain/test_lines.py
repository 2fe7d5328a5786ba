"""Line arithmetic: parts of lines, tax included, and what is left to capture or refund per line."""

from __future__ import annotations

import datetime as dt

import pytest
from klarna_console.api.models import Capture, Order, OrderLine, Refund
from klarna_console.domain.lines import (
    capturable_quantities,
    line_part,
    line_tax,
    refundable_quantities,
    return_fee_line,
    round_div,
)

T0 = dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc)
C1, C2 = "4ba29b50-be7b-44f5-a492-113e6a865e22", "9d1e2f3a-4b5c-4d6e-8f7a-0b1c2d3e4f5a"


def line(ref: str, qty: int, price: int, discount: int = 0, rate: int | None = 2500) -> OrderLine:
    total = qty * price - discount
    return OrderLine(reference=ref, name=ref.title(), quantity=qty, unit_price=price, total_amount=total,
                     total_discount_amount=discount or None, tax_rate=rate,
                     total_tax_amount=None if rate is None else line_tax(total, rate))


def test_rounding_and_tax_included():
    assert round_div(5, 2) == 3 and round_div(-5, 2) == -3 and round_div(4, 3) == 1
    assert line_tax(12500, 2500) == 2500  # 125.00 with 25 % tax holds 25.00 of tax
    assert line_tax(-1000, 2500) == -200  # a discount lowers the tax


def test_a_part_of_a_line_shares_its_discount_and_keeps_the_formula():
    tent = line("tent", 3, 10000, discount=1000)
    assert line_part(tent, 3)["total_amount"] == tent.total_amount  # all of it: the line as it is
    part = line_part(tent, 1)
    assert part["total_discount_amount"] == 333
    assert part["total_amount"] == 1 * 10000 - 333
    assert part["total_tax_amount"] == line_tax(9667, 2500)
    untaxed = line_part(line("gift", 2, 500, rate=None), 1)
    assert "tax_rate" not in untaxed and "total_tax_amount" not in untaxed


def test_what_is_left_to_capture_matches_lines_by_reference():
    order = Order(order_lines=[line("a", 3, 100), line("b", 1, 200)],
                  captures=[Capture(capture_id=C1, order_lines=[line("a", 2, 100)])])
    assert capturable_quantities(order) == [1, 1]


def test_refunded_units_are_set_against_the_oldest_capture_first():
    first = Capture(capture_id=C1, captured_at=T0, order_lines=[line("a", 2, 100)])
    second = Capture(capture_id=C2, captured_at=T0 + dt.timedelta(days=1), order_lines=[line("a", 2, 100)])
    order = Order(captures=[second, first], refunds=[
        Refund(order_lines=[line("a", 3, 100), return_fee_line_as_order_line()])])
    assert refundable_quantities(order, first) == [0]
    assert refundable_quantities(order, second) == [1]


def return_fee_line_as_order_line() -> OrderLine:
    body = return_fee_line(295, 2500)
    assert (body["type"], body["total_amount"], body["total_tax_amount"]) == ("return_fee", -295, -59)  # kept from the refund: a negative line
    return OrderLine(**body)


def compositions(n: int) -> list[tuple[int, ...]]:
    """Every way to take n units in parts, in order: 3 -> (3), (1, 2), (2, 1), (1, 1, 1)."""
    if n == 0:
        return [()]
    return [(first, *rest) for first in range(1, n + 1) for rest in compositions(n - first)]


DISCOUNTED = [
    line("jacket", 3, 3000, discount=1),  # 89.99: per-unit rounding left 30.00 to capture with 29.99 left
    line("socks", 3, 1000, discount=200),  # 28.00: per-unit rounding stranded 0.01
    line("tea", 7, 1299, discount=1003),
    line("gift", 4, 2500, discount=999, rate=None),
    OrderLine(reference="beans", name="Beans", quantity=5, unit_price=1000, total_discount_amount=7,
              total_amount=4993, total_tax_amount=999),  # tax given as an amount, no rate
]


@pytest.mark.parametrize("whole", DISCOUNTED, ids=lambda w: w.reference)
def test_parts_of_a_discounted_line_add_up_to_the_line_in_any_order(whole):
    """The issue's arithmetic: parts taken in any sizes and order sum exactly to the line, nothing stranded."""
    for sizes in compositions(whole.quantity):
        done, parts = 0, []
        for size in sizes:
            part = line_part(whole, size, done=done)
            # Klarna's formula holds for every part.
            assert part["total_amount"] == size * whole.unit_price - part.get("total_discount_amount", 0)
            parts.append(part)
            done += size
        assert sum(p["total_amount"] for p in parts) == whole.total_amount, sizes
        assert sum(p.get("total_discount_amount", 0) for p in parts) == (whole.total_discount_amount or 0), sizes
        if whole.total_tax_amount is not None:
            assert sum(p["total_tax_amount"] for p in parts) == whole.total_tax_amount, sizes
