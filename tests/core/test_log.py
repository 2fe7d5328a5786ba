"""The log file never holds a credential, whatever a library prints."""

from __future__ import annotations

import logging

import pytest
from klarna_console.log import redact, register_secret, setup_logging


@pytest.mark.parametrize("line", [
    "Authorization: Basic UEsxMjM0NTpzM2NyM3Q=",
    "{'Authorization': 'Basic UEsxMjM0NTpzM2NyM3Q=', 'Accept': 'application/json'}",
    '"authorization": "Basic UEsxMjM0NTpzM2NyM3Q="',
    "password=s3cr3t&user=PK12345",
    '{"password": "s3cr3t"}',
    "sent Basic UEsxMjM0NTpzM2NyM3Q= to Klarna",
])
def test_redact_removes_auth_headers_and_passwords(line):
    cleaned = redact(line)
    assert "UEsxMjM0NTpzM2NyM3Q=" not in cleaned
    assert "s3cr3t" not in cleaned
    assert "***" in cleaned


def test_redact_keeps_ordinary_text():
    line = "GET /ordermanagement/v1/orders/abc -> 200 in 31 ms (attempt 1)"
    assert redact(line) == line


def test_log_file_scrubs_registered_secrets_and_tracebacks(tmp_path):
    register_secret("correct-horse-battery")
    setup_logging(tmp_path, logging.DEBUG, stderr_level=logging.CRITICAL)
    log = logging.getLogger("klarna_console.test")
    try:
        log.info("user typed %s", "correct-horse-battery")
        try:
            raise RuntimeError("failed with password correct-horse-battery")
        except RuntimeError:
            log.exception("crash")
    finally:
        for handler in logging.getLogger().handlers:
            handler.flush()
        setup_logging(None, stderr_level=logging.CRITICAL)
    text = (tmp_path / "klarna-console.log").read_text()
    assert "user typed ***" in text
    assert "RuntimeError" in text
    assert "correct-horse-battery" not in text
