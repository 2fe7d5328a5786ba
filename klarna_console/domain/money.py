"""Money as integers in minor units: parsing what a person types and formatting it back, per currency and locale.

Symbols, decimal and grouping marks, minus signs, patterns (where the sign and the symbol go) and the
currencies' decimals come from CLDR through Babel. No float ever touches an amount: Babel is handed a
Decimal built exactly from the int, and typed text is split into whole and fraction digits and assembled
as int.
What Babel works out for a locale is kept (locale_formats.py), so a warm start formats without Babel.
"""

from __future__ import annotations

import copy
import functools
import unicodedata
from decimal import Decimal
from typing import TYPE_CHECKING

from ..reasons import Code, Reason, Value
from .cldr import babel_locale, formatting_locale, restored
from .locale_formats import KEPT, Currency, NumberFormat, Numbers, number_format

if TYPE_CHECKING:
    from babel.numbers import NumberPattern

# Klarna's amounts count ISO 4217 minor units. CLDR's digits are display digits, and for the forint they
# differ (CLDR shows whole forints, ISO 4217 and Klarna count fillér): ISO's exponent wins, or 123.45 HUF
# would be shown as 12,345 Ft. Written here for every currency Klarna settles in, never read from a file:
# the scale of an amount sent to Klarna does not depend on a cache.
_ISO_EXPONENTS = {"SEK": 2, "NOK": 2, "DKK": 2, "EUR": 2, "GBP": 2, "USD": 2, "CHF": 2, "PLN": 2, "CZK": 2,
                  "AUD": 2, "NZD": 2, "CAD": 2, "RON": 2, "HUF": 2, "JPY": 0, "MXN": 2}
# Where each currency Klarna settles in is at home: its symbol there is what its people type ("$" for an
# Australian dollar in Australia, "kr" for Danish kroner in Denmark). Places, not formats: CLDR says how.
_HOME = {
    "SEK": "sv_SE", "NOK": "nb_NO", "DKK": "da_DK", "EUR": "de_DE", "GBP": "en_GB", "USD": "en_US",
    "CHF": "de_CH", "PLN": "pl_PL", "CZK": "cs_CZ", "AUD": "en_AU", "NZD": "en_NZ", "CAD": "en_CA",
    "RON": "ro_RO", "HUF": "hu_HU", "JPY": "ja_JP", "MXN": "es_MX",
}
_NBSP = "\u00a0"
# People type a plain space or apostrophe where CLDR groups with a no-break space or a typographic
# apostrophe (CLDR's lenient-parse equivalents for the grouping mark).
_SPACE_GROUPS = {" ", _NBSP, "\u202f", "\u2009"}
_APOSTROPHE_GROUPS = {"'", "’", "\u02bc"}
# ASCII, CLDR's minus sign (sv, nb, fi write U+2212), the en dash some keyboards give; and a plus.
_SIGNS = {"-", "\u2212", "\u2013", "+"}
# Amounts a kept pattern is checked on against Babel when it is built (each mark, sign and grouping shows).
_PROBES = (0, 7, -7, 1234, -123456, 100000000, -987654321012)
_PERCENT_PROBES = (0, 5, 1250, 2500, -2500, 1234, 10**9)


class AmountError(ValueError):
    """Text that is not an amount in the given currency; its `reason` says why (the window words it)."""

    def __init__(self, code: Code, **values: Value) -> None:
        self.reason = Reason(code, values)
        super().__init__(str(self.reason))


def exponent(currency: str | None) -> int:
    """Digits after the decimal mark in a currency: CLDR's, except where ISO 4217 (Klarna's unit) differs."""
    code = (currency or "").upper()
    if code in _ISO_EXPONENTS:
        return _ISO_EXPONENTS[code]
    if not code:
        return 2
    from babel.numbers import get_currency_precision

    return int(get_currency_precision(code))


def symbol(currency: str | None, locale: str | None = "en") -> str:
    """A currency's symbol as CLDR writes it in `locale` ("kr" for SEK in sv-SE, "SEK" in en-GB)."""
    code = (currency or "").upper()
    return _currency(code, locale).symbol if code else ""


def decimal_mark(locale: str | None) -> str:
    """The decimal mark of a locale per CLDR ("," in de-DE, "." in en-GB)."""
    return _numbers(locale).decimal


