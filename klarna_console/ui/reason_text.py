"""The window's words for the core's reasons and actions: every sentence wrapped for Qt Linguist.

The Qt-free layers hand over reasons as codes with values (klarna_console/reasons.py); this module is
the one place that words them. Each text goes through `QCoreApplication.translate` with the context
"Reasons" (or "Actions" for the actions' names), and its placeholders are filled after translation, so
a translator can move them; money is formatted by domain.money for the user's locale.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import TYPE_CHECKING

from ..api.errors import KlarnaError, RequestValidationError
from ..domain.money import format_amount
from ..domain.rules import Action
from ..reasons import Code, Reason, SetAside, Then, Value, install_words, nested
from .qt import QtCore

if TYPE_CHECKING:  # the services load after the first paint
    from ..profiles import ProfileProblem
    from ..services.actions import ActionRequest


def title(action: Action | str) -> str:
    """An action's name as the menus and dialogs show it ("Capture", "Extend authorization time")."""
    match Action(action):
        case Action.CAPTURE:
            return QtCore.QCoreApplication.translate("Actions", "Capture")
        case Action.REFUND:
            return QtCore.QCoreApplication.translate("Actions", "Refund")
        case Action.CANCEL:
            return QtCore.QCoreApplication.translate("Actions", "Cancel order")
        case Action.RELEASE_REMAINING:
            return QtCore.QCoreApplication.translate("Actions", "Release remaining authorization")
        case Action.EXTEND_AUTHORIZATION:
            return QtCore.QCoreApplication.translate("Actions", "Extend authorization time")
        case Action.UPDATE_AUTHORIZATION:
            return QtCore.QCoreApplication.translate("Actions", "Update order amount")
        case Action.UPDATE_CUSTOMER_DETAILS:
            return QtCore.QCoreApplication.translate("Actions", "Edit shipping address")
        case Action.UPDATE_MERCHANT_REFERENCES:
            return QtCore.QCoreApplication.translate("Actions", "Update merchant references")
        case Action.ACKNOWLEDGE:
            return QtCore.QCoreApplication.translate("Actions", "Acknowledge")
        case Action.ADD_ORDER_SHIPPING_INFO:
            return QtCore.QCoreApplication.translate("Actions", "Add shipping info")
        case Action.ADD_CAPTURE_SHIPPING_INFO:
            return QtCore.QCoreApplication.translate("Actions", "Add shipping info to capture")
        case Action.TRIGGER_SEND_OUT:
            return QtCore.QCoreApplication.translate("Actions", "Resend customer communication")
        case Action.EXTEND_DUE_DATE:
            return QtCore.QCoreApplication.translate("Actions", "Extend due date")


class _Titles(Mapping[Action, str]):
    """The actions' names as a mapping (each looked up, and so translated, when read)."""

    def __getitem__(self, action: Action) -> str:
        return title(action)

    def __iter__(self) -> Iterator[Action]:
        return iter(Action)

    def __len__(self) -> int:
        return len(Action)


TITLES: Mapping[Action, str] = _Titles()


def describe(request: ActionRequest, currency: str | None, locale: str | None = None) -> str:
    """A request in one line for people: "Capture 1,234.50 kr", "Extend due date by 14 days"."""
    name = title(request.action)
    if request.amount is not None:
        return _fill(QtCore.QCoreApplication.translate("Actions", "{action} {amount}"),
                     action=name, amount=format_amount(request.amount, currency, locale))
    if request.action == Action.EXTEND_DUE_DATE and request.body:
        return _fill(QtCore.QCoreApplication.translate("Actions", "{action} by {days} days"),
                     action=name, days=request.body["number_of_days"])
    return name


def _consequence(action: str) -> str:
    """What a refusal makes impossible, as the second sentence of a rule's reason."""
    match Action(action):
        case Action.CAPTURE:
            return QtCore.QCoreApplication.translate("Reasons", "Capture not possible.")
        case Action.REFUND:
            return QtCore.QCoreApplication.translate("Reasons", "Refund not possible.")
        case Action.CANCEL:
            return QtCore.QCoreApplication.translate("Reasons", "Cancel not possible.")
        case Action.RELEASE_REMAINING:
            return QtCore.QCoreApplication.translate("Reasons", "Remaining authorization cannot be released.")
        case Action.EXTEND_AUTHORIZATION:
            return QtCore.QCoreApplication.translate("Reasons", "Authorization time cannot be extended.")
        case Action.UPDATE_AUTHORIZATION:
            return QtCore.QCoreApplication.translate("Reasons", "Order authorization cannot be updated.")
        case Action.UPDATE_CUSTOMER_DETAILS:
            return QtCore.QCoreApplication.translate("Reasons", "Customer details cannot be updated.")
        case Action.UPDATE_MERCHANT_REFERENCES:
            return QtCore.QCoreApplication.translate("Reasons", "Merchant references cannot be updated.")
        case Action.ADD_CAPTURE_SHIPPING_INFO:
            return QtCore.QCoreApplication.translate("Reasons", "Shipping info cannot be added to the capture.")
        case Action.TRIGGER_SEND_OUT:
            return QtCore.QCoreApplication.translate("Reasons", "Send out cannot be triggered for the capture.")
        case Action.EXTEND_DUE_DATE:
            return QtCore.QCoreApplication.translate("Reasons", "Due date cannot be extended for the capture.")
    return ""


