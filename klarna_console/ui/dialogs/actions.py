"""Opens the window's dialogs: one per OM write, the bulk runs and the export; what is not allowed is refused."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ...api.models import Capture, Order
from ...domain import rules
from ...domain.rules import Action
from ...services.actions import READ_ONLY
from .. import reason_text
from ..messages import MessageKind
from ..qt import QtCore, QtWidgets
from ..reason_text import TITLES
from .address import AddressDialog
from .amount import UpdateAmountDialog
from .base import ActionDialog
from .bulk import BulkDialog
from .capture import CaptureDialog
from .due_date import DueDateDialog
from .export import OrderExport
from .references import ReferencesDialog
from .refund import RefundDialog
from .screenshots import open_named
from .send_out import SendOutDialog
from .shipping import CaptureShippingInfoDialog, ShippingInfoDialog
from .simple import AcknowledgeDialog, CancelDialog, ExtendAuthorizationDialog, ReleaseDialog

if TYPE_CHECKING:
    from .context import DialogContext

DIALOGS: dict[Action, type[ActionDialog]] = {
    Action.CAPTURE: CaptureDialog,
    Action.REFUND: RefundDialog,
    Action.CANCEL: CancelDialog,
    Action.RELEASE_REMAINING: ReleaseDialog,
    Action.EXTEND_AUTHORIZATION: ExtendAuthorizationDialog,
    Action.ACKNOWLEDGE: AcknowledgeDialog,
    Action.UPDATE_AUTHORIZATION: UpdateAmountDialog,
    Action.UPDATE_CUSTOMER_DETAILS: AddressDialog,
    Action.UPDATE_MERCHANT_REFERENCES: ReferencesDialog,
    Action.ADD_ORDER_SHIPPING_INFO: ShippingInfoDialog,
    Action.ADD_CAPTURE_SHIPPING_INFO: CaptureShippingInfoDialog,
    Action.TRIGGER_SEND_OUT: SendOutDialog,
    Action.EXTEND_DUE_DATE: DueDateDialog,
}


class ActionDialogs(QtCore.QObject):
    """The window's dialogs for acting on orders; one open at a time (they are window-modal).

    Signals:
        opened(object): a dialog was opened (an ActionDialog or a BulkDialog).
    """

    opened = QtCore.Signal(object)

    def __init__(self, context: DialogContext) -> None:
        super().__init__(context.parent)
        self.context = context
        self.current: QtWidgets.QDialog | None = None
        self.export = OrderExport(context, self)

    def _refuse(self, text: str) -> None:
        self.context.messages.show(text, MessageKind.WARNING)

    def open_action(self, action: Action, order: Order, capture: Capture | None = None) -> ActionDialog | None:
        """Open the dialog of an action on an order (and capture); None, with the reason shown, if not allowed.

        Without a capture, an order's only capture is used; with several, the dialog offers a chooser.
        """
        session = self.context.session
        if session is None:
            return None
        action = Action(action)
        if session.read_only:
            reason = reason_text.text(READ_ONLY.reason) if session.held_elsewhere is None else (
                QtCore.QCoreApplication.translate("ActionDialogs", "This profile is open in another window; only that window may send."))
            self._refuse(QtCore.QCoreApplication.translate("ActionDialogs", "{action}: not possible. {reason}").format(action=TITLES[action], reason=reason))
            return None
        if capture is None and len(order.captures or []) == 1:
            capture = (order.captures or [])[0]
        verdict = rules.check(action, order, session.now(), capture.capture_id if capture else None)
        if not verdict and action not in self.context.open_entries:
            self._refuse(QtCore.QCoreApplication.translate("ActionDialogs", "{action}: not possible. {reason}").format(
                action=TITLES[action], reason=reason_text.text(verdict.reason, self.context.locale)))
            return None
        dialog = DIALOGS[action](self.context, order, capture)
        self._show(dialog)
        return dialog

    def open_bulk(self, action: Action) -> BulkDialog | None:
        """Open the bulk dialog of an action for the orders selected in the results table."""
        session = self.context.session
        if session is None:
            return None
        if session.read_only:
            self._refuse(QtCore.QCoreApplication.translate("ActionDialogs", "Bulk actions: not possible. {reason}").format(reason=reason_text.text(READ_ONLY.reason)))
            return None
        rows, query = self.context.selection()
        if not rows or query is None:
            self._refuse(QtCore.QCoreApplication.translate("ActionDialogs", "Select the orders in the results table first: Ctrl + click adds an order, Shift + "
                           "click or Shift + arrow keys a range, Ctrl+A all of them."))
            return None
        dialog = BulkDialog(self.context, Action(action), rows, query)
        self._show(dialog)
        return dialog

    def _show(self, dialog: QtWidgets.QDialog) -> None:
        if self.current is not None and self.current.isVisible():
            self.current.reject()
        self.current = dialog
        dialog.finished.connect(lambda _result, d=dialog: self._closed(d))
        dialog.open()  # window-modal, never exec(): the event loop (and any request) keeps running
        self.opened.emit(dialog)

    def _closed(self, dialog: QtWidgets.QDialog) -> None:
        if self.current is dialog:
            self.current = None
        dialog.deleteLater()

    async def open_for_screenshot(self, name: str) -> QtWidgets.QWidget:
        """Open a dialog by name for the shown order, with realistic input, once it has loaded (--screenshot)."""
        return await open_named(self, name)
