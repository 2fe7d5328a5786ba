"""Search over N cached orders: p50/p95 of the queries the search pane makes, against the bare FTS5 query.

Builds a throw-away store of synthetic orders (seeded, realistic names, e-mails, phones and references
in several markets), then times each typical query and the raw FTS5 prefix query in the same run.
Prints a table, then one JSON object as the last line. Target: p95 <= 20 ms at 100,000 orders.

    python bench/search.py [--orders 100000] [--repeat 40] [--seed 4] [--db DIR]

--db keeps the store in DIR and reuses it when it already holds the orders (building 1,000,000 takes
minutes on a shared machine).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import random
import statistics
import string
import sys
import tempfile
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

from klarna_console.api.models import Address, Order
from klarna_console.paths import Paths
from klarna_console.store import SearchQuery, Store

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)

# (country, currency, calling code, postal code pattern: 9 = digit, A = letter, given names, family names)
MARKETS = (
    ("SE", "SEK", "+46", "999 99",
     ("Anna", "Erik", "Maja", "Lars", "Åsa", "Björn", "Ingrid", "Oskar", "Elsa", "Johan"),
     ("Söderberg", "Andersson", "Johansson", "Lindqvist", "Öberg", "Nyström", "Åkesson", "Berglund")),
    ("NO", "NOK", "+47", "9999",
     ("Ingrid", "Ole", "Kari", "Håkon", "Sigrid", "Magnus", "Tuva", "Eirik"),
     ("Ødegaard", "Hansen", "Johansen", "Bråten", "Solberg", "Haugen", "Kristiansen")),
    ("DK", "DKK", "+45", "9999",
     ("Mette", "Søren", "Freja", "Jørgen", "Ida", "Rasmus", "Astrid"),
     ("Jørgensen", "Nielsen", "Sørensen", "Christensen", "Møller", "Rasmussen")),
    ("FI", "EUR", "+358", "99999",
     ("Aino", "Mikko", "Eeva", "Jussi", "Päivi", "Tuomas"),
     ("Mäkinen", "Virtanen", "Korhonen", "Hämäläinen", "Nieminen", "Lähteenmäki")),
    ("DE", "EUR", "+49", "99999",
     ("Jürgen", "Anna", "Lukas", "Sophie", "Günther", "Lena", "Felix", "Marie"),
     ("Müller", "Schröder", "Weiß", "Becker", "Schäfer", "Groß", "Köhler", "Hoffmann")),
    ("NL", "EUR", "+31", "9999 AA",
     ("Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris"),
     ("de Vries", "van Dijk", "Bakker", "Visser", "Smit", "de Jong")),
    ("GB", "GBP", "+44", "AA9 9AA",
     ("Oliver", "Amelia", "Harry", "Isla", "George", "Emily", "Jack"),
     ("Smith", "Taylor", "O'Brien", "Wright", "Hughes", "Evans", "Clarke")),
    ("US", "USD", "+1", "99999",
     ("James", "Olivia", "Michael", "Emma", "David", "Ava", "José"),
     ("Johnson", "Williams", "García", "Martinez", "Brown", "Davis", "Miller")),
    ("AU", "AUD", "+61", "9999",
     ("Charlotte", "William", "Mia", "Noah", "Chloe", "Lachlan"),
     ("Wilson", "Thompson", "Nguyen", "Walker", "Kelly", "Ryan")),
)
DOMAINS = ("gmail.com", "outlook.com", "hotmail.com", "yahoo.com", "icloud.com", "proton.me", "web.de", "live.se")
STATUSES = (("AUTHORIZED", 30), ("PART_CAPTURED", 5), ("CAPTURED", 45), ("CANCELLED", 8), ("EXPIRED", 7),
            ("CLOSED", 5))
REF_ALPHABET = string.ascii_uppercase + string.digits


def _ascii(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O").replace("ß", "ss"))
    return "".join(ch for ch in folded if ch.isalnum()).lower()


def _pattern(rng: random.Random, pattern: str) -> str:
    return "".join(
        str(rng.randrange(10)) if ch == "9" else rng.choice(string.ascii_uppercase) if ch == "A" else ch
        for ch in pattern
    )


def synthetic_orders(count: int, seed: int) -> Iterator[Order]:
    """`count` plausible orders across markets and statuses, the same ones for the same seed."""
    rng = random.Random(seed)
    statuses, weights = zip(*STATUSES, strict=True)
    for n in range(count):
        country, currency, code, postal, givens, families = rng.choice(MARKETS)
        given, family = rng.choice(givens), rng.choice(families)
        local = rng.choice((f"{_ascii(given)}.{_ascii(family)}", f"{_ascii(given)}{_ascii(family)}",
                            f"{_ascii(given)[0]}.{_ascii(family)}", f"{_ascii(given)}{rng.randrange(1950, 2006)}"))
        phone = f"{code} {rng.randrange(20, 99)} {rng.randrange(100, 999)} {rng.randrange(10, 99)} {rng.randrange(10, 99)}"
        status = rng.choices(statuses, weights)[0]
        amount = int(rng.lognormvariate(9.5, 1.0)) // 100 * 100 + 100
        captured = {"CAPTURED": amount, "CLOSED": amount // 2, "PART_CAPTURED": amount // 3}.get(status, 0)
        refunded = captured if status == "CAPTURED" and rng.random() < 0.1 else 0
        remaining = amount - captured if status in ("AUTHORIZED", "PART_CAPTURED") else 0
        created = NOW - dt.timedelta(seconds=rng.randrange(365 * 86400))
        fraud = "PENDING" if status == "AUTHORIZED" and rng.random() < 0.05 else "ACCEPTED"
        address = Address(given_name=given, family_name=family, email=f"{local}@{rng.choice(DOMAINS)}",
                          phone=phone, postal_code=_pattern(rng, postal), country=country)
        yield Order(
            order_id=str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            status=status, fraud_status=fraud, order_amount=amount, original_order_amount=amount,
            captured_amount=captured, refunded_amount=refunded, remaining_authorized_amount=remaining,
            purchase_currency=currency, purchase_country=country, locale=f"{'en' if country in ('GB', 'US', 'AU') else country.lower()}-{country}",
            merchant_reference1=f"WEB-{100000 + n}",
            merchant_reference2=f"ERP{rng.randrange(10**7):07d}" if rng.random() < 0.6 else None,
            klarna_reference="".join(rng.choices(REF_ALPHABET, k=7)),
            billing_address=address, shipping_address=address,
            created_at=created, expires_at=created + dt.timedelta(days=28),
        )


def _percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def _size(result: object) -> int:
    return result if isinstance(result, int) else len(result)  # type: ignore[arg-type]


def _time(fn: Callable[[], object], repeat: int) -> tuple[list[float], float]:
    """Milliseconds per call, and the mean rows returned (or the mean count, for counts)."""
    fn()  # warm the page cache and statement cache once; the pane repeats its queries too
    out, sizes = [], []
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        out.append((time.perf_counter() - started) * 1000)
        sizes.append(_size(result))
    return out, statistics.fmean(sizes)


def main(argv: list[str] | None = None) -> int:
    """Build the store, run the queries, print the table and the JSON line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--orders", type=int, default=100_000, help="synthetic orders to cache (default 100000)")
    parser.add_argument("--repeat", type=int, default=40, help="timed runs per query kind (default 40)")
    parser.add_argument("--seed", type=int, default=4)
    parser.add_argument("--db", type=Path, help="keep the store in this folder, and reuse it if it is filled")
    args = parser.parse_args(argv)

    with contextlib.ExitStack() as stack:
        folder = args.db or Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="bench-search-")))
        store = Store.open(Paths.resolve(folder).ensure(), "bench")
        orders = list(synthetic_orders(args.orders, args.seed))
        started = time.perf_counter()
        if len(store.orders) != args.orders:
            store.orders.upsert_orders(orders, fetched_at=NOW)
        build_s = time.perf_counter() - started
        measured = run_queries(store, orders, args.repeat, random.Random(args.seed + 1))
        store.close()
    figures = {name: samples for name, (samples, _) in measured.items()}

    print(f"{args.orders:,} orders cached in {build_s:.1f} s ({args.orders / build_s:,.0f} orders/s)\n")
    print(f"{'query':<36} {'p50 ms':>8} {'p95 ms':>8} {'rows/count':>11}")
    for name, (samples, size) in measured.items():
        print(f"{name:<36} {_percentile(samples, 0.5):8.2f} {_percentile(samples, 0.95):8.2f} {size:11,.0f}")
    typical = [s for name, samples in figures.items() if not name.startswith("bare") for s in samples]
    fts_p95 = _percentile(figures[BARE], 0.95)
    ranked_p95 = _percentile(figures[BARE_RANKED], 0.95)
    p50, p95 = _percentile(typical, 0.5), _percentile(typical, 0.95)
    worst = max((n for n in figures if not n.startswith("bare")), key=lambda n: _percentile(figures[n], 0.95))
    print(f"\nall typical queries: p50 {p50:.2f} ms, p95 {p95:.2f} ms = {p95 / fts_p95:.1f}x the bare FTS5 "
          f"prefix query, {p95 / ranked_p95:.2f}x the ranked one; slowest kind: {worst}")
    print(json.dumps({
        "orders": args.orders, "p50_ms": round(p50, 2), "p95_ms": round(p95, 2),
        "fts_p95_ms": round(fts_p95, 2), "ratio_to_fts": round(p95 / fts_p95, 2),
        "ranked_fts_p95_ms": round(ranked_p95, 2), "ratio_to_ranked_fts": round(p95 / ranked_p95, 2),
        "worst_kind": worst, "worst_p95_ms": round(_percentile(figures[worst], 0.95), 2),
        "build_s": round(build_s, 2), "target_p95_ms": 20, "ok": p95 <= 20,
    }))
    return 0


