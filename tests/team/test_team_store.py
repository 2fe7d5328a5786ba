"""The team store through the store interface, as two desks use it: live changes, who did what, a lost server."""

from __future__ import annotations

import asyncio
import time

import pytest
from klarna_console.paths import Paths
from klarna_console.reasons import Code
from klarna_console.store import factory
from klarna_console.store.values import JournalState, OpenWrite, StoreError, TeamStoreUnreachable


@pytest.fixture
def paths() -> Paths:
    """The test's own directories (a team store keeps only the profile's lock and logs on the desk)."""
    return Paths.resolve().ensure()


ORDER = "0b0e8b56-3c1e-4b8a-9a53-0d6c1e2f3a4b"


def desk(url: str, agent: str) -> factory.TeamConnection:
    return factory.TeamConnection(url, None, agent, f"{agent.lower()}-pc")


async def test_a_write_at_one_desk_wakes_the_other_desks_watch_within_a_second(team_url, paths: Paths):
    anna = await factory.open_store(paths, "shop", desk(team_url, "Anna"))
    bjorn = await factory.open_store(paths, "shop", desk(team_url, "Björn"))
    watch = bjorn.watch()
    try:
        woke = asyncio.ensure_future(anext(watch))
        await listening(team_url)
        entry = await anna.add_intent("o1", "capture", {"captured_amount": 100}, guard=True)
        await asyncio.wait_for(woke, 5)
        seen = await bjorn.entries_for_order("o1")
        assert [(e.id, e.agent, e.desk) for e in seen] == [(entry.id, "Anna", "anna-pc")]
        with pytest.raises(OpenWrite) as refused:
            await bjorn.add_intent("o1", "capture", {"captured_amount": 100}, guard=True)
        assert refused.value.entry.agent == "Anna", "the refusal names the colleague"
    finally:
        await watch.aclose()
        await anna.close()
        await bjorn.close()


async def listening(url: str) -> None:
    """Wait until a desk's watch has its LISTEN connection up (its query is LISTEN, or later the wait)."""
    import psycopg

    for _ in range(200):
        with psycopg.connect(url, autocommit=True) as conn:
            row = conn.execute("SELECT query FROM pg_stat_activity WHERE application_name = "
                               "'klarna-console-listen' AND state = 'idle'").fetchone()
        if row and row[0].startswith("LISTEN klarna_console_orders"):
            return
        await asyncio.sleep(0.05)
    raise AssertionError("the watch never started listening")


async def test_a_server_that_cannot_be_reached_refuses_to_open_and_names_itself(pg_server, paths: Paths):
    url = f"postgresql://console@127.0.0.1:{pg_server.port + 1}/team"
    with pytest.raises(TeamStoreUnreachable) as refused:
        await factory.open_store(paths, "shop", factory.TeamConnection(url, "pw-123", "Anna", "pc"))
    why = refused.value.reason
    assert why.code is Code.TEAM_STORE_UNREACHABLE
    assert why.values["where"] == f"postgresql://console@127.0.0.1:{pg_server.port + 1}/team"
    assert "pw-123" not in str(why.values), "the password is never part of the message"


async def test_a_server_lost_after_opening_blocks_the_journal_with_a_clear_error(team_url, pg_server, paths: Paths):
    store = await factory.open_store(paths, "shop", desk(team_url, "Anna"))
    database = team_url.rsplit("/", 1)[1]
    try:
        import psycopg

        with psycopg.connect(pg_server.url(), autocommit=True) as admin:
            # The server goes away for this store: its connections are cut and no new one is let in.
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS false')
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (database,))
            while admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s",
                                (database,)).fetchone()[0]:
                time.sleep(0.02)  # until the cut connections are gone (their goodbye sent)
            with pytest.raises(TeamStoreUnreachable) as refused:
                await store.add_intent(ORDER, "capture", {"captured_amount": 100}, guard=True)
            assert refused.value.reason.code in (Code.TEAM_STORE_LOST, Code.TEAM_STORE_UNREACHABLE)
            admin.execute(f'ALTER DATABASE "{database}" ALLOW_CONNECTIONS true')
        # The intent did not go in, so nothing may be sent; once the server is back, the next call connects again.
        entry = await store.add_intent(ORDER, "capture", {"captured_amount": 100}, guard=True)
        assert entry.state is JournalState.INTENT and len(await store.entries_for_order(ORDER)) == 1
    finally:
        await store.close()


