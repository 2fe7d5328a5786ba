"""Dialogs by name for `--screenshot --dialog NAME`: opened on a suitable order with realistic input filled in."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from ...api.models import Order
from ...api.retry import RetryPolicy
from ...domain import rules
from ...domain.rules import Action
from ...services.actions import ActionRequest
from ...store.values import SearchQuery
from ..qt import QtCore, QtWidgets
from .address import AddressDialog
from .amount import UpdateAmountDialog
from .base import ActionDialog
from .bulk import BulkDialog
from .capture import CaptureDialog
from .due_date import DueDateDialog
from .references import ReferencesDialog
from .refund import RefundDialog
from .shipping import ShippingInfoDialog

if TYPE_CHECKING:
    from .actions import ActionDialogs

log = logging.getLogger(__name__)

ALIASES = {
    "release": Action.RELEASE_REMAINING, "extend": Action.EXTEND_AUTHORIZATION,
    "extend_authorization": Action.EXTEND_AUTHORIZATION,
    "update_amount": Action.UPDATE_AUTHORIZATION, "amount": Action.UPDATE_AUTHORIZATION,
    "shipping_address": Action.UPDATE_CUSTOMER_DETAILS, "address": Action.UPDATE_CUSTOMER_DETAILS,
    "merchant_references": Action.UPDATE_MERCHANT_REFERENCES, "references": Action.UPDATE_MERCHANT_REFERENCES,
    "shipping_info": Action.ADD_ORDER_SHIPPING_INFO, "capture_shipping_info": Action.ADD_CAPTURE_SHIPPING_INFO,
    "resend": Action.TRIGGER_SEND_OUT, "send_out": Action.TRIGGER_SEND_OUT,
}
BULK = {"bulk_capture": Action.CAPTURE, "bulk_extend": Action.EXTEND_AUTHORIZATION}
# Outcomes staged on the sandbox: Klarna refusing a capture, a capture whose answer was lost, the order
# changed at Klarna since the dialog opened, an earlier capture still open (after Check with Klarna found
# nothing), and the second question before a capture minutes after another.
OUTCOMES = ("capture_refused", "capture_unknown", "capture_changed", "capture_open", "capture_again")
SHIPMENT = {"shipping_company": "DHL", "shipping_method": "Home", "tracking_number": "00340434161094042557",
            "tracking_uri": "https://www.dhl.com/en/express/tracking.html?AWB=00340434161094042557"}


def names() -> list[str]:
    """Every name --dialog accepts."""
    return sorted({*(a.value for a in Action), *ALIASES, *BULK, "capture_confirm", "refund_confirm",
                   "bulk_capture_report", "bulk_capture_running", *OUTCOMES})


def _action(name: str) -> Action | None:
    base = name
    for suffix in ("_confirm", "_refused", "_unknown", "_changed", "_open", "_again"):
        base = base.removesuffix(suffix)
    if base in ALIASES:
        return ALIASES[base]
    try:
        return Action(base)
    except ValueError:
        return None


async def settle(rounds: int = 4) -> None:
    """Let layouts, paints and queued signals run.

    Sleeping is enough: qasync runs Qt's own loop meanwhile. Calling processEvents() here instead would
    run other tasks inside this one ("Cannot enter into task …").
    """
    for _ in range(rounds):
        await asyncio.sleep(0.03)


def _suits(action: Action, order: Order, now: Any) -> bool:
    """Whether an order shows the dialog well (allowed, and with something to show)."""
    capture_id = order.captures[-1].capture_id if order.captures else None
    if not rules.check(action, order, now, capture_id):
        return False
    if action == Action.REFUND:
        return any(c.order_lines for c in order.captures or [])
    if action == Action.CAPTURE:
        return len(order.order_lines or []) >= 2
    if action == Action.UPDATE_AUTHORIZATION:
        return len(order.order_lines or []) >= 2
    if action == Action.EXTEND_AUTHORIZATION:
        # An order close to its expiry shows what extending gains.
        return order.expires_at is not None and (order.expires_at - now).days < 14
    return True


async def _show_suitable_order(dialogs: ActionDialogs, action: Action) -> Order:
    """The shown order if it suits the action, else the first cached order that does (then shown)."""
    context = dialogs.context
    session = context.session
    assert session is not None
    now = session.now()
    order = context.order
    if order is not None and _suits(action, order, now):
        return order
    for row in await session.orders.search(SearchQuery(), 0, 1000):
        cached = await session.orders.cached(row.order_id)
        if cached is not None and _suits(action, cached.order, now):
            await context.show_order(row.order_id)
            log.info("--dialog %s: showing order %s, which allows it", action.value, row.order_id)
            shown = context.order
            return shown if shown is not None else cached.order
    raise LookupError(f"no cached order allows {action.value}")


def _fill_capture(dialog: ActionDialog) -> None:
    assert isinstance(dialog, CaptureDialog)
    dialog.modes.lines.setChecked(True)
    for row in range(dialog.lines.rowCount()):
        left = dialog.lines.rows[row].left
        if left:
            dialog.lines.setData(dialog.lines.index(row, dialog.lines.QUANTITY), max(1, left - 1))
            break
    dialog.description.setText(QtCore.QCoreApplication.translate("DialogScreenshots", "Parcel 1 of 2"))
    dialog.reference.setText("SHIP-10023")
    dialog.shipments.add_row().fill(SHIPMENT)


def _fill_refund(dialog: ActionDialog) -> None:
    assert isinstance(dialog, RefundDialog)
    dialog.modes.lines.setChecked(True)
    for row in range(dialog.lines.rowCount()):
        if dialog.lines.rows[row].left:
            dialog.lines.setData(dialog.lines.index(row, dialog.lines.QUANTITY), 1)
            name = dialog.lines.rows[row].line.name
            dialog.description.setText(QtCore.QCoreApplication.translate("DialogScreenshots", "Returned: {name}").format(name=name))
            break
    if dialog.fee_enabled.isEnabled():  # only where Klarna allows a return fee
        dialog.fee_enabled.setChecked(True)
        dialog.fee.setText(dialog.amount_text(295))
    dialog.reference.setText("RMA-4711")


def _fill_amount(dialog: ActionDialog) -> None:
    assert isinstance(dialog, UpdateAmountDialog)
    model = dialog.lines
    model.remove_line(model.rowCount() - 1)
    dialog.description.setText(QtCore.QCoreApplication.translate("DialogScreenshots", "The customer cancelled one item before it shipped"))


def _fill_address(dialog: ActionDialog) -> None:
    assert isinstance(dialog, AddressDialog)
    dialog.inputs["street_address2"].setText(QtCore.QCoreApplication.translate("DialogScreenshots", "c/o Reception, 3rd floor"))
    dialog.inputs["phone"].setText(dialog.inputs["phone"].text() or "+46701740605")


def _fill_references(dialog: ActionDialog) -> None:
    assert isinstance(dialog, ReferencesDialog)
    dialog.inputs["merchant_reference2"].setText("ERP-884213")


def _fill_shipping(dialog: ActionDialog) -> None:
    assert isinstance(dialog, ShippingInfoDialog)
    dialog.shipments.rows[0].fill(SHIPMENT)


def _fill_due_date(dialog: ActionDialog) -> None:
    assert isinstance(dialog, DueDateDialog)
    buttons = dialog.group.buttons()
    if buttons:
        buttons[min(1, len(buttons) - 1)].setChecked(True)


FILLERS: dict[Action, Callable[[ActionDialog], None]] = {
    Action.CAPTURE: _fill_capture, Action.REFUND: _fill_refund, Action.UPDATE_AUTHORIZATION: _fill_amount,
    Action.UPDATE_CUSTOMER_DETAILS: _fill_address, Action.UPDATE_MERCHANT_REFERENCES: _fill_references,
    Action.ADD_ORDER_SHIPPING_INFO: _fill_shipping, Action.ADD_CAPTURE_SHIPPING_INFO: _fill_shipping,
    Action.EXTEND_DUE_DATE: _fill_due_date,
}


async def _open_bulk(dialogs: ActionDialogs, action: Action, run: bool) -> QtWidgets.QWidget:
    rows = dialogs.context.select_results(12)
    dialog = dialogs.open_bulk(action)
    if dialog is None:
        raise LookupError(f"no orders to select ({rows} rows, {dialogs.context.messages.text})")
    await dialog.job.wait()
    await settle()
    if run and dialog.plan is not None:
        dialog._start(dialog.plan)
        await settle()
        await dialog.job.wait()
    return dialog


async def _bulk_running(dialogs: ActionDialogs) -> QtWidgets.QWidget:
    """A bulk capture caught mid-run, with the sandbox answering as slowly as Klarna over the internet."""
    session = dialogs.context.session
    if session is None or session.sandbox is None:
        raise LookupError("bulk_capture_running is staged on the sandbox; open the Sandbox profile")
    dialog = await _open_bulk(dialogs, Action.CAPTURE, run=False)
    assert isinstance(dialog, BulkDialog)
    if dialog.plan is None or not dialog.plan.allowed:
        raise LookupError("no capturable orders among the first rows")
    session.sandbox.faults.configure(latency_ms=400)
    dialog._start(dialog.plan)
    for _ in range(400):
        if dialog.progress.value() >= min(3, len(dialog.plan.allowed) - 1):
            break
        await asyncio.sleep(0.01)
    dialog._show_rate()
    await settle()
    return dialog


async def _stage_outcome(dialogs: ActionDialogs, dialog: ActionDialog, key: str) -> QtWidgets.QWidget:
    """Stage one of OUTCOMES on the sandbox and return what to grab (the dialog, or its question)."""
    session = dialogs.context.session
    if session is None or session.sandbox is None:
        raise LookupError(f"{key} is staged on the sandbox; open the Sandbox profile")
    assert isinstance(dialog, CaptureDialog)
    order_id = dialog.order.order_id or ""
    half = max(1, rules.remaining(dialog.order) // 2)
    dialog.modes.amount.setChecked(True)
    dialog.amount.setText(dialog.amount_text(half if key in ("capture_open", "capture_again") else
                                             rules.remaining(dialog.order)))
    dialog.reference.setText("SHIP-10023")

    async def colleague_captures(request: Any = None) -> None:
        if request is None or (request.method == "POST" and not raced):
            raced.append(True)
            async with session.sandbox.client() as other:  # type: ignore[union-attr]
                await other.capture_order(order_id, {"captured_amount": 100})

    async def lose_answers(request: Any) -> None:
        if request.method == "POST":
            session.sandbox.faults.configure(  # type: ignore[union-attr]
                **({"error_rate": 1.0} if key == "capture_open" else {"lost_response_rate": 1.0, "lost_mode": "drop"}))

    raced: list[bool] = []
    hooks = session.client._http.event_hooks["request"]
    hook = {"capture_refused": colleague_captures, "capture_changed": None}.get(key, lose_answers)
    if key == "capture_changed":
        await colleague_captures()
    if key == "capture_again":
        # A capture of the same amount made moments ago from this profile (another window, say).
        await session.actions.perform(
            ActionRequest(Action.CAPTURE, order_id, body={"captured_amount": half}), refresh=False)
        await _send(dialog)  # the dialog learns of it (the order changed) ...
    else:
        session.client.retry = RetryPolicy(max_retries=0)
        if hook is not None:
            hooks.append(hook)
    await _send(dialog)  # ... and asks again before a second one
    if hook in hooks:
        hooks.remove(hook)
    session.sandbox.faults.configure(error_rate=0.0, lost_response_rate=0.0)
    if key == "capture_open":
        # The person closes the dialog, opens Capture again, and asks Klarna: it shows nothing.
        dialog.reject()
        await settle()
        again = dialogs.open_action(Action.CAPTURE, dialogs.context.order or dialog.order)
        assert again is not None
        await settle()
        await again.sender_.wait()
        again.open_write.check.click()
        await settle()
        await again.sender_.wait()
        await settle()
        again.open_write.note.setText(QtCore.QCoreApplication.translate("DialogScreenshots", "Checked in the Merchant Portal: no capture on this order"))
        await settle()
        return again
    if key == "capture_again":
        # The dialog knows the order as it is now; sending the same amount again is asked about, by name.
        await _send(dialog)
        if dialog.confirmation is not None:
            return dialog.confirmation
    return dialog


async def _send(dialog: ActionDialog) -> None:
    """Click Send, confirm, and wait for the outcome, as a person would."""
    dialog.send_button.click()
    await settle()
    if dialog.confirmation is not None:
        dialog.confirmation.confirm()
    await settle()
    await dialog.sender_.wait()
    await settle()


async def open_named(dialogs: ActionDialogs, name: str) -> QtWidgets.QWidget:
    """Open the named dialog (see `names()`) filled with example input; returns the widget to grab."""
    key = name.strip().lower().replace("-", "_")
    if key == "bulk_capture_running":
        return await _bulk_running(dialogs)
    if key in BULK or key == "bulk_capture_report":
        dialog = await _open_bulk(dialogs, BULK.get(key, Action.CAPTURE), run=key.endswith("_report"))
        assert isinstance(dialog, BulkDialog)
        return dialog
    action = _action(key)
    if action is None:
        raise ValueError(f"unknown dialog {name!r}; one of: {', '.join(names())}")
    order = await _show_suitable_order(dialogs, action)
    await settle()
    opened = dialogs.open_action(action, order, dialogs.context.capture)
    if opened is None:
        raise LookupError(f"{action.value} is not possible on order {order.order_id}")
    await opened.sender_.wait()
    filler = FILLERS.get(action)
    if filler is not None:
        filler(opened)
    await settle()
    if key in OUTCOMES:
        return await _stage_outcome(dialogs, opened, key)
    if key.endswith("_confirm"):
        opened.send_button.click()
        await settle()
        if opened.confirmation is not None:
            return opened.confirmation
    return opened
