""""Test connection" tells bad credentials, a wrong or unreachable host, and success apart."""

from __future__ import annotations

import base64
import logging
import secrets
import uuid

import httpx
import pytest

# Imported by its own name on purpose: pytest would collect it here if it were not marked as no test.
from klarna_console.profiles import ConnectionOutcome, Profile, test_connection
from klarna_console.reasons import Code, nested, reason

SHOP = Profile(id="shop-eu", name="Shop EU", region="eu", environment="playground", username="PK01234_abc")


def answering(status: int, json: object = None, text: str = "", seen: list[httpx.Request] | None = None):
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.append(request)
        if json is not None:
            return httpx.Response(status, json=json)
        return httpx.Response(status, text=text)

    return httpx.MockTransport(handler)


def raising(error: type[httpx.TransportError]) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        raise error("no route", request=request)

    return httpx.MockTransport(handler)


async def test_no_such_order_means_the_credentials_were_accepted() -> None:
    seen: list[httpx.Request] = []
    body = {"error_code": "NO_SUCH_ORDER", "error_messages": ["Order not found"], "correlation_id": "c-1"}
    check = await test_connection(SHOP, "s3cret-pw", transport=answering(404, body, seen=seen))
    assert check.ok and check.outcome is ConnectionOutcome.OK
    assert check.reason == reason(Code.CONNECTED, url="https://api.playground.klarna.com")
    (request,) = seen
    # A read of a random order id on the profile's host, with its credentials: nothing real is touched.
    assert request.method == "GET"
    assert request.url.host == "api.playground.klarna.com"
    order_id = request.url.path.rsplit("/", 1)[1]
    assert request.url.path == f"/ordermanagement/v1/orders/{order_id}" and uuid.UUID(order_id)
    assert request.headers["Authorization"] == "Basic " + base64.b64encode(b"PK01234_abc:s3cret-pw").decode()


async def test_401_means_bad_credentials_and_says_to_check_region_and_environment() -> None:
    check = await test_connection(SHOP, "wrong-pw", transport=answering(401, text=""))
    assert check.outcome is ConnectionOutcome.BAD_CREDENTIALS and not check.ok
    assert check.status == 401
    assert check.reason == reason(Code.CREDENTIALS_REFUSED, status=401, environment="Playground",
                                  url="https://api.playground.klarna.com")


@pytest.mark.parametrize("error", [httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout])
async def test_no_answer_means_a_wrong_or_unreachable_host(error: type[httpx.TransportError]) -> None:
    check = await test_connection(SHOP, "pw-123456", transport=raising(error))
    assert check.outcome is ConnectionOutcome.UNREACHABLE
    assert check.reason.code is Code.HOST_UNREACHABLE
    cause = nested(check.reason, "cause.")
    timeout = error is not httpx.ConnectError
    assert cause.code is (Code.KLARNA_TIMEOUT if timeout else Code.KLARNA_UNREACHABLE)
    assert cause.get("detail") == "no route", "the connection's own words are kept"


async def test_a_404_that_is_not_klarnas_says_the_host_may_not_be_klarna() -> None:
    kustom = Profile(id="k", name="K", base_url="https://shop.example.com", username="M1")
    check = await test_connection(kustom, "pw-123456", transport=answering(404, text="<h1>Not Found</h1>"))
    assert check.outcome is ConnectionOutcome.OTHER
    assert (check.reason.code, check.reason.get("url")) == (Code.NOT_KLARNA_HOST, "https://shop.example.com")


async def test_other_answers_are_reported_with_klarnas_details() -> None:
    body = {"error_code": "TEMPORARILY_UNAVAILABLE", "error_messages": ["Try later"], "correlation_id": "c-42"}
    check = await test_connection(SHOP, "pw-123456", transport=answering(503, body))
    assert check.outcome is ConnectionOutcome.OTHER
    assert (check.status, check.error_code, check.correlation_id) == (503, "TEMPORARILY_UNAVAILABLE", "c-42")
    assert check.reason.code is Code.UNEXPECTED_ANSWER and "Try later" in str(check.reason.get("detail"))


async def test_the_password_is_in_no_log_record(caplog: pytest.LogCaptureFixture) -> None:
    password = "pw-" + secrets.token_urlsafe(12)
    with caplog.at_level(logging.DEBUG):
        await test_connection(SHOP, password, transport=answering(401, text=""))
        await test_connection(SHOP, password, transport=raising(httpx.ConnectError))
    assert caplog.records, "the client logs its requests"
    assert password not in caplog.text