def _kind(kind: Value) -> str:
    """A JSON kind ("str", "int", ...) as a person reads it."""
    match kind:
        case "str":
            return QtCore.QCoreApplication.translate("Reasons", "text")
        case "int":
            return QtCore.QCoreApplication.translate("Reasons", "a whole number")
        case "array" | "list" | "tuple":
            return QtCore.QCoreApplication.translate("Reasons", "a list")
        case "object" | "dict":
            return QtCore.QCoreApplication.translate("Reasons", "an object")
        case "bool":
            return QtCore.QCoreApplication.translate("Reasons", "true or false")
        case "float":
            return QtCore.QCoreApplication.translate("Reasons", "a decimal number")
        case "null" | "NoneType":
            return QtCore.QCoreApplication.translate("Reasons", "empty")
    return str(kind)


def _fill(template: str, **values: object) -> str:
    """Placeholders filled after translation: "{amount}" and the like (a translator may move them)."""
    for name, value in values.items():
        template = template.replace("{" + name + "}", str(value))
    return template


def _money(why: Reason, name: str, locale: str | None) -> str:
    minor = why.get(name, 0)
    currency = str(why.get("currency")) or None
    return format_amount(int(minor), currency, locale) if currency else str(minor)


def _got(why: Reason, unit: Callable[[], str] | None = None) -> str:
    """" (got 300 characters)": what was given, when the reason carries it."""
    if "got" not in why.values:
        return ""
    got = why.values["got"]
    if unit is None:
        return _fill(QtCore.QCoreApplication.translate("Reasons", " (got {got})"), got=got)
    return _fill(unit(), got=got)


def _cause(why: Reason, locale: str | None) -> str:
    """The first sentence of a rule's reason: what is wrong with the order (or "" for other codes)."""
    v = why.values
    match why.code:
        case Code.ORDER_CANCELLED if why.get("action") == Action.CANCEL:
            return QtCore.QCoreApplication.translate("Reasons", "Order is already cancelled.")
        case Code.ORDER_CANCELLED:
            return QtCore.QCoreApplication.translate("Reasons", "Order is cancelled.")
        case Code.ORDER_EXPIRED:
            return QtCore.QCoreApplication.translate("Reasons", "Order is expired.")
        case Code.ORDER_CLOSED:
            return QtCore.QCoreApplication.translate("Reasons", "Order is closed.")
        case Code.FRAUD_PENDING:
            return QtCore.QCoreApplication.translate("Reasons", "Order is pending fraud review.")
        case Code.FRAUD_REJECTED:
            return QtCore.QCoreApplication.translate("Reasons", "Order was rejected in fraud review.")
        case Code.FULLY_CAPTURED:
            return QtCore.QCoreApplication.translate("Reasons", "Order is fully captured.")
        case Code.FULLY_REFUNDED:
            return QtCore.QCoreApplication.translate("Reasons", "Order is fully refunded.")
        case Code.NO_CAPTURES:
            return QtCore.QCoreApplication.translate("Reasons", "Order has no captures.")
        case Code.HAS_CAPTURES:
            return QtCore.QCoreApplication.translate("Reasons", "Order has previous captures.")
        case Code.NO_REMAINING_AUTHORIZATION:
            return QtCore.QCoreApplication.translate("Reasons", "Order has no remaining authorization.")
        case Code.AMOUNT_NEGATIVE if why.get("action") == Action.REFUND:
            return QtCore.QCoreApplication.translate("Reasons", "Refunded amount cannot be negative.")
        case Code.AMOUNT_NEGATIVE:
            return QtCore.QCoreApplication.translate("Reasons", "Captured amount cannot be negative.")
        case Code.AMOUNT_OVER_REMAINING:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Captured amount {amount} is higher than the remaining authorized amount {remaining}."),
                amount=_money(why, "amount", locale), remaining=_money(why, "remaining", locale))
        case Code.AMOUNT_OVER_REFUNDABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Refunded amount {amount} is higher than the captured amount not yet refunded {refundable}."),
                amount=_money(why, "amount", locale), refundable=_money(why, "refundable", locale))
        case Code.AMOUNT_BELOW_CAPTURED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Resulting authorization amount {amount} cannot be less than the captured amount {captured}."),
                amount=_money(why, "amount", locale), captured=_money(why, "captured", locale))
        case Code.INCREASE_NOT_ALLOWED if v.get("method"):
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The order amount cannot be increased for {method} orders."), method=v["method"])
        case Code.INCREASE_NOT_ALLOWED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "The order amount cannot be increased for this payment method.")
        case Code.METHOD_NOT_EXTENDABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Authorization time of {method} orders in {country} cannot be extended."),
                method=v["method"], country=v["country"])
        case Code.MAX_AUTHORIZATION_AGE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Order has reached the maximum authorization time of {days} days."), days=v["days"])
        case Code.BILLING_ADDRESS_LOCKED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "Billing address cannot be updated due to risk assessment.")
        case Code.NO_SUCH_CAPTURE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Capture {capture_id} could not be found."),
                         capture_id=v["capture_id"])
    return ""


