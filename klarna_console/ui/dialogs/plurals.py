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
