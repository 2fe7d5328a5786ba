"""A recording fake Klarna for client tests: answers are queued, requests are kept for inspection."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import httpx
import pytest
from klarna_console.api import OrderManagementClient, RetryPolicy

ORDER_ID = "f3392f8b-6116-4073-ab96-e330819e2c07"
CAPTURE_ID = "4ba29b50-be7b-44f5-a492-113e6a865e22"
REFUND_ID = "b2cb4b4a-ed4f-4e8f-9f2e-3b7e2ad0d1a2"

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass
class FakeKlarna:
    """Plays queued answers in order (the last one repeats) and records every request."""

    answers: list[Answer] = field(default_factory=list)
    requests: list[httpx.Request] = field(default_factory=list)
    sleeps: list[float] = field(default_factory=list)

    def answer(self, *answers: Answer) -> FakeKlarna:
        self.answers.extend(answers)
        return self

    def handle(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        index = min(len(self.requests), len(self.answers)) - 1
        answer = self.answers[index] if self.answers else httpx.Response(204)
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            return answer(request)
        return answer

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)

    def client(self, **options: Any) -> OrderManagementClient:
        options.setdefault("region", "eu")
        options.setdefault("environment", "playground")
        return OrderManagementClient(
            username="PK12345_abcdef",
            password="s3cr3t-shared-secret",
            transport=httpx.MockTransport(self.handle),
            sleep=self.sleep,
            retry=options.pop("retry", RetryPolicy(max_retries=2, initial_delay=0.5, max_delay=8.0)),
            **options,
        )


@pytest.fixture
def klarna() -> FakeKlarna:
    """A fresh fake Klarna per test."""
    return FakeKlarna()


def error(status: int, code: str | None = None, message: str = "refused", correlation_id: str = "corr-1",
          **headers: str) -> httpx.Response:
    """A Klarna-shaped error answer."""
    if code is None:
        return httpx.Response(status, headers=headers)
    body = {"error_code": code, "error_messages": [message], "correlation_id": correlation_id}
    return httpx.Response(status, json=body, headers=headers)
