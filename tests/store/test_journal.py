"""The action journal: an intent before each write, its outcome after, and what is still open after a crash."""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import uuid

import pytest
from klarna_console.log import register_secret
from klarna_console.paths import Paths
from klarna_console.store import JournalState, OpenWrite, Store
from klarna_console.store.values import DiskFullError

from fixtures.store import NOW

CAPTURE = {"capture_id": None, "body": {"captured_amount": 5_000, "description": "First shipment"}}


def test_an_intent_is_recorded_with_a_fresh_key_before_anything_is_sent(store: Store) -> None:
    entry = store.journal.add_intent("o1", "capture", CAPTURE, now=NOW)
    assert entry.state is JournalState.INTENT and entry.is_open
    assert uuid.UUID(entry.idempotency_key).version == 4
    assert (entry.profile_id, entry.order_id, entry.action, entry.attempts) == ("test", "o1", "capture", 0)
    assert entry.request == CAPTURE
    assert entry.created_at == entry.updated_at == NOW
    assert store.journal.get(entry.id) == entry
    assert store.journal.by_key(entry.idempotency_key) == entry


def test_an_intent_survives_closing_the_store(paths: Paths) -> None:
    with Store.open(paths, "test") as store:
        key = store.journal.add_intent("o1", "capture", CAPTURE, now=NOW).idempotency_key
    with Store.open(paths, "test") as store:
        (entry,) = store.journal.open_intents()
        assert entry.idempotency_key == key


def test_one_key_stands_for_one_write_only(store: Store) -> None:
    first = store.journal.add_intent("o1", "capture", CAPTURE, idempotency_key="k-1")
    with pytest.raises(ValueError, match=rf"k-1 is already journaled \(entry {first.id}, capture on o1\)"):
        store.journal.add_intent("o2", "refund", {}, idempotency_key="k-1")


def test_attempts_and_outcomes_are_recorded(store: Store) -> None:
    entry = store.journal.add_intent("o1", "capture", CAPTURE, now=NOW)
    store.journal.record_attempt(entry.id, now=NOW)
    entry = store.journal.record_attempt(entry.id, now=NOW + dt.timedelta(seconds=5))
    assert entry.attempts == 2
    done = store.journal.record_outcome(
        entry.id, JournalState.SUCCEEDED, http_status=201, result_id="cap-1", correlation_id="corr-1",
        now=NOW + dt.timedelta(seconds=6),
    )
    assert (done.state, done.http_status, done.result_id, done.correlation_id) == (
        JournalState.SUCCEEDED, 201, "cap-1", "corr-1")
    assert done.updated_at == NOW + dt.timedelta(seconds=6) and done.created_at == NOW
    assert not done.is_open


def test_a_refusal_keeps_klarnas_code_and_messages(store: Store) -> None:
    entry = store.journal.add_intent("o1", "capture", CAPTURE)
    failed = store.journal.record_outcome(
        entry.id, "failed", http_status=403, error_code="CAPTURE_NOT_ALLOWED",
        error_messages=["Captured amount is higher than the remaining authorized amount."], correlation_id="c-9",
    )
    assert failed.error_code == "CAPTURE_NOT_ALLOWED"
    assert failed.error_messages == ("Captured amount is higher than the remaining authorized amount.",)


def test_open_intents_are_those_whose_outcome_is_not_known(store: Store) -> None:
    sent_no_answer = store.journal.add_intent("o1", "capture", CAPTURE)
    crashed_before_answer = store.journal.add_intent("o2", "capture", CAPTURE)
    succeeded = store.journal.add_intent("o3", "capture", CAPTURE)
    store.journal.record_outcome(sent_no_answer.id, JournalState.UNKNOWN)
    store.journal.record_outcome(succeeded.id, JournalState.SUCCEEDED, http_status=201)
    assert [e.id for e in store.journal.open_intents()] == [sent_no_answer.id, crashed_before_answer.id]


def test_a_final_outcome_cannot_be_overwritten(store: Store) -> None:
    entry = store.journal.add_intent("o1", "capture", CAPTURE)
    store.journal.record_outcome(entry.id, JournalState.SUCCEEDED, http_status=201)
    # A late lost answer (another window's resend got the real one) must not turn a done capture into
    # "unknown" (and send it again): the entry stays succeeded, with its status.
    kept = store.journal.record_outcome(entry.id, JournalState.UNKNOWN)
    assert kept.state is JournalState.SUCCEEDED and kept.http_status == 201
    assert store.journal.open_intents() == []
    with pytest.raises(ValueError, match="already succeeded; it cannot become failed"):
        store.journal.record_outcome(entry.id, JournalState.FAILED)
    with pytest.raises(ValueError, match="not intent"):
        store.journal.record_outcome(entry.id, JournalState.INTENT)
    with pytest.raises(KeyError):
        store.journal.record_outcome(999, JournalState.FAILED)


