"""When to try a request again, and how long to wait first."""

from __future__ import annotations

import datetime as dt
import random

import msgspec

RETRYABLE_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses worth another attempt; every other 4xx is an answer, not an accident."""


class RetryPolicy(msgspec.Struct, frozen=True):
    """Exponential backoff with jitter, tuned for a person waiting at a window.

    Attributes:
        max_retries: attempts after the first one.
        initial_delay: seconds before the first retry (doubled for each further one).
        max_delay: cap on our own backoff.
        max_retry_after: the longest Retry-After we wait for; a longer one ends the retries.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    max_retry_after: float = 20.0

    def delay(self, retry: int, retry_after: float | None, rng: random.Random) -> float | None:
        """Seconds to wait before retry number `retry` (1-based), or None to stop trying."""
        if retry > self.max_retries:
            return None
        if retry_after is not None:
            return retry_after if retry_after <= self.max_retry_after else None
        backoff = min(self.initial_delay * 2.0 ** (retry - 1), self.max_delay)
        # Jitter spreads out clients that failed together so they do not retry in lockstep.
        return backoff * (0.75 + 0.25 * rng.random())


def parse_retry_after(value: str | None, now: dt.datetime | None = None) -> float | None:
    """Seconds from a Retry-After header, given as seconds or as an HTTP date; None if absent or bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    import email.utils  # rarely needed (Klarna sends seconds); the email package costs start-up time

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.timezone.utc)
    now = now or dt.datetime.now(dt.timezone.utc)
    return max(0.0, (when - now).total_seconds())
