"""The sandbox's settlement ledger: payouts derived from its own Order Management history.

Captures become SALE rows with two FEE rows (percentage and fixed, per payment method and currency,
VAT per market), refunds become RETURN rows; rows are collected into payouts per currency on a
schedule on the sandbox clock. The ledger is recomputed from the orders whenever they changed or a
payout time has passed, so it always agrees with Order Management.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from collections.abc import Callable, Iterable
from typing import Any, Literal

import msgspec

from ..api.models import Order
from .state import SandboxState

PAYOUT_HOUR = 6  # payouts are initiated at 06:00 UTC
MERCHANT_ID = "N100123"
# Percentage fee in basis points by payment method (the contract's figures; invented, Klarna's vary).
PERCENT_FEE_BPS = {"INVOICE": 299, "B2B_INVOICE": 299, "INVOICE_BUSINESS": 299, "FIXED_AMOUNT": 349,
                   "SLICE_IT": 349, "PIX": 349, "ACCOUNT": 349, "DIRECT_DEBIT": 199, "PAY_NOW": 199,
                   "CARD": 199, "DIRECT_BANK_TRANSFER": 199}
DEFAULT_PERCENT_FEE_BPS = 299
# Fixed fee per capture in minor units of the currency.
FIXED_FEE = {"SEK": 295, "NOK": 295, "DKK": 200, "EUR": 35, "GBP": 30, "USD": 30, "CHF": 35, "PLN": 120,
             "AUD": 30, "CAD": 30, "CZK": 700}
DEFAULT_FIXED_FEE = 35
# VAT on Klarna's fees by market (purchase country), in hundredths of a percent like OM's tax_rate.
FEE_VAT = {"SE": 2500, "NO": 2500, "DK": 2500, "FI": 2550, "DE": 1900, "AT": 2000, "NL": 2100, "BE": 2100,
           "FR": 2000, "ES": 2100, "IT": 2200, "PL": 2300, "CZ": 2100, "CH": 810, "GB": 2000, "IE": 2300,
           "US": 0, "CA": 0, "AU": 1000}


def round_div(a: int, b: int) -> int:
    """a / b rounded half away from zero, in integers."""
    q, r = divmod(abs(a), b)
    q += 1 if 2 * r >= b else 0
    return q if a >= 0 else -q


@dataclasses.dataclass
class SettlementSettings:
    """The account's payout contract and how the sandbox presents what Klarna leaves open."""

    delay_days: int = 7
    frequency: Literal["daily", "weekly"] = "daily"
    settlement_type: str = "NET"
    merchant_id: str = MERCHANT_ID
    # Not yet paid-out rows in the unfiltered /transactions list (Klarna's behaviour is not documented).
    show_unpaid: bool = False
    # Which name the shipping country goes under: Klarna's spec's, or the one seen in real answers.
    shipping_field: Literal["shipping_country", "shipping_address_country"] = "shipping_country"
    merchant_id_on_rows: bool = False


class Row(msgspec.Struct, kw_only=True, omit_defaults=True):
    """One transaction as /transactions returns it."""

    amount: int
    type: str
    detailed_type: str
    order_id: str
    capture_id: str | None = None
    refund_id: str | None = None
    short_order_id: str | None = None
    merchant_reference1: str | None = None
    merchant_reference2: str | None = None
    merchant_capture_reference: str | None = None
    merchant_refund_reference: str | None = None
    sale_date: dt.datetime
    capture_date: dt.datetime
    payment_reference: str | None = None
    payout: str | None = None
    currency_code: str
    purchase_country: str
    shipping_country: str | None = None
    shipping_address_country: str | None = None
    merchant_id: str | None = None
    vat_rate: int | None = None
    vat_amount: int | None = None
    initial_payment_method_type: str | None = None
    initial_number_of_installments: int | None = None


