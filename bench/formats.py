"""Locale formats: the cost of Babel on start-up and of formatting the results list's 100 visible rows.

Each row shows an amount, a created and an expiry date, and two tooltips with date and time (ui/search_pane.py).
The CLDR formatting (domain/money.py, domain/dates.py) is timed against the plain strftime and f-string
formatting it replaced, in the same run; Babel's import and first locale load are timed in fresh processes.
Prints a table, then one JSON object as the last line.

    python bench/formats.py [--locale de-DE] [--repeat 30]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import subprocess
import sys
import time

from klarna_console.domain.dates import format_date, format_datetime
from klarna_console.domain.money import format_amount

NOW = dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC)
ROWS = [(12345 + 977 * n, ("SEK", "EUR", "NOK", "DKK", "GBP", "USD")[n % 6], NOW - dt.timedelta(hours=7 * n),
         NOW + dt.timedelta(days=28, hours=n)) for n in range(100)]
FIRST_USE = """
import datetime as dt, time
from klarna_console.domain.dates import format_date  # Babel is imported on first use, not here
from klarna_console.domain.money import format_amount
start = time.perf_counter()
import babel.numbers, babel.dates
imported = time.perf_counter()
format_amount(12345, "SEK", {locale!r}); format_date(dt.date(2026, 3, 9), {locale!r})
print((imported - start) * 1000, (time.perf_counter() - imported) * 1000)
"""


def cldr_rows(locale: str) -> None:
    for minor, currency, created, expires in ROWS:
        format_amount(minor, currency, locale)
        format_date(created, locale)
        format_date(expires, locale)
        format_datetime(created, locale)
        format_datetime(expires, locale)


def plain_rows(_locale: str) -> None:
    """What the window did before issue 16 (without the hand-written symbol table's lookups)."""
    for minor, currency, created, expires in ROWS:
        whole, fraction = divmod(abs(minor), 100)
        f"{'-' if minor < 0 else ''}{whole:,}.{fraction:02d}\u00a0{currency}"
        created.astimezone().strftime("%Y-%m-%d")
        expires.astimezone().strftime("%Y-%m-%d")
        created.astimezone().strftime("%Y-%m-%d %H:%M")
        expires.astimezone().strftime("%Y-%m-%d %H:%M")


def timed(work: object, locale: str, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        work(locale)  # type: ignore[operator]
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale", default="de-DE")
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args(argv)
    firsts = [subprocess.run([sys.executable, "-c", FIRST_USE.format(locale=args.locale)], capture_output=True,
                             text=True, check=True).stdout.split() for _ in range(5)]
    import_ms = statistics.median(float(f[0]) for f in firsts)
    load_ms = statistics.median(float(f[1]) for f in firsts)
    cldr_rows(args.locale)  # warm: the locale's patterns are cached after the first row
    cldr_ms, plain_ms = timed(cldr_rows, args.locale, args.repeat), timed(plain_rows, args.locale, args.repeat)
    print(f"{'Babel import (babel.numbers + babel.dates)':44} {import_ms:8.1f} ms")
    print(f"{'first format: locale data and patterns':44} {load_ms:8.1f} ms")
    print(f"{'100 rows, CLDR':44} {cldr_ms:8.2f} ms")
    print(f"{'100 rows, strftime and f-strings (before)':44} {plain_ms:8.2f} ms   ratio {cldr_ms / plain_ms:.1f}")
    print(json.dumps({"locale": args.locale, "babel_import_ms": round(import_ms, 1), "first_use_ms": round(load_ms, 1),
                      "rows_100_ms": round(cldr_ms, 2), "rows_100_before_ms": round(plain_ms, 2),
                      "ratio": round(cldr_ms / plain_ms, 2)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
