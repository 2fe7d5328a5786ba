"""The Settlements client: its eight operations, lenient parsing of real-world drift, next-link paging."""

from __future__ import annotations

import urllib.parse

import httpx
import pytest
from klarna_console.api import RequestValidationError, UnexpectedResponseError
from klarna_console.api.settlements import SettlementsClient
from klarna_console.reasons import Code, reason
from klarna_console.sandbox.klarna_errors import validation_message as said

from .conftest import ORDER_ID, error

HOST = "https://api.playground.klarna.com"
JSON_UTF8 = {"Content-Type": "application/json; charset=utf-8"}


def payout(reference: str, date: str = "2025-02-10T06:00:00Z") -> dict:
    """A payout as Klarna sends it (totals add up: 100000 - 3290 - 822 = 95888)."""
    return {
        "totals": {"sale_amount": 100000, "return_amount": 0, "reversal_amount": 0, "fee_amount": 3290,
                   "tax_amount": 822, "fee_refund_amount": 0, "tax_refund_amount": 0, "commission_amount": 0,
                   "charge_amount": 0, "credit_amount": 0, "holdback_amount": 0, "release_amount": 0,
                   "repay_amount": 0, "deposit_amount": 0, "opening_debt_balance_amount": 0,
                   "closing_debt_balance_amount": 0, "settlement_amount": 95888},
        "payment_reference": reference, "payout_date": date, "currency_code": "SEK",
        "merchant_settlement_type": "NET", "merchant_id": "N4711",
        "transactions": f"{HOST}/settlements/v1/transactions?payment_reference={reference}",
    }


def sale(**fields: object) -> dict:
    row = {"amount": 100000, "type": "SALE", "detailed_type": "PURCHASE", "order_id": ORDER_ID,
           "capture_id": "c-1", "sale_date": "2025-02-01T09:00:00.000Z", "capture_date": "2025-02-02T10:00:00Z",
           "currency_code": "SEK", "purchase_country": "SE", "payment_reference": "AB12CD34"}
    row.update(fields)
    return row


def settlements(klarna) -> SettlementsClient:
    return SettlementsClient.over(klarna.client())


async def test_payout_pages_follow_next_links_on_our_own_host(klarna):
    # SETTLEMENTS.md §5.2: `next` is an absolute URL repeating the query, absent or "" on the last page;
    # §2.1: a bare end date means its midnight, so a chosen day is sent as 23:59:59; §2: charset suffix.
    first = {"payouts": [payout("AB12CD34")], "pagination": {
        "count": 1, "total": 2, "offset": 0,
        # The link names another host: the credentials must not follow it there.
        "next": "https://elsewhere.example/settlements/v1/payouts?currency_code=SEK&offset=1&size=1"}}
    last = {"payouts": [payout("EF56GH78", "2025-02-09T06:00:00Z")], "pagination": {"count": 1, "offset": 1,
                                                                                     "next": ""}}
    klarna.answer(httpx.Response(200, json=first, headers=JSON_UTF8), httpx.Response(200, json=last))
    async with settlements(klarna) as client:
        pages = [page async for page in client.payout_pages(start_date="2025-02-01", end_date="2025-02-28",
                                                             currency_code="sek", size=1)]
    assert [p.payment_reference for page in pages for p in page.payouts] == ["AB12CD34", "EF56GH78"]
    first_query = dict(urllib.parse.parse_qsl(klarna.requests[0].url.query.decode()))
    # A chosen end day is included whole (Klarna reads a bare date as its midnight).
    assert first_query == {"start_date": "2025-02-01T00:00:00Z", "end_date": "2025-02-28T23:59:59Z",
                           "currency_code": "SEK", "size": "1"}
    assert klarna.requests[1].url.host == "api.playground.klarna.com"
    assert klarna.requests[1].url.path == "/settlements/v1/payouts"
    assert dict(urllib.parse.parse_qsl(klarna.requests[1].url.query.decode()))["offset"] == "1"
    assert all(r.headers["Authorization"].startswith("Basic ") for r in klarna.requests)
    assert pages[0].payouts[0].totals.adds_up()


async def test_transactions_parse_leniently(klarna):
    # SETTLEMENTS.md §2.6 (naming drift: shipping_address_country, merchant_id), §2.6 Transaction
    # (capture_id "" on returns), §3 (type and detailed_type are open), §2.8 (amounts are magnitudes).
    rows = [
        sale(shipping_address_country="SE", merchant_id="N4711"),
        sale(type="FEE", detailed_type="PURCHASE_FEE_PERCENTAGE", amount=2990, vat_rate=2500, vat_amount=748),
        sale(type="RETURN", detailed_type="PURCHASE_RETURN", capture_id="", refund_id="r-1", amount=20000,
             shipping_country="NO"),
        sale(type="REVENUE_SHARE", detailed_type="SOMETHING_NEWER", amount=10),
    ]
    klarna.answer(httpx.Response(200, json={"transactions": rows, "pagination": {"count": 4}}))
    async with settlements(klarna) as client:
        found = await client.payout_transactions("AB12CD34")
    sale_row, fee, refund, newer = found
    assert sale_row.country == "SE" and refund.country == "NO"
    assert refund.capture is None and refund.refund == "r-1" and refund.signed_amount == -20000
    assert fee.signed_amount == -2990 and sale_row.signed_amount == 100000
    assert newer.type == "REVENUE_SHARE" and not newer.known_type and newer.detailed_type == "SOMETHING_NEWER"
    assert sale_row.sale_date is not None and sale_row.sale_date.tzinfo is not None
    assert klarna.last.url.params["payment_reference"] == "AB12CD34"
    assert klarna.last.url.params["size"] == "500"