def group_mark(locale: str | None) -> str:
    """The grouping mark of a locale per CLDR ("." in de-DE, a no-break space in sv-SE)."""
    return _numbers(locale).group


def _numbers(locale: str | None) -> Numbers:
    """The locale's marks and plain and percent patterns: kept, or worked out by Babel now (and kept)."""
    kept = KEPT.locale(locale)
    if kept.numbers is None:
        loc = babel_locale(locale)
        decimal, group = str(loc.number_symbols["latn"]["decimal"]), str(loc.number_symbols["latn"]["group"])
        plain = number_format(_pattern(locale, "", 2, False))
        if plain and not all(_same(plain, decimal, group, digits, "", locale) for digits in (0, 2, 3)):
            plain = None
        percent = number_format(loc.percent_formats[None])
        if percent and any(percent.apply(h, 2, decimal, group, trim=True) != _babel_percent(h, locale)
                           for h in _PERCENT_PROBES):
            percent = None
        kept.numbers, KEPT.changed = Numbers(decimal, group, plain, percent), True
    return kept.numbers


def _currency(code: str, locale: str | None) -> Currency:
    """A currency's symbol and pattern in the locale: kept, or worked out by Babel now (and kept)."""
    kept = KEPT.locale(locale).currencies
    if code not in kept:
        sym, numbers = _babel_symbol(code, locale), _numbers(locale)
        pattern = number_format(_pattern(locale, code, 2, True), code, sym)
        if pattern and not _same(pattern, numbers.decimal, numbers.group, exponent(code), code, locale):
            pattern = None
        kept[code], KEPT.changed = Currency(sym, pattern), True
    return kept[code]


def _same(pattern: NumberFormat, decimal: str, group: str, digits: int, code: str, locale: str | None) -> bool:
    """Whether a pattern to keep writes the probe amounts exactly as Babel does."""
    return all(pattern.apply(minor, digits, decimal, group) == _babel_amount(minor, code, digits, locale)
               for minor in _PROBES)


def _babel_symbol(code: str, locale: str | None) -> str:
    from babel.numbers import get_currency_symbol

    return str(get_currency_symbol(code, babel_locale(locale)))


@functools.cache
def _pattern(locale: str | None, currency: str, digits: int, with_currency: bool) -> NumberPattern:
    """The locale's currency (or plain number) pattern with exactly `digits` decimals, cached per locale.

    CLDR's currencySpacing rule, which Babel does not apply, is applied here: a symbol ending (or
    starting) with a letter is set apart from the digits by a no-break space ("SEK 12.00", not "SEK12.00").
    """
    loc = babel_locale(locale)
    base = loc.currency_formats["standard"] if with_currency else loc.decimal_formats[None]
    pattern: NumberPattern = copy.copy(base)
    pattern.frac_prec = (digits, digits)
    # A "-" in a CLDR pattern stands for the locale's minus sign (U+2212 in sv, nb, fi); Babel leaves "-".
    minus = str(loc.number_symbols["latn"]["minusSign"])
    pattern.prefix = (pattern.prefix[0], pattern.prefix[1].replace("-", minus))
    pattern.suffix = (pattern.suffix[0], pattern.suffix[1].replace("-", minus))
    if with_currency:
        sym = _babel_symbol(currency, locale)
        pattern.prefix = (_spaced(pattern.prefix[0], sym, before=True), _spaced(pattern.prefix[1], sym, before=True))
        pattern.suffix = (_spaced(pattern.suffix[0], sym, before=False), _spaced(pattern.suffix[1], sym, before=False))
    return pattern


def _spaced(affix: str, sym: str, *, before: bool) -> str:
    """An affix with a no-break space between the symbol and the number where CLDR's currencySpacing asks."""
    if not sym:
        return affix
    touches = affix.endswith("¤") if before else affix.startswith("¤")
    edge = sym[-1] if before else sym[0]
    if touches and not unicodedata.category(edge).startswith(("S", "Z")):
        return affix + _NBSP if before else _NBSP + affix
    return affix


