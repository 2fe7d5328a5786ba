"""Setting up a team store from the command line (no window): create or migrate its schema."""

from __future__ import annotations

import argparse
import sys

from ..store.errors import StoreError


def team_cli(args: argparse.Namespace) -> int:
    """`klarna-console team init URL`: create or migrate the schema; prints where it stands. Returns the exit status."""
    from ..store.postgres.db import TeamDatabase, redacted_url

    try:
        db = TeamDatabase(args.url, migrate=False)
        try:
            before = db.migrate_from()
            after = db.migrate()
        finally:
            db.close()
    except StoreError as error:
        print(f"klarna-console team init: {error}", file=sys.stderr)
        return 1
    where = redacted_url(args.url)
    if before == after:
        print(f"The team store at {where} is up to date (schema version {after}).")
    else:
        print(f"The team store at {where} is ready: schema version {before} -> {after}.")
    return 0
