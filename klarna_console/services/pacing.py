"""Pacing requests to Klarna's rate limit, as Klarna announces it in the X-Ratelimit-* headers of each answer.

Klarna counts requests per merchant and says, on every answer, how many it allows per second and how
many are left; over the limit it answers 429 with Retry-After (DOMAIN.md §3). One pacer per session
sees every attempt of the session's client (bulk writes, re-reads, the window's own reads, retries):
it starts with a slow probe, rises towards the announced limit less a margin, backs off by half on a
429 and waits as told, then rises again: quickly to just below the pace that was too fast, slowly
beyond it. Nothing here is a fixed rate: without headers it creeps up until Klarna pushes back.
"""

from __future__ import annotations

import asyncio
import collections
import dataclasses
import math
import time
from collections.abc import Awaitable, Callable
from types import TracebackType

from ..api.ratelimit import Answer

INITIAL_RATE = 4.0  # requests/s before Klarna has said anything: a probe, not a burst
MARGIN = 0.05  # stay this share below the announced limit: Klarna's figures are approximate
RISE_TIME = 0.1  # seconds in which the pace closes ~63% of its gap to the target while answers are good
LOW_REMAINING = 0.1  # fewer requests left than this share of the limit: ease off
UNANNOUNCED_STEP = 5.0  # requests/s gained per second when Klarna announces no limit (probing)
FLOOR = 1.0  # never slower than one request a second
BURST = 0.02  # seconds of requests that may go back to back (the event loop wakes in ~ms steps)
MAX_CONCURRENCY = 64  # the client's connection pool; httpcore's pool work grows with every connection it holds
LATENCY_SAMPLES = 64


@dataclasses.dataclass(frozen=True)
class PacerState:
    """What the pacer is doing, for the window.

    Attributes:
        rate: the pace now (requests per second).
        limit: the limit Klarna announced, if it did.
        sent_per_second: requests actually sent over the last second.
        throttled: 429 answers seen so far.
        waiting: seconds still to wait because Klarna answered 429.
    """

    rate: float
    limit: float | None
    sent_per_second: float
    throttled: int
    waiting: float


