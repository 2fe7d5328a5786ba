"""Search over N orders in a team store (PostgreSQL): p50/p95 of the search pane's queries.

The same synthetic orders and query kinds as bench/search.py, against a throw-away PostgreSQL cluster
(Debian's package, started as in the tests) or a server given by --url. Prints a table, then one JSON
object as the last line. Target: p95 <= 30 ms at 1,000,000 orders.

    python bench/search_team.py [--orders 1000000] [--repeat 40] [--url postgresql://...]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import itertools
import json
import random
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path[:0] = [str(Path(__file__).parent), str(Path(__file__).parent.parent / "tests")]

from klarna_console.api.models import Order  # noqa: E402
from klarna_console.store.postgres.db import TeamDatabase  # noqa: E402
from klarna_console.store.postgres.orders import ROW_NAMES, TeamOrderCache, row_values  # noqa: E402
from klarna_console.store.postgres.schema import FILL_COUNTS, FILL_WORDS  # noqa: E402

from fixtures.postgres_server import running_server  # noqa: E402  (the tests' throw-away cluster)
from search import NOW, _percentile, run_queries, synthetic_orders  # noqa: E402


class _Team:
    """What run_queries reads of a store: `orders`."""

    def __init__(self, cache: TeamOrderCache) -> None:
        self.orders = cache


@contextlib.contextmanager
def _database(url: str | None) -> Iterator[str]:
    if url:
        yield url
        return
    with running_server() as server:
        if server is None:
            raise SystemExit("PostgreSQL is not installed (Debian: apt-get install postgresql), and no --url given")
        yield server.new_database()


def _copy(db: TeamDatabase, orders: list[Order]) -> None:
    """The rows the store writes for these orders, COPYed in; the indexes are dropped and built again after.

    Only for an empty store: what a restore of a dump does, and what a bulk import would cost at most.
    The triggers that keep the search words and counts are off meanwhile; both are filled once, after.
    """
    tables = "('orders', 'order_words')"
    with db.write() as conn:
        owned = "SELECT conname FROM pg_constraint WHERE conrelid IN ('orders'::regclass, 'order_words'::regclass)"
        indexes = [row[0] for row in conn.execute(
            f"SELECT indexdef FROM pg_indexes WHERE tablename IN {tables} AND indexname NOT IN ({owned})")]
        for name, in conn.execute(
                f"SELECT indexname FROM pg_indexes WHERE tablename IN {tables} AND indexname NOT IN ({owned})").fetchall():
            conn.execute(f'DROP INDEX "{name}"')
        conn.execute("ALTER TABLE orders DISABLE TRIGGER USER")
        with conn.cursor().copy(f"COPY orders ({', '.join(ROW_NAMES)}) FROM STDIN") as copy:
            for order in orders:
                copy.write_row(row_values(order, NOW))
        conn.execute("ALTER TABLE orders ENABLE TRIGGER USER")
        conn.execute(FILL_WORDS)
        conn.execute("DELETE FROM order_counts")
        conn.execute(FILL_COUNTS)
        conn.execute("UPDATE order_count SET n = (SELECT count(*) FROM orders)")
        conn.execute("SET LOCAL maintenance_work_mem = '512MB'")
        for statement in indexes:
            conn.execute(statement)
    db.read().execute("VACUUM ANALYZE orders")
    db.read().execute("VACUUM ANALYZE order_words")


def main(argv: list[str] | None = None) -> int:
    """Fill the team store, run the queries, print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=40)
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--upsert", action="store_true",
                        help="fill through the store's upsert (an hour at 1,000,000 on a shared machine) "
                        "instead of COPY with the indexes built after")
    parser.add_argument("--url", help="a PostgreSQL database to use instead of a throw-away cluster (reused "
                        "as it is when it already holds the orders)")
    args = parser.parse_args(argv)
    with _database(args.url) as url:
        db = TeamDatabase(url)
        cache = TeamOrderCache(db)
        orders = list(synthetic_orders(args.orders, args.seed))
        started = time.perf_counter()
        if len(cache) != args.orders and args.upsert:
            for start in range(0, len(orders), 50_000):
                cache.upsert_orders(itertools.islice(orders, start, start + 50_000), fetched_at=NOW)
        elif len(cache) != args.orders:
            _copy(db, orders)
        with db.write() as conn:
            conn.execute("ANALYZE orders")
            conn.execute("ANALYZE order_words")
        build_s = time.perf_counter() - started
        measured = run_queries(_Team(cache), orders, args.repeat, random.Random(args.seed + 1))  # type: ignore[arg-type]
        db.close()
    print(f"{args.orders:,} orders in the team store in {build_s:.1f} s ({args.orders / build_s:,.0f} orders/s)\n")
    print(f"{'query':<36} {'p50 ms':>8} {'p95 ms':>8} {'rows/count':>11}")
    for name, (samples, size) in measured.items():
        print(f"{name:<36} {_percentile(samples, 0.5):8.2f} {_percentile(samples, 0.95):8.2f} {size:11,.0f}")
    typical = [s for samples, _ in measured.values() for s in samples]
    p50, p95 = _percentile(typical, 0.5), _percentile(typical, 0.95)
    worst = max(measured, key=lambda n: _percentile(measured[n][0], 0.95))
    print(json.dumps({
        "orders": args.orders, "p50_ms": round(p50, 2), "p95_ms": round(p95, 2), "worst_kind": worst,
        "worst_p95_ms": round(_percentile(measured[worst][0], 0.95), 2), "build_s": round(build_s, 2),
        "target_p95_ms": 30, "ok": p95 <= 30, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main())
