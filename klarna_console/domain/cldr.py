"""CLDR's locale data through Babel, loaded on first use (Babel's import and data stay off the start-up path)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from babel import Locale


@functools.cache
def babel_locale(locale: str | None) -> Locale:
    """Babel's locale for a tag such as "sv-SE", "de_DE" or "en"; English if CLDR does not know it."""
    from babel import Locale, UnknownLocaleError

    tag = (locale or "en").replace("-", "_")
    try:
        return Locale.parse(tag)
    except (UnknownLocaleError, ValueError):
        try:
            return Locale.parse(tag.split("_")[0])
        except (UnknownLocaleError, ValueError):
            return Locale.parse("en")


# CLDR 48 made the Swiss grouping mark an ASCII apostrophe (CLDR-13542: de-CH, fr-CH, it-CH...). Babel's
# last formatting step takes quotes out of the whole text ('text' -> text), digits included, so it wrote
# CHF 1'234'567.89 as "CHF 1234567.89". Babel is handed a stand-in mark instead, put back afterwards.
STAND_IN = "\ue000"  # a private-use character: no CLDR data holds it


@functools.cache
def formatting_locale(locale: str | None) -> Locale:
    """Babel's locale as its formatting calls take it: an apostrophe grouping mark replaced by STAND_IN."""
    loc = babel_locale(locale)
    if "'" not in str(loc.number_symbols["latn"].get("group", "")):
        return loc
    return _stand_in_groups()(loc.language, loc.territory, loc.script, loc.variant, loc.modifier)


def restored(text: str) -> str:
    """Text formatted with a formatting_locale, with its grouping marks back."""
    return text.replace(STAND_IN, "'")


@functools.cache
def _stand_in_groups() -> type[Locale]:
    """A Locale whose latin grouping mark has STAND_IN for each apostrophe (made on first use: Babel loads late)."""
    from babel import Locale

    class StandInGroups(Locale):
        @property
        def number_symbols(self) -> Any:
            symbols = dict(super().number_symbols)
            latin = dict(symbols["latn"])
            latin["group"] = str(latin["group"]).replace("'", STAND_IN)
            symbols["latn"] = latin
            return symbols

    return StandInGroups
