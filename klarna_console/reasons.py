"""Reasons as codes: why something was refused or what happened, as a code and the values its text needs.

Qt-free layers (rules, validation, services, store) hand these to the window, never sentences: the
window words them in the user's language (ui/reason_text.py) and the sandbox words a rule's refusal the
way Klarna does (sandbox/klarna_errors.py). Values are plain ints and strings: money as int minor units
with its `currency`, ids and field names as they are; never text formatted for a person.

This module imports nothing of the package, so every layer (the API client included) can use it.
"""

from __future__ import annotations

import enum
import types
from collections.abc import Callable, Mapping

import msgspec

Value = int | str


class Code(enum.StrEnum):
    """Every reason the core gives; the window has a text for each (a test checks that)."""

    # The business rules (domain/rules.py): the state of the order that refuses `action`.
    ORDER_CANCELLED = "order_cancelled"
    ORDER_EXPIRED = "order_expired"
    ORDER_CLOSED = "order_closed"
    FRAUD_PENDING = "fraud_pending"
    FRAUD_REJECTED = "fraud_rejected"
    FULLY_CAPTURED = "fully_captured"
    FULLY_REFUNDED = "fully_refunded"
    NO_CAPTURES = "no_captures"
    HAS_CAPTURES = "has_captures"
    NO_REMAINING_AUTHORIZATION = "no_remaining_authorization"
    AMOUNT_NEGATIVE = "amount_negative"  # amount, action
    AMOUNT_OVER_REMAINING = "amount_over_remaining"  # amount, remaining, currency
    AMOUNT_OVER_REFUNDABLE = "amount_over_refundable"  # amount, refundable, currency
    AMOUNT_BELOW_CAPTURED = "amount_below_captured"  # amount, captured, currency
    INCREASE_NOT_ALLOWED = "increase_not_allowed"  # method ("" if unknown)
    METHOD_NOT_EXTENDABLE = "method_not_extendable"  # method, country
    MAX_AUTHORIZATION_AGE = "max_authorization_age"  # days
    BILLING_ADDRESS_LOCKED = "billing_address_locked"
    NO_SUCH_CAPTURE = "no_such_capture"  # capture_id
    NOT_PAY_LATER = "not_pay_later"
    CAPTURE_FULLY_REFUNDED = "capture_fully_refunded"  # capture_id
    RETURN_FEE_COUNTRY = "return_fee_country"  # country ("" if unknown), countries (comma-separated)
    RETURN_FEE_CAPTURES = "return_fee_captures"  # count

    # The profile and the request as a whole (services/actions.py).
    READ_ONLY = "read_only"
    SECRET_IN_REQUEST = "secret_in_request"

    # Amounts typed by a person (domain/money.py); `text` is what was typed.
    AMOUNT_MISSING = "amount_missing"
    AMOUNT_NOT_TEXT = "amount_not_text"
    AMOUNT_NOT_NUMBER = "amount_not_number"  # text
    AMOUNT_NEGATIVE_TYPED = "amount_negative_typed"
    AMOUNT_TOO_MANY_DECIMALS = "amount_too_many_decimals"  # text, currency, decimals, given
    AMOUNT_TWO_DECIMAL_MARKS = "amount_two_decimal_marks"  # text
    AMOUNT_BADLY_GROUPED = "amount_badly_grouped"  # text
    AMOUNT_WRONG_CURRENCY = "amount_wrong_currency"  # text, given (symbol or code typed), currency

    # A request field against the spec's limits (api/validation.py); every one carries `field`.
    FIELD_REQUIRED = "field_required"
    FIELD_UNKNOWN = "field_unknown"
    FIELD_EMPTY = "field_empty"
    TEXT_TOO_LONG = "text_too_long"  # limit, got (characters; got may be absent)
    TEXT_TOO_SHORT = "text_too_short"  # limit, got
    TOO_MANY_ITEMS = "too_many_items"  # limit, got
    TOO_FEW_ITEMS = "too_few_items"  # limit, got
    NUMBER_TOO_SMALL = "number_too_small"  # limit, got
    NUMBER_TOO_LARGE = "number_too_large"  # limit, got
    NUMBER_OUT_OF_RANGE = "number_out_of_range"  # low, high, got
    WRONG_KIND = "wrong_kind"  # expected, got: kinds such as "str", "int", "array", "object", "bool", "null"
    VALUE_NOT_ALLOWED = "value_not_allowed"  # value, allowed (comma-separated, may be "")
    NOT_A_KLARNA_ID = "not_a_klarna_id"  # value
    NOT_A_PAYMENT_REFERENCE = "not_a_payment_reference"  # value
    NOT_A_DATE = "not_a_date"  # value
    NOT_A_CURRENCY_CODE = "not_a_currency_code"  # value
    END_BEFORE_START = "end_before_start"  # start, end
    NEEDS_CAPTURE = "needs_capture"  # action
    NEEDS_BODY = "needs_body"  # action
    TAKES_NO_BODY = "takes_no_body"  # action
    NOTE_REQUIRED = "note_required"  # limit
    FIELD_INVALID = "field_invalid"  # detail: the parser's own words, for a case no rule above covers

    # A bulk run's orders that are not sent, or not finished (services/bulk.py); `entry` is a journal id.
    BULK_NOT_REREAD = "bulk_not_reread"  # detail: Klarna's or the connection's own words
    BULK_UNSENDABLE = "bulk_unsendable"  # entry, field
    BULK_KEY_EXPIRED = "bulk_key_expired"  # action, entry
    BULK_DONE_BEFORE = "bulk_done_before"  # when (UTC, "YYYY-MM-DD HH:MM"), entry
    BULK_EARLIER_OPEN = "bulk_earlier_open"  # action, entry
    BULK_MADE_RECENTLY = "bulk_made_recently"  # action, entry
    BULK_STOPPED = "bulk_stopped"
    BULK_SENT_UNJOURNALED = "bulk_sent_unjournaled"  # detail: the store's problem
    BULK_NOT_SENT_UNJOURNALED = "bulk_not_sent_unjournaled"  # detail: the store's problem

    # The local files (store/, atomic.py): paths as str; `then` is a Then (what it means for the work).
    STORE_DISK_FULL = "store_disk_full"  # folder, then
    STORE_BUSY = "store_busy"  # folder, then
    STORE_NOT_WRITABLE = "store_not_writable"  # folder, where ("" when the folder itself), then
    STORE_IN_THE_WAY = "store_in_the_way"  # where (a file where the folder should be), folder, then
    STORE_DAMAGED = "store_damaged"  # path, detail (SQLite's words), then
    STORE_CHECK_FAILED = "store_check_failed"  # path, detail
    STORE_UNREADABLE = "store_unreadable"  # path, detail, then
    STORE_NOT_SQLITE = "store_not_sqlite"  # path, detail
    STORE_TOO_NEW = "store_too_new"  # path, version, latest
    STORE_MIGRATION_FAILED = "store_migration_failed"  # path, version, detail, backup ("" if none)
    STORE_CLOSED = "store_closed"  # path
    # A team's shared store (PostgreSQL): `where` is its URL without the password.
    TEAM_STORE_UNREACHABLE = "team_store_unreachable"  # where, detail (libpq's first line)
    TEAM_STORE_LOST = "team_store_lost"  # where, detail: it stopped answering during a call
    TEAM_STORE_REFUSED = "team_store_refused"  # where, detail, sqlstate: it answered with an error (disk full...)
    TEAM_STORE_TOO_NEW = "team_store_too_new"  # where, version, latest
    # path, problem (a SetAside), detail, kept_in, files (comma-separated), open, complete (0/1),
    # source ("moved", "backup" or "both"), backup_when, backup, readme, shown; per shown write n (1..):
    # w<n>_action, w<n>_order, w<n>_amounts ("captured_amount=1000,..."), w<n>_started, w<n>_key, w<n>_state
    STORE_SET_ASIDE = "store_set_aside"
    FILE_DISK_FULL = "file_disk_full"  # folder, file, detail
    FILE_NOT_WRITABLE = "file_not_writable"  # folder, file, detail

    # Klarna's host and answers (api/): `detail` is the connection's or the parser's own words.
    KLARNA_TIMEOUT = "klarna_timeout"  # detail
    KLARNA_UNREACHABLE = "klarna_unreachable"  # url, detail
    KLARNA_ANSWER_UNREADABLE = "klarna_answer_unreadable"  # kind (what was expected: "Order", ...), detail
    KLARNA_BAD_NEXT_LINK = "klarna_bad_next_link"  # link
    KLARNA_REPORT_TYPE = "klarna_report_type"  # report, got ("" if none), expected
    UNKNOWN_HOST = "unknown_host"  # region, environment, regions, environments (comma-separated)
    BASE_URL_NOT_HTTP = "base_url_not_http"  # url
    BASE_URL_CLEAR_TEXT = "base_url_clear_text"  # url
    BASE_URL_HAS_CREDENTIALS = "base_url_has_credentials"

    # A profile's fields (profiles/): shown next to the field's label, so they carry no field name.
    PROFILE_ID_INVALID = "profile_id_invalid"  # value
    PROFILE_NAME_TAKEN = "profile_name_taken"  # name
    NOT_A_COLOUR = "not_a_colour"  # value
    SANDBOX_FIXED = "sandbox_fixed"  # only the built-in Sandbox profile is a sandbox profile
    SANDBOX_NOT_CHANGED = "sandbox_not_changed"
    SANDBOX_NOT_REMOVED = "sandbox_not_removed"
    BASE_URL_REPLACES_REGION = "base_url_replaces_region"
    REGION_NOT_ALLOWED = "region_not_allowed"  # value, allowed (comma-separated)
    USERNAME_REQUIRED = "username_required"
    HAS_CONTROL_CHARACTERS = "has_control_characters"
    TEAM_STORE_NOT_POSTGRESQL = "team_store_not_postgresql"
    TEAM_STORE_NO_SERVER = "team_store_no_server"
    TEAM_STORE_HOLDS_PASSWORD = "team_store_holds_password"
    HAS_COLON = "has_colon"
    HAS_SPACES = "has_spaces"  # spaces or control characters

    # Settings files and secrets (profiles/). A damaged file names each problem as a nested reason:
    # `problems` (count), then problem n's code and values under the prefix "q<n>." (see nest()).
    SETTINGS_DAMAGED = "settings_damaged"  # path, kept_as (file name), then ("profiles_left_out",
    #   "no_profile_read" or "passwords_again"), problems, q<n>.code, q<n>.<value>...
    FILE_NOT_JSON = "file_not_json"  # detail
    FILE_TOO_NEW = "file_too_new"  # format
    FILE_NOT_READ = "file_not_read"  # detail: the parser's words (the file's shape)
    PROFILE_NOT_READ = "profile_not_read"  # number, detail: the parser's words
    PROFILE_ID_TWICE = "profile_id_twice"  # number, name, id
    PROFILE_INVALID = "profile_invalid"  # number, name, problems, p<n>.field, p<n>.code, p<n>.<value>...
    NO_KEYRING = "no_keyring"
    KEYRING_REFUSED = "keyring_refused"  # profile, detail
    KEPT_IN_KEYRING = "kept_in_keyring"  # backend, service
    KEPT_IN_FILE = "kept_in_file"  # path

    # A connection test (profiles/connection.py); `url` is the host that was tried.
    CONNECTED = "connected"  # url
    CREDENTIALS_REFUSED = "credentials_refused"  # status, environment (label), url
    HOST_UNREACHABLE = "host_unreachable"  # cause.code, cause.<value>... (the client's reason)
    NOT_KLARNA_HOST = "not_klarna_host"  # url, detail
    UNEXPECTED_ANSWER = "unexpected_answer"  # url, detail

    # Notes the console writes into a journal entry (in the words of the window at the time, see words()).
    NOTE_FOUND_AT_KLARNA = "note_found_at_klarna"  # settled by Check with Klarna
    NOTE_RECOVERED = "note_recovered"  # kept_in: the folder the damaged store was moved to