class Totals(msgspec.Struct, kw_only=True):
    """A payout's totals (magnitudes, minor units)."""

    sale_amount: int = 0
    return_amount: int = 0
    reversal_amount: int = 0
    fee_amount: int = 0
    tax_amount: int = 0
    fee_correction_amount: int = 0
    fee_refund_amount: int = 0
    tax_refund_amount: int = 0
    commission_amount: int = 0
    charge_amount: int = 0
    credit_amount: int = 0
    holdback_amount: int = 0
    release_amount: int = 0
    repay_amount: int = 0
    deposit_amount: int = 0
    opening_debt_balance_amount: int = 0
    closing_debt_balance_amount: int = 0
    settlement_amount: int = 0


@dataclasses.dataclass
class PayoutRecord:
    """A payout and its rows."""

    payment_reference: str
    payout_date: dt.datetime
    currency_code: str
    totals: Totals
    rows: list[Row]


@dataclasses.dataclass
class Ledger:
    """Every payout up to now (newest first) and every row, paid or not."""

    payouts: list[PayoutRecord]
    by_reference: dict[str, PayoutRecord]
    rows: list[Row]


def payout_times(start: dt.datetime, end: dt.datetime, frequency: str) -> list[dt.datetime]:
    """The payout instants in [start, end]: business days at 06:00 UTC, or Mondays for weekly."""
    day = start.astimezone(dt.timezone.utc).replace(hour=PAYOUT_HOUR, minute=0, second=0, microsecond=0)
    if day < start:
        day += dt.timedelta(days=1)
    found: list[dt.datetime] = []
    while day <= end:
        if (day.weekday() == 0) if frequency == "weekly" else (day.weekday() < 5):
            found.append(day)
        day += dt.timedelta(days=1)
    return found


def payment_reference(currency: str, when: dt.datetime, salt: str) -> str:
    """An 8-character reference like Klarna's examples, stable for a currency and payout date."""
    digest = hashlib.sha256(f"{salt}:{currency}:{when.isoformat()}".encode()).digest()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(alphabet[b % len(alphabet)] for b in digest[:8])


def rows_of(order: Order, settings: SettlementSettings) -> Iterable[Row]:
    """The settlement rows an order's captures and refunds give (none for uncaptured orders)."""
    currency = (order.purchase_currency or "").upper()
    country = (order.purchase_country or "").upper()
    method = order.initial_payment_method
    common: dict[str, Any] = dict(
        order_id=order.order_id or "", short_order_id=order.klarna_reference,
        merchant_reference1=order.merchant_reference1 or None, merchant_reference2=order.merchant_reference2 or None,
        sale_date=order.created_at, currency_code=currency, purchase_country=country,
        initial_payment_method_type=(method.type or "").lower() or None if method else None,
        initial_number_of_installments=method.number_of_installments if method else None,
        merchant_id=settings.merchant_id if settings.merchant_id_on_rows else None,
    )
    shipping = ((order.shipping_address.country if order.shipping_address else None) or country).upper()
    common[settings.shipping_field] = shipping
    bps = PERCENT_FEE_BPS.get((method.type if method else "") or "", DEFAULT_PERCENT_FEE_BPS)
    vat = FEE_VAT.get(country, 0)
    for capture in order.captures or []:
        amount = capture.captured_amount or 0
        if amount <= 0 or capture.captured_at is None:
            continue
        shared: dict[str, Any] = dict(common, capture_id=capture.capture_id, capture_date=capture.captured_at,
                      merchant_capture_reference=capture.reference or None)
        yield Row(amount=amount, type="SALE", detailed_type="PURCHASE", **shared)
        for detail, fee in (("PURCHASE_FEE_PERCENTAGE", round_div(amount * bps, 10_000)),
                            ("PURCHASE_FEE_FIXED", FIXED_FEE.get(currency, DEFAULT_FIXED_FEE))):
            yield Row(amount=fee, type="FEE", detailed_type=detail, vat_rate=vat,
                      vat_amount=round_div(fee * vat, 10_000), **shared)
    for refund in order.refunds or []:
        amount = refund.refunded_amount or 0
        if amount <= 0 or refund.refunded_at is None:
            continue
        yield Row(amount=amount, type="RETURN", detailed_type="PURCHASE_RETURN",
                  capture_id="", refund_id=refund.refund_id, capture_date=refund.refunded_at,
                  merchant_refund_reference=refund.reference or None, **common)


