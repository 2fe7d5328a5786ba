"""What Klarna's answers say about its rate limit: the X-Ratelimit-* headers and Retry-After, per answer."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping
from typing import Protocol

_NUMBER = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*$")
_WINDOW = re.compile(r"(?:^|;)\s*w\s*=\s*(\d+(?:\.\d+)?)\s*(?:;|$)")


@dataclasses.dataclass(frozen=True)
class Answer:
    """One answer (or failure) of one attempt, as a pacer needs to see it.

    Attributes:
        status: the HTTP status, or 0 when no answer came (timeout, connection lost).
        latency: seconds from sending to the answer.
        limit: requests per second Klarna allows (X-Ratelimit-Limit), if it said.
        remaining: requests left (X-Ratelimit-Remaining), if it said.
        reset: seconds until the allowance is full again (X-Ratelimit-Reset), if it said.
        retry_after: seconds Klarna asked us to wait (Retry-After), if it did.
    """

    status: int
    latency: float
    limit: float | None = None
    remaining: int | None = None
    reset: float | None = None
    retry_after: float | None = None

    @property
    def throttled(self) -> bool:
        """Klarna answered 429 Too Many Requests."""
        return self.status == 429


class Pacer(Protocol):
    """Paces every attempt the client makes; the client tells it how each one went."""

    async def acquire(self) -> None:
        """Wait until one more request may be sent."""

    def observe(self, answer: Answer) -> None:
        """Learn from one answer (or failure)."""


def parse_limit(value: str | None) -> float | None:
    """Requests per second from X-Ratelimit-Limit: `40`, or `40, 40;w=1` (the quota per window of w seconds).

    Klarna's example is the IETF draft's form; a window other than a second is turned into a rate.
    """
    if not value:
        return None
    first, _, policies = value.partition(",")
    quota = _NUMBER.match(first)
    if quota is None:
        return None
    window = 1.0
    for policy in policies.split(","):
        number, _, params = policy.partition(";")
        found = _WINDOW.search(";" + params)
        if found and _NUMBER.match(number) and float(number) == float(quota[1]):
            window = float(found[1]) or 1.0
            break
    rate = float(quota[1]) / window
    return rate if rate > 0 else None


def _number(value: str | None) -> float | None:
    found = _NUMBER.match(value) if value else None
    return float(found[1]) if found else None


def read_answer(
    status: int, headers: Mapping[str, str], latency: float, retry_after: float | None = None
) -> Answer:
    """The rate-limit facts of one answer (headers are matched without regard to case)."""
    remaining = _number(headers.get("X-Ratelimit-Remaining"))
    return Answer(
        status=status,
        latency=latency,
        limit=parse_limit(headers.get("X-Ratelimit-Limit")),
        remaining=int(remaining) if remaining is not None else None,
        reset=_number(headers.get("X-Ratelimit-Reset")),
        retry_after=retry_after,
    )