class Then(enum.StrEnum):
    """What a failed write or read of the local files means for the user's work (a store reason's `then`)."""

    NOTHING_SAVED = "nothing_saved"
    NOTHING_SENT = "nothing_sent"  # the request leaves only after its intent is committed
    OUTCOME_NOT_RECORDED = "outcome_not_recorded"  # the action stays open, resumed with its key
    ORDERS_NOT_SAVED = "orders_not_saved"
    BACKUP_NOT_TAKEN = "backup_not_taken"
    CANNOT_SHOW = "cannot_show"  # the profile's orders and journal
    NOT_READ = "not_read"


class SetAside(enum.StrEnum):
    """What was wrong with a store that was moved aside (a STORE_SET_ASIDE reason's `problem`)."""

    MISSING = "missing"
    MISSING_WAL_LEFT = "missing_wal_left"
    EMPTY = "empty"
    ZEROED = "zeroed"
    NOT_SQLITE = "not_sqlite"
    CHECK_FAILED = "check_failed"  # detail
    DAMAGED = "damaged"  # detail


class Reason(msgspec.Struct, frozen=True):
    """A code and the values its text needs (money as int minor units plus `currency`)."""

    code: Code
    values: Mapping[str, Value] = msgspec.field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, value in self.values.items():
            if isinstance(value, bool) or not isinstance(value, int | str):
                raise TypeError(f"reason value {name}={value!r}: only int and str are carried")
        # Frozen means frozen: the mapping cannot be changed behind the reason's back.
        msgspec.structs.force_setattr(self, "values", types.MappingProxyType(dict(self.values)))

    def __hash__(self) -> int:
        return hash((self.code, tuple(sorted(self.values.items()))))

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Reason):
            return NotImplemented
        return self.code == other.code and dict(self.values) == dict(other.values)

    def get(self, name: str, default: Value = "") -> Value:
        """One value, or `default` when the reason does not carry it."""
        return self.values.get(name, default)

    def __str__(self) -> str:
        """For logs and developers only (the window words reasons itself): code(name=value, ...)."""
        inner = ", ".join(f"{k}={v!r}" for k, v in self.values.items())
        return f"{self.code.value}({inner})"


