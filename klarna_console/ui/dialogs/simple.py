"""The actions that take no input: cancel, release the remaining authorization, extend it, acknowledge."""

from __future__ import annotations

from ...domain import display, rules
from ...domain.rules import Action
from ...services.actions import ActionRequest
from .. import status_text
from ..models import when
from ..qt import Qt, QtCore, QtWidgets
from .base import ActionDialog
from .fields import FieldError, hint_label
from .panels import summary_strip


class ExplainedDialog(ActionDialog):
    """A dialog that explains what the action will do, with the amounts that matter, and asks to send it."""

    def captions(self) -> tuple[tuple[str, str], ...]:
        """The summary's amounts: (key, caption) each."""
        return ()

    def _setup_body(self) -> None:
        captions = self.captions()
        strip, self.values = summary_strip(captions)
        if captions:
            self.body_layout.addWidget(strip)
        self.explanation = QtWidgets.QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setAccessibleName(QtCore.QCoreApplication.translate("ExplainedDialog", "What this does"))
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.body_layout.addWidget(self.explanation)
        self.body_layout.addStretch(1)
        self.setMinimumWidth(580)

    def show_values(self, values: dict[str, str], explanation: str) -> None:
        """Fill the summary and the explanation."""
        for caption, text in values.items():
            self.values[caption].setText(text)
        self.explanation.setText(explanation)


class CancelDialog(ExplainedDialog):
    """Cancel an order that has no captures: the whole authorization is released."""

    action = Action.CANCEL
    money_moving = True

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("CancelDialog", "Cancel the &order…")

    def close_text(self) -> str:
        return QtCore.QCoreApplication.translate("CancelDialog", "&Keep the order")

    def captions(self) -> tuple[tuple[str, str], ...]:
        return ("order", QtCore.QCoreApplication.translate("CancelDialog", "Order amount")), ("authorized", QtCore.QCoreApplication.translate("CancelDialog", "Still authorized"))

    def order_changed(self) -> None:
        super().order_changed()
        order = self.order
        self.show_values(
            {"order": self.money(order.order_amount or 0),
             "authorized": self.money(rules.remaining(order))},
            QtCore.QCoreApplication.translate("CancelDialog", "<p>Cancelling releases the whole authorization: the customer is not charged, and the order can no "
              "longer be captured, changed or extended. This cannot be undone.</p>"))

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        amount = self.money(rules.remaining(self.order))
        who = display.customer_name(self.order)
        if who:
            details = QtCore.QCoreApplication.translate("CancelDialog", "<p>{customer} will not be charged {amount}.</p>").format(customer=who, amount=amount)
        else:
            details = QtCore.QCoreApplication.translate("CancelDialog", "<p>The customer will not be charged {amount}.</p>").format(amount=amount)
        return (QtCore.QCoreApplication.translate("CancelDialog", "Cancel order {order} and release {amount}?").format(order=self.order_ref, amount=amount),
                details, QtCore.QCoreApplication.translate("CancelDialog", "Cancel order, release {amount}").format(amount=amount))


class ReleaseDialog(ExplainedDialog):
    """Release what is left of a partly captured order when nothing more will ship."""

    action = Action.RELEASE_REMAINING
    money_moving = True

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("ReleaseDialog", "&Release…")

    def captions(self) -> tuple[tuple[str, str], ...]:
        return ("captured", QtCore.QCoreApplication.translate("ReleaseDialog", "Captured")), ("remaining", QtCore.QCoreApplication.translate("ReleaseDialog", "Remaining authorization"))

    def order_changed(self) -> None:
        super().order_changed()
        order = self.order
        self.show_values(
            {"captured": self.money(order.captured_amount or 0),
             "remaining": self.money(rules.remaining(order))},
            QtCore.QCoreApplication.translate("ReleaseDialog", "<p>The customer is not charged the remaining {amount} (card payers get it back). Nothing more can "
              "be captured afterwards; refunds of what was captured stay possible.</p>").format(
                amount=self.money(rules.remaining(order))))

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        amount = self.money(rules.remaining(self.order))
        return (QtCore.QCoreApplication.translate("ReleaseDialog", "Release the remaining {amount} of order {order}?").format(amount=amount, order=self.order_ref),
                QtCore.QCoreApplication.translate("ReleaseDialog", "<p>The order is closed for further captures.</p>"),
                QtCore.QCoreApplication.translate("ReleaseDialog", "Release {amount}").format(amount=amount))


