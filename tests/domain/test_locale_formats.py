"""Kept locale formats write exactly what Babel writes (issue 17): Babel stays the source of truth.

A warm start formats from records Babel worked out on an earlier start (locale_formats.py). Here the
records are built, written to JSON and read back into an empty process state, as a warm start reads them,
and every amount, rate, date and time they write is compared with Babel's own formatting of it.
"""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest
from babel import localedata
from klarna_console.domain import dates, money
from klarna_console.domain.dates import format_date, format_datetime, format_time
from klarna_console.domain.locale_formats import (
    DATE_FIELDS,
    FORMAT,
    KEPT,
    TIME_FIELDS,
    NumberFormat,
    number_format,
    tokens,
)
from klarna_console.domain.money import (
    decimal_mark,
    exponent,
    format_amount,
    format_percent,
    group_mark,
    parse_amount,
    symbol,
)

BABEL = "test-babel"
# The usual locales of the window's seven languages.
MARKETS = ("sv-SE", "sv-FI", "de-DE", "de-AT", "de-CH", "nb-NO", "da-DK", "fi-FI", "nl-NL", "nl-BE",
           "en-GB", "en-US", "en-IE", "en-AU", "en-CA", "en")
# Every 25th CLDR locale (deterministic: sorted), and locales whose own digits are not latin (Babel,
# as called here, writes latin digits for them too), or whose short time has a day period (zh-Hant).
OTHERS = tuple(dict.fromkeys(
    [tag.replace("_", "-") for tag in sorted(localedata.locale_identifiers())[::25]]
    + ["ar-EG", "ar-SA", "fa-IR", "bn-BD", "mr-IN", "ne-NP", "my-MM", "hi-IN", "ja-JP", "ko-KR", "zh-Hant-TW",
       "he-IL", "th-TH", "pl-PL", "cs-CZ", "hu-HU", "fr-CH", "it-CH", "es-MX", "pt-BR", "is-IS", "tr-TR"]))
CURRENCIES = ("SEK", "EUR", "NOK", "DKK", "GBP", "USD", "CHF", "JPY", "KWD", "ISK", "HUF", "PLN", "AUD")
AMOUNTS = (0, 1, -1, 5, 99, -100, 123450, -123450, 100000000, -98765432101234)
RATES = (0, 5, 700, 1250, 1234, 2500, -2500)
TIMES = (dt.datetime(2026, 3, 9, 0, 0), dt.datetime(2026, 3, 9, 12, 0), dt.datetime(2026, 1, 1, 0, 30),
         dt.datetime(2026, 12, 31, 12, 45), dt.datetime(2026, 7, 4, 23, 59), dt.datetime(2009, 10, 20, 9, 5))


def written(locale: str) -> list[str]:
    """Everything the window writes with a locale's formats."""
    texts = [decimal_mark(locale), group_mark(locale)]
    for currency in CURRENCIES:
        texts += [symbol(currency, locale), str(exponent(currency))]
        texts += [format_amount(minor, currency, locale, with_currency=show) for minor in AMOUNTS for show in (True, False)]
    texts += [format_percent(rate, locale) for rate in RATES]
    for value in TIMES:
        texts += [format_date(value, locale), format_date(value.date(), locale), format_time(value, locale),
                  format_datetime(value, locale)]
    return texts


def babels(locale: str) -> list[str]:
    """The same, by Babel (through the code that formatted everything before the records existed)."""
    from babel.numbers import get_currency_precision, get_currency_symbol
    from klarna_console.domain.cldr import babel_locale

    loc = babel_locale(locale)
    texts = [loc.number_symbols["latn"]["decimal"], loc.number_symbols["latn"]["group"]]
    for currency in CURRENCIES:
        digits = 2 if currency == "HUF" else get_currency_precision(currency)  # ISO's minor unit for HUF
        texts += [get_currency_symbol(currency, loc), str(digits)]
        texts += [money._babel_amount(minor, currency if show else "", digits, locale) for minor in AMOUNTS for show in (True, False)]
    texts += [money._babel_percent(rate, locale) for rate in RATES]
    date, time, join = dates._patterns(locale)
    for value in TIMES:
        both = join.replace("{1}", date.apply(value, loc)).replace("{0}", time.apply(value, loc))
        texts += [date.apply(value, loc), date.apply(value.date(), loc), time.apply(value, loc), both]
    return texts


def warm(locale: str) -> None:
    """Build a locale's records, write them out, and read them back into an empty state (a warm start)."""
    written(locale)
    data = KEPT.dump(BABEL)
    KEPT.locales.clear()
    assert KEPT.load(data, BABEL)
    KEPT.changed = False


