"""Every rule of DOMAIN.md §4, as a table: state by action by payment method and market, with its source.

Each row is checked twice on the same order, built in the sandbox over loopback HTTP: by the shared
rules (what the window enables) and by the sandbox itself (what Klarna would answer). The two must
agree with the row, so neither can drift from Klarna's documents. Sources are DOMAIN.md's tags;
"choice" marks a row where Klarna is silent and the sandbox's list of choices says what it decides.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from typing import Any

import pytest
from klarna_console.api.models import Order
from klarna_console.domain import rules
from klarna_console.domain.rules import Action
from klarna_console.sandbox import klarna_errors

from fixtures.sandbox import new_order_body

MARKETS = {
    "SE": {"purchase_country": "SE", "purchase_currency": "SEK", "locale": "sv-SE"},
    "DE": {"purchase_country": "DE", "purchase_currency": "EUR", "locale": "de-DE", "billing_address": None},
    "NL": {"purchase_country": "NL", "purchase_currency": "EUR", "locale": "nl-NL", "billing_address": None},
    "CH": {"purchase_country": "CH", "purchase_currency": "CHF", "locale": "de-CH", "billing_address": None},
    "GB": {"purchase_country": "GB", "purchase_currency": "GBP", "locale": "en-GB", "billing_address": None},
    "US": {"purchase_country": "US", "purchase_currency": "USD", "locale": "en-US", "billing_address": None},
}
AMOUNT = 109600  # new_order_body's order: 2 x 399 + 249 + 49 kr
PART = 40000
SHOES = 0  # the index of its first line, 2 pairs of shoes at 399 (79800)
FEE = 2900
UNKNOWN = "0c9c3f4e-5b7a-4d2e-9f10-2a3b4c5d6e7f"  # a capture no order has


@dataclasses.dataclass(frozen=True)
class Rule:
    """One row: on an order in `state` (method, market), `action` with `arg` is allowed or refused with `code`."""

    source: str
    state: str
    action: Action
    code: str | None = None  # None: allowed
    method: str = "INVOICE"
    country: str = "SE"
    arg: Any = None
    account_only: bool = False  # a rule of the merchant account that the order's rules cannot know

    def id(self) -> str:
        verdict = "ok" if self.code is None else self.code
        arg = "" if self.arg is None else f"({self.arg})"
        return f"{self.action.value}{arg}-{self.state}-{self.method}-{self.country}-{verdict}"


C, R, X, REL, EXT, UPD = (Action.CAPTURE, Action.REFUND, Action.CANCEL, Action.RELEASE_REMAINING,
                          Action.EXTEND_AUTHORIZATION, Action.UPDATE_AUTHORIZATION)
CUS, REF, ACK, OSH, CSH, SEND, DUE = (
    Action.UPDATE_CUSTOMER_DETAILS, Action.UPDATE_MERCHANT_REFERENCES, Action.ACKNOWLEDGE,
    Action.ADD_ORDER_SHIPPING_INFO, Action.ADD_CAPTURE_SHIPPING_INFO, Action.TRIGGER_SEND_OUT, Action.EXTEND_DUE_DATE)
CNA, RNA, XNA, NA, NSC = ("CAPTURE_NOT_ALLOWED", "REFUND_NOT_ALLOWED", "CANCEL_NOT_ALLOWED", "NOT_ALLOWED",
                          "NO_SUCH_CAPTURE")

TABLE = [
    # Capture (§4.4 Capture; §4.3 fraud)
    Rule("S1: capture an authorization", "authorized", C, arg=PART),
    Rule("S1: capture the whole order", "authorized", C, arg=AMOUNT),
    Rule("S10: partial captures, several of them", "part_captured", C, arg=AMOUNT - PART),
    Rule("S8: amount <= remaining_authorized_amount", "part_captured", C, CNA, arg=AMOUNT - PART + 1),
    Rule("S8: not on a cancelled order", "cancelled", C, CNA, arg=PART),
    Rule("S1: only until expires_at", "expired", C, CNA, arg=PART),
    Rule("S1: only until expires_at, part-captured too", "part_captured_expired", C, CNA, arg=PART),
    Rule("S10: nothing after release", "closed", C, CNA, arg=PART),
    Rule("S20a, §4.3: not while fraud review is pending", "fraud_pending", C, CNA, country="US", arg=PART),
    Rule("§4.3: a rejected review ends the authorization", "fraud_rejected", C, CNA, country="US", arg=PART),
    Rule("§4.3: an accepted review can be captured", "fraud_accepted", C, country="GB", arg=PART),
    Rule("S2: captured_amount minimum is 0", "authorized", C, arg=0),
    Rule("§4.4: shipping_delay needs enabling on the account", "authorized", C, CNA,
         arg={"shipping_delay": 3}, account_only=True),
    Rule("S2: shipping_delay 0 asks for nothing", "authorized", C, arg={"shipping_delay": 0}, account_only=True),
    # Refund (§4.4 Refund, return fees)
    Rule("S8: refund needs a capture", "authorized", R, RNA, arg=100),
    Rule("§4.4: refund <= captured minus refunded", "captured", R, RNA, arg=AMOUNT + 1),
    Rule("S1: refund what was captured", "captured", R, arg=AMOUNT),
    Rule("S2: refunded_amount minimum is 0", "captured", R, arg=0),
    Rule("choice: a closed order refunds what was captured", "closed", R, arg=PART),
    Rule("S10 return fees, S16: fee in SE", "captured", R, arg="fee"),
    Rule("S10 return fees, S16: fee in DE", "captured", R, country="DE", arg="fee"),
    Rule("S10 return fees, S16: fee in NL", "captured", R, country="NL", arg="fee"),
    Rule("S16: no fee in GB", "captured", R, RNA, country="GB", arg="fee"),
    Rule("S16: no fee in US", "captured", R, RNA, country="US", arg="fee"),
    Rule("S10 return fees: fee only on a single capture", "two_captures", R, RNA, arg="fee"),
    # Cancel
    Rule("S10: cancel an authorization without captures", "authorized", X),
    Rule("S8, S10: not with captures", "part_captured", X, XNA),
    Rule("S1: not when closed", "closed", X, XNA),
    Rule("choice: nothing forbids cancelling an expired order", "expired", X),
    Rule("choice: a cancelled order cannot be cancelled again", "cancelled", X, XNA),
    Rule("§4.3: a pending order can be cancelled (stop requests)", "fraud_pending", X, country="US"),
    # Release remaining authorization
    Rule("S10: release a part-captured order", "part_captured", REL),
    Rule("S1, S10: not without captures", "authorized", REL, NA),
    Rule("S1, S10: not when fully captured", "captured", REL, NA),
    Rule("S1: not when cancelled", "cancelled", REL, NA),
    Rule("choice: release past expiry only drops what cannot be captured", "part_captured_expired", REL),
    # Extend authorization time
    Rule("S10 extend: an open authorization", "authorized", EXT),
    Rule("S10 extend: not once expired", "expired", EXT, NA),
    Rule("S13: at most 180 days after creation", "at_180_days", EXT, NA),
    Rule("S10 extend: not for US Slice it (FIXED_SUM_CREDIT)", "authorized", EXT, NA, "FIXED_SUM_CREDIT", "US"),
    Rule("choice: FIXED_SUM_CREDIT elsewhere is not excluded", "authorized", EXT, method="FIXED_SUM_CREDIT"),
    Rule("choice: nothing left to extend when fully captured", "captured", EXT, NA),
    # Update authorization: state and captured amount
    Rule("S1: lower the amount of an open order", "authorized", UPD, arg=-1000),
    Rule("S10: never below the captured amount", "part_captured", UPD, NA, arg=PART - 1 - AMOUNT),
    Rule("S10: down to the captured amount", "part_captured", UPD, arg=PART - AMOUNT),
    Rule("§4.4: not when fully captured", "captured", UPD, NA, arg=-1000),
    Rule("§4.4: not when cancelled", "cancelled", UPD, NA, arg=-1000),
    Rule("§4.4: not when expired", "expired", UPD, NA, arg=-1000),
    Rule("§4.4: not past expiry, part-captured too", "part_captured_expired", UPD, NA, arg=-1000),
    # Update authorization: increases by payment method and market (pre-delivery guide)
    Rule("pre-delivery guide: INVOICE", "authorized", UPD, arg=1000),
    Rule("pre-delivery guide: INVOICE, not CH", "authorized", UPD, NA, country="CH", arg=1000),
    Rule("pre-delivery guide: INVOICE_BUSINESS", "authorized", UPD, method="INVOICE_BUSINESS", country="DE", arg=1000),
    Rule("pre-delivery guide: INVOICE_BUSINESS, not CH", "authorized", UPD, NA, "INVOICE_BUSINESS", "CH", arg=1000),
    Rule("pre-delivery guide: ACCOUNT", "authorized", UPD, method="ACCOUNT", arg=1000),
    Rule("pre-delivery guide: DIRECT_DEBIT", "authorized", UPD, method="DIRECT_DEBIT", country="DE", arg=1000),
    Rule("§4.4: FIXED_AMOUNT in SE", "authorized", UPD, method="FIXED_AMOUNT", arg=1000),
    Rule("§4.4: FIXED_AMOUNT not in GB", "authorized", UPD, NA, "FIXED_AMOUNT", "GB", arg=1000),
    Rule("pre-delivery guide: DEFERRED_INTEREST in the US", "authorized", UPD, method="DEFERRED_INTEREST",
         country="US", arg=1000),
    Rule("pre-delivery guide: DEFERRED_INTEREST only in the US", "authorized", UPD, NA, "DEFERRED_INTEREST",
         arg=1000),
    Rule("§4.4: not for CARD", "authorized", UPD, NA, "CARD", arg=1000),
    Rule("§4.4: not for PAY_IN_X", "authorized", UPD, NA, "PAY_IN_X", "GB", arg=1000),
    # Customer details, merchant references, acknowledge, order shipping info
    Rule("S10, S2: the shipping address", "authorized", CUS, arg="shipping"),
    Rule("S10, S2: never the billing address", "authorized", CUS, NA, arg="billing"),
    Rule("choice: not on a cancelled order", "cancelled", CUS, NA, arg="shipping"),
    Rule("S1: merchant references", "captured", REF),
    Rule("S1, S10: not on a cancelled order", "cancelled", REF, NA),
    Rule("S10 ack: acknowledge", "authorized", ACK),
    Rule("choice: acknowledging is idempotent, any state", "cancelled", ACK),
    Rule("S2: order-level shipping info", "authorized", OSH),
    Rule("S2: order-level shipping info has no 403", "cancelled", OSH),
    # Per capture: shipping info, send-out, due date
    Rule("S1: shipping info on a capture", "captured", CSH, arg="capture"),
    Rule("S1: shipping info needs a capture", "authorized", CSH, NA, arg="unknown"),
    Rule("S1: shipping info on an unknown capture", "captured", CSH, NSC, arg="unknown"),
    Rule("S1, S10 send-out: resend a capture's invoice", "captured", SEND, arg="capture"),
    Rule("S1: send-out needs a capture", "authorized", SEND, NA, arg="unknown"),
    Rule("S1: send-out of an unknown capture", "captured", SEND, NSC, arg="unknown"),
    Rule("S10 extend-payment-date: pay later", "captured", DUE, arg="capture"),
    Rule("S10 extend-payment-date: pay later only", "captured", DUE, NA, "CARD", arg="capture"),
    Rule("S1: due date of an unknown capture", "captured", DUE, NSC, arg="unknown"),
]


async def build(http, sandbox, rule: Rule) -> Order:
    """The order of a row, in its state, made through the sandbox's and Klarna's routes."""
    fields: dict[str, Any] = {**MARKETS[rule.country], "payment_method_type": rule.method}
    now = sandbox.clock.now()
    if rule.state.startswith("fraud_"):
        fields["fraud_status"] = "PENDING"
    if rule.state == "at_180_days":
        created = now - dt.timedelta(days=170)
        fields.update(created_at=created.isoformat(), expires_at=(created + dt.timedelta(days=180)).isoformat())
    created = await http.post("/sandbox/v1/orders", json=new_order_body(**fields))
    assert created.status_code == 201, created.text
    oid = created.json()["order_id"]
    base = f"/ordermanagement/v1/orders/{oid}"
    steps: dict[str, list[tuple[str, dict[str, Any] | None]]] = {
        "part_captured": [("/captures", {"captured_amount": PART})],
        "part_captured_expired": [("/captures", {"captured_amount": PART}), ("expire", None)],
        "captured": [("/captures", {"captured_amount": AMOUNT})],
        "two_captures": [("/captures", {"captured_amount": PART}), ("/captures", {"captured_amount": AMOUNT - PART})],
        "cancelled": [("/cancel", None)],
        "expired": [("expire", None)],
        "closed": [("/captures", {"captured_amount": PART}), ("/release-remaining-authorization", None)],
    }
    decision = {"fraud_rejected": "REJECTED", "fraud_accepted": "ACCEPTED"}.get(rule.state)
    if decision:
        decided = await http.post(f"/sandbox/v1/orders/{oid}/fraud", json={"decision": decision})
        assert decided.status_code == 200
    for path, body in steps.get(rule.state, []):
        if path == "expire":
            expires = sandbox.order(oid).expires_at
            moved = await http.post("/sandbox/v1/clock", json={"seconds": int((expires - now).total_seconds()) + 1})
            assert moved.status_code == 200
            continue
        response = await http.post(base + path, json=body)
        assert response.status_code < 300, (path, response.text)
    return sandbox.order(oid)


def capture_of(order: Order, rule: Rule) -> str:
    return UNKNOWN if rule.arg == "unknown" else order.captures[0].capture_id


def fee_refund(order: Order) -> dict[str, Any]:
    """Klarna's shape: the returned shoes, less a negative return-fee line; the lines add up to the amount."""
    shoes = order.order_lines[SHOES].to_dict()
    fee = {"type": "return_fee", "reference": "RETURN-FEE", "name": "Return fee", "quantity": 1,
           "unit_price": -FEE, "total_amount": -FEE}
    return {"refunded_amount": shoes["total_amount"] - FEE, "order_lines": [shoes, fee]}