async def test_one_payout_summary_and_the_four_reports(klarna):
    summary = [{"summary_settlement_currency": "SEK", "summary_payout_date_start": "2025-02-01T00:00:00Z",
                "summary_payout_date_end": "2025-02-28T23:59:59Z", "summary_total_sale_amount": 100000,
                "summary_total_settlement_amount": 95888}]

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/payouts/summary"):
            return httpx.Response(200, json=summary)
        if path.startswith("/settlements/v1/payouts/"):
            return httpx.Response(200, json=payout(path.rsplit("/", 1)[-1]))
        if path.endswith(("/payout-with-transactions", "/payouts-summary-with-transactions")):
            return httpx.Response(200, content=b"type,amount\r\nSALE,1000.00\r\n",
                                  headers={"Content-Type": "text/csv; charset=utf-8"})
        return httpx.Response(200, content=b"%PDF-1.4\n%%EOF\n", headers={"Content-Type": "application/pdf"})

    klarna.answer(answer)
    async with settlements(klarna) as client:
        one = await client.get_payout("AB12CD34")
        totals = await client.payout_summary(start_date="2025-02-01", end_date="2025-02-28")
        csv_one = await client.payout_report_csv("AB12CD34")
        pdf_one = await client.payout_report_pdf("AB12CD34")
        csv_all = await client.summary_report_csv(start_date="2025-02-01", end_date="2025-02-28")
        pdf_all = await client.summary_report_pdf(start_date="2025-02-01", end_date="2025-02-28")
    assert one.payment_reference == "AB12CD34" and one.totals.settlement_amount == 95888
    assert totals[0].summary_settlement_currency == "SEK" and totals[0].summary_total_fee_amount == 0
    assert csv_one.startswith(b"type,") and csv_all.startswith(b"type,")
    assert pdf_one.startswith(b"%PDF") and pdf_all.startswith(b"%PDF")
    paths = [r.url.path for r in klarna.requests]
    assert paths == ["/settlements/v1/payouts/AB12CD34", "/settlements/v1/payouts/summary",
                     "/settlements/v1/reports/payout-with-transactions", "/settlements/v1/reports/payout",
                     "/settlements/v1/reports/payouts-summary-with-transactions",
                     "/settlements/v1/reports/payouts-summary"]
    assert klarna.requests[3].headers["Accept"] == "application/pdf"


async def test_a_report_in_the_wrong_format_is_an_error(klarna):
    klarna.answer(httpx.Response(200, json={"not": "a pdf"}))
    async with settlements(klarna) as client:
        with pytest.raises(UnexpectedResponseError) as caught:
            await client.payout_report_pdf("AB12CD34")
    assert caught.value.said == reason(Code.KLARNA_REPORT_TYPE, report="payout", got="application/json",
                                       expected="application/pdf")


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_rate_limits_are_retried_as_on_order_management(klarna):
    klarna.answer(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "1"}),
                  httpx.Response(200, json={"payouts": [], "pagination": {"count": 0}}))
    async with settlements(klarna) as client:
        page = await client.list_payouts()
    assert page.payouts == [] and klarna.sleeps == [1.0] and len(klarna.requests) == 2


async def test_an_unknown_payout_is_not_found(klarna):
    klarna.answer(error(404, "NOT_FOUND", "no payout XX"))
    async with settlements(klarna) as client:
        with pytest.raises(Exception, match="no payout XX") as caught:
            await client.get_payout("XX")
    assert caught.value.status == 404


@pytest.mark.parametrize(("call", "field"), [
    (lambda c: c.list_payouts(size=501), "size"),
    (lambda c: c.list_payouts(size=0), "size"),
    (lambda c: c.list_payouts(offset=-1), "offset"),
    (lambda c: c.list_payouts(currency_code="euro"), "currency_code"),
    (lambda c: c.list_payouts(start_date="2025-03-01", end_date="2025-02-01"), "end_date"),
    (lambda c: c.list_payouts(start_date="1st of May"), "start_date"),
    (lambda c: c.get_payout(" "), "payment_reference"),
    (lambda c: c.payout_report_csv("A B"), "payment_reference"),
    (lambda c: c.get_payout(".."), "payment_reference"),
    (lambda c: c.get_payout("../orders"), "payment_reference"),
    (lambda c: c.list_transactions(order_id="not-an-order"), "order_id"),
])
async def test_bad_input_is_refused_before_anything_is_sent(klarna, call, field):
    async with settlements(klarna) as client:
        with pytest.raises(RequestValidationError) as caught:
            await call(client)
    assert caught.value.field == field and field in str(caught.value)
    assert klarna.requests == []


async def test_summary_reports_need_both_dates(klarna):
    async with settlements(klarna) as client:
        with pytest.raises(RequestValidationError) as caught:
            await client.summary_report_csv(start_date="2025-02-01", end_date=None)  # type: ignore[arg-type]
    assert said(caught.value.reason) == "end_date: is required"
    assert klarna.requests == []


async def test_sharing_a_connection_leaves_it_to_its_owner(klarna):
    klarna.answer(httpx.Response(200, json={"payouts": [], "pagination": {"count": 0}}))
    om = klarna.client()
    async with SettlementsClient.over(om) as client:
        await client.list_payouts()
    assert not om._http.is_closed
    await om.aclose()
    assert om._http.is_closed
    assert repr(client) == "<SettlementsClient https://api.playground.klarna.com>"
