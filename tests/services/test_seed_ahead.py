"""The child process that makes a first start's Sandbox orders: never forked from a process with threads."""

from __future__ import annotations

import threading

from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE
from klarna_console.services import seed_ahead
from klarna_console.store import factory


def test_a_process_with_threads_running_never_forks_and_leaves_the_orders_to_the_first_paint(tmp_path):
    # A fork copies only the calling thread: a lock another thread held (logging's, SQLite's) stays held.
    paths = Paths.resolve(tmp_path).ensure()
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert seed_ahead.begin(paths) is None
    finally:
        stop.set()
        other.join()
    assert not factory.local_store_exists(paths, SANDBOX_PROFILE.id)


def test_the_childs_work_caches_the_sandboxs_orders_in_its_new_store_once(tmp_path):
    paths = Paths.resolve(tmp_path).ensure()
    assert seed_ahead.seed(paths) is True
    assert factory.local_store_exists(paths, SANDBOX_PROFILE.id)
    assert seed_ahead.seed(paths) is False, "a store is there: nothing to do"
