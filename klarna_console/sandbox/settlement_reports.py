"""The sandbox's settlement reports: a CSV of transactions and a small PDF of payout totals, made by hand."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable

from ..domain.money import exponent
from .settlements import PayoutRecord

# The first ten columns in the order accounting tools expect them; then the rest of each row.
CSV_COLUMNS = (
    "type", "capture_date", "sale_date", "order_id", "short_order_id", "capture_id", "merchant_reference1",
    "merchant_reference2", "amount", "posting_currency", "detailed_type", "refund_id",
    "merchant_capture_reference", "merchant_refund_reference", "payment_reference", "payout_date",
    "tax_rate", "tax_amount", "purchase_country", "shipping_country", "initial_payment_method_type",
)


def decimal(minor: int | None, currency: str) -> str:
    """Minor units as the report's decimal amount (10000 SEK -> 100.00)."""
    if minor is None:
        return ""
    digits = exponent(currency)
    if digits == 0:
        return str(minor)
    sign = "-" if minor < 0 else ""
    whole, frac = divmod(abs(minor), 10**digits)
    return f"{sign}{whole}.{frac:0{digits}d}"


def _stamp(value: object) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if hasattr(value, "strftime") else ""


def transactions_csv(payouts: Iterable[PayoutRecord]) -> bytes:
    """One header line and one line per transaction of the payouts, oldest payout first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for payout in sorted(payouts, key=lambda p: (p.payout_date, p.currency_code)):
        for row in payout.rows:
            currency = row.currency_code
            writer.writerow([
                row.type, _stamp(row.capture_date), _stamp(row.sale_date), row.order_id, row.short_order_id or "",
                row.capture_id or "", row.merchant_reference1 or "", row.merchant_reference2 or "",
                decimal(row.amount, currency), currency, row.detailed_type, row.refund_id or "",
                row.merchant_capture_reference or "", row.merchant_refund_reference or "",
                payout.payment_reference, _stamp(payout.payout_date),
                "" if row.vat_rate is None else decimal(row.vat_rate, "XXX"), decimal(row.vat_amount, currency),
                row.purchase_country, row.shipping_country or row.shipping_address_country or "",
                row.initial_payment_method_type or "",
            ])
    return out.getvalue().encode("utf-8")


def _pdf_text(text: str) -> str:
    # Helvetica's WinAnsi covers Latin-1; anything else becomes '?'. Parentheses and backslashes escaped.
    safe = text.encode("latin-1", "replace").decode("latin-1")
    return safe.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def payout_lines(payouts: list[PayoutRecord]) -> list[str]:
    """The lines of the PDF: one block of totals per payout."""
    lines = ["Klarna settlement summary (sandbox)", ""]
    for p in sorted(payouts, key=lambda p: (p.payout_date, p.currency_code)):
        t, cur = p.totals, p.currency_code
        lines += [
            f"Payout {p.payment_reference}  {p.payout_date:%Y-%m-%d}  {cur}  ({len(p.rows)} transactions)",
            f"  Sales {decimal(t.sale_amount, cur)}   Returns {decimal(t.return_amount, cur)}   "
            f"Fees {decimal(t.fee_amount, cur)}   Tax on fees {decimal(t.tax_amount, cur)}",
            f"  Repaid debt {decimal(t.repay_amount, cur)}   New debt {decimal(t.deposit_amount, cur)}   "
            f"Paid out {decimal(t.settlement_amount, cur)}",
            "",
        ]
    if not payouts:
        lines.append("No payouts in this period.")
    return lines


def pdf(lines: list[str]) -> bytes:
    """A valid PDF 1.4: A4 pages of Helvetica text, 60 lines a page, with a correct cross-reference table."""
    pages = [lines[i:i + 60] for i in range(0, max(len(lines), 1), 60)] or [[]]
    objects: list[bytes] = []
    page_ids = [4 + 2 * i for i in range(len(pages))]
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{n} 0 R" for n in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for index, page in enumerate(pages):
        text = "BT /F1 9 Tf 11 TL 40 800 Td " + " ".join(f"({_pdf_text(line)}) '" for line in page) + " ET"
        stream = text.encode("latin-1")
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> "
                       f"/Contents {page_ids[index] + 1} 0 R >>".encode())
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
