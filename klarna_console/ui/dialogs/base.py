"""What every action dialog shares: the order it acts on, messages next to fields, Send with confirmation,
progress, Retry with the same idempotency key, and Klarna's refusal shown with its correlation id."""

from __future__ import annotations

import enum
from typing import TYPE_CHECKING, Any, ClassVar

from ...api.errors import KlarnaError, RequestValidationError
from ...api.models import Capture, Order
from ...api.requests import MAX_AMOUNT
from ...domain import display, rules
from ...domain.money import AmountError, format_amount, parse_amount
from ...domain.rules import Action, Verdict
from ...services.actions import (
    READ_ONLY,
    ActionRequest,
    ActionResult,
    JournalWriteFailed,
    KeyExpired,
    OrderChanged,
    RecentWrite,
    Reconciliation,
    check,
)
from ...store.values import GuardRefusal, JournalEntry
from .. import journal_text, reason_text
from ..badges import Badge
from ..messages import MessageKind
from ..models import when
from ..qt import Qt, QtCore, QtGui, QtWidgets
from ..reason_text import TITLES, describe
from .confirm import Confirmation, environment_text
from .fields import FieldError, FieldMessages, Incomplete, error_label, hint_label, reserve_line, sentence, submit_key
from .open_write import OpenWritePanel
from .panels import CaptureChooser, ErrorPanel, status_words
from .pick_lines import PickLinesModel
from .sender import ActionSender

if TYPE_CHECKING:
    from .context import DialogContext

_AMOUNT_FIELDS = {Action.CAPTURE: "captured_amount", Action.REFUND: "refunded_amount",
                  Action.UPDATE_AUTHORIZATION: "order_amount"}




class SendState(enum.StrEnum):
    """Where an action dialog stands with its write; it decides which buttons are on."""

    EDITING = "editing"
    SENDING = "sending"
    UNKNOWN = "unknown"  # no answer came: only Retry (same key), inputs locked
    BLOCKED = "blocked"  # an earlier write stands open: only the open-write panel's ways on
    STUCK = "stuck"  # an unexpected error: only Close
    DONE = "done"


