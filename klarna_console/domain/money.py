"""Money as integers in minor units: parsing what a person types and formatting it back, per currency.

No float ever touches an amount: text is split into whole and fraction digits and assembled as int.
"""

from __future__ import annotations

import dataclasses
import re

# ISO 4217 exponents of the currencies Klarna settles in; anything else is assumed to have cents.
_EXPONENTS = {"JPY": 0, "KRW": 0, "ISK": 0, "CLP": 0, "HUF": 2, "KWD": 3, "BHD": 3}
_SYMBOLS = {
    "EUR": "€", "USD": "$", "GBP": "£", "AUD": "A$", "NZD": "NZ$", "CAD": "CA$", "SEK": "kr", "NOK": "kr",
    "DKK": "kr.", "CHF": "CHF", "PLN": "zł", "CZK": "Kč", "JPY": "¥", "MXN": "MX$", "RON": "lei",
}
# Symbols written after the number even in English, the way people there read prices.
_SUFFIX_SYMBOLS = {"SEK", "NOK", "DKK", "PLN", "CZK", "RON", "CHF"}


@dataclasses.dataclass(frozen=True)
class NumberStyle:
    """How a locale writes numbers: decimal mark, grouping mark, and where the currency goes."""

    decimal: str
    group: str
    symbol_first: bool


_NBSP, _NNBSP = "\u00a0", "\u202f"
_STYLES = {
    "en": NumberStyle(".", ",", True),
    "de": NumberStyle(",", ".", False),
    "de-ch": NumberStyle(".", "’", True),
    "de-at": NumberStyle(",", _NBSP, False),
    "sv": NumberStyle(",", _NBSP, False),
    "nb": NumberStyle(",", _NBSP, False),
    "no": NumberStyle(",", _NBSP, False),
    "nn": NumberStyle(",", _NBSP, False),
    "da": NumberStyle(",", ".", False),
    "fi": NumberStyle(",", _NBSP, False),
    "fr": NumberStyle(",", _NNBSP, False),
    "nl": NumberStyle(",", ".", True),
    "es": NumberStyle(",", ".", False),
    "it": NumberStyle(",", ".", False),
    "pl": NumberStyle(",", _NBSP, False),
    "cs": NumberStyle(",", _NBSP, False),
    "pt": NumberStyle(",", ".", False),
}


class AmountError(ValueError):
    """Text that is not an amount in the given currency; the message says why."""


def exponent(currency: str | None) -> int:
    """Digits after the decimal mark in a currency (2 unless ISO 4217 says otherwise)."""
    return _EXPONENTS.get((currency or "").upper(), 2)


def style(locale: str | None) -> NumberStyle:
    """The number style of a locale such as "sv-SE", "de_DE" or "en"; English if unknown."""
    tag = (locale or "en").replace("_", "-").lower()
    return _STYLES.get(tag) or _STYLES.get(tag.split("-")[0]) or _STYLES["en"]


def symbol(currency: str | None) -> str:
    """The everyday symbol of a currency, or its code when it has none we know."""
    code = (currency or "").upper()
    return _SYMBOLS.get(code, code)


def format_amount(minor: int, currency: str | None, locale: str | None = "en", *, with_currency: bool = True) -> str:
    """Format minor units for people: 123450 EUR in de-DE -> "1.234,50 €"."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"amounts are int minor units, not {type(minor).__name__}")
    code = (currency or "").upper()
    st = style(locale)
    digits = exponent(code)
    whole, fraction = divmod(abs(minor), 10**digits)
    groups = f"{whole:,}".replace(",", st.group)
    number = f"{groups}{st.decimal}{fraction:0{digits}d}" if digits else groups
    sign = "-" if minor < 0 else ""
    if not with_currency or not code:
        return sign + number
    sym = symbol(code)
    if st.symbol_first and code not in _SUFFIX_SYMBOLS:
        return f"{sign}{sym}{number}" if len(sym) <= 1 or not sym[-1].isalpha() else f"{sign}{sym}{_NBSP}{number}"
    return f"{sign}{number}{_NBSP}{sym}"


_SPACES = re.compile(r"[\s\u00a0\u202f'’_]")
_AFFIX = re.compile(r"^(?P<prefix>[^\d+\-.,]*)(?P<number>[+-]?[^+-]*?)(?P<suffix>[^\d.,]*)$")
_KNOWN_AFFIXES = {text.lower() for text in [*_SYMBOLS, *_SYMBOLS.values(), "kr", "$"]}


def parse_amount(text: str, currency: str | None, locale: str | None = "en", *, allow_negative: bool = False) -> int:
    """Read a typed amount into minor units exactly: "1 234,50" (sv) or "1,234.50" (en) -> 123450.

    Currency symbols and codes, spaces and apostrophes are ignored. When both "." and "," appear the
    last one is the decimal mark; a lone mark is a decimal mark unless it is the locale's grouping
    mark followed by exactly three digits ("1.234" in German is one thousand two hundred thirty-four).
    """
    if not isinstance(text, str):
        raise AmountError("enter the amount as text, e.g. 12.50")
    if not text.strip():
        raise AmountError("enter an amount")
    cleaned = _strip_currency(_SPACES.sub("", text), text)
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    if negative and not allow_negative:
        raise AmountError("the amount cannot be negative")
    if not re.fullmatch(r"[0-9.,]+", cleaned) or not any(c.isdigit() for c in cleaned):
        raise AmountError(f"{text.strip()!r} is not an amount")
    whole, fraction = _split(cleaned, style(locale))
    digits = exponent(currency)
    if len(fraction) > digits:
        unit = "decimals" if digits != 1 else "decimal"
        raise AmountError(
            f"{(currency or '').upper() or 'this currency'} has {digits} {unit}; "
            f"{text.strip()!r} has {len(fraction)}" if digits else
            f"{(currency or '').upper()} has no decimals; {text.strip()!r} has {len(fraction)}"
        )
    scale: int = 10**digits
    minor = int(whole or "0") * scale + int((fraction or "0").ljust(digits, "0") or "0")
    return -minor if negative else minor


def _strip_currency(compact: str, original: str) -> str:
    """Drop a currency code or symbol before or after the number ("€12", "12 kr", "SEK 12")."""
    match = _AFFIX.match(compact)
    if not match:
        raise AmountError(f"{original.strip()!r} is not an amount")
    for affix in (match.group("prefix"), match.group("suffix")):
        if affix and affix.lower() not in _KNOWN_AFFIXES:
            raise AmountError(f"{original.strip()!r} is not an amount")
    return match.group("number")


def _split(number: str, st: NumberStyle) -> tuple[str, str]:
    """Split digits with marks into (whole digits, fraction digits)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return number, ""
    if len(set(marks)) == 2:
        decimal = number[max(number.rfind("."), number.rfind(","))]
        group = "," if decimal == "." else "."
        if number.count(decimal) > 1:
            raise AmountError(f"{number!r} has more than one decimal mark")
        whole, _, fraction = number.partition(decimal)
        return _ungroup(whole, group), fraction
    mark = marks[0]
    if len(marks) > 1:
        return _ungroup(number, mark), ""
    whole, _, fraction = number.partition(mark)
    looks_grouped = len(fraction) == 3 and whole and mark != st.decimal
    if looks_grouped:
        return whole + fraction, ""
    return whole, fraction


def _ungroup(whole: str, group: str) -> str:
    parts = whole.split(group)
    if any(not part for part in parts) or any(len(part) != 3 for part in parts[1:]):
        raise AmountError(f"{whole!r} is not grouped in thousands")
    return "".join(parts)
