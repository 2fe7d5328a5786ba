"""Dates and times in each of Klarna's markets, as CLDR writes them (issue 16).

The expected texts are CLDR's date data as Babel ships it: the "yMd" skeleton (numeric date, full
year), the short time format, and the short pattern joining the two.
"""

from __future__ import annotations

import datetime as dt

import pytest
from klarna_console.domain.dates import format_date, format_datetime, format_time

AFTERNOON = dt.datetime(2026, 3, 9, 14, 5)  # naive: shown as it is
NNBSP = "\u202f"


@pytest.mark.parametrize("locale, date, time, both", [
    ("sv-SE", "2026-03-09", "14:05", "2026-03-09 14:05"),
    ("de-DE", "9.3.2026", "14:05", "9.3.2026, 14:05"),
    ("nb-NO", "9.3.2026", "14:05", "9.3.2026, 14:05"),
    ("da-DK", "9.3.2026", "14.05", "9.3.2026 14.05"),
    ("fi-FI", "9.3.2026", "14.05", "9.3.2026 14.05"),
    ("nl-NL", "9-3-2026", "14:05", "9-3-2026, 14:05"),
    ("en-GB", "09/03/2026", "14:05", "09/03/2026, 14:05"),
    ("en-US", "3/9/2026", f"2:05{NNBSP}PM", f"3/9/2026, 2:05{NNBSP}PM"),
])
def test_each_market_writes_dates_and_times_its_own_way(locale, date, time, both):
    assert format_date(AFTERNOON, locale) == date
    assert format_date(AFTERNOON.date(), locale) == date
    assert format_time(AFTERNOON, locale) == time
    assert format_datetime(AFTERNOON, locale) == both


def test_an_aware_time_is_shown_in_the_computers_time_zone():
    """Klarna's times are UTC; people read them in their own zone (as the window did before)."""
    utc = dt.datetime(2026, 3, 9, 23, 30, tzinfo=dt.timezone.utc)
    local = utc.astimezone()
    assert format_datetime(utc, "sv-SE") == f"{local:%Y-%m-%d %H:%M}"


def test_unknown_or_missing():
    assert format_date(None, "de-DE") == format_datetime(None, "de-DE") == format_time(None, "de-DE") == ""
    assert format_date(AFTERNOON, "xx-YY") == format_date(AFTERNOON, "en")  # CLDR has no such locale: English
