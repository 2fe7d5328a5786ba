"""Windows started at the same moment on a new profile all open it (the schema is built once, by the first)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from klarna_console.paths import Paths
from klarna_console.store import SCHEMA_VERSION, Store

pytestmark = pytest.mark.slow

OPENER = """
import os, sys, time
from pathlib import Path
from klarna_console.paths import Paths
from klarna_console.store import Store
go = Path(sys.argv[2])
print("waiting", flush=True)
deadline = time.monotonic() + 30
while not go.exists() and time.monotonic() < deadline:
    time.sleep(0.001)
with Store.open(Paths.resolve(sys.argv[1]), "shop") as store:
    print("opened", store.db.schema_version(), flush=True)
"""
PROCESSES = 5
ROUNDS = 2


def test_processes_opening_a_new_profile_at_once_all_open_it(tmp_path: Path):
    for round_ in range(ROUNDS):
        base, go = tmp_path / f"app-{round_}", tmp_path / f"go-{round_}"
        openers = [subprocess.Popen([sys.executable, "-c", OPENER, str(base), str(go)], stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True) for _ in range(PROCESSES)]
        try:
            for opener in openers:  # all imported and waiting: then they open together
                assert opener.stdout is not None and opener.stdout.readline().strip() == "waiting"
            go.touch()
            outcomes = [opener.communicate(timeout=60) for opener in openers]
        finally:
            for opener in openers:
                if opener.poll() is None:
                    opener.kill()
                opener.wait(timeout=30)
        failed = [err.strip().splitlines()[-1] for out, err in outcomes if out.strip() != f"opened {SCHEMA_VERSION}"]
        assert failed == [], f"round {round_}: {len(failed)} of {PROCESSES} could not open the new profile"
        with Store.open(Paths.resolve(base), "shop") as store:
            assert store.db.schema_version() == SCHEMA_VERSION
