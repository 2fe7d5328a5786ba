"""What a search asks for (`SearchQuery`), and how it becomes an FTS5 expression and SQL filters."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from ..values import OPEN_STATUSES, SearchQuery
from .fields import UTC, to_db_time

SORT_INDEXES: dict[str, str] = {
    "created_at": "orders_by_created",
    "expires_at": "orders_by_expires",
    "order_amount": "orders_by_amount",
    "status": "orders_by_status",
    "klarna_reference": "orders_by_klarna_reference",
    "merchant_reference1": "orders_by_merchant_reference1",
    "customer_name": "orders_by_customer",
    "fetched_at": "orders_by_fetched",
}
"""The index that holds each column the results table sorts by; other columns are sorted on demand."""

KEY_INDEX = "orders_by_created_key"
"""The index of created keys that also holds every filtered column (see migration 5)."""

# unicode61 splits on everything that is not a letter or a digit; so do we, to build the same tokens.
_TOKEN = re.compile(r"[^\W_]+")
# A query that is all digits and phone punctuation is one number, however it is spaced.
_NUMBER_LIKE = re.compile(r"^\+?[\d\s().\-/]+$")


def fts_expression(text: str) -> str | None:
    """The FTS5 query for what a user typed, or None when it holds no searchable word.

    Each whitespace-separated word becomes a phrase of its tokens whose last token is a prefix, so
    "anna.s" finds "anna.sundberg@example.com" and "sode" finds "Söderberg". Every token is quoted:
    nothing a user types is read as FTS5 syntax.
    """
    text = unicodedata.normalize("NFC", text).strip()
    if not text:
        return None
    if _NUMBER_LIKE.match(text) and sum(ch.isdigit() for ch in text) >= 4:
        # "070-123 45 67" and "123 45" are one number: the index holds phones and postal codes whole.
        digits = "".join(ch for ch in text if ch.isdigit())
        if not text.startswith("+") and digits.startswith("00"):
            digits = digits[2:]
        return _typed(f'"{digits}"*')
    phrases = []
    for word in text.split():
        tokens = _TOKEN.findall(word)
        if tokens:
            phrases.append('"' + " ".join(tokens) + '"*')
    return _typed(" AND ".join(phrases)) if phrases else None


def _typed(expression: str) -> str:
    # What a user types never matches the filter words (see filter_terms).
    return f"(- filter_terms : ({expression}))"


def filter_terms(status: str | None, currency: str | None, fraud_status: str | None) -> str | None:
    """The full-text words of an order's status, currency, both together, and fraud status
    ("statuscaptured currencyeur statuscapturedcurrencyeur fraudaccepted"): a text search with filters
    intersects them with its matches inside FTS5, before any row is read."""
    words = [_filter_word("status", status), _filter_word("currency", currency), _filter_word("fraud", fraud_status)]
    if words[0] and words[1]:
        # Status and currency are filtered together most: one word as rare as both, not two common ones.
        words.append(words[0] + words[1])
    return " ".join(word for word in words if word) or None


def _filter_word(kind: str, value: str | None) -> str | None:
    letters = "".join(_TOKEN.findall(value)).lower() if value else ""
    return f"{kind}{letters}" if letters else None


def narrowed_expression(expression: str, query: SearchQuery) -> str:
    """A text search's FTS5 query with the query's status, currency and fraud filters as filter words.

    The words only narrow (different values may share a word): the SQL filters are still applied.
    """
    statuses: list[str | None] | None = None
    if query.statuses:
        statuses = [_filter_word("status", s.upper()) for s in query.statuses]
    if query.expires_within_days is not None and statuses is None:
        statuses = [_filter_word("status", s) for s in OPEN_STATUSES]
    currency = _filter_word("currency", query.currency.strip().upper()) if query.currency else None
    groups: list[list[str | None]] = []
    if statuses is not None and currency is not None:
        groups.append([status + currency if status else None for status in statuses])
    elif statuses is not None:
        groups.append(statuses)
    elif currency is not None:
        groups.append([currency])
    if query.fraud_pending:
        groups.append([_filter_word("fraud", "PENDING")])
    # A value without letters or digits has no word: that filter is left to SQL alone.
    terms = [" OR ".join(sorted({f'"{word}"' for word in group if word})) for group in groups if None not in group]
    if not terms:
        return expression
    return f"{expression} AND filter_terms : ({' AND '.join(f'({term})' for term in terms)})"


def exact_term(text: str) -> str | None:
    """The text as one id or reference, when it could be one (a single word), else None."""
    text = text.strip()
    return text if text and not any(ch.isspace() for ch in text) else None


def _day_start(value: dt.datetime | dt.date, *, next_day: bool) -> str:
    if isinstance(value, dt.datetime):
        return to_db_time(value)
    day = value + dt.timedelta(days=1) if next_day else value
    return to_db_time(dt.datetime.combine(day, dt.time(), tzinfo=UTC))


def filter_sql(query: SearchQuery, alias: str = "o") -> tuple[list[str], list[object]]:
    """The WHERE conditions (ANDed) and their parameters for a query's filters, text aside."""
    where: list[str] = []
    params: list[object] = []
    if query.statuses:
        statuses = sorted({s.upper() for s in query.statuses})
        where.append(f"{alias}.status IN ({', '.join('?' * len(statuses))})")
        params.extend(statuses)
    if query.created_from is not None:
        where.append(f"{alias}.created_at >= ?")
        params.append(_day_start(query.created_from, next_day=False))
    if query.created_to is not None:
        where.append(f"{alias}.created_at < ?")
        params.append(_day_start(query.created_to, next_day=True))
    if query.amount_min is not None:
        where.append(f"{alias}.order_amount >= ?")
        params.append(query.amount_min)
    if query.amount_max is not None:
        where.append(f"{alias}.order_amount <= ?")
        params.append(query.amount_max)
    if query.currency:
        where.append(f"{alias}.currency = ?")
        params.append(query.currency.strip().upper())
    if query.expires_within_days is not None:
        now = query.now or dt.datetime.now(UTC)
        where.append(f"{alias}.expires_at >= ? AND {alias}.expires_at < ?")
        params.extend([to_db_time(now), to_db_time(now + dt.timedelta(days=query.expires_within_days))])
        where.append(f"{alias}.status IN ({', '.join('?' * len(OPEN_STATUSES))})")
        params.extend(OPEN_STATUSES)
    if query.fraud_pending:
        where.append(f"{alias}.fraud_status = 'PENDING'")
    if query.unpaid_capture_days is not None:
        now = query.now or dt.datetime.now(UTC)
        before = (now - dt.timedelta(days=query.unpaid_capture_days)).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")
        where.append(_UNPAID_CAPTURE.format(alias=alias))
        params.append(before)
    return where, params


