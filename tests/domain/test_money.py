"""Amounts typed by people become exact minor units, and minor units read naturally again."""

from __future__ import annotations

import pytest
from klarna_console.domain.money import AmountError, exponent, format_amount, parse_amount


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


@pytest.mark.parametrize("text, currency, message", [
    ("", "EUR", "enter an amount"),
    ("abc", "EUR", "'abc' is not an amount"),
    ("12.345", "USD", "USD has 2 decimals; '12.345' has 3"),
    ("1.5", "JPY", "JPY has no decimals"),
    ("-5", "EUR", "cannot be negative"),
    ("1,23,4", "EUR", "not grouped in thousands"),
    ("1.2.3,4,5", "EUR", "more than one decimal mark"),
    ("12e3", "EUR", "is not an amount"),
])
def test_parse_amount_explains_what_is_wrong(text, currency, message):
    with pytest.raises(AmountError, match=message):
        parse_amount(text, currency, "en")


def test_negative_amounts_only_when_asked():
    assert parse_amount("-5,00", "EUR", "de", allow_negative=True) == -500


@pytest.mark.parametrize("minor, currency, locale, text", [
    (123450, "EUR", "de-DE", "1.234,50\u00a0€"),
    (123450, "SEK", "sv-SE", "1\u00a0234,50\u00a0kr"),
    (123450, "USD", "en-US", "$1,234.50"),
    (-500, "GBP", "en-GB", "-£5.00"),
    (1000, "JPY", "en", "¥1,000"),
    (5, "EUR", "fr-FR", "0,05\u00a0€"),
    (100, "NOK", "en-GB", "1.00\u00a0kr"),
    (0, "DKK", "da-DK", "0,00\u00a0kr."),
    (123456789, "AUD", "en-AU", "A$1,234,567.89"),
])
def test_format_amount_per_currency_and_locale(minor, currency, locale, text):
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