def fallbacks(locale: str) -> list[str]:
    """The parts of a locale's records left to Babel."""
    record = KEPT.locale(locale)
    parts = {code: currency.pattern for code, currency in record.currencies.items()}
    if record.numbers is not None:
        parts |= {"plain": record.numbers.plain, "percent": record.numbers.percent}
    if record.dates is not None:
        parts |= {"date": record.dates.date, "time": record.dates.time}
    return sorted(name for name, part in parts.items() if part is None)


@pytest.mark.parametrize("locale", MARKETS + OTHERS)
def test_kept_records_write_what_babel_writes(kept, locale):
    warm(locale)
    assert written(locale) == babels(locale)
    assert not KEPT.changed, "all of it came from the kept records: nothing was worked out again"


@pytest.mark.parametrize("locale", MARKETS)
def test_the_markets_locales_are_written_without_babel(kept, locale):
    """For these the records do everything (de-CH too, whose "'" grouping Babel reads as quotes)."""
    warm(locale)
    assert fallbacks(locale) == []


def test_most_locales_need_no_babel_and_what_the_records_do_not_do_is_left_to_it(kept):
    for locale in OTHERS:
        warm(locale)
    left = {locale: fallbacks(locale) for locale in OTHERS if fallbacks(locale)}
    # zh-Hant writes its short time with a day period ("Bh:mm": 上午, 中午, 晚上...): Babel writes those
    # (the first test compares them). Of the fields, only numeric ones and AM/PM are kept.
    assert left == {"zh-Hant-TW": ["time"]}
    assert tokens("d.M.y", DATE_FIELDS) == [("d", 1), ".", ("M", 1), ".", ("y", 1)]
    assert tokens("EEE d.M.y", DATE_FIELDS) is None and tokens("d. MMM y", DATE_FIELDS) is None
    assert tokens("d.M.yy", DATE_FIELDS) is None and tokens("K:mm", TIME_FIELDS) is None


def test_a_record_that_would_write_otherwise_is_not_kept(kept, monkeypatch):
    """Whatever the records get wrong is caught when they are built: Babel writes it instead."""
    right = NumberFormat.apply
    monkeypatch.setattr(NumberFormat, "apply", lambda self, *a, **k: right(self, *a, **k).replace(",", ""))
    assert format_amount(123456789, "USD", "en-US") == "$1,234,567.89"
    assert format_percent(1000000, "en-US") == "10,000%"
    assert fallbacks("en-US") == ["USD", "percent", "plain"]


@pytest.mark.parametrize("damage", [
    b"", b"{not json", b'{"format": 1}', b"[]",
    msgspec.json.encode({"format": 99, "babel": BABEL, "locales": {}}),  # another record format
    msgspec.json.encode({"format": FORMAT, "babel": "0.9", "locales": {}}),  # another Babel
    msgspec.json.encode({"format": FORMAT, "babel": BABEL, "locales": {"xx": {"numbers": {
        "decimal": ".", "group": ",", "percent": None,
        "plain": {"prefix": ["", "-"], "suffix": ["", ""], "grouping": [0, 0], "int_min": 1}}}}}),  # never ends
])
def test_a_damaged_or_stale_file_is_not_taken(kept, damage):
    assert not KEPT.load(damage, BABEL)
    assert KEPT.locales == {}
    assert KEPT.changed, "so that the start writes it anew"


def test_no_kept_file_changes_how_many_decimals_an_amount_sent_to_klarna_has(kept):
    # ISO 4217 minor units (Klarna's unit, DOMAIN.md) are written in the code for every currency Klarna
    # settles in: an old or edited file saying SEK has 0 decimals must not make "100,00" 100 minor units.
    assert KEPT.load(msgspec.json.encode({"format": FORMAT, "babel": BABEL, "digits": {"SEK": 0, "JPY": 2},
                                          "locales": {}}), BABEL)
    assert exponent("SEK") == 2 and exponent("JPY") == 0
    assert parse_amount("100,00", "SEK", "sv-SE") == 10000


def test_quoted_pattern_text_loses_its_quotes_and_the_digits_keep_their_apostrophes():
    """CLDR quotes a pattern's literal text ('Nr. '); Swiss amounts group with "'" (CLDR 48): neither is the other."""
    from babel.numbers import parse_pattern

    record = number_format(parse_pattern("'Nr. '#,##0.00;'Nr. '-#,##0.00"))
    assert record is not None
    assert record.apply(123456789, 2, ".", "'") == "Nr. 1'234'567.89"
    assert record.apply(-123456789, 2, ".", "'") == "Nr. -1'234'567.89"
