"""Dates and times for people, in their locale's way per CLDR (through Babel): "1.12.2026, 14:03" in de-DE.

Dates are numeric with the full year (CLDR's "yMd" skeleton), so tables stay narrow and no century is
guessed; times are CLDR's short time (24-hour or "2:03 PM" as the locale writes it). Aware datetimes are
shown in the computer's time zone. What Babel works out for a locale is kept (locale_formats.py), so a
warm start formats without Babel.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from .cldr import babel_locale
from .locale_formats import DATE_FIELDS, KEPT, TIME_FIELDS, Dates, tokens

if TYPE_CHECKING:
    from babel.dates import DateTimePattern

# Times and dates a kept pattern is checked on against Babel when it is built: midnight, noon, a.m. and p.m.,
# one- and two-digit days, months, hours.
_PROBES = (dt.datetime(2026, 1, 5, 0, 0), dt.datetime(2026, 12, 31, 12, 0), dt.datetime(2026, 3, 9, 14, 5, 7),
           dt.datetime(1999, 10, 1, 9, 30), dt.datetime(2009, 7, 20, 23, 59, 59))


@functools.cache
def _patterns(locale: str | None) -> tuple[DateTimePattern, DateTimePattern, str]:
    """(date pattern, short time pattern, how the two are joined) for a locale, looked up once."""
    from babel.dates import get_datetime_format, get_time_format, match_skeleton, parse_pattern

    loc = babel_locale(locale)
    skeletons = loc.datetime_skeletons
    date = skeletons.get("yMd") or skeletons[match_skeleton("yMd", skeletons) or "yMd"]
    if isinstance(date, str):
        date = parse_pattern(date)
    return date, get_time_format("short", loc), str(get_datetime_format("short", loc))


def _dates(locale: str | None) -> Dates:
    """The locale's date and time patterns as fields: kept, or worked out by Babel now (and kept)."""
    kept = KEPT.locale(locale)
    if kept.dates is None:
        from babel.dates import DateTimeFormat

        date, time, join = _patterns(locale)
        loc = babel_locale(locale)
        date_tokens, time_tokens = tokens(date.pattern, DATE_FIELDS), tokens(time.pattern, TIME_FIELDS)
        period = "a" * next((t[1] for t in time_tokens or () if isinstance(t, tuple) and t[0] == "a"), 1)
        found = Dates(date_tokens, time_tokens, join, (DateTimeFormat(dt.time(0), loc)[period],
                                                        DateTimeFormat(dt.time(12), loc)[period]))
        if date_tokens and any(found.apply(date_tokens, v) != date.apply(v, loc) for v in _PROBES):
            date_tokens = None
        if time_tokens and any(found.apply(time_tokens, v) != time.apply(v, loc) for v in _PROBES):
            time_tokens = None
        kept.dates, KEPT.changed = Dates(date_tokens, time_tokens, join, found.am_pm), True
    return kept.dates


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def format_date(value: dt.date | dt.datetime | None, locale: str | None = "en") -> str:
    """A date as the locale writes it with digits: 2026-12-01 (sv-SE), 1.12.2026 (de-DE), 12/1/2026 (en-US)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _local(value)
    kept = _dates(locale)
    if kept.date is not None:
        return kept.apply(kept.date, value)
    date, _, _ = _patterns(locale)
    return str(date.apply(value, babel_locale(locale)))


def format_time(value: dt.datetime | None, locale: str | None = "en") -> str:
    """A time of day, CLDR's short time: 14:03 (sv-SE, de-DE), 14.03 (da-DK), 2:03 PM (en-US)."""
    if value is None:
        return ""
    kept = _dates(locale)
    if kept.time is not None:
        return kept.apply(kept.time, _local(value))
    _, time, _ = _patterns(locale)
    return str(time.apply(_local(value), babel_locale(locale)))


def format_datetime(value: dt.datetime | None, locale: str | None = "en") -> str:
    """A date and time: "2026-12-01 14:03" (sv-SE), "1.12.2026, 14:03" (de-DE), "12/1/2026, 2:03 PM" (en-US)."""
    if value is None:
        return ""
    local = _local(value)
    return _dates(locale).join.replace("{1}", format_date(local, locale)).replace("{0}", format_time(local, locale))
