"""The window's sentences that change with a count: one QObject, so lupdate marks them as plurals (%n)."""

from __future__ import annotations

from .qt import QtCore


class Plurals(QtCore.QObject):
    """Counted sentences of the main window and its panes. Not to be subclassed: the class name is the context."""

    def selected_orders(self, n: int) -> str:
        return self.tr("%n selected order(s)", "", n)

    def capture_selected(self, n: int) -> str:
        return self.tr("Capture %n selected order(s) in full…", "", n)

    def extend_selected(self, n: int) -> str:
        return self.tr("Extend authorization of %n selected order(s)…", "", n)

    def export_selected(self, n: int) -> str:
        return self.tr("&Export %n selected order(s)…", "", n)

    def export_all(self, n: int) -> str:
        return self.tr("&Export %n order(s)…", "", n)

    def minutes_ago(self, n: int) -> str:
        return self.tr("%n minute(s) ago", "", n)

    def orders(self, n: int) -> str:
        return self.tr("%Ln order(s)", "", n)

    def orders_selected(self, n: int) -> str:
        return self.tr("%Ln order(s) · {selected} selected", "", n)

    def expiring_within(self, n: int) -> str:
        return self.tr("Authorizations that expire within %n day(s): capture or extend them", "", n)

    def unpaid_older(self, n: int) -> str:
        return self.tr("Captures older than %n day(s) (the usual payout delay) that are in no synced payout yet: "
                       "ask Klarna, or sync payouts again", "", n)

    def days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def payouts(self, n: int) -> str:
        return self.tr("%Ln payout(s)", "", n)

    def payouts_paid(self, n: int) -> str:
        return self.tr("%Ln payout(s) · paid out {amount}", "", n)

    def payouts_synced(self, n: int) -> str:
        return self.tr("Payouts synced: %Ln in the last {days} days", "", n)

    def payouts_synced_found(self, n: int) -> str:
        return self.tr("Payouts synced: %Ln in the last {days} days, {found} new orders found", "", n)

    def payouts_exported(self, n: int) -> str:
        return self.tr("Exported %Ln payout(s) to {path}.", "", n)

    def too_old_actions(self, n: int) -> str:
        return self.tr("%n action(s) started over 23 hours ago never got an answer, and their keys are too old to "
                       "send again safely. Open each order and use Check with Klarna in its action: {orders}", "", n)

    def in_days(self, n: int) -> str:
        return self.tr("in %n day(s)", "", n)

    def days_ago(self, n: int) -> str:
        return self.tr("%n day(s) ago", "", n)


PLURALS = Plurals()  # one object for the whole window; tr() looks up the translators installed at call time
