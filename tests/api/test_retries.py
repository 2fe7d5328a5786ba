"""Transient failures are retried with backoff and the same idempotency key; refusals never are."""

from __future__ import annotations

import datetime as dt
import email.utils
import random

import httpx
import pytest
from klarna_console import api
from klarna_console.api.retry import RetryPolicy, parse_retry_after

from .conftest import ORDER_ID, error


@pytest.mark.parametrize("failure", [
    error(500, "INTERNAL_SERVER_ERROR"),
    error(502, "TEMPORARILY_UNAVAILABLE"),
    error(503, "TEMPORARILY_UNAVAILABLE"),
    error(504, "TEMPORARILY_UNAVAILABLE"),
    error(429, "TOO_MANY_REQUESTS"),
    httpx.Response(408),
    httpx.ConnectError("connection refused"),
    httpx.ReadTimeout("timed out"),
    httpx.RemoteProtocolError("peer closed connection without sending complete message body"),
], ids=["500", "502", "503", "504", "429", "408", "connect", "timeout", "dropped"])
@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_capture_is_retried_with_the_same_key_until_it_succeeds(klarna, failure):
    klarna.answer(failure, failure, httpx.Response(201, headers={"Capture-Id": "cap-1"}))
    async with klarna.client() as client:
        capture_id = await client.capture_order(ORDER_ID, {"captured_amount": 1000})
    assert capture_id == "cap-1"
    assert len(klarna.requests) == 3
    keys = {r.headers["Klarna-Idempotency-Key"] for r in klarna.requests}
    assert len(keys) == 1, "every attempt must carry the same key"
    assert {r.content for r in klarna.requests} == {b'{"captured_amount":1000}'}


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_reads_are_retried_too(klarna):
    klarna.answer(error(503, "TEMPORARILY_UNAVAILABLE"), httpx.Response(200, json={"order_id": ORDER_ID}))
    async with klarna.client() as client:
        order = await client.get_order(ORDER_ID)
    assert order.order_id == ORDER_ID
    assert len(klarna.requests) == 2


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_gives_up_after_max_retries_with_the_last_error(klarna):
    klarna.answer(error(503, "TEMPORARILY_UNAVAILABLE", correlation_id="last"))
    async with klarna.client(max_retries=3) as client:
        with pytest.raises(api.ServerError) as caught:
            await client.refund_order(ORDER_ID, {"refunded_amount": 10})
    assert len(klarna.requests) == 4
    assert caught.value.correlation_id == "last"
    assert len(klarna.sleeps) == 3


@pytest.mark.parametrize("status, code", [
    (400, "BAD_VALUE"), (401, None), (403, "CAPTURE_NOT_ALLOWED"), (404, "NO_SUCH_ORDER"),
    (409, "CONFLICT"), (413, "REQUEST_TOO_LARGE"), (422, "UNPROCESSABLE_ENTITY"),
])
async def test_refusals_are_never_retried(klarna, status, code):
    klarna.answer(error(status, code))
    async with klarna.client(max_retries=5) as client:
        with pytest.raises(api.ApiError):
            await client.capture_order(ORDER_ID, {"captured_amount": 1000})
    assert len(klarna.requests) == 1
    assert klarna.sleeps == []


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_backoff_grows_exponentially_with_jitter(klarna):
    klarna.answer(error(500, "INTERNAL_SERVER_ERROR"))
    policy = RetryPolicy(max_retries=4, initial_delay=0.5, max_delay=3.0)
    async with klarna.client(retry=policy) as client:
        with pytest.raises(api.ServerError):
            await client.get_order(ORDER_ID)
    nominal = [0.5, 1.0, 2.0, 3.0]  # doubled, then capped
    assert len(klarna.sleeps) == 4
    for slept, base in zip(klarna.sleeps, nominal, strict=True):
        assert 0.75 * base <= slept <= base


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_retry_after_seconds_is_honoured(klarna):
    klarna.answer(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "3"}), httpx.Response(204))
    async with klarna.client() as client:
        await client.cancel_order(ORDER_ID)
    assert klarna.sleeps == [3.0]


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_retry_after_http_date_is_honoured(klarna):
    when = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=5)
    header = email.utils.format_datetime(when, usegmt=True)
    klarna.answer(error(503, "TEMPORARILY_UNAVAILABLE", **{"Retry-After": header}), httpx.Response(204))
    async with klarna.client() as client:
        await client.cancel_order(ORDER_ID)
    assert 3.0 <= klarna.sleeps[0] <= 5.0


async def test_retry_after_beyond_the_cap_stops_and_tells_how_long(klarna):
    klarna.answer(error(429, "TOO_MANY_REQUESTS", **{"Retry-After": "3600"}))
    async with klarna.client(retry=RetryPolicy(max_retry_after=20)) as client:
        with pytest.raises(api.RateLimitedError) as caught:
            await client.get_order(ORDER_ID)
    assert caught.value.retry_after == 3600
    assert len(klarna.requests) == 1


def test_parse_retry_after_rejects_garbage():
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("-5") == 0.0
    assert parse_retry_after(" 2.5 ") == 2.5


def test_policy_defaults_suit_a_person_waiting():
    policy = RetryPolicy()
    rng = random.Random(7)
    waits = [policy.delay(n, None, rng) for n in range(1, 4)]
    assert waits[-1] is None, "a few quick retries, then the error is shown"
    assert sum(w for w in waits if w) < 2.0
