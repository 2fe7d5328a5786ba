"""Seeded demo orders: real-looking customers, addresses and products in seven currencies, in every state.

Orders are created and then captured, refunded, cancelled, released or extended through the same
operations the HTTP routes use (with back-dated times), so their amounts, statuses and child lists are
exactly what the sandbox itself would produce. E-mail domains are example.com/.net/.org and phone
numbers come from ranges kept for fiction where a country has one, so no real person is written to.
"""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
import uuid
from collections.abc import Sequence
from typing import Any

import msgspec
from msgspec import UNSET

from ..api.models import Order, OrderLine
from ..api.requests import (
    AddressInput,
    CaptureRequest,
    LineType,
    OrderLineInput,
    ProductIdentifiersInput,
    RefundRequest,
    ShippingInfoInput,
    SubscriptionInput,
    UpdateAuthorizationRequest,
)
from ..domain import rules
from ..domain.lines import line_tax, return_fee_line, round_div
from .demo_data import CATALOGUE, FRAUD_COUNTRIES, MARKETS, MARKETS_BY_COUNTRY, SCENARIOS, Market
from .operations import Operations
from .orders import CustomerInput, NewOrder, PaymentMethodInput

DAY = dt.timedelta(days=1)
HOUR = dt.timedelta(hours=1)

_FOLD = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "Ae", "ß": "ss", "'": "", " ": ""})


def ascii_fold(text: str) -> str:
    """Söderberg -> soderberg, Løken -> loken: for e-mail addresses."""
    text = text.translate(_FOLD)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()


def slug(text: str) -> str:
    """Linen duvet cover 150×210 cm -> linen-duvet-cover-150-210-cm: for product URLs."""
    words = unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in words).split())


def _fill(pattern: str, rng: random.Random) -> str:
    return "".join(
        str(rng.randrange(10)) if ch == "#" else rng.choice("ABDEFGHJLNPQRSTUWXYZ") if ch == "@" else ch
        for ch in pattern
    )


def local_price(euro_cents: int, market: Market) -> int:
    """A catalogue price in the market's currency, rounded the way shops there price things."""
    num, den = market.price_factor
    raw = round_div(euro_cents * num, den)
    if market.kronor:
        # 329 kr rather than 328,63 kr: whole units ending in 9.
        return max(900, round_div(raw, 1000) * 1000 - 100)
    return max(95, round_div(raw, 100) * 100 - 5)