def verdict(order: Order, now: dt.datetime, rule: Rule) -> rules.Verdict:
    """What the shared rules say of the row (the window's guard)."""
    if rule.action == C:
        return rules.can_capture(order, now, rule.arg if isinstance(rule.arg, int) else PART)
    if rule.action == R:
        if rule.arg == "fee":
            body = fee_refund(order)
            return rules.can_refund(order, now, body["refunded_amount"]) and rules.can_charge_return_fee(order)
        return rules.can_refund(order, now, rule.arg)
    if rule.action == UPD:
        return rules.can_update_authorization(order, now, (order.order_amount or 0) + rule.arg)
    if rule.action == CUS:
        return rules.can_update_customer_details(order, now, billing_address=rule.arg == "billing")
    if rule.action in (CSH, SEND, DUE):
        return rules.check(rule.action, order, now, capture_of(order, rule))
    return rules.check(rule.action, order, now)


def request(order: Order, rule: Rule) -> tuple[str, str, dict[str, Any] | None]:
    """The HTTP request of the row's action."""
    base = f"/ordermanagement/v1/orders/{order.order_id}"
    shipment = {"shipping_info": [{"shipping_company": "PostNord", "tracking_number": "00370712345678901234"}]}
    if rule.action == C:
        body = {"captured_amount": PART, **rule.arg} if isinstance(rule.arg, dict) else {"captured_amount": rule.arg}
        return "POST", base + "/captures", body
    if rule.action == R:
        return "POST", base + "/refunds", fee_refund(order) if rule.arg == "fee" else {"refunded_amount": rule.arg}
    if rule.action == UPD:
        return "PATCH", base + "/authorization", {"order_amount": (order.order_amount or 0) + rule.arg}
    if rule.action == CUS:
        address = {"city": "Uppsala"}
        return "PATCH", base + "/customer-details", {f"{rule.arg}_address": address}
    capture = f"{base}/captures/{capture_of(order, rule)}" if rule.action in (CSH, SEND, DUE) else ""
    return {
        X: ("POST", base + "/cancel", None),
        REL: ("POST", base + "/release-remaining-authorization", None),
        EXT: ("POST", base + "/extend-authorization-time", None),
        REF: ("PATCH", base + "/merchant-references", {"merchant_reference1": "A-100"}),
        ACK: ("POST", base + "/acknowledge", None),
        OSH: ("POST", base + "/shipping-info", shipment),
        CSH: ("POST", capture + "/shipping-info", shipment),
        SEND: ("POST", capture + "/trigger-send-out", None),
        DUE: ("PATCH", capture + "/extend-due-date", {"number_of_days": 7}),
    }[rule.action]