class ExtendAuthorizationDialog(ExplainedDialog):
    """Give the authorization more time; shows the expiry now and the one it will get.

    Klarna sets the new expiry to the day of the call plus the account's period, never past 180 days
    after the purchase, and repeated calls on one day give the same date (DOMAIN.md §4.4). The console
    cannot read the account's period; it assumes Klarna's standard 28 days. When that gives no later
    date than the current one, Send stays disabled and says why, and a box lets a merchant whose account
    has a longer period send anyway: the assumption is shown, never silently applied.
    """

    action = Action.EXTEND_AUTHORIZATION

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "&Extend")

    def captions(self) -> tuple[tuple[str, str], ...]:
        return ("now", QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "Expires now")), ("after", QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "After extending"))

    def _setup_body(self) -> None:
        self.unchanged = False
        super()._setup_body()
        self.anyway = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "Send anyway: this account's authorization period is longer than "
                                            "{days} days").format(days=rules.AUTHORIZATION_PERIOD.days))
        self.anyway.setAccessibleName(QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "Send anyway"))
        self.anyway.hide()
        self.body_layout.insertWidget(self.body_layout.count() - 1, self.anyway)
        self.watch(self.anyway)

    def build_request(self) -> ActionRequest:
        if self.unchanged and not self.anyway.isChecked():
            raise FieldError("", QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "Extending now would change nothing: the expiry would stay {expiry} (Klarna "
                                   "counts {days} days from today, the standard period, and never past 180 days "
                                   "after the purchase).").format(
                expiry=when(self.order.expires_at), days=rules.AUTHORIZATION_PERIOD.days))
        return super().build_request()

    def order_changed(self) -> None:
        super().order_changed()
        order, now = self.order, self.now()
        current = order.expires_at
        new = rules.new_expiry(order, now)
        note = ""
        # By calendar day: Klarna gives the same date to every call made on one day.
        self.unchanged = current is not None and new is not None and new.date() <= current.date()
        if hasattr(self, "anyway"):
            self.anyway.setVisible(self.unchanged)
        if self.unchanged:
            note = QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "<p>The new date is no later than the current one: extending now changes nothing "
                     "(Klarna counts from today, and never past 180 days after the purchase).</p>")
        elif order.created_at is not None and new is not None and new >= order.created_at + rules.MAX_AUTHORIZATION_AGE:
            note = QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "<p>This reaches the limit of 180 days after the purchase; it cannot be extended again.</p>")
        self.show_values(
            {"now": self._date(current), "after": self._date(new)},
            QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "<p>Klarna extends the authorization from today by the account's period, so there is more time "
              "to capture. Klarna means this as an exception, not a routine.</p>") + note)

    def _date(self, value: object) -> str:
        if value is None:
            return QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "unknown")
        return QtCore.QCoreApplication.translate("ExtendAuthorizationDialog", "{date} ({relative})").format(  # a translator may want the words first
            date=when(value), relative=status_text.relative_days(value, self.now()))  # type: ignore[arg-type]


class AcknowledgeDialog(ExplainedDialog):
    """Tell Klarna (KCO/Kustom) that the order reached the shop's system."""

    action = Action.ACKNOWLEDGE

    def send_text(self) -> str:
        return QtCore.QCoreApplication.translate("AcknowledgeDialog", "&Acknowledge")

    def _setup_body(self) -> None:
        super()._setup_body()
        self.body_layout.insertWidget(0, hint_label(
            QtCore.QCoreApplication.translate("AcknowledgeDialog", "For Klarna Checkout and Kustom orders: until an order is acknowledged, Klarna keeps sending its "
              "push notification to the shop (for up to 48 hours). Acknowledging twice changes nothing.")))

    def order_changed(self) -> None:
        super().order_changed()
        self.show_values({}, QtCore.QCoreApplication.translate("AcknowledgeDialog", "<p>A capture acknowledges the order too.</p>"))
