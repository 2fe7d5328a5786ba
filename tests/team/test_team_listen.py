"""A desk hears what another desk commits to the team store, at once and only once it is committed."""

from __future__ import annotations

import datetime as dt
import threading
import time

from klarna_console.sandbox import Sandbox
from klarna_console.store.postgres.db import TeamDatabase
from klarna_console.store.postgres.journal import TeamJournal
from klarna_console.store.postgres.listen import TeamListener
from klarna_console.store.postgres.orders import TeamOrderCache
from klarna_console.store.values import JournalState

ORDER = "4fe3e3d9-48a4-4d8f-b0c4-5c1a7a8e1a01"


def test_another_desks_journal_entry_and_orders_arrive_as_one_change(team_url):
    db = TeamDatabase(team_url)
    listener = TeamListener(team_url)
    try:
        anna = TeamJournal(db, "p1", agent="Anna", desk="desk-a")
        entry = anna.add_intent(ORDER, "capture", {"captured_amount": 100})
        anna.record_outcome(entry.id, JournalState.SUCCEEDED)
        sandbox = Sandbox(orders=3, seed=2)
        orders = [sandbox.order(order_id) for order_id in sandbox.order_ids]
        sandbox.close()
        TeamOrderCache(db).upsert_orders(orders, dt.datetime.now(dt.UTC))
        change = listener.wait(timeout=5)
        assert change.entry_ids == {entry.id}
        assert change.order_ids == {ORDER} | {order.order_id.lower() for order in orders}
        assert not listener.wait(timeout=0.2), "nothing more was committed"
    finally:
        listener.close()
        db.close()


def test_a_rolled_back_write_is_never_announced(team_url):
    db = TeamDatabase(team_url)
    listener = TeamListener(team_url)
    try:
        try:
            with db.write() as conn:
                conn.execute("SELECT pg_notify('klarna_console_journal', '1 x')")
                raise RuntimeError("the transaction fails after announcing")
        except RuntimeError:
            pass
        assert not listener.wait(timeout=0.5)
    finally:
        listener.close()
        db.close()


def test_closing_while_a_wait_runs_in_another_thread_ends_it(team_url):
    listener = TeamListener(team_url)
    results = []
    thread = threading.Thread(target=lambda: results.append(listener.wait(timeout=1.0)))
    thread.start()
    time.sleep(0.1)
    listener.close()
    thread.join(timeout=5)
    assert not thread.is_alive() and results and not results[0]
    assert not listener.wait(timeout=0.1), "a closed listener answers 'nothing' instead of raising"
