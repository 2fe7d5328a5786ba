"""The watcher that notices other windows' writes: it sees commits, and closing it never crashes the app."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap

from klarna_console.store.sqlite.watch import StoreWatcher


def test_a_commit_from_another_connection_is_noticed_once(tmp_path):
    path = tmp_path / "profile.sqlite3"
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("CREATE TABLE t (x)")
    watcher = StoreWatcher(path)
    assert watcher.changed() is False
    other.execute("INSERT INTO t VALUES (1)")
    assert watcher.changed() is True
    assert watcher.changed() is False
    watcher.close()
    other.execute("INSERT INTO t VALUES (2)")
    assert watcher.changed() is False, "a closed watcher answers 'no change' instead of raising"


def test_closing_while_a_look_runs_in_a_worker_thread_does_not_crash(tmp_path):
    # What a window does when it quits: the poll's task is cancelled, its worker thread still runs, and
    # the watcher is closed at once. That crashed the process (SIGSEGV in CI); run it in a child so a
    # crash fails this test instead of killing pytest.
    script = textwrap.dedent(f"""
        import sqlite3, threading
        from klarna_console.store.sqlite.watch import StoreWatcher
        path = {str(tmp_path / "race.sqlite3")!r}
        sqlite3.connect(path).execute("CREATE TABLE t (x)")
        for _ in range(300):
            watcher = StoreWatcher(path)
            stop = threading.Event()
            def poll():
                while not stop.is_set():
                    watcher.changed()
            thread = threading.Thread(target=poll)
            thread.start()
            watcher.close()
            stop.set()
            thread.join()
        print("survived")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "survived" in done.stdout, done.stderr[-2000:]
