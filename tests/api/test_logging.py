"""The client's logs tell what happened without ever showing the credentials."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from klarna_console import api

from .conftest import ORDER_ID, error


@pytest.mark.expect_log("klarna_console.api.client", r"failed \(.+\); retry \d+ in")
async def test_requests_are_logged_without_credentials(klarna, caplog):
    caplog.set_level(logging.DEBUG)
    klarna.answer(error(503, "TEMPORARILY_UNAVAILABLE"), httpx.Response(201, headers={"Capture-Id": "c"}))
    async with klarna.client() as client:
        await client.capture_order(ORDER_ID, {"captured_amount": 100})
    text = caplog.text
    assert f"POST /ordermanagement/v1/orders/{ORDER_ID}/captures -> 201" in text
    assert "retry 1" in text
    token = base64.b64encode(b"PK12345_abcdef:s3cr3t-shared-secret").decode()
    for secret in ("s3cr3t-shared-secret", token, "Authorization", "authorization"):
        assert secret not in text


async def test_errors_carry_no_credentials(klarna):
    klarna.answer(httpx.ConnectError("boom"))
    async with klarna.client(max_retries=0) as client:
        with pytest.raises(api.TransportError) as caught:
            await client.get_order(ORDER_ID)
    assert "s3cr3t" not in str(caught.value) and "s3cr3t" not in repr(caught.value.__dict__)
