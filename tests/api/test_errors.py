"""Klarna's refusals and failures become errors that say what happened, with the correlation id."""

from __future__ import annotations

import httpx
import pytest
from klarna_console import api
from klarna_console.reasons import Code, reason

from .conftest import ORDER_ID, error


@pytest.mark.parametrize("status, code, kind", [
    (400, "NOT_FOUND", api.InvalidRequestError),
    (400, "BAD_VALUE", api.InvalidRequestError),
    (401, "UNAUTHORIZED", api.AuthenticationError),
    (403, "NOT_ALLOWED", api.NotAllowedError),
    (403, "CAPTURE_NOT_ALLOWED", api.CaptureNotAllowedError),
    (403, "REFUND_NOT_ALLOWED", api.RefundNotAllowedError),
    (403, "CANCEL_NOT_ALLOWED", api.CancelNotAllowedError),
    (404, "NO_SUCH_ORDER", api.NotFoundError),
    (404, "NO_SUCH_CAPTURE", api.NotFoundError),
    (404, "NOT_FOUND", api.NotFoundError),
    (409, "CONFLICT", api.ConflictError),
    (413, "REQUEST_TOO_LARGE", api.RequestTooLargeError),
    (422, "UNPROCESSABLE_ENTITY", api.InvalidRequestError),
    (422, "INVALID_ADDRESS", api.InvalidRequestError),
    (415, "UNSUPPORTED_MEDIA_TYPE", api.InvalidRequestError),
    (429, "TOO_MANY_REQUESTS", api.RateLimitedError),
    (500, "INTERNAL_SERVER_ERROR", api.ServerError),
    (502, "TEMPORARILY_UNAVAILABLE", api.ServerError),
    (503, "TEMPORARILY_UNAVAILABLE", api.ServerError),
    (504, "TEMPORARILY_UNAVAILABLE", api.ServerError),
])
async def test_status_and_code_map_to_an_error_class(klarna, status, code, kind):
    klarna.answer(error(status, code, "Something specific.", correlation_id="c0ffee-42"))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(kind) as caught:
            await client.cancel_order(ORDER_ID)
    err = caught.value
    assert isinstance(err, api.KlarnaError)
    assert err.status == status
    assert err.error_code == code
    assert err.error_messages == ["Something specific."]
    assert err.correlation_id == "c0ffee-42"
    assert str(err) == f"{code}: Something specific. (HTTP {status}, correlation id c0ffee-42)"


async def test_capture_refusal_reads_like_klarnas(klarna):
    message = "Captured amount is higher than the remaining authorized amount. Capture not possible."
    klarna.answer(error(403, "CAPTURE_NOT_ALLOWED", message, correlation_id="2f5bd9c1"))
    async with klarna.client() as client:
        with pytest.raises(api.CaptureNotAllowedError) as caught:
            await client.capture_order(ORDER_ID, {"captured_amount": 99999})
    assert caught.value.message == message
    assert not caught.value.transient


async def test_html_error_page_from_a_proxy_still_gives_a_clear_error(klarna):
    page = "<html><head><title>502 Bad Gateway</title><style>b{}</style></head><body><h1>Bad Gateway</h1></body></html>"
    klarna.answer(httpx.Response(502, text=page, headers={"Content-Type": "text/html"}))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(api.ServerError) as caught:
            await client.get_order(ORDER_ID)
    err = caught.value
    assert err.error_code is None
    assert "HTTP 502 Bad Gateway" in str(err)
    assert "<" not in str(err) and "b{}" not in str(err)


async def test_empty_401_says_authentication_failed(klarna):
    klarna.answer(httpx.Response(401))
    async with klarna.client() as client:
        with pytest.raises(api.AuthenticationError, match="HTTP 401 Unauthorized"):
            await client.get_order(ORDER_ID)
    assert len(klarna.requests) == 1


async def test_singular_error_message_is_read_too(klarna):
    klarna.answer(httpx.Response(403, json={"error_code": "NOT_ALLOWED", "error_message": "Order is expired."}))
    async with klarna.client() as client:
        with pytest.raises(api.NotAllowedError) as caught:
            await client.extend_authorization_time(ORDER_ID)
    assert caught.value.error_messages == ["Order is expired."]


async def test_correlation_id_header_is_used_when_the_body_has_none(klarna):
    klarna.answer(httpx.Response(503, text="busy", headers={"Klarna-Correlation-Id": "hdr-77"}))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(api.ServerError) as caught:
            await client.get_order(ORDER_ID)
    assert caught.value.correlation_id == "hdr-77"


async def test_unreadable_success_body_is_an_unexpected_response(klarna):
    klarna.answer(httpx.Response(200, text="<html>maintenance</html>"))
    async with klarna.client() as client:
        with pytest.raises(api.UnexpectedResponseError) as caught:
            await client.get_order(ORDER_ID)
    assert (caught.value.said.code, caught.value.said.get("kind")) == (Code.KLARNA_ANSWER_UNREADABLE, "Order")


async def test_connection_failure_is_a_transport_error(klarna):
    klarna.answer(httpx.ConnectError("Name or service not known"))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(api.TransportError) as caught:
            await client.get_order(ORDER_ID)
    assert caught.value.said == reason(Code.KLARNA_UNREACHABLE, url="https://api.playground.klarna.com",
                                       detail="Name or service not known")


async def test_timeout_is_its_own_transport_error(klarna):
    klarna.answer(httpx.ReadTimeout("read timed out"))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(api.RequestTimeoutError) as caught:
            await client.capture_order(ORDER_ID, {"captured_amount": 100})
    assert isinstance(caught.value, api.TransportError)
    assert caught.value.transient
    assert caught.value.said == reason(Code.KLARNA_TIMEOUT, detail="read timed out")


async def test_unexpected_status_is_still_a_klarna_error(klarna):
    klarna.answer(httpx.Response(418, json={"error_code": "TEAPOT", "error_messages": ["No coffee."]}))
    async with klarna.client() as client:
        with pytest.raises(api.ApiError) as caught:
            await client.get_order(ORDER_ID)
    assert type(caught.value) is api.ApiError
    assert caught.value.status == 418
