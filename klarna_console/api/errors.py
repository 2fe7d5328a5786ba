"""Errors of the Order Management client, one class per meaning.

Every error raised by a Klarna answer carries the HTTP status, Klarna's `error_code`, its
`error_messages` and the `correlation_id` the merchant quotes to Klarna support.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import msgspec

from ..reasons import Reason, words

if TYPE_CHECKING:
    import httpx


class KlarnaError(Exception):
    """Base of every error the client raises."""

    status: int | None = None

    def __init__(
        self,
        message: str | Reason,
        *,
        status: int | None = None,
        error_code: str | None = None,
        error_messages: list[str] | None = None,
        correlation_id: str | None = None,
        retry_after: float | None = None,
    ) -> None:
        # A Reason (a timeout, an unreadable answer) is worded by the window; Klarna's own words stay as they are.
        self.said: Reason | None = message if isinstance(message, Reason) else None
        self._message = str(message)
        super().__init__(self._message)
        if status is not None:
            self.status = status
        self.error_code = error_code
        self.error_messages = list(error_messages or [])
        self.correlation_id = correlation_id
        self.retry_after = retry_after

    @property
    def message(self) -> str:
        """Klarna's (or the connection's) message; for a reason of the client's own, the window's words of it."""
        return words(self.said) if self.said is not None else self._message

    @property
    def transient(self) -> bool:
        """True when trying again later, with the same idempotency key, may succeed."""
        return False

    def __str__(self) -> str:
        parts = [f"{self.error_code}: {self.message}" if self.error_code else self.message]
        if self.status is not None:
            parts.append(f"HTTP {self.status}")
        if self.correlation_id:
            parts.append(f"correlation id {self.correlation_id}")
        return parts[0] if len(parts) == 1 else f"{parts[0]} ({', '.join(parts[1:])})"


class RequestValidationError(KlarnaError, ValueError):
    """A request was refused before sending: a field breaks one of the spec's limits.

    Attributes:
        reason: why, as a code with the field, the limit and what was given (the window words it).
        field: the request field at fault ("order_lines[0].name"; "" for the request as a whole).
    """

    def __init__(self, why: Reason) -> None:
        field = str(why.get("field"))
        # For logs and developers only; the window words `reason` itself.
        super().__init__(f"{field}: {why}" if field else str(why), error_code=None)
        self.reason = why
        self.field = field


class TransportError(KlarnaError):
    """Klarna could not be reached, or the connection broke before an answer came."""

    @property
    def transient(self) -> bool:
        return True


class RequestTimeoutError(TransportError):
    """Klarna did not answer in time: the change may or may not have been applied."""


class ApiError(KlarnaError):
    """Klarna answered with an error status that has no more specific class."""


class InvalidRequestError(ApiError):
    """400/415/422: Klarna found the request invalid."""


class AuthenticationError(ApiError):
    """401: the API username or password is wrong, or belongs to another region or environment."""


class NotAllowedError(ApiError):
    """403: Klarna's business rules refuse the operation on this order now."""


class CaptureNotAllowedError(NotAllowedError):
    """403 CAPTURE_NOT_ALLOWED."""


class RefundNotAllowedError(NotAllowedError):
    """403 REFUND_NOT_ALLOWED."""


class CancelNotAllowedError(NotAllowedError):
    """403 CANCEL_NOT_ALLOWED."""


class NotFoundError(ApiError):
    """404: no such order, capture or refund."""


class ConflictError(ApiError):
    """409: the request conflicts with the order's current state."""


class RequestTooLargeError(ApiError):
    """413: the request body is over Klarna's limit (1 MB)."""


class RateLimitedError(ApiError):
    """429: too many requests; `retry_after` says how long Klarna asked us to wait, if it did."""

    @property
    def transient(self) -> bool:
        return True


class ServerError(ApiError):
    """5xx: Klarna failed; the change may or may not have been applied."""

    @property
    def transient(self) -> bool:
        return True


class UnexpectedResponseError(ApiError):
    """Klarna answered with success but a body we cannot read."""


_NOT_ALLOWED_BY_CODE: dict[str, type[NotAllowedError]] = {
    "CAPTURE_NOT_ALLOWED": CaptureNotAllowedError,
    "REFUND_NOT_ALLOWED": RefundNotAllowedError,
    "CANCEL_NOT_ALLOWED": CancelNotAllowedError,
}

_BY_STATUS: dict[int, type[ApiError]] = {
    400: InvalidRequestError,
    401: AuthenticationError,
    403: NotAllowedError,
    404: NotFoundError,
    409: ConflictError,
    413: RequestTooLargeError,
    415: InvalidRequestError,  # a body that is not JSON: the request is at fault, as with 400
    422: InvalidRequestError,
    429: RateLimitedError,
}


class _ErrorBody(msgspec.Struct):
    error_code: str | None = None
    error_messages: list[str] | None = None
    error_message: str | None = None
    correlation_id: str | None = None


def error_from_response(response: httpx.Response, retry_after: float | None = None) -> ApiError:
    """Build the error for a non-2xx answer, whether its body is Klarna's JSON, HTML or nothing."""
    status = response.status_code
    body = _parse_error_body(response.content)
    if body is not None:
        messages = list(body.error_messages or [])
        if body.error_message and body.error_message not in messages:
            messages.append(body.error_message)
        code, correlation_id = body.error_code, body.correlation_id
    else:
        messages, code, correlation_id = [], None, None
    # Some proxies put the correlation id only in a header.
    correlation_id = correlation_id or response.headers.get("Klarna-Correlation-Id")
    if not messages:
        snippet = _text_snippet(response)
        reason = response.reason_phrase or "error"
        messages = [f"HTTP {status} {reason}" + (f": {snippet}" if snippet else "")]
    if status >= 500:
        cls: type[ApiError] = ServerError
    elif status == 403 and code in _NOT_ALLOWED_BY_CODE:
        cls = _NOT_ALLOWED_BY_CODE[code]
    else:
        cls = _BY_STATUS.get(status, ApiError)
    return cls(
        "; ".join(messages),
        status=status,
        error_code=code,
        error_messages=messages,
        correlation_id=correlation_id,
        retry_after=retry_after,
    )


def _parse_error_body(content: bytes) -> _ErrorBody | None:
    if not content:
        return None
    try:
        body = msgspec.json.decode(content.removeprefix(b"\xef\xbb\xbf"), type=_ErrorBody)
    except (msgspec.DecodeError, msgspec.ValidationError):
        return None
    if body.error_code is None and not body.error_messages and not body.error_message:
        return None
    return body


_TAGS = re.compile(r"<(script|style)\b.*?</\1>|<[^>]+>", re.S | re.I)


def _text_snippet(response: httpx.Response, limit: int = 200) -> str:
    """The readable start of a non-JSON body (an HTML page from a proxy, say)."""
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError):
        return ""
    text = " ".join(_TAGS.sub(" ", text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
