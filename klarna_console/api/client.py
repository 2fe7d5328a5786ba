"""The async Order Management client: one method per operation of Klarna's OM API v1."""

from __future__ import annotations

import asyncio
import logging
import platform
import random
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Sequence
from types import TracebackType
from typing import Any, TypeVar

import httpx
import msgspec

from .. import __version__
from ..reasons import Code, reason
from . import errors
from .hosts import base_url_for, check_base_url
from .keys import new_idempotency_key
from .models import Capture, ExtendDueDateOptions, Order, Refund
from .pool import SpreadTransport
from .ratelimit import Answer, Pacer, read_answer
from .requests import (
    CaptureRequest,
    ExtendDueDateRequest,
    RefundRequest,
    ShippingInfoInput,
    ShippingInfoRequest,
    UpdateAuthorizationRequest,
    UpdateCustomerDetailsRequest,
    UpdateMerchantReferencesRequest,
)
from .retry import RETRYABLE_STATUSES, RetryPolicy, parse_retry_after
from .validation import check_id, validate

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
ORDERS = "/ordermanagement/v1/orders"

T = TypeVar("T")
_C = TypeVar("_C", bound="KlarnaConnection")
ShippingInfos = Sequence[ShippingInfoInput | dict[str, Any]]

def user_agent() -> str:
    """Klarna's SDK convention: space-separated Name/version tokens."""
    python = platform.python_version()
    return (
        f"klarna-console/{__version__} Language/Python_{python} "
        f"OS/{platform.system() or 'unknown'}_{platform.release() or 'unknown'} httpx/{httpx.__version__}"
    )


def _segment(name: str, value: str) -> str:
    """One path segment from an id, refused before any I/O unless it is a UUID (as Klarna's ids are)."""
    return check_id(name, value)


def _decode(response: httpx.Response, kind: type[T]) -> T:
    try:
        # Klarna's own sample files start with a UTF-8 byte order mark; tolerate it on the wire too.
        return msgspec.json.decode(response.content.removeprefix(b"\xef\xbb\xbf"), type=kind)
    except (msgspec.DecodeError, msgspec.ValidationError) as exc:
        raise errors.UnexpectedResponseError(
            reason(Code.KLARNA_ANSWER_UNREADABLE, kind=kind.__name__, detail=str(exc)),
            status=response.status_code,
            correlation_id=response.headers.get("Klarna-Correlation-Id"),
        ) from None


def _created_id(response: httpx.Response, header: str) -> str | None:
    """The id of a created capture or refund: its header, else the last segment of Location."""
    value: str | None = response.headers.get(header)
    if value:
        return value.strip()
    location = response.headers.get("Location")
    if location:
        path = urllib.parse.urlsplit(location).path.rstrip("/")
        return urllib.parse.unquote(path.rsplit("/", 1)[-1]) or None
    return None


class _NoCookies(httpx.Cookies):
    """A cookie jar that keeps nothing: Klarna's APIs hold no session in cookies (each request carries its
    Basic auth), and reading every answer's headers into a jar cost ~7% of the client's CPU per request
    (bench/bulk.py)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        """Nothing is kept from an answer."""

    def set_cookie_header(self, request: httpx.Request) -> None:
        """Nothing is added to a request."""


class _KlarnaHttp(httpx.AsyncClient):
    """httpx's client without cookies (see `_NoCookies`)."""

    @property
    def cookies(self) -> httpx.Cookies:
        return _NO_COOKIES

    @cookies.setter
    def cookies(self, cookies: object) -> None:
        """Cookies given are ignored, as those Klarna might send."""


_NO_COOKIES = _NoCookies()


