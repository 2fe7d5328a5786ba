"""The window's controller: the only home of its async work (sessions, search, orders, actions)."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from typing import TYPE_CHECKING, Any

from .. import startup
from ..api.errors import KlarnaError, NotFoundError
from ..api.models import Order
from ..domain import rules
from ..domain.rules import Action
from ..paths import Paths
from ..profiles import SANDBOX_PROFILE, CredentialStore, Profile, ProfileStore
from ..services import events
from ..store.values import JournalEntry, JournalState, SearchQuery, StoreError
from . import reason_text
from .event_bridge import EventBridge
from .klarna_text import with_amounts
from .main_window import MainWindow
from .messages import MessageKind
from .qt import QtCore
from .tasks import TaskManager
from .window_context import WindowDialogContext

if TYPE_CHECKING:
    from ..services.actions import ActionRequest, ActionResult, Reconciliation
    from ..services.cache import LocalData
    from ..services.session import Session
    from .dialogs import ActionDialogs

log = logging.getLogger(__name__)

UUID_TEXT = re.compile(r"^\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\s*$")


class MainController(QtCore.QObject):
    """Connects the window to the active profile's session.

    Signals:
        session_opened(object): a profile's session is ready (the Session).
        results_shown(int): a search finished (the number of matches).
        order_shown(str): an order is displayed (its id), fresh from Klarna or from the cache.

    What the core announces (orders changed, journal entries, progress) arrives through `events`, the
    bridge to the open session's event bus.
    """

    session_opened = QtCore.Signal(object)
    results_shown = QtCore.Signal(int)
    order_shown = QtCore.Signal(str)
    backup_delay = 10.0  # seconds after a profile opens: the daily check and backup read the whole file

    def __init__(self, window: MainWindow, paths: Paths, profiles: ProfileStore, credentials: CredentialStore,
                 locale: str, *, sandbox_orders: int = 200) -> None:
        super().__init__(window)
        self.window = window
        self.paths = paths
        self.profiles = profiles
        self.credentials = credentials
        self.locale = locale
        self.sandbox_orders = sandbox_orders
        self.profile: Profile | None = None
        self.store: LocalData | None = None
        self.session: Session | None = None
        self.tasks = TaskManager()
        self.order_id: str | None = None
        # The shown order's journal entries still without an outcome, by action: their dialogs stay
        # reachable whatever the rules say now, since that is where they are settled.
        self.open_entries: dict[Action, JournalEntry] = {}
        self.dialogs: ActionDialogs | None = None  # attached by the application, after the first paint
        self.dialog_context = WindowDialogContext(self)  # all the dialogs see of the window and the session
        self.events = EventBridge(self)
        self._results_due = False
        self._connect()

    def _connect(self) -> None:
        w = self.window
        w.search_pane.query_changed.connect(lambda q: self.tasks.start(self.search(q), "search"))
        w.search_pane.order_selected.connect(lambda oid: self.tasks.start(self.show_order(oid), "order"))
        w.search_pane.order_activated.connect(self._on_order_activated)
        w.search_pane.model.stale.connect(self._refresh_results_soon)
        w.refresh_requested.connect(lambda: self.order_id and self.tasks.start(self.show_order(self.order_id), "order"))
        w.profile_chosen.connect(self._on_profile_chosen)
        w.action_triggered.connect(self._on_action_triggered)
        w.order_view.capture_selected.connect(lambda _c: self._update_actions())
        w.order_view.tabs.currentChanged.connect(lambda _i: self._update_actions())
        self.events.order_changed.connect(self._on_order_changed)
        self.events.journal_entry.connect(lambda event: self._on_entry_changed(event.entry))
        self.events.orders_changed_elsewhere.connect(self._on_changed_elsewhere)

    # --- profiles and sessions -----------------------------------------------------------------

    def profile_for_start(self, sandbox: bool, name: str | None) -> Profile:
        """--sandbox (or a first run) opens the Sandbox; --profile picks one; else the last used."""
        if sandbox:
            return SANDBOX_PROFILE
        if name:
            for profile in self.profiles.list():
                if name in (profile.id, profile.name):
                    return profile
            self.window.messages.show(f"There is no profile {name!r}; opened the Sandbox.", MessageKind.WARNING)
            return SANDBOX_PROFILE
        return self.profiles.last_used or SANDBOX_PROFILE

    async def open_profile(self, profile: Profile, store: LocalData | None = None) -> bool:
        """Close the current profile and open this one; False if its client could not be opened.

        The local store opens first (or is given, already open, by the first paint) and the cached
        orders are shown at once; the client (and, for the Sandbox profile, the simulator in process)
        follows, and then the shown order is refreshed.
        """
        await self.close_session()
        w = self.window
        w.set_profiles([(p.id, p.name) for p in self.profiles.list()], profile.id)
        w.set_environment(profile.environment_label, profile.is_production, profile.read_only,
                          profile.kind == "sandbox")
        w.statusBar().showMessage(f"Opening {profile.name}…")
        for problem in (self.profiles.load_error, self.credentials.load_error):
            if problem is not None:
                w.messages.show(str(problem), MessageKind.WARNING)
        try:
            self.store = store if store is not None else await self._open_store(profile)
        except (OSError, ValueError, StoreError) as error:
            from .first_paint import report_open_failure

            report_open_failure(w, profile, error)
            return False
        self.profile = profile
        self.tasks.start(self._daily_backup(self.store), "backup")
        await self.search(w.search_pane.query())
        self.tasks.start(self.watch_store(), "watch")
        await self.tasks.wait(("order",), 10.0)
        # Imported here, after the first paint: it brings the HTTP client and the sandbox's web framework.
        from ..services.session import MissingCredentials, open_session

        try:
            session = await open_session(profile, self.paths, self.credentials, store=self.store.store,
                                         sandbox_orders=self.sandbox_orders)
        except MissingCredentials as error:
            w.messages.show(f"Enter the API password of profile {error.profile_name!r} first. "
                            "The cached orders can be searched meanwhile. (File → Profiles…)", MessageKind.WARNING)
            w.statusBar().showMessage(f"{profile.name}: no password stored; showing cached orders only")
            return False
        except (OSError, ValueError, KlarnaError) as error:
            log.exception("could not open profile %s", profile.id)
            w.messages.error(error, f"Could not open {profile.name}")
            return False
        self.session = session
        self.events.attach(session.events)
        if session.held_elsewhere is not None:
            w.set_environment(profile.environment_label, profile.is_production, True, profile.kind == "sandbox")
            holder = f", process {session.held_elsewhere}" if session.held_elsewhere else ""
            w.messages.show(
                f"This profile is open in another window{holder}. Here it is read-only: you can look up orders, "
                "but only that window sends, retries and finishes interrupted actions. Choose another profile "
                "to work in, or close the other window and open this profile again.", MessageKind.WARNING)
        if profile.kind != "sandbox":
            self.profiles.set_last_used(profile.id)
        if session.sandbox is not None:
            await session.sync_sandbox()
        self.session_opened.emit(session)
        if session.sandbox is not None:
            status = "Sandbox: demo orders simulated on this computer; no Klarna account, no real money"
        else:
            status = f"{profile.name} · {profile.environment_label} · {profile.resolved_base_url()}"
        w.statusBar().showMessage(status + (" · read-only" if session.read_only else ""))
        pane = w.search_pane
        if pane.model.query == pane.query() and pane.model.rowCount():
            # The cached list was shown while connecting: what the connection brought changes its rows
            # in place, and a selection made meanwhile stays (a new search would reset it).
            await self.refresh_results()
            self.results_shown.emit(pane.model.rowCount())
        else:
            await self.search(pane.query())
        if self.order_id is not None:
            self.tasks.start(self.show_order(self.order_id), "order")
        if session.held_elsewhere is None:  # only the window holding the profile finishes its writes
            self.tasks.start(self._resume_open_intents(), "resume")
        return True

    async def _open_store(self, profile: Profile) -> LocalData:
        """Open the profile's store; a damaged, emptied or lost one is first moved aside and reported.

        Its open writes are taken into the fresh journal, still open, with their keys (see
        `services.cache.open_local`); the window says which file it was, where it went and which writes they are.
        """
        from ..services.cache import open_local

        store, set_aside = await open_local(self.paths, profile)
        if set_aside is not None:
            self.window.messages.show(str(set_aside), MessageKind.ERROR)
        return store

    async def _daily_backup(self, store: LocalData) -> None:
        """A while after opening (never on the start-up path): check the whole file and back up the journal."""
        await asyncio.sleep(self.backup_delay)
        try:
            await store.daily_backup()
        except StoreError as error:
            log.error("daily backup: %s", error)
            self.window.messages.show(str(error), MessageKind.ERROR)

    async def close_session(self) -> None:
        """Stop the profile's work and close its session and store."""
        await self.tasks.cancel_all()
        self.events.detach()
        self._results_due = False
        session, self.session = self.session, None
        store, self.store = self.store, None
        self.profile = None
        if session is not None:
            await session.close()  # closes the store too
        elif store is not None:
            await store.close()
        self.order_id = None
        self.open_entries = {}
        self.window.order_view.clear()
        self._update_actions()

    async def reset_sandbox(self) -> None:
        """Throw away the sandbox's changes and start again from fresh demo orders."""
        if self.session is None or self.session.sandbox is None:
            return
        from ..services.session import reset_sandbox

        profile = self.session.profile
        await self.close_session()
        await reset_sandbox(self.paths, profile)
        await self.open_profile(profile)
        self.window.messages.show("The sandbox starts again with fresh demo orders.", MessageKind.SUCCESS)

    def now(self) -> dt.datetime:
        """The time the rules judge by (the sandbox's clock once it runs)."""
        return self.session.now() if self.session is not None else dt.datetime.now(dt.timezone.utc)

    def _on_profile_chosen(self, profile_id: str) -> None:
        profile = self.profiles.get(profile_id)
        if profile is not None and (self.profile is None or self.profile.id != profile_id):
            self.tasks.start(self.open_profile(profile), "profile")

    async def _resume_open_intents(self) -> None:
        """Finish what a crash or a closed window left open, with the same keys (never a second capture).

        Each finished write is announced and shows in History at once; then unanswered writes are retried
        in the background on Klarna's schedule while the window runs (task "escalations").
        """
        session = self.session
        if session is None:
            return
        resumed, too_old = await session.actions.resume_open_intents()
        lines = [await self._resumed_text(r) for r in resumed if not r.entry.finished_elsewhere]
        if lines:
            kinds = {kind for _text, kind in lines}
            kind = next(k for k in (MessageKind.ERROR, MessageKind.WARNING, MessageKind.SUCCESS) if k in kinds)
            self.window.messages.show("\n".join(text for text, _kind in lines), kind,
                                      timeout_ms=15000 if kind == MessageKind.SUCCESS else None)
        if too_old:
            orders = ", ".join(sorted({e.order_id[:8] for e in too_old}))
            self.window.messages.show(
                f"{len(too_old)} action(s) started over 23 hours ago never got an answer, and their keys are too "
                f"old to send again safely. Open each order and use Check with Klarna in its action: {orders}",
                MessageKind.WARNING)
        self.tasks.start(session.actions.run_escalations(), "escalations")

    async def _resumed_text(self, result: ActionResult) -> tuple[str, MessageKind]:
        """What to tell the user about one write the start-up finished, and how loudly."""
        from . import journal_text  # with the services, after the first paint
        entry = result.entry
        cached = await self.store.get_order(entry.order_id) if self.store is not None else None
        order = result.order or (cached.order if cached else None)
        what = journal_text.write_text(entry, order.purchase_currency if order else None, self.locale)
        ref = (order.klarna_reference if order else None) or entry.order_id
        if result.succeeded:
            return f"Finished the {what} on order {ref} that was interrupted.", MessageKind.SUCCESS
        if entry.is_open:
            nxt = f" It is tried again at {journal_text.clock(entry.next_attempt_at)}." if entry.next_attempt_at else ""
            return (f"The interrupted {what} on order {ref} still has no answer from Klarna; it was sent again "
                    f"with the same key.{nxt}", MessageKind.WARNING)
        said = with_amounts("; ".join(entry.error_messages), order.purchase_currency if order else None, self.locale)
        return (f"Klarna refused the interrupted {what} on order {ref}: {entry.error_code or ''} {said}",
                MessageKind.ERROR)

    def _on_entry_changed(self, entry: JournalEntry) -> None:
        """A journal entry was written (here, or by the background retries): History shows it at once."""
        if entry.order_id == self.order_id:
            self.tasks.start(self.show_history(entry.order_id), "history")

    async def watch_store(self) -> None:
        """Follow writes made by other windows or processes on this profile (task "watch").

        The store says when another connection committed (SQLite: its data_version, polled on a
        connection of its own), announced as OrdersChangedElsewhere (see `_on_changed_elsewhere`). This
        process's own writes arrive as OrderChanged and journal events at once; the watch makes them cost
        one more cheap re-read.
        """
        store = self.store
        if store is None:
            return
        changes = store.watch()
        try:
            async for _ in changes:
                if self.store is not store:
                    break
                self.events.publish(events.OrdersChangedElsewhere())
        finally:
            await changes.aclose()

    def _on_changed_elsewhere(self) -> None:
        """Another window or process wrote: read the list again and, if the shown order's copy or journal
        changed, the order view and History too."""
        self._refresh_results_soon()
        self.tasks.start(self._refresh_shown_from_store(), "shown-elsewhere")

    async def _refresh_shown_from_store(self) -> None:
        store, order_id = self.store, self.order_id
        if store is None or order_id is None:
            return
        cached = await store.get_order(order_id)
        shown = self.window.order_view.order
        if cached is not None and order_id == self.order_id and cached.order != shown:
            self.window.order_view.show_order(cached.order, self.now(), cached.fetched_at)
            self._update_actions()
        await self.show_history(order_id)

    # --- search and orders ---------------------------------------------------------------------

    async def search(self, query: SearchQuery) -> None:
        """Run a search; a pasted order id that is not cached yet is fetched from Klarna."""
        store, session = self.store, self.session
        if store is None:
            return
        total = await store.count(query)
        if total == 0 and UUID_TEXT.match(query.text) and session is not None:
            order_id = query.text.strip().lower()
            self.window.statusBar().showMessage(f"Fetching {order_id} from Klarna…")
            try:
                await session.orders.fetch(order_id)
            except NotFoundError:
                self.window.messages.show(f"Klarna has no order {order_id} in this profile.", MessageKind.WARNING)
            except KlarnaError as error:
                self.window.messages.error(error, "Could not fetch the order")
            total = await store.count(query)
        first = await store.search(query, 0, self.window.search_pane.model.PAGE)
        self.window.search_pane.show_results(query, total, first)
        self.results_shown.emit(total)

    def _refresh_results_soon(self) -> None:
        """Read the list again once the events of this turn of the loop are in (an import announces 50 at once)."""
        if self.store is not None and not self._results_due:
            self._results_due = True
            self.tasks.start(self._refresh_results_due(), "results")

    async def _refresh_results_due(self) -> None:
        self._results_due = False  # from here on, a new change needs a new read
        await self.refresh_results()

    async def refresh_results(self) -> None:
        """Read the shown query's count and loaded pages again: the list follows the store after a write.

        Rows are updated in place; rows that left (or joined) the query are removed (or inserted) where
        they are, so the selection stays on its orders (see PagedModel.update); never a reset.
        """
        store, pane = self.store, self.window.search_pane
        query = pane.model.query
        if store is None or not isinstance(query, SearchQuery):
            return
        total = await store.count(query)
        page_size = pane.model.PAGE
        pages = {page: await store.search(query, page * page_size, page_size)
                 for page in pane.model.loaded_pages() or [0] if page * page_size < max(total, 1)}
        if pane.model.query is query:  # a new search replaced it meanwhile
            pane.refresh_results(total, pages)

    async def fetch_page(self, query: SearchQuery, offset: int, limit: int) -> list[Any]:
        """A page of the results table (called by its model as rows come into view)."""
        if self.store is None:
            return []
        return await self.store.search(query, offset, limit)

    def _on_order_activated(self, order_id: str) -> None:
        self.tasks.start(self.show_order(order_id), "order")
        self.window.order_view.tabs.setFocus()

    async def show_order(self, order_id: str) -> None:
        """Show the cached order at once, then the fresh one from Klarna; the journal in History."""
        store = self.store
        if store is None:
            return
        if order_id != self.order_id:
            self.open_entries = {}
        self.order_id = order_id
        try:
            cached = await store.get_order(order_id)
            if cached is not None:
                self._display(cached.order, cached.fetched_at)
            await self.show_history(order_id)
            session = self.session
            if session is None:
                return  # the client is still opening; it refreshes this order when it is ready
            self._display(await session.orders.fetch(order_id), session.now())
        except KlarnaError as error:
            self.window.messages.error(error, "Could not read the order from Klarna (showing the cached copy)")

    def _display(self, order: Order, fetched_at: Any) -> None:
        if self.store is None or order.order_id != self.order_id:
            return
        status = self.window.statusBar()
        if status.currentMessage().startswith("Fetching "):
            status.clearMessage()  # it is here now
        self.window.order_view.show_order(order, self.now(), fetched_at)
        self.window.search_pane.select_order(order.order_id or "")
        self._update_actions()
        self.order_shown.emit(order.order_id)
        startup.note_populated()

    async def show_history(self, order_id: str) -> None:
        """Read the order's journal into History (if it is still the order shown) and the open entries."""
        if self.store is None:
            return
        entries = await self.store.entries_for_order(order_id)
        if order_id != self.order_id:
            return
        self.window.order_view.show_history(entries)
        known = {a.value for a in Action}
        self.open_entries = {Action(e.action): e for e in entries if e.is_open and e.action in known}
        self._update_actions()

    def _on_order_changed(self, changed: events.OrderChanged) -> None:
        """Services re-read an order (after an action, an import): show it where it is shown, update its row."""
        order = changed.order
        if changed.order_id == self.order_id and self.session is not None:
            self.window.order_view.show_order(order, self.now(), self.now())
            self._update_actions()
        self._refresh_results_soon()

    # --- actions -------------------------------------------------------------------------------

    def action_states(self) -> dict[Action, tuple[bool, str]]:
        """For each action: enabled, or why not (read-only, no order, the rules' reason)."""
        session, order = self.session, self.window.order_view.order
        if order is None:
            return {}
        if session is None:
            return {a: (False, "Still connecting: the order shown is the cached copy.") for a in Action}
        if session.held_elsewhere is not None:
            return {a: (False, "This profile is open in another window; only that window may send.") for a in Action}
        if session.read_only:
            return {a: (False, "This profile is read-only.") for a in Action}
        now = session.now()
        capture = self.window.order_view.selected_capture()
        states: dict[Action, tuple[bool, str]] = {}
        for action in Action:
            # With one capture, it is the one; with several, the Captures tab's selection decides, and
            # with none selected the dialog offers a choice of captures.
            chosen = capture or (order.captures[0] if order.captures and len(order.captures) == 1 else None)
            verdict = rules.check(action, order, now, chosen.capture_id if chosen else None)
            if not verdict and action in self.open_entries:
                states[action] = (True, f"An earlier {reason_text.title(action).lower()} has no answer yet: open it to send "
                                        "it again with its key or check with Klarna.")
                continue
            states[action] = (verdict.allowed, reason_text.text(verdict.reason, self.locale))
        return states

    def _update_actions(self) -> None:
        self.window.set_action_states(self.action_states())

    def _on_action_triggered(self, action: Action) -> None:
        if self.dialogs is not None and self.window.order_view.order is not None:
            self.dialogs.open_action(action, self.window.order_view.order, self.window.order_view.selected_capture())

    async def run_action(self, request: ActionRequest, order: Order | None = None, *,
                         confirmed_recent: int | None = None) -> ActionResult:
        """Send an action through the journal's guard; show its outcome and the refreshed order.

        The order is read from Klarna first and compared with `order` (what the user saw): a capture or
        refund made meanwhile elsewhere stops the send with OrderChanged.
        """
        from ..services.actions import ActionRefused  # after the first paint, with the dialogs

        session = self.session
        if session is None:
            raise RuntimeError("no profile is open")
        try:
            result = await session.actions.perform(request, order, reread=order is not None,
                                                   confirmed_recent=confirmed_recent)
        except ActionRefused as refused:
            self.window.messages.show(reason_text.text(refused.verdict.reason, self.locale), MessageKind.ERROR)
            raise
        await self._after_action(result)
        return result

    async def retry_action(self, entry: JournalEntry) -> ActionResult:
        """Send an open entry again with its own key."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        again = await self.session.actions.retry(entry)
        await self._after_action(again)
        return again

    async def check_with_klarna(self, entry: JournalEntry) -> Reconciliation:
        """Settle an open entry by what Klarna's order shows."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        found = await self.session.actions.check_with_klarna(entry)
        await self.show_history(entry.order_id)
        return found

    async def mark_not_applied(self, entry: JournalEntry, note: str) -> Reconciliation:
        """Close an open entry Klarna shows no trace of, with the person's note."""
        if self.session is None:
            raise RuntimeError("no profile is open")
        found = await self.session.actions.mark_not_applied(entry, note)
        await self.show_history(entry.order_id)
        return found

    async def open_entry(self, order_id: str, action: Action) -> JournalEntry | None:
        """The open journal entry of this action on the order, if there is one (the guard would stop a send)."""
        if self.store is None:
            return None
        entries = await self.store.entries_for_order(order_id)
        return next((e for e in entries if e.action == action.value and e.state in
                     (JournalState.INTENT, JournalState.UNKNOWN)), None)

    async def _after_action(self, result: ActionResult) -> None:
        if self.session is None:
            return
        await self.show_history(result.entry.order_id)
        if result.succeeded:
            self.window.statusBar().showMessage(f"{result.entry.action.replace('_', ' ')} succeeded", 8000)

    async def shutdown(self) -> None:
        """On quit: stop everything and close the session cleanly."""
        self.window.search_pane.stop()  # a pending keystroke must not start a search after this
        await self.close_session()

    async def wait_idle(self, timeout: float = 30.0) -> None:
        """Wait until the profile, search and order tasks have finished (for --screenshot and tests)."""
        await self.tasks.wait(("profile", "search", "order"), timeout)
