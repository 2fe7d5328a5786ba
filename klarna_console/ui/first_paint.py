"""The first paint: the cached orders and the first of them, read at once from the local store.

Before the profile's session exists nothing here needs the event loop: a returning user's window is
filled straight from SQLite on the GUI thread (a few milliseconds, even with 100,000 orders), without
the thread hops the async store makes. The controller then opens the profile with the same store.
"""

from __future__ import annotations

import datetime as dt
import logging

from .. import startup
from ..paths import Paths
from ..profiles import Profile
from ..store import AsyncStore, Store, StoreError
from .main_window import MainWindow

log = logging.getLogger(__name__)


def paint_cached(window: MainWindow, paths: Paths, profile: Profile) -> AsyncStore | None:
    """Show the profile's cached orders and the first of them; the opened store, or None if it would not open.

    A store that does not open is reported here (whatever opening it did, such as setting a damaged file
    aside, is not done twice unseen); the controller then tries again as on any other opening.
    """
    try:
        store, set_aside = Store.open_recovering(paths, profile.id)
    except (OSError, ValueError, StoreError) as error:
        report_open_failure(window, profile, error)
        return None
    if set_aside is not None:
        window.message_bar.show_message(str(set_aside), "error")
    window.set_environment(profile.environment_label, profile.is_production, profile.read_only,
                           profile.kind == "sandbox")
    pane = window.search_pane
    query = pane.query()
    first = store.orders.search(query, 0, pane.model.PAGE)
    pane.show_results(query, store.orders.count(query) if first else 0, first)
    cached = store.orders.get_order(first[0].order_id) if first else None
    if cached is not None:
        window.order_view.show_order(cached.order, dt.datetime.now(dt.timezone.utc), cached.fetched_at)
        window.order_view.show_history(store.journal.entries_for_order(cached.order.order_id or ""))
        startup.note_populated()
    return AsyncStore(store)


def report_open_failure(window: MainWindow, profile: Profile, error: BaseException) -> None:
    """Say why a profile's store did not open (call it while handling the error)."""
    if isinstance(error, StoreError):
        # Full disk, folder not writable, locked: the message names the folder and is the whole story.
        log.error("could not open the store of profile %s: %s", profile.id, error)
    else:
        log.exception("could not open the store of profile %s", profile.id)
    window.message_bar.show_error(error, f"Could not open the local data of {profile.name}")
