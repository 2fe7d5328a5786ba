"""A real PostgreSQL server for the team-store tests (skipped where none is installed, except in CI)."""

from __future__ import annotations

import os

import pytest

from postgres_server import REQUIRED, PostgresServer, running_server


@pytest.fixture(scope="session")
def pg_server():
    """One throw-away PostgreSQL cluster for the session."""
    with running_server() as server:
        if server is None:
            if os.environ.get(REQUIRED):
                pytest.fail(f"{REQUIRED} is set but no PostgreSQL server programs (initdb, pg_ctl) were found")
            pytest.skip("PostgreSQL is not installed (Debian: apt-get install postgresql)")
        yield server


@pytest.fixture
def team_url(pg_server: PostgresServer) -> str:
    """The URL of a new, empty database: each test has its own team store."""
    return pg_server.new_database()
