"""The child process that reads a returning start's first page: what it hands over, and when the window reads itself.

Each case runs in a fresh interpreter: a fork is refused while another thread runs (services/forking.py),
and the test process has threads of its own.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE
from klarna_console.sandbox import Sandbox
from klarna_console.store import Store, database_path, factory
from klarna_console.store.values import SearchQuery

# Reads the first page through the child, then (the same query) in this process, and prints what each gave.
CHILD = """
import json, sys, time
from klarna_console.paths import Paths
from klarna_console.services import read_ahead
from klarna_console.store import factory
from klarna_console.store.values import SearchQuery

paths = Paths.resolve(sys.argv[1])
{before}
ahead = read_ahead.begin(paths, "sandbox")
if ahead is None:
    print(json.dumps({{"forked": False}}))
    sys.exit(0)
time.sleep(0.3)  # the window's modules loading, while the child reads
started = time.monotonic()
peek = ahead.take("sandbox", {query}, 200, timeout={timeout})
took = time.monotonic() - started
try:
    reaped = False
    import os
    os.waitpid(ahead.pid, os.WNOHANG)
except ChildProcessError:
    reaped = True
facts = {{"forked": True, "took": took, "reaped": reaped, "peek": peek is not None}}
if peek is not None:
    facts.update(rows=[r.order_id for r in peek.rows], total=peek.total,
                 cached=peek.cached.order.order_id if peek.cached else None, history=len(peek.history))
    look = factory.first_look(paths, "sandbox", SearchQuery(), 200)
    facts.update(same=(peek.rows, peek.total, peek.cached, peek.history) == (look.rows, look.total, look.cached,
                                                                             look.history))
    look.store.store.close()
print(json.dumps(facts))
"""


def run(home: Path, before: str = "", query: str = "SearchQuery()", timeout: float = 5.0) -> dict:
    """The facts CHILD prints; `before` runs before the fork (what it patches, the child has too)."""
    code = CHILD.format(before=before, query=query, timeout=timeout)
    done = subprocess.run([sys.executable, "-c", code, str(home)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def returning_home(tmp_path: Path, orders: int = 12) -> Path:
    home = tmp_path / "home"
    paths = Paths.resolve(home).ensure()
    sandbox = Sandbox(orders=orders, seed=3)
    with Store.open(paths, SANDBOX_PROFILE.id) as store:
        store.orders.upsert_orders([sandbox.order(i) for i in sandbox.order_ids])
    return home


def test_the_child_hands_over_what_the_first_paint_reads_itself(tmp_path):
    facts = run(returning_home(tmp_path))
    assert facts["forked"] and facts["peek"], "a returning start's first page comes from the child"
    assert facts["same"], "the same rows, total, first order and History as read in this process"
    assert facts["total"] == 12 and len(facts["rows"]) == 12 and facts["cached"] == facts["rows"][0]
    assert facts["reaped"], "and the child is gone"


def test_a_first_start_has_no_store_to_read_ahead(tmp_path):
    Paths.resolve(tmp_path / "home").ensure()
    assert run(tmp_path / "home") == {"forked": False}


def test_what_the_window_asks_otherwise_is_read_by_the_window(tmp_path):
    """Another query than the one read ahead (the search box's first query changed): the child's page is dropped."""
    facts = run(returning_home(tmp_path), query='SearchQuery(text="Smith")')
    assert facts["forked"] and not facts["peek"] and facts["reaped"]


def test_a_child_that_hangs_is_stopped_and_the_window_reads_itself(tmp_path):
    hang = "import time\nread_ahead.send_first_page = lambda *args: time.sleep(3600)\n"
    facts = run(returning_home(tmp_path), hang, timeout=0.5)
    assert facts["forked"] and not facts["peek"], "no answer within the time: the window reads the store"
    assert facts["took"] < 5, "it did not wait for the child"
    assert facts["reaped"], "the child was stopped"


def test_a_store_to_migrate_is_left_to_the_window(tmp_path):
    """Migrating is done off the GUI thread after the first paint, which says so: never in the child."""
    older = "factory.local_store_needs_update = lambda paths, profile_id: True\n"
    facts = run(returning_home(tmp_path), older)
    assert facts["forked"] and not facts["peek"] and facts["reaped"]


@pytest.mark.expect_log("klarna_console.store.sqlite.recovery", r"^The local store ")
def test_a_damaged_store_is_left_whole_by_the_child_and_set_aside_by_the_window(tmp_path):
    """Setting a store aside moves its journal and adopts its open writes into a fresh one: never in a child
    that may be stopped half-way, or the guard could lose a write whose answer never came."""
    home = returning_home(tmp_path)
    paths = Paths.resolve(home)
    db = database_path(paths, SANDBOX_PROFILE.id)
    with open(db, "r+b") as handle:
        handle.write(bytes(100))  # a zeroed first page
    before = sorted(p.name for p in db.parent.iterdir()), db.read_bytes()
    facts = run(home)
    assert facts["forked"] and not facts["peek"] and facts["reaped"], "no page: the window opens the store itself"
    assert (sorted(p.name for p in db.parent.iterdir()), db.read_bytes()) == before, "the child moved nothing"
    look = factory.first_look(paths, SANDBOX_PROFILE.id, SearchQuery(), 200)  # what the window then does
    look.store.store.close()  # type: ignore[attr-defined]
    assert look.set_aside is not None and (look.set_aside.recovery.kept_in / db.name).exists()


def test_a_process_with_a_thread_running_never_forks_and_reads_the_store_itself(tmp_path):
    """A fork copies only the calling thread: a lock another thread held (logging's, SQLite's) would stay held."""
    thread = "import threading\nthreading.Thread(target=threading.Event().wait, daemon=True).start()\n"
    assert run(returning_home(tmp_path), thread) == {"forked": False}
