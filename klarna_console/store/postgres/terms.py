"""Search terms built in Python, so the team store finds exactly what the desk's SQLite index finds.

SQLite's index splits text into runs of letters and digits, folds case and every accent, and matches
each word typed as a prefix. Here the same tokens become a tsvector literal (one position per token, a
gap between columns so a phrase never spans two) and a typed query becomes a tsquery literal; PostgreSQL
then only compares tokens, with no dictionary of its own in between.
"""

from __future__ import annotations

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


def tsvector(columns: Iterable[str | None]) -> str:
    """The tsvector literal of the searched columns of one order."""
    parts: list[str] = []
    position = 1
    for text in columns:
        if not text:
            continue
        for token in _TOKEN.findall(fold(unicodedata.normalize("NFC", text))):
            parts.append(f"{_quote(token)}:{min(position, 16383)}")
            position += 1
        position += _COLUMN_GAP
    return " ".join(parts)


def tsquery(text: str) -> str | None:
    """The tsquery literal of what a user typed (None: nothing searchable), word for word as for SQLite."""
    expression = fts_expression(text)
    if expression is None:
        return None
    phrases = []
    for phrase in _PHRASE.findall(expression):
        tokens = [fold(token) for token in phrase.split()]
        quoted = [_quote(token) for token in tokens]
        quoted[-1] += ":*"
        phrases.append("(" + " <-> ".join(quoted) + ")")
    return " & ".join(phrases) or None
