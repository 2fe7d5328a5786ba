"""The Klarna Order Management API v1 client: typed models, errors and retries; no other layer."""

from .client import DEFAULT_TIMEOUT, OrderManagementClient, new_idempotency_key, user_agent
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
from .retry import RetryPolicy

__all__ = [
    "DEFAULT_TIMEOUT", "ENVIRONMENTS", "REGIONS", "ApiError", "AuthenticationError", "CancelNotAllowedError",
    "CaptureNotAllowedError", "ConflictError", "InvalidRequestError", "KlarnaError", "NotAllowedError",
    "NotFoundError", "OrderManagementClient", "RateLimitedError", "RefundNotAllowedError",
    "RequestTimeoutError", "RequestTooLargeError", "RequestValidationError", "RetryPolicy", "ServerError",
    "TransportError", "UnexpectedResponseError", "base_url_for", "check_base_url", "is_loopback",
    "new_idempotency_key", "user_agent",
]
