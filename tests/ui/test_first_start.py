"""A first start ever (nothing on disk): the Sandbox's demo orders and the first of them on screen before the HTTP stack."""

from __future__ import annotations

import json

from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE
from klarna_console.sandbox.account import SandboxAccount
from klarna_console.services.sandbox_seed import SANDBOX_ORDERS, state_path
from klarna_console.store import Store

from fixtures.app_start import start_sandbox

# The start as bench/startup.py measures it. When the window is noted populated, the child records the
# modules loaded and what the window shows; when the screenshot is done, before the session closes, it
# reads every listed order again through the session's client, i.e. over HTTP from the sandbox's web app.
CHILD = """
import sys
import msgspec
from klarna_console import app, startup

seen = {}
noted = startup.note_populated

def note():
    if "modules" not in seen:
        seen["modules"] = sorted(name for name, module in sys.modules.items() if module is not None)
        from klarna_console.paths import Paths
        from klarna_console.sandbox.account import SandboxAccount
        from klarna_console.services.sandbox_seed import listed_orders
        from klarna_console.ui.qt import QtWidgets
        window = next(w for w in QtWidgets.QApplication.topLevelWidgets() if hasattr(w, "search_pane"))
        model = window.search_pane.model
        seen["rows"] = [model.record(r).order_id for r in range(model.rowCount())]
        seen["count"] = window.search_pane.count_label.text()
        shown = window.order_view.order
        seen["shown"] = msgspec.json.decode(msgspec.json.encode(shown)) if shown is not None else None
        seen["title"] = window.order_view.header.title.text()
        state = Paths.resolve(sys.argv[sys.argv.index("--basedir") + 1]).data / "sandbox" / "sandbox-state.json"
        if state.exists():  # what a sandbox started from it now would list
            with SandboxAccount(state_path=state) as kept:
                orders, _at = listed_orders(kept)
            seen["state"] = {o.order_id: msgspec.json.decode(msgspec.json.encode(o)) for o in orders}
    noted()

shot = app._screenshot

async def screenshot(window, controller, *args):
    close = controller.shutdown

    async def shutdown():
        session = controller.session
        seen["read_only"] = session.read_only
        seen["served"] = {oid: msgspec.json.decode(msgspec.json.encode(await session.client.get_order(oid)))
                          for oid in seen.get("rows", [])}
        await close()

    controller.shutdown = shutdown
    return await shot(window, controller, *args)

startup.note_populated = note
app._screenshot = screenshot
"""

# Needed only once the window is up: the event loop's machinery, the HTTP client, the sandbox's web app
# (starlette, and anyio under it), the session and the controller.
HTTP_STACK = (
    "asyncio", "qasync", "httpx", "httpcore", "anyio", "starlette", "uvicorn", "klarna_console.api.client",
    "klarna_console.sandbox.simulator", "klarna_console.sandbox.app", "klarna_console.services.session",
    "klarna_console.ui.controller",
)


def start(tmp_path, home, prelude=""):
    return start_sandbox(CHILD, home, tmp_path / "w.png", prelude)


def test_a_first_start_shows_the_demo_orders_and_the_first_before_loading_the_http_stack(tmp_path):
    home = tmp_path / "home"
    seen = start(tmp_path, home)
    assert "modules" in seen, "the window was populated (an order shown) during the start"
    assert len(seen["rows"]) == SANDBOX_ORDERS and seen["count"] == f"{SANDBOX_ORDERS} orders"
    assert seen["shown"] is not None and seen["shown"]["order_id"] == seen["rows"][0], "the first row's order is shown"
    assert seen["shown"]["klarna_reference"] in seen["title"]
    modules = set(seen["modules"])
    early = sorted(m for m in modules if any(m == name or m.startswith(name + ".") for name in HTTP_STACK))
    assert early == [], f"loaded before the first paint: {early}"
    # The demo orders were made by a child process while the window loaded (services/seed_ahead.py),
    assert "klarna_console.sandbox.demo" not in modules, "the window's process generated the orders itself"
    # and it worked out the formats of their amounts and dates in the window's locale: no Babel here.
    assert "babel" not in modules, "the window's process worked the formats out itself"
    # Last it sent the store's first page, as a returning start's child does: no SQLite here either.
    assert "sqlite3" not in modules, "the window's process read the store itself"

    # The sandbox's state file held exactly these orders when the window showed them,
    assert sorted(seen.get("state") or {}) == sorted(seen["rows"]), "the sandbox's state was on disk"
    assert seen["state"][seen["rows"][0]] == seen["shown"]
    # and the sandbox the session opened afterwards serves them, as the window showed them; the window holds
    # the profile (the first paint let go of it), so it may act on them.
    assert seen["read_only"] is False
    served = seen["served"]
    assert sorted(served) == sorted(seen["rows"])
    assert served[seen["rows"][0]] == seen["shown"]
    # And on disk, the sandbox's state and the store hold the same orders (the session synced them again).
    paths = Paths.resolve(home)
    with SandboxAccount(state_path=state_path(paths, SANDBOX_PROFILE)) as sandbox:
        assert sorted(sandbox.order_ids) == sorted(served)
    with Store.open(paths, SANDBOX_PROFILE.id) as store:
        for order_id, order in served.items():
            cached = store.orders.get_order(order_id)
            assert cached is not None and json.loads(json.dumps(order)) == _plain(cached.order), order_id
    assert (tmp_path / "w.png").exists()


def _plain(order: object) -> object:
    import msgspec

    return msgspec.json.decode(msgspec.json.encode(order))


# The child making the first orders dies at once, as if killed, having done nothing.
CHILD_DIES = """
import os
from klarna_console.services import seed_ahead
seed_ahead.seed = lambda paths: os._exit(9)
"""


def test_a_first_start_whose_orders_child_dies_makes_them_itself_and_shows_them(tmp_path):
    seen = start(tmp_path, tmp_path / "home", CHILD_DIES)
    assert len(seen["rows"]) == SANDBOX_ORDERS and seen["count"] == f"{SANDBOX_ORDERS} orders"
    assert seen["shown"] is not None and seen["shown"]["order_id"] == seen["rows"][0]
    assert "klarna_console.sandbox.demo" in seen["modules"], "the window made the orders itself"
    assert sorted(seen.get("state") or {}) == sorted(seen["rows"])
    assert sorted(seen["served"]) == sorted(seen["rows"])


# The child making the first orders hangs (a disk that never answers, say); the window waits a second.
CHILD_HANGS = """
import time
from klarna_console.services import seed_ahead
seed_ahead.TIMEOUT = 1.0
seed_ahead.seed = lambda paths, pipe=None: time.sleep(3600)
"""


def test_a_first_start_whose_orders_child_hangs_stops_it_and_shows_the_orders_itself(tmp_path):
    seen = start(tmp_path, tmp_path / "home", CHILD_HANGS)
    assert len(seen["rows"]) == SANDBOX_ORDERS and seen["count"] == f"{SANDBOX_ORDERS} orders"
    assert seen["shown"] is not None and seen["shown"]["order_id"] == seen["rows"][0]
    assert sorted(seen["served"]) == sorted(seen["rows"])
