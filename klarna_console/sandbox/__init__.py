"""The embedded Klarna Order Management simulator: same routes, same rules, demo data and faults.

What the sandbox decides where Klarna does not document its behaviour (the business rules
themselves are in `domain.rules`, shared with the window, and are not repeated here):

- Expiry: when the sandbox clock passes `expires_at`, an AUTHORIZED order becomes EXPIRED (its amounts
  are left as they were). A PART_CAPTURED order keeps its status; the rules refuse further captures.
- Cancel and release set `remaining_authorized_amount` to 0; release sets CLOSED. A full refund
  changes no status. Updating the authorization of a PART_CAPTURED order down to the captured amount
  makes it CAPTURED.
- A capture that takes the whole order amount at once and sends no lines gets the order's lines.
  Capture, refund and authorization lines are kept as sent; their sums are not checked against the
  amount. `shipping_delay` is accepted and not kept (the spec says it is never returned). A capture
  also acknowledges the order.
- Refund allocation: a refund line whose `reference` matches a line of a capture is credited to that
  capture (oldest first), up to the line's total; the rest goes to captures oldest first. Return-fee
  lines (`type: return_fee`) carry the fee as a positive amount, deducted from what the customer gets
  (`refunded_amount` is the net); they never match a capture; a negative one is 400. Refunds of
  B2B_INVOICE / INVOICE_BUSINESS orders have `credit_invoice: true`.
- Customer details: a body naming `billing_address` is refused (403 NOT_ALLOWED) before anything else
  is checked. Given shipping fields replace the old ones, "" clears one; an address left without
  given/family name, street, postal code, city or country, in another country than the purchase, or
  a US address without region, is 422 INVALID_ADDRESS. Merchant references: "" clears (the field is
  then omitted).
- Extend due date: pay-later captures are offered 7, 14 or 30 days at a fee per currency
  (`operations.DUE_DATE_FEES`); a capture's due date can be extended once, after which the options
  are empty and the PATCH is 403. Trigger send-out and acknowledge are recorded as events (admin GET).
- Fraud: PENDING exists only for US and GB orders. A decision of REJECTED also cancels the order.
- Unknown request fields are ignored (the spec leaves objects open); values outside the spec's
  limits are 400 BAD_VALUE naming the field and the limit. "1 MB" is read as 1 MiB: a bigger body
  (by Content-Length or as it streams) is 413 REQUEST_TOO_LARGE. Timestamps are whole seconds, UTC.
- An unknown order is 404 NO_SUCH_ORDER whatever its id looks like; an unknown capture 404
  NO_SUCH_CAPTURE; an unknown refund 404 NOT_FOUND. 401 answers carry `error_code` UNAUTHORIZED and a
  WWW-Authenticate header; unknown routes are 404 NOT_FOUND and wrong methods 405, as JSON errors.
- Idempotency: only the key counts (not the route, not the body). The replayed answers are those the
  operation itself gave (2xx, 403, 404, 409, 422), for 24 hours of the sandbox clock; a 400, 401,
  413, 429 or injected 5xx is not kept, so a corrected or later retry runs.
- Faults apply to Order Management routes only, in this order: rate limit (429 with Retry-After in
  whole seconds), latency, injected 5xx (nothing applied), the operation, then a lost response for
  an applied write (503 TEMPORARILY_UNAVAILABLE, or the connection closed with no answer). A replay is
  never lost.
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

In Python: `Sandbox(orders=200, seed=1, state_path=None, username="sandbox", password=None, clock=None)`
gives `.app` (ASGI), `.transport()` / `.client()` / `.settlements_client()` for in-process use,
`.settlements` (the ledger; `Sandbox(settlements=SettlementSettings(...))` sets the contract), `.clock`, `.faults`, `.order(id)`,
`.create_order(...)`, `.list_orders(offset, limit, full)`; `server.LiveServer(sandbox)` serves it over
loopback HTTP and `server.serve_cli(args)` is `klarna-console sandbox`.

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
  (500|502|503), "rate_limit_per_second" (null = none), "lost_response_rate", "lost_mode" ("503" |
  "drop"), "seed"}`. POST replaces them all (fields left out are off; `{}` clears) and returns them.
- `GET|POST /sandbox/v1/clock`: `{"now": ISO-8601}`; POST `{"days", "hours", "minutes", "seconds"}`
  (each optional, >= 0) moves the clock forward and returns the new now.
"""

from .clock import Clock
from .errors import Refused
from .faults import Faults, FaultSettings
from .orders import NewOrder
from .simulator import Sandbox

__all__ = ["Clock", "FaultSettings", "Faults", "NewOrder", "Refused", "Sandbox"]