def text(why: Reason | None, locale: str | None = "en") -> str:
    """The reason in the user's language, as a tooltip or a message shows it ("" for no reason)."""
    if why is None:
        return ""
    v = why.values
    # Rules whose one sentence says it all.
    match why.code:
        case Code.METHOD_NOT_EXTENDABLE | Code.AMOUNT_NEGATIVE:
            return _cause(why, locale)
        case Code.NOT_PAY_LATER:
            return QtCore.QCoreApplication.translate(
                "Reasons", "Extension of due date is not possible for this payment method.")
        case Code.CAPTURE_FULLY_REFUNDED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "Capture is fully refunded. Extension of due date is not possible.")
        case Code.RETURN_FEE_COUNTRY if v.get("country"):
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Return fees are not available for orders from {country} (only {countries})."),
                country=v["country"], countries=", ".join(str(v["countries"]).split(",")))
        case Code.RETURN_FEE_COUNTRY:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Return fees are not available for orders from this country (only {countries})."),
                countries=", ".join(str(v["countries"]).split(",")))
        case Code.RETURN_FEE_CAPTURES:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Return fees are possible only on orders captured in a single capture "
                           "(this order has {count})."), count=v["count"])
    cause = _cause(why, locale)
    if cause:
        consequence = _consequence(str(why.get("action"))) if why.get("action") else ""
        return f"{cause} {consequence}".strip()
    return _other(why, locale)


def _other(why: Reason, locale: str | None) -> str:
    """Reasons of the profile, of typed amounts and of request fields."""
    v = why.values
    match why.code:
        case Code.READ_ONLY:
            return QtCore.QCoreApplication.translate(
                "Reasons", "This profile is read-only: it can look at orders but not change them.")
        case Code.SECRET_IN_REQUEST:
            return QtCore.QCoreApplication.translate(
                "Reasons", "The request contains a password or API secret of a profile; it was not sent. "
                           "Remove it and try again.")
        case Code.AMOUNT_MISSING:
            return QtCore.QCoreApplication.translate("Reasons", "Enter an amount")
        case Code.AMOUNT_NOT_TEXT:
            return QtCore.QCoreApplication.translate("Reasons", "Enter the amount as text, e.g. 12.50")
        case Code.AMOUNT_NOT_NUMBER:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{text} is not an amount"), text=repr(v["text"]))
        case Code.AMOUNT_NEGATIVE_TYPED:
            return QtCore.QCoreApplication.translate("Reasons", "The amount cannot be negative")
        case Code.AMOUNT_TOO_MANY_DECIMALS if v["decimals"] == 0:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{currency} has no decimals; {text} has {given}"),
                         currency=v["currency"], text=repr(v["text"]), given=v["given"])
        case Code.AMOUNT_TOO_MANY_DECIMALS:
            template = (QtCore.QCoreApplication.translate("Reasons", "{currency} has 1 decimal; {text} has {given}")
                        if v["decimals"] == 1 else
                        QtCore.QCoreApplication.translate("Reasons", "{currency} has {decimals} decimals; {text} has {given}"))
            currency = v["currency"] or QtCore.QCoreApplication.translate("Reasons", "This currency")
            return _fill(template, currency=currency, decimals=v["decimals"], text=repr(v["text"]), given=v["given"])
        case Code.AMOUNT_TWO_DECIMAL_MARKS:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{text} has more than one decimal mark"),
                         text=repr(v["text"]))
        case Code.AMOUNT_BADLY_GROUPED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{text} is not grouped in thousands"),
                         text=repr(v["text"]))
        case Code.AMOUNT_WRONG_CURRENCY:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{given} is not {currency}: type the amount in {currency}, the order's currency"),
                given=v["given"], currency=v["currency"])
    return _bulk(why) or _store(why) or _profile(why) or problem(why)


def _action_words(why: Reason) -> str:
    """An action named in a sentence ("an earlier capture"): its title in lower case."""
    return title(str(why.get("action"))).lower()


def _bulk(why: Reason) -> str:
    """Why an order of a bulk run is not sent, or not finished."""
    v = why.values
    match why.code:
        case Code.BULK_NOT_REREAD:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "could not be read from Klarna after its last write ({detail})"), detail=v["detail"])
        case Code.BULK_UNSENDABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "journal entry {entry} cannot be sent again as it stands ({field})"),
                entry=v["entry"], field=v["field"])
        case Code.BULK_KEY_EXPIRED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "An earlier {action} (journal entry {entry}) never got an answer and its key is over "
                           "23 hours old: open the order and use Check with Klarna"),
                action=_action_words(why), entry=v["entry"])
        case Code.BULK_DONE_BEFORE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "done before ({when} UTC, journal entry {entry})"),
                         when=v["when"], entry=v["entry"])
        case Code.BULK_EARLIER_OPEN:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "an earlier {action} on this order (journal entry {entry}) has no answer yet"),
                action=_action_words(why), entry=v["entry"])
        case Code.BULK_MADE_RECENTLY:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "the same {action} was made minutes ago (journal entry {entry})"),
                action=_action_words(why), entry=v["entry"])
        case Code.BULK_STOPPED:
            return QtCore.QCoreApplication.translate("Reasons", "stopped before sending")
        case Code.BULK_SENT_UNJOURNALED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "sent, but its outcome could not be journaled: {detail}"), detail=v["detail"])
        case Code.BULK_NOT_SENT_UNJOURNALED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "not sent: the journal could not be written: {detail}"), detail=v["detail"])
    return ""


