"""What the first paint may load: a returning user's window is on screen before the network, the loop and keyring."""

from __future__ import annotations

from pathlib import Path

from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE
from klarna_console.sandbox import Sandbox
from klarna_console.store import Store

from fixtures.app_start import start_sandbox

# The start as bench/startup.py measures it, with the modules loaded at the moment the window is
# populated recorded (startup.note_populated is that moment, for the bench as for this test). A None
# entry is a blocked import, not a loaded module (klarna_console/__init__.py blocks httpx's CLI).
CHILD = """
import sys
from klarna_console import startup

seen = {}
noted = startup.note_populated

def note():
    if not seen:
        seen["modules"] = sorted(name for name, module in sys.modules.items() if module is not None)
    noted()

startup.note_populated = note
"""

# Each of these is needed only once the window is up: the event loop's machinery, the HTTP client,
# the simulator and its web framework, the OS keyring (its backend discovery is slow), the action dialogs
# and the payouts. (Babel's CLDR data is not among them on a first start: the first paint shows amounts
# and dates in the user's locale; what it worked out is kept for the next start.)
NOT_BEFORE_THE_FIRST_PAINT = (
    "asyncio", "qasync", "httpx", "keyring", "starlette", "klarna_console.sandbox",
    "klarna_console.api.client", "klarna_console.services.session", "klarna_console.ui.controller",
    "klarna_console.ui.dialogs", "klarna_console.ui.payouts_controller",
    "dataclasses",  # each class costs ~1.5 ms to create; the values needed first are msgspec Structs
    "typing_extensions",  # msgspec would take it (~5 ms); typing's own serves (klarna_console/__init__.py)
)


def start(home, tmp_path, prelude: str = "") -> set[str]:
    """Start the app as bench/startup.py does; the modules loaded when the window was populated."""
    seen = start_sandbox(CHILD, home, tmp_path / "w.png", prelude, timeout=120)
    assert "modules" in seen, "the window was populated (an order shown) during the start"
    assert (tmp_path / "w.png").exists(), "and the start went on to the session and the screenshot"
    return set(seen["modules"])


def returning_home(tmp_path) -> Path:
    home = tmp_path / "home"
    paths = Paths.resolve(home).ensure()
    sandbox = Sandbox(orders=8, seed=5)
    with Store.open(paths, SANDBOX_PROFILE.id) as store:  # what an earlier start left behind
        store.orders.upsert_orders([sandbox.order(i) for i in sandbox.order_ids])
    return home


def test_a_returning_users_window_is_populated_before_the_loop_the_network_and_the_keyring(tmp_path):
    modules = start(returning_home(tmp_path), tmp_path)
    assert "klarna_console.ui.main_window" in modules
    early = sorted(m for m in modules
                   if any(m == name or m.startswith(name + ".") for name in NOT_BEFORE_THE_FIRST_PAINT))
    assert early == [], f"loaded before the first paint: {early}"


def test_a_returning_users_first_page_is_read_by_a_child_while_the_window_loads(tmp_path):
    """The store and SQLite load in the child that reads the first page (services/read_ahead.py), not here;
    where no child can be made, the window reads the store itself."""
    home = returning_home(tmp_path)
    modules = start(home, tmp_path)
    assert "klarna_console.ui.main_window" in modules
    assert "sqlite3" not in modules and "klarna_console.store.sqlite.local_store" not in modules
    no_child = "from klarna_console.services import read_ahead\nread_ahead.begin = lambda *args: None\n"
    modules = start(home, tmp_path, no_child)
    assert "sqlite3" in modules and "klarna_console.store.sqlite.local_store" in modules


def test_the_next_start_shows_amounts_and_dates_without_babel(tmp_path):
    """The first paint's formats, worked out by Babel once, are kept: the next first paint needs no Babel."""
    home = returning_home(tmp_path)
    assert "babel.numbers" in start(home, tmp_path)  # nothing kept yet: Babel formats this paint
    assert (home / "cache" / "locale-formats.json").exists()
    modules = start(home, tmp_path)
    assert "klarna_console.ui.main_window" in modules
    assert sorted(m for m in modules if m.split(".")[0] == "babel") == []


def test_a_first_starts_demo_orders_are_painted_without_dataclasses(tmp_path):
    """The sandbox's demo tables come before a first start's paint: they are Structs, as the store's values are.

    Where no child process makes them (services/seed_ahead.py: a system that cannot fork), the window does.
    """
    no_child = "from klarna_console.services import seed_ahead\nseed_ahead.begin = lambda paths: None\n"
    modules = start(tmp_path / "new-home", tmp_path, no_child)
    assert "klarna_console.sandbox.demo_data" in modules, "the demo orders were made before the paint"
    assert "dataclasses" not in modules
