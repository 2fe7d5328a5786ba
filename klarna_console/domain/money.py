"""Money as integers in minor units: parsing what a person types and formatting it back, per currency.

No float ever touches an amount: text is split into whole and fraction digits and assembled as int.
"""

from __future__ import annotations

import dataclasses
import re

from ..reasons import Code, Reason, Value

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
    """Text that is not an amount in the given currency; its `reason` says why (the window words it)."""

    def __init__(self, code: Code, **values: Value) -> None:
        self.reason = Reason(code, values)
        super().__init__(str(self.reason))


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
        raise AmountError(Code.AMOUNT_NOT_TEXT)
    if not text.strip():
        raise AmountError(Code.AMOUNT_MISSING)
    cleaned = _strip_currency(_SPACES.sub("", text), text, currency)
    negative = cleaned.startswith("-")
    cleaned = cleaned.lstrip("+-")
    if negative and not allow_negative:
        raise AmountError(Code.AMOUNT_NEGATIVE_TYPED)
    if not re.fullmatch(r"[0-9.,]+", cleaned) or not any(c.isdigit() for c in cleaned):
        raise AmountError(Code.AMOUNT_NOT_NUMBER, text=text.strip())
    whole, fraction = _split(cleaned, style(locale))
    digits = exponent(currency)
    if len(fraction) > digits:
        raise AmountError(Code.AMOUNT_TOO_MANY_DECIMALS, text=text.strip(), currency=(currency or "").upper(),
                          decimals=digits, given=len(fraction))
    scale: int = 10**digits
    minor = int(whole or "0") * scale + int((fraction or "0").ljust(digits, "0") or "0")
    return -minor if negative else minor


def _strip_currency(compact: str, original: str, currency: str | None) -> str:
    """Drop a currency code or symbol before or after the number ("€12", "12 kr", "SEK 12").

    A symbol or code of another currency is refused ("€12" is not an amount in kronor); without a
    currency any known one is dropped.
    """
    match = _AFFIX.match(compact)
    if not match:
        raise AmountError(Code.AMOUNT_NOT_NUMBER, text=original.strip())
    accepted = _affixes(currency) if currency else _KNOWN_AFFIXES
    for affix in (match.group("prefix"), match.group("suffix")):
        if not affix:
            continue
        if affix.lower() not in _KNOWN_AFFIXES:
            raise AmountError(Code.AMOUNT_NOT_NUMBER, text=original.strip())
        if affix.lower() not in accepted:
            raise AmountError(Code.AMOUNT_WRONG_CURRENCY, text=original.strip(), given=affix,
                              currency=(currency or "").upper())
    return match.group("number")


def _affixes(currency: str) -> set[str]:
    """What may stand beside an amount in `currency`: its code, its symbol, and the shared "kr" or "$"."""
    code = currency.upper()
    sym = symbol(code)
    accepted = {code.lower(), sym.lower()}
    if sym.lower().startswith("kr"):
        accepted.add("kr")  # kronor and kroner: "kr" is each one's everyday symbol at home
    if sym.endswith("$"):
        accepted.add("$")  # a dollar at home is written "$" (A$ only abroad)
    return accepted


def _split(number: str, st: NumberStyle) -> tuple[str, str]:
    """Split digits with marks into (whole digits, fraction digits)."""
    marks = [c for c in number if c in ".,"]
    if not marks:
        return number, ""
    if len(set(marks)) == 2:
        decimal = number[max(number.rfind("."), number.rfind(","))]
        group = "," if decimal == "." else "."
        if number.count(decimal) > 1:
            raise AmountError(Code.AMOUNT_TWO_DECIMAL_MARKS, text=number)
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
        raise AmountError(Code.AMOUNT_BADLY_GROUPED, text=whole)
    return "".join(parts)
