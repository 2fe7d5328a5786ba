"""The store's values, the same whatever backend holds them: orders, searches, the journal, payouts, errors.

Pure data and the rules that belong to it (an entry's key lifetime, a query's limits); no database code.
The window, the services and every backend share these.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
from collections.abc import Collection
from pathlib import Path
from typing import Any

import msgspec

from ..api.models import Order
from ..api.settlement_models import Totals
from ..reasons import Code, Reason, Reasoned, SetAside, reason

# --- errors ------------------------------------------------------------------------------------


class StoreError(Reasoned):
    """The local database cannot be opened, read or written.

    Attributes:
        reason: what went wrong, as a code with the file or folder and what it means for the user's work
            (the window words it; str() gives those words once the window has installed them).
    """

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


class StoreUnavailableError(StoreError):
    """The folder of the store cannot take a write right now (full, read-only, locked).

    Attributes:
        folder: the folder holding the store.
    """

    def __init__(self, why: Reason, folder: Path) -> None:
        super().__init__(why)
        self.folder = folder


class DiskFullError(StoreUnavailableError):
    """The disk (or the user's quota) holding the store has no room left."""


class FolderNotWritableError(StoreUnavailableError):
    """The store's folder or file cannot be written by this user (permissions, read-only disk, not a folder)."""


class StoreBusyError(StoreUnavailableError):
    """Another program kept the store locked for longer than the busy timeout."""


class TeamStoreUnreachable(StoreError):
    """The team's PostgreSQL server cannot be reached or stopped answering: nothing is sent (a write needs its journal)."""


class StoreDamagedError(StoreError):
    """SQLite found the file damaged while in use; the next start moves it aside and lists its open writes.

    Attributes:
        path: the database file.
    """

    def __init__(self, why: Reason, path: Path) -> None:
        super().__init__(why)
        self.path = path


# --- orders and searches ----------------------------------------------------------------------

SORT_COLUMNS: tuple[str, ...] = (
    "order_id", "status", "fraud_status", "currency", "order_amount", "captured_amount",
    "refunded_amount", "remaining_amount", "created_at", "expires_at", "klarna_reference",
    "merchant_reference1", "merchant_reference2", "customer_name", "email", "phone", "postal_code",
    "fetched_at",
)
"""Every column a search can be sorted by (the fields of `OrderRow`)."""

OPEN_STATUSES = ("AUTHORIZED", "PART_CAPTURED")
"""Orders that still hold an authorization, the only ones whose expiry matters."""


class SearchQuery(msgspec.Struct, frozen=True):
    """Text and filters of a search, with its sort order.

    Attributes:
        text: words matched as prefixes of the words in the order id, Klarna reference, merchant
            references, customer name, e-mail, phone and postal code; every word must match.
        statuses: keep orders with one of these statuses (empty: any).
        created_from: keep orders created at or after this time (a date means its start, UTC).
        created_to: keep orders created before this time (a date means the end of that day, UTC).
        amount_min, amount_max: order amount bounds in minor units, both inclusive.
        currency: keep orders in this currency (ISO 4217, any case).
        expires_within_days: keep open orders (authorized or part-captured) whose authorization
            expires between `now` and `now` + this many days.
        fraud_pending: keep orders whose fraud status is PENDING.
        unpaid_capture_days: keep orders with a capture older than this many days (the account's usual
            payout delay) that no synced payout contains; only captures since the start of the last
            payout sync count, since older payouts were never asked for.
        sort: the column to sort by, one of SORT_COLUMNS. Text sorts without case, by code point, so
            accented letters follow "z" (as "å", "ä", "ö" do in the Nordic alphabets).
        descending: newest/largest first.
        now: the time "expires within" counts from (default: the current time).
    """

    text: str = ""
    statuses: Collection[str] = ()
    created_from: dt.datetime | dt.date | None = None
    created_to: dt.datetime | dt.date | None = None
    amount_min: int | None = None
    amount_max: int | None = None
    currency: str | None = None
    expires_within_days: int | None = None
    fraud_pending: bool = False
    unpaid_capture_days: int | None = None
    sort: str = "created_at"
    descending: bool = True
    now: dt.datetime | None = None

    def __post_init__(self) -> None:
        if self.sort not in SORT_COLUMNS:
            raise ValueError(f"sort: {self.sort!r} is not one of {', '.join(SORT_COLUMNS)}")  # english-ok: a programming error
        if self.expires_within_days is not None and self.expires_within_days < 0:
            raise ValueError("expires_within_days: must be 0 or more")
        if self.unpaid_capture_days is not None and self.unpaid_capture_days < 0:
            raise ValueError("unpaid_capture_days: must be 0 or more")


class CachedOrder(msgspec.Struct, frozen=True):
    """An order as last fetched, and when."""

    order: Order
    fetched_at: dt.datetime


class OrderRow(msgspec.Struct, frozen=True):
    """One line of the results table: the searchable columns of an order, without its JSON."""

    order_id: str
    status: str | None
    fraud_status: str | None
    currency: str | None
    order_amount: int | None
    captured_amount: int | None
    refunded_amount: int | None
    remaining_amount: int | None
    created_at: dt.datetime | None
    expires_at: dt.datetime | None
    klarna_reference: str | None
    merchant_reference1: str | None
    merchant_reference2: str | None
    customer_name: str | None
    email: str | None
    phone: str | None
    postal_code: str | None
    fetched_at: dt.datetime


# --- the journal -------------------------------------------------------------------------------


class JournalState(enum.StrEnum):
    """Where an intended write stands."""

    INTENT = "intent"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    UNKNOWN = "unknown"

    @property
    def is_open(self) -> bool:
        """True while the outcome is not known: the write may still have to be resumed."""
        return self in (JournalState.INTENT, JournalState.UNKNOWN)


# Klarna honours an idempotency key for 24 hours; a key is resent only well inside that, never near the edge.
KEY_LIFETIME = dt.timedelta(hours=23)
# A second capture or refund this soon after one succeeded is more often a slip than intended.
RECENT_WRITE = dt.timedelta(minutes=10)
# Writes whose repetition moves money again (the others repeat harmlessly: same address, same references).
MONEY_ACTIONS = frozenset({"capture", "refund"})
NOT_APPLIED = "MARKED_NOT_APPLIED"
"""The error code of an open entry a person closed after Klarna showed no trace of it."""


def this_process() -> str:
    """How an outcome names the process that recorded it: "host:pid"."""
    import socket  # not at module level: ~7 ms of start-up, for the first write

    return f"{socket.gethostname()}:{os.getpid()}"


class JournalEntry(msgspec.Struct, frozen=True):
    """One intended write and, once known, its outcome."""

    id: int
    created_at: dt.datetime
    updated_at: dt.datetime
    profile_id: str
    order_id: str
    action: str
    idempotency_key: str
    request: Any
    state: JournalState
    http_status: int | None
    error_code: str | None
    error_messages: tuple[str, ...]
    correlation_id: str | None
    result_id: str | None
    attempts: int
    note: str | None = None
    finished_by: str | None = None
    next_attempt_at: dt.datetime | None = None
    agent: str | None = None
    """Who made it, in a team store (a desk's agent name); None in a desk's own store."""
    desk: str | None = None
    """The computer it was made from, in a team store."""

    @property
    def is_open(self) -> bool:
        """True while the outcome is not known (state intent or unknown)."""
        return self.state.is_open

    def key_alive(self, now: dt.datetime) -> bool:
        """Whether its key may still be resent: Klarna would still recognise it and replay the first answer."""
        return now - self.created_at < KEY_LIFETIME

    @property
    def not_applied(self) -> bool:
        """A person closed it after checking that Klarna had not applied it."""
        return self.error_code == NOT_APPLIED

    @property
    def finished_elsewhere(self) -> bool:
        """Its outcome was recorded by another process (another window, or a desk)."""
        return self.finished_by is not None and self.finished_by != this_process()


class GuardRefusal(Exception):
    """The journal refuses a new write on an order; `entry` is the one that stands in its way."""

    def __init__(self, entry: JournalEntry) -> None:
        by = f" ({entry.agent} at {entry.desk})" if entry.agent else ""
        super().__init__(f"{entry.action} on {entry.order_id} blocked by journal entry {entry.id}{by}")  # english-ok: for logs; the window shows `entry`
        self.entry = entry


class OpenWrite(GuardRefusal):
    """An earlier write of the same action on the order has no known outcome: resend it or check, never anew."""


class RecentWrite(GuardRefusal):
    """The same capture or refund succeeded on the order minutes ago: a second one needs explicit confirmation."""


class KeyExpired(GuardRefusal):
    """An open entry's key is past its lifetime: resending it could apply the write a second time."""


def check_guard(action: str, open_entry: JournalEntry | None, recent_success: JournalEntry | None,
                confirmed_recent: int | None) -> None:
    """The guard's rule, the same for every backend (each decides it inside its write transaction).

    `open_entry`: the oldest open entry of the same action on the order; `recent_success`: the newest
    succeeded one within RECENT_WRITE. Raises OpenWrite, or RecentWrite for a capture or refund unless
    `confirmed_recent` names that very entry (or a later one).
    """
    if open_entry is not None:
        raise OpenWrite(open_entry)
    if action in MONEY_ACTIONS and recent_success is not None and (
            confirmed_recent is None or confirmed_recent < recent_success.id):
        raise RecentWrite(recent_success)


def records_outcome(entry_id: int, current: JournalState, state: JournalState) -> bool:
    """Whether an outcome is recorded over an entry in state `current` (the same for every backend).

    An open entry takes it. A finished one is final: a lost answer ("unknown", when another window or desk
    already recorded the real one) leaves it as it is (False); a different final outcome is a bug (ValueError).
    """
    if state is JournalState.INTENT:
        raise ValueError("an outcome is succeeded, failed or unknown, not intent")  # english-ok: a programming error
    if current.is_open:
        return True
    if current is not state and state is not JournalState.UNKNOWN:
        raise ValueError(f"journal entry {entry_id} already {current.value}; it cannot become {state.value}")  # english-ok: an invariant, for logs
    return False


# --- payouts -----------------------------------------------------------------------------------


def usual_delay(days: list[float], default: int) -> int:
    """Days from capture to payout that nine in ten synced sales were paid within, plus two days' margin."""
    if not days:
        return default
    ordered = sorted(days)
    return int(ordered[min(len(ordered) - 1, len(ordered) * 9 // 10)]) + 1 + 2


class PayoutRow(msgspec.Struct, frozen=True):
    """A cached payout."""

    payment_reference: str
    payout_date: dt.datetime
    currency: str
    settlement_amount: int
    totals: Totals
    transactions_synced: bool


class Settled(msgspec.Struct, frozen=True):
    """One settlement line of an order: what it was, in which payout, and when."""

    type: str
    detailed_type: str | None
    amount: int
    capture_id: str | None
    refund_id: str | None
    payment_reference: str
    payout_date: dt.datetime
    currency: str | None
    vat_amount: int | None


# --- a store moved aside -----------------------------------------------------------------------

_SHOWN = 5  # open writes listed in the window; all of them are in the README beside the files
_AMOUNTS = ("captured_amount", "refunded_amount", "order_amount")
README = "README.txt"
"""The file beside a store moved aside that lists every write it left open."""


class UnfinishedWrite(msgspec.Struct, frozen=True):
    """A journal entry found open (intent or unknown) in a damaged store: Klarna may or may not have done it."""

    entry_id: int
    created_at: str
    order_id: str
    action: str
    idempotency_key: str
    state: str
    request: Any

    def amounts(self) -> str:
        """The request's amounts as "captured_amount=1000,..." (int minor units), "" for none."""
        body = self.request.get("body") if isinstance(self.request, dict) else None
        return ",".join(f"{name}={body[name]}" for name in _AMOUNTS if isinstance(body, dict) and name in body)

    def describe(self) -> str:
        """One line a person can check in Klarna's Merchant Portal (README beside the moved files, and the log)."""
        amounts = self.amounts().replace("=", " ").replace(",", ", ")
        amount = f" ({amounts} in minor units)" if amounts else ""  # english-ok: README and log, see Recovery
        return (f"{self.action.replace('_', ' ')} on order {self.order_id}{amount}, started {self.created_at[:19]} "
                f"UTC, idempotency key {self.idempotency_key}, state {self.state}")


# The README beside the moved files and the log are in English, like every log line (for support);
# the window words the recovery from its reason (ui/reason_text.py).
_PROBLEMS = {
    SetAside.MISSING: "is missing: the file was there before and is gone",  # english-ok: README and log
    SetAside.MISSING_WAL_LEFT: "is missing, but its -wal file (the newest part of it) is still there",  # english-ok: README and log
    SetAside.EMPTY: "is empty (0 bytes): the file was there before, with data",  # english-ok: README and log
    SetAside.ZEROED: "is not a readable SQLite database (its first page is zeroed)",  # english-ok: README and log
    SetAside.NOT_SQLITE: "is not a readable SQLite database (its first page is not a SQLite header)",  # english-ok: README and log
    SetAside.CHECK_FAILED: "failed SQLite's check: {detail}",
    SetAside.DAMAGED: "is damaged ({detail})",
}


class Recovery(msgspec.Struct, frozen=True):
    """What was wrong with a store, where its files went, and the open writes read from them.

    Attributes:
        path: the store file.
        problem: what was wrong (empty, zeroed, failed SQLite's check, ...), with `detail` (SQLite's words).
        kept_in: the folder the files were moved to.
        moved: the files moved there (names as they were).
        open_writes: the journal entries found open, oldest first.
        complete: whether the whole journal could be read (else the list may miss some).
        source: where the open writes were read from: "moved" (the moved files), "backup" (the last daily
            backup, `backup`, taken at `backup_when`), or "both".
    """

    path: Path
    problem: SetAside
    kept_in: Path
    moved: tuple[str, ...]
    open_writes: tuple[UnfinishedWrite, ...]
    complete: bool
    source: str = "moved"
    detail: str = ""
    backup: Path | None = None
    backup_when: str = ""

    def reason(self, limit: int = _SHOWN) -> Reason:
        """What the window says, as a code: the file, where it went, and the first `limit` writes to check."""
        values: dict[str, int | str] = {
            "path": str(self.path), "problem": self.problem.value, "detail": self.detail,
            "kept_in": str(self.kept_in), "files": ",".join(self.moved), "open": len(self.open_writes),
            "complete": int(self.complete), "source": self.source, "backup": str(self.backup or ""),
            "backup_when": self.backup_when, "readme": str(self.kept_in / README),
            "shown": min(limit, len(self.open_writes)),
        }
        for n, write in enumerate(self.open_writes[:limit], start=1):
            values.update({f"w{n}_action": write.action, f"w{n}_order": write.order_id,
                           f"w{n}_amounts": write.amounts(), f"w{n}_started": write.created_at[:19],
                           f"w{n}_key": write.idempotency_key, f"w{n}_state": write.state})
        return reason(Code.STORE_SET_ASIDE, **values)

    def message(self, limit: int = _SHOWN) -> str:
        """The README's and the log's account: the file, where it went, and the writes to check with Klarna."""
        files = ", ".join(self.moved) if self.moved else "nothing was left of it"  # english-ok: README and log
        problem = _PROBLEMS[self.problem].replace("{detail}", self.detail)
        text = (f"The local store {self.path} {problem}. It was moved aside whole ({files}) to "  # english-ok: README and log
                f"{self.kept_in}; nothing was deleted, and a new, empty store was started for this profile. ")
        source = {"moved": "the moved files",  # english-ok: README and log
                  "backup": f"the backup of {self.backup_when}, {self.backup}",  # english-ok: README and log
                  "both": f"the moved files and the backup of {self.backup_when}"}[self.source]  # english-ok: README and log
        if self.open_writes:
            lines = [f"{n}) {w.describe()}" for n, w in enumerate(self.open_writes[:limit], start=1)]
            more = len(self.open_writes) - limit
            if more > 0:
                lines.append(f"and {more} more, listed in {self.kept_in / README}")  # english-ok: README and log
            text += (f"It held {len(self.open_writes)} write(s) to Klarna whose outcome was never recorded"  # english-ok: README and log
                     f"{'' if self.source == 'moved' else f' (read from {source})'}. They are "
                     "kept open in the new journal with their own keys: nothing new is sent for those orders "
                     "until each is settled; each is sent again with its own key (Klarna applies it at most "
                     "once) while the key is under 23 hours old, and older ones wait for Check with Klarna in "
                     "the order's action: "
                     + "; ".join(lines) + ".")
            if not self.complete:
                text += " Part of its journal could not be read, so there may be more."  # english-ok: README and log
        elif self.complete:
            text += f"It held no unfinished writes (read from {source})."  # english-ok: README and log
        else:
            text += ("Its journal could not be read, so writes it left unfinished are unknown: check this "  # english-ok: README and log
                     "profile's recent captures and refunds with Klarna before repeating any.")
        return text


class StoreSetAsideError(StoreError):
    """The store was damaged, emptied or missing; it was moved aside. Opening again starts a fresh store.

    Attributes:
        recovery: what was found and done.
    """

    def __init__(self, recovery: Recovery) -> None:
        super().__init__(recovery.reason())
        self.recovery = recovery
