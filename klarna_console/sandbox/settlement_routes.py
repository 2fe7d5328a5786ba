"""The sandbox's Settlements API routes (`/settlements/v1/...`) and its settlement settings route."""

from __future__ import annotations

import dataclasses
import datetime as dt
import urllib.parse
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, Literal

import msgspec
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from .errors import Refused, bad_value
from .params import query_int
from .settlement_reports import payout_lines, pdf, transactions_csv
from .settlements import Ledger, PayoutRecord, Row, SettlementSettings

if TYPE_CHECKING:
    from .simulator import Sandbox

JSON = "application/json"
BASE = "/settlements/v1"
DEFAULT_SIZE = 20
MAX_SIZE = 500

SettlementHandler = Callable[["Sandbox", Request, Ledger, str], Response]


def _json(data: Any) -> Response:
    return Response(msgspec.json.encode(data), media_type=JSON)


def _time(request: Request, name: str, *, required: bool) -> dt.datetime | None:
    """A date bound: an ISO 8601 date-time, or a bare date read as its midnight (UTC) as Klarna reads it."""
    raw = request.query_params.get(name, "").strip()
    if not raw:
        if required:
            raise bad_value(f"{name}: is required (an ISO 8601 date-time such as 2025-01-31T00:00:00Z)")
        return None
    try:
        value = dt.datetime.fromisoformat(raw.replace("Z", "+00:00").replace(" ", "+"))
    except ValueError:
        raise bad_value(f"{name}: {raw[:40]!r} is not an ISO 8601 date or date-time") from None
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def _range(request: Request, *, required: bool) -> tuple[dt.datetime | None, dt.datetime | None]:
    start, end = _time(request, "start_date", required=required), _time(request, "end_date", required=required)
    if start and end and start > end:
        raise bad_value("end_date: must not be before start_date")
    return start, end


def _page(request: Request, items: list[Any], key: str) -> Response:
    """One page with Klarna's pagination block; `next` and `prev` repeat the query with a new offset."""
    size = query_int(request, "size", DEFAULT_SIZE, 1, MAX_SIZE)
    offset = query_int(request, "offset", 0, 0, 10**12)
    chunk = items[offset: offset + size]
    pagination: dict[str, Any] = {"count": len(chunk), "total": len(items), "offset": offset}

    def link(new_offset: int) -> str:
        query = [(k, v) for k, v in request.query_params.multi_items() if k not in ("offset", "size")]
        query += [("offset", str(new_offset)), ("size", str(size))]
        return f"{_base(request)}{request.url.path}?{urllib.parse.urlencode(query)}"

    if offset + size < len(items):
        pagination["next"] = link(offset + size)
    if offset > 0:
        pagination["prev"] = link(max(0, offset - size))
    return Response(msgspec.json.encode({key: chunk, "pagination": pagination}), media_type=JSON)


def _base(request: Request) -> str:
    return str(request.base_url).rstrip("/")


def _payout_json(sb: Sandbox, request: Request, payout: PayoutRecord) -> dict[str, Any]:
    settings = sb.settlements.settings
    return {
        "totals": payout.totals, "payment_reference": payout.payment_reference,
        "payout_date": payout.payout_date, "currency_code": payout.currency_code,
        "currency_code_of_registration_country": payout.currency_code,
        "merchant_settlement_type": settings.settlement_type, "merchant_id": settings.merchant_id,
        "transactions": f"{_base(request)}{BASE}/transactions?payment_reference={payout.payment_reference}",
    }


def _in_range(ledger: Ledger, request: Request, *, required: bool) -> list[PayoutRecord]:
    start, end = _range(request, required=required)
    currency = request.query_params.get("currency_code", "").strip().upper()
    return [p for p in ledger.payouts
            if (start is None or p.payout_date >= start) and (end is None or p.payout_date <= end)
            and (not currency or p.currency_code == currency)]


def _payout(ledger: Ledger, reference: str) -> PayoutRecord:
    if not reference.strip():
        raise bad_value("payment_reference: is required")
    found = ledger.by_reference.get(reference)
    if found is None:
        raise Refused(404, "NOT_FOUND", f"No payout has the payment reference {reference}")
    return found


