"""How the sandbox says no: Klarna's error body, and the refusal every operation raises."""

from __future__ import annotations

import uuid

import msgspec

from ..domain.rules import NO_SUCH_CAPTURE, Verdict
from . import klarna_errors


class ErrorBody(msgspec.Struct):
    """Klarna's error body: a code, messages, and the correlation id support asks for."""

    error_code: str
    error_messages: list[str]
    correlation_id: str


class Refused(Exception):
    """An operation refused with an HTTP status, Klarna's error code and a message."""

    def __init__(self, status: int, error_code: str, message: str, *details: str, replay: bool = True) -> None:
        super().__init__(message)
        self.status = status
        self.error_code = error_code
        self.message = message
        self.messages = [message, *details]
        # A request refused before it became an operation (a bad body) is not kept for its key.
        self.replay = replay

    @classmethod
    def from_verdict(cls, verdict: Verdict) -> Refused:
        """The refusal for a rule's verdict: an unknown capture is 404, every other refusal 403."""
        assert verdict.reason is not None, "only a refusal is raised"
        return cls(klarna_errors.refusal_status(verdict), verdict.error_code or "NOT_ALLOWED",
                   klarna_errors.message(verdict.reason))

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
    """400 BAD_VALUE: a body that is not a JSON object or has a field of the wrong kind."""
    return Refused(400, "BAD_VALUE", message, replay=False)


def unprocessable(message: str) -> Refused:
    """422 UNPROCESSABLE_ENTITY: a field outside the spec's limits (Klarna's error table's example)."""
    return Refused(422, "UNPROCESSABLE_ENTITY", message, replay=False)


def unsupported_media_type(content_type: str) -> Refused:
    """415: a body that is not JSON text (its Content-Type says otherwise, or it is not UTF-8)."""
    said = f"Content-Type {content_type!r}" if content_type else "no Content-Type"
    return Refused(415, "UNSUPPORTED_MEDIA_TYPE", f"request body must be JSON (application/json); got {said}",
                   replay=False)


def invalid_order_id(order_id: str) -> Refused:
    """400 INVALID_ORDER_ID: an order id that is not a UUID (Klarna's own code and message)."""
    return Refused(400, "INVALID_ORDER_ID", "Order ID must be a valid UUID.", f"order_id: {order_id[:60]!r}",
                   replay=False)
