"""CLDR's locale data through Babel, loaded on first use (Babel's import and data stay off the start-up path)."""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING

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