# A capture (in the order's cached JSON) captured before the cut-off and after the synced period began,
# that no synced payout transaction names. Timestamps compare on their first 19 characters (to the second).
_UNPAID_CAPTURE = (
    "EXISTS (SELECT 1 FROM order_bodies b, json_each(CAST(b.body AS TEXT), '$.captures') c "
    "WHERE b.id = {alias}.id "
    "AND substr(json_extract(c.value, '$.captured_at'), 1, 19) < ? "
    "AND substr(json_extract(c.value, '$.captured_at'), 1, 19) >= "
    "(SELECT substr(value, 1, 19) FROM payout_sync WHERE key = 'period_start') "
    "AND NOT EXISTS (SELECT 1 FROM payout_transactions t WHERE t.capture_id = json_extract(c.value, '$.capture_id')))"
)


def order_by(query: SearchQuery, alias: str = "o") -> str:
    """The ORDER BY terms: the sort column, then what the index behind it orders by, then the row id."""
    keys = [query.sort, *(["created_at"] if query.sort == "status" else []), "id"]
    direction = "DESC" if query.descending else "ASC"
    return ", ".join(f"{alias}.{key} {direction}" for key in keys)


# Costs per row in microseconds, measured on 100,000 synthetic orders (bench/search.py): looking up and
# sorting a match, skipping a sorted row before the page, adding a match to SQLite's probe set, and
# stepping the sort index while probing that set.
_LOOKUP_US, _SKIP_US, _SET_US, _STEP_US = 2.0, 5.0, 0.2, 0.3


def walk_sort_index(matches: int, total: int, offset: int, limit: int, *, filtered: bool) -> bool:
    """Whether to walk the sort column's index and keep the matches, rather than sort all the matches.

    Sorting costs in proportion to the matches, walking in proportion to how far the page is, divided
    by the share of orders that match: a common one-letter prefix walks, a surname sorts.
    """
    if matches <= 0 or total <= 0:
        return False
    # Filters thin out the walk by an unknown share; assume they keep a third.
    share = matches / total / (3 if filtered else 1)
    sort = _LOOKUP_US * matches + _SKIP_US * offset
    walk = _SET_US * matches + _STEP_US * (offset + limit) / share
    return walk < sort