def _then(then: Value) -> str:
    """What a store failure means for the user's work."""
    match then:
        case Then.NOTHING_SENT:
            return QtCore.QCoreApplication.translate("Reasons", "nothing was sent")
        case Then.OUTCOME_NOT_RECORDED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "Klarna's answer could not be recorded, so the action stays open and is resumed with "
                           "its original idempotency key")
        case Then.ORDERS_NOT_SAVED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "the orders fetched from Klarna were not saved on this computer")
        case Then.BACKUP_NOT_TAKEN:
            return QtCore.QCoreApplication.translate("Reasons", "today's backup of the journal was not taken")
        case Then.CANNOT_SHOW:
            return QtCore.QCoreApplication.translate(
                "Reasons", "the orders and journal of this profile cannot be shown")
        case Then.NOT_READ:
            return QtCore.QCoreApplication.translate("Reasons", "the local data could not be read")
    return QtCore.QCoreApplication.translate("Reasons", "nothing was saved")


def _set_aside_problem(why: Reason) -> str:
    """What was wrong with a store moved aside, as the rest of a sentence after its name."""
    match why.get("problem"):
        case SetAside.MISSING:
            return QtCore.QCoreApplication.translate("Reasons", "is missing: the file was there before and is gone")
        case SetAside.MISSING_WAL_LEFT:
            return QtCore.QCoreApplication.translate(
                "Reasons", "is missing, but its -wal file (the newest part of it) is still there")
        case SetAside.EMPTY:
            return QtCore.QCoreApplication.translate("Reasons", "is empty (0 bytes): the file was there before, with data")
        case SetAside.ZEROED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "is not a readable SQLite database (its first page is zeroed)")
        case SetAside.NOT_SQLITE:
            return QtCore.QCoreApplication.translate(
                "Reasons", "is not a readable SQLite database (its first page is not a SQLite header)")
        case SetAside.CHECK_FAILED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "failed SQLite's check: {detail}"),
                         detail=why.get("detail"))
    return _fill(QtCore.QCoreApplication.translate("Reasons", "is damaged ({detail})"), detail=why.get("detail"))


def _unfinished_write(why: Reason, n: int) -> str:
    """One open write of a store moved aside, as a person checks it in Klarna's Merchant Portal."""
    amounts = [pair.split("=", 1) for pair in str(why.get(f"w{n}_amounts")).split(",") if "=" in pair]
    amount = _fill(QtCore.QCoreApplication.translate("Reasons", " ({amounts} in minor units)"),
                   amounts=", ".join(f"{name} {value}" for name, value in amounts)) if amounts else ""
    return _fill(QtCore.QCoreApplication.translate(
        "Reasons", "{n}) {action} on order {order}{amount}, started {started} UTC, idempotency key {key}, "
                   "state {state}"),
        n=n, action=str(why.get(f"w{n}_action")).replace("_", " "), order=why.get(f"w{n}_order"), amount=amount,
        started=why.get(f"w{n}_started"), key=why.get(f"w{n}_key"), state=why.get(f"w{n}_state"))


def _set_aside(why: Reason) -> str:
    """A store moved aside: the file, where it went, and the writes it left open to check with Klarna."""
    v = why.values
    files = (", ".join(str(v["files"]).split(",")) if v.get("files")
             else QtCore.QCoreApplication.translate("Reasons", "nothing was left of it"))
    said = _fill(QtCore.QCoreApplication.translate(
        "Reasons", "The local store {path} {problem}. It was moved aside whole ({files}) to {kept_in}; nothing was "
                   "deleted, and a new, empty store was started for this profile. "),
        path=v["path"], problem=_set_aside_problem(why), files=files, kept_in=v["kept_in"])
    source = {
        "moved": QtCore.QCoreApplication.translate("Reasons", "the moved files"),
        "backup": _fill(QtCore.QCoreApplication.translate("Reasons", "the backup of {when}, {backup}"),
                        when=v.get("backup_when"), backup=v.get("backup")),
        "both": _fill(QtCore.QCoreApplication.translate("Reasons", "the moved files and the backup of {when}"),
                      when=v.get("backup_when")),
    }.get(str(v.get("source")), "")
    count, shown = int(v.get("open", 0)), int(v.get("shown", 0))
    if count:
        lines = [_unfinished_write(why, n) for n in range(1, shown + 1)]
        if count > shown:
            lines.append(_fill(QtCore.QCoreApplication.translate("Reasons", "and {more} more, listed in {readme}"),
                               more=count - shown, readme=v.get("readme")))
        read_from = ("" if v.get("source") == "moved" else
                     _fill(QtCore.QCoreApplication.translate("Reasons", " (read from {source})"), source=source))
        said += _fill(QtCore.QCoreApplication.translate(
            "Reasons", "It held {count} write(s) to Klarna whose outcome was never recorded{read_from}. They are "
                       "kept open in the new journal with their own keys: nothing new is sent for those orders "
                       "until each is settled; each is sent again with its own key (Klarna applies it at most "
                       "once) while the key is under 23 hours old, and older ones wait for Check with Klarna in "
                       "the order's action: {writes}."),
            count=count, read_from=read_from, writes="; ".join(lines))
        if not v.get("complete"):
            said += QtCore.QCoreApplication.translate(
                "Reasons", " Part of its journal could not be read, so there may be more.")
    elif v.get("complete"):
        said += _fill(QtCore.QCoreApplication.translate("Reasons", "It held no unfinished writes (read from {source})."),
                      source=source)
    else:
        said += QtCore.QCoreApplication.translate(
            "Reasons", "Its journal could not be read, so writes it left unfinished are unknown: check this "
                       "profile's recent captures and refunds with Klarna before repeating any.")
    return said