def nest(prefix: str, why: Reason) -> dict[str, Value]:
    """A reason's code and values as values of another, under `prefix` ("q1."): reasons stay flat."""
    return {f"{prefix}code": why.code.value, **{f"{prefix}{name}": value for name, value in why.values.items()}}


def nested(why: Reason, prefix: str) -> Reason:
    """The reason nest() put into `why` under `prefix`."""
    inner = {name[len(prefix):]: value for name, value in why.values.items() if name.startswith(prefix)}
    code = Code(str(inner.pop("code")))
    return Reason(code, inner)


def reason(code: Code, **values: Value) -> Reason:
    """A Reason with its values as keywords: reason(Code.NO_SUCH_CAPTURE, capture_id=...)."""
    return Reason(code, values)


_words: Callable[[Reason], str] | None = None


def words(why: Reason) -> str:
    """The reason in the window's words once installed (see install_words), else the developer rendering."""
    return _words(why) if _words is not None else str(why)


def install_words(words: Callable[[Reason], str] | None) -> None:
    """The window's words for reasons (ui/reason_text.text): str() of a Reasoned error then reads as the
    window says it, wherever it is shown; without them, the developer rendering."""
    global _words
    _words = words


class Reasoned(Exception):
    """Mixin of errors that carry a Reason: str() is the window's words once installed, else for developers."""

    reason: Reason

    def __str__(self) -> str:
        return words(self.reason)


class ReasonError(ValueError):
    """Base of errors whose payload is a Reason; str() is the developer rendering for logs."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


__all__ = ["Code", "Reason", "ReasonError", "Reasoned", "SetAside", "Then", "Value", "install_words", "nest", "nested", "reason", "words"]
