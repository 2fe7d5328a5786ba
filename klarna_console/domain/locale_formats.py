"""What formatting amounts and dates needs of a locale, taken once from CLDR (through Babel) and then kept.

Importing Babel and loading a locale's CLDR data costs about 50 ms, most of a warm start's first paint.
The records here hold what Babel worked out (marks, pattern affixes with the symbol and currencySpacing
in place, date patterns as fields), so a start that finds them kept formats without Babel. They are built
by money.py and dates.py from Babel's own patterns and checked against Babel's output as they are built;
where a pattern holds something `NumberFormat` or `Dates` do not do, the record says None and Babel formats.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any

import msgspec

if TYPE_CHECKING:
    from babel.numbers import NumberPattern

FORMAT = 3  # the records' shape and meaning: a file of another format is built anew
Size = Annotated[int, msgspec.Meta(ge=1)]  # a grouping of 0 would never end: a damaged file is refused
# Literal text, or a field: its letter and width ("yyyy" is ("y", 4)).
Token = str | tuple[str, int]
_FIELDS: dict[str, Callable[[Any], int]] = {  # of a date, or of a datetime
    "y": lambda v: v.year, "M": lambda v: v.month, "d": lambda v: v.day,
    "H": lambda v: v.hour, "h": lambda v: v.hour % 12 or 12, "m": lambda v: v.minute, "s": lambda v: v.second,
}
DATE_FIELDS, TIME_FIELDS = "yMd", "Hhmsa"  # what CLDR's numeric dates and short times use
_QUOTED = re.compile(r"'([^']*)'")


class NumberFormat(msgspec.Struct, frozen=True):
    """A CLDR number pattern as a locale applies it: the text around the digits, and how they group.

    Affixes are (positive, negative), with the currency symbol and the locale's minus sign in place.
    """

    prefix: tuple[str, str]
    suffix: tuple[str, str]
    grouping: tuple[Size, Size]
    int_min: int  # whole digits shown at least

    def apply(self, minor: int, digits: int, decimal: str, group: str, *, trim: bool = False) -> str:
        """`minor` units of 10**-digits, with all `digits` decimals (`trim`: without trailing zeros)."""
        whole, part = divmod(abs(minor), 10**digits)
        fraction = f"{part:0{digits}d}" if digits else ""
        if trim:
            fraction = fraction.rstrip("0")
        head, grouped, size = str(whole).rjust(self.int_min, "0"), "", self.grouping[0]
        while len(head) > size:
            head, grouped, size = head[:-size], group + head[-size:] + grouped, self.grouping[1]
        return self.prefix[minor < 0] + head + grouped + (decimal + fraction if fraction else "") + self.suffix[minor < 0]


class Numbers(msgspec.Struct, frozen=True):
    """A locale's marks, and its plain number and percent patterns (None: Babel applies that pattern)."""

    decimal: str
    group: str
    plain: NumberFormat | None
    percent: NumberFormat | None


class Currency(msgspec.Struct, frozen=True):
    """A currency in a locale: its symbol, and the currency pattern with it (None: Babel applies it)."""

    symbol: str
    pattern: NumberFormat | None


class Dates(msgspec.Struct, frozen=True):
    """A locale's numeric date, short time, the short join of the two ("{1}, {0}"), and its AM/PM names."""

    date: list[Token] | None
    time: list[Token] | None
    join: str
    am_pm: tuple[str, str]

    def apply(self, tokens: list[Token], value: dt.date | dt.datetime) -> str:
        """`value` written by a pattern's tokens (date fields only for a date)."""
        parts = []
        for token in tokens:
            if isinstance(token, str):
                parts.append(token)
            elif token[0] == "a":
                parts.append(self.am_pm[_FIELDS["H"](value) >= 12])
            else:
                letter, width = token
                parts.append(f"{_FIELDS[letter](value):0{width}d}")
        return "".join(parts)


class LocaleFormats(msgspec.Struct):
    """Everything kept of one locale; a part not yet needed is None (or missing, for a currency)."""

    numbers: Numbers | None = None
    dates: Dates | None = None
    currencies: dict[str, Currency] = msgspec.field(default_factory=dict)


class Kept(msgspec.Struct):
    """What the file holds: the records and the Babel they came from (no currency's decimals: see money.exponent)."""

    format: int
    babel: str
    locales: dict[str, LocaleFormats]


class Records:
    """The records this process has: loaded from a file, or built from Babel as they were needed.

    Attributes:
        changed: something was built since the records were loaded (or the file was unusable): worth saving.
    """

    def __init__(self) -> None:
        self.locales: dict[str, LocaleFormats] = {}
        self.changed = False

    def locale(self, tag: str | None) -> LocaleFormats:
        """The record of a locale tag as the window gives it ("sv-SE"), empty at first."""
        key = tag or "en"
        found = self.locales.get(key)
        if found is None:
            found = self.locales[key] = LocaleFormats()
        return found

    def load(self, data: bytes, babel: str) -> bool:
        """Take the records of a file written with this Babel; False (taking nothing) if damaged or stale."""
        try:
            kept = msgspec.json.decode(data, type=Kept)
        except msgspec.DecodeError:  # not JSON, or not these records (ValidationError is one)
            kept = None
        if kept is None or kept.format != FORMAT or kept.babel != babel:
            self.changed = True  # to be written anew
            return False
        self.locales.update(kept.locales)
        return True

    def dump(self, babel: str) -> bytes:
        """The records as the file holds them (JSON)."""
        return msgspec.json.encode(Kept(FORMAT, babel, self.locales))


KEPT = Records()  # the process's records: money.py and dates.py read and fill them, the start-up loads and saves them


def number_format(pattern: NumberPattern, code: str = "", symbol: str = "") -> NumberFormat | None:
    """The record of a Babel number pattern, with `code`'s symbol in place; None for what NumberFormat does not do."""
    affixes = [*pattern.prefix, *pattern.suffix]
    if code:
        if any("¤¤¤" in affix for affix in affixes):
            return None  # the currency's name, which depends on the amount
        affixes = [affix.replace("¤¤", code).replace("¤", symbol) for affix in affixes]
    # Quoted pattern text is literal: the quotes go ("''" is an apostrophe). The digits are never quoted.
    affixes = [_QUOTED.sub(lambda m: m.group(1) or "'", affix) for affix in affixes]
    if pattern.exp_prec or "@" in pattern.pattern:
        return None  # scientific or significant digits
    return NumberFormat((affixes[0], affixes[1]), (affixes[2], affixes[3]),
                        (pattern.grouping[0], pattern.grouping[1]), pattern.int_prec[0])


def tokens(pattern: str, letters: str) -> list[Token] | None:
    """A CLDR date or time pattern as tokens; None if it has a field other than `letters` written with digits (or AM/PM)."""
    from babel.dates import tokenize_pattern

    found: list[Token] = []
    for _kind, value in tokenize_pattern(pattern):
        if isinstance(value, str):  # literal text
            found.append(value)
            continue
        letter, width = value
        if letter not in letters or (letter == "M" and width > 2) or (letter == "y" and width == 2):
            return None  # names of months, a year of two digits
        found.append((letter, width))
    return found