BARE = "bare FTS5 prefix, 100 rows"
BARE_RANKED = "bare FTS5 prefix, ranked, 100 rows"


def run_queries(
    store: Store, orders: list[Order], repeat: int, rng: random.Random
) -> dict[str, tuple[list[float], float]]:
    """Time each kind of query `repeat` times with varying values: milliseconds per call, mean rows."""
    cache = store.orders
    family_prefixes = sorted({_ascii(o.billing_address.family_name)[:4] for o in orders if o.billing_address})

    def some_order() -> Order:
        return rng.choice(orders)

    def email_fragment() -> str:
        local = (some_order().billing_address.email or "").split("@")[0]
        dot = local.find(".")
        return local[: dot + 2] if dot > 0 else local[:5]

    def national_phone() -> str:
        # "+46 70 123 45 67" is read out as "070 123 45 67" (North America dials no trunk 0).
        code, rest = (some_order().billing_address.phone or "").split(" ", 1)
        return (rest if code == "+1" else "0" + rest)[:9]

    def deep_offset() -> int:
        return rng.randrange(len(orders) // 4, max(len(orders) // 4 + 1, len(orders) - 400))

    kinds: dict[str, Callable[[], object]] = {
        "name prefix": lambda: cache.search(rng.choice(family_prefixes), 0, 200),
        "name prefix, 2 letters": lambda: cache.search(rng.choice(family_prefixes)[:2], 0, 200),
        "e-mail fragment": lambda: cache.search(email_fragment(), 0, 200),
        "exact order id": lambda: cache.search(some_order().order_id or "", 0, 200),
        "Klarna reference": lambda: cache.search(some_order().klarna_reference or "", 0, 200),
        "phone, as read out (070 123 ...)": lambda: cache.search(national_phone(), 0, 200),
        "status filter, no text": lambda: cache.search(
            SearchQuery(statuses={rng.choice(("AUTHORIZED", "CAPTURED", "CANCELLED"))}), 0, 200),
        "text + filters": lambda: cache.search(SearchQuery(
            text=rng.choice(family_prefixes), statuses={"AUTHORIZED", "PART_CAPTURED"}, currency="EUR",
            amount_min=5_000, created_from=NOW.date() - dt.timedelta(days=180)), 0, 200),
        "expires in 7 days + fraud pending": lambda: cache.search(
            SearchQuery(expires_within_days=7, fraud_pending=rng.random() < 0.5, now=NOW), 0, 200),
        "sort by amount, ascending": lambda: cache.search(
            SearchQuery(sort="order_amount", descending=False), 0, 200),
        "page deep in all orders": lambda: cache.search(SearchQuery(), deep_offset(), 200),
        "page deep in a 1-letter prefix": lambda: cache.search(
            rng.choice(string.ascii_lowercase[:20]), rng.randrange(2_000, 4_000), 200),
        "count, name prefix": lambda: cache.count(rng.choice(family_prefixes)),
        "count, status filter": lambda: cache.count(SearchQuery(statuses={"CAPTURED"})),
        "count, all orders": lambda: cache.count(SearchQuery()),
    }
    figures = {name: _time(fn, repeat) for name, fn in kinds.items()}
    if not hasattr(store, "db"):
        return figures  # a team store (bench/search_team.py): no FTS5 to compare with
    conn = store.db.connection()

    def bare_fts(order: str) -> Callable[[], object]:
        sql = f"SELECT rowid FROM orders_fts WHERE orders_fts MATCH ? {order} LIMIT 100"
        return lambda: conn.execute(sql, ('"' + rng.choice(family_prefixes) + '"*',)).fetchall()

    figures[BARE] = _time(bare_fts(""), repeat)
    figures[BARE_RANKED] = _time(bare_fts("ORDER BY rank"), repeat)
    return figures


if __name__ == "__main__":
    sys.exit(main())
