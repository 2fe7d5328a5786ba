"""Bulk actions on the selected orders: preview, confirm, progress with Stop, and a report to save as CSV."""

from __future__ import annotations

import asyncio
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ...api.models import Order
from ...atomic import write_atomic
from ...domain import display, rules
from ...domain.money import format_amount
from ...domain.rules import Action
from ...services.bulk import BulkOutcome, BulkPlan, BulkReport, PlannedItem
from ...services.events import BulkProgress
from ...store.values import SearchQuery
from .. import reason_text
from ..klarna_text import with_amounts
from ..messages import MessageKind
from ..models import RIGHT, Column, RecordsModel, money, when
from ..qt import QtCore, QtGui, QtWidgets
from .confirm import Confirmation, environment_note
from .fields import hint_label, submit_key
from .panels import ErrorPanel
from .plurals import DialogPlurals

if TYPE_CHECKING:
    from .context import DialogContext

log = logging.getLogger(__name__)

PAGE = 500  # rows read from the store at a time when resolving a selection
OUTCOME_COLORS = {"succeeded": "#15803d", "refused": "#b91c1c", "failed": "#b91c1c", "unknown": "#b45309",
                  "not_sent": "#6b7280", "skipped": "#6b7280"}


def outcome_text(outcome: str) -> str:
    """An order's outcome in a bulk run, in the user's words."""
    words = {"succeeded": QtCore.QCoreApplication.translate("BulkDialog", "succeeded"),
             "refused": QtCore.QCoreApplication.translate("BulkDialog", "refused"),
             "failed": QtCore.QCoreApplication.translate("BulkDialog", "failed"),
             "unknown": QtCore.QCoreApplication.translate("BulkDialog", "unknown"),
             "not_sent": QtCore.QCoreApplication.translate("BulkDialog", "not sent"),
             "skipped": QtCore.QCoreApplication.translate("BulkDialog", "skipped")}
    return words.get(outcome, outcome.replace("_", " "))


