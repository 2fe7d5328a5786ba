"""The left pane: search box, filters and the results table over the local order index."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from ..domain import display
from ..domain.dates import format_date
from ..domain.money import AmountError, parse_amount
from ..store.values import OPEN_STATUSES, OrderRow, SearchQuery
from . import reason_text, status_text
from .badges import coloured
from .models import RIGHT, Column, PagedModel, PageFetcher, money, when, window_locale
from .plurals import PLURALS
from .qt import Qt, QtCore, QtGui, QtWidgets
from .tables import HintedTableView

ShownRole = Qt.ItemDataRole.UserRole + 2
ACCESSIBLE_DESCRIPTION = int(Qt.ItemDataRole.AccessibleDescriptionRole)
_MARK_ROLES = frozenset({int(Qt.ItemDataRole.FontRole), int(ShownRole), ACCESSIBLE_DESCRIPTION})
SHOWN_COLOR = "#f59e0b"  # amber: reads beside the blue selection highlight, on light and dark themes
EXTENDING = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

STATUSES = ("AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED")
CURRENCIES = ("EUR", "SEK", "NOK", "DKK", "GBP", "USD", "AUD", "CHF", "PLN", "CZK", "NZD", "CAD")
EXPIRY_DAYS = 7
W = TypeVar("W")


def _expires_color(row: OrderRow) -> str | None:
    if row.expires_at is None or (row.status or "") not in OPEN_STATUSES:
        return None
    left = row.expires_at - dt.datetime.now(dt.timezone.utc)
    return "#b91c1c" if left <= dt.timedelta(days=EXPIRY_DAYS) else None


def day(value: dt.datetime | None, locale: str | None = None) -> str:
    """A date in the user's time zone, the locale's way per CLDR: 1.12.2026 (de), 2026-12-01 (sv)."""
    return format_date(value, locale or window_locale()) if value else ""


def result_columns(locale: str) -> list[Column[OrderRow]]:
    """The columns of the results table."""
    return [
        Column(QtCore.QCoreApplication.translate("SearchPane", "Customer"), lambda r: r.customer_name or "", key="customer_name",
               tooltip=lambda r: "\n".join(x for x in (r.customer_name, " · ".join(y for y in (r.email, r.phone) if y),
                                                        r.klarna_reference and QtCore.QCoreApplication.translate("SearchPane", "Klarna ref {reference}").format(reference=r.klarna_reference),
                                                        QtCore.QCoreApplication.translate("SearchPane", "Order id {order}").format(order=r.order_id)) if x)),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Amount"), lambda r: money(r.order_amount, r.currency, locale), align=RIGHT, key="order_amount"),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Status"), lambda r: status_text.status_label(r.status), key="status",
               foreground=lambda r: display.STATUS_COLORS.get((r.status or "").upper())),
        # Dates only, so more columns fit; the time is in the tooltip.
        Column(QtCore.QCoreApplication.translate("SearchPane", "Created"), lambda r: day(r.created_at), key="created_at", tooltip=lambda r: when(r.created_at) or None),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Expires"), lambda r: day(r.expires_at) if display.shows_expiry(r.status, r.remaining_amount) else "",
               key="expires_at", foreground=_expires_color, tooltip=lambda r: when(r.expires_at) or None),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Klarna ref"), lambda r: r.klarna_reference or "", key="klarna_reference"),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Merchant ref"), lambda r: r.merchant_reference1 or "", key="merchant_reference1",
               tooltip=lambda r: r.merchant_reference2 and QtCore.QCoreApplication.translate("SearchPane", "Reference 2: {reference}").format(
                   reference=r.merchant_reference2)),
        Column(QtCore.QCoreApplication.translate("SearchPane", "Order id"), lambda r: r.order_id, key="order_id"),
    ]


class ResultsModel(PagedModel):
    """The results table: paged over the store; sorting asks the store, not the view.

    The row of the order shown on the right is marked (bold, ShownRole) apart from the selection,
    which is what bulk actions and the export work on.

    Signals:
        sort_requested(str, bool): the user clicked a header (store column, descending).
    """

    sort_requested = QtCore.Signal(str, bool)
    shown_id: str | None = None

    def set_shown(self, order_id: str | None) -> None:
        """Mark the row of the order shown in the order view."""
        if order_id == self.shown_id:
            return
        old, self.shown_id = self.shown_id, order_id
        for row, oid in self.ids().items():
            if oid in (old, order_id):
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def is_shown(self, row: int) -> bool:
        """Whether a row holds the order shown in the order view."""
        if self.shown_id is None:
            return False
        record = self.record(row)
        return record is not None and record.order_id == self.shown_id

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role in _MARK_ROLES:
            shown = index.isValid() and self.is_shown(index.row())
            if role == ShownRole:
                return shown
            if role == ACCESSIBLE_DESCRIPTION:
                return QtCore.QCoreApplication.translate("SearchPane", "shown on the right") if shown else None
            if shown:
                font = QtGui.QFont()
                font.setBold(True)
                return font
            return None
        return super().data(index, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(self.columns) and self.columns[column].key:
            self.sort_requested.emit(self.columns[column].key, order == Qt.SortOrder.DescendingOrder)


class ResultsView(HintedTableView):
    """The results table: a plain click or arrow shows an order; Ctrl/Shift with them extend the selection.

    Tab leaves the table (arrows move within it). `extending` is true while a Ctrl- or Shift-modified
    click or key is being handled, so the pane can keep the shown order where it is.
    """

    extending = False
    MIN_FIRST = 90  # the customer column elides down to this before anything else gives way
    DEFAULT_FIRST = 135  # the customer column's width until a person changes it

    def __init__(self) -> None:
        super().__init__()
        self.setTabKeyNavigation(False)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._fitting = False
        self._widths_font, self._widths = "", dict[str, int]()
        self._columns_key: tuple[object, ...] = ()
        self._column_widths: list[int] = []
        self._fit_timer = QtCore.QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_columns)

    def setModel(self, model: QtCore.QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is not None:
            for signal in (model.modelReset, model.dataChanged, model.layoutChanged):
                signal.connect(self._fit_timer.start)
        # A person dragging the first column's edge; the last column's stretching must not start a loop.
        self.horizontalHeader().sectionResized.connect(
            lambda index, *_: index == 0 and not self._fitting and self._fit_timer.start())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        self._frame_shown_row()

    def _frame_shown_row(self) -> None:
        """A frame around the shown order's row, visible whether or not the row is selected.

        Drawn once per paint over the rows on screen, not by a delegate: a Python delegate is called for
        every cell each time the table paints, and that round trip costs more than the painting itself.
        """
        model = self.model()
        if not isinstance(model, ResultsModel) or model.shown_id is None:
            return
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        last = model.rowCount() - 1 if last < 0 else last
        row = next((r for r in range(first, last + 1) if model.is_shown(r)), None)
        if row is None:
            return
        header = self.horizontalHeader()
        painter = QtGui.QPainter(self.viewport())
        pen = QtGui.QPen(QtGui.QColor(SHOWN_COLOR), 2)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)  # the lines stop at each cell's edge: the grid lines stay
        painter.setPen(pen)
        for column in range(model.columnCount()):
            if header.isSectionHidden(column):
                continue
            rect = self.visualRect(model.index(row, column)).adjusted(0, 1, 0, -1)
            end = rect.right() + 1  # a flat cap stops short of its end point
            painter.drawLine(rect.left(), rect.top(), end, rect.top())
            painter.drawLine(rect.left(), rect.bottom(), end, rect.bottom())
            if header.visualIndex(column) == 0:
                painter.fillRect(rect.x(), rect.y(), 5, rect.height(), QtGui.QColor(SHOWN_COLOR))
        painter.end()

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self._fitting:
            self._fit_timer.start()  # resized by the fitting itself: fit again once it is done
        else:
            self.fit_columns()

    def _text_width(self, font: QtGui.QFont) -> Callable[[str], int]:
        """How wide a text is in `font`, each text measured once: amounts, dates and statuses repeat down
        the table and from one fitting to the next (three of them as the window first opens)."""
        if font.key() != self._widths_font or len(self._widths) > 5000:
            self._widths_font, self._widths = font.key(), {}
        metrics, widths = QtGui.QFontMetrics(font), self._widths

        def width(text: str) -> int:
            known = widths.get(text)
            if known is None:
                known = widths[text] = metrics.horizontalAdvance(text)
            return known

        return width

    def content_width(self, column: int) -> int:
        """The width a column needs for its title and the rows on screen (bold, as the shown row is)."""
        model = self.model()
        font = QtGui.QFont(self.font())
        font.setBold(True)
        width = self._text_width(font)
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        last = min(model.rowCount() - 1, first + 60) if last < 0 else last
        if isinstance(model, PagedModel):  # its texts read straight, not through an index each
            widest = max((width(model.text(r, column)) for r in range(first, last + 1)), default=0)
        else:
            widest = max((width(str(model.index(r, column).data() or "")) for r in range(first, last + 1)), default=0)
        # The title's own width (sectionSizeHint says nothing useful for a hidden section), with the
        # room the sort arrow takes.
        header = self.horizontalHeader()
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        return max(widest + 12, QtGui.QFontMetrics(header.font()).horizontalAdvance(title) + 26)

    def fit_columns(self) -> None:
        """Show the columns that fit beside each other, in order; no horizontal scrolling, money never cut.

        The first column (the customer) keeps the width the user gave it while there is room; at its default
        width or narrower it elides down to MIN_FIRST before a later column is hidden (a wider width a person
        chose is kept, and later columns give way); the last column shown takes what is left.
        """
        model, header = self.model(), self.horizontalHeader()
        if model is None or self._fitting or model.columnCount() == 0:
            return
        self._fitting = True
        self._fit_timer.stop()  # a fit asked for earlier (the model reset as the window opened) is this one
        try:
            room = self.viewport().width()
            # Measured again only when the rows on screen or their content changed: showing the window
            # fits the table three times over the same rows at different widths.
            key = (*self.content_key(), model.columnCount())
            if key != self._columns_key:
                self._columns_key = key
                self._column_widths = [self.content_width(column) for column in range(model.columnCount())]
            widths = self._column_widths
            # The first column keeps the user's width unless the second (the amount) would not fit then.
            first = max(self.MIN_FIRST, min(header.sectionSize(0), room - (widths[1] if len(widths) > 1 else 0)))
            used = first
            hiding = False
            for column in range(1, model.columnCount()):
                over = used + widths[column] - room
                if not hiding and 0 < over <= first - self.MIN_FIRST and first <= self.DEFAULT_FIRST:
                    # The customer elides further, as promised above; a wider width a person chose is kept.
                    first, used = first - over, used - over
                hiding = hiding or used + widths[column] > room
                header.setSectionHidden(column, hiding)
                if not hiding:
                    used += widths[column]
                    header.resizeSection(column, widths[column])
            header.resizeSection(0, first)
        finally:
            self._fitting = False

    def mousePressEvent(self, event: QtGui.QMouseEvent) -> None:  # noqa: N802
        self.extending = bool(event.modifiers() & EXTENDING)
        try:
            super().mousePressEvent(event)
        finally:
            self.extending = False

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:  # noqa: N802
        self.extending = bool(event.modifiers() & EXTENDING)
        try:
            super().keyPressEvent(event)
        finally:
            self.extending = False


class _MoreFilters(Generic[W]):
    """A widget of the date and amount filters, read as an attribute: they are built when one is first read."""

    # "More filters" is rarely opened, and the two date boxes alone cost ~3 ms of the first paint.

    def __init__(self) -> None:
        self.attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = "_" + name  # where _build_more_filters keeps it

    def __get__(self, pane: SearchPane, owner: type | None = None) -> W:
        pane._build_more_filters()
        widget: W = getattr(pane, self.attribute)
        return widget


class SearchPane(QtWidgets.QWidget):
    """Query box, filters and results.

    Signals:
        query_changed(object): a new SearchQuery (debounced while typing).
        order_selected(str): the current row changed to this order id.
        order_activated(str): Enter or double-click on an order.
        import_requested(): the user asked to import order ids.
        selection_changed(int): how many rows are selected now.
    """

    selection_changed = QtCore.Signal(int)
    query_changed = QtCore.Signal(object)
    order_selected = QtCore.Signal(str)
    order_activated = QtCore.Signal(str)
    import_requested = QtCore.Signal()
    _more_box: QtWidgets.QWidget
    _date_from: QtWidgets.QDateEdit
    _date_to: QtWidgets.QDateEdit
    _amount_min: QtWidgets.QLineEdit
    _amount_max: QtWidgets.QLineEdit
    more_box: _MoreFilters[QtWidgets.QWidget] = _MoreFilters()  # the date and amount filters, under the toggle
    date_from: _MoreFilters[QtWidgets.QDateEdit] = _MoreFilters()
    date_to: _MoreFilters[QtWidgets.QDateEdit] = _MoreFilters()
    amount_min: _MoreFilters[QtWidgets.QLineEdit] = _MoreFilters()
    amount_max: _MoreFilters[QtWidgets.QLineEdit] = _MoreFilters()

    def __init__(self, fetch: PageFetcher, locale: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self._locale = locale
        self._sort = ("created_at", True)
        self._refreshing = False  # a refresh_results is moving rows (see there)
        self._more_built = False
        self._edit_filters: list[QtCore.QObject] = []
        self.model = ResultsModel(result_columns(locale), fetch, self)
        self._setup_ui()
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._emit_query)

    def _setup_ui(self) -> None:
        self.search = QtWidgets.QLineEdit()
        self.search.setPlaceholderText(QtCore.QCoreApplication.translate("SearchPane", "Search name, e-mail, phone, reference or order id"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Search orders"))
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.search.returnPressed.connect(self._on_search_return)

        self.status_button = QtWidgets.QToolButton()
        self.status_button.setText(QtCore.QCoreApplication.translate("SearchPane", "Status: any"))
        self.status_button.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Status filter"))
        self.status_button.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(self.status_button)
        self.status_actions: dict[str, QtGui.QAction] = {}
        for status in STATUSES:
            action = menu.addAction(status_text.status_label(status))
            action.setCheckable(True)
            action.toggled.connect(self._on_filter_changed)
            self.status_actions[status] = action
        self.status_button.setMenu(menu)

        self.currency = QtWidgets.QComboBox()
        self.currency.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Currency filter"))
        self.currency.addItem(QtCore.QCoreApplication.translate("SearchPane", "Any currency"), None)
        for code in CURRENCIES:
            self.currency.addItem(code, code)
        self.currency.currentIndexChanged.connect(self._on_filter_changed)

        self.expiring = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("SearchPane", "Expiring soon"))
        self.expiring.setToolTip(PLURALS.expiring_within(EXPIRY_DAYS))
        self.expiring.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Only orders expiring soon"))
        self.expiring.toggled.connect(self._on_filter_changed)
        self.fraud = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("SearchPane", "Fraud pending"))
        self.fraud.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Only orders pending fraud review"))
        self.fraud.toggled.connect(self._on_filter_changed)
        # Needs attention: captured long enough ago to have been paid out, yet in no synced payout.
        self.unpaid_days = 14
        self.unpaid = QtWidgets.QCheckBox(QtCore.QCoreApplication.translate("SearchPane", "Not paid out"))
        self.unpaid.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Only orders with a capture Klarna has not paid out"))
        self.unpaid.toggled.connect(self._on_filter_changed)
        self.set_unpaid_delay(self.unpaid_days)

        self.more = QtWidgets.QToolButton()
        self.more.setText(QtCore.QCoreApplication.translate("SearchPane", "More filters"))
        self.more.setCheckable(True)
        self.more.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Show date and amount filters"))
        self.more.toggled.connect(lambda on: self.more_box.setVisible(on))

        self.filter_error = QtWidgets.QLabel()
        coloured(self.filter_error, "#b91c1c")
        self.filter_error.hide()

        self.count_label = QtWidgets.QLabel("")
        self.count_label.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Number of orders found"))
        self.import_button = QtWidgets.QPushButton(QtCore.QCoreApplication.translate("SearchPane", "Import order IDs…"))
        self.import_button.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Import order IDs"))
        self.import_button.clicked.connect(self.import_requested)

        self.table = ResultsView()
        self.table.setAccessibleName(QtCore.QCoreApplication.translate("SearchPane", "Orders"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setMinimumSectionSize(40)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        self.table.setColumnWidth(0, self.table.DEFAULT_FIRST)  # the others fit their content (ResultsView.fit_columns)
        # Enter and double-click both arrive as `activated`.
        self.table.activated.connect(lambda index: self._activate(index.row()))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_row_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._on_selection_changed())
        self.model.modelReset.connect(self._on_selection_changed)
        self.model.sort_requested.connect(self._on_sort_requested)

        # Two rows, so that the pane fits half of a small screen.
        filters = QtWidgets.QGridLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.status_button, 0, 0)
        filters.addWidget(self.currency, 0, 1)
        filters.addWidget(self.more, 0, 3)
        filters.addWidget(self.expiring, 1, 0)
        filters.addWidget(self.fraud, 1, 1)
        filters.addWidget(self.unpaid, 1, 2, Qt.AlignmentFlag.AlignLeft)  # only its text is clickable
        filters.setColumnStretch(2, 1)
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.count_label, 1)
        footer.addWidget(self.import_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 4, 8)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        # (the date and amount filters go here when first needed: _build_more_filters)
        layout.addWidget(self.filter_error)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def set_unpaid_delay(self, days: int) -> None:
        """The account's usual payout delay, which "Not paid out" counts from."""
        self.unpaid_days = days
        self.unpaid.setToolTip(PLURALS.unpaid_older(days))
        if self.unpaid.isChecked():
            self._on_filter_changed()

    def line_edits(self) -> list[QtWidgets.QLineEdit]:
        """Every box typed into in the pane: the search and, once built, the amounts and the dates' line edits.

        Named, not found with findChildren: that makes PySide wrap every object in the pane, each of a
        class it has not built yet (scroll bars, delegates, the list of the currency box...) ~3 ms.
        """
        if not self._more_built:
            return [self.search]
        dates = (box.findChild(QtWidgets.QLineEdit) for box in (self._date_from, self._date_to))
        return [self.search, self._amount_min, self._amount_max, *(edit for edit in dates if edit is not None)]

    def install_edit_filter(self, event_filter: QtCore.QObject) -> None:
        """Filter the events of every box typed into, those of filters built later included."""
        self._edit_filters.append(event_filter)
        for edit in self.line_edits():
            edit.installEventFilter(event_filter)

    def _build_more_filters(self) -> None:
        """The date and amount filters, hidden under "More filters", where they always were in the pane."""
        if self._more_built:
            return
        self._more_built = True
        self._date_from = self._date_edit(QtCore.QCoreApplication.translate("SearchPane", "Created from"))
        self._date_to = self._date_edit(QtCore.QCoreApplication.translate("SearchPane", "Created until"))
        self._amount_min, self._amount_max = QtWidgets.QLineEdit(), QtWidgets.QLineEdit()
        for edit, name in ((self._amount_min, QtCore.QCoreApplication.translate("SearchPane", "Minimum amount")), (self._amount_max, QtCore.QCoreApplication.translate("SearchPane", "Maximum amount"))):
            edit.setPlaceholderText(QtCore.QCoreApplication.translate("SearchPane", "any", "no amount limit"))
            edit.setAccessibleName(name)
            edit.setMaximumWidth(110)
            edit.textChanged.connect(self._on_filter_changed)
        box = self._more_box = QtWidgets.QWidget()
        grid = QtWidgets.QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QtWidgets.QLabel(QtCore.QCoreApplication.translate("SearchPane", "Created")), 0, 0)
        grid.addWidget(self._date_from, 0, 1)
        grid.addWidget(QtWidgets.QLabel(QtCore.QCoreApplication.translate("SearchPane", "to", "a range: from … to …")), 0, 2)
        grid.addWidget(self._date_to, 0, 3)
        grid.addWidget(QtWidgets.QLabel(QtCore.QCoreApplication.translate("SearchPane", "Amount")), 1, 0)
        grid.addWidget(self._amount_min, 1, 1)
        grid.addWidget(QtWidgets.QLabel(QtCore.QCoreApplication.translate("SearchPane", "to", "a range: from … to …")), 1, 2)
        grid.addWidget(self._amount_max, 1, 3)
        grid.setColumnStretch(4, 1)
        box.hide()
        layout = self.layout()
        assert isinstance(layout, QtWidgets.QVBoxLayout)
        layout.insertWidget(2, box)  # under the filters' rows, above the filter error
        # Tab reaches them after "Not paid out", as when they were made with the pane.
        previous: QtWidgets.QWidget = self.unpaid
        for widget in (self._date_from, self._date_to, self._amount_min, self._amount_max):
            QtWidgets.QWidget.setTabOrder(previous, widget)
            previous = widget
        for event_filter in self._edit_filters:
            for edit in self.line_edits()[1:]:
                edit.installEventFilter(event_filter)

    def _date_edit(self, name: str) -> QtWidgets.QDateEdit:
        edit = QtWidgets.QDateEdit()
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setSpecialValueText(QtCore.QCoreApplication.translate("SearchPane", "any", "no date limit"))
        edit.setMinimumDate(QtCore.QDate(2000, 1, 1))
        edit.setDate(edit.minimumDate())  # the minimum shows as "any"
        edit.dateChanged.connect(self._on_filter_changed)
        return edit

    # --- building the query --------------------------------------------------------------------

    def query(self) -> SearchQuery:
        """The SearchQuery the controls describe now (invalid amounts are left out and flagged)."""
        statuses = tuple(s for s, a in self.status_actions.items() if a.isChecked())
        currency = self.currency.currentData()
        errors: list[str] = []
        # Filters never built were never set: no dates, no amounts.
        built = self._more_built
        amounts = [self._amount(e, currency, errors) for e in (self._amount_min, self._amount_max)] if built else [None, None]
        self.filter_error.setText("; ".join(errors))
        self.filter_error.setVisible(bool(errors))
        return SearchQuery(
            text=self.search.text(),
            statuses=statuses,
            currency=currency,
            expires_within_days=EXPIRY_DAYS if self.expiring.isChecked() else None,
            fraud_pending=self.fraud.isChecked(),
            unpaid_capture_days=self.unpaid_days if self.unpaid.isChecked() else None,
            created_from=self._date(self._date_from) if built else None,
            created_to=self._date(self._date_to) if built else None,
            amount_min=amounts[0],
            amount_max=amounts[1],
            sort=self._sort[0],
            descending=self._sort[1],
        )

    def _amount(self, edit: QtWidgets.QLineEdit, currency: str | None, errors: list[str]) -> int | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            # Without a currency filter any currency's symbol may be typed (all of them have cents but a few).
            return parse_amount(text, currency, self._locale)
        except AmountError as error:
            errors.append(f"{edit.accessibleName()}: {reason_text.text(error.reason, self._locale)}")
            return None

    @staticmethod
    def _date(edit: QtWidgets.QDateEdit) -> dt.date | None:
        date = edit.date()
        return None if date == edit.minimumDate() else dt.date(date.year(), date.month(), date.day())

    def _on_filter_changed(self, *_: Any) -> None:
        checked = [status_text.status_label(s) for s, a in self.status_actions.items() if a.isChecked()]
        self.status_button.setText(
            QtCore.QCoreApplication.translate("SearchPane", "Status: {statuses}").format(statuses=", ".join(checked))
            if checked else QtCore.QCoreApplication.translate("SearchPane", "Status: any"))
        self._debounce.start()

    def _on_sort_requested(self, key: str, descending: bool) -> None:
        self._sort = (key, descending)
        self._emit_query()

    def _emit_query(self) -> None:
        self._debounce.stop()
        self.query_changed.emit(self.query())

    def _on_search_return(self) -> None:
        self._emit_query()
        if self.model.rowCount() == 1:
            self._activate(0)

    # --- results -------------------------------------------------------------------------------

    def show_results(self, query: SearchQuery, total: int, first_page: list[OrderRow]) -> None:
        """Show a query's results; keep the selection on the first row so an order is always shown."""
        self.model.reset(query, total, first_page)
        self._on_selection_changed()
        filtered = query != SearchQuery(sort=query.sort, descending=query.descending)
        self.table.set_empty_text(
            QtCore.QCoreApplication.translate("SearchPane", "No order matches. A pasted order id that is not here yet is fetched from Klarna.") if filtered else
            QtCore.QCoreApplication.translate("SearchPane", "No orders here yet. Klarna's API cannot list or search orders, so the console finds the ones it "
            "has fetched: paste an order id in the search box, or use File → Import order IDs… to fetch many "
            "at once (pasted, or from a CSV export of your shop)."))
        if total:
            self.table.selectRow(0)

    def stop(self) -> None:
        """Drop a search still waiting for the typing to pause (the window is closing)."""
        self._debounce.stop()

    def refresh_results(self, total: int, pages: dict[int, list[OrderRow]]) -> None:
        """The same query read again after orders changed: rows, count and selection follow the store.

        The model changes row by row (see PagedModel.update), so the selection, the current row and the
        scroll position stay on the orders they were on; "everything selected" stays everything.
        """
        everything = 0 < self.model.rowCount() == self.selected_count()
        # Rows leaving under the current one move Qt's current index to a neighbour: that is not the user
        # choosing another order, so the shown order stays (it may have just left the filter, e.g. captured).
        self._refreshing = True
        try:
            self.model.update(total, pages)
        finally:
            self._refreshing = False
        if everything and self.selected_count() < self.model.rowCount():
            selection = self.table.selectionModel()
            selection.blockSignals(True)  # nothing new to show: the shown order stays as it is
            try:
                self.table.selectAll()
            finally:
                selection.blockSignals(False)
            self.table.viewport().update()
        self._on_selection_changed()

    def select_order(self, order_id: str) -> None:
        """Mark the row of the order shown (however it came to be shown: a click, a pasted id, --order).

        A selection of several rows is the user's work for a bulk action or export and is left alone;
        otherwise the shown order's row becomes the current, selected one.
        """
        self.model.set_shown(order_id or None)
        selection = self.table.selectionModel()
        if self.selected_count() > 1:
            return
        current = self.table.currentIndex()
        record = self.model.record(current.row()) if current.isValid() else None
        if record is not None and record.order_id == order_id and selection.isRowSelected(current.row()):
            return
        row = next((r for r, oid in self.model.ids().items() if oid == order_id), None)
        selection.blockSignals(True)  # the order is already on its way to the view
        try:
            if row is not None:
                self.table.selectRow(row)
                self.table.scrollTo(self.model.index(row, 0))
            else:
                self.table.clearSelection()
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        self._on_selection_changed()

    def _selected_spans(self) -> list[tuple[int, int]]:
        """The selected rows as merged (first, last) spans: cheap even when 100,000 rows are selected."""
        selection = self.table.selectionModel().selection()
        ranges = (selection.at(i) for i in range(selection.count()))  # PySide6's stubs miss its __iter__
        spans = sorted((r.top(), r.bottom()) for r in ranges if r.isValid())
        merged: list[tuple[int, int]] = []
        for top, bottom in spans:
            if merged and top <= merged[-1][1] + 1:
                merged[-1] = (merged[-1][0], max(merged[-1][1], bottom))
            else:
                merged.append((top, bottom))
        return merged

    def selected_count(self) -> int:
        """How many rows are selected."""
        return sum(bottom - top + 1 for top, bottom in self._selected_spans())

    def selected_rows(self) -> list[int]:
        """The selected rows, in order."""
        return [row for top, bottom in self._selected_spans() for row in range(top, bottom + 1)]

    def selected_order_ids(self) -> list[str]:
        """The order ids of the selected rows whose data is loaded."""
        records = (self.model.record(row) for row in self.selected_rows())
        return [r.order_id for r in records if r is not None]

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the search box with its text selected."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _on_current_row_changed(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        if self.table.extending or self._refreshing:
            return  # Ctrl/Shift + click or arrow: the selection grows; a refresh: the store moved rows
        record = self.model.record(current.row())
        if record is not None:
            self.order_selected.emit(record.order_id)

    def _on_selection_changed(self) -> None:
        total = self.model.rowCount()
        count = self.selected_count()
        self.count_label.setText(PLURALS.orders_selected(total).format(selected=count) if count > 1
                                 else PLURALS.orders(total))
        self.selection_changed.emit(count)

    def _activate(self, row: int) -> None:
        record = self.model.record(row)
        if record is not None:
            self.order_activated.emit(record.order_id)
