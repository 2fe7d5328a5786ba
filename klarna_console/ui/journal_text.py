"""How the window words journal entries: "capture of £91.90", "no answer yet · next try 14:05"."""

from __future__ import annotations

import datetime as dt

from ..domain.dates import format_datetime, format_time
from ..domain.money import format_amount
from ..domain.rules import Action
from ..store.values import JournalEntry, JournalState
from . import reason_text
from .models import window_locale
from .plurals import PLURALS
from .qt import QtCore


def write_text(entry: JournalEntry, currency: str | None, locale: str) -> str:
    """The write in a few words, with its amount where it has one: "capture of £91.90"."""
    # The services load after the first paint; History rows exist only after a profile has opened.
    from ..services.actions import ActionRequest

    try:
        request = ActionRequest.from_journal(entry)
    except ValueError:  # an entry a newer or older console wrote in another shape
        return entry.action.replace("_", " ")
    title = reason_text.title(request.action).lower()
    if request.amount is not None and currency:
        return QtCore.QCoreApplication.translate("JournalText", "{action} of {amount}").format(
            action=title, amount=format_amount(request.amount, currency, locale))
    return title


def action_title(entry: JournalEntry) -> str:
    """The action in the words of the window's menus ("Resend customer communication"), for History."""
    try:
        return reason_text.title(Action(entry.action))
    except ValueError:  # an action a newer or older console wrote
        return entry.action.replace("_", " ").capitalize()


def made_at(entry: JournalEntry) -> str | None:
    """Where a team store's entry was made: "Anna, at desk-7"; None in a desk's own store."""
    if not entry.agent:
        return None
    return QtCore.QCoreApplication.translate("JournalText", "{agent}, at {desk}").format(agent=entry.agent, desk=entry.desk) if entry.desk else entry.agent



def clock(moment: dt.datetime | None, locale: str | None = None) -> str:
    """A time of day in the computer's time zone ("14:05", per CLDR), with the date when it is not today."""
    if moment is None:
        return ""
    local = moment.astimezone()
    if local.date() == dt.datetime.now().astimezone().date():
        return format_time(local, locale or window_locale())
    return format_datetime(local, locale or window_locale())


def ago(then: dt.datetime, now: dt.datetime) -> str:
    """How long ago, in whole minutes ("just now", "1 minute ago", "7 minutes ago")."""
    minutes = int((now - then).total_seconds() // 60)
    if minutes < 1:
        return QtCore.QCoreApplication.translate("JournalText", "just now")
    return PLURALS.minutes_ago(minutes)


def outcome(entry: JournalEntry) -> str:
    """The History tab's outcome: what happened, and for an open write what happens next."""
    if entry.not_applied:
        return QtCore.QCoreApplication.translate("JournalText", "not applied (closed by hand)")
    if entry.state is JournalState.UNKNOWN:
        if entry.next_attempt_at:
            return QtCore.QCoreApplication.translate("JournalText", "no answer yet · next try {time}").format(time=clock(entry.next_attempt_at))
        return QtCore.QCoreApplication.translate("JournalText", "no answer yet · check with Klarna")
    if entry.state is JournalState.INTENT:
        return QtCore.QCoreApplication.translate("JournalText", "sending")
    if entry.state is JournalState.SUCCEEDED:
        return QtCore.QCoreApplication.translate("JournalText", "succeeded")
    if entry.state is JournalState.FAILED:
        return QtCore.QCoreApplication.translate("JournalText", "failed")
    return entry.state.value


__all__ = ["action_title", "ago", "clock", "made_at", "outcome", "write_text"]