async def test_a_server_that_refuses_a_write_says_so_and_nothing_goes_in(team_url, paths: Paths, qapp):
    """A server that answers with an error (its disk full: SQLSTATE 53100) is no server lost: people are told which."""
    import psycopg
    from klarna_console.ui import reason_text

    store = await factory.open_store(paths, "shop", desk(team_url, "Anna"))
    try:
        with psycopg.connect(team_url, autocommit=True) as admin:
            admin.execute("CREATE FUNCTION full_disk() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                          "RAISE EXCEPTION 'could not extend file: No space left on device' USING ERRCODE = '53100'; "
                          "END $$")
            admin.execute("CREATE TRIGGER full_disk BEFORE INSERT ON journal FOR EACH ROW EXECUTE FUNCTION full_disk()")
            with pytest.raises(StoreError) as refused:
                await store.add_intent(ORDER, "capture", {"captured_amount": 100}, guard=True)
            why = refused.value.reason
            assert why.code is Code.TEAM_STORE_REFUSED and not isinstance(refused.value, TeamStoreUnreachable)
            assert why.values["sqlstate"] == "53100" and "No space left on device" in why.values["detail"]
            text = reason_text.text(why)
            assert "refused" in text and "53100" in text and "stopped answering" not in text
            assert await store.entries_for_order(ORDER) == [], "the intent did not go in, so nothing may be sent"
            admin.execute("DROP TRIGGER full_disk ON journal")
        entry = await store.add_intent(ORDER, "capture", {"captured_amount": 100}, guard=True)
        assert entry.state is JournalState.INTENT
    finally:
        await store.close()


async def test_a_read_only_role_gives_a_read_only_desk_that_sends_nothing(team_url, pg_server, paths: Paths):
    """A desk whose database role may only read (DOMAIN.md's read-only agents): it sees everything, sends nothing."""
    import httpx
    import psycopg
    from klarna_console.domain.rules import Action
    from klarna_console.profiles import CredentialStore, Profile
    from klarna_console.services.actions import ActionRefused, ActionRequest
    from klarna_console.services.session import open_session

    writer = await factory.open_store(paths, "shop", desk(team_url, "Anna"))  # creates the schema
    await writer.add_intent(ORDER, "capture", {"captured_amount": 100})
    await writer.close()
    database = team_url.rsplit("/", 1)[1]
    with psycopg.connect(team_url, autocommit=True) as admin:
        admin.execute("CREATE ROLE reader LOGIN")
        admin.execute(f'GRANT CONNECT ON DATABASE "{database}" TO reader')
        admin.execute("GRANT SELECT ON ALL TABLES IN SCHEMA public TO reader")
    reader_url = team_url.replace("console@", "reader@")
    profile = Profile(id="shop", name="Shop", base_url="http://sandbox.localhost", username="u",
                      team_store=reader_url, agent="Cleo")
    store = await factory.open_store(paths, "shop", desk(reader_url, "Cleo"))
    assert store.read_only
    assert [e.agent for e in await store.entries_for_order(ORDER)] == ["Anna"], "the reader sees the team's journal"
    sent: list[httpx.Request] = []
    credentials = CredentialStore(paths, backend="file")
    credentials.set("shop", "api-password")
    transport = httpx.MockTransport(lambda request: sent.append(request) or httpx.Response(500))
    session = await open_session(profile, paths, credentials, store=store, transport=transport)
    try:
        assert session.read_only
        with pytest.raises(ActionRefused) as refused:
            await session.actions.perform(ActionRequest(Action.CANCEL, ORDER))
        assert refused.value.verdict.error_code == "READ_ONLY"
        assert sent == [], "nothing was sent"
    finally:
        await session.close()
