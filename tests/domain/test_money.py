"""Amounts typed by people become exact minor units, and minor units read naturally again."""

from __future__ import annotations

import pytest
from klarna_console.domain.money import AmountError, exponent, format_amount, parse_amount
from klarna_console.reasons import Code, Reason


@pytest.mark.parametrize("text, currency, locale, minor", [
    ("1 234,50", "SEK", "sv-SE", 123450),
    ("1\u00a0234,50\u00a0kr", "SEK", "sv-SE", 123450),
    ("1.234,50", "EUR", "de-DE", 123450),
    ("1.234,50 €", "EUR", "de-DE", 123450),
    ("€ 12,50", "EUR", "de-DE", 1250),
    ("1,234.50", "USD", "en-US", 123450),
    ("$1,234.50", "USD", "en-US", 123450),
    ("1234.5", "EUR", "de-DE", 123450),  # a dot typed by habit is still read as decimals
    ("12,5", "GBP", "en-GB", 1250),
    ("1.234", "EUR", "de-DE", 123400),  # German grouping
    ("1,234", "USD", "en-US", 123400),  # English grouping
    ("0.01", "EUR", "en", 1),
    ("0,1", "NOK", "nb-NO", 10),
    ("1,234,567.89", "AUD", "en-AU", 123456789),
    ("1'234.50", "CHF", "de-CH", 123450),
    ("1000", "JPY", "en", 1000),
    ("  7  ", "DKK", "da-DK", 700),
    ("2000000", "EUR", "en", 200000000),
    ("0.29", "EUR", "en", 29),  # would be 28.999… as a float
    ("19.99", "USD", "en", 1999),
])
def test_parse_amount_is_exact(text, currency, locale, minor):
    assert parse_amount(text, currency, locale) == minor


@pytest.mark.parametrize("text, currency, code, values", [
    ("", "EUR", Code.AMOUNT_MISSING, {}),
    ("abc", "EUR", Code.AMOUNT_NOT_NUMBER, {"text": "abc"}),
    ("12.345", "USD", Code.AMOUNT_TOO_MANY_DECIMALS, {"text": "12.345", "currency": "USD", "decimals": 2, "given": 3}),
    ("1.5", "JPY", Code.AMOUNT_TOO_MANY_DECIMALS, {"text": "1.5", "currency": "JPY", "decimals": 0, "given": 1}),
    ("-5", "EUR", Code.AMOUNT_NEGATIVE_TYPED, {}),
    ("1,23,4", "EUR", Code.AMOUNT_BADLY_GROUPED, {"text": "1,23,4"}),
    ("1.2.3,4,5", "EUR", Code.AMOUNT_TWO_DECIMAL_MARKS, {"text": "1.2.3,4,5"}),
    ("12e3", "EUR", Code.AMOUNT_NOT_NUMBER, {"text": "12e3"}),
])
def test_parse_amount_explains_what_is_wrong(text, currency, code, values):
    """The reason names what is wrong with the values the window words it with (tests/ui/test_reason_text.py)."""
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency, "en")
    assert caught.value.reason == Reason(code, values)


@pytest.mark.parametrize("text, currency, given", [
    ("€12", "SEK", "€"),  # issue 11: this was read as 12 kronor
    ("12 EUR", "SEK", "EUR"),
    ("$5", "GBP", "$"),
    ("£5", "USD", "£"),
    ("kr 12", "EUR", "kr"),
    ("12 SEK", "NOK", "SEK"),
    ("¥100", "JPY", None),  # its own symbol: fine
])
def test_another_currencys_symbol_or_code_is_refused_naming_the_expected_currency(text, currency, given):
    if given is None:
        assert parse_amount(text, currency, "en") > 0
        return
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency, "en")
    assert caught.value.reason == Reason(Code.AMOUNT_WRONG_CURRENCY, {"text": text, "given": given, "currency": currency})


@pytest.mark.parametrize("text, currency, minor", [
    ("kr 12", "SEK", 1200), ("12 kr", "NOK", 1200), ("12 SEK", "SEK", 1200), ("sek 12", "SEK", 1200),
    ("€ 12", "EUR", 1200), ("12 EUR", "EUR", 1200), ("$5", "USD", 500), ("$5", "AUD", 500), ("A$5", "AUD", 500),
    ("£5", "GBP", 500), ("5 GBP", "GBP", 500), ("12 kr", "DKK", 1200), ("12", "SEK", 1200),
])
def test_the_orders_own_currency_may_stand_beside_the_amount(text, currency, minor):
    assert parse_amount(text, currency, "en") == minor


def test_without_a_currency_any_known_symbol_is_dropped():
    # The search's amount filter with no currency chosen: "€12" and "12 kr" are both 12.00.
    assert parse_amount("€12", None) == parse_amount("12 kr", None) == 1200


def test_negative_amounts_only_when_asked():
    assert parse_amount("-5,00", "EUR", "de", allow_negative=True) == -500


@pytest.mark.parametrize("minor, currency, locale, text", [
    (123450, "EUR", "de-DE", "1.234,50\u00a0€"),
    (123450, "SEK", "sv-SE", "1\u00a0234,50\u00a0kr"),
    (123450, "USD", "en-US", "$1,234.50"),
    (-500, "GBP", "en-GB", "-£5.00"),
    (1000, "JPY", "en", "¥1,000"),
    (5, "EUR", "fr-FR", "0,05\u00a0€"),
    # CLDR: English writes a foreign krone by its code, before the number, set apart by currencySpacing
    # (the old hand-written table put "kr" after it).
    (100, "NOK", "en-GB", "NOK\u00a01.00"),
    (0, "DKK", "da-DK", "0,00\u00a0kr."),
    # CLDR: at home in Australia the dollar is "$" ("A$" is how other English locales write it).
    (123456789, "AUD", "en-AU", "$1,234,567.89"),
])
def test_format_amount_per_currency_and_locale(minor, currency, locale, text):
    """Symbols, marks and patterns are CLDR's (through Babel)."""
    assert format_amount(minor, currency, locale) == text


@pytest.mark.parametrize("minor", [0, 1, 99, 100, 12345, 200000000, 987654321])
@pytest.mark.parametrize("currency, locale", [("EUR", "de-DE"), ("SEK", "sv-SE"), ("USD", "en-US"), ("JPY", "en")])
def test_format_then_parse_round_trips(minor, currency, locale):
    assert parse_amount(format_amount(minor, currency, locale), currency, locale) == minor


def test_lowercase_currency_codes_work():
    assert exponent("usd") == 2
    assert format_amount(150, "usd", "en-US") == "$1.50"


def test_floats_are_refused():
    with pytest.raises(TypeError):
        format_amount(1.5, "EUR")  # type: ignore[arg-type]
