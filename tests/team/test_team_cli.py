"""`klarna-console team init`: sets up a team store from a script, and says plainly when it cannot."""

from __future__ import annotations

import subprocess
import sys

import psycopg


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klarna_console", *args], capture_output=True, text=True,
                          timeout=120)


def test_init_creates_the_schema_once_and_repeating_it_changes_nothing(team_url):
    first = run("team", "init", team_url)
    assert first.returncode == 0, first.stderr
    assert "schema version 0 -> 5" in first.stdout
    again = run("team", "init", team_url)
    assert again.returncode == 0 and "up to date (schema version 5)" in again.stdout
    with psycopg.connect(team_url) as conn:
        tables = {row[0] for row in conn.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")}
        versions = [row[0] for row in conn.execute("SELECT version FROM schema_version ORDER BY version")]
    assert {"journal", "orders", "order_count", "order_counts", "order_words", "payouts", "payout_transactions"} <= tables
    assert versions == [1, 2, 3, 4, 5]


def test_an_unreachable_server_is_named_without_its_password(pg_server):
    url = f"postgresql://console:s3cret-pw@127.0.0.1:{pg_server.port + 1}/nowhere"
    done = run("team", "init", url)
    assert done.returncode == 1
    assert "cannot be reached" in done.stderr and "127.0.0.1" in done.stderr
    assert "s3cret-pw" not in done.stderr + done.stdout