class ActionDialog(QtWidgets.QDialog):
    """Base of the dialogs for one write on one order.

    A subclass sets `action`, builds its inputs in `_setup_body()` (fields with `add_field`, each with a
    message line under it), calls `watch()` on them, and turns them into a request in `build_request()`,
    raising FieldError for what cannot be sent. Every change re-validates: the request's own limits
    (ActionRequest), then the rules with the amount; Send stays disabled until both pass. Money-moving
    dialogs (`money_moving`) ask for confirmation first. Sending locks the inputs; an unknown outcome
    offers only Retry (same key); Klarna's refusal is shown and the inputs stay as typed.

    Before anything is sent, the journal's guard may stop it: an earlier write of the same action with no
    known outcome shows the open-write panel (send it again with its key, or Check with Klarna, then
    mark it not applied); a capture or refund made minutes ago asks a second question naming it; and a
    capture or refund that appeared at Klarna since the dialog opened is shown, and Send must be asked again.

    Attributes:
        state: a SendState (editing, sending, unknown, blocked, stuck or done).
        request: the valid request the inputs describe now, else None.
        confirmation: the open confirmation question, if any.

    Signals:
        sent(object): Klarna accepted the write (the ActionResult); the dialog then closes.
    """

    action: ClassVar[Action]
    money_moving: ClassVar[bool] = False
    on_capture: ClassVar[bool] = False

    sent = QtCore.Signal(object)

    def __init__(self, context: DialogContext, order: Order, capture: Capture | None = None) -> None:
        super().__init__(context.parent)
        session = context.session
        if session is None:
            raise RuntimeError("no profile is open")
        self.context = context
        self.profile = session.profile
        self.read_only = session.read_only
        self.now = session.now
        self.user_locale = context.locale
        self.order = order
        self.capture = capture
        self.request: ActionRequest | None = None
        self.confirmation: Confirmation | None = None
        self.state: SendState = SendState.EDITING
        self._retrying = False
        self.sender_ = ActionSender(context, self)
        self.sender_.started.connect(self._on_started)
        self.sender_.finished.connect(self._on_finished)
        self.sender_.refused.connect(self._on_refused)
        self.sender_.failed.connect(self._on_failed)
        self.sender_.blocked.connect(self._on_blocked)
        self.sender_.order_changed.connect(self._on_order_changed)
        self.sender_.reconciled.connect(self._on_reconciled)
        self.sender_.unreachable.connect(self._on_klarna_unreachable)
        self._pending: ActionRequest | None = None
        self._form: QtWidgets.QFormLayout | None = None
        self.setObjectName(f"dialog_{self.action.value}")
        self.setWindowTitle(QtCore.QCoreApplication.translate("ActionDialog", "{action} — order {order}").format(
            action=TITLES[self.action], order=order.klarna_reference or order.order_id))
        self.setSizeGripEnabled(True)
        self._setup_frame()
        self._setup_body()
        # Spare height goes below the inputs (or to a part that asked for it with a stretch), never between them.
        self.body_layout.addStretch(0)
        self.order_changed()
        self.revalidate()
        if not self.read_only:
            self.sender_.look_for_open(self.order.order_id or "", self.action)

    # --- what subclasses provide ---------------------------------------------------------------

    def _setup_body(self) -> None:
        """Build the inputs (into self.body_layout)."""

    def send_text(self) -> str:
        """The sending button's text (subclasses name their action)."""
        return QtCore.QCoreApplication.translate("ActionDialog", "Send")

    def close_text(self) -> str:
        """The closing button's text while editing."""
        return QtCore.QCoreApplication.translate("ActionDialog", "Cancel")

    def build_request(self) -> ActionRequest:
        """The request the inputs describe; raise FieldError (or RequestValidationError) if they cannot be sent."""
        return ActionRequest(self.action, self.order.order_id or "", self.capture_id())

    def order_changed(self) -> None:
        """The order was re-read: show its current amounts (subclasses extend this)."""
        order = self.order
        _label, color = display.badge_status(order, self.now())
        self.status_badge.set(status_words(rules.status(order, self.now())), color)
        name = display.customer_name(order)
        self.heading.setText(" · ".join(x for x in (
            QtCore.QCoreApplication.translate("ActionDialog", "Order {order}").format(
                order=order.klarna_reference or order.order_id), name,
                                                    self.money(order.order_amount or 0)) if x))

    def needs_confirmation(self, request: ActionRequest) -> bool:
        """Whether to ask before sending: money moves, or what the customer sees changes (subclasses widen it)."""
        return self.money_moving

    def confirmation_text(self, request: ActionRequest) -> tuple[str, str, str]:
        """The question, its details and the confirming button's text for a request that needs confirmation."""
        what = describe(request, self.currency, self.user_locale)
        return QtCore.QCoreApplication.translate("ActionDialog", "{action} on order {order}?").format(action=what, order=self.order_ref), "", what

    def verdict_field(self) -> str:
        """The field next to which the rules' refusal is shown (the amount, for money)."""
        return _AMOUNT_FIELDS.get(self.action, "capture_id" if self.on_capture else "")

    # --- helpers for subclasses ----------------------------------------------------------------

    @property
    def currency(self) -> str | None:
        """The order's currency."""
        return self.order.purchase_currency

    @property
    def order_ref(self) -> str:
        """The order as people name it (Klarna reference, else id)."""
        return self.order.klarna_reference or self.order.order_id or ""

    def money(self, minor: int) -> str:
        """An amount in the order's currency and the user's locale."""
        return format_amount(minor, self.currency, self.user_locale)

    def amount_text(self, minor: int) -> str:
        """An amount as typed in an input: the number without the currency."""
        return format_amount(minor, self.currency, self.user_locale, with_currency=False)

    def parse_money(self, field: str, text: str, *, allow_negative: bool = False) -> int:
        """Minor units from what was typed; FieldError (next to `field`) if it is not an amount."""
        try:
            minor = parse_amount(text, self.currency, self.user_locale, allow_negative=allow_negative)
        except AmountError as error:
            raise FieldError(field, sentence(reason_text.text(error.reason, self.user_locale))) from None
        if abs(minor) > MAX_AMOUNT:
            raise FieldError(field, QtCore.QCoreApplication.translate("ActionDialog", "Klarna accepts at most {amount}").format(amount=self.money(MAX_AMOUNT)))
        return minor

    def capture_id(self) -> str | None:
        """The capture the action is on (the chooser's, else the one given)."""
        chooser = getattr(self, "capture_chooser", None)
        if isinstance(chooser, CaptureChooser):
            return chooser.capture_id()
        return self.capture.capture_id if self.capture else None

    def chosen_capture(self) -> Capture | None:
        """The chosen capture as the order shows it now."""
        wanted = self.capture_id()
        return next((c for c in self.order.captures or [] if c.capture_id == wanted), None)

    def add_capture_chooser(self) -> CaptureChooser:
        """A capture picker (shown even for one capture, so the user sees which)."""
        self.capture_chooser = CaptureChooser(self.user_locale)
        self.capture_chooser.set_order(self.order, self.capture.capture_id if self.capture else None)
        self.add_field("capture_id", QtCore.QCoreApplication.translate("ActionDialog", "&Capture"), self.capture_chooser)
        self.watch(self.capture_chooser)
        return self.capture_chooser

    @property
    def form(self) -> QtWidgets.QFormLayout:
        """The form fields are added to (created, below what is already in the body, on first use)."""
        if self._form is None:
            self._form = QtWidgets.QFormLayout()
            self._form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            self.body_layout.addLayout(self._form)
        return self._form

    def add_field(self, field: str, caption: str, widget: QtWidgets.QWidget, hint: str = "",
                  form: QtWidgets.QFormLayout | None = None) -> QtWidgets.QLabel:
        """A labelled input with an optional hint and its message line; returns the message label."""
        container = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(container)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        if hint:
            column.addWidget(hint_label(hint))
        message = error_label(QtCore.QCoreApplication.translate("ActionDialog", "{field}: problem").format(field=caption.replace("&", "")))
        reserve_line(message)
        column.addWidget(message)
        label = QtWidgets.QLabel(caption)
        label.setBuddy(widget)
        if not widget.accessibleName():
            widget.setAccessibleName(caption.replace("&", ""))
        (form or self.form).addRow(label, container)
        self.messages.add(field, message)
        return message

    def watch(self, *sources: Any) -> None:
        """Re-validate whenever one of these inputs (or models) changes."""
        for source in sources:
            if isinstance(source, QtWidgets.QLineEdit):
                source.textChanged.connect(self._changed)
            elif isinstance(source, QtWidgets.QPlainTextEdit):
                source.textChanged.connect(self._changed)
            elif isinstance(source, QtWidgets.QComboBox):
                source.currentIndexChanged.connect(self._changed)
            elif isinstance(source, QtWidgets.QAbstractButton):
                source.toggled.connect(self._changed)
            elif isinstance(source, QtWidgets.QAbstractSpinBox):
                source.editingFinished.connect(self._changed)
                if isinstance(source, QtWidgets.QSpinBox):
                    source.valueChanged.connect(self._changed)
            elif isinstance(source, QtCore.QAbstractItemModel):
                for signal in (source.dataChanged, source.rowsInserted, source.rowsRemoved, source.modelReset):
                    signal.connect(self._changed)
                if isinstance(source, PickLinesModel):
                    # A refused key changes nothing, so nothing re-validates: show why, under the lines.
                    source.problem.connect(lambda text: self.messages.show("order_lines", text))
            elif hasattr(source, "changed"):
                source.changed.connect(self._changed)
            else:
                raise TypeError(f"cannot watch {type(source).__name__}")

    def _changed(self, *_: Any) -> None:
        self.revalidate()

    # --- frame ---------------------------------------------------------------------------------

    def _setup_frame(self) -> None:
        self.heading = QtWidgets.QLabel()
        self.heading.setAccessibleName(QtCore.QCoreApplication.translate("ActionDialog", "Order"))
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # A long name, or German's "Bestellung", in a narrow dialog: onto a second line, never cut under a badge.
        self.heading.setWordWrap(True)
        self.status_badge = Badge()
        self.environment = Badge(environment_text(self.profile.environment_label).upper(),
                                 display.ENVIRONMENT_COLORS.get(self.profile.environment_label, "#4b5563"))
        self.environment.setToolTip(QtCore.QCoreApplication.translate("ActionDialog", "Profile {profile}").format(profile=self.profile.name))
        top = QtWidgets.QHBoxLayout()
        top.addWidget(self.heading, 1)  # all the room there is: it wraps only where the badges leave too little
        # At the top, at their own height: beside a heading on two lines a badge would grow into a box.
        top.addWidget(self.status_badge, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.environment, 0, Qt.AlignmentFlag.AlignTop)
        if self.read_only:
            top.addWidget(Badge(QtCore.QCoreApplication.translate("ActionDialog", "READ-ONLY"), "#374151"), 0,
                          Qt.AlignmentFlag.AlignTop)

        self.body = QtWidgets.QWidget()
        self.body_layout = QtWidgets.QVBoxLayout(self.body)
        self.body_layout.setContentsMargins(0, 4, 0, 0)

        self.general_message = error_label(QtCore.QCoreApplication.translate("ActionDialog", "Problem"))
        self.messages = FieldMessages(self.general_message)
        self.error_panel = ErrorPanel(currency=lambda: self.currency, locale=self.user_locale)
        self.notice = QtWidgets.QLabel()
        self.notice.setObjectName("notice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(QtCore.QCoreApplication.translate("ActionDialog", "What happened"))
        self.notice.setStyleSheet("#notice { background: #fdf6e3; color: #8a4b0f; border: 1px solid #f3d08c;"
                                  " border-radius: 6px; padding: 8px; }")
        self.notice.hide()
        self.progress = QtWidgets.QProgressBar()
        self.progress.setRange(0, 0)  # busy: Klarna gives no progress to show
        self.progress.setAccessibleName(QtCore.QCoreApplication.translate("ActionDialog", "Sending"))
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress_label = QtWidgets.QLabel()
        progress_row = QtWidgets.QHBoxLayout()
        progress_row.addWidget(self.progress_label)
        progress_row.addWidget(self.progress, 1)
        self.progress_box = QtWidgets.QWidget()
        self.progress_box.setLayout(progress_row)
        progress_row.setContentsMargins(0, 0, 0, 0)
        self.progress_box.hide()
        self.open_write = OpenWritePanel()
        self.open_write.resend_requested.connect(self._on_resend_requested)
        self.open_write.check_requested.connect(self._on_check_requested)
        self.open_write.not_applied_requested.connect(self._on_not_applied_requested)

        self.buttons = QtWidgets.QDialogButtonBox()
        self.send_button = self.buttons.addButton(self.send_text(), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setAccessibleName(self.send_text().replace("&", ""))
        self.send_button.setDefault(True)
        self.retry_button = self.buttons.addButton(QtCore.QCoreApplication.translate("ActionDialog", "&Retry"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.setAccessibleName(QtCore.QCoreApplication.translate("ActionDialog", "Retry with the same idempotency key"))
        self.retry_button.hide()
        self.close_button = self.buttons.addButton(self.close_text(), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(QtCore.QCoreApplication.translate("ActionDialog", "Close this dialog"))
        self.send_button.clicked.connect(self._on_send_clicked)
        self.retry_button.clicked.connect(self._on_retry_clicked)
        self.close_button.clicked.connect(self.reject)

        # The inputs scroll when the screen is small; what is said about the request (messages, Klarna's
        # answer, the open-write panel, the notice) and the buttons stay outside, always whole.
        self.body_scroll = QtWidgets.QScrollArea()
        self.body_scroll.setObjectName("bodyScroll")
        self.body_scroll.setWidgetResizable(True)
        self.body_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.body_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.body_scroll.setWidget(self.body)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.body_scroll, 1)
        layout.addWidget(self.general_message)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.open_write)
        layout.addWidget(self.notice)
        layout.addWidget(self.progress_box)
        layout.addWidget(self.buttons)

    # --- validation ----------------------------------------------------------------------------

    def revalidate(self) -> None:
        """Check the inputs as typed; show each problem next to its field; enable Send only when all is well."""
        if self.state != SendState.EDITING:
            return
        self.messages.clear()
        self.request = None
        if self.read_only:
            self.messages.show("", reason_text.text(READ_ONLY.reason) if self.profile.read_only else
                               QtCore.QCoreApplication.translate("ActionDialog", "This profile is open in another window; only that window may send."))
        else:
            try:
                request = self.build_request()
            except FieldError as error:
                self.messages.show(error.field, error.message, neutral=isinstance(error, Incomplete))
            except RequestValidationError as error:
                self.messages.show(error.field, reason_text.problem(error.reason))
            else:
                verdict = check(self.action, self.order, self.now(), request)
                if verdict:
                    self.request = request
                else:
                    self.messages.show(self.verdict_field(), reason_text.text(verdict.reason, self.user_locale))
        self._update_buttons()

    def _update_buttons(self) -> None:
        editing = self.state == SendState.EDITING
        self.send_button.setVisible(self.state in (SendState.EDITING, SendState.SENDING))
        self.send_button.setEnabled(editing and self.request is not None and not self.read_only)
        self.retry_button.setVisible(self.state == SendState.UNKNOWN or (self.state == SendState.SENDING and self._retrying))
        self.retry_button.setEnabled(self.state == SendState.UNKNOWN)
        self.close_button.setEnabled(self.state != SendState.SENDING)
        self.open_write.setVisible(self.state == SendState.BLOCKED)
        self.close_button.setText(self.close_text() if editing else QtCore.QCoreApplication.translate("ActionDialog", "Close"))
        self.body.setEnabled(editing)
        self.progress_box.setVisible(self.state == SendState.SENDING)

    # --- sending -------------------------------------------------------------------------------

    def _on_send_clicked(self) -> None:
        self.revalidate()  # the order may have changed since the last keystroke
        request = self.request
        if request is None or self.state != SendState.EDITING or self.sender_.busy:
            return
        if not self.needs_confirmation(request):
            self._send(request)
            return
        question, details, button = self.confirmation_text(request)
        self.confirmation = Confirmation(self, TITLES[self.action], question, details, button, self.profile,
                                         lambda: self._send(request))
        self.confirmation.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation.open()

    def _send(self, request: ActionRequest, confirmed_recent: int | None = None) -> None:
        if self.state != SendState.EDITING:
            return
        self.error_panel.hide()
        self._pending = request
        self.sender_.send(request, self.order, confirmed_recent)

    def _on_retry_clicked(self) -> None:
        self._retrying = True
        self.sender_.retry()

    # --- the journal's guard -------------------------------------------------------------------

    def _on_blocked(self, refusal: GuardRefusal) -> None:
        self._retrying = False
        entry = refusal.entry
        if isinstance(refusal, RecentWrite):
            self.state = SendState.EDITING
            self._update_buttons()
            self._ask_again(entry)
            return
        self.state = SendState.BLOCKED
        what = journal_text.write_text(entry, self.currency, self.user_locale)
        if isinstance(refusal, KeyExpired) or not entry.key_alive(self.now()):
            text = QtCore.QCoreApplication.translate("ActionDialog", "An earlier {what} on this order (started {started}, journal entry {entry}) never got an "
                     "answer, and its key is over 23 hours old: Klarna may have forgotten it, so it cannot be "
                     "sent again safely. Check with Klarna whether it was applied.").format(
                what=what, started=when(entry.created_at), entry=entry.id)
        else:
            if entry.agent:  # a colleague's (team mode): named, in a whole sentence a translator can order
                text = QtCore.QCoreApplication.translate(
                    "ActionDialog", "An earlier {what} by {agent} on this order (started {started}, journal entry "
                    "{entry}) has no answer from Klarna yet. Nothing new is sent while it is open: send it again with "
                    "the same key (Klarna applies it at most once), or check with Klarna.")
            else:
                text = QtCore.QCoreApplication.translate(
                    "ActionDialog", "An earlier {what} on this order (started {started}, journal entry {entry}) has "
                    "no answer from Klarna yet. Nothing new is sent while it is open: send it again with the same key "
                    "(Klarna applies it at most once), or check with Klarna.")
            text = text.format(what=what, agent=entry.agent, started=when(entry.created_at), entry=entry.id)
        self.notice.hide()
        self.open_write.show_entry(entry, text, key_alive=entry.key_alive(self.now()))
        self._update_buttons()

    def _ask_again(self, entry: JournalEntry) -> None:
        """A capture or refund was made minutes ago: ask once more, naming it, before a second one goes."""
        request = self._pending
        if request is None:
            return
        what = journal_text.write_text(entry, self.currency, self.user_locale)
        if entry.agent:
            question = QtCore.QCoreApplication.translate(
                "ActionDialog", "A {what} was made {ago} by {agent} on order {order}. {action} again?")
        else:
            question = QtCore.QCoreApplication.translate(
                "ActionDialog", "A {what} was made {ago} from this profile on order {order}. {action} again?")
        question = question.format(what=what, ago=journal_text.ago(entry.updated_at, self.now()), agent=entry.agent,
                                   order=self.order_ref, action=TITLES[self.action])
        self.confirmation = Confirmation(
            self, TITLES[self.action], question,
            QtCore.QCoreApplication.translate("ActionDialog", "<p>{request} would be a second, separate one.</p>").format(
                request=describe(request, self.currency, self.user_locale)),
            QtCore.QCoreApplication.translate("ActionDialog", "{action} again").format(action=TITLES[self.action]), self.profile,
            lambda: self._send(request, confirmed_recent=entry.id))
        self.confirmation.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation.open()

    def _on_order_changed(self, changed: OrderChanged) -> None:
        self.state = SendState.EDITING
        self.order = changed.order
        self.order_changed()
        news = [QtCore.QCoreApplication.translate("ActionDialog", "a capture of {amount} ({when})").format(amount=self.money(c.captured_amount or 0),
                                                          when=when(c.captured_at)) for c in changed.captures]
        news += [QtCore.QCoreApplication.translate("ActionDialog", "a refund of {amount} ({when})").format(amount=self.money(r.refunded_amount or 0),
                                                          when=when(r.refunded_at)) for r in changed.refunds]
        self.notice.setText(QtCore.QCoreApplication.translate("ActionDialog", "Nothing was sent: since this dialog opened, Klarna's order has {news}, made "
                              "elsewhere. The amounts now shown include it; check them and send again.").format(
            news=", ".join(news)))
        self.notice.show()
        self.revalidate()

    def _on_resend_requested(self, entry: JournalEntry) -> None:
        self._retrying = True
        self.sender_.retry(entry)

    def _on_check_requested(self, entry: JournalEntry) -> None:
        self.open_write.set_busy(True)
        self.error_panel.hide()
        self.sender_.check(entry)

    def _on_not_applied_requested(self, entry: JournalEntry, note: str) -> None:
        self.error_panel.hide()
        self.sender_.mark_not_applied(entry, note)

    def _on_reconciled(self, found: Reconciliation) -> None:
        entry = found.entry
        self.order = found.order
        self.order_changed()
        what = journal_text.write_text(entry, self.currency, self.user_locale)
        if found.found or not entry.is_open:
            self.state = SendState.EDITING
            if entry.not_applied:
                text = QtCore.QCoreApplication.translate("ActionDialog", "The earlier {what} is closed as not applied. A new one may be sent now.").format(what=what)
            else:
                if found.matched_id:
                    text = QtCore.QCoreApplication.translate("ActionDialog", "Klarna has the earlier {what} ({id}): it is recorded as done. Nothing was sent "
                             "again.").format(what=what, id=found.matched_id)
                else:
                    text = QtCore.QCoreApplication.translate("ActionDialog", "Klarna has the earlier {what}: it is recorded as done. Nothing was sent again.").format(
                        what=what)
            self.notice.setText(text)
            self.notice.show()
            self._update_buttons()
            self.revalidate()
            return
        self.open_write.show_not_found(
            QtCore.QCoreApplication.translate("ActionDialog", "Klarna's order shows no {what} made after {started}. If you are sure it was not applied (for "
              "example, you checked the Merchant Portal), close it with a note; then a new one can be sent.").format(
                what=what, started=when(entry.created_at)))

    def _on_klarna_unreachable(self, error: KlarnaError) -> None:
        """Reading the order (before a send, or for Check with Klarna) failed: nothing was sent."""
        if self.state == SendState.BLOCKED:
            self.open_write.set_busy(False)
        elif self.state == SendState.SENDING:
            self._retrying = False
            self.state = SendState.EDITING
            self._update_buttons()
        else:
            return
        self.error_panel.show_error(error.error_code or QtCore.QCoreApplication.translate("ActionDialog", "Klarna could not be reached"),
                                    [QtCore.QCoreApplication.translate("ActionDialog", "Nothing was sent: the order could not be read from Klarna first. {error}").format(
                                        error=reason_text.error_text(error))],
                                    error.correlation_id, error.status)

    def _on_started(self) -> None:
        self.state = SendState.SENDING
        self.progress_label.setText(QtCore.QCoreApplication.translate("ActionDialog", "Retrying with the same idempotency key…") if self._retrying
                                    else QtCore.QCoreApplication.translate("ActionDialog", "Sending to Klarna…"))
        self.notice.hide()
        self._update_buttons()

    def _on_finished(self, result: ActionResult) -> None:
        self._retrying = False
        if result.order is not None:
            self.order = result.order
            self.order_changed()
        if result.succeeded:
            self.state = SendState.DONE
            self._update_buttons()
            request = ActionRequest.from_journal(result.entry)
            self.context.messages.show(
                QtCore.QCoreApplication.translate("ActionDialog", "{request}: done on order {order}.").format(
                    request=describe(request, self.currency, self.user_locale), order=self.order_ref),
                MessageKind.SUCCESS)
            self.sent.emit(result)
            self.accept()
            return
        if result.unknown:
            self.state = SendState.UNKNOWN
            reason = f" ({result.error.message})" if result.error is not None else ""
            key = result.entry.idempotency_key[:8]
            if result.entry.next_attempt_at:
                text = QtCore.QCoreApplication.translate("ActionDialog", "Klarna did not answer{reason}. The request may have been applied. Retry sends it again "
                         "with the same idempotency key ({key}…), so Klarna applies it at most once. If you close "
                         "this dialog, the console sends it again by itself at {time} (Klarna's schedule: after 5 "
                         "seconds, 5 minutes and 5 hours, with the same key).").format(
                    reason=reason, key=key, time=journal_text.clock(result.entry.next_attempt_at))
            else:
                text = QtCore.QCoreApplication.translate("ActionDialog", "Klarna did not answer{reason}. The request may have been applied. Retry sends it again "
                         "with the same idempotency key ({key}…), so Klarna applies it at most once. If you close "
                         "this dialog, the console sends it again by itself (Klarna's schedule: after 5 seconds, "
                         "5 minutes and 5 hours, with the same key).").format(reason=reason, key=key)
            self.notice.setText(text)
            self.notice.show()
            self._update_buttons()
            return
        self.state = SendState.EDITING
        self.error_panel.show_result(result)
        self.revalidate()

    def _on_refused(self, verdict: Verdict) -> None:
        self._retrying = False
        self.state = SendState.EDITING
        self.error_panel.show_verdict(verdict)
        self.revalidate()

    def _on_failed(self, error: BaseException) -> None:
        self._retrying = False
        self.state = SendState.STUCK
        if isinstance(error, JournalWriteFailed) and not error.sent:
            self.notice.setText(QtCore.QCoreApplication.translate("ActionDialog", "Nothing was sent: the journal could not be written ({error}). Every write is "
                                  "journaled before it is sent; free the disk or fix the file, then try "
                                  "again.").format(error=error))
        elif isinstance(error, JournalWriteFailed):
            self.notice.setText(QtCore.QCoreApplication.translate("ActionDialog", "The request was sent, but its answer could not be journaled ({error}). The "
                                  "console sends it again with the same key when the journal works again.").format(
                error=error))
        else:
            text = str(error) if not isinstance(error, KlarnaError) else reason_text.error_text(error)
            self.notice.setText(QtCore.QCoreApplication.translate("ActionDialog", "Something went wrong while sending: {error}. Check the order's History tab "
                                  "before you try again.").format(error=text))
        self.notice.show()
        self._update_buttons()

    # --- closing -------------------------------------------------------------------------------

    def showEvent(self, event: QtGui.QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        if screen is not None and (self.width() > screen.width() or self.height() > screen.height()):
            self.resize(min(self.width(), screen.width()), min(self.height(), screen.height()))
        self.fit_height()

    def fit_height(self) -> None:
        """Grow (within the screen) until every panel shown below the inputs is whole; the inputs scroll."""
        layout = self.layout()
        if layout is None or not self.isVisible():
            return
        layout.activate()
        need = max(layout.totalMinimumHeightForWidth(self.width()), layout.totalMinimumSize().height())
        screen = self.screen().availableGeometry().height() if self.screen() is not None else need
        if self.height() < need:
            self.resize(self.width(), min(need, screen))

    def event(self, event: QtCore.QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QtCore.QEvent.Type.LayoutRequest:
            # A panel or message appeared or changed (the layout has just taken it): keep it whole.
            self.fit_height()
        return handled

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        """Enter sends a valid dialog, as Send would (with its confirmation); on an invalid one it does nothing.

        Only keys the focused control left unused arrive here: a multi-line text keeps its newline, an
        open table cell takes Enter to commit, and a focused push button presses itself.
        """
        if submit_key(event):
            event.accept()
            if self.send_button.isVisible() and self.send_button.isEnabled():
                self.send_button.click()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Cancel or Escape: not while a request is on its way (its answer must be recorded and shown)."""
        if self.state == SendState.SENDING:
            return
        super().reject()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        if self.state == SendState.SENDING:
            event.ignore()
            return
        super().closeEvent(event)
