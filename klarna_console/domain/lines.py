"""Order line arithmetic: parts of lines, tax included in a total, and what is left to capture or refund.

Lines are matched between an order, its captures and its refunds by `reference` (by `name` when a
line has none), the way Klarna allocates a refund to the capture whose lines carry the same
references. Amounts are int minor units; tax rates are basis points (2500 = 25 %).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..api.models import Capture, Order, OrderLine

RETURN_FEE_REFERENCE = "RETURN-FEE"


def round_div(numerator: int, denominator: int) -> int:
    """Integer division rounded half away from zero (discount lines are negative)."""
    quotient, remainder = divmod(abs(numerator), denominator)
    if remainder * 2 >= denominator:
        quotient += 1
    return quotient if numerator >= 0 else -quotient


def line_tax(total_amount: int, tax_rate: int) -> int:
    """The tax included in a line total at a rate in basis points, rounded to the minor unit."""
    return total_amount - round_div(total_amount * 10_000, 10_000 + tax_rate)


def line_total(quantity: int, unit_price: int, discount: int = 0) -> int:
    """Klarna's line total: quantity times unit price, less the line's discount."""
    return quantity * unit_price - discount


def line_key(line: OrderLine) -> str:
    """What ties a line of a capture or refund to the order's line: its reference, else its name."""
    return line.reference or line.name or ""


def line_body(line: OrderLine) -> dict[str, Any]:
    """A line as a request sends it (the spec's order line fields that are set)."""
    body: dict[str, Any] = {
        "name": line.name or "",
        "quantity": line.quantity or 0,
        "unit_price": line.unit_price or 0,
        "total_amount": line.total_amount or 0,
    }
    for name in ("type", "reference", "quantity_unit", "tax_rate", "total_discount_amount", "total_tax_amount",
                 "merchant_data", "product_url", "image_url"):
        value = getattr(line, name)
        if value is not None:
            body[name] = value
    return body


def _share(line_amount: int, units: int, full: int) -> int:
    """What the first `units` of `full` units hold of a line-level amount (discount or tax), rounded."""
    return round_div(line_amount * units, full) if full else 0


def line_part(line: OrderLine, quantity: int, done: int = 0) -> dict[str, Any]:
    """The body of `quantity` units of a line after `done` units were taken: discount and tax in proportion.

    Shares are cumulative (units done+1..done+quantity get the share of done+quantity units less that
    of done units), so parts taken in any sizes always add up to the line: nothing is stranded.
    """
    full = line.quantity or 0
    if quantity == full and done == 0:
        return line_body(line)
    unit_price = line.unit_price or 0
    line_discount = line.total_discount_amount or 0
    discount = _share(line_discount, done + quantity, full) - _share(line_discount, done, full)
    total = line_total(quantity, unit_price, discount)
    body = line_body(line)
    body.update(quantity=quantity, total_amount=total)
    if "total_discount_amount" in body:
        body["total_discount_amount"] = discount
    if line.tax_rate is not None or line.total_tax_amount is not None:
        body["total_tax_amount"] = _tax_upto(line, done + quantity) - _tax_upto(line, done)
    return body


def _tax_upto(line: OrderLine, units: int) -> int:
    """The tax held by the first `units` units of a line; all of them hold exactly the line's tax."""
    full = line.quantity or 0
    if units >= full and line.total_tax_amount is not None:
        return line.total_tax_amount
    if line.tax_rate is not None:
        total = line_total(units, line.unit_price or 0, _share(line.total_discount_amount or 0, units, full))
        return line_tax(total, line.tax_rate)
    return _share(line.total_tax_amount or 0, units, full)


def _taken(lines: Sequence[OrderLine], taken: dict[str, int]) -> list[int]:
    """Per line, the quantity not yet taken, consuming `taken` (by key) from the first line on."""
    left: list[int] = []
    for line in lines:
        key = line_key(line)
        used = min(line.quantity or 0, taken.get(key, 0))
        taken[key] = taken.get(key, 0) - used
        left.append((line.quantity or 0) - used)
    return left


def _quantities(lines: Sequence[OrderLine]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for line in lines:
        if line.type != "return_fee":
            counts[line_key(line)] = counts.get(line_key(line), 0) + (line.quantity or 0)
    return counts


def capturable_quantities(order: Order) -> list[int]:
    """For each of the order's lines, how many units no capture has taken yet."""
    captured = _quantities([line for c in order.captures or [] for line in c.order_lines or []])
    return _taken(order.order_lines or [], captured)


def refundable_quantities(order: Order, capture: Capture) -> list[int]:
    """For each line of a capture, how many units no refund has given back yet.

    Refunded units of a reference are set against the captures oldest first, as Klarna allocates them.
    """
    refunded = _quantities([line for r in order.refunds or [] for line in r.order_lines or []])
    ordered = sorted(order.captures or [], key=lambda c: (c.captured_at is None, c.captured_at))
    for earlier in ordered:
        left = _taken(earlier.order_lines or [], refunded)
        if earlier.capture_id == capture.capture_id:
            return left
    return [line.quantity or 0 for line in capture.order_lines or []]


def parts_total(parts: Sequence[dict[str, Any]]) -> int:
    """The sum of the line totals of request lines."""
    return sum(int(part["total_amount"]) for part in parts)


def return_fee_line(fee: int, tax_rate: int | None) -> dict[str, Any]:
    """A return fee as Klarna wants it on a refund: a negative `return_fee` line of -fee.

    The refund's lines add up to its `refunded_amount`, so the fee kept is a line that lowers it
    (Klarna's example refunds 9500 on a 10000 item with a -500 fee line).
    """
    body: dict[str, Any] = {"type": "return_fee", "reference": RETURN_FEE_REFERENCE, "name": "Return fee",
                            "quantity": 1, "unit_price": -fee, "total_amount": -fee}
    if tax_rate is not None:
        body["tax_rate"] = tax_rate
        body["total_tax_amount"] = line_tax(-fee, tax_rate)
    return body


def return_fee(lines: Sequence[dict[str, Any]] | Sequence[OrderLine]) -> int:
    """The fee kept by a refund's `return_fee` lines, as a positive amount."""
    total = 0
    for line in lines:
        kind, amount = (line.get("type"), line.get("total_amount")) if isinstance(line, dict) else (
            line.type, line.total_amount)
        if kind == "return_fee":
            total -= int(amount or 0)
    return total


def main_tax_rate(order: Order) -> int | None:
    """The tax rate of the order's goods (its first physical or digital line), for a fee line's tax."""
    for line in order.order_lines or []:
        if line.type in (None, "physical", "digital") and line.tax_rate is not None:
            return line.tax_rate
    return None
