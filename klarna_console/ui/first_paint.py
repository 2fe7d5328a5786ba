"""The first paint: the cached orders and the first of them, read at once from the local store.

Before the profile's session exists nothing here needs the event loop: a returning user's window is
filled straight from the store on the GUI thread (a few milliseconds, even with 100,000 orders), without
the thread hops the async store makes (`services.cache.FirstPaint`). The controller then opens the
profile with the same store.
"""

from __future__ import annotations

import datetime as dt
import logging

from ..paths import Paths
from ..profiles import Profile, ProfileStore
from ..services.cache import FirstPaint, LocalData, local_store_exists, local_store_needs_update, start_profile
from ..services.read_ahead import ReadAhead
from ..store.values import CachedOrder, JournalEntry, OrderRow, SearchQuery, StoreError
from . import reason_text
from .main_window import MainWindow
from .messages import MessageKind, Messages
from .qt import QtCore

log = logging.getLogger(__name__)


def profile_for_start(profiles: ProfileStore, messages: Messages, sandbox: bool, name: str | None) -> Profile:
    """--sandbox (or a first run) opens the Sandbox; --profile picks one; else the last used."""
    profile, found = start_profile(profiles, sandbox, name)
    if not found:
        messages.show(QtCore.QCoreApplication.translate("FirstPaint", "There is no profile '{name}'; opened the Sandbox.")
                      .format(name=name), MessageKind.WARNING)
    return profile


def paint_cached(window: MainWindow, paths: Paths, profile: Profile, ahead: ReadAhead | None = None) -> LocalData | None:
    """Show the profile's cached orders and the first of them; the opened store, or None if it would not open.

    A store that does not open is reported here (whatever opening it did, such as setting a damaged file
    aside, is not done twice unseen); the controller then tries again as on any other opening.
    """
    if profile.team_store:
        return None  # a team store is reached over the network, once the event loop runs: never from here
    window.set_environment(profile.environment_label, profile.is_production, profile.read_only,
                           profile.kind == "sandbox")
    pane = window.search_pane
    query = pane.query()
    peek = ahead.take(profile.id, query, pane.model.PAGE) if ahead is not None else None
    if peek is not None:  # read by the child while the window was built: the store opens after the paint
        show_first_page(window, query, peek.total, peek.rows, peek.cached, peek.history)
        return None
    try:
        fetched = None
        if not local_store_exists(paths, profile):
            if profile.kind != "sandbox":
                return None  # a first start whose orders need the network: the controller makes its store
            # The Sandbox's orders come from its account, without the HTTP stack. Making its new store and
            # caching 200 orders here, on the GUI thread, takes ~70 ms (17 ms to create, 50 ms to cache,
            # measured); migrating a big store may take minutes, and is left to the controller (below).
            from ..services.sandbox_seed import first_start_orders

            fetched = first_start_orders(paths, profile)
            if fetched is None:
                return None
        elif local_store_needs_update(paths, profile):
            # The first start after an update whose schema change rebuilds the search index: migrating
            # is left to the controller, off the GUI thread, after the window is on screen (it says so).
            return None
        look = FirstPaint(paths, profile, query, pane.model.PAGE, fetched)
    except (OSError, ValueError, StoreError) as error:
        report_open_failure(window, profile, error)
        return None
    if look.set_aside is not None:
        window.messages.show(reason_text.text(look.set_aside.reason), MessageKind.ERROR)
    show_first_page(window, query, look.total, look.rows, look.cached, look.history)
    return look.local


def show_first_page(window: MainWindow, query: SearchQuery, total: int, rows: list[OrderRow],
                    cached: CachedOrder | None, history: list[JournalEntry]) -> None:
    """The query's first page in the results, and its first order with its History beside them."""
    window.search_pane.show_results(query, total, rows)
    if cached is not None:
        window.order_view.show_order(cached.order, dt.datetime.now(dt.timezone.utc), cached.fetched_at)
        window.order_view.show_history(history)


def report_open_failure(window: MainWindow, profile: Profile, error: BaseException) -> None:
    """Say why a profile's store did not open (call it while handling the error)."""
    if isinstance(error, StoreError):
        # Full disk, folder not writable, locked: the message names the folder and is the whole story.
        log.error("could not open the store of profile %s: %s", profile.id, error)
    else:
        log.exception("could not open the store of profile %s", profile.id)
    window.messages.error(error, QtCore.QCoreApplication.translate("FirstPaint", "Could not open the local data of {profile}").format(
        profile=profile.name))
