"""Amounts in each of Klarna's markets, as CLDR writes them (issue 16).

The expected texts are CLDR's number and currency data (symbols, decimal and grouping marks, minus
sign, currency patterns and currencySpacing) as Babel ships it; the currencies' decimals are ISO 4217's,
the unit of Klarna's minor-unit amounts (DOMAIN.md 4.1: "Amounts, all integers in minor units").
"""

from __future__ import annotations

import pytest
from klarna_console.domain.money import (
    AmountError,
    decimal_mark,
    exponent,
    format_amount,
    format_number,
    format_percent,
    group_mark,
    parse_amount,
)
from klarna_console.reasons import Code, Reason

NBSP, MINUS = "\u00a0", "\u2212"
MARKETS = ("sv-SE", "de-DE", "nb-NO", "da-DK", "fi-FI", "nl-NL", "en-GB", "en-US")
CURRENCIES = ("SEK", "NOK", "DKK", "EUR", "GBP", "USD", "CHF", "PLN", "CZK", "JPY", "HUF")


@pytest.mark.parametrize("locale, currency, sale, refund", [
    # CLDR sv: "#,##0.00 ¤", grouping U+00A0, minus U+2212; SEK is "kr" at home.
    ("sv-SE", "SEK", f"1{NBSP}234,50{NBSP}kr", f"{MINUS}1{NBSP}234,50{NBSP}kr"),
    ("de-DE", "EUR", f"1.234,50{NBSP}€", f"-1.234,50{NBSP}€"),
    ("nb-NO", "NOK", f"1{NBSP}234,50{NBSP}kr", f"{MINUS}1{NBSP}234,50{NBSP}kr"),
    # CLDR da: DKK is "kr." and the grouping mark is ".".
    ("da-DK", "DKK", f"1.234,50{NBSP}kr.", f"-1.234,50{NBSP}kr."),
    ("fi-FI", "EUR", f"1{NBSP}234,50{NBSP}€", f"{MINUS}1{NBSP}234,50{NBSP}€"),
    # CLDR nl: "¤ #,##0.00;¤ -#,##0.00": the symbol first, the minus after it.
    ("nl-NL", "EUR", f"€{NBSP}1.234,50", f"€{NBSP}-1.234,50"),
    ("en-GB", "GBP", "£1,234.50", "-£1,234.50"),
    ("en-US", "USD", "$1,234.50", "-$1,234.50"),
])
def test_each_market_writes_its_own_currency_its_own_way(locale, currency, sale, refund):
    """A sale and a refund of 1234.50 in the market's currency, per CLDR's pattern for the locale."""
    assert format_amount(123450, currency, locale) == sale
    assert format_amount(-123450, currency, locale) == refund
    assert parse_amount(sale, currency, locale) == 123450
    assert parse_amount(refund, currency, locale, allow_negative=True) == -123450


@pytest.mark.parametrize("locale, text", [
    # CLDR 48 (CLDR-13542) groups Swiss amounts with an ASCII apostrophe; de-CH and it-CH put the symbol first.
    ("de-CH", "CHF 1'234'567.89"), ("it-CH", "CHF 1'234'567.89"), ("fr-CH", "1'234'567,89 CHF"),
])
def test_swiss_amounts_over_a_million_keep_every_grouping_mark(locale, text):
    """Babel reads two apostrophes in its own output as a quoted text and drops them ("CHF 1234567.89")."""
    assert format_amount(123456789, "CHF", locale) == text.replace(" ", NBSP)
    assert format_amount(123456789, "CHF", locale, with_currency=False) == text.split(" CHF")[0].removeprefix("CHF ")
    assert parse_amount(text, "CHF", locale) == 123456789
    assert format_number(1234567, locale) == "1'234'567"


@pytest.mark.parametrize("locale, text", [
    # CLDR: a symbol ending in a letter is set apart from the digits (currencySpacing).
    ("sv-SE", f"100{NBSP}000{NBSP}JPY"), ("de-DE", f"100.000{NBSP}¥"), ("da-DK", f"100.000{NBSP}JP¥"),
    ("nl-NL", f"JP¥{NBSP}100.000"), ("en-GB", "JP¥100,000"), ("en-US", "¥100,000"),
])
def test_a_zero_decimal_currency_has_no_decimal_mark(locale, text):
    """ISO 4217 and CLDR: the yen has no minor unit, so 100000 is a hundred thousand yen."""
    assert exponent("JPY") == 0
    assert format_amount(100000, "JPY", locale) == text
    assert parse_amount(text, "JPY", locale) == 100000


def test_the_forint_counts_iso_minor_units_not_cldr_display_digits():
    """CLDR shows whole forints (digits 0); ISO 4217, and so Klarna, counts fillér: nothing is rounded away."""
    assert exponent("HUF") == 2
    assert format_amount(12345, "HUF", "hu-HU") == f"123,45{NBSP}Ft"
    assert parse_amount("123,45 Ft", "HUF", "hu-HU") == 12345


@pytest.mark.parametrize("minor", [0, 1, 5, 99, 100, 123450, -500, -123456, 20000000000])
@pytest.mark.parametrize("currency", CURRENCIES)
@pytest.mark.parametrize("locale", MARKETS)
def test_what_is_written_is_read_back_exactly(locale, currency, minor):
    """Every market reads back every currency it writes, with and without the symbol, refunds included."""
    assert parse_amount(format_amount(minor, currency, locale), currency, locale, allow_negative=True) == minor
    bare = format_amount(minor, currency, locale, with_currency=False)
    assert parse_amount(bare, currency, locale, allow_negative=True) == minor


