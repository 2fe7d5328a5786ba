"""The async Settlements client: Klarna's payouts, their transactions and reports (Settlements API v1).

Same hosts, credentials, connection and retry loop as Order Management (`client.KlarnaConnection`).
Every operation is a GET. Lists come in pages of at most 500; the `*_pages` methods follow the
`next` links Klarna gives until there is none.
"""

from __future__ import annotations

import datetime as dt
import re
import urllib.parse
from collections.abc import AsyncIterator
from typing import TypeVar

from ..reasons import Code, reason
from . import errors
from .client import KlarnaConnection, OrderManagementClient, _decode, _segment
from .settlement_models import (
    Payout,
    PayoutCollection,
    PayoutSummary,
    Transaction,
    TransactionCollection,
)
from .validation import check_reference

SETTLEMENTS = "/settlements/v1"
MAX_PAGE_SIZE = 500  # the spec's limit on `size`
_CURRENCY = re.compile(r"^[A-Z]{3}$")

DateLike = dt.date | dt.datetime | str
_Page = TypeVar("_Page", PayoutCollection, TransactionCollection)


def klarna_time(value: DateLike, field: str, *, end: bool = False) -> str:
    """A date bound as Klarna reads it; a bare date is widened to its whole day when it is an end.

    Klarna reads a bare date as 00:00:00 of that day, so an end date of 2020-01-23 would leave that day
    out (the spec warns of it); we send 23:59:59 instead, which is what a person choosing a day means.
    """
    if isinstance(value, str):
        text = value.strip()
        try:
            value = dt.datetime.fromisoformat(text.replace("Z", "+00:00")) if "T" in text else dt.date.fromisoformat(text)
        except ValueError:
            raise errors.RequestValidationError(reason(Code.NOT_A_DATE, field=field, value=text[:40])) from None
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(23, 59, 59) if end else dt.time(0), dt.timezone.utc)
    if value.tzinfo is None:
        value = value.replace(tzinfo=dt.timezone.utc)
    return value.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _dates(start: DateLike | None, end: DateLike | None, *, required: bool) -> dict[str, str]:
    params: dict[str, str] = {}
    for name, value, is_end in (("start_date", start, False), ("end_date", end, True)):
        if value is None:
            if required:
                raise errors.RequestValidationError(reason(Code.FIELD_REQUIRED, field=name))
            continue
        params[name] = klarna_time(value, name, end=is_end)
    if "start_date" in params and "end_date" in params and params["start_date"] > params["end_date"]:
        raise errors.RequestValidationError(reason(
            Code.END_BEFORE_START, field="end_date", start=params["start_date"], end=params["end_date"]))
    return params


def _currency(value: str | None) -> dict[str, str]:
    if value is None:
        return {}
    code = value.strip().upper()
    if not _CURRENCY.match(code):
        raise errors.RequestValidationError(reason(Code.NOT_A_CURRENCY_CODE, field="currency_code", value=value[:20]))
    return {"currency_code": code}


def _paging(size: int | None, offset: int | None) -> dict[str, str]:
    params: dict[str, str] = {}
    if size is not None:
        if isinstance(size, bool) or not isinstance(size, int) or not 1 <= size <= MAX_PAGE_SIZE:
            raise errors.RequestValidationError(reason(
                Code.NUMBER_OUT_OF_RANGE, field="size", low=1, high=MAX_PAGE_SIZE, got=repr(size)))
        params["size"] = str(size)
    if offset is not None:
        if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
            raise errors.RequestValidationError(reason(Code.NUMBER_TOO_SMALL, field="offset", limit=0, got=repr(offset)))
        params["offset"] = str(offset)
    return params


def _reference(value: str) -> str:
    """A payment reference, checked before any I/O (opaque text: Klarna never documented its format)."""
    return check_reference("payment_reference", value)


