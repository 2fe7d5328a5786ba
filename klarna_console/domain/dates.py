"""Dates and times for people, in their locale's way per CLDR (through Babel): "1.12.2026, 14:03" in de-DE.

Dates are numeric with the full year (CLDR's "yMd" skeleton), so tables stay narrow and no century is
guessed; times are CLDR's short time (24-hour or "2:03 PM" as the locale writes it). Aware datetimes are
shown in the computer's time zone.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import TYPE_CHECKING

from .cldr import babel_locale

if TYPE_CHECKING:
    from babel.dates import DateTimePattern


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


def _local(value: dt.datetime) -> dt.datetime:
    return value.astimezone() if value.tzinfo is not None else value


def format_date(value: dt.date | dt.datetime | None, locale: str | None = "en") -> str:
    """A date as the locale writes it with digits: 2026-12-01 (sv-SE), 1.12.2026 (de-DE), 12/1/2026 (en-US)."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = _local(value)
    date, _, _ = _patterns(locale)
    return str(date.apply(value, babel_locale(locale)))


def format_time(value: dt.datetime | None, locale: str | None = "en") -> str:
    """A time of day, CLDR's short time: 14:03 (sv-SE, de-DE), 14.03 (da-DK), 2:03 PM (en-US)."""
    if value is None:
        return ""
    _, time, _ = _patterns(locale)
    return str(time.apply(_local(value), babel_locale(locale)))


def format_datetime(value: dt.datetime | None, locale: str | None = "en") -> str:
    """A date and time: "2026-12-01 14:03" (sv-SE), "1.12.2026, 14:03" (de-DE), "12/1/2026, 2:03 PM" (en-US)."""
    if value is None:
        return ""
    local = _local(value)
    _, _, joined = _patterns(locale)
    return joined.replace("{1}", format_date(local, locale)).replace("{0}", format_time(local, locale))
