"""The Sandbox: one simulated Klarna merchant account (orders, clock, faults, replay cache) and its ASGI app."""

from __future__ import annotations

import datetime as dt
import os
import secrets
from typing import Any

from ..api.client import OrderManagementClient
from ..api.settlements import SettlementsClient
from ..domain.rules import AUTHORIZATION_PERIOD
from .account import OrderPage, OrderSummary, SandboxAccount
from .app import MAX_BODY, SandboxApp, build_app
from .clock import Clock
from .faults import Faults
from .settlements import Settlements, SettlementSettings
from .transport import SandboxTransport

IN_PROCESS_BASE_URL = "http://sandbox.localhost"

__all__ = ["IN_PROCESS_BASE_URL", "OrderPage", "OrderSummary", "Sandbox"]


class Sandbox(SandboxAccount):
    """A Klarna Order Management sandbox with demo orders, usable in-process or served over HTTP.

    Args:
        orders: demo orders to generate when there is no saved state.
        seed: seed of the demo generator (the same seed and clock give the same orders).
        state_path: keep the state in this file (loaded if it exists, else created).
        username, password: the Basic credentials the sandbox accepts (password random if None).
        clock: the sandbox's clock (default: wall time, movable with `clock.advance`).
        authorization_period: how long an authorization lasts, and what an extension adds.
        settlements: the payout contract (delay, frequency) of the Settlements routes.
    """

    base_url_in_process = IN_PROCESS_BASE_URL

    def __init__(
        self,
        orders: int = 200,
        seed: int = 1,
        state_path: str | os.PathLike[str] | None = None,
        username: str = "sandbox",
        password: str | None = None,
        clock: Clock | None = None,
        *,
        authorization_period: dt.timedelta = AUTHORIZATION_PERIOD,
        max_body: int = MAX_BODY,
        shipping_delay: bool = False,
        settlements: SettlementSettings | None = None,
    ) -> None:
        self.username = username
        self.password = password if password is not None else secrets.token_urlsafe(18)
        self.faults = Faults()
        super().__init__(orders, seed, state_path, clock, authorization_period=authorization_period,
                         shipping_delay=shipping_delay)
        self.settlements = Settlements(self.state, self.clock.now, salt=f"{seed}", settings=settlements)
        self.app: SandboxApp = build_app(self, max_body)

    # --- wiring --------------------------------------------------------------------------------------

    def transport(self) -> SandboxTransport:
        """An httpx transport to this sandbox, in-process (dropped connections raise httpx.ReadError)."""
        return SandboxTransport(self.app)

    def client(self, **kwargs: Any) -> OrderManagementClient:
        """An OrderManagementClient wired to this sandbox in-process, with its credentials."""
        kwargs.setdefault("base_url", self.base_url_in_process)
        kwargs.setdefault("transport", self.transport())
        return OrderManagementClient(username=self.username, password=self.password, **kwargs)

    def settlements_client(self, **kwargs: Any) -> SettlementsClient:
        """A SettlementsClient wired to this sandbox in-process, with its credentials."""
        kwargs.setdefault("base_url", self.base_url_in_process)
        kwargs.setdefault("transport", self.transport())
        return SettlementsClient(username=self.username, password=self.password, **kwargs)

    def __repr__(self) -> str:
        # Never the password.
        return f"<Sandbox {len(self.state)} orders, user {self.username!r}>"
