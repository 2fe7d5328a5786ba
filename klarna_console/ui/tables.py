"""Table views that say why they are empty instead of showing a blank box."""

from __future__ import annotations

from .qt import Qt, QtCore, QtGui, QtWidgets


class MeasuredHeader(QtWidgets.QHeaderView):
    """A table's column header that measures each title once while the titles, its font and sort indicator stay."""

    # Fitting a table's columns asks the header the size of every title, and each of those asks the model's
    # headerData (Python) for half a dozen roles; showing the window fits its tables several times.

    def __init__(self, view: HintedTableView) -> None:
        super().__init__(Qt.Orientation.Horizontal, view)
        self.setSectionsClickable(True)  # as QTableView makes its own header
        self.setHighlightSections(True)
        self._view = view
        self._sizes_key: tuple[object, ...] = ()
        self._sizes: dict[int, QtCore.QSize] = {}

    def sectionSizeFromContents(self, logical_index: int) -> QtCore.QSize:  # noqa: N802
        key = (self._view.header_generation, self.font().key(), self.isSortIndicatorShown(),
               self.sortIndicatorSection(), self.sortIndicatorOrder())
        if key != self._sizes_key:
            self._sizes_key, self._sizes = key, {}
        size = self._sizes.get(logical_index)
        if size is None:
            size = self._sizes[logical_index] = super().sectionSizeFromContents(logical_index)
        return QtCore.QSize(size)


class HintedTableView(QtWidgets.QTableView):
    """A table view that paints `empty_text` when its model has no rows."""

    empty_text = ""
    # Counts of the model's changes (reset, rows in or out, data; its columns and titles): widths measured
    # from the cells or the titles are kept while they stay the same.
    content_generation = 0
    header_generation = 0  # the model's column titles: changed with its columns, or a new model

    def __init__(self) -> None:
        super().__init__()
        # The viewport is made here, from Python, as Qt would make it. Qt's own is a plain QWidget that
        # Python has never seen: the first viewport() call then makes PySide resolve every class of
        # QtWidgets with its enums to learn its type (~15-20 ms of the first paint).
        viewport = QtWidgets.QWidget()
        viewport.setObjectName("qt_scrollarea_viewport")
        viewport.setBackgroundRole(QtGui.QPalette.ColorRole.Base)
        viewport.setAutoFillBackground(True)
        self.setViewport(viewport)
        self.setHorizontalHeader(MeasuredHeader(self))

    def setModel(self, model: QtCore.QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        self.content_generation += 1
        self.header_generation += 1
        if model is not None:
            for signal in (model.modelReset, model.dataChanged, model.layoutChanged, model.rowsInserted,
                           model.rowsRemoved, model.rowsMoved):
                signal.connect(self._content_changed)
            for signal in (model.columnsInserted, model.columnsRemoved, model.columnsMoved, model.headerDataChanged,
                           model.modelReset, model.layoutChanged):
                signal.connect(self._columns_changed)

    def _content_changed(self, *_signal_arguments: object) -> None:
        self.content_generation += 1

    def _columns_changed(self, *_signal_arguments: object) -> None:
        self.content_generation += 1
        self.header_generation += 1

    def content_key(self) -> tuple[object, ...]:
        """What a width measured from the cells on screen depends on: the content, the rows on screen, the font."""
        height = self.viewport().height()
        return (self.content_generation, self.isVisible(), self.rowAt(0), self.rowAt(height - 1), self.rowAt(height),
                self.font().key())

    def paintEvent(self, event: QtGui.QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        model = self.model()
        if self.empty_text and model is not None and model.rowCount() == 0:
            painter = QtGui.QPainter(self.viewport())
            painter.setPen(self.palette().color(QtGui.QPalette.ColorRole.PlaceholderText))
            area = self.viewport().rect().adjusted(24, 24, -24, -24)
            painter.drawText(area, int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                                       | Qt.TextFlag.TextWordWrap), self.empty_text)
            painter.end()

    def set_empty_text(self, text: str) -> None:
        """Change what an empty table says."""
        self.empty_text = text
        self.viewport().update()


class Table(HintedTableView):
    """A read-only, row-selecting table that says why it is empty when it is."""

    def __init__(self, model: QtCore.QAbstractItemModel, name: str, empty: str = "") -> None:
        super().__init__()
        self.empty_text = empty
        self.setModel(model)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(24)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)

    MIN_ELIDED = 70
    _hints_key: tuple[object, ...] = ()
    _hints: dict[int, int]

    def sizeHintForColumn(self, column: int) -> int:  # noqa: N802
        # resizeColumnsToContents asks this of every column; showing the window resizes a table three or
        # four times with the same content and rows, so each column's cells are measured once (~2.5 ms a fit).
        key = self.content_key()
        if key != self._hints_key:
            self._hints_key, self._hints = key, {}
        hint = self._hints.get(column)
        if hint is None:
            hint = self._hints[column] = super().sizeHintForColumn(column)
        return hint

    def fit(self) -> None:
        """Size columns to their content; when they do not fit, free-text columns give way (elided),
        never amounts or dates."""
        if self.testAttribute(Qt.WidgetAttribute.WA_PendingResizeEvent):
            return  # not on screen yet: the resize Qt sends as it is shown fits it (resizeEvent), at its real width
        model = self.model()
        self.resizeColumnsToContents()
        count = model.columnCount()
        for column in range(count - 1):
            self.setColumnWidth(column, min(self.columnWidth(column) + 12, 320))
        columns = getattr(model, "columns", None)
        if columns is None:
            return
        elidable = [c for c in range(count) if columns[c].elide]
        excess = sum(self.columnWidth(c) for c in range(count)) - self.viewport().width()
        for column in sorted(elidable, key=self.columnWidth, reverse=True):
            if excess <= 0:
                break
            cut = min(excess, self.columnWidth(column) - self.MIN_ELIDED)
            if cut > 0:
                self.setColumnWidth(column, self.columnWidth(column) - cut)
                excess -= cut

    def resizeEvent(self, event: QtGui.QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
