"""The pacer: slow before Klarna speaks, up to the announced limit less a margin, half after a 429, then up again.

Driven by a fake clock, so the pace is checked as numbers, never timed.
"""

from __future__ import annotations

import re

import pytest
from klarna_console.api.ratelimit import Answer, parse_limit, read_answer
from klarna_console.services.pacing import INITIAL_RATE, MARGIN, RatePacer, Slots

from ..conftest import SHARED

DOMAIN = SHARED / "klarna-om" / "DOMAIN.md"


class FakeTime:
    """A clock that only moves when the pacer sleeps or the test says so."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def ok(limit: str | None = "200, 200;w=1", remaining: int = 190, latency: float = 0.15) -> Answer:
    headers = {"X-Ratelimit-Limit": limit, "X-Ratelimit-Remaining": str(remaining), "X-Ratelimit-Reset": "1"}
    return read_answer(200, {k: v for k, v in headers.items() if v is not None}, latency)


def throttled(retry_after: float = 2.0) -> Answer:
    return read_answer(429, {"X-Ratelimit-Limit": "200, 200;w=1", "X-Ratelimit-Remaining": "0"}, 0.15, retry_after)


def run_for(pacer: RatePacer, time: FakeTime, seconds: float, answer: Answer) -> list[float]:
    """Answers arriving every 10 ms for `seconds`; the pace after each."""
    rates = []
    for _ in range(int(seconds / 0.01)):
        time.now += 0.01
        pacer.observe(answer)
        rates.append(pacer.rate)
    return rates


def test_domain_brief_documents_the_headers_the_pacer_reads():
    """DOMAIN.md §3: Klarna's rate limit headers, its example value, 429 and its advice to pace bulk jobs."""
    if not DOMAIN.exists():
        pytest.skip(f"Klarna's domain brief is not at {DOMAIN}")
    section = DOMAIN.read_text(encoding="utf-8").split("## 3.", 1)[1].split("\n## ", 1)[0]
    for header in ("X-Ratelimit-Limit", "X-Ratelimit-Remaining", "X-Ratelimit-Reset"):
        assert header in section
    example = re.search(r"X-Ratelimit-Limit`, e\.g\. `([^`]+)`", section)
    assert example is not None and parse_limit(example[1]) == 40.0
    assert "200 req/s in production, 50 req/s in playground" in section
    assert "429" in section and "token bucket" in section


@pytest.mark.parametrize(("value", "rate"), [
    ("200", 200.0), ("200, 200;w=1", 200.0), ("40, 40;w=1", 40.0), ("600, 600;w=60", 10.0),
    ("", None), ("lots", None), (None, None), ("0", None),
])
def test_the_limit_header_is_read_as_requests_per_second(value, rate):
    assert parse_limit(value) == rate


async def test_it_probes_slowly_then_rises_to_the_announced_limit_less_the_margin():
    time = FakeTime()
    pacer = RatePacer(clock=time.clock, sleep=time.sleep)
    assert pacer.rate == INITIAL_RATE and pacer.limit is None
    await pacer.acquire()
    await pacer.acquire()
    assert time.slept and sum(time.slept) == pytest.approx(1 / INITIAL_RATE), "the second request waited its turn"

    rates = run_for(pacer, time, 1.0, ok())
    assert pacer.limit == 200
    assert max(rates) <= 200 * (1 - MARGIN)
    assert rates[-1] == pytest.approx(200 * (1 - MARGIN), rel=0.01), "at the limit less the margin within a second"
    assert rates == sorted(rates), "it only rose"
    # Little's law: 190 requests/s answered in 150 ms want ~29 in flight; the pacer asks for room above that.
    assert 29 <= pacer.concurrency <= 64


async def test_it_slows_to_a_lower_announced_limit_at_once():
    time = FakeTime()
    pacer = RatePacer(clock=time.clock, sleep=time.sleep)
    run_for(pacer, time, 1.0, ok())
    pacer.observe(ok(limit="50, 50;w=1"))  # the playground's figure
    assert pacer.rate == pytest.approx(50 * (1 - MARGIN))
    assert max(run_for(pacer, time, 1.0, ok(limit="50, 50;w=1"))) <= 50 * (1 - MARGIN)


async def test_after_429s_it_halves_waits_as_told_and_comes_back_up():
    time = FakeTime()
    pacer = RatePacer(clock=time.clock, sleep=time.sleep)
    run_for(pacer, time, 1.0, ok())
    before = pacer.rate
    for _ in range(20):  # a burst of 429s for the requests that were in flight together
        pacer.observe(throttled(retry_after=2.0))
    assert pacer.throttled == 20
    assert pacer.rate == pytest.approx(before / 2), "halved once, not twenty times"
    assert pacer.state().waiting == pytest.approx(2.0)

    started = time.now
    await pacer.acquire()
    assert time.now - started >= 2.0, "nothing went before Retry-After had passed"

    rates = run_for(pacer, time, 0.5, ok())
    assert rates[-1] == pytest.approx(before * 0.9, rel=0.02), "quickly back to just below the pace that failed"
    later = run_for(pacer, time, 3.0, ok())
    assert later[-1] > rates[-1] and later[-1] <= 200 * (1 - MARGIN), "then slowly further, towards the limit"


async def test_without_headers_it_creeps_up_until_klarna_pushes_back():
    time = FakeTime()
    pacer = RatePacer(clock=time.clock, sleep=time.sleep)
    rates = run_for(pacer, time, 2.0, ok(limit=None))
    assert pacer.limit is None
    assert INITIAL_RATE < rates[-1] <= INITIAL_RATE + 11, "a few requests a second more each second"
    pacer.observe(read_answer(429, {}, 0.1, None))
    assert pacer.rate == pytest.approx(rates[-1] / 2)
    assert pacer.state().waiting == pytest.approx(1.0), "no Retry-After: a second"


async def test_failures_without_an_answer_do_not_raise_the_pace():
    time = FakeTime()
    pacer = RatePacer(clock=time.clock, sleep=time.sleep)
    time.now += 1.0
    pacer.observe(Answer(0, 30.0))
    pacer.observe(read_answer(503, {}, 0.2))
    assert pacer.rate == INITIAL_RATE


async def test_slots_let_more_in_when_the_size_grows():
    import asyncio

    size = [1]
    slots = Slots(lambda: size[0])
    entered: list[int] = []
    release = [asyncio.Event() for _ in range(5)]

    async def hold(n: int) -> None:
        async with slots:
            entered.append(n)
            await release[n].wait()

    tasks = [asyncio.create_task(hold(n)) for n in range(5)]
    for _ in range(3):
        await asyncio.sleep(0)
    assert entered == [0] and slots.busy == 1
    size[0] = 3  # the pace rose: more requests worth having in flight
    release[0].set()
    for _ in range(6):
        await asyncio.sleep(0)
    assert entered == [0, 1, 2, 3] and slots.busy == 3, "one leaving let three in"
    for event in release:
        event.set()
    await asyncio.gather(*tasks)
    assert entered == [0, 1, 2, 3, 4] and slots.busy == 0