def test_the_table_covers_every_operation_and_both_outcomes():
    assert {rule.action for rule in TABLE} == set(Action)
    for action in Action:
        outcomes = {rule.code is None for rule in TABLE if rule.action == action}
        assert outcomes == {True, False} or action in (ACK, OSH), action  # never refused but unknown
    assert all(rule.source for rule in TABLE)


@pytest.mark.parametrize("rule", TABLE, ids=Rule.id)
async def test_klarnas_rule_in_the_rules_and_the_sandbox(http, sandbox, rule):
    order = await build(http, sandbox, rule)
    now = sandbox.clock.now()
    if not rule.account_only:
        said = verdict(order, now, rule)
        assert (said.allowed, said.error_code) == (rule.code is None, rule.code), f"{rule.source}: {said.reason}"
        if not said:
            assert said.reason
    method, path, body = request(order, rule)
    before = sandbox.order(order.order_id)
    response = await http.request(method, path, json=body)
    if rule.code is None:
        assert response.status_code in (200, 201, 204), f"{rule.source}: {response.text}"
        return
    expected = 404 if rule.code == NSC else 403
    assert (response.status_code, response.json()["error_code"]) == (expected, rule.code), rule.source
    if not rule.account_only:
        # The sandbox words the rules' own reason as Klarna does (sandbox/klarna_errors.py).
        assert response.json()["error_messages"][0] == klarna_errors.message(said.reason)
    assert sandbox.order(order.order_id) == before, "a refusal changes nothing"