def list_payouts(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /payouts."""
    return _page(request, [_payout_json(sb, request, p) for p in _in_range(ledger, request, required=False)],
                 "payouts")


def get_payout(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /payouts/{payment_reference}."""
    return _json(_payout_json(sb, request, _payout(ledger, request.path_params["payment_reference"])))


def payout_summary(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /payouts/summary: one element per currency, echoing the requested bounds."""
    payouts = _in_range(ledger, request, required=True)
    start, end = _range(request, required=True)
    sums: dict[str, dict[str, Any]] = {}
    for p in payouts:
        s = sums.setdefault(p.currency_code, {
            "summary_settlement_currency": p.currency_code, "summary_payout_date_start": start,
            "summary_payout_date_end": end, **{f"summary_total_{name}": 0 for name in (
                "sale_amount", "return_amount", "reversal_amount", "fee_amount", "fee_correction_amount",
                "tax_amount", "commission_amount", "holdback_amount", "release_amount", "repay_amount",
                "settlement_amount")}})
        for name in list(s):
            if name.startswith("summary_total_"):
                s[name] += getattr(p.totals, name.removeprefix("summary_total_"))
    return _json([sums[c] for c in sorted(sums)])


def list_transactions(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /transactions, of one payout, one order, or all (paid-out ones unless the settings say otherwise)."""
    reference = request.query_params.get("payment_reference")
    order_id = request.query_params.get("order_id")
    start, end = _range(request, required=False)
    rows: list[Row]
    if reference is not None:
        found = ledger.by_reference.get(reference)
        rows = list(found.rows) if found else []
    else:
        show_unpaid = sb.settlements.settings.show_unpaid
        rows = [r for r in ledger.rows if r.payment_reference is not None or show_unpaid]
    if order_id is not None:
        rows = [r for r in rows if r.order_id == order_id]
    if start is not None or end is not None:
        rows = [r for r in rows if (start is None or r.capture_date >= start) and (end is None or r.capture_date <= end)]
    return _page(request, rows, "transactions")


def _report(body: bytes, kind: str, name: str) -> Response:
    return Response(body, media_type=kind, headers={"Content-Disposition": f'attachment; filename="{name}"'})


def report_payout_csv(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /reports/payout-with-transactions?payment_reference=."""
    payout = _payout(ledger, request.query_params.get("payment_reference", ""))
    return _report(transactions_csv([payout]), "text/csv; charset=utf-8", f"{payout.payment_reference}.csv")


def report_payout_pdf(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /reports/payout?payment_reference=."""
    payout = _payout(ledger, request.query_params.get("payment_reference", ""))
    return _report(pdf(payout_lines([payout])), "application/pdf", f"{payout.payment_reference}.pdf")


def report_summary_csv(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /reports/payouts-summary-with-transactions?start_date=&end_date=."""
    return _report(transactions_csv(_in_range(ledger, request, required=True)), "text/csv; charset=utf-8",
                   "payouts.csv")


def report_summary_pdf(sb: Sandbox, request: Request, ledger: Ledger, base: str) -> Response:
    """GET /reports/payouts-summary?start_date=&end_date=."""
    return _report(pdf(payout_lines(_in_range(ledger, request, required=True))), "application/pdf", "payouts.pdf")


# `summary` before `{payment_reference}`: both match /payouts/summary.
SETTLEMENT_ROUTES: list[tuple[str, SettlementHandler]] = [
    (BASE + "/payouts", list_payouts),
    (BASE + "/payouts/summary", payout_summary),
    (BASE + "/payouts/{payment_reference}", get_payout),
    (BASE + "/transactions", list_transactions),
    (BASE + "/reports/payout-with-transactions", report_payout_csv),
    (BASE + "/reports/payout", report_payout_pdf),
    (BASE + "/reports/payouts-summary-with-transactions", report_summary_csv),
    (BASE + "/reports/payouts-summary", report_summary_pdf),
]


def settlement_endpoint(handler: SettlementHandler) -> Callable[[Request], Awaitable[Response]]:
    """A Settlements read: the account's faults (rate limit, latency, 5xx) as on OM, then the ledger."""

    async def endpoint(request: Request) -> Response:
        from .responses import delayed_or_failed, error_response

        sandbox: Sandbox = request.app.state.sandbox
        faults = sandbox.faults
        wait = faults.retry_after()
        if wait is not None:
            return error_response(429, "TOO_MANY_REQUESTS", "Too many requests", headers={"Retry-After": str(wait)})
        injected = await delayed_or_failed(faults)
        if injected is not None:
            return injected
        try:
            with sandbox.state.lock:
                ledger = sandbox.settlements.ledger(_base(request))
                return handler(sandbox, request, ledger, _base(request))
        except Refused as refused:
            return Response(refused.body(), status_code=refused.status, media_type=JSON)

    return endpoint


class SettingsBody(msgspec.Struct, forbid_unknown_fields=True, kw_only=True):
    """Body of POST /sandbox/v1/settlements: the payout contract (fields left out keep their defaults)."""

    delay_days: int = msgspec.field(default=7)
    frequency: Literal["daily", "weekly"] = "daily"
    settlement_type: Literal["NET", "GROSS", "GROSS_FEE"] = "NET"
    show_unpaid: bool = False
    shipping_field: Literal["shipping_country", "shipping_address_country"] = "shipping_country"
    merchant_id_on_rows: bool = False


def admin_get_settlements(sb: Sandbox, request: Request, body: bytes) -> Response:
    """GET /sandbox/v1/settlements."""
    return _json(dataclasses.asdict(sb.settlements.settings))


def admin_set_settlements(sb: Sandbox, request: Request, body: bytes) -> Response:
    """POST /sandbox/v1/settlements."""
    from .admin_routes import _admin_body

    new = _admin_body(SettingsBody, body)
    if not 0 <= new.delay_days <= 90:
        raise bad_value(f"delay_days: must be between 0 and 90 (got {new.delay_days})")
    settings = SettlementSettings(**msgspec.structs.asdict(new), merchant_id=sb.settlements.settings.merchant_id)
    sb.settlements.configure(settings)
    return _json(dataclasses.asdict(settings))


def settlement_routes() -> list[Route]:
    """The Settlements routes and the settings routes, ready for the app's route list."""
    from .admin_routes import admin

    routes = [Route(path, settlement_endpoint(handler), methods=["GET"]) for path, handler in SETTLEMENT_ROUTES]
    routes += [Route("/sandbox/v1/settlements", admin(admin_get_settlements), methods=["GET"]),
               Route("/sandbox/v1/settlements", admin(admin_set_settlements), methods=["POST"])]
    return routes