class KlarnaConnection:
    """One connection to a Klarna host: Basic auth, the User-Agent, and the retry loop every API shares.

    Order Management and Settlements live on the same hosts with the same credentials, so a Settlements
    client can be opened `over` an OM client and borrow its connection pool, auth, retry policy and pacer
    (Klarna counts the rate limit per merchant).

    Attributes:
        pacer: when set, every attempt (retries included) waits for it and reports its answer to it.
        rate_limit: what the latest answer said about Klarna's rate limit (X-Ratelimit-* headers).
    """

    def __init__(
        self,
        *,
        username: str,
        password: str,
        base_url: str | None = None,
        region: str | None = None,
        environment: str = "production",
        timeout: httpx.Timeout | float = DEFAULT_TIMEOUT,
        max_retries: int | None = None,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
        rng: random.Random | None = None,
        pacer: Pacer | None = None,
    ) -> None:
        if base_url and region:
            raise TypeError("give either base_url or region (+ environment), not both")
        if not base_url and not region:
            raise TypeError("give base_url, or region ('eu', 'na', 'oc') and environment")
        self.base_url = check_base_url(base_url) if base_url else base_url_for(region or "", environment)
        self.retry = retry or RetryPolicy()
        if max_retries is not None:
            self.retry = msgspec.structs.replace(self.retry, max_retries=max_retries)
        self._sleep = sleep
        self._rng = rng or random.Random()
        self.pacer = pacer
        self.rate_limit: Answer | None = None
        self._http = _KlarnaHttp(
            base_url=self.base_url,
            auth=httpx.BasicAuth(username, password),
            timeout=timeout,
            # Bulk runs at Klarna's limit keep rate x latency requests in flight (~30-60).
            transport=transport or SpreadTransport(),
            headers={"User-Agent": user_agent(), "Accept": "application/json"},
            follow_redirects=False,
            verify=True,
        )
        self._owns_http = True

    def _share(self, other: KlarnaConnection) -> None:
        """Use another client's connection, auth and retry policy (it stays the one that closes it)."""
        self.base_url = other.base_url
        self.retry = other.retry
        self._sleep = other._sleep
        self._rng = other._rng
        self.pacer = other.pacer
        self._http = other._http
        self._owns_http = False

    async def __aenter__(self: _C) -> _C:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (unless it is borrowed from another client)."""
        if self._owns_http:
            await self._http.aclose()

    def __repr__(self) -> str:
        # Never the credentials.
        return f"<{type(self).__name__} {self.base_url}>"

    # --- the request loop ----------------------------------------------------------------------

    async def _send(
        self,
        method: str,
        path: str,
        *,
        body: msgspec.Struct | None = None,
        idempotency_key: str | None = None,
        params: dict[str, str] | None = None,
        accept: str | None = None,
    ) -> httpx.Response:
        """Send one operation, retrying what is safe to retry; return a 2xx response or raise."""
        headers: dict[str, str] = {"Accept": accept} if accept else {}
        content: bytes | None = None
        if method != "GET":
            headers["Klarna-Idempotency-Key"] = idempotency_key or new_idempotency_key()
        if body is not None:
            content = msgspec.json.encode(body)
            headers["Content-Type"] = "application/json"
        attempt = 0
        while True:
            attempt += 1
            if self.pacer is not None:
                await self.pacer.acquire()
            started = time.monotonic()
            try:
                response = await self._http.request(method, path, content=content, headers=headers, params=params)
            except httpx.TimeoutException as exc:
                failure: errors.KlarnaError = errors.RequestTimeoutError(reason(Code.KLARNA_TIMEOUT, detail=str(exc)))
                self._observe(Answer(0, time.monotonic() - started))
            except httpx.TransportError as exc:
                failure = errors.TransportError(reason(Code.KLARNA_UNREACHABLE, url=self.base_url, detail=str(exc)))
                self._observe(Answer(0, time.monotonic() - started))
            else:
                elapsed = time.monotonic() - started
                retry_after = parse_retry_after(response.headers.get("Retry-After"))
                self._observe(read_answer(response.status_code, response.headers, elapsed, retry_after))
                log.info("%s %s -> %s in %.0f ms (attempt %d)", method, path, response.status_code, elapsed * 1000,
                         attempt)
                if response.is_success:
                    return response
                failure = errors.error_from_response(response, retry_after)
                if response.status_code not in RETRYABLE_STATUSES:
                    raise failure
            delay = self.retry.delay(attempt, failure.retry_after, self._rng)
            if delay is None:
                raise failure
            log.warning("%s %s failed (%s); retry %d in %.1f s", method, path, failure, attempt, delay)
            await self._sleep(delay)

    def _observe(self, answer: Answer) -> None:
        if answer.limit is not None or answer.throttled:
            self.rate_limit = answer
        if self.pacer is not None:
            self.pacer.observe(answer)


class OrderManagementClient(KlarnaConnection):
    """Async client for Klarna Order Management v1; use it as an async context manager.

    Every write sends a Klarna-Idempotency-Key (the caller's, or one made once per call) and reuses it on
    each retry, so a retry can never capture or refund twice. Reads and writes are retried on transport
    errors, timeouts, 408, 429 and 5xx; other 4xx answers are raised at once.
    """

    async def _write(
        self, method: str, path: str, body: msgspec.Struct | None, idempotency_key: str | None
    ) -> httpx.Response:
        return await self._send(method, path, body=body, idempotency_key=idempotency_key)

    @staticmethod
    def _order(order_id: str) -> str:
        return f"{ORDERS}/{_segment('order_id', order_id)}"

    def _capture(self, order_id: str, capture_id: str) -> str:
        return f"{self._order(order_id)}/captures/{_segment('capture_id', capture_id)}"

    # --- orders --------------------------------------------------------------------------------

    async def get_order(self, order_id: str) -> Order:
        """Read an order with its lines, captures and refunds."""
        return _decode(await self._send("GET", self._order(order_id)), Order)

    async def acknowledge_order(self, order_id: str, *, idempotency_key: str | None = None) -> None:
        """Acknowledge a Klarna Checkout order so Klarna stops re-sending its push notification."""
        await self._write("POST", f"{self._order(order_id)}/acknowledge", None, idempotency_key)

    async def update_authorization(
        self,
        order_id: str,
        body: UpdateAuthorizationRequest | dict[str, Any],
        *,
        idempotency_key: str | None = None,
    ) -> None:
        """Set a new order amount and lines; lines given replace the old ones, none deletes them."""
        checked = validate(UpdateAuthorizationRequest, body)
        await self._write("PATCH", f"{self._order(order_id)}/authorization", checked, idempotency_key)

    async def update_customer_details(
        self,
        order_id: str,
        body: UpdateCustomerDetailsRequest | dict[str, Any],
        *,
        idempotency_key: str | None = None,
    ) -> None:
        """Change the shipping address (Klarna does not let merchants change the billing address)."""
        checked = validate(UpdateCustomerDetailsRequest, body)
        await self._write("PATCH", f"{self._order(order_id)}/customer-details", checked, idempotency_key)

    async def update_merchant_references(
        self,
        order_id: str,
        body: UpdateMerchantReferencesRequest | dict[str, Any],
        *,
        idempotency_key: str | None = None,
    ) -> None:
        """Set merchant_reference1/2; a field given replaces the old value, "" clears it."""
        checked = validate(UpdateMerchantReferencesRequest, body)
        await self._write("PATCH", f"{self._order(order_id)}/merchant-references", checked, idempotency_key)

    async def extend_authorization_time(self, order_id: str, *, idempotency_key: str | None = None) -> None:
        """Push the order's expiry date out by the account's authorization period."""
        await self._write("POST", f"{self._order(order_id)}/extend-authorization-time", None, idempotency_key)

    async def release_remaining_authorization(self, order_id: str, *, idempotency_key: str | None = None) -> None:
        """Give up the part of a partly captured order that will not be captured."""
        await self._write(
            "POST", f"{self._order(order_id)}/release-remaining-authorization", None, idempotency_key
        )

    async def cancel_order(self, order_id: str, *, idempotency_key: str | None = None) -> None:
        """Cancel an order that has no captures."""
        await self._write("POST", f"{self._order(order_id)}/cancel", None, idempotency_key)

    async def add_order_shipping_info(
        self, order_id: str, shipping_info: ShippingInfos, *, idempotency_key: str | None = None
    ) -> None:
        """Report shipments (carrier, tracking) known before the capture."""
        checked = validate(ShippingInfoRequest, {"shipping_info": _plain_list(shipping_info)})
        await self._write("POST", f"{self._order(order_id)}/shipping-info", checked, idempotency_key)

    # --- captures ------------------------------------------------------------------------------

    async def capture_order(
        self, order_id: str, body: CaptureRequest | dict[str, Any], *, idempotency_key: str | None = None
    ) -> str | None:
        """Capture all or part of an order; returns the new capture's id (None if Klarna gave none)."""
        checked = validate(CaptureRequest, body)
        response = await self._write("POST", f"{self._order(order_id)}/captures", checked, idempotency_key)
        return _created_id(response, "Capture-Id")

    async def list_captures(self, order_id: str) -> list[Capture]:
        """Read every capture of an order."""
        return _decode(await self._send("GET", f"{self._order(order_id)}/captures"), list[Capture])

    async def get_capture(self, order_id: str, capture_id: str) -> Capture:
        """Read one capture."""
        return _decode(await self._send("GET", self._capture(order_id, capture_id)), Capture)

    async def add_capture_shipping_info(
        self,
        order_id: str,
        capture_id: str,
        shipping_info: ShippingInfos,
        *,
        idempotency_key: str | None = None,
    ) -> None:
        """Report shipments (carrier, tracking) of a capture."""
        checked = validate(ShippingInfoRequest, {"shipping_info": _plain_list(shipping_info)})
        await self._write("POST", f"{self._capture(order_id, capture_id)}/shipping-info", checked, idempotency_key)

    async def get_extend_due_date_options(self, order_id: str, capture_id: str) -> ExtendDueDateOptions:
        """The numbers of days a capture's due date can be extended by, and their fees."""
        path = f"{self._capture(order_id, capture_id)}/extend-due-date-options"
        return _decode(await self._send("GET", path), ExtendDueDateOptions)

    async def extend_due_date(
        self, order_id: str, capture_id: str, number_of_days: int, *, idempotency_key: str | None = None
    ) -> None:
        """Extend a capture's due date by one of the offered numbers of days (the merchant pays the fee)."""
        checked = validate(ExtendDueDateRequest, {"number_of_days": number_of_days})
        await self._write("PATCH", f"{self._capture(order_id, capture_id)}/extend-due-date", checked, idempotency_key)

    async def trigger_send_out(
        self, order_id: str, capture_id: str, *, idempotency_key: str | None = None
    ) -> None:
        """Have Klarna send the customer the invoice or payment instructions of a capture again."""
        await self._write("POST", f"{self._capture(order_id, capture_id)}/trigger-send-out", None, idempotency_key)

    # --- refunds -------------------------------------------------------------------------------

    async def refund_order(
        self, order_id: str, body: RefundRequest | dict[str, Any], *, idempotency_key: str | None = None
    ) -> str | None:
        """Refund all or part of what was captured; returns the new refund's id (None if Klarna gave none)."""
        checked = validate(RefundRequest, body)
        response = await self._write("POST", f"{self._order(order_id)}/refunds", checked, idempotency_key)
        return _created_id(response, "Refund-Id")

    async def get_refund(self, order_id: str, refund_id: str) -> Refund:
        """Read one refund."""
        path = f"{self._order(order_id)}/refunds/{_segment('refund_id', refund_id)}"
        return _decode(await self._send("GET", path), Refund)


def _plain_list(items: ShippingInfos) -> list[Any]:
    """Shipping infos as plain data, so models and dicts are validated the same way."""
    if isinstance(items, (str, bytes, dict)) or not isinstance(items, Sequence):
        raise errors.RequestValidationError(
            reason(Code.WRONG_KIND, field="shipping_info", expected="array", got=type(items).__name__))
    return [item.to_dict() if isinstance(item, ShippingInfoInput) else item for item in items]
