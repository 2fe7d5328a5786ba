"""The team store's journal on a real PostgreSQL server: the guard holds across desks (DOMAIN.md never twice)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import textwrap

import psycopg
import pytest
from klarna_console.store.postgres.db import TeamDatabase
from klarna_console.store.postgres.journal import NOTIFY_CHANNEL, TeamJournal
from klarna_console.store.values import JournalState, OpenWrite, RecentWrite

ORDER = "4fe3e3d9-48a4-4d8f-b0c4-5c1a7a8e1a01"
NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def desks(team_url):
    """Two desks (their own connections, agents and computers) on one team store."""
    first, second = TeamDatabase(team_url), TeamDatabase(team_url)
    yield (TeamJournal(first, "p1", agent="Anna", desk="desk-a"),
           TeamJournal(second, "p2", agent="Björn", desk="desk-b"))
    first.close()
    second.close()


def test_an_open_capture_at_one_desk_blocks_the_same_capture_at_another(desks):
    anna, bjorn = desks
    first = anna.add_intent(ORDER, "capture", {"captured_amount": 4000}, guard=True, now=NOW)
    with pytest.raises(OpenWrite) as refused:
        bjorn.add_intent(ORDER, "capture", {"captured_amount": 4000}, guard=True, now=NOW)
    assert refused.value.entry.id == first.id
    assert (refused.value.entry.agent, refused.value.entry.desk) == ("Anna", "desk-a"), "the refusal names the colleague"
    assert bjorn.add_intent(ORDER, "refund", {"refunded_amount": 100}, guard=True, now=NOW).agent == "Björn"


def test_a_colleagues_capture_minutes_ago_needs_that_entry_confirmed(desks):
    anna, bjorn = desks
    done = anna.add_intent(ORDER, "capture", {"captured_amount": 4000}, guard=True, now=NOW)
    anna.record_outcome(done.id, JournalState.SUCCEEDED, http_status=201, result_id="cap-1",
                        now=NOW + dt.timedelta(seconds=5))
    later = NOW + dt.timedelta(minutes=2)
    with pytest.raises(RecentWrite) as asked:
        bjorn.add_intent(ORDER, "capture", {"captured_amount": 4000}, guard=True, now=later)
    assert asked.value.entry.agent == "Anna"
    again = bjorn.add_intent(ORDER, "capture", {"captured_amount": 4000}, guard=True, now=later,
                             confirmed_recent=done.id)
    assert again.state is JournalState.INTENT
    # Ten minutes on (DOMAIN.md: a repeat well after is intended), nothing to confirm.
    anna.record_outcome(again.id, JournalState.SUCCEEDED, now=later)
    assert bjorn.add_intent(ORDER, "capture", {}, guard=True, now=later + dt.timedelta(minutes=11)).id > again.id


def test_an_outcome_recorded_at_one_desk_is_final_at_the_other(desks):
    anna, bjorn = desks
    entry = anna.add_intent(ORDER, "capture", {"captured_amount": 4000}, now=NOW)
    bjorn.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=201, result_id="cap-1", now=NOW)
    lost = anna.record_outcome(entry.id, JournalState.UNKNOWN, now=NOW)
    assert lost.state is JournalState.SUCCEEDED and lost.result_id == "cap-1", "a lost answer does not undo it"
    with pytest.raises(ValueError, match="already succeeded"):
        anna.record_outcome(entry.id, JournalState.FAILED, now=NOW)
    assert anna.record_attempt(entry.id, now=NOW).attempts == 0, "a finished entry is not sent again"
    assert [e.agent for e in bjorn.entries_for_order(ORDER)] == ["Anna"]
    assert anna.open_intents() == []


def test_every_committed_change_is_announced_to_listening_desks(desks, team_url):
    anna, _ = desks
    with psycopg.connect(team_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        entry = anna.add_intent(ORDER, "capture", {"captured_amount": 4000}, now=NOW)
        anna.record_outcome(entry.id, JournalState.SUCCEEDED, now=NOW)
        got = [note.payload for note in listener.notifies(timeout=5, stop_after=2)]
    assert got == [f"{entry.id} {ORDER}"] * 2


def test_a_refused_guard_announces_and_records_nothing(desks, team_url):
    anna, bjorn = desks
    anna.add_intent(ORDER, "capture", {}, guard=True, now=NOW)
    with psycopg.connect(team_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        with pytest.raises(OpenWrite):
            bjorn.add_intent(ORDER, "capture", {}, guard=True, now=NOW)
        assert list(listener.notifies(timeout=0.5)) == []
    assert len(anna.entries_for_order(ORDER)) == 1


DESK = textwrap.dedent("""
    import json, sys
    from klarna_console.store.values import GuardRefusal
    from klarna_console.store.postgres.db import TeamDatabase
    from klarna_console.store.postgres.journal import TeamJournal
    url, name, orders = sys.argv[1], sys.argv[2], json.loads(sys.argv[3])
    journal = TeamJournal(TeamDatabase(url), name, agent=name, desk=name)
    sys.stdout.write("ready\\n"); sys.stdout.flush()
    sys.stdin.readline()  # both desks start together
    won = []
    for order_id in orders:
        try:
            journal.add_intent(order_id, "capture", {"captured_amount": 100}, guard=True)
            won.append(order_id)
        except GuardRefusal:
            pass
    print(json.dumps(won))
""")


def test_two_desks_racing_over_the_same_200_orders_win_each_order_once(team_url):
    """Two processes (two desks), each trying to capture all 200 orders at the same moment."""
    orders = [f"00000000-0000-4000-8000-{n:012d}" for n in range(200)]
    TeamDatabase(team_url).close()  # the schema exists before the race (as after `team init`)
    desks = [subprocess.Popen([sys.executable, "-c", DESK, team_url, name, json.dumps(order_list)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
             for name, order_list in (("a", orders), ("b", orders[::-1]))]
    for desk in desks:
        assert desk.stdout is not None and desk.stdout.readline() == "ready\n"
    for desk in desks:
        assert desk.stdin is not None
        desk.stdin.write("go\n")
        desk.stdin.flush()
    won = [json.loads(desk.communicate(timeout=120)[0]) for desk in desks]
    assert sorted(won[0] + won[1]) == sorted(orders), "every order captured exactly once across both desks"
    assert won[0] and won[1], "both desks took part (the race really ran)"
    db = TeamDatabase(team_url)
    try:
        entries = TeamJournal(db, "p", agent="x", desk="x").entries_for_orders(orders)
    finally:
        db.close()
    assert all(len(found) == 1 for found in entries.values())