def format_amount(minor: int, currency: str | None, locale: str | None = "en", *, with_currency: bool = True) -> str:
    """Format minor units for people the way CLDR writes them: 123450 EUR in de-DE -> "1.234,50 €"."""
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"amounts are int minor units, not {type(minor).__name__}")
    code = (currency or "").upper() if with_currency else ""
    digits = exponent(currency)
    numbers = _numbers(locale)
    pattern = _currency(code, locale).pattern if code else numbers.plain
    if pattern is None:
        return _babel_amount(minor, code, digits, locale)
    return pattern.apply(minor, digits, numbers.decimal, numbers.group)


def _babel_amount(minor: int, code: str, digits: int, locale: str | None) -> str:
    """An amount as Babel writes it with the locale's pattern: in `code`'s pattern, or plain without a code."""
    value = Decimal(minor).scaleb(-digits)  # exact: an int shifted by the currency's exponent
    pattern = _pattern(locale, code, digits, bool(code))
    return restored(str(pattern.apply(value, formatting_locale(locale), currency=code or None, currency_digits=False)))


def format_number(value: int, locale: str | None = "en") -> str:
    """A count with the locale's grouping (1234 -> "1.234" in de-DE, "1 234" in sv-SE)."""
    from babel.numbers import format_decimal

    return restored(str(format_decimal(value, locale=formatting_locale(locale))))


def format_percent(hundredths: int, locale: str | None = "en") -> str:
    """A rate in hundredths of a percent, as Klarna sends tax rates (2500 -> "25 %" in de-DE, "25%" in en)."""
    numbers = _numbers(locale)
    if numbers.percent is None:
        return _babel_percent(hundredths, locale)
    return numbers.percent.apply(hundredths, 2, numbers.decimal, numbers.group, trim=True)


def _babel_percent(hundredths: int, locale: str | None) -> str:
    from babel.numbers import format_percent as babel_percent

    value = Decimal(hundredths).scaleb(-4)  # exact: 2500 hundredths of a percent = 0.25
    return restored(str(babel_percent(value, locale=formatting_locale(locale), decimal_quantization=False)))


@functools.cache
def _accepted(currency: str, locale: str | None) -> frozenset[str]:
    """What may stand beside an amount in `currency`: its code, its symbol in this locale, in English and at home.

    A symbol with a closing dot is also taken without it ("kr." and "kr" for Danish kroner).
    """
    names = {currency, symbol(currency, locale), symbol(currency, "en")}
    if currency in _HOME:
        names.add(symbol(currency, _HOME[currency]))
    names |= {name.rstrip(".") for name in names}
    return frozenset(name.lower() for name in names if name)


@functools.cache
def _known() -> frozenset[str]:
    """Every currency code, and the symbols of Klarna's currencies: a sign to refuse, not an unknown word."""
    from babel.numbers import list_currencies

    known: set[str] = {code.lower() for code in list_currencies()}
    for code in _HOME:
        known |= _accepted(code, "en")
    return frozenset(known)


def parse_amount(text: str, currency: str | None, locale: str | None = "en", *, allow_negative: bool = False) -> int:
    """Read a typed amount into minor units exactly: "1 234,50" (sv) or "1,234.50" (en) -> 123450.

    Strict (the locale's marks per CLDR, nothing guessed):
    - the locale's decimal mark, and its grouping mark only between groups of three digits;
    - the other of "." and "," is read as a decimal mark typed by habit only where it cannot be a grouping
      ("1234.5" in de-DE); followed by exactly three digits it is refused unless it is the locale's grouping;
    - the currency's own code or symbol may stand before or after the number; another currency's is refused;
    - a minus sign (ASCII or CLDR's) only before the number or its symbol, and only when allowed;
    - no more decimals than the currency has.
    """
    if not isinstance(text, str):
        raise AmountError(Code.AMOUNT_NOT_TEXT)
    typed = text.strip()
    if not typed:
        raise AmountError(Code.AMOUNT_MISSING)
    negative, prefix, number, suffix = _pieces(typed)
    code = (currency or "").upper()
    for affix in (prefix, suffix):
        if affix:
            _check_affix(affix, typed, code, locale)
    if negative and not allow_negative:
        raise AmountError(Code.AMOUNT_NEGATIVE_TYPED)
    whole, fraction = _split(number, typed, locale)
    digits = exponent(code)
    if len(fraction) > digits:
        raise AmountError(Code.AMOUNT_TOO_MANY_DECIMALS, text=typed, currency=code, decimals=digits,
                          given=len(fraction))
    scale: int = 10**digits
    minor = int(whole or "0") * scale + int(fraction.ljust(digits, "0") or "0")
    return -minor if negative else minor


