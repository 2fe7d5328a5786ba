"""The locale formats file: a warm start reads it and formats without importing Babel (issue 17)."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import babel
import pytest
from klarna_console.domain.dates import format_date, format_datetime, format_time
from klarna_console.domain.locale_formats import KEPT
from klarna_console.domain.money import format_amount, format_percent
from klarna_console.paths import Paths
from klarna_console.services import locale_formats_file
from klarna_console.services.locale_formats_file import FILE_NAME, babel_version, load, save

LOCALES = ("sv-SE", "de-AT", "en-US", "de-CH")
NOON = dt.datetime(2026, 3, 9, 12, 0)
# What a first paint shows, in a process of its own: the file read, then amounts, a rate, dates and times.
CHILD = """
import datetime as dt, json, sys
from klarna_console.paths import Paths
from klarna_console.services import locale_formats_file
from klarna_console.domain.dates import format_date, format_datetime, format_time
from klarna_console.domain.money import format_amount, format_percent

loaded = locale_formats_file.load(Paths.resolve(sys.argv[1]))
noon = dt.datetime(2026, 3, 9, 12, 0)
texts = [[format_amount(-123456789, "SEK", tag), format_amount(5, "EUR", tag), format_percent(2500, tag),
          format_date(noon, tag), format_time(noon, tag), format_datetime(noon, tag)] for tag in sys.argv[2:]]
print(json.dumps({"loaded": loaded, "babel": sorted(m for m in sys.modules if m.split(".")[0] == "babel"), "texts": texts}))
"""


def shown(tag: str) -> list[str]:
    return [format_amount(-123456789, "SEK", tag), format_amount(5, "EUR", tag), format_percent(2500, tag),
            format_date(NOON, tag), format_time(NOON, tag), format_datetime(NOON, tag)]


def warm_start(home: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", CHILD, str(home), *LOCALES], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_the_version_is_the_installed_babels():
    assert babel_version() == babel.__version__


def test_a_warm_process_formats_from_the_file_without_importing_babel(kept, tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    expected = [shown(tag) for tag in LOCALES]  # worked out by Babel here, as on a first start
    save(paths)
    file = paths.cache / FILE_NAME
    assert file.stat().st_mode & 0o777 == 0o600 and paths.cache.stat().st_mode & 0o777 == 0o700
    assert not KEPT.changed

    warm = warm_start(tmp_path / "home")
    assert warm == {"loaded": True, "babel": [], "texts": expected}


def test_without_the_file_babel_works_it_out(kept, tmp_path):
    """The same texts without a file: the child had to import Babel (what the file saves)."""
    paths = Paths.resolve(tmp_path / "home").ensure()
    expected = [shown(tag) for tag in LOCALES]
    cold = warm_start(tmp_path / "home")
    assert not cold["loaded"] and "babel.numbers" in cold["babel"] and cold["texts"] == expected
    assert not (paths.cache / FILE_NAME).exists()


@pytest.mark.parametrize("content", [b"\x00garbage", b'{"format": 2, "babel": "0.1", "locales": {}}'])
def test_a_damaged_or_stale_file_is_ignored_and_written_anew(kept, tmp_path, content):
    paths = Paths.resolve(tmp_path / "home").ensure()
    file = paths.cache / FILE_NAME
    file.write_bytes(content)
    assert not load(paths)
    assert format_amount(-123450, "SEK", "sv-SE") == "\u2212" + "1\u00a0234,50\u00a0kr"  # from Babel
    save(paths)
    assert json.loads(file.read_bytes())["babel"] == babel.__version__
    KEPT.locales.clear()
    assert load(paths) and KEPT.locale("sv-SE").currencies["SEK"].symbol == "kr"


def test_nothing_new_is_not_written_again(kept, tmp_path):
    paths = Paths.resolve(tmp_path / "home").ensure()
    shown("sv-SE")
    save(paths)
    file = paths.cache / FILE_NAME
    file.write_bytes(file.read_bytes() + b" ")  # a mark: a second save would replace the file
    assert load(paths)
    shown("sv-SE")
    save(paths)
    assert file.read_bytes().endswith(b" ")
    shown("da-DK")  # a locale not kept yet
    save(paths)
    assert not file.read_bytes().endswith(b" ")


def test_an_unknown_babel_is_never_trusted(kept, tmp_path, monkeypatch):
    """If the installed Babel's version cannot be read, nothing is kept or read: Babel formats all."""
    paths = Paths.resolve(tmp_path / "home").ensure()
    shown("sv-SE")
    save(paths)
    monkeypatch.setattr(locale_formats_file, "babel_version", lambda: "")
    KEPT.locales.clear()
    assert not load(paths)
    (paths.cache / FILE_NAME).unlink()
    shown("sv-SE")
    save(paths)
    assert not (paths.cache / FILE_NAME).exists()
