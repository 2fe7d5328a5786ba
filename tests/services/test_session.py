"""A session opens what a profile needs; the Sandbox profile brings its own demo orders."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, Profile
from klarna_console.services.session import MissingCredentials, open_session, reset_sandbox


async def test_sandbox_session_indexes_the_demo_orders(tmp_path):
    paths = Paths.resolve(tmp_path / "home")
    session = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=30)
    try:
        assert await session.sync_sandbox() == 30
        assert await session.orders.count("") == 30
        first = (await session.orders.search("", 0, 1))[0]
        fresh = await session.orders.fetch(first.order_id)
        assert fresh.order_id == first.order_id
        before = session.now()
        session.sandbox.clock.advance(dt.timedelta(days=3))
        assert session.now() - before >= dt.timedelta(days=3), "the rules judge by the sandbox's clock"
    finally:
        await session.close()


async def test_sandbox_state_survives_a_restart_and_can_be_reset(tmp_path):
    paths = Paths.resolve(tmp_path / "home")
    first = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=10)
    order_id = first.sandbox.order_ids[0]
    await first.client.update_merchant_references(order_id, {"merchant_reference2": "KEPT"})
    await first.close()
    second = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=10)
    assert second.sandbox.order(order_id).merchant_reference2 == "KEPT"
    await second.close()
    await reset_sandbox(paths, SANDBOX_PROFILE)
    third = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=10)
    try:
        assert second.sandbox.order_ids == third.sandbox.order_ids, "same seed, same demo orders"
        assert third.sandbox.order(order_id).merchant_reference2 != "KEPT"
        assert await third.orders.count("") == 0, "the local index starts empty again"
    finally:
        await third.close()


async def test_a_klarna_profile_without_a_password_asks_for_one(tmp_path):
    paths = Paths.resolve(tmp_path / "home")
    profile = Profile(id="shop-eu", name="Shop EU", region="eu", environment="playground", username="PK123_abc")
    with pytest.raises(MissingCredentials, match="Shop EU"):
        await open_session(profile, paths, CredentialStore(paths, backend="file"))


async def test_a_read_only_profile_opens_a_read_only_session(tmp_path):
    paths = Paths.resolve(tmp_path / "home")
    credentials = CredentialStore(paths, backend="file")
    profile = Profile(id="agent", name="Agent", region="eu", environment="playground", username="PK1_x", read_only=True)
    credentials.set("agent", "secret-password")
    session = await open_session(profile, paths, credentials)
    try:
        assert session.read_only and session.actions.read_only
        assert session.client.base_url == "https://api.playground.klarna.com"
    finally:
        await session.close()


async def test_a_second_window_on_a_profile_only_looks_and_names_the_holder(tmp_path):
    paths = Paths.resolve(tmp_path / "home")
    folder = paths.data / SANDBOX_PROFILE.id
    # The holder is another process, killed with -9 afterwards: the system frees its lock.
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(folder)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        second = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=10)
        try:
            assert second.held_elsewhere == holder.pid
            assert second.read_only and second.actions.read_only
            resumed, _ = await second.actions.resume_open_intents()
            assert resumed == []
        finally:
            await second.close()
    finally:
        holder.kill()
        holder.wait()
        holder.stdout.close()
    third = await open_session(SANDBOX_PROFILE, paths, sandbox_orders=10)
    try:
        assert third.held_elsewhere is None and not third.read_only, "a killed window leaves no lock behind"
    finally:
        await third.close()


HOLD_LOCK = """
import sys, time
from pathlib import Path
from klarna_console.store.lock import ProfileLock
lock = ProfileLock(Path(sys.argv[1]))
assert lock.acquire()
print("held", flush=True)
time.sleep(120)
"""