def _store(why: Reason) -> str:
    """Problems of the local files: which file or folder, what it meant for the work, and what to do."""
    v = why.values
    match why.code:
        case Code.STORE_DISK_FULL:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The disk holding {folder} is full; {then}. Free some space and try again."),
                folder=v["folder"], then=_then(v.get("then", "")))
        case Code.STORE_BUSY:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The local store in {folder} is locked by another program (another Klarna Order Console "
                           "window, a backup or sync tool) and stayed locked; {then}. Close the other program and "
                           "try again."), folder=v["folder"], then=_then(v.get("then", "")))
        case Code.STORE_NOT_WRITABLE:
            where = _fill(QtCore.QCoreApplication.translate("Reasons", " ({where})"), where=v["where"]) if v.get("where") else ""
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Klarna Order Console cannot write to {folder}{where}: the folder belongs to another "
                           "user, or the disk is read-only; {then}. Give your user write access to it, or start "
                           "with --basedir pointing to a folder you own."),
                folder=v["folder"], where=where, then=_then(v.get("then", "")))
        case Code.STORE_IN_THE_WAY:
            role = (QtCore.QCoreApplication.translate("Reasons", "Klarna Order Console keeps its data in a folder of that name")
                    if v["where"] == v["folder"] else
                    _fill(QtCore.QCoreApplication.translate("Reasons", "Klarna Order Console keeps its data in {folder}"),
                          folder=v["folder"]))
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{where} is in the way: it is a file, not a folder, and {role}; {then}. Move the file "
                           "away, or start with --basedir pointing elsewhere."),
                where=v["where"], role=role, then=_then(v.get("then", "")))
        case Code.STORE_DAMAGED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The local store {path} is damaged ({detail}); {then}. Quit and start Klarna Order "
                           "Console again: it moves the damaged file aside, keeps it whole, and lists the writes it "
                           "left unfinished."), path=v["path"], detail=v.get("detail"), then=_then(v.get("then", "")))
        case Code.STORE_CHECK_FAILED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The local store {path} failed its daily check ({detail}). Quit and start Klarna Order "
                           "Console again: it moves the damaged file aside, keeps it whole, and lists the writes it "
                           "left unfinished."), path=v["path"], detail=v.get("detail"))
        case Code.STORE_UNREADABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The local store {path} could not be read ({detail}); nothing was changed. The disk may "
                           "be failing or disconnected: check it, then open the profile again."),
                path=v["path"], detail=v.get("detail"))
        case Code.STORE_NOT_SQLITE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{path} is not a readable SQLite database ({detail})"), path=v["path"], detail=v.get("detail"))
        case Code.STORE_TOO_NEW:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{path} has schema version {version}, newer than this program's {latest}: it was written "
                           "by a newer Klarna Order Console; update the program to open it"),
                path=v["path"], version=v["version"], latest=v["latest"])
        case Code.STORE_MIGRATION_FAILED:
            kept = (_fill(QtCore.QCoreApplication.translate("Reasons", "; the file as it was before is kept at {backup}"),
                          backup=v["backup"]) if v.get("backup") else "")
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "could not update {path} to schema {version} ({detail}){kept}"),
                path=v["path"], version=v["version"], detail=v.get("detail"), kept=kept)
        case Code.STORE_CLOSED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "the local store {path} is closed"), path=v["path"])
        case Code.TEAM_STORE_UNREACHABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The team store {where} cannot be reached ({detail}). Nothing is sent from this desk "
                           "until it can be: every write is journaled there first."),
                where=v["where"], detail=v["detail"])
        case Code.TEAM_STORE_LOST:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The team store {where} stopped answering ({detail}). What was being done was not "
                           "sent; try again once the server answers."),
                where=v["where"], detail=v["detail"])
        case Code.TEAM_STORE_REFUSED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The team store {where} refused it: {detail} (SQLSTATE {sqlstate}). Nothing was sent from "
                           "this desk. Try again; if it keeps refusing, show this to whoever runs the database server."),
                where=v["where"], detail=v["detail"], sqlstate=v["sqlstate"])
        case Code.TEAM_STORE_TOO_NEW:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The team store {where} has schema version {version}, newer than this program's "
                           "{latest}: another desk runs a newer Klarna Order Console; update it on this desk too."),
                where=v["where"], version=v["version"], latest=v["latest"])
        case Code.STORE_SET_ASIDE:
            return _set_aside(why)
        case Code.KLARNA_TIMEOUT:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Klarna did not answer in time ({detail})"),
                         detail=v.get("detail"))
        case Code.KLARNA_UNREACHABLE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "could not reach Klarna at {url}: {detail}"),
                         url=v["url"], detail=v.get("detail"))
        case Code.KLARNA_ANSWER_UNREADABLE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Klarna's answer could not be read as {kind}: {detail}"),
                         kind=v["kind"], detail=v.get("detail"))
        case Code.KLARNA_BAD_NEXT_LINK:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Klarna's next link {link} is not a Settlements URL"),
                         link=repr(v["link"]))
        case Code.KLARNA_REPORT_TYPE:
            got = v.get("got") or QtCore.QCoreApplication.translate("Reasons", "no content type")
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Klarna's {report} report came as {got}, not {expected}"),
                         report=v["report"], got=got, expected=v["expected"])
        case Code.UNKNOWN_HOST:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "unknown region/environment {region}/{environment}: region is one of {regions}, "
                           "environment one of {environments}"),
                region=repr(v["region"]), environment=repr(v["environment"]),
                regions=", ".join(str(v["regions"]).split(",")), environments=", ".join(str(v["environments"]).split(",")))
        case Code.BASE_URL_NOT_HTTP:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "base URL {url} is not an http(s) URL with a host"),
                         url=repr(v["url"]))
        case Code.BASE_URL_CLEAR_TEXT:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "base URL {url} is not https: credentials would travel in clear text (plain http is "
                           "accepted only for this machine, e.g. the sandbox)"), url=repr(v["url"]))
        case Code.BASE_URL_HAS_CREDENTIALS:
            return QtCore.QCoreApplication.translate(
                "Reasons", "put the API username and password in the profile, not in the URL")
        case Code.FILE_DISK_FULL:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "The disk holding {folder} is full ({detail}); {file} was not saved (its earlier version "
                           "is kept). Free some space and try again."),
                folder=v["folder"], detail=v.get("detail"), file=v["file"])
        case Code.FILE_NOT_WRITABLE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Klarna Order Console cannot write to {folder} ({detail}); {file} was not saved. Give "
                           "your user write access to it, or start with --basedir pointing to a folder you own."),
                folder=v["folder"], detail=v.get("detail"), file=v["file"])
    return ""


