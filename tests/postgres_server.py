"""A throw-away PostgreSQL server for tests: Debian's package, a cluster of its own on a free port.

PostgreSQL refuses to run as root, so under root the cluster belongs to an unprivileged user (the
package's `postgres`, else `nobody`) and its commands run through `runuser`. The server listens on
127.0.0.1 only, trusts local connections, and skips fsync: it lives for one test session.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

REQUIRED = "KLARNA_CONSOLE_REQUIRE_POSTGRES"
"""Set (as CI does) to make a missing PostgreSQL an error instead of a skip."""


def find_bindir() -> Path | None:
    """The directory of initdb and pg_ctl: $PG_BINDIR, Debian's newest /usr/lib/postgresql/N/bin, or PATH."""
    candidates = [Path(os.environ["PG_BINDIR"])] if os.environ.get("PG_BINDIR") else []
    versions = sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=lambda p: int(p.parent.name)
                      if p.parent.name.isdigit() else 0, reverse=True)
    candidates += versions
    if shutil.which("pg_ctl"):
        candidates.append(Path(shutil.which("pg_ctl") or "").resolve().parent)
    for folder in candidates:
        if (folder / "initdb").exists() and (folder / "pg_ctl").exists():
            return folder
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _unprivileged_user() -> str | None:
    """Whom the server runs as under root (None: we are not root, run as ourselves)."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise RuntimeError("PostgreSQL cannot run as root and no unprivileged user (postgres, nobody) exists")


class PostgresServer:
    """One running cluster; `url(database)` connects to it as its superuser `console`."""

    SUPERUSER = "console"

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.port = _free_port()
        self.folder = Path(tempfile.mkdtemp(prefix="klarna-console-pg-"))
        self.user = _unprivileged_user()
        self._databases = 0

    def _run(self, *command: str) -> None:
        prefix = ["runuser", "-u", self.user, "--"] if self.user else []
        done = subprocess.run([*prefix, *command], capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command[:2])} failed: {done.stdout}{done.stderr}")

    def start(self) -> None:
        """initdb and start the server; waits until it accepts connections."""
        if self.user:
            shutil.chown(self.folder, self.user)
        data = self.folder / "data"
        self._run(str(self.bindir / "initdb"), "-D", str(data), "-U", self.SUPERUSER, "-A", "trust",
                  "--no-sync", "-E", "UTF8", "--locale", "C.UTF-8" if _has_c_utf8() else "C")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                   "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                  str(self.folder / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        """Stop the server at once and remove its files."""
        with contextlib.suppress(RuntimeError, subprocess.TimeoutExpired):
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.folder, ignore_errors=True)

    def url(self, database: str = "postgres", user: str | None = None) -> str:
        """A libpq URL for one database of this server."""
        return f"postgresql://{user or self.SUPERUSER}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """Create an empty database (one per test keeps tests apart); returns its URL."""
        import psycopg

        self._databases += 1
        name = f"team_{self._databases}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return self.url(name)


def _has_c_utf8() -> bool:
    done = subprocess.run(["locale", "-a"], capture_output=True, text=True)
    return any(name.lower().replace("-", "") in ("c.utf8",) for name in done.stdout.split())


@contextlib.contextmanager
def running_server() -> Iterator[PostgresServer | None]:
    """A started server for the session, or None where PostgreSQL is not installed."""
    bindir = find_bindir()
    if bindir is None:
        yield None
        return
    server = PostgresServer(bindir)
    server.start()
    try:
        yield server
    finally:
        server.stop()
