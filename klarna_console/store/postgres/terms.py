"""Search terms built in Python, so the team store finds exactly what the desk's SQLite index finds.

SQLite's index splits text into runs of letters and digits, folds case and every accent, and matches
each word typed as a prefix. Here the same tokens become a tsvector literal (one position per token, a
gap between columns so a phrase never spans two) and a typed query becomes a tsquery literal; PostgreSQL
then only compares tokens, with no dictionary of its own in between.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable

from ..sqlite.search import fts_expression

_TOKEN = re.compile(r"[^\W_]+")
_PHRASE = re.compile(r'"([^"]*)"\*')
_COLUMN_GAP = 10


def fold(text: str) -> str:
    """Lower case without accents: "Söderberg" -> "soderberg" (as SQLite's remove_diacritics 2)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _quote(token: str) -> str:
    return "'" + token.replace("\\", "\\\\").replace("'", "''") + "'"


def tokens(text: str) -> list[str]:
    """The words of one column as the index holds them (folded)."""
    return _TOKEN.findall(fold(unicodedata.normalize("NFC", text)))


def tsvector(columns: Iterable[str | None]) -> str:
    """The tsvector literal of the searched columns of one order."""
    parts: list[str] = []
    position = 1
    for text in columns:
        if not text:
            continue
        for token in tokens(text):
            parts.append(f"{_quote(token)}:{min(position, 16383)}")
            position += 1
        position += _COLUMN_GAP
    return " ".join(parts)


def phrases(text: str) -> list[list[str]]:
    """What a user typed as phrases of folded tokens, word for word as for SQLite; each phrase's last token is a prefix."""
    expression = fts_expression(text)
    if expression is None:
        return []
    return [[fold(token) for token in phrase.split()] for phrase in _PHRASE.findall(expression)]


def tsquery(text: str) -> str | None:
    """The tsquery literal of what a user typed (None: nothing searchable)."""
    parts = []
    for tokens in phrases(text):
        quoted = [_quote(token) for token in tokens]
        quoted[-1] += ":*"
        parts.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(parts) or None


@dataclasses.dataclass(frozen=True)
class Driver:
    """The one word of a query that every order found must hold: where the orders to check are read from.

    word: a whole word (`prefix` False) or the beginning of one; exact: the word alone decides the
    match (a query of that one prefix), so the orders it gives need no check against their terms.
    """

    word: str
    prefix: bool
    exact: bool

    def upper_bound(self) -> str:
        """The first string past every word beginning with `word`, in code point order."""
        return self.word[:-1] + chr(ord(self.word[-1]) + 1)


def driver(found: list[list[str]]) -> Driver | None:
    """The best word to read a query's orders by: a whole word where there is one (a phrase's words but
    its last), else the longest beginning; None if nothing was typed."""
    whole = [token for tokens in found for token in tokens[:-1]]
    exact = len(found) == 1 and len(found[0]) == 1
    if whole:
        return Driver(max(whole, key=len), prefix=False, exact=False)
    if not found:
        return None
    return Driver(max((tokens[-1] for tokens in found), key=len), prefix=True, exact=exact)


def _initial_bit(ch: str) -> int:
    # As the team store's order_initials(): a-z, 0-9, then any other character in one of 28 bits.
    code = ord(ch)
    if 97 <= code <= 122:
        return code - 97
    if 48 <= code <= 57:
        return code - 22
    return 36 + code % 28


def masks(found: list[list[str]]) -> tuple[int, int, int]:
    """The bits an order's `initials`, `bigrams_a` and `bigrams_b` must have to hold every token of a query (schema 5)."""
    initials = first = second = 0
    for phrase in found:
        for token in phrase:
            initials |= 1 << _initial_bit(token[0])
            if len(token) >= 2:
                first |= 1 << ((ord(token[0]) * 31 + ord(token[1])) % 64)
                second |= 1 << ((ord(token[0]) + ord(token[1]) * 37) % 64)
    return _signed(initials), _signed(first), _signed(second)


def facet_bits(status: str | None, currency: str | None, fraud_status: str | None) -> int:
    """An order's status, currency and pending fraud check as bits (schema 5's order_facets())."""
    bits = 1 << facet_bit(status, 16) if status else 0
    bits |= 1 << (16 + facet_bit(currency, 14)) if currency else 0
    return bits | (1 << 30 if fraud_status == "PENDING" else 0)


def facet_bit(value: str, width: int) -> int:
    """Which of `width` bits a value sets: from its MD5, which PostgreSQL computes alike (order_facet_bit())."""
    return int(hashlib.md5(value.encode()).hexdigest()[:7], 16) % width


def initial_is_exact(found: list[list[str]]) -> bool:
    """Whether a query is one letter or digit, a-z or 0-9, which the initials bits match exactly."""
    return len(found) == 1 and len(found[0]) == 1 and len(found[0][0]) == 1 and _initial_bit(found[0][0]) < 36


def _signed(bits: int) -> int:
    # The column is a signed bigint: bit 63 is its sign.
    return bits - (1 << 64) if bits >= 1 << 63 else bits
