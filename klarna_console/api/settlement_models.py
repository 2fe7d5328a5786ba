"""Typed models of what Klarna's Settlements API v1 returns: payouts, their totals and transactions.

Lenient like the OM models: Klarna's real answers drift from its spec (SETTLEMENTS.md §2.6), so
`type` and `detailed_type` are open (any text is kept), a RETURN's empty `capture_id` reads as no
capture, the shipping country is read under both names it is seen with, and unknown fields are
ignored. Amounts are int minor units; a transaction's `amount` is a magnitude whose direction comes
from its `type`.
"""

from __future__ import annotations

import datetime as dt

import msgspec

from .models import Model

# Types whose amount is added to the payout; the rest (FEE, RETURN, REVERSAL, HOLDBACK, CHARGE, TAX)
# are deducted (Klarna's settlement-report docs mark each type's direction). CORRECTION carries its sign.
CREDIT_TYPES = frozenset({"SALE", "REVERSAL_MERCHANT_PROTECTION", "COMMISSION", "RELEASE", "CREDIT", "FEE_REFUND"})
SIGNED_TYPES = frozenset({"CORRECTION"})
KNOWN_TYPES = (
    "SALE", "FEE", "RETURN", "REVERSAL", "REVERSAL_MERCHANT_PROTECTION", "COMMISSION", "CORRECTION",
    "HOLDBACK", "RELEASE", "CREDIT", "CHARGE", "FEE_REFUND", "TAX",
)
SETTLEMENT_TYPES = ("NET", "GROSS", "GROSS_FEE")


class Totals(Model):
    """What a payout adds up to (every field a magnitude in minor units; absent reads as 0)."""

    sale_amount: int = 0
    return_amount: int = 0
    reversal_amount: int = 0
    fee_amount: int = 0
    tax_amount: int = 0
    fee_correction_amount: int = 0
    fee_refund_amount: int = 0
    tax_refund_amount: int = 0
    commission_amount: int = 0
    commission_reversal_amount: int = 0
    charge_amount: int = 0
    credit_amount: int = 0
    holdback_amount: int = 0
    release_amount: int = 0
    repay_amount: int = 0
    deposit_amount: int = 0
    opening_debt_balance_amount: int = 0
    closing_debt_balance_amount: int = 0
    settlement_amount: int = 0

    def net_before_debt(self) -> int:
        """Credits minus deductions, before debt is repaid or deposited (Klarna's settlement formula)."""
        return (
            self.sale_amount - self.return_amount - self.reversal_amount - self.fee_amount - self.tax_amount
            + self.fee_correction_amount + self.fee_refund_amount + self.tax_refund_amount
            + self.commission_amount - self.commission_reversal_amount - self.charge_amount + self.credit_amount
            - self.holdback_amount + self.release_amount
        )

    def adds_up(self) -> bool:
        """True when settlement = net - repay + deposit and the debt balances follow from it."""
        return (
            self.settlement_amount == self.net_before_debt() - self.repay_amount + self.deposit_amount
            and self.closing_debt_balance_amount
            == self.opening_debt_balance_amount - self.repay_amount + self.deposit_amount
        )


class Payout(Model):
    """One payout: a bank transfer from Klarna, named by its payment reference."""

    payment_reference: str
    payout_date: dt.datetime
    currency_code: str
    totals: Totals = msgspec.field(default_factory=Totals)
    merchant_settlement_type: str | None = None
    merchant_id: str | None = None
    currency_code_of_registration_country: str | None = None
    transactions: str | None = None


class Pagination(Model):
    """Where a page sits: `next` is an absolute URL, absent (or null, or "") on the last page."""

    count: int = 0
    total: int | None = None
    offset: int | None = None
    next: str | None = None
    prev: str | None = None


class PayoutCollection(Model):
    """One page of payouts."""

    payouts: list[Payout] = msgspec.field(default_factory=list)
    pagination: Pagination = msgspec.field(default_factory=Pagination)


class Transaction(Model):
    """One line of a payout (or not yet paid out, when `payment_reference` is absent)."""

    amount: int
    type: str
    order_id: str
    detailed_type: str | None = None
    capture_id: str | None = None
    refund_id: str | None = None
    short_order_id: str | None = None
    merchant_reference1: str | None = None
    merchant_reference2: str | None = None
    merchant_capture_reference: str | None = None
    merchant_refund_reference: str | None = None
    sale_date: dt.datetime | None = None
    capture_date: dt.datetime | None = None
    payment_reference: str | None = None
    payout: str | None = None
    currency_code: str | None = None
    purchase_country: str | None = None
    shipping_country: str | None = None
    # The name third-party ingesters see in real answers instead of (or beside) shipping_country.
    shipping_address_country: str | None = None
    merchant_id: str | None = None
    vat_rate: int | None = None
    vat_amount: int | None = None
    initial_payment_method_type: str | None = None
    initial_number_of_installments: int | None = None
    initial_payment_method_number_of_installments: int | None = None
    initial_payment_method_monthly_downpayments: int | None = None
    tax_in_currency_of_registration_country: int | None = None
    currency_code_of_registration_country: str | None = None
    klarna_comment: str | None = None
    reversal_reference: str | None = None

    @property
    def country(self) -> str | None:
        """The shipping country under whichever name Klarna sent it."""
        return self.shipping_country or self.shipping_address_country or None

    @property
    def capture(self) -> str | None:
        """The OM capture id; None for returns and reversals (Klarna sends "" there)."""
        return self.capture_id or None

    @property
    def refund(self) -> str | None:
        """The OM refund id, if this line is a refund."""
        return self.refund_id or None

    @property
    def signed_amount(self) -> int:
        """The amount as it moves the payout: positive adds, negative deducts (fees, returns, ...)."""
        if self.type in SIGNED_TYPES or self.type in CREDIT_TYPES:
            return self.amount
        return -abs(self.amount)

    @property
    def known_type(self) -> bool:
        """False for a type Klarna added after its spec (kept and shown as sent)."""
        return self.type in KNOWN_TYPES


class TransactionCollection(Model):
    """One page of transactions."""

    transactions: list[Transaction] = msgspec.field(default_factory=list)
    pagination: Pagination = msgspec.field(default_factory=Pagination)


class PayoutSummary(Model):
    """Totals of the payouts of one currency over a date range."""

    summary_settlement_currency: str
    summary_payout_date_start: dt.datetime | None = None
    summary_payout_date_end: dt.datetime | None = None
    summary_total_sale_amount: int = 0
    summary_total_return_amount: int = 0
    summary_total_reversal_amount: int = 0
    summary_total_fee_amount: int = 0
    summary_total_fee_correction_amount: int = 0
    summary_total_tax_amount: int = 0
    summary_total_commission_amount: int = 0
    summary_total_commission_reversal_amount: int = 0
    summary_total_holdback_amount: int = 0
    summary_total_release_amount: int = 0
    summary_total_repay_amount: int = 0
    summary_total_settlement_amount: int = 0