def due(row: Row, settings: SettlementSettings) -> dt.datetime:
    """When a row may first be paid out: sales and their fees after the delay, returns at once."""
    if row.type == "RETURN":
        return row.capture_date
    return row.capture_date + dt.timedelta(days=settings.delay_days)


def totals_of(rows: list[Row], opening_debt: int) -> Totals:
    """A payout's totals; a shortfall becomes debt (deposit), later repaid out of the next payouts."""
    t = Totals(opening_debt_balance_amount=opening_debt)
    for row in rows:
        if row.type == "SALE":
            t.sale_amount += row.amount
        elif row.type == "RETURN":
            t.return_amount += row.amount
        elif row.type == "FEE":
            t.fee_amount += row.amount
            t.tax_amount += row.vat_amount or 0
    net = t.sale_amount - t.return_amount - t.fee_amount - t.tax_amount
    if net >= 0:
        t.repay_amount = min(opening_debt, net)
        t.settlement_amount = net - t.repay_amount
    else:
        t.deposit_amount = -net
    t.closing_debt_balance_amount = opening_debt - t.repay_amount + t.deposit_amount
    return t


def build_ledger(orders: Iterable[Order], now: dt.datetime, settings: SettlementSettings, salt: str,
                 base_url: str = "") -> Ledger:
    """Every row of every order, and the payouts made of them up to `now`."""
    rows = [row for order in orders for row in rows_of(order, settings)]
    rows.sort(key=lambda r: (r.capture_date, r.order_id, r.type != "SALE", r.detailed_type))
    by_currency: dict[str, list[tuple[dt.datetime, Row]]] = {}
    for row in rows:
        by_currency.setdefault(row.currency_code, []).append((due(row, settings), row))
    payouts: list[PayoutRecord] = []
    for currency, pending in sorted(by_currency.items()):
        pending.sort(key=lambda item: item[0])
        if not pending or pending[0][0] > now:
            continue
        debt = 0
        index = 0
        for when in payout_times(pending[0][0], now, settings.frequency):
            batch: list[Row] = []
            while index < len(pending) and pending[index][0] <= when:
                batch.append(pending[index][1])
                index += 1
            if not batch:
                continue
            reference = payment_reference(currency, when, salt)
            for row in batch:
                row.payment_reference = reference
                row.payout = f"{base_url}/settlements/v1/payouts/{reference}"
            totals = totals_of(batch, debt)
            debt = totals.closing_debt_balance_amount
            payouts.append(PayoutRecord(reference, when, currency, totals, batch))
    payouts.sort(key=lambda p: (p.payout_date, p.currency_code), reverse=True)
    return Ledger(payouts, {p.payment_reference: p for p in payouts}, rows)


class Settlements:
    """The ledger of one sandbox, rebuilt only when its orders changed or a payout time passed."""

    def __init__(self, state: SandboxState, now: Callable[[], dt.datetime], salt: str,
                 settings: SettlementSettings | None = None) -> None:
        self.state = state
        self.now = now
        self.salt = salt
        self.settings = settings or SettlementSettings()
        self._version = 0
        self._cached: tuple[int, dt.datetime, str, Ledger] | None = None
        state.on_change(self._changed)

    def _changed(self) -> None:
        self._version += 1

    def configure(self, settings: SettlementSettings) -> None:
        """New contract settings; the ledger follows at the next read."""
        self.settings = settings
        self._version += 1

    def ledger(self, base_url: str) -> Ledger:
        """The ledger as of the sandbox clock (call with the state's lock held)."""
        now = self.now()
        # Nothing can change between two payout instants: key the cache on the last one passed.
        times = payout_times(now - dt.timedelta(days=8), now, self.settings.frequency)
        last = times[-1] if times else now - dt.timedelta(days=8)
        cached = self._cached
        if cached is not None and cached[:3] == (self._version, last, base_url):
            return cached[3]
        orders = [msgspec.structs.replace(record.order) for record in self.state]
        ledger = build_ledger(orders, last, self.settings, self.salt, base_url)
        self._cached = (self._version, last, base_url, ledger)
        return ledger