class SettlementsClient(KlarnaConnection):
    """Async client for Klarna's Settlements API v1; use it as an async context manager.

    Build it like an OrderManagementClient, or with `SettlementsClient.over(om_client)` to share that
    client's connection (then closing it leaves the OM client's connection open).
    """

    @classmethod
    def over(cls, om: OrderManagementClient) -> SettlementsClient:
        """A Settlements client on an OM client's connection, credentials and retry policy."""
        client = cls.__new__(cls)
        client._share(om)
        return client

    # --- payouts -------------------------------------------------------------------------------

    async def list_payouts(
        self,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        currency_code: str | None = None,
        size: int | None = None,
        offset: int | None = None,
    ) -> PayoutCollection:
        """One page of payouts whose payout date is in the range (Klarna's default page size is 20)."""
        params = {**_dates(start_date, end_date, required=False), **_currency(currency_code), **_paging(size, offset)}
        return _decode(await self._send("GET", f"{SETTLEMENTS}/payouts", params=params), PayoutCollection)

    async def payout_pages(
        self,
        *,
        start_date: DateLike | None = None,
        end_date: DateLike | None = None,
        currency_code: str | None = None,
        size: int = MAX_PAGE_SIZE,
    ) -> AsyncIterator[PayoutCollection]:
        """Every page of payouts in the range, following `next` links."""
        page = await self.list_payouts(start_date=start_date, end_date=end_date, currency_code=currency_code,
                                       size=size)
        while True:
            yield page
            if not page.pagination.next or not page.payouts:
                return
            page = await self.follow(page.pagination.next, PayoutCollection)

    async def get_payout(self, payment_reference: str) -> Payout:
        """One payout by the reference on the bank statement."""
        path = f"{SETTLEMENTS}/payouts/{urllib.parse.quote(_reference(payment_reference), safe='')}"
        return _decode(await self._send("GET", path), Payout)

    async def payout_summary(
        self, *, start_date: DateLike, end_date: DateLike, currency_code: str | None = None
    ) -> list[PayoutSummary]:
        """Totals of the payouts in the range, one element per currency."""
        params = {**_dates(start_date, end_date, required=True), **_currency(currency_code)}
        return _decode(await self._send("GET", f"{SETTLEMENTS}/payouts/summary", params=params), list[PayoutSummary])

    # --- transactions --------------------------------------------------------------------------

    async def list_transactions(
        self,
        *,
        payment_reference: str | None = None,
        order_id: str | None = None,
        size: int | None = None,
        offset: int | None = None,
    ) -> TransactionCollection:
        """One page of transactions, of one payout or one order (or all of them)."""
        params = _paging(size, offset)
        if payment_reference is not None:
            params["payment_reference"] = _reference(payment_reference)
        if order_id is not None:
            params["order_id"] = _segment("order_id", order_id)
        return _decode(await self._send("GET", f"{SETTLEMENTS}/transactions", params=params), TransactionCollection)

    async def transaction_pages(
        self,
        *,
        payment_reference: str | None = None,
        order_id: str | None = None,
        size: int = MAX_PAGE_SIZE,
        offset: int | None = None,
    ) -> AsyncIterator[TransactionCollection]:
        """Every page of transactions from `offset` on, following `next` links."""
        page = await self.list_transactions(payment_reference=payment_reference, order_id=order_id, size=size,
                                            offset=offset)
        while True:
            yield page
            if not page.pagination.next or not page.transactions:
                return
            page = await self.follow(page.pagination.next, TransactionCollection)

    async def payout_transactions(self, payment_reference: str) -> list[Transaction]:
        """Every transaction of one payout."""
        found: list[Transaction] = []
        async for page in self.transaction_pages(payment_reference=payment_reference):
            found += page.transactions
        return found

    async def follow(self, link: str, kind: type[_Page]) -> _Page:
        """GET a `next`/`prev` link Klarna gave, on our own host (credentials never go elsewhere)."""
        parts = urllib.parse.urlsplit(link)
        path = parts.path
        base_path = urllib.parse.urlsplit(self.base_url).path.rstrip("/")
        if base_path and path.startswith(base_path + "/"):
            path = path[len(base_path):]
        if not path.startswith(SETTLEMENTS + "/"):
            raise errors.UnexpectedResponseError(reason(Code.KLARNA_BAD_NEXT_LINK, link=link[:120]))
        params = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
        return _decode(await self._send("GET", path, params=params), kind)

    # --- reports -------------------------------------------------------------------------------

    async def _report(self, name: str, params: dict[str, str], accept: str) -> bytes:
        response = await self._send("GET", f"{SETTLEMENTS}/reports/{name}", params=params, accept=accept)
        kind = response.headers.get("Content-Type", "")
        # Klarna's content types are matched by prefix (it adds "; charset=utf-8" at will).
        if not kind.lower().startswith(accept):
            raise errors.UnexpectedResponseError(
                reason(Code.KLARNA_REPORT_TYPE, report=name, got=kind, expected=accept),
                status=response.status_code, correlation_id=response.headers.get("Klarna-Correlation-Id"),
            )
        return response.content

    async def payout_report_csv(self, payment_reference: str) -> bytes:
        """Klarna's CSV settlement report of one payout with all its transactions."""
        return await self._report("payout-with-transactions",
                                  {"payment_reference": _reference(payment_reference)}, "text/csv")

    async def payout_report_pdf(self, payment_reference: str) -> bytes:
        """Klarna's PDF summary of one payout."""
        return await self._report("payout", {"payment_reference": _reference(payment_reference)}, "application/pdf")

    async def summary_report_csv(self, *, start_date: DateLike, end_date: DateLike) -> bytes:
        """Klarna's CSV of the transactions of every payout in the range."""
        return await self._report("payouts-summary-with-transactions", _dates(start_date, end_date, required=True),
                                  "text/csv")

    async def summary_report_pdf(self, *, start_date: DateLike, end_date: DateLike) -> bytes:
        """Klarna's PDF summary of every payout in the range."""
        return await self._report("payouts-summary", _dates(start_date, end_date, required=True), "application/pdf")
