"""The embedded Klarna Order Management simulator: same routes, same rules, demo data and faults.

What the sandbox decides where Klarna does not document its behaviour (the business rules
themselves are in `domain.rules`, shared with the window, and are not repeated here):

- Expiry: when the sandbox clock passes `expires_at`, an AUTHORIZED order becomes EXPIRED (its amounts
  are left as they were). A PART_CAPTURED order keeps its status; the rules refuse further captures
  and changes of its amount.
- Cancel and release set `remaining_authorized_amount` to 0; release sets CLOSED. A full refund
  changes no status. Updating the authorization of a PART_CAPTURED order down to the captured amount
  makes it CAPTURED.
- A capture that takes the whole order amount at once and sends no lines gets the order's lines.
  Capture and authorization lines are kept as sent; their sums are not checked against the amount
  (Klarna documents no such check for them). `shipping_delay` above 0 needs the feature on the
  account, which Klarna enables on request: it is 403 CAPTURE_NOT_ALLOWED unless the sandbox is made
  with `Sandbox(shipping_delay=True)`; 0 is accepted; it is never kept (the spec never returns
  it). A capture also acknowledges the order.
- Refund lines add up to `refunded_amount` exactly, as Klarna requires; otherwise 400 BAD_VALUE (the
  code is not documented). A return fee is a `return_fee` line with a negative amount (Klarna's
  example refunds 9500 on a 10000 item with a -500 fee line); a positive one is 400 BAD_VALUE. A fee
  where `domain.rules.can_charge_return_fee` refuses it is 403 REFUND_NOT_ALLOWED (the code Klarna
  uses for refunds it will not make). Body checks come before the order's state (400 before 403).
- Refund allocation: a refund line whose `reference` matches a line of a capture is credited to that
  capture (oldest first), up to the line's total; the rest goes to captures oldest first. Return-fee
  lines never match a capture. Refunds of B2B_INVOICE / INVOICE_BUSINESS orders have
  `credit_invoice: true`.
- Customer details: a body naming `billing_address` is refused (403 NOT_ALLOWED) before anything else
  is checked. Given shipping fields replace the old ones, "" clears one; an address left without
  given/family name, street, postal code, city or country, in another country than the purchase, or
  a US address without region, is 422 INVALID_ADDRESS. Merchant references: "" clears (the field is
  then omitted).
- Extend due date: pay-later captures are offered 7, 14 or 30 days at a fee per currency
  (`operations.DUE_DATE_FEES`); a capture's due date can be extended once, after which the options
  are empty and the PATCH is 403. The options of a capture whose due date cannot move (not pay
  later, fully refunded) are an empty list: the spec gives that GET only 200 and 404. Trigger send-out and acknowledge are recorded as events (admin GET).
- Fraud: PENDING exists only for US and GB orders. A decision of REJECTED also cancels the order.
- Unknown request fields are ignored (the spec leaves objects open). A value outside the spec's
  limits (a length, a count, a range) is 422 UNPROCESSABLE_ENTITY naming the field and the limit,
  as in Klarna's error table; a body that is not a JSON object, a field of the wrong kind or an
  unknown enum value is 400 BAD_VALUE, and so is JSON nested deeper than 32 levels (no request of
  the spec comes close). A write with a body must send it as JSON: any Content-Type but
  application/json (or a `+json` type), none, or bytes that are not UTF-8 are 415
  UNSUPPORTED_MEDIA_TYPE (the spec's request bodies are application/json only); an empty body needs
  no Content-Type. "1 MB" is read as 1 MiB: a bigger body (by Content-Length or as it streams) is
  413 REQUEST_TOO_LARGE. Timestamps are whole seconds, UTC.
- An order id that is not a UUID (8-4-4-4-12 hex digits) is 400 INVALID_ORDER_ID "Order ID must be a
  valid UUID." (Klarna's sample shows the code and message, not the status). A UUID no order has is
  404 NO_SUCH_ORDER; an unknown capture 404 NO_SUCH_CAPTURE; an unknown refund 404 NOT_FOUND (capture
  and refund ids are not checked for form: Klarna documents nothing). The order and capture are
  looked up before the body is read, so these come before any 400/415/422; a capture-level write on
  an order with no captures is its rule's 403. 401 answers carry `error_code` UNAUTHORIZED and a
  WWW-Authenticate header; unknown routes are 404 NOT_FOUND and wrong methods 405 with an `Allow`
  header naming every method the path serves, as JSON errors.
- Idempotency: only the key counts (not the route, not the body). The replayed answers are those the
  operation itself gave (2xx, 403, 404, 409, 422), for 24 hours of the sandbox clock; a refused body
  (400, 415, or 422 from the spec's limits), 401, 413, 429 or injected 5xx is not kept, so a
  corrected or later retry runs.
- Faults apply to Order Management routes only, in this order: rate limit (429 with Retry-After in
  whole seconds), latency, injected 5xx (nothing applied), the operation, then a lost response for
  an applied write (503 TEMPORARILY_UNAVAILABLE, or the connection closed with no answer). A replay is
  never lost.
- Rate limit: 200 requests a second unless configured (Klarna's production figure for OM), counted
  by a token bucket holding one second's worth. Every Order Management answer carries
  `X-Ratelimit-Limit: N, N;w=1`, `X-Ratelimit-Remaining` (whole requests left in the bucket after
  this one) and `X-Ratelimit-Reset` (whole seconds until the bucket is full again); a 429 adds
  `Retry-After`. The sandbox's own routes are not limited and carry no such headers.
- Settlements (`/settlements/v1/...`, derived from the orders; `settlements.py`): each capture gives a
  SALE/PURCHASE row and two FEE rows under its capture_id, PURCHASE_FEE_PERCENTAGE (basis points per
  payment method, `PERCENT_FEE_BPS`) and PURCHASE_FEE_FIXED (per currency, `FIXED_FEE`), each with VAT
  at the market's rate (`FEE_VAT`, in hundredths of a percent, as vat_rate); fees are rounded half
  away from zero. Each refund gives a RETURN/PURCHASE_RETURN row with capture_id "" and its
  refunded_amount (return fees do not change Klarna's fees). Amounts are magnitudes; the type gives
  the direction. Sales and fees fall due `delay_days` (default 7) after the capture, returns at once;
  payouts are made per currency at 06:00 UTC every business day (or Mondays, `frequency: weekly`)
  and take every row due by then. A payout whose deductions exceed its credits pays 0 and books the
  shortfall as deposit (debt), repaid first out of the next payouts. Payment references are 8
  characters, stable for a seed, currency and date. Payouts are listed newest first; date bounds are
  inclusive and filter on payout_date (a bare date is its midnight UTC); on /transactions they filter
  on capture_date. The unfiltered /transactions lists paid-out rows only (`show_unpaid` shows the
  rest without payment_reference). Rows carry `shipping_country` as the spec names it
  (`shipping_field` switches to the observed `shipping_address_country`; `merchant_id_on_rows` adds
  merchant_id). size is 1..500 (default 20), offset >= 0, else 400 BAD_VALUE naming the parameter;
  an unknown payment reference is 404 NOT_FOUND; errors are JSON even on the report routes. `next`
  and `prev` repeat the query with the new offset and are left out at the ends. CSV reports: comma
  separated, a header line, decimal amounts, one line per transaction; PDFs list each payout's
  totals. The rate limit, latency and injected 5xx faults apply to these routes too.
- `GET|POST /sandbox/v1/settlements`: the payout contract `{"delay_days" (0..90), "frequency"
  ("daily" | "weekly"), "settlement_type", "show_unpaid", "shipping_field", "merchant_id_on_rows"}`;
  it is not kept in the state file.

In Python: `Sandbox(orders=200, seed=1, state_path=None, username="sandbox", password=None, clock=None,
shipping_delay=False, settlements=None)`
gives `.app` (ASGI), `.transport()` / `.client()` / `.settlements_client()` for in-process use,
`.settlements` (the ledger; `Sandbox(settlements=SettlementSettings(...))` sets the contract), `.clock`, `.faults`, `.order(id)`,
`.create_order(...)`, `.list_orders(offset, limit, full)`; `server.LiveServer(sandbox)` serves it over
loopback HTTP and `server.serve_cli(args)` is `klarna-console sandbox`.
`account.SandboxAccount` is the account alone (orders, clock, replay cache, state file, listings),
without the web app, faults and settlements: it loads neither starlette nor httpx nor asyncio.

The sandbox's own routes (Basic auth as for Klarna's routes; JSON in and out; errors as Klarna's):

- `POST /sandbox/v1/orders`: create an order. Body (`orders.NewOrder`): purchase_country,
  purchase_currency, locale, order_amount, order_lines (Klarna's line fields; totals must add up),
  optional order_tax_amount, billing_address, shipping_address (defaults to billing), customer,
  merchant_reference1/2, merchant_data, payment_method_type or initial_payment_method {type,
  description, number_of_installments} (default INVOICE), fraud_status (ACCEPTED | PENDING |
  REJECTED), created_at, expires_at (default created_at + 28 days), order_id, klarna_reference.
  201 `{"order_id", "klarna_reference", "status"}` with Location: the order's OM URL.
- `GET /sandbox/v1/orders?offset=0&limit=100&full=0`: newest first; limit 1..1000.
  200 `{"orders": [...], "total": N, "offset": O, "limit": L}`; each row is `{"order_id",
  "klarna_reference", "status", "fraud_status", "created_at", "expires_at", "order_amount",
  "purchase_currency", "merchant_reference1"}`, or with `full=1` the whole order as GET
  /ordermanagement/v1/orders/{id} returns it.
- `GET /sandbox/v1/orders/{id}`: `{"order": {...}, "acknowledged": bool, "events": [{"type", "at",
  "capture_id"?, "refund_id"?, "details"?}]}`.
- `POST /sandbox/v1/orders/{id}/fraud` `{"decision": "ACCEPTED" | "REJECTED"}`: for a PENDING order
  (else 409 CONFLICT). 200 `{"order_id", "status", "fraud_status"}`.
- `GET|POST /sandbox/v1/faults`: the fault settings `{"latency_ms", "error_rate", "error_status"
  (500|502|503), "rate_limit_per_second" (default 200; null = no limit and no
  X-Ratelimit headers), "rate_limit_announced" (null = as enforced), "lost_response_rate", "lost_mode" ("503" |
  "drop"), "seed"}`. POST replaces them all (fields left out take their defaults; `{}` clears the faults) and
  returns them.
- `GET|POST /sandbox/v1/clock`: `{"now": ISO-8601}`; POST `{"days", "hours", "minutes", "seconds"}`
  (each optional, >= 0) moves the clock forward and returns the new now; more than 3650 days at a
  time, or past the year 9999, is 400 and leaves the clock.
"""

from typing import TYPE_CHECKING, Any

from .clock import Clock
from .errors import Refused
from .orders import NewOrder

if TYPE_CHECKING:
    from .faults import Faults, FaultSettings
    from .simulator import Sandbox


def __getattr__(name: str) -> Any:
    # The web app, the HTTP client and asyncio come with these: loaded when first used, so a first start
    # can fill the window from the account (account.py) before them.
    if name == "Sandbox":
        from .simulator import Sandbox

        return Sandbox
    if name in ("Faults", "FaultSettings"):
        from . import faults

        return getattr(faults, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Clock", "FaultSettings", "Faults", "NewOrder", "Refused", "Sandbox"]
