"""Klarna's Order Management v1 and Settlements v1 clients: typed models, errors and retries; no other layer."""

from typing import Any

from .errors import (
    ApiError,
    AuthenticationError,
    CancelNotAllowedError,
    CaptureNotAllowedError,
    ConflictError,
    InvalidRequestError,
    KlarnaError,
    NotAllowedError,
    NotFoundError,
    RateLimitedError,
    RefundNotAllowedError,
    RequestTimeoutError,
    RequestTooLargeError,
    RequestValidationError,
    ServerError,
    TransportError,
    UnexpectedResponseError,
)
from .hosts import ENVIRONMENTS, REGIONS, base_url_for, check_base_url, is_loopback
from .keys import new_idempotency_key
from .retry import RetryPolicy

_FROM_CLIENT = ("DEFAULT_TIMEOUT", "OrderManagementClient", "user_agent")


def __getattr__(name: str) -> Any:
    # The client brings httpx (~40 ms): loaded when first used, so the window can paint before it.
    if name in _FROM_CLIENT:
        from . import client

        return getattr(client, name)
    if name == "SettlementsClient":
        from .settlements import SettlementsClient

        return SettlementsClient
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_TIMEOUT", "ENVIRONMENTS", "REGIONS", "ApiError", "AuthenticationError", "CancelNotAllowedError",
    "CaptureNotAllowedError", "ConflictError", "InvalidRequestError", "KlarnaError", "NotAllowedError",
    "NotFoundError", "OrderManagementClient", "RateLimitedError", "SettlementsClient", "RefundNotAllowedError",
    "RequestTimeoutError", "RequestTooLargeError", "RequestValidationError", "RetryPolicy", "ServerError",
    "TransportError", "UnexpectedResponseError", "base_url_for", "check_base_url", "is_loopback",
    "new_idempotency_key", "user_agent",
]
