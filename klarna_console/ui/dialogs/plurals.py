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
