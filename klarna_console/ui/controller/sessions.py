"""The controller's profile life: opening a profile's store and session, resuming its writes, closing it."""

from __future__ import annotations

import asyncio
import logging
from typing import TYPE_CHECKING

from ...api.errors import KlarnaError
from ...profiles import Profile
from ...services import events
from ...store.values import StoreError
from ..klarna_text import with_amounts
from ..messages import MessageKind
from ..plurals import PLURALS
from ..qt import QtCore
from .actions import OrderActions

if TYPE_CHECKING:
    from ...services.actions import ActionResult
    from ...services.cache import LocalData

log = logging.getLogger(__name__)


class ProfileSessions(OrderActions):
    """Opens and closes profiles: the store first (cached orders at once), then the client; resumes open writes."""

    backup_delay = 10.0  # seconds after a profile opens: the daily check and backup read the whole file

    def profile_for_start(self, sandbox: bool, name: str | None) -> Profile:
        """--sandbox (or a first run) opens the Sandbox; --profile picks one; else the last used."""
        from ..first_paint import profile_for_start  # the start chooses it before the controller exists

        return profile_for_start(self.profiles, self.window.messages, sandbox, name)

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
        w.statusBar().showMessage(QtCore.QCoreApplication.translate("SessionsController", "Opening {profile}…").format(profile=profile.name))
        for problem in (self.profiles.load_error, self.credentials.load_error):
            if problem is not None:
                w.messages.show(str(problem), MessageKind.WARNING)
        try:
            self.store = store if store is not None else await self._open_store(profile)
        except (OSError, ValueError, StoreError) as error:
            from ..first_paint import report_open_failure

            report_open_failure(w, profile, error)
            return False
        self.profile = profile
        self.tasks.start(self._daily_backup(self.store), "backup")
        await self.search(w.search_pane.query())
        self.tasks.start(self.watch_store(), "watch")
        await self.tasks.wait(("order",), 10.0)
        # Imported here, after the first paint: it brings the HTTP client and the sandbox's web framework.
        from ...services.session import MissingCredentials, open_session

        try:
            session = await open_session(profile, self.paths, self.credentials, store=self.store.store,
                                         sandbox_orders=self.sandbox_orders)
        except MissingCredentials as error:
            w.messages.show(QtCore.QCoreApplication.translate(
                "SessionsController", "Enter the API password of profile '{profile}' first. The cached orders can be "
                "searched meanwhile. (File → Profiles…)").format(profile=error.profile_name), MessageKind.WARNING)
            w.statusBar().showMessage(QtCore.QCoreApplication.translate("SessionsController", "{profile}: no password stored; showing cached orders only").format(
                profile=profile.name))
            return False
        except (OSError, ValueError, KlarnaError) as error:
            log.exception("could not open profile %s", profile.id)
            w.messages.error(error, QtCore.QCoreApplication.translate("SessionsController", "Could not open {profile}").format(profile=profile.name))
            return False
        self.session = session
        self.events.attach(session.events)
        if session.held_elsewhere is not None:
            w.set_environment(profile.environment_label, profile.is_production, True, profile.kind == "sandbox")
            if session.held_elsewhere:
                where = QtCore.QCoreApplication.translate("SessionsController", "This profile is open in another window, process {process}.").format(
                    process=session.held_elsewhere)
            else:
                where = QtCore.QCoreApplication.translate("SessionsController", "This profile is open in another window.")
            w.messages.show(where + " " + QtCore.QCoreApplication.translate("SessionsController",
                "Here it is read-only: you can look up orders, "
                "but only that window sends, retries and finishes interrupted actions. Choose another profile "
                "to work in, or close the other window and open this profile again."), MessageKind.WARNING)
        elif session.store.read_only and not profile.read_only:
            w.set_environment(profile.environment_label, profile.is_production, True, profile.kind == "sandbox")
            w.messages.show(
                QtCore.QCoreApplication.translate("SessionsController", "Your account on the team store may only read it: you can look up orders and their history, "
                "but nothing is sent from this desk. Ask whoever runs the team store for a role that may "
                "write."), MessageKind.WARNING)
        if profile.kind != "sandbox":
            self.profiles.set_last_used(profile.id)
        if session.sandbox is not None:
            await session.sync_sandbox()
        self.session_opened.emit(session)
        if session.sandbox is not None:
            status = QtCore.QCoreApplication.translate("SessionsController", "Sandbox: demo orders simulated on this computer; no Klarna account, no real money")
        else:
            status = f"{profile.name} · {profile.environment_label} · {profile.resolved_base_url()}"
        if session.read_only:
            status = QtCore.QCoreApplication.translate("SessionsController", "{status} · read-only").format(status=status)
        w.statusBar().showMessage(status)
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
        from ...services.cache import local_store_needs_update, open_local

        if local_store_needs_update(self.paths, profile):
            self.window.statusBar().showMessage(QtCore.QCoreApplication.translate(
                "SessionsController", "Updating the local data of {profile} for this version of the console. This "
                "happens once; with many cached orders it takes a few minutes…").format(profile=profile.name))
        store, set_aside = await open_local(self.paths, profile, self.credentials)
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
        from ...services.session import reset_sandbox

        profile = self.session.profile
        await self.close_session()
        await reset_sandbox(self.paths, profile)
        await self.open_profile(profile)
        self.window.messages.show(QtCore.QCoreApplication.translate("SessionsController", "The sandbox starts again with fresh demo orders."), MessageKind.SUCCESS)

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
                PLURALS.too_old_actions(len(too_old)).format(orders=orders),
                MessageKind.WARNING)
        self.tasks.start(session.actions.run_escalations(), "escalations")

    async def _resumed_text(self, result: ActionResult) -> tuple[str, MessageKind]:
        """What to tell the user about one write the start-up finished, and how loudly."""
        from .. import journal_text  # with the services, after the first paint
        entry = result.entry
        cached = await self.store.get_order(entry.order_id) if self.store is not None else None
        order = result.order or (cached.order if cached else None)
        what = journal_text.write_text(entry, order.purchase_currency if order else None, self.locale)
        ref = (order.klarna_reference if order else None) or entry.order_id
        if result.succeeded:
            return (QtCore.QCoreApplication.translate("SessionsController", "Finished the {action} on order {order} that was interrupted.").format(
                action=what, order=ref), MessageKind.SUCCESS)
        if entry.is_open:
            if entry.next_attempt_at:
                text = QtCore.QCoreApplication.translate("SessionsController", "The interrupted {action} on order {order} still has no answer from Klarna; it was sent "
                                                  "again with the same key. It is tried again at {time}.")
            else:
                text = QtCore.QCoreApplication.translate("SessionsController", "The interrupted {action} on order {order} still has no answer from Klarna; it was sent "
                                                  "again with the same key.")
            return (text.format(action=what, order=ref, time=journal_text.clock(entry.next_attempt_at)),
                    MessageKind.WARNING)
        said = with_amounts("; ".join(entry.error_messages), order.purchase_currency if order else None, self.locale)
        return (QtCore.QCoreApplication.translate("SessionsController", "Klarna refused the interrupted {action} on order {order}: {code} {message}").format(
                    action=what, order=ref, code=entry.error_code or "", message=said),
                MessageKind.ERROR)

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