def _pieces(typed: str) -> tuple[bool, str, str, str]:
    """Split "-€ 1.234,50" into (negative, prefix, number, suffix); a sign anywhere else is not a number."""
    rest, negative, signed = typed, False, False
    if rest[0] in _SIGNS:
        negative, signed, rest = rest[0] != "+", True, rest[1:].lstrip()
    digits = [i for i, c in enumerate(rest) if c.isdigit()]
    if not digits:
        raise AmountError(Code.AMOUNT_NOT_NUMBER, text=typed)
    first, last = digits[0], digits[-1]
    if first and rest[first - 1] in ".," and (first == 1 or not rest[first - 2].isalpha()):
        first -= 1  # ".5" or "€.5"; but the dot of "kr.12" belongs to the symbol
    prefix, number, suffix = rest[:first].strip(), rest[first:last + 1], rest[last + 1:].strip()
    if prefix and prefix[-1] in _SIGNS:  # "€ -12,50": the sign after the symbol, as CLDR writes it for nl
        if signed:
            raise AmountError(Code.AMOUNT_NOT_NUMBER, text=typed)
        negative, prefix = prefix[-1] != "+", prefix[:-1].strip()
    if any(c in _SIGNS for c in prefix + number):
        raise AmountError(Code.AMOUNT_NOT_NUMBER, text=typed)
    return negative, prefix, number, suffix


def _check_affix(affix: str, typed: str, currency: str, locale: str | None) -> None:
    """Refuse what is not the currency's own code or symbol: another currency's by name, anything else as text."""
    name = affix.lower()
    accepted = _accepted(currency, locale) if currency else _known()
    if name in accepted:
        return
    if name in _known() or name.rstrip(".") in _known():
        raise AmountError(Code.AMOUNT_WRONG_CURRENCY, text=typed, given=affix, currency=currency)
    raise AmountError(Code.AMOUNT_NOT_NUMBER, text=typed)


def _split(number: str, typed: str, locale: str | None) -> tuple[str, str]:
    """Split digits with the locale's marks into (whole digits, fraction digits)."""
    decimal, group = decimal_mark(locale), group_mark(locale)
    if group in _SPACE_GROUPS:
        number = "".join(group if c in _SPACE_GROUPS else c for c in number)
    elif group in _APOSTROPHE_GROUPS:
        number = "".join(group if c in _APOSTROPHE_GROUPS else c for c in number)
    other = "." if decimal == "," else ","
    if any(not (c.isdigit() or c in (decimal, group, other)) for c in number):
        raise AmountError(Code.AMOUNT_NOT_NUMBER, text=typed)
    if number.count(decimal) > 1:
        raise AmountError(Code.AMOUNT_TWO_DECIMAL_MARKS, text=number)
    if decimal not in number and other != group and number.count(other) == 1:
        whole, _, fraction = number.partition(other)
        if len(fraction) != 3 and fraction.isdigit() and group not in whole:
            return whole, fraction  # "1234.5" in sv-SE: a decimal mark by habit, as it cannot group
        raise AmountError(Code.AMOUNT_BADLY_GROUPED, text=number)  # "1.234" in sv-SE: 1234 or 1.234?
    if decimal not in number and number.count(group) == 1 and group in ".,":
        whole, _, fraction = number.partition(group)
        if len(fraction) != 3 and fraction.isdigit() and whole:
            return whole, fraction  # "12,5" in en-GB: a comma by habit, as it cannot group
    whole, _, fraction = number.partition(decimal)
    if not fraction.isdigit() and fraction:
        raise AmountError(Code.AMOUNT_BADLY_GROUPED, text=number)
    return _ungroup(whole, group), fraction


def _ungroup(whole: str, group: str) -> str:
    """Digits of a whole part grouped by threes with the locale's grouping mark, or refused."""
    parts = whole.split(group)
    if len(parts) == 1:
        if whole and not whole.isdigit():
            raise AmountError(Code.AMOUNT_BADLY_GROUPED, text=whole)
        return whole
    if not all(part.isdigit() for part in parts) or len(parts[0]) > 3 or any(len(p) != 3 for p in parts[1:]):
        raise AmountError(Code.AMOUNT_BADLY_GROUPED, text=whole)
    return "".join(parts)