class DemoGenerator:
    """Creates `count` demo orders in a sandbox, reproducibly for a seed."""

    def __init__(self, operations: Operations, now: dt.datetime, seed: int = 1) -> None:
        self.ops = operations
        self.now = now
        self.rng = random.Random(seed)
        self._order_number = 100_000 + self.rng.randrange(50_000)

    def new_id(self) -> str:
        """A UUID4 drawn from the seeded generator, so the same seed gives the same ids."""
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def run(self, count: int) -> list[str]:
        """Create the orders; returns their ids."""
        names = [name for name, _ in SCENARIOS]
        weights = [weight for _, weight in SCENARIOS]
        plan = names[:count] + self.rng.choices(names, weights, k=max(0, count - len(names)))
        self.rng.shuffle(plan)
        original_new_id = self.ops.new_id
        self.ops.new_id = self.new_id
        try:
            return [self._scenario(name).order_id or "" for name in plan]
        finally:
            self.ops.new_id = original_new_id

    # --- one order ---------------------------------------------------------------------------------------

    def _market(self, scenario: str) -> Market:
        if scenario in ("pending_fraud", "fraud_rejected"):
            return MARKETS_BY_COUNTRY[self.rng.choice(FRAUD_COUNTRIES)]
        if scenario == "refunded_with_fee":
            # Return fees exist only in some countries (domain.rules.RETURN_FEE_COUNTRIES).
            markets = [m for m in MARKETS if m.country in rules.RETURN_FEE_COUNTRIES]
            return self.rng.choices(markets, [m.weight for m in markets])[0]
        return self.rng.choices(MARKETS, [m.weight for m in MARKETS])[0]

    def _address(self, market: Market, given: str, family: str, email: str, phone: str) -> AddressInput:
        rng = self.rng
        city = rng.choice(market.cities)
        number = str(rng.randint(1, 140))
        street = rng.choice(market.streets)
        line = f"{number} {street}" if market.number_first else f"{street} {number}"
        return AddressInput(
            given_name=given,
            family_name=family,
            street_address=line,
            street_address2=f"Apt {rng.randint(1, 40)}" if rng.random() < 0.15 else UNSET,
            postal_code=_fill(city.postal, rng),
            city=city.name,
            region=city.region or UNSET,
            country=market.country,
            email=email,
            phone=phone,
        )

    def _lines(self, market: Market, city_tax: int) -> list[OrderLineInput]:
        rng = self.rng
        lines: list[OrderLineInput] = []
        for product in rng.sample(CATALOGUE, k=rng.choices((1, 2, 3, 4), (30, 35, 25, 10))[0]):
            quantity = 1 if product.kind == "digital" else rng.choices((1, 2, 3), (75, 20, 5))[0]
            unit_price = local_price(product.price, market)
            discount = round_div(quantity * unit_price, 10) if rng.random() < 0.12 else 0
            lines.append(self._line(
                market, product.name, quantity, unit_price, discount, reference=product.reference,
                kind=product.kind,
                identifiers=ProductIdentifiersInput(brand=product.brand, category_path=product.category),
                slug=slug(product.name),
                subscription=SubscriptionInput(name=product.name, interval="MONTH", interval_count=1)
                if product.subscription else UNSET,
            ))
        if rng.random() < 0.1:
            goods = sum(line.total_amount for line in lines)
            off = round_div(goods, 10)
            lines.append(self._line(market, "Discount code WELCOME10", 1, -off, 0, reference="WELCOME10",
                                    kind="discount"))
        name, _carrier, fee = rng.choice(market.shipping)
        goods = sum(line.total_amount for line in lines)
        free_from = local_price(10_000, market)
        lines.append(self._line(market, name, 1, 0 if goods >= free_from else fee, 0, reference="SHIPPING",
                                kind="shipping_fee"))
        if market.country == "US" and city_tax:
            taxable = sum(line.total_amount for line in lines)
            tax = round_div(taxable * city_tax, 10_000)
            lines.append(self._line(market, "Sales tax", 1, tax, 0, reference="SALES-TAX", kind="sales_tax"))
        return lines

    @staticmethod
    def _line(
        market: Market, name: str, quantity: int, unit_price: int, discount: int, *, reference: str, kind: LineType,
        identifiers: Any = UNSET, slug: str = "", subscription: Any = UNSET,
    ) -> OrderLineInput:
        total = quantity * unit_price - discount
        # US prices exclude tax (it has its own sales_tax line), so every US line has rate 0.
        rate = 0 if market.country == "US" else market.tax_rate
        return OrderLineInput(
            type=kind, reference=reference, name=name, quantity=quantity,
            quantity_unit="pcs" if kind in ("physical", "digital") else UNSET,
            unit_price=unit_price, tax_rate=rate, total_amount=total,
            total_discount_amount=discount, total_tax_amount=line_tax(total, rate),
            product_url=f"https://shop.example.com/p/{slug}" if slug else UNSET,
            image_url=f"https://shop.example.com/img/{slug}.jpg" if slug else UNSET,
            product_identifiers=identifiers, subscription=subscription,
        )

    def _new_order(self, scenario: str, created: dt.datetime) -> NewOrder:
        rng = self.rng
        market = self._market(scenario)
        given, family = rng.choice(market.given), rng.choice(market.family)
        email = f"{ascii_fold(given)}.{ascii_fold(family)}{rng.choice(('', '', str(rng.randint(2, 99))))}" \
                f"@example.{rng.choice(('com', 'net', 'org'))}"
        phone = _fill(market.phone, rng)
        billing = self._address(market, given, family, email, phone)
        city = next(c for c in market.cities if c.name == billing.city)
        shipping = billing
        if rng.random() < 0.12:
            # Sent somewhere else: to work, or to a family member.
            shipping = self._address(market, given if rng.random() < 0.5 else rng.choice(market.given), family,
                                     email, phone)
        business = market.country in ("SE", "DE") and rng.random() < 0.08
        if business:
            company = f"{family} {'AB' if market.country == 'SE' else 'GmbH'}"
            billing = AddressInput(**{**billing.to_dict(), "organization_name": company})
            shipping = AddressInput(**{**shipping.to_dict(), "organization_name": company,
                                       "attention": f"{given} {family}"})
            method, instalments = "INVOICE_BUSINESS", 0
        else:
            methods = market.methods
            method, instalments, _ = rng.choices(methods, [w for _, _, w in methods])[0]
        lines = self._lines(market, city.sales_tax)
        self._order_number += rng.randint(1, 40)
        return NewOrder(
            purchase_country=market.country,
            purchase_currency=market.currency,
            locale=market.locale,
            order_amount=sum(line.total_amount for line in lines),
            order_tax_amount=sum(t for line in lines if isinstance(t := line.total_tax_amount, int)),
            order_lines=lines,
            billing_address=billing,
            shipping_address=shipping,
            customer=CustomerInput(date_of_birth=f"{rng.randint(1950, 2004)}-{rng.randint(1, 12):02d}-"
                                                 f"{rng.randint(1, 28):02d}") if rng.random() < 0.5 else UNSET,
            merchant_reference1=str(self._order_number),
            merchant_reference2=f"SO-{created.year}-{rng.randint(1, 99999):05d}" if rng.random() < 0.6 else UNSET,
            initial_payment_method=PaymentMethodInput(
                type=method, description=_method_description(method, instalments, market),
                number_of_installments=instalments or UNSET,
            ),
            fraud_status="PENDING" if scenario in ("pending_fraud", "fraud_rejected") else "ACCEPTED",
            created_at=created,
        )

    def _clamp(self, when: dt.datetime) -> dt.datetime:
        # Young orders cannot have a history reaching past the sandbox's now; whole seconds, as Klarna's.
        return min(when, self.now - dt.timedelta(minutes=1)).replace(microsecond=0)

    def _scenario(self, scenario: str) -> Order:
        rng, now, ops = self.rng, self.now, self.ops
        ages = {  # days since checkout
            "authorized": (0.05, 20), "expiring_soon": (25.5, 27.6), "pending_fraud": (0.05, 0.8),
            "fraud_rejected": (1, 5), "expired": (30, 75), "extended": (32, 45), "cancelled": (1, 40),
            "updated": (1, 20), "part_captured": (2, 25), "closed": (5, 40),
        }
        low, high = ages.get(scenario, (4, 70))
        created = self._clamp(now - dt.timedelta(days=rng.uniform(low, high)))
        order = ops.create_order(self._new_order(scenario, created), created, rng=rng)
        oid = order.order_id or ""
        at = self._clamp(created + HOUR * rng.uniform(1, 30))
        if scenario == "fraud_rejected":
            ops.decide_fraud(oid, "REJECTED", at)
        elif scenario == "cancelled":
            ops.cancel(oid, at)
        elif scenario == "authorized" and rng.random() < 0.15:
            ops.add_order_shipping_info(oid, [self._shipment(order)], at)
        elif scenario == "extended":
            ops.extend_authorization(oid, self._clamp(created + DAY * rng.uniform(20, 27)))
        elif scenario == "updated":
            self._update(order, at)
        elif scenario in ("part_captured", "closed"):
            self._capture_part(order, at)
            if scenario == "closed":
                ops.release_remaining(oid, self._clamp(at + DAY * rng.uniform(1, 3)))
        elif scenario in ("captured", "split_captured", "part_refunded", "refunded", "refunded_with_fee"):
            parts = rng.choice((2, 3)) if scenario == "split_captured" or rng.random() < 0.2 else 1
            if scenario == "refunded_with_fee":
                parts = 1  # Klarna allows return fees only on orders captured in a single capture
            at = self._clamp(self._capture_all(order, at, parts) + DAY * rng.uniform(2, 20))
            if scenario == "part_refunded":
                self._refund_line(order, at)
            elif scenario == "refunded":
                ops.refund(oid, RefundRequest(refunded_amount=order.captured_amount or 0,
                                              description="Order returned in full"), at)
            elif scenario == "refunded_with_fee":
                self._refund_line(order, at, fee=True)
            if rng.random() < 0.1:
                ops.trigger_send_out(oid, (order.captures or [])[0].capture_id or "", at)
        # Orders whose authorization ran out while nothing happened are EXPIRED from the start.
        ops.record(oid, now)
        return order

    # --- what happens after checkout -----------------------------------------------------------------

    def _shipment(self, order: Order) -> ShippingInfoInput:
        service = next((line.name for line in order.order_lines or [] if line.type == "shipping_fee"), "")
        market = MARKETS_BY_COUNTRY.get(order.purchase_country or "", MARKETS[0])
        company = next((carrier for name, carrier, _ in market.shipping if name == service), market.shipping[0][1])
        number = _fill("##########" if self.rng.random() < 0.5 else "@@#########@@", self.rng)
        return ShippingInfoInput(
            shipping_company=company, shipping_method="Home" if self.rng.random() < 0.6 else "PickUpPoint",
            tracking_number=number, tracking_uri=f"https://tracking.example.com/{ascii_fold(company)}/{number}",
        )

    def _capture_lines(self, order: Order, lines: Sequence[Any], at: dt.datetime, description: str) -> dt.datetime:
        amount = sum(line.total_amount or 0 for line in lines)
        body = CaptureRequest(
            captured_amount=amount, description=description, reference=f"INV-{self.rng.randint(10000, 99999)}",
            order_lines=[_line_input(line) for line in lines],
            shipping_info=[self._shipment(order)] if self.rng.random() < 0.85 else UNSET,
        )
        capture = self.ops.capture(order.order_id or "", body, at)
        if self.rng.random() < 0.1:
            self.ops.add_capture_shipping_info(order.order_id or "", capture.capture_id or "",
                                               [self._shipment(order)], self._clamp(at + HOUR))
        return at

    def _capture_part(self, order: Order, at: dt.datetime) -> None:
        lines = order.order_lines or []
        goods = [line for line in lines if line.type in ("physical", "digital")]
        first = goods[: len(goods) // 2] + [line for line in lines if line.type == "shipping_fee"]
        amount = sum(line.total_amount or 0 for line in first)
        if len(goods) < 2 or not 0 < amount < (order.order_amount or 0):
            # One article (or a discount in the way): capture half the amount without lines.
            half = max(1, (order.order_amount or 0) // 2)
            self.ops.capture(order.order_id or "", CaptureRequest(captured_amount=half,
                                                                   description="First delivery"), at)
            return
        self._capture_lines(order, first, at, "First delivery")

    def _capture_all(self, order: Order, at: dt.datetime, parts: int) -> dt.datetime:
        lines = list(order.order_lines or [])
        goods = [line for line in lines if line.type in ("physical", "digital")]
        if parts == 1 or len(goods) < 2:
            self.ops.capture(order.order_id or "", CaptureRequest(captured_amount=order.order_amount or 0,
                                                                   description="Order shipped"), at)
            return at
        # Split shipment: goods in `parts` groups; fees, discounts and tax with the first.
        others = [line for line in lines if line not in goods]
        groups = [goods[i::parts] for i in range(parts) if goods[i::parts]]
        groups[0] = groups[0] + others
        if any(sum(line.total_amount or 0 for line in group) <= 0 for group in groups):
            # A discount bigger than the first parcel: ship it all at once instead.
            groups = [lines]
        for index, group in enumerate(groups):
            self._capture_lines(order, group, at, f"Delivery {index + 1} of {len(groups)}")
            at = self._clamp(at + DAY * self.rng.uniform(0.5, 4))
        left = order.remaining_authorized_amount or 0
        if left > 0:
            # A negative discount line may leave a remainder; the last parcel takes it.
            self.ops.capture(order.order_id or "", CaptureRequest(captured_amount=left,
                                                                   description="Final delivery"), at)
        return at

    def _refund_line(self, order: Order, at: dt.datetime, fee: bool = False) -> None:
        captured = [line for c in order.captures or [] for line in c.order_lines or []
                    if line.type in ("physical", "digital") and (line.total_amount or 0) > 0]
        if not captured:
            amount = max(1, (order.captured_amount or 0) // 3)
            self.ops.refund(order.order_id or "", RefundRequest(refunded_amount=amount,
                                                                 description="Goodwill refund"), at)
            return
        # A discount captured alongside can leave less captured than an article cost: pick one that fits,
        # since a refund's lines add up to what it refunds.
        left = (order.captured_amount or 0) - (order.refunded_amount or 0)
        fitting = [line for line in captured if (line.total_amount or 0) <= left]
        if not fitting:
            self.ops.refund(order.order_id or "", RefundRequest(refunded_amount=max(1, left // 3),
                                                                 description="Goodwill refund"), at)
            return
        line = self.rng.choice(fitting)
        lines = [_line_input(line)]
        amount = line.total_amount or 0
        if fee and rules.can_charge_return_fee(order):
            market = MARKETS_BY_COUNTRY.get(order.purchase_country or "", MARKETS[0])
            charge = min(local_price(295, market), amount // 2)
            lines.append(msgspec.convert(return_fee_line(charge, market.tax_rate), OrderLineInput))
            amount -= charge
        self.ops.refund(order.order_id or "", RefundRequest(
            refunded_amount=amount, description=f"Returned: {line.name}",
            reference=f"RMA-{self.rng.randint(1000, 9999)}", order_lines=lines,
        ), at)

    def _update(self, order: Order, at: dt.datetime) -> None:
        lines = list(order.order_lines or [])
        goods = [line for line in lines if line.type == "physical"]
        if len(goods) < 2:
            return
        # The customer called to drop an article before it shipped.
        dropped = goods[-1]
        kept = [line for line in lines if line is not dropped]
        total = sum(line.total_amount or 0 for line in kept)
        if total <= 0:
            return
        self.ops.update_authorization(order.order_id or "", UpdateAuthorizationRequest(
            order_amount=total, description=f"Removed {dropped.name}",
            order_lines=[_line_input(line) for line in kept],
        ), at)


def _line_input(line: OrderLine) -> OrderLineInput:
    """An order line as read back, sent again in a capture, refund or update (same fields, strictly typed)."""
    return msgspec.convert(line.to_dict(), OrderLineInput)


def _method_description(method: str, instalments: int, market: Market) -> str:
    if method == "PAY_IN_X":
        return f"Pay in {instalments} interest-free instalments"
    if method == "FIXED_AMOUNT":
        return f"Financing, {instalments} months"
    if method == "INVOICE":
        return "Pay later in 30 days"
    if method == "INVOICE_BUSINESS":
        return "Invoice for businesses, 30 days"
    return {"CARD": "Pay now with card", "DIRECT_DEBIT": "Pay now with direct debit",
            "ACCOUNT": "Klarna account"}.get(method, method.title())


def generate(operations: Operations, count: int, seed: int, now: dt.datetime) -> list[str]:
    """Create `count` demo orders through `operations`; the same seed and clock give the same orders."""
    return DemoGenerator(operations, now, seed).run(count)

