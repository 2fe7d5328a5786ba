"""The log file never holds a credential, whatever a library prints."""

from __future__ import annotations

import logging

import pytest
from klarna_console.log import OwnerOnlyFileHandler, redact, register_secret, setup_logging


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


@pytest.mark.expect_log("klarna_console.test", r"^crash$")
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


def test_the_log_and_its_rotated_files_are_owner_only(tmp_path):
    logs = tmp_path / "logs"
    logs.mkdir(mode=0o755)
    older = logs / "klarna-console.log"
    older.write_text("written by an older version\n")
    older.chmod(0o644)
    setup_logging(logs, logging.DEBUG, stderr_level=logging.CRITICAL)
    try:
        logging.getLogger("klarna_console.test").info("refund of order 1234 for Anna Lindqvist")
        (handler,) = [h for h in logging.getLogger().handlers if isinstance(h, OwnerOnlyFileHandler)]
        handler.rotate()
        logging.getLogger("klarna_console.test").info("after rotation")
    finally:
        setup_logging(None, stderr_level=logging.CRITICAL)
    assert logs.stat().st_mode & 0o777 == 0o700
    for name in ("klarna-console.log", "klarna-console.log.1"):
        assert (logs / name).stat().st_mode & 0o777 == 0o600, name
    assert "after rotation" in (logs / "klarna-console.log").read_text()


def test_the_log_rotates_at_its_size_and_keeps_its_last_files_only(tmp_path):
    handler = OwnerOnlyFileHandler(tmp_path / "klarna-console.log", max_bytes=300, backups=3)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log = logging.getLogger("klarna_console.test.rotation")
    log.propagate = False
    log.addHandler(handler)
    try:
        for number in range(60):
            log.warning("capture %02d of order 1234", number)
    finally:
        log.removeHandler(handler)
        handler.close()
    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["klarna-console.log", "klarna-console.log.1", "klarna-console.log.2", "klarna-console.log.3"]
    assert all((tmp_path / name).stat().st_size <= 300 for name in names)
    assert all((tmp_path / name).stat().st_mode & 0o777 == 0o600 for name in names)
    numbers = [[int(line[8:10]) for line in (tmp_path / name).read_text().splitlines()] for name in reversed(names)]
    assert numbers[-1][-1] == 59, "the last line is in the current file"
    assert sum(numbers, []) == list(range(numbers[0][0], 60)), "oldest to newest, nothing lost between files"
