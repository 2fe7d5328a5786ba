"""Fault injection: latency, server errors, a rate limit, and responses lost after the change was applied."""

from __future__ import annotations

import asyncio
import math
import random
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Literal, NamedTuple

import msgspec
from msgspec import Meta

Rate = Annotated[float, Meta(ge=0.0, le=1.0)]
Limit = Annotated[int, Meta(ge=1, le=100_000)]
# Klarna's figure for Order Management in production (DOMAIN.md §3): the sandbox always has a limit, as Klarna does.
DEFAULT_RATE_LIMIT = 200


class Quota(NamedTuple):
    """The rate limit's verdict on one request, and what Klarna's X-Ratelimit-* headers say about it.

    Attributes:
        retry_after: whole seconds to wait when the request is over the limit, else None.
        limit: requests per second (as announced).
        remaining: requests left in the bucket after this one.
        reset: whole seconds until the bucket is full again.
    """

    retry_after: int | None
    limit: int
    remaining: int
    reset: int

    def headers(self) -> dict[str, str]:
        """The headers as Klarna writes them: `X-Ratelimit-Limit: 200, 200;w=1` and so on."""
        headers = {"X-Ratelimit-Limit": f"{self.limit}, {self.limit};w=1",
                   "X-Ratelimit-Remaining": str(self.remaining), "X-Ratelimit-Reset": str(self.reset)}
        if self.retry_after is not None:
            headers["Retry-After"] = str(self.retry_after)
        return headers


class FaultSettings(msgspec.Struct, kw_only=True, forbid_unknown_fields=True):
    """What goes wrong on the Order Management routes (never on the sandbox's own /sandbox/v1/ routes).

    Attributes:
        latency_ms: added to every request before it is handled.
        error_rate: share of requests answered with `error_status` before anything is applied.
        error_status: 500, 502 or 503.
        rate_limit_per_second: requests per second allowed (a token bucket holding one second's worth);
            more get 429 + Retry-After. Every answer carries X-Ratelimit-Limit/-Remaining/-Reset; None
            turns the limit off, and the headers with it.
        rate_limit_announced: the limit the headers name, when it is to differ from the one enforced
            (Klarna's figures are approximate); Remaining is then told as the same share of it.
        lost_response_rate: share of applied writes whose response is lost: the change stays, and the
            client gets a 503 (`lost_mode` "503") or a dropped connection ("drop").
        seed: seeds the generator deciding which requests fail, for reproducible runs.
    """

    latency_ms: Annotated[int, Meta(ge=0, le=60_000)] = 0
    error_rate: Rate = 0.0
    error_status: Literal[500, 502, 503] = 503
    rate_limit_per_second: Limit | None = DEFAULT_RATE_LIMIT
    rate_limit_announced: Limit | None = None
    lost_response_rate: Rate = 0.0
    lost_mode: Literal["503", "drop"] = "503"
    seed: int | None = None


class Faults:
    """The live fault configuration and the decisions taken from it; safe to use from several threads.

    `monotonic` (the rate limit's clock) and `sleep` (the latency's wait) are attributes so a test can
    replace them and check the behaviour without waiting real time.
    """

    def __init__(
        self,
        seed: int | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self._lock = threading.Lock()
        self.monotonic = monotonic
        self.sleep = sleep
        self.settings = FaultSettings(seed=seed)
        self._rng = random.Random(seed)
        # The bucket starts full, as configure() fills it: a fresh sandbox's first requests are not 429s.
        self._tokens = float(self.settings.rate_limit_per_second or 0)
        self._refilled = monotonic()

    def configure(self, settings: FaultSettings | None = None, **fields: object) -> FaultSettings:
        """Replace the whole configuration (fields left out are off), from a FaultSettings or keywords."""
        if settings is None:
            # convert() checks the limits, so a bad value fails here and not in the middle of a request.
            settings = msgspec.convert(fields, FaultSettings)
        elif fields:
            raise TypeError("give either a FaultSettings or keyword fields, not both")
        with self._lock:
            self.settings = settings
            if settings.seed is not None:
                self._rng = random.Random(settings.seed)
            self._tokens = float(settings.rate_limit_per_second or 0)
            self._refilled = self.monotonic()
        return settings

    def clear(self) -> None:
        """Nothing goes wrong any more."""
        self.configure()

    def __getattr__(self, name: str) -> object:
        # faults.latency_ms and friends read the current settings.
        if name in FaultSettings.__struct_fields__:
            return getattr(self.settings, name)
        raise AttributeError(name)

    def to_dict(self) -> dict[str, object]:
        """The configuration as the admin route shows it."""
        return msgspec.to_builtins(self.settings)  # type: ignore[no-any-return]

    # --- decisions, one per request -------------------------------------------------------------------

    def admit(self) -> Quota | None:
        """Take this request from the rate limit's bucket: the verdict and headers, or None with no limit."""
        with self._lock:
            limit = self.settings.rate_limit_per_second
            if not limit:
                return None
            announced = self.settings.rate_limit_announced or limit
            now = self.monotonic()
            self._tokens = min(float(limit), self._tokens + (now - self._refilled) * limit)
            self._refilled = now
            if self._tokens >= 1.0:
                self._tokens -= 1.0
                wait = None
            else:
                # Whole seconds, as Retry-After is usually written; at least 1 so a client never spins.
                wait = max(1, math.ceil((1.0 - self._tokens) / limit))
            full_in = math.ceil((limit - self._tokens) / limit) if self._tokens < limit - 1e-9 else 0
            # Announced figures are consistent with each other, however wrong they are about the real limit.
            return Quota(wait, announced, int(self._tokens * announced / limit), full_in)

    def retry_after(self) -> int | None:
        """Seconds the client must wait when this request is over the rate limit, else None."""
        quota = self.admit()
        return quota.retry_after if quota is not None else None

    def latency(self) -> float:
        """Seconds to wait before handling the request."""
        return self.settings.latency_ms / 1000

    def injected_error(self) -> int | None:
        """The status to fail this request with before applying anything, or None."""
        with self._lock:
            rate = self.settings.error_rate
            if rate and self._rng.random() < rate:
                return self.settings.error_status
        return None

    def lost_response(self) -> str | None:
        """For an applied write: "503" or "drop" when its response is to be lost, else None."""
        with self._lock:
            rate = self.settings.lost_response_rate
            if rate and self._rng.random() < rate:
                return self.settings.lost_mode
        return None