def test_history_of_one_order_oldest_first_and_recent_newest_first(store: Store) -> None:
    a = store.journal.add_intent("o1", "capture", CAPTURE)
    b = store.journal.add_intent("o2", "cancel")
    c = store.journal.add_intent("o1", "refund", {"body": {"refunded_amount": 100}})
    assert [e.id for e in store.journal.entries_for_order("o1")] == [a.id, c.id]
    assert [e.id for e in store.journal.recent(2)] == [c.id, b.id]
    assert store.journal.get(12345) is None and store.journal.by_key("nope") is None
    assert b.request == {}


def test_entries_of_a_bulk_run_are_found_by_its_batch_id(store: Store) -> None:
    a = store.journal.add_intent("o1", "capture", {**CAPTURE, "batch": "run-1"})
    store.journal.add_intent("o2", "capture", {**CAPTURE, "batch": "run-2"})
    store.journal.add_intent("o3", "capture", CAPTURE)
    assert [e.id for e in store.journal.entries_for_batch("run-1")] == [a.id]


def test_the_journal_keeps_the_request_exactly_as_sent(store: Store) -> None:
    # Found in use: log redaction patterns rewrote "Basic T-shirt" to "Basic ***" in the journal, and the
    # resume then sent that onto the customer's invoice. The journal is not a log: nothing is rewritten.
    register_secret("pw-" + secrets.token_hex(8))
    body = {"captured_amount": 5_000, "description": "Basic T-shirt", "order_lines": [
        {"name": "Bearer of good news mug", "reference": "password=blue", "quantity": 1, "total_amount": 5_000}]}
    entry = store.journal.add_intent("o1", "capture", {"body": body})
    store.journal.record_outcome(entry.id, "failed", error_messages=["Basic T-shirt is out of stock"])
    again = store.journal.get(entry.id)
    assert again is not None
    assert again.request == {"body": body}
    assert again.error_messages == ("Basic T-shirt is out of stock",)


def test_open_writes_adopted_from_a_damaged_store_keep_their_keys_and_block_new_ones(store: Store) -> None:
    from klarna_console.store import OpenWrite, UnfinishedWrite

    order_id = str(uuid.uuid4())
    key = str(uuid.uuid4())
    lost = UnfinishedWrite(7, "2026-05-04T09:30:00.000000+00:00", order_id, "capture", key, "intent",
                           {"capture_id": None, "body": {"captured_amount": 100}})
    [adopted] = store.journal.adopt([lost, lost], "recovered")
    assert adopted.idempotency_key == key and adopted.state is JournalState.UNKNOWN and adopted.note == "recovered"
    assert adopted.request == {"capture_id": None, "body": {"captured_amount": 100}}
    assert store.journal.adopt([lost], "again") == [], "a key is adopted once"
    with pytest.raises(OpenWrite):
        store.journal.add_intent(order_id, "capture", {"body": {"captured_amount": 100}}, guard=True)


def test_writes_committed_together_are_each_guarded_and_a_refused_one_is_undone_alone(store: Store) -> None:
    # Two captures of one order in one transaction: the guard sees the first, as it would across transactions.
    j = store.journal
    results = j.together([
        lambda: j.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True),
        lambda: j.add_intent("o1", "capture", CAPTURE, now=NOW, guard=True),
        lambda: j.add_intent("o2", "capture", CAPTURE, now=NOW, guard=True),
    ])
    first, refused, other = results
    assert isinstance(refused, OpenWrite) and refused.entry == first
    assert [e.order_id for e in j.open_intents()] == ["o1", "o2"] and other.order_id == "o2"
    # What was committed together is there for another connection (another window) to see.
    other_connection = sqlite3.connect(store.db.path)
    try:
        assert other_connection.execute("SELECT count(*) FROM journal").fetchone()[0] == 2
    finally:
        other_connection.close()


def test_nothing_written_together_is_kept_when_the_transaction_fails(store: Store) -> None:
    j = store.journal

    def damaged() -> None:
        # What SQLite does on a full disk or an I/O error: the whole transaction is undone.
        store.db.connection().execute("ROLLBACK")
        raise sqlite3.OperationalError("database or disk is full")

    with pytest.raises(DiskFullError):
        j.together([lambda: j.add_intent("o1", "capture", CAPTURE, now=NOW), damaged,
                    lambda: j.add_intent("o2", "capture", CAPTURE, now=NOW)])
    assert j.open_intents() == []
    assert j.add_intent("o3", "capture", CAPTURE, now=NOW).order_id == "o3", "the journal is usable again"
