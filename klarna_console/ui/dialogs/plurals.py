"""The dialogs' texts that depend on a count: one QObject whose methods lupdate sees as plural messages."""

from __future__ import annotations

from ..qt import QtCore


class DialogPlurals(QtCore.QObject):
    """Counted sentences of the dialogs (never subclassed: the class name is the translation context)."""

    def lines_on_invoice(self, n: int) -> str:
        """The capture confirmation: how many lines go on the invoice."""
        return self.tr("%n line(s) go on the invoice.", "", n)

    def shipments_reported(self, n: int) -> str:
        """The capture confirmation: how many shipments are reported with it."""
        return self.tr("%n shipment(s) are reported with it.", "", n)

    def lines_replaced(self, n: int) -> str:
        """The amount update's confirmation: the order's lines are replaced by the ones shown."""
        return self.tr("<p>The order's lines are replaced by the %n shown.</p>", "", n)

    def days_for_fee(self, n: int) -> str:
        """A due-date option: the days and the fee ({fee})."""
        return self.tr("%n days — fee {fee}", "", n)

    def extend_due_date_question(self, n: int) -> str:
        """The due-date confirmation's question ({capture}, {order}, {fee})."""
        return self.tr("Extend the due date of capture {capture} (order {order}) by %n days, for a fee of {fee}?",
                       "", n)

    def extend_due_date_details(self, n: int) -> str:
        """The due-date confirmation's details ({fee}, {customer})."""
        return self.tr("<p>Klarna charges you {fee}. The new due date is %n days after the current one; {customer} "
                       "gets longer to pay and is told by Klarna. (Klarna's API does not give the current due date, "
                       "so the console cannot show it as a date.)</p>", "", n)

    def extend_due_date_button(self, n: int) -> str:
        """The due-date confirmation's button ({fee})."""
        return self.tr("Extend by %n days, pay {fee}", "", n)

    def bulk_capture_title(self, n: int) -> str:
        """The bulk capture's title."""
        return self.tr('Capture %n selected order(s) in full', "", n)

    def bulk_extend_title(self, n: int) -> str:
        """The bulk extension's title."""
        return self.tr('Extend the authorization of %n selected order(s)', "", n)

    def checking_selected(self, n: int) -> str:
        """While a bulk run's selection is read."""
        return self.tr('Checking the %n selected order(s)…', "", n)

    def will_be_sent(self, n: int) -> str:
        """A bulk preview: how many of the selected go ({allowed})."""
        return self.tr('<p><b>{allowed}</b> of %n order(s) will be sent.</p>', "", n)

    def will_be_sent_resumed(self, n: int) -> str:
        """A bulk preview, with open writes resumed ({allowed}, {resumed})."""
        return self.tr('<p><b>{allowed}</b> of %n order(s) will be sent ({resumed} resumed with their original keys).</p>', "", n)

    def cannot_be_captured(self, n: int) -> str:
        """A bulk preview: the refused and why ({reasons}, a list)."""
        return self.tr('<p><b>%n</b> cannot be captured:</p><ul>{reasons}</ul>', "", n)

    def cannot_be_extended(self, n: int) -> str:
        """A bulk preview: the refused and why ({reasons}, a list)."""
        return self.tr('<p><b>%n</b> cannot be extended:</p><ul>{reasons}</ul>', "", n)

    def done_before_skipped(self, n: int) -> str:
        """A bulk preview: what is skipped."""
        return self.tr("<p><b>%n</b> were already done before (by an earlier run or from the order's own dialog, as the journal shows) and are skipped.</p>", "", n)

    def capture_orders_ellipsis(self, n: int) -> str:
        """The bulk capture's button."""
        return self.tr('Capture %n order(s)…', "", n)

    def extend_orders_ellipsis(self, n: int) -> str:
        """The bulk extension's button."""
        return self.tr('Extend %n order(s)…', "", n)

    def capture_question(self, n: int) -> str:
        """The bulk capture's confirmation."""
        return self.tr('Capture %n order(s) in full?', "", n)

    def extend_question(self, n: int) -> str:
        """The bulk extension's confirmation."""
        return self.tr('Extend the authorization of %n order(s)?', "", n)

    def left_out(self, n: int) -> str:
        """A bulk confirmation: the refused."""
        return self.tr('<p>%n selected order(s) are left out (not allowed).</p>', "", n)

    def capture_orders(self, n: int) -> str:
        """The bulk capture's confirming button."""
        return self.tr('Capture %n order(s)', "", n)

    def extend_orders(self, n: int) -> str:
        """The bulk extension's confirming button."""
        return self.tr('Extend %n order(s)', "", n)

    def capturing_orders(self, n: int) -> str:
        """A bulk capture under way."""
        return self.tr('Capturing %n order(s)…', "", n)

    def extending_orders(self, n: int) -> str:
        """A bulk extension under way."""
        return self.tr('Extending the authorization of %n order(s)…', "", n)

    def sent_at_limit(self, n: int) -> str:
        """A bulk run's pace with Klarna's limit known."""
        return self.tr('%n request(s) sent in the last second (Klarna allows {limit} a second; pacing at {rate})', "", n)

    def sent_no_limit(self, n: int) -> str:
        """A bulk run's pace before Klarna announced a limit."""
        return self.tr('%n request(s) sent in the last second (pacing at {rate} until Klarna announces its limit)', "", n)

    def answered_429(self, n: int) -> str:
        """How many requests Klarna asked to slow down."""
        return self.tr('%n answered 429', "", n)

    def captured(self, n: int) -> str:
        """A bulk report: the captured."""
        return self.tr('<p><b>%n</b> captured.</p>', "", n)

    def extended(self, n: int) -> str:
        """A bulk report: the extended."""
        return self.tr('<p><b>%n</b> extended.</p>', "", n)

    def refused_by_klarna(self, n: int) -> str:
        """A bulk report: Klarna's refusals ({codes}, error codes with counts)."""
        return self.tr('<p><b>%n</b> refused by Klarna: {codes}</p>', "", n)

    def not_allowed_not_sent(self, n: int) -> str:
        """A bulk report: the rules' refusals ({codes})."""
        return self.tr('<p><b>%n</b> not allowed, so not sent: {codes}</p>', "", n)

    def failed(self, n: int) -> str:
        """A bulk report: the failed."""
        return self.tr('<p><b>%n</b> failed.</p>', "", n)

    def no_answer(self, n: int) -> str:
        """A bulk report: no answer."""
        return self.tr('<p><b>%n</b> got no answer (Run again resumes them with their keys).</p>', "", n)

    def not_sent(self, n: int) -> str:
        """A bulk report: stopped before sending."""
        return self.tr('<p><b>%n</b> were not sent (stopped).</p>', "", n)

    def done_elsewhere(self, n: int) -> str:
        """A bulk report: done elsewhere."""
        return self.tr('<p><b>%n</b> were done before or by another window, so not sent again.</p>', "", n)

    def exported(self, n: int) -> str:
        """The export's outcome ({path})."""
        return self.tr("Exported %Ln order(s) to {path}.", "", n)

    def ids_found(self, n: int) -> str:
        """The import: how many ids the pasted text holds."""
        return self.tr('%n order id(s) found.', "", n)

    def lines_skipped(self, n: int) -> str:
        """The import: lines without an id."""
        return self.tr('%n line(s) without an order id will be skipped.', "", n)

    def fetched_of(self, n: int) -> str:
        """The import report's first line ({fetched})."""
        return self.tr('Fetched {fetched} of %n order(s).', "", n)

    def not_fetched(self, n: int) -> str:
        """The import report, when cancelled."""
        return self.tr('Cancelled: %n were not fetched.', "", n)

    def not_known(self, n: int) -> str:
        """The import report: unknown ids follow."""
        return self.tr('Klarna does not know %n of them (wrong id, or another store):', "", n)

    def could_not_fetch(self, n: int) -> str:
        """The import report: failures follow."""
        return self.tr('%n could not be fetched:', "", n)