class BulkJob(QtCore.QObject):
    """The async side of a bulk run: read the selected orders, plan, run, read the orders back, save a report.

    Signals:
        planned(object): the BulkPlan for the selection.
        progressed(int, int): orders finished, of how many.
        rereading(): the run ended; the orders are being read back from Klarna.
        finished(object): the BulkReport.
        failed(object): an unexpected exception.
        saved(str): the report was written to this path.
    """

    planned = QtCore.Signal(object)
    progressed = QtCore.Signal(int, int)
    rereading = QtCore.Signal()
    finished = QtCore.Signal(object)
    failed = QtCore.Signal(object)
    saved = QtCore.Signal(str)

    def __init__(self, context: DialogContext, action: Action, rows: list[int], query: SearchQuery,
                 parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.action = action
        self.rows = rows
        self.query = query
        self.orders: dict[str, Order] = {}
        self._ids: list[str] | None = None
        self.stop = asyncio.Event()
        self._task: asyncio.Task[Any] | None = None
        self._batch: str | None = None
        context.events.bulk_progress.connect(self._on_progress)

    @property
    def busy(self) -> bool:
        """Whether planning, running or saving is under way."""
        return self._task is not None and not self._task.done()

    def plan(self) -> None:
        """Read the selected orders from the cache and ask the runner what it would do."""
        self._task = self.context.tasks.start(self._guard(self._plan()))

    def run(self, plan: BulkPlan) -> None:
        """Send every allowed request; `cancel()` stops after the requests in flight."""
        self.stop = asyncio.Event()
        self._task = self.context.tasks.start(self._guard(self._run(plan)))

    def cancel(self) -> None:
        """Stop sending new requests."""
        self.stop.set()

    def save(self, report: BulkReport, path: str) -> None:
        """Write the report as CSV (in a worker thread)."""
        self._task = self.context.tasks.start(self._guard(self._save(report, path)))

    async def wait(self) -> None:
        """Until the work under way has ended (for screenshots and tests)."""
        while self._task is not None and not self._task.done():
            await asyncio.wait({self._task})

    def _on_progress(self, event: BulkProgress) -> None:
        if event.batch == self._batch:
            self.progressed.emit(event.done, event.total)

    async def _guard(self, coro: Any) -> None:
        try:
            await coro
        except asyncio.CancelledError:
            raise
        except Exception as error:  # noqa: BLE001  (shown in the dialog)
            log.exception("bulk %s failed", self.action.value)
            self.failed.emit(error)

    async def order_ids(self) -> list[str]:
        """The ids of the selected rows, read from the store page by page (rows never shown included).

        Read once: after a run, orders leave the list's filter and the rows name other orders, but
        "Run again" is about the same orders.
        """
        if self._ids is not None:
            return self._ids
        session = self.context.session
        assert session is not None
        ids: list[str] = []
        wanted = set(self.rows)
        for page in sorted({row // PAGE for row in self.rows}):
            records = await session.orders.search(self.query, page * PAGE, PAGE)
            ids += [r.order_id for i, r in enumerate(records, start=page * PAGE) if i in wanted]
        self._ids = ids
        return ids

    async def _plan(self) -> None:
        session = self.context.session
        assert session is not None
        self.orders = {}
        for order_id in await self.order_ids():
            cached = await session.orders.cached(order_id)
            if cached is not None:
                self.orders[order_id] = cached.order
        self.planned.emit(await session.bulk.plan(self.action, self.orders.values()))

    async def _run(self, plan: BulkPlan) -> None:
        session = self.context.session
        assert session is not None
        self._batch = plan.batch
        report = await session.bulk.run(plan, stop=self.stop)
        touched = [o.order_id for o in report.outcomes if o.outcome in ("succeeded", "unknown", "refused")]
        if touched:
            # The runner does not re-read each order; one import afterwards brings cache and window up to date.
            self.rereading.emit()
            # As many in flight as the pace reached needs (Little's law), not a fixed few.
            in_flight = session.pacer.concurrency if session.pacer is not None else None
            if in_flight:
                await session.orders.import_ids(touched, concurrency=in_flight)
            else:
                await session.orders.import_ids(touched)
            shown = self.context.order_id
            if shown in touched:
                await self.context.show_history(shown)
        self.finished.emit(report)

    async def _save(self, report: BulkReport, path: str) -> None:
        # The file is for people: refusals in the user's words (amounts stay plain decimals). All at once:
        # the file never shows half a report (to a spreadsheet opening it, or after a crash).
        text = report.to_csv(words=lambda why: reason_text.text(why, self.context.locale))
        await asyncio.to_thread(write_atomic, Path(path), text.encode("utf-8"))
        self.saved.emit(path)


class BulkDialog(QtWidgets.QDialog):
    """Preview → confirm → progress (Stop) → report (Save as CSV, Run again) for one bulk action."""

    LOADING, PREVIEW, RUNNING, REPORT = range(4)

    def __init__(self, context: DialogContext, action: Action, rows: list[int], query: SearchQuery) -> None:
        super().__init__(context.parent)
        session = context.session
        assert session is not None
        self.context = context
        self.profile = session.profile
        self.read_only = session.read_only
        self.now = session.now
        self.user_locale = context.locale
        self.action = action
        self.plan: BulkPlan | None = None
        self.report: BulkReport | None = None
        self.confirmation: Confirmation | None = None
        self.job = BulkJob(context, action, rows, query, self)
        self.job.planned.connect(self._on_planned)
        self.job.progressed.connect(self._on_progress)
        self.job.rereading.connect(self._on_rereading)
        self.job.finished.connect(self._on_finished)
        self.job.failed.connect(self._on_failed)
        self.job.saved.connect(self._on_saved)
        # The pace is read a few times a second while running, not per request: the loop stays free.
        self.rate_timer = QtCore.QTimer(self)
        self.rate_timer.setInterval(250)
        self.rate_timer.timeout.connect(self._show_rate)
        self.pacer = session.pacer
        self.plurals = DialogPlurals(self)
        self.capturing = action == Action.CAPTURE  # the two bulk actions: capture in full, extend
        self.setWindowTitle(self.plurals.bulk_capture_title(len(rows)) if self.capturing
                            else self.plurals.bulk_extend_title(len(rows)))
        self.setObjectName(f"bulk_{action.value}")
        self.setSizeGripEnabled(True)
        self._setup_ui(len(rows))
        self.resize(960, 560)  # the report's columns (references, customer, amount, message) fit a 1024 px screen
        self.job.plan()

    # --- construction --------------------------------------------------------------------------

    def _setup_ui(self, selected: int) -> None:
        self.pages = QtWidgets.QStackedWidget()
        loading = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(loading)
        column.addWidget(QtWidgets.QLabel(self.plurals.checking_selected(selected)))
        busy = QtWidgets.QProgressBar()
        busy.setRange(0, 0)
        busy.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Checking"))
        column.addWidget(busy)
        column.addStretch(1)
        self.pages.addWidget(loading)

        preview = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(preview)
        self.preview_summary = QtWidgets.QLabel()
        self.preview_summary.setWordWrap(True)
        self.preview_summary.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Preview"))
        self.preview_summary.setTextFormat(QtCore.Qt.TextFormat.RichText)
        column.addWidget(self.preview_summary)
        self.items = RecordsModel[PlannedItem](self._item_columns(), self)
        self.items_table = self._table(self.items, QtCore.QCoreApplication.translate("BulkDialog", "Orders in this run"))
        column.addWidget(self.items_table, 1)
        self.pages.addWidget(preview)

        running = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(running)
        self.progress_label = QtWidgets.QLabel()
        self.progress = QtWidgets.QProgressBar()
        self.progress.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Progress"))
        column.addWidget(self.progress_label)
        column.addWidget(self.progress)
        self.rate_label = QtWidgets.QLabel()
        self.rate_label.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Rate"))
        column.addWidget(self.rate_label)
        column.addWidget(hint_label(QtCore.QCoreApplication.translate("BulkDialog", "Requests go as fast as Klarna's rate limit allows, as Klarna announces "
                                      "it in each answer, with a margin. Stop ends the run after the requests "
                                      "already sent; running the same selection again later skips what "
                                      "succeeded.")))
        column.addStretch(1)
        self.pages.addWidget(running)

        report = QtWidgets.QWidget()
        column = QtWidgets.QVBoxLayout(report)
        self.report_summary = QtWidgets.QLabel()
        self.report_summary.setWordWrap(True)
        self.report_summary.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Report"))
        self.report_summary.setTextFormat(QtCore.Qt.TextFormat.RichText)
        column.addWidget(self.report_summary)
        self.outcomes = RecordsModel[BulkOutcome](self._outcome_columns(), self)
        self.outcomes_table = self._table(self.outcomes, QtCore.QCoreApplication.translate("BulkDialog", "Outcome per order"))
        column.addWidget(self.outcomes_table, 1)
        row = QtWidgets.QHBoxLayout()
        self.save_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("BulkDialog", "&Save report as CSV…"))
        self.save_button.clicked.connect(self._choose_file)
        self.again_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("BulkDialog", "Run &again"))
        self.again_button.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Run again: skip what succeeded, retry the rest"))
        self.again_button.clicked.connect(self._run_again)
        self.saved_label = QtWidgets.QLabel()
        row.addWidget(self.save_button)
        row.addWidget(self.again_button)
        row.addWidget(self.saved_label, 1)
        column.addLayout(row)
        self.pages.addWidget(report)

        self.error_panel = ErrorPanel()
        self.buttons = QtWidgets.QDialogButtonBox()
        self.go_button = self.buttons.addButton(QtCore.QCoreApplication.translate("BulkDialog", "Send"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole)
        self.go_button.setEnabled(False)
        self.go_button.setDefault(True)
        self.stop_button = self.buttons.addButton(QtCore.QCoreApplication.translate("BulkDialog", "&Stop"), QtWidgets.QDialogButtonBox.ButtonRole.ActionRole)
        self.stop_button.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Stop after the requests in flight"))
        self.stop_button.hide()
        self.close_button = self.buttons.addButton(QtCore.QCoreApplication.translate("BulkDialog", "Cancel"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole)
        self.close_button.setAccessibleName(QtCore.QCoreApplication.translate("BulkDialog", "Close this dialog"))
        self.go_button.clicked.connect(self._on_go)
        self.stop_button.clicked.connect(self._on_stop)
        self.close_button.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error_panel)
        layout.addWidget(self.buttons)

    @staticmethod
    def _fit(table: QtWidgets.QTableView) -> None:
        table.resizeColumnsToContents()
        for column in range(table.model().columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column) + 10, 260))

    @staticmethod
    def _table(model: QtCore.QAbstractItemModel, name: str) -> QtWidgets.QTableView:
        table = QtWidgets.QTableView()
        table.setModel(model)
        table.setAccessibleName(name)
        table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(22)
        table.horizontalHeader().setStretchLastSection(True)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        return table

    def _order(self, order_id: str) -> Order | None:
        return self.job.orders.get(order_id)

    def _why(self, item: PlannedItem) -> str:
        """Why an order will not be sent, in the user's words."""
        return reason_text.text(item.why, self.user_locale)

    def _ref(self, order_id: str) -> str:
        order = self._order(order_id)
        return (order.klarna_reference if order else None) or order_id

    def _item_columns(self) -> list[Column[PlannedItem]]:
        def amount(item: PlannedItem) -> str:
            value = item.request.amount if item.request is not None else None
            return money(value, item.currency, self.user_locale)

        def will(item: PlannedItem) -> str:
            if item.done_before:
                return QtCore.QCoreApplication.translate("BulkDialog", "skip: done before")
            if item.request is None:
                return QtCore.QCoreApplication.translate("BulkDialog", "not allowed")
            return QtCore.QCoreApplication.translate("BulkDialog", "resume (same key)") if item.open_entry is not None else QtCore.QCoreApplication.translate("BulkDialog", "send")

        def expiry(item: PlannedItem, new: bool) -> str:
            order = self._order(item.order_id)
            if order is None or (new and item.request is None):
                return ""
            return when(rules.new_expiry(order, self.now()) if new else order.expires_at)

        what = [Column(QtCore.QCoreApplication.translate("BulkDialog", "Amount"), amount, align=RIGHT)] if self.action == Action.CAPTURE else [
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Expires now"), lambda i: expiry(i, False)),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "After extending"), lambda i: expiry(i, True))]
        return [
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Klarna ref"), lambda i: self._ref(i.order_id), tooltip=lambda i: i.order_id),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Customer"), lambda i: display.customer_name(o) if (o := self._order(i.order_id)) else ""),
            *what,
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Will"), will,
                   foreground=lambda i: "#b91c1c" if i.request is None and not i.done_before else None),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Why not"), lambda i: self._why(i) if i.request is None else "",
                   tooltip=lambda i: self._why(i) or None),
        ]

    def _outcome_columns(self) -> list[Column[BulkOutcome]]:
        # The report file's facts (see services.bulk.REPORT_COLUMNS), amounts in the user's own format.
        def message(o: BulkOutcome) -> str:
            if not o.message and o.why is not None:
                return reason_text.text(o.why, self.user_locale)
            return with_amounts(o.message, o.currency, self.user_locale)

        return [
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Klarna ref"), lambda o: o.facts.klarna_reference or self._ref(o.order_id),
                   tooltip=lambda o: o.order_id),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Merchant ref"), lambda o: o.facts.merchant_reference1,
                   tooltip=lambda o: " / ".join(r for r in (o.facts.merchant_reference1,
                                                            o.facts.merchant_reference2) if r) or None),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Customer"), lambda o: o.facts.customer, tooltip=lambda o: o.facts.customer or None),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Amount"), lambda o: money(o.amount, o.currency, self.user_locale) if o.amount is not None else "",
                   align=RIGHT),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Outcome"), lambda o: outcome_text(o.outcome),
                   foreground=lambda o: OUTCOME_COLORS.get(o.outcome)),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Error code"), lambda o: o.error_code or ""),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Message"), message, tooltip=lambda o: message(o) or None),
            Column(QtCore.QCoreApplication.translate("BulkDialog", "Correlation id"), lambda o: o.correlation_id or ""),
        ]

    # --- the steps -----------------------------------------------------------------------------

    def _totals_text(self, plan: BulkPlan) -> str:
        totals = plan.totals()
        return " · ".join(format_amount(value, currency, self.user_locale) for currency, value in sorted(totals.items()))

    def _on_planned(self, plan: BulkPlan) -> None:
        self.plan = plan
        self.items.set_records(plan.items)
        self._fit(self.items_table)
        allowed, refused, skipped = len(plan.allowed), len(plan.refused), len(plan.skipped)
        resumed = sum(1 for i in plan.allowed if i.open_entry)
        sending = (self.plurals.will_be_sent_resumed(len(plan.items)) if resumed
                   else self.plurals.will_be_sent(len(plan.items)))
        lines = [sending.format(allowed=allowed, resumed=resumed)]
        if plan.totals():
            lines.append(QtCore.QCoreApplication.translate("BulkDialog", "<p>Total to capture: <b>{total}</b></p>").format(total=self._totals_text(plan)))
        if refused:
            reasons: dict[str, int] = {}
            for item in plan.refused:
                why = self._why(item)
                reasons[why] = reasons.get(why, 0) + 1
            listed = "".join(f"<li>{count} × {reason}</li>" for reason, count in
                             sorted(reasons.items(), key=lambda kv: -kv[1]))
            lines.append((self.plurals.cannot_be_captured(refused) if self.capturing
                          else self.plurals.cannot_be_extended(refused)).format(reasons=listed))
        if skipped:
            lines.append(self.plurals.done_before_skipped(skipped))
        lines.append(environment_note(self.profile))
        self.preview_summary.setText("".join(lines))
        if not allowed:
            self.go_button.setText(QtCore.QCoreApplication.translate("BulkDialog", "Nothing to send"))
        else:
            self.go_button.setText(self.plurals.capture_orders_ellipsis(allowed) if self.capturing
                                   else self.plurals.extend_orders_ellipsis(allowed))
        self.go_button.setAccessibleName(self.go_button.text())
        self.go_button.setEnabled(allowed > 0 and not self.read_only)
        self.pages.setCurrentIndex(self.PREVIEW)

    def _on_go(self) -> None:
        plan = self.plan
        if plan is None or not plan.allowed or self.job.busy:
            return
        count = len(plan.allowed)
        question = (self.plurals.capture_question(count) if self.capturing
                    else self.plurals.extend_question(count))
        details = (QtCore.QCoreApplication.translate("BulkDialog", "<p>Total: <b>{total}</b></p>").format(total=self._totals_text(plan)) if plan.totals() else "")
        if plan.refused:
            details += self.plurals.left_out(len(plan.refused))
        button = self.plurals.capture_orders(count) if self.capturing else self.plurals.extend_orders(count)
        self.confirmation = Confirmation(self, self.windowTitle(), question, details,
                                         button, self.profile, lambda: self._start(plan))
        self.confirmation.finished.connect(lambda _r: setattr(self, "confirmation", None))
        self.confirmation.open()

    def _start(self, plan: BulkPlan) -> None:
        total = len(plan.allowed)
        self.progress.setRange(0, total)
        self.progress.setValue(0)
        self.progress.setFormat(QtCore.QCoreApplication.translate("BulkDialog", "{done} of {total}").format(done=0, total=total))
        self.progress_label.setText(self.plurals.capturing_orders(total) if self.capturing
                                    else self.plurals.extending_orders(total))
        self.pages.setCurrentIndex(self.RUNNING)
        self.go_button.hide()
        self.stop_button.show()
        self.stop_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.error_panel.hide()
        self._show_rate()
        self.rate_timer.start()
        self.job.run(plan)

    def _show_rate(self) -> None:
        """The pace the run goes at, the limit Klarna announced, and any wait Klarna asked for."""
        if self.pacer is None:
            self.rate_label.setText("")
            return
        state = self.pacer.state()
        sent = round(state.sent_per_second)
        if state.limit is not None:
            text = self.plurals.sent_at_limit(sent).format(limit=f"{state.limit:.0f}", rate=f"{state.rate:.0f}")
        else:
            text = self.plurals.sent_no_limit(sent).format(rate=f"{state.rate:.0f}")
        parts = [text]
        if state.waiting > 0:
            parts.append(QtCore.QCoreApplication.translate("BulkDialog", "Klarna asked to slow down: waiting {seconds} s").format(seconds=f"{state.waiting:.0f}"))
        if state.throttled:
            parts.append(self.plurals.answered_429(state.throttled))
        self.rate_label.setText(" · ".join(parts))

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        self.progress.setFormat(QtCore.QCoreApplication.translate("BulkDialog", "{done} of {total}").format(done=done, total=total))

    def _on_rereading(self) -> None:
        self.progress_label.setText(QtCore.QCoreApplication.translate("BulkDialog", "Reading the orders back from Klarna…"))

    def _on_saved(self, path: str) -> None:
        self.saved_label.setText(QtCore.QCoreApplication.translate("BulkDialog", "Saved to {path}").format(path=path))

    def _on_stop(self) -> None:
        self.job.cancel()
        self.stop_button.setEnabled(False)
        self.progress_label.setText(QtCore.QCoreApplication.translate("BulkDialog", "Stopping after the requests already sent…"))

    def _on_finished(self, report: BulkReport) -> None:
        self.rate_timer.stop()
        self._show_rate()
        self.report = report
        self.outcomes.set_records(report.outcomes)
        self._fit(self.outcomes_table)
        succeeded = report.count("succeeded")
        parts = [self.plurals.captured(succeeded) if self.capturing else self.plurals.extended(succeeded)]
        refused = [o for o in report.outcomes if o.outcome == "refused"]
        # Klarna's refusals carry a correlation id; the rules' refusals were never sent.
        for by_klarna, group in ((True, [o for o in refused if o.correlation_id]),
                                 (False, [o for o in refused if not o.correlation_id])):
            if group:
                codes: dict[str, int] = {}
                for outcome in group:
                    code = outcome.error_code or QtCore.QCoreApplication.translate("BulkDialog", "refused")
                    codes[code] = codes.get(code, 0) + 1
                listed = ", ".join(QtCore.QCoreApplication.translate("BulkDialog", "{code} × {count}").format(code=code, count=count)
                                   for code, count in sorted(codes.items()))
                text = (self.plurals.refused_by_klarna(len(group)) if by_klarna
                        else self.plurals.not_allowed_not_sent(len(group)))
                parts.append(text.format(codes=listed))
        for kind, words in (("failed", self.plurals.failed), ("unknown", self.plurals.no_answer),
                            ("not_sent", self.plurals.not_sent), ("skipped", self.plurals.done_elsewhere)):
            if report.count(kind):
                parts.append(words(report.count(kind)))
        if report.journal_error:
            parts.insert(0, QtCore.QCoreApplication.translate("BulkDialog", "<p style='color:#b91c1c;'><b>The run stopped: the journal could not be written "
                              "({error}).</b> Nothing is sent without its journal entry; what was sent is listed "
                              "below.</p>").format(error=report.journal_error))
        self.report_summary.setText("".join(parts))
        self.again_button.setVisible(bool(report.count("unknown") or report.count("not_sent")
                                          or report.count("failed")))
        self.pages.setCurrentIndex(self.REPORT)
        self.stop_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(QtCore.QCoreApplication.translate("BulkDialog", "Close"))
        summary = (QtCore.QCoreApplication.translate("BulkDialog", "Bulk run: {succeeded} captured, {refused} refused, {failed} failed.") if self.capturing
                   else QtCore.QCoreApplication.translate("BulkDialog", "Bulk run: {succeeded} extended, {refused} refused, {failed} failed."))
        self.context.messages.show(summary.format(succeeded=succeeded, refused=len(refused),
                                                  failed=report.count("failed") + report.count("unknown")),
                                   MessageKind.INFO)

    def _on_failed(self, error: BaseException) -> None:
        self.rate_timer.stop()
        self.error_panel.show_error(None, [QtCore.QCoreApplication.translate("BulkDialog", "The bulk run stopped: {error}. Check the orders' History.").format(
            error=error)], None)
        self.stop_button.hide()
        self.close_button.setEnabled(True)
        self.close_button.setText(QtCore.QCoreApplication.translate("BulkDialog", "Close"))

    def _run_again(self) -> None:
        self.report = None
        self.go_button.show()
        self.go_button.setEnabled(False)
        self.close_button.setText(QtCore.QCoreApplication.translate("BulkDialog", "Cancel"))
        self.pages.setCurrentIndex(self.LOADING)
        self.job.plan()

    def _choose_file(self) -> None:
        if self.report is None:
            return
        name = f"bulk-{self.action.value}-{self.report.batch[:8]}.csv"
        chooser = QtWidgets.QFileDialog(self, QtCore.QCoreApplication.translate("BulkDialog", "Save the report as CSV"), str(Path.home() / name),
                                        QtCore.QCoreApplication.translate("BulkDialog", "CSV (*.csv)"))
        chooser.setAcceptMode(QtWidgets.QFileDialog.AcceptMode.AcceptSave)
        chooser.setDefaultSuffix("csv")
        report = self.report
        chooser.fileSelected.connect(lambda path: self.job.save(report, path))
        self.file_chooser = chooser
        chooser.open()  # never exec(): the event loop keeps running

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        """Enter asks to send the run (its confirmation follows) when it can be sent; otherwise nothing."""
        if submit_key(event):
            event.accept()
            if self.go_button.isVisible() and self.go_button.isEnabled():
                self.go_button.click()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Not while a run is sending (Stop first)."""
        if self.job.busy and self.pages.currentIndex() == self.RUNNING:
            return
        super().reject()

    def closeEvent(self, event: Any) -> None:  # noqa: N802
        if self.job.busy and self.pages.currentIndex() == self.RUNNING:
            event.ignore()
            return
        super().closeEvent(event)