class RatePacer:
    """Paces every attempt of one client to Klarna's announced rate limit (the `api.ratelimit.Pacer` protocol).

    `clock` and `sleep` are parameters so a test can drive it without waiting real time.
    """

    def __init__(
        self,
        *,
        initial_rate: float = INITIAL_RATE,
        margin: float = MARGIN,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[object]] = asyncio.sleep,
    ) -> None:
        self.rate = initial_rate
        self.margin = margin
        self.limit: float | None = None
        self.latency: float | None = None  # the shortest of the recent answers' latencies, seconds
        self.throttled = 0
        self.sent = 0
        self._clock = clock
        self._sleep = sleep
        self._tokens = 1.0
        self._stamp = clock()
        self._adjusted = self._stamp
        self._paused_until = 0.0
        self._ceiling: float | None = None  # the pace a 429 showed to be too fast (less a tenth)
        self._recent: collections.deque[float] = collections.deque()
        self._latencies: collections.deque[float] = collections.deque(maxlen=LATENCY_SAMPLES)
        self._lock: asyncio.Lock | None = None

    @property
    def target(self) -> float | None:
        """The pace aimed at: the announced limit less the margin (None until Klarna announces one)."""
        return None if self.limit is None else max(FLOOR, self.limit * (1 - self.margin))

    @property
    def concurrency(self) -> int:
        """Requests worth having in flight to keep the pace (Little's law: rate x latency, with room to spare).

        The latency is the shortest seen lately, Klarna's own: when our side is busy, answers take
        longer, and more requests in flight would only make that worse.
        """
        latency = self.latency if self.latency is not None else 0.25
        return max(2, min(MAX_CONCURRENCY, math.ceil(self.rate * latency * 1.5) + 2))

    def state(self) -> PacerState:
        """A snapshot for display."""
        now = self._clock()
        self._forget(now)
        return PacerState(self.rate, self.limit, float(len(self._recent)), self.throttled,
                          max(0.0, self._paused_until - now))

    async def acquire(self) -> None:
        """Wait until one more request may go (in arrival order)."""
        if self._lock is None:
            self._lock = asyncio.Lock()
        async with self._lock:
            while True:
                now = self._clock()
                if now < self._paused_until:
                    await self._sleep(self._paused_until - now)
                    continue
                self._refill(now)
                if self._tokens >= 1.0:
                    self._tokens -= 1.0
                    self.sent += 1
                    self._recent.append(now)
                    self._forget(now)
                    return
                # In short steps, so a pace raised meanwhile takes effect at once.
                await self._sleep(min((1.0 - self._tokens) / self.rate, 0.05))

    def observe(self, answer: Answer) -> None:
        """Adjust the pace to one answer: its headers, its status, its latency."""
        now = self._clock()
        if answer.limit is not None:
            if answer.limit != self.limit:
                self._ceiling = None  # a new limit: what the old one taught no longer holds
            self.limit = answer.limit
        if answer.throttled:
            self._throttled(answer, now)
            return
        if answer.status:
            self._latencies.append(answer.latency)
            self.latency = min(self._latencies)
        if answer.status == 0 or answer.status >= 500:
            return  # not about the rate; the client's own backoff deals with it
        elapsed = max(0.0, now - self._adjusted)
        self._adjusted = max(self._adjusted, now)
        target = self.target
        if target is None:
            self._set_rate(self.rate + UNANNOUNCED_STEP * elapsed)
        elif self.rate > target:
            self._set_rate(target)  # the limit went down
        elif answer.remaining is not None and self.limit is not None and answer.remaining < self.limit * LOW_REMAINING:
            # Almost nothing left (another client of the merchant, or a window count): ease off a little.
            self._set_rate(self.rate * 0.9 ** min(1.0, elapsed / RISE_TIME))
        elif self._ceiling is not None and self.rate >= self._ceiling:
            # Past the pace that was too fast once: creep, and move the mark along while it holds.
            self._set_rate(min(target, self.rate + UNANNOUNCED_STEP * elapsed))
            self._ceiling = self.rate
        else:
            goal = target if self._ceiling is None else min(target, self._ceiling)
            self._set_rate(self.rate + (goal - self.rate) * (1.0 - math.exp(-elapsed / RISE_TIME)))
            if self._ceiling is not None and goal - self.rate < 0.5:
                self._set_rate(goal)

    def _throttled(self, answer: Answer, now: float) -> None:
        self.throttled += 1
        wait = answer.retry_after if answer.retry_after is not None else (answer.reset or 1.0)
        if now >= self._paused_until:
            # The first 429 of a burst halves the pace; the others were already on their way.
            self._refill(now)
            self._ceiling = max(FLOOR, self.rate * 0.9)
            self._set_rate(self.rate / 2)
            self._tokens = 0.0
        self._paused_until = max(self._paused_until, now + wait)
        self._adjusted = max(self._adjusted, self._paused_until)  # rise again only after the wait

    def _set_rate(self, rate: float) -> None:
        self.rate = max(FLOOR, rate)

    def _refill(self, now: float) -> None:
        burst = max(1.0, self.rate * BURST)
        self._tokens = min(burst, self._tokens + max(0.0, now - self._stamp) * self.rate)
        self._stamp = now

    def _forget(self, now: float) -> None:
        while self._recent and self._recent[0] <= now - 1.0:
            self._recent.popleft()


class Slots:
    """At most `size()` holders at a time, where the size may change while waiting (a resizable semaphore)."""

    def __init__(self, size: Callable[[], int]) -> None:
        self._size = size
        self.busy = 0
        self._changed: asyncio.Condition | None = None

    def _condition(self) -> asyncio.Condition:
        if self._changed is None:
            self._changed = asyncio.Condition()
        return self._changed

    async def __aenter__(self) -> None:
        changed = self._condition()
        async with changed:
            await changed.wait_for(lambda: self.busy < self._size())
            self.busy += 1
            self._wake(changed)

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        changed = self._condition()
        async with changed:
            self.busy -= 1
            self._wake(changed)

    def _wake(self, changed: asyncio.Condition) -> None:
        # Wake as many waiters as there are free slots now (the size may have grown), not all of them.
        free = self._size() - self.busy
        if free > 0:
            changed.notify(free)
