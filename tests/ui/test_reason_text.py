"""The window words the core's reasons: every code has a sentence, money in the user's format, translatable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from klarna_console.api.models import Capture, Order
from klarna_console.domain import rules
from klarna_console.domain.money import AmountError, parse_amount
from klarna_console.domain.rules import Action
from klarna_console.profiles import ProfileProblem
from klarna_console.reasons import Code, Reason, Then, nest, reason
from klarna_console.store import DiskFullError
from klarna_console.ui import reason_text
from klarna_console.ui.qt import QtCore

NOW = dt.datetime(2026, 3, 2, 12, 0, tzinfo=dt.timezone.utc)

# Every value any reason carries, so that each code can be worded.
VALUES = {
    "action": "capture", "amount": 158800, "remaining": 6000, "refundable": 7500, "captured": 168800,
    "currency": "SEK", "method": "FIXED_SUM_CREDIT", "country": "US", "countries": "AT,DE,SE", "days": 180,
    "capture_id": "c-1", "count": 2, "text": "12,345", "given": "€", "decimals": 2, "field": "order_lines[0].name",
    "limit": 255, "low": 1, "high": 1000, "expected": "int", "got": 256, "value": "WEIRD", "allowed": "A,B",
    "start": "2026-01-02", "end": "2026-01-01", "entry": 42, "when": "2026-03-01 10:00", "detail": "disk I/O error",
    "sqlstate": "53100",
    # The local files (store/, atomic.py, profiles/).
    "folder": "/home/a/.local/share/klarna-console/p1", "where": "/home/a/.local/share/klarna-console/p1/orders.db",
    "then": "nothing_sent", "path": "/data/p1/orders.db", "version": 5, "latest": 4, "backup": "/data/p1/b.db",
    "file": "profiles.json", "problem": "check_failed", "kept_in": "/data/p1/damaged-1", "files": "orders.db,orders.db-wal",
    "open": 2, "complete": 1, "source": "both", "backup_when": "2026-03-01 10:00 UTC", "readme": "/data/p1/damaged-1/README.txt",
    "shown": 1, "w1_action": "capture", "w1_order": "o-1", "w1_amounts": "captured_amount=1000", "w1_started": "2026-03-01T10:00:00",
    "w1_key": "k-1", "w1_state": "intent",
    # Klarna's host and answers (api/).
    "url": "https://api.playground.klarna.com", "kind": "Order", "link": "https://x.example/next", "report": "payout",
    "region": "xx", "environment": "prod", "regions": "eu,na,oc", "environments": "production,playground",
    # Profiles, their files and secrets, a connection test (profiles/); nested reasons under a prefix.
    "name": "Shop EU", "id": "shop-eu", "format": 2, "number": 3, "kept_as": "profiles.json.corrupt-1",
    "backend": "SecretService", "service": "klarna-console", "status": 401, "profile": "shop-eu",
    "problems": 1, "p1.field": "username", "p1.code": "has_colon", "q1.code": "file_too_new", "q1.format": 2,
    "cause.code": "klarna_timeout", "cause.detail": "read timed out",
}


@pytest.mark.parametrize("code", list(Code))
def test_every_reason_has_words_of_its_own(code):
    why = Reason(code, VALUES)
    words = reason_text.text(why, "en")
    assert words and words != str(why) and code.value not in words, words
    assert "{" not in words, f"a placeholder was left: {words}"


def order(**fields) -> Order:
    base = dict(order_id="3f1c2a9e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", status="AUTHORIZED", purchase_currency="SEK",
                purchase_country="SE", order_amount=200000, original_order_amount=200000, captured_amount=0,
                refunded_amount=0, remaining_authorized_amount=200000, created_at=NOW - dt.timedelta(days=1),
                expires_at=NOW + dt.timedelta(days=20), captures=[])
    base.update(fields)
    return Order(**base)


def test_a_rules_refusal_reads_as_before_in_the_window():
    cancelled = order(status="CANCELLED")
    assert reason_text.text(rules.can_capture(cancelled, NOW).reason) == "Order is cancelled. Capture not possible."
    assert reason_text.text(rules.can_cancel(cancelled, NOW).reason) == (
        "Order is already cancelled. Cancel not possible.")
    assert reason_text.text(rules.can_extend_authorization(cancelled, NOW).reason) == (
        "Order is cancelled. Authorization time cannot be extended.")


@pytest.mark.parametrize("locale, amount, captured", [
    ("en", "SEK\u00a01,588.00", "SEK\u00a01,688.00"),  # CLDR en: kronor by their code, set apart
    ("sv-SE", "1\u00a0588,00\u00a0kr", "1\u00a0688,00\u00a0kr"),
])
def test_money_in_a_reason_is_formatted_for_the_users_locale(locale, amount, captured):
    part = order(status="PART_CAPTURED", captured_amount=168800, remaining_authorized_amount=31200,
                 captures=[Capture(capture_id="c-1", captured_amount=168800, refunded_amount=0)])
    verdict = rules.can_update_authorization(part, NOW, 158800)
    assert reason_text.text(verdict.reason, locale) == (
        f"Resulting authorization amount {amount} cannot be less than the captured amount {captured}. "
        "Order authorization cannot be updated.")


@pytest.mark.parametrize("text, currency, words", [
    ("", "EUR", "Enter an amount"),
    ("abc", "EUR", "'abc' is not an amount"),
    ("12.345", "USD", "USD has 2 decimals; '12.345' has 3"),
    ("1.5", "JPY", "JPY has no decimals; '1.5' has 1"),
    ("-5", "EUR", "The amount cannot be negative"),
    ("1,23,4", "EUR", "'1,23,4' is not grouped in thousands"),
    ("1.2.3,4,5", "EUR", "'1.2.3,4,5' has more than one decimal mark"),
    ("€12", "SEK", "€ is not SEK: type the amount in SEK, the order's currency"),
])
def test_a_typed_amount_is_refused_in_words(text, currency, words):
    with pytest.raises(AmountError) as caught:
        parse_amount(text, currency, "en")
    assert reason_text.text(caught.value.reason) == words


def test_a_fields_problem_names_the_limit_and_what_was_given():
    why = Reason(Code.TEXT_TOO_LONG, {"field": "description", "limit": 255, "got": 256})
    assert reason_text.problem(why) == "at most 255 characters (got 256 characters)"
    assert reason_text.with_field(why) == "description: at most 255 characters (got 256 characters)"
    kind = Reason(Code.WRONG_KIND, {"field": "captured_amount", "expected": "int", "got": "str"})
    assert reason_text.problem(kind) == "must be a whole number, not text"


def test_action_titles_and_requests_are_worded_in_ui():
    from klarna_console.services.actions import ActionRequest

    assert [reason_text.title(a) for a in (Action.CAPTURE, Action.RELEASE_REMAINING)] == [
        "Capture", "Release remaining authorization"]
    assert reason_text.TITLES[Action.EXTEND_DUE_DATE] == "Extend due date" and len(reason_text.TITLES) == len(Action)
    request = ActionRequest(Action.CAPTURE, "3f1c2a9e-7b4d-4e8a-9c2f-1a2b3c4d5e6f", body={"captured_amount": 123450})
    assert reason_text.describe(request, "EUR", "de-DE") == "Capture 1.234,50\u00a0€"


class _Swedish(QtCore.QTranslator):
    """A translator as Qt Linguist's .qm would give, for two of the window's sentences."""

    WORDS = {
        "Order is cancelled.": "Ordern är makulerad.",
        "Capture not possible.": "Debitering inte möjlig.",
        "Captured amount {amount} is higher than the remaining authorized amount {remaining}.":
            "Kvar att debitera är {remaining}; {amount} är mer än så.",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: D401 (Qt's signature)
        return self.WORDS.get(source, "") if context == "Reasons" else ""


def test_the_words_go_through_qt_linguist_and_placeholders_are_filled_after(qapp):
    swedish = _Swedish()
    QtCore.QCoreApplication.installTranslator(swedish)
    try:
        cancelled = order(status="CANCELLED")
        assert reason_text.text(rules.can_capture(cancelled, NOW).reason, "sv-SE") == (
            "Ordern är makulerad. Debitering inte möjlig.")
        over = rules.can_capture(order(), NOW, 250000)
        assert reason_text.text(over.reason, "sv-SE") == (
            "Kvar att debitera är 2\u00a0000,00\u00a0kr; 2\u00a0500,00\u00a0kr är mer än så. Debitering inte möjlig.")
    finally:
        QtCore.QCoreApplication.removeTranslator(swedish)
    assert reason_text.text(rules.can_capture(cancelled, NOW).reason) == "Order is cancelled. Capture not possible."


def test_a_request_refused_before_sending_is_worded_wherever_the_window_shows_it():
    from klarna_console.api.errors import RequestValidationError, TransportError
    from klarna_console.api.validation import check_id

    with pytest.raises(RequestValidationError) as caught:
        check_id("order_id", "o-1")
    assert reason_text.error_text(caught.value) == (
        "order_id: 'o-1' is not a Klarna id (a UUID such as 0b1d9815-165e-42e2-8867-35bc03789e00)")
    assert "not_a_klarna_id" in str(caught.value), "str() stays the developer's rendering, for logs"
    assert reason_text.error_text(TransportError("could not reach Klarna")) == "could not reach Klarna"


# --- the local files, profiles and a connection test (issue 11: no English built outside ui/) ------------


def test_a_store_problem_says_which_folder_and_what_it_meant_for_the_work():
    full = reason(Code.STORE_DISK_FULL, folder="/data/p1", then=Then.NOTHING_SENT)
    assert reason_text.text(full) == "The disk holding /data/p1 is full; nothing was sent. Free some space and try again."
    stuck = reason(Code.STORE_NOT_WRITABLE, folder="/data/p1", where="/data/p1/orders.sqlite3", then=Then.NOTHING_SAVED)
    assert reason_text.text(stuck) == (
        "Klarna Order Console cannot write to /data/p1 (/data/p1/orders.sqlite3): the folder belongs to another user, "
        "or the disk is read-only; nothing was saved. Give your user write access to it, or start with --basedir "
        "pointing to a folder you own.")
    settings = reason(Code.FILE_DISK_FULL, folder="/cfg", file="profiles.json", detail="No space left on device")
    assert reason_text.text(settings).startswith(
        "The disk holding /cfg is full (No space left on device); profiles.json was not saved (its earlier version is kept)")


def test_an_error_that_carries_a_reason_reads_as_the_window_words_it():
    error = DiskFullError(reason(Code.STORE_DISK_FULL, folder="/data/p1", then=Then.ORDERS_NOT_SAVED), Path("/data/p1"))
    assert str(error) == ("The disk holding /data/p1 is full; the orders fetched from Klarna were not saved on this "
                          "computer. Free some space and try again.")


def test_a_profile_problem_names_the_field_by_its_label_in_the_form():
    found = ProfileProblem("username", reason(Code.TEXT_TOO_LONG, field="username", limit=255, got=256))
    assert reason_text.profile_problem(found) == "API username: at most 255 characters (got 256 characters)"
    colour = ProfileProblem("color", reason(Code.NOT_A_COLOUR, value="blue"))
    assert reason_text.profile_problem(colour) == "Badge colour: 'blue' is not a colour like #4a6fa5"


def test_a_damaged_profiles_file_lists_each_profile_left_out_with_its_fields_labels():
    invalid = Reason(Code.PROFILE_INVALID, {"number": 2, "name": "Shop EU", "problems": 1, "p1.field": "username",
                                            **nest("p1.", reason(Code.USERNAME_REQUIRED))})
    damaged = Reason(Code.SETTINGS_DAMAGED, {"path": "/cfg/profiles.json", "kept_as": "profiles.json.corrupt-1",
                                             "then": "profiles_left_out", "problems": 2,
                                             **nest("q1.", reason(Code.FILE_TOO_NEW, format=2)), **nest("q2.", invalid)})
    assert reason_text.text(damaged) == (
        "/cfg/profiles.json is damaged: it is format 2, written by a newer Klarna Order Console; profile 2 ('Shop EU'): "
        "API username: is required (the API username from the Merchant Portal). Those profiles were left out; the "
        "others were loaded. The file as it was is kept as profiles.json.corrupt-1.")


def test_a_connection_test_that_reached_nothing_says_what_the_client_met_and_what_to_check():
    cause = reason(Code.KLARNA_UNREACHABLE, url="http://127.0.0.1:9", detail="connection refused")
    check = Reason(Code.HOST_UNREACHABLE, nest("cause.", cause))
    assert reason_text.text(check) == ("Could not reach Klarna at http://127.0.0.1:9: connection refused. Check the "
                                       "region and environment (or the base URL) and the network connection.")
    assert reason_text.text(reason(Code.CONNECTED, url="https://api.klarna.com")) == (
        "Connected to https://api.klarna.com: Klarna accepted the credentials.")