def field_label(field: str) -> str:
    """A profile field as its label in the Profiles dialog ("API username", "Badge colour")."""
    match field:
        case "name":
            return QtCore.QCoreApplication.translate("Profiles", "Name")
        case "host":
            return QtCore.QCoreApplication.translate("Profiles", "Host")
        case "region":
            return QtCore.QCoreApplication.translate("Profiles", "Region")
        case "environment":
            return QtCore.QCoreApplication.translate("Profiles", "Environment")
        case "base_url":
            return QtCore.QCoreApplication.translate("Profiles", "Base URL")
        case "username":
            return QtCore.QCoreApplication.translate("Profiles", "API username")
        case "password":
            return QtCore.QCoreApplication.translate("Profiles", "API password")
        case "color":
            return QtCore.QCoreApplication.translate("Profiles", "Badge colour")
        case "id":
            return QtCore.QCoreApplication.translate("Profiles", "Profile id")
        case "team_store":
            return QtCore.QCoreApplication.translate("Profiles", "Team store")
        case "agent":
            return QtCore.QCoreApplication.translate("Profiles", "Agent name")
        case "kind":
            return QtCore.QCoreApplication.translate("Profiles", "Kind")
    return field


def profile_problem(found: ProfileProblem) -> str:
    """A profile's problem with its field's label first ("API username: is required ...")."""
    return f"{field_label(found.field)}: {text(found.reason)}"


def _settings_problem(why: Reason) -> str:
    """One problem of a damaged settings file."""
    v = why.values
    match why.code:
        case Code.FILE_NOT_JSON:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "it is not valid JSON ({detail})"),
                         detail=v.get("detail"))
        case Code.FILE_TOO_NEW:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "it is format {format}, written by a newer Klarna Order Console"), format=v["format"])
        case Code.FILE_NOT_READ:
            return str(v.get("detail"))  # the parser's own words on the file's shape
        case Code.PROFILE_NOT_READ:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "profile {number}: {detail}"),
                         number=v["number"], detail=v.get("detail"))
        case Code.PROFILE_ID_TWICE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "profile {number} ({name}): its id {id} is used twice"),
                         number=v["number"], name=repr(v["name"]), id=repr(v["id"]))
        case Code.PROFILE_INVALID:
            found = "; ".join(f"{field_label(str(v.get(f'p{n}.field')))}: {text(nested(why, f'p{n}.'))}"
                              for n in range(1, int(v.get("problems", 0)) + 1))
            return _fill(QtCore.QCoreApplication.translate("Reasons", "profile {number} ({name}): {problems}"),
                         number=v["number"], name=repr(v["name"]), problems=found)
    return text(why)


