"""Klarna's own texts made readable: amounts it writes in minor units get the formatted amount beside them."""

from __future__ import annotations

import re

from ..domain.money import format_amount

# An amount Klarna names in a sentence: a word ending in "amount" or "price" (also snake_case field names
# such as total_amount or unit_price), perhaps "of", "is", ":" or "=", then whole minor units. Numbers
# after other words (tax_rate in basis points, quantities, ids) are not money and stay as they are; a
# number already followed by "(" was annotated before and is not annotated twice.
_AMOUNT = re.compile(
    r"(?P<name>\b[A-Za-z_]*(?:amount|price)s?\b)(?P<gap>\s*(?:[:=]|\bof\b|\bis\b)?\s*)"
    r"(?P<minor>-?\d+)\b(?![.,]\d)(?!\s*\()",
    re.IGNORECASE,
)


def with_amounts(text: str, currency: str | None, locale: str | None = "en") -> str:
    """Klarna's text with each amount in minor units followed by its formatted value.

    "Resulting authorization amount 158800 cannot be less than the captured amount 168800" in SEK reads
    "... amount 158800 (1,588.00 kr) cannot be less than the captured amount 168800 (1,688.00 kr)".
    Without a currency the text is returned as it is (a number cannot be formatted without one).
    """
    if not text or not currency:
        return text

    def annotate(match: re.Match[str]) -> str:
        minor = int(match.group("minor"))
        return f"{match.group(0)} ({format_amount(minor, currency, locale)})"

    return _AMOUNT.sub(annotate, text)


__all__ = ["with_amounts"]
