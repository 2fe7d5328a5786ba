""""Test connection": can this profile reach Klarna, and does Klarna accept its credentials?"""

from __future__ import annotations

import dataclasses
import enum
import uuid

import httpx

from ..api import (
    AuthenticationError,
    KlarnaError,
    NotFoundError,
    OrderManagementClient,
    RetryPolicy,
    TransportError,
)
from ..log import register_secret
from ..reasons import Code, Reason, nest, reason
from .model import Profile

CHECK_TIMEOUT = httpx.Timeout(15.0, connect=5.0)


class ConnectionOutcome(enum.StrEnum):
    """What a connection check found."""

    OK = "ok"
    BAD_CREDENTIALS = "bad_credentials"
    UNREACHABLE = "unreachable"
    OTHER = "other"


@dataclasses.dataclass(frozen=True)
class ConnectionCheck:
    """The result of a connection check, with why as a code (the dialog words it) and Klarna's details if it answered."""

    outcome: ConnectionOutcome
    reason: Reason
    status: int | None = None
    error_code: str | None = None
    correlation_id: str | None = None

    @property
    def ok(self) -> bool:
        """True when Klarna accepted the credentials."""
        return self.outcome is ConnectionOutcome.OK


async def test_connection(
    profile: Profile, password: str, *, transport: httpx.AsyncBaseTransport | None = None
) -> ConnectionCheck:
    """Read an order that cannot exist with the profile's credentials, and say what the answer means.

    Klarna checks credentials before it looks for the order, so "no such order" (404 NO_SUCH_ORDER)
    proves they were accepted, without touching any real order; 401 means they were refused; no
    answer at all means the host (region, environment or URL) is wrong or unreachable.
    """
    register_secret(password)
    base_url = profile.resolved_base_url()
    probe = str(uuid.uuid4())
    # No retries: someone is waiting at the dialog, and one answer (or its absence) is what we want.
    client = OrderManagementClient(
        username=profile.username, password=password, base_url=base_url,
        timeout=CHECK_TIMEOUT, retry=RetryPolicy(max_retries=0), transport=transport,
    )
    async with client:
        try:
            await client.get_order(probe)
        except AuthenticationError as exc:
            return _check(ConnectionOutcome.BAD_CREDENTIALS, reason(
                Code.CREDENTIALS_REFUSED, status=exc.status or 0, environment=profile.environment_label, url=base_url,
            ), exc)
        except TransportError as exc:
            cause = exc.said or reason(Code.KLARNA_UNREACHABLE, url=base_url, detail=exc.message)
            return _check(ConnectionOutcome.UNREACHABLE, Reason(Code.HOST_UNREACHABLE, nest("cause.", cause)), exc)
        except NotFoundError as exc:
            if exc.error_code == "NO_SUCH_ORDER":
                return ConnectionCheck(ConnectionOutcome.OK, reason(Code.CONNECTED, url=base_url))
            return _check(ConnectionOutcome.OTHER, reason(Code.NOT_KLARNA_HOST, url=base_url, detail=str(exc)), exc)
        except KlarnaError as exc:
            return _check(ConnectionOutcome.OTHER, reason(Code.UNEXPECTED_ANSWER, url=base_url, detail=str(exc)), exc)
    # An order with a random UUID exists only if the host does not check: the credentials passed.
    return ConnectionCheck(ConnectionOutcome.OK, reason(Code.CONNECTED, url=base_url))


# Not a test: keep pytest from collecting it where a test module imports it.
test_connection.__test__ = False  # type: ignore[attr-defined]


def _check(outcome: ConnectionOutcome, why: Reason, error: KlarnaError) -> ConnectionCheck:
    return ConnectionCheck(
        outcome, why, status=error.status, error_code=error.error_code, correlation_id=error.correlation_id
    )