def _profile(why: Reason) -> str:
    """Profiles, their settings files, their secrets and a connection test."""
    v = why.values
    match why.code:
        case Code.PROFILE_ID_INVALID:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{value} is not a profile id (lower-case letters, digits and '-', at most 63)"),
                value=repr(v["value"]))
        case Code.PROFILE_NAME_TAKEN:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "another profile is already called {name}"),
                         name=repr(v["name"]))
        case Code.NOT_A_COLOUR:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{value} is not a colour like #4a6fa5"),
                         value=repr(v["value"]))
        case Code.SANDBOX_FIXED:
            return QtCore.QCoreApplication.translate(
                "Reasons", "only the built-in Sandbox profile is a sandbox profile, and it cannot be changed")
        case Code.SANDBOX_NOT_CHANGED:
            return QtCore.QCoreApplication.translate("Reasons", "the built-in Sandbox profile cannot be changed")
        case Code.SANDBOX_NOT_REMOVED:
            return QtCore.QCoreApplication.translate("Reasons", "the built-in Sandbox profile cannot be removed")
        case Code.BASE_URL_REPLACES_REGION:
            return QtCore.QCoreApplication.translate(
                "Reasons", "a custom base URL replaces region and environment: leave those empty")
        case Code.REGION_NOT_ALLOWED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{value} is not one of {allowed} (or give a base URL)"),
                         value=repr(v["value"]), allowed=", ".join(str(v["allowed"]).split(",")))
        case Code.USERNAME_REQUIRED:
            return QtCore.QCoreApplication.translate("Reasons", "is required (the API username from the Merchant Portal)")
        case Code.HAS_COLON:
            return QtCore.QCoreApplication.translate("Reasons", "cannot contain ':'")
        case Code.HAS_SPACES:
            return QtCore.QCoreApplication.translate("Reasons", "cannot contain spaces or control characters")
        case Code.HAS_CONTROL_CHARACTERS:
            return QtCore.QCoreApplication.translate("Reasons", "cannot contain control characters")
        case Code.TEAM_STORE_NOT_POSTGRESQL:
            return QtCore.QCoreApplication.translate("Reasons", "must be a PostgreSQL URL starting with postgresql://")
        case Code.TEAM_STORE_NO_SERVER:
            return QtCore.QCoreApplication.translate("Reasons", "names no server (postgresql://user@host/database)")
        case Code.TEAM_STORE_HOLDS_PASSWORD:
            return QtCore.QCoreApplication.translate(
                "Reasons", "must not hold the password: give it in the password field (kept in the keyring)")
        case Code.SETTINGS_DAMAGED:
            problems = "; ".join(_settings_problem(nested(why, f"q{n}."))
                                 for n in range(1, int(v.get("problems", 0)) + 1))
            then = {
                "profiles_left_out": QtCore.QCoreApplication.translate(
                    "Reasons", "Those profiles were left out; the others were loaded."),
                "no_profile_read": QtCore.QCoreApplication.translate("Reasons", "No profile could be read from it."),
                "passwords_again": QtCore.QCoreApplication.translate("Reasons", "Passwords in it must be entered again."),
            }.get(str(v.get("then")), "")
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{path} is damaged: {problems}. {then} The file as it was is kept as {kept_as}."),
                path=v["path"], problems=problems, then=then, kept_as=v["kept_as"])
        case Code.FILE_NOT_JSON | Code.FILE_TOO_NEW | Code.FILE_NOT_READ | Code.PROFILE_NOT_READ | \
                Code.PROFILE_ID_TWICE | Code.PROFILE_INVALID:
            return _settings_problem(why)
        case Code.NO_KEYRING:
            return QtCore.QCoreApplication.translate(
                "Reasons", "no usable keyring: install the 'keyring' package and run under a desktop session with a "
                           "secret service (or use the credentials file)")
        case Code.KEYRING_REFUSED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "the keyring refused the password of profile {profile}: {detail}"),
                profile=v["profile"], detail=v.get("detail"))
        case Code.KEPT_IN_KEYRING:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "in the system keyring ({backend}), under the service name {service}"),
                backend=v["backend"], service=repr(v["service"]))
        case Code.KEPT_IN_FILE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "in the file {path}, which only your user account can read (no system keyring was found)"),
                path=v["path"])
        case Code.CONNECTED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Connected to {url}: Klarna accepted the credentials."),
                         url=v["url"])
        case Code.CREDENTIALS_REFUSED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "Klarna refused the username or password ({status}). Credentials work only in their own "
                           "region and environment: check those as well ({environment}, {url})."),
                status=v["status"], environment=v["environment"], url=v["url"])
        case Code.HOST_UNREACHABLE:
            cause = text(nested(why, "cause.")) if "cause.code" in v else ""
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{cause}. Check the region and environment (or the base URL) and the network connection."),
                cause=cause[:1].upper() + cause[1:])
        case Code.NOT_KLARNA_HOST:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{url} answered 404 without Klarna's NO_SUCH_ORDER: it may not be a Klarna Order "
                           "Management host ({detail})."), url=v["url"], detail=v.get("detail"))
        case Code.NOTE_FOUND_AT_KLARNA:
            return QtCore.QCoreApplication.translate("Reasons", "found at Klarna by Check with Klarna")
        case Code.NOTE_RECOVERED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "recovered from the damaged store moved to {kept_in}"),
                         kept_in=v["kept_in"])
        case Code.UNEXPECTED_ANSWER:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "Unexpected answer from {url}: {detail}"),
                         url=v["url"], detail=v.get("detail"))
    return ""


