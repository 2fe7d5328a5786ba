"""The order view's payout columns: when Klarna paid out each capture or deducted each refund, and its fees."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..api.models import Capture, Refund
from ..domain.dates import format_date
from ..store.values import Settled
from .models import RIGHT, Column, money, window_locale
from .qt import QtCore

PAID_COLOR = "#15803d"
WAITING_COLOR = "#6b7280"


class Settlement:
    """An order's settlement lines by capture and refund id, and whether payouts were synced at all."""

    def __init__(self) -> None:
        self.synced = False
        self.by_capture: dict[str, list[Settled]] = {}
        self.by_refund: dict[str, list[Settled]] = {}

    def set(self, lines: Sequence[Settled], synced: bool) -> None:
        """Replace what is known (lines of one order)."""
        self.synced = synced
        self.by_capture, self.by_refund = {}, {}
        for line in lines:
            if line.capture_id:
                self.by_capture.setdefault(line.capture_id, []).append(line)
            if line.refund_id:
                self.by_refund.setdefault(line.refund_id, []).append(line)

    def clear(self) -> None:
        """Nothing known (another order is loading)."""
        self.set([], False)

    def _payout_text(self, lines: list[Settled], verb: str) -> str:
        main = next((s for s in lines if s.type in ("SALE", "RETURN", "REVERSAL")), lines[0] if lines else None)
        if main is None:
            return QtCore.QCoreApplication.translate("PayoutColumns", "not yet") if self.synced else QtCore.QCoreApplication.translate("PayoutColumns", "not synced")
        # Klarna's payout date is a day (not a moment): shown as the window's locale writes dates, unshifted.
        return f"{format_date(main.payout_date.date(), window_locale())} · {main.payment_reference}"

    def capture_text(self, capture: Capture) -> str:
        """"10.2.2025 · AB12CD34" (payout date in the window's locale and payment reference), or "not yet"."""
        return self._payout_text(self.by_capture.get(capture.capture_id or "", []), "paid")

    def refund_text(self, refund: Refund) -> str:
        """The payout that deducted a refund, or "not yet"."""
        return self._payout_text(self.by_refund.get(refund.refund_id or "", []), "deducted")

    def fees(self, capture: Capture) -> int | None:
        """Klarna's fees on a capture with their VAT, once paid out."""
        fees = [s for s in self.by_capture.get(capture.capture_id or "", []) if s.type == "FEE"]
        return sum(s.amount + (s.vat_amount or 0) for s in fees) if fees else None

    def fee_tooltip(self, capture: Capture, currency: str | None, locale: str) -> str | None:
        fees = [s for s in self.by_capture.get(capture.capture_id or "", []) if s.type == "FEE"]
        return "\n".join(QtCore.QCoreApplication.translate("PayoutColumns", "{fee}: {amount} + VAT {vat}").format(
            fee=(s.detailed_type or s.type).replace("_", " ").lower(), amount=money(s.amount, currency, locale),
            vat=money(s.vat_amount or 0, currency, locale)) for s in fees) or None


def capture_columns(settlement: Settlement, currency: Callable[[], str | None], locale: str) -> list[Column[Capture]]:
    """Paid out (date and payment reference) and Klarna's fees, for the Captures tab."""
    return [
        Column(QtCore.QCoreApplication.translate("PayoutColumns", "Paid out"), settlement.capture_text,
               foreground=lambda c: PAID_COLOR if settlement.by_capture.get(c.capture_id or "") else WAITING_COLOR,
               tooltip=lambda c: QtCore.QCoreApplication.translate("PayoutColumns", "Klarna's payout that paid this capture (payment reference as on the bank "
                                 "statement)") if settlement.by_capture.get(c.capture_id or "") else
                                 QtCore.QCoreApplication.translate("PayoutColumns", "In no synced payout yet (Payouts → Sync payouts now)")),
        Column(QtCore.QCoreApplication.translate("PayoutColumns", "Klarna fees"), lambda c: "" if settlement.fees(c) is None else money(settlement.fees(c), currency(), locale),
               align=RIGHT, tooltip=lambda c: settlement.fee_tooltip(c, currency(), locale)),
    ]


def refund_columns(settlement: Settlement) -> list[Column[Refund]]:
    """Deducted (date and payment reference), for the Refunds tab."""
    return [
        Column(QtCore.QCoreApplication.translate("PayoutColumns", "Deducted"), settlement.refund_text,
               foreground=lambda r: PAID_COLOR if settlement.by_refund.get(r.refund_id or "") else WAITING_COLOR,
               tooltip=lambda r: QtCore.QCoreApplication.translate("PayoutColumns", "Klarna's payout that deducted this refund") if settlement.by_refund.get(
                   r.refund_id or "") else QtCore.QCoreApplication.translate("PayoutColumns", "In no synced payout yet")),
    ]