@pytest.mark.parametrize("locale, decimal, group", [
    ("sv-SE", ",", NBSP), ("de-DE", ",", "."), ("nb-NO", ",", NBSP), ("da-DK", ",", "."),
    ("fi-FI", ",", NBSP), ("nl-NL", ",", "."), ("en-GB", ".", ","), ("en-US", ".", ","),
])
def test_marks_are_cldrs(locale, decimal, group):
    assert (decimal_mark(locale), group_mark(locale)) == (decimal, group)


@pytest.mark.parametrize("text, locale, minor", [
    ("1 234,50", "sv-SE", 123450),  # a typed space where CLDR groups with a no-break space
    ("1234,50", "fi-FI", 123450),  # plain digits with the decimal mark
    ("1.234,50", "da-DK", 123450),
    ("1234.5", "sv-SE", 123450),  # "." cannot group here (one digit follows): a decimal mark by habit
    (f"{MINUS}12,00 kr", "sv-SE", -1200),  # CLDR's minus sign as written
    ("-12,00 kr", "nb-NO", -1200),  # the ASCII one a keyboard gives
    ("€ -12,50", "nl-NL", -1250),  # the minus after the symbol, as nl writes it
    ("-€12.50", "en-GB", -1250),
    ("EUR 12,50", "de-DE", 1250),  # the code instead of the symbol, either side
    ("12,50 EUR", "nl-NL", 1250),
])
def test_what_people_type_in_their_locale(text, locale, minor):
    currency = "SEK" if "kr" in text and locale == "sv-SE" else "NOK" if "kr" in text else "EUR"
    assert parse_amount(text, currency, locale, allow_negative=True) == minor


@pytest.mark.parametrize("text, currency, locale, code, values", [
    # "," is the decimal mark in German: three decimals do not fit the euro (1234 or 1.234?) - refused.
    ("1,234", "EUR", "de-DE", Code.AMOUNT_TOO_MANY_DECIMALS,
     {"text": "1,234", "currency": "EUR", "decimals": 2, "given": 3}),
    # "." is not a grouping mark in Swedish: "1.234" is 1234 or 1.234, so it is refused, not guessed.
    ("1.234", "SEK", "sv-SE", Code.AMOUNT_BADLY_GROUPED, {"text": "1.234"}),
    # Another locale's grouping: German marks in a Swedish amount.
    ("1.234,50", "SEK", "sv-SE", Code.AMOUNT_BADLY_GROUPED, {"text": "1.234"}),
    ("1,234.50", "EUR", "de-DE", Code.AMOUNT_BADLY_GROUPED, {"text": "1,234.50"}),
    ("12 34,50", "EUR", "de-DE", Code.AMOUNT_NOT_NUMBER, {"text": "12 34,50"}),  # a space is not German grouping
    ("12,345", "NOK", "nb-NO", Code.AMOUNT_TOO_MANY_DECIMALS,
     {"text": "12,345", "currency": "NOK", "decimals": 2, "given": 3}),
    ("12,5", "JPY", "de-DE", Code.AMOUNT_TOO_MANY_DECIMALS,
     {"text": "12,5", "currency": "JPY", "decimals": 0, "given": 1}),
    ("12 kr", "EUR", "fi-FI", Code.AMOUNT_WRONG_CURRENCY, {"text": "12 kr", "given": "kr", "currency": "EUR"}),
    ("€ 12,50", "DKK", "da-DK", Code.AMOUNT_WRONG_CURRENCY, {"text": "€ 12,50", "given": "€", "currency": "DKK"}),
    ("12,50 zł", "SEK", "sv-SE", Code.AMOUNT_WRONG_CURRENCY, {"text": "12,50 zł", "given": "zł", "currency": "SEK"}),
    ("12 euro", "EUR", "nl-NL", Code.AMOUNT_NOT_NUMBER, {"text": "12 euro"}),
    ("12-", "EUR", "de-DE", Code.AMOUNT_NOT_NUMBER, {"text": "12-"}),  # a minus only before the number
    ("−5,00 kr", "SEK", "sv-SE", Code.AMOUNT_NEGATIVE_TYPED, {}),  # CLDR's minus, where no refund is allowed
])
def test_strict_refusals_say_why(text, currency, locale, code, values):
    """Parsing takes the locale's CLDR marks and the currency's own signs only; anything else is refused."""
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency, locale)
    assert caught.value.reason == Reason(code, values)


@pytest.mark.parametrize("locale, count, rate", [
    ("sv-SE", f"1{NBSP}234{NBSP}567", f"25{NBSP}%"), ("de-DE", "1.234.567", f"25{NBSP}%"),
    ("nb-NO", f"1{NBSP}234{NBSP}567", f"25{NBSP}%"), ("da-DK", "1.234.567", f"25{NBSP}%"),
    ("fi-FI", f"1{NBSP}234{NBSP}567", f"25{NBSP}%"), ("nl-NL", "1.234.567", "25%"),
    ("en-GB", "1,234,567", "25%"), ("en-US", "1,234,567", "25%"),
])
def test_counts_and_percentages(locale, count, rate):
    """CLDR's decimal and percent patterns; Klarna's tax rates are hundredths of a percent (2500 = 25 %)."""
    assert format_number(1234567, locale) == count
    assert format_percent(2500, locale) == rate
    assert format_percent(1250, locale).startswith("12" + decimal_mark(locale) + "5")
