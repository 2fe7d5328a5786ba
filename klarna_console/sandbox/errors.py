"""How the sandbox says no: Klarna's error body, and the refusal every operation raises."""

from __future__ import annotations

import uuid

import msgspec

from ..domain.rules import NO_SUCH_CAPTURE, Verdict


class ErrorBody(msgspec.Struct):
    """Klarna's error body: a code, messages, and the correlation id support asks for."""

    error_code: str
    error_messages: list[str]
    correlation_id: str


class Refused(Exception):
    """An operation refused with an HTTP status, Klarna's error code and a message."""

    def __init__(self, status: int, error_code: str, message: str, *details: str) -> None:
        super().__init__(message)
        self.status = status
        self.error_code = error_code
        self.message = message
        self.messages = [message, *details]

    @classmethod
    def from_verdict(cls, verdict: Verdict) -> Refused:
        """The refusal for a rule's verdict: an unknown capture is 404, every other refusal 403."""
        code = verdict.error_code or "NOT_ALLOWED"
        return cls(404 if code == NO_SUCH_CAPTURE else 403, code, verdict.reason)

    def body(self) -> bytes:
        """The JSON error body, with a fresh correlation id."""
        return error_body(self.error_code, *self.messages)


def error_body(error_code: str, *messages: str) -> bytes:
    """Klarna's error JSON, with a fresh correlation id."""
    return msgspec.json.encode(ErrorBody(error_code, list(messages), str(uuid.uuid4())))


def no_such_order(order_id: str) -> Refused:
    """404 NO_SUCH_ORDER, worded as Klarna words it."""
    return Refused(404, "NO_SUCH_ORDER", f"Order {order_id} cannot be found")


def no_such_capture(order_id: str, capture_id: str) -> Refused:
    """404 NO_SUCH_CAPTURE for reading a capture the order does not have."""
    return Refused(404, NO_SUCH_CAPTURE, f"Capture {capture_id} cannot be found for order {order_id}")


def no_such_refund(order_id: str, refund_id: str) -> Refused:
    """404 NOT_FOUND for a refund the order does not have (Klarna's own code for it)."""
    return Refused(404, "NOT_FOUND", f"Refund {refund_id} cannot be found for order {order_id}")


def bad_value(message: str) -> Refused:
    """400 BAD_VALUE: a body that is not JSON or breaks one of the spec's limits."""
    return Refused(400, "BAD_VALUE", message)