def problem(why: Reason) -> str:
    """A request field's problem without the field's name (it is shown next to its field)."""
    v = why.values
    match why.code:
        case Code.FIELD_REQUIRED:
            return QtCore.QCoreApplication.translate("Reasons", "is required")
        case Code.FIELD_UNKNOWN:
            return QtCore.QCoreApplication.translate("Reasons", "is not a field Klarna accepts here")
        case Code.FIELD_EMPTY:
            return QtCore.QCoreApplication.translate("Reasons", "is empty")
        case Code.TEXT_TOO_LONG:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "at most {limit} characters"),
                         limit=v["limit"]) + _got(why, lambda: QtCore.QCoreApplication.translate(
                             "Reasons", " (got {got} characters)"))
        case Code.TEXT_TOO_SHORT:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "at least {limit} characters"),
                         limit=v["limit"]) + _got(why, lambda: QtCore.QCoreApplication.translate(
                             "Reasons", " (got {got} characters)"))
        case Code.TOO_MANY_ITEMS:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "at most {limit} items"),
                         limit=v["limit"]) + _got(why, lambda: QtCore.QCoreApplication.translate(
                             "Reasons", " (got {got} items)"))
        case Code.TOO_FEW_ITEMS:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "at least {limit} item(s)"),
                         limit=v["limit"]) + _got(why, lambda: QtCore.QCoreApplication.translate(
                             "Reasons", " (got {got} items)"))
        case Code.NUMBER_TOO_SMALL:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "must be at least {limit}"),
                         limit=v["limit"]) + _got(why)
        case Code.NUMBER_TOO_LARGE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "must be at most {limit}"),
                         limit=v["limit"]) + _got(why)
        case Code.NUMBER_OUT_OF_RANGE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "must be between {low} and {high}"),
                         low=v["low"], high=v["high"]) + _got(why)
        case Code.WRONG_KIND:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "must be {expected}, not {got}"),
                         expected=_kind(v["expected"]), got=_kind(v["got"]))
        case Code.VALUE_NOT_ALLOWED if v.get("allowed"):
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{value} is not allowed; use one of: {allowed}"),
                         value=v["value"], allowed=", ".join(str(v["allowed"]).split(",")))
        case Code.VALUE_NOT_ALLOWED:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{value} is not allowed"), value=v["value"])
        case Code.NOT_A_KLARNA_ID:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{value} is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)"),
                value=repr(v["value"]))
        case Code.NOT_A_PAYMENT_REFERENCE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{value} is not a payment reference (up to 255 characters, no spaces or slashes)"),
                value=repr(v["value"]))
        case Code.NOT_A_DATE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{value} is not a date (YYYY-MM-DD) or an ISO 8601 date-time"), value=repr(v["value"]))
        case Code.NOT_A_CURRENCY_CODE:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "{value} is not an ISO 4217 code (three letters, like EUR)"), value=repr(v["value"]))
        case Code.END_BEFORE_START:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{end} is before the start date {start}"),
                         end=v["end"], start=v["start"])
        case Code.NEEDS_CAPTURE:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{action} needs a capture"),
                         action=title(str(v["action"])))
        case Code.NEEDS_BODY:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{action} needs a request body"),
                         action=title(str(v["action"])))
        case Code.TAKES_NO_BODY:
            return _fill(QtCore.QCoreApplication.translate("Reasons", "{action} takes no request body"),
                         action=title(str(v["action"])))
        case Code.NOTE_REQUIRED:
            return _fill(QtCore.QCoreApplication.translate(
                "Reasons", "say why you are sure Klarna did not apply it (1 to {limit} characters)"), limit=v["limit"])
        case Code.FIELD_INVALID:
            return str(v.get("detail", ""))  # the parser's own words: no rule above covers the case
    return text(why) if _cause(why, None) else str(why)


def error_text(error: KlarnaError) -> str:
    """An error of the API client in words: a request refused before sending is worded here, the rest
    are Klarna's (or the connection's) own."""
    if isinstance(error, RequestValidationError):
        return with_field(error.reason)
    return error.message


def with_field(why: Reason) -> str:
    """A request field's problem with the field's name first ("order_lines[0].name: at most 255 characters")."""
    field = str(why.get("field")) or QtCore.QCoreApplication.translate("Reasons", "request")
    return f"{field}: {problem(why)}"


__all__ = ["TITLES", "describe", "error_text", "field_label", "problem", "profile_problem", "text", "title", "with_field"]


# Errors of the core that carry a reason (store and file problems, profiles) read as the window words them,
# wherever they are shown or logged.
install_words(text)
