"""Item models: a list-backed table for the order's tabs, and the paged results table over the store."""

from __future__ import annotations

import datetime as dt
import functools
import logging
import sys
from collections.abc import Awaitable, Callable, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import msgspec

from ..domain.dates import format_datetime
from ..domain.money import format_amount
from ..services.cache import FIRST_PAGE
from .qt import Qt, QtCore, QtGui

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)

T = TypeVar("T")
SortRole = Qt.ItemDataRole.UserRole
RecordRole = Qt.ItemDataRole.UserRole + 1

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Column(msgspec.Struct, Generic[T], frozen=True):
    """One column of a table: its title, how to show a record in it, and how it sorts."""

    title: str
    text: Callable[[T], str]
    sort: Callable[[T], Any] | None = None
    align: Qt.AlignmentFlag = LEFT
    tooltip: Callable[[T], str | None] | None = None
    foreground: Callable[[T], str | None] | None = None
    key: str = ""  # the store's sort column, for the results table
    elide: bool = False  # free text that may be cut with "…" (full text in the tooltip) so money and dates fit


def window_locale() -> str:
    """The window's locale as a BCP 47 tag: Qt's default locale, which the shell sets (shell.user_locale)."""
    name = QtCore.QLocale().bcp47Name()
    return "en" if name in ("", "C") else name


def when(value: dt.datetime | None, locale: str | None = None) -> str:
    """A timestamp in the user's time zone, the locale's way per CLDR: "1.12.2026, 14:03" (de), "2026-12-01 14:03" (sv)."""
    return format_datetime(value, locale or window_locale()) if value else ""


def money(amount: int | None, currency: str | None, locale: str | None) -> str:
    """An amount in minor units, formatted for the user's locale ("" when unknown)."""
    return "" if amount is None else format_amount(amount, currency, locale)


class ColumnsModel(QtCore.QAbstractTableModel):
    """A flat table whose columns are described by Columns (titles, alignment)."""

    def __init__(self, columns: Sequence[Column[Any]], parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None


class TitledModel(QtCore.QAbstractTableModel):
    """A table whose column headers are the class's TITLES (for the dialogs' editable line tables)."""

    TITLES: tuple[str, ...] = ()

    def columnCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.TITLES)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.TITLES):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.TITLES[section]
        return None


class RecordsModel(ColumnsModel, Generic[T]):
    """A read-only table over a list of records, described by Columns."""

    def __init__(self, columns: Sequence[Column[T]], parent: QtCore.QObject | None = None) -> None:
        super().__init__(columns, parent)
        self.records: list[T] = []
        self._texts = TextCache()
        # A column may read more than its record (what the payouts say of a capture): whoever changes that
        # says so with dataChanged, and the texts are formatted again.
        self.dataChanged.connect(self._texts.clear)

    def set_records(self, records: Sequence[T]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.records = list(records)
        self._texts.clear()
        self.endResetModel()

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else len(self.records)

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _CELL_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < len(self.records):
            return None
        column = index.column()
        if role in _TEXT_ROLES:
            return self._texts.text(row, column, self.columns[column], self.records[row])
        return cell(self.columns[column], self.records[row], role)

    def record(self, row: int) -> T | None:
        """The record shown in a row."""
        return self.records[row] if 0 <= row < len(self.records) else None


# The roles as plain ints, looked up once: a view asks each cell for about ten roles every time it paints
# it, and most of them (font, decoration, check state, background...) a column never answers.
DISPLAY = int(Qt.ItemDataRole.DisplayRole)
ACCESSIBLE_TEXT = int(Qt.ItemDataRole.AccessibleTextRole)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TEXT_ROLES = frozenset({DISPLAY, ACCESSIBLE_TEXT})
_CELL_ROLES = frozenset({DISPLAY, ACCESSIBLE_TEXT, ALIGNMENT, TOOLTIP, FOREGROUND, int(SortRole), int(RecordRole)})


class TextCache:
    """The texts of a table's cells, each formatted once while its row holds the same record.

    Fitting the columns to their content and painting them read the same cells, and amounts and dates
    cost tens of microseconds each to format (CLDR's rules, through Babel). Its model clears it whenever
    a row may hold another record or show it otherwise.
    """

    LIMIT = 20_000  # cells: a scroll through 100,000 rows must not keep every text it passed

    def __init__(self) -> None:
        self._texts: dict[tuple[int, int], str] = {}

    def text(self, row: int, column: int, spec: Column[Any], record: Any) -> str:
        """The text of the cell at (row, column): `spec` (its Column) shows `record` there."""
        key = (row, column)
        known = self._texts.get(key)
        if known is None:
            if len(self._texts) >= self.LIMIT:
                self._texts.clear()
            known = self._texts[key] = spec.text(record)
        return known

    def clear(self, *_signal_arguments: object) -> None:
        """Forget every text (the rows changed); connectable to dataChanged."""
        self._texts.clear()


def cell(column: Column[T], record: T, role: int) -> Any:
    """What a column shows of a record for one item role."""
    if role not in _CELL_ROLES:
        return None
    if role in _TEXT_ROLES:
        return column.text(record)
    if role == ALIGNMENT:
        return int(column.align)
    if role == TOOLTIP and column.tooltip is not None:
        return column.tooltip(record)
    if role == TOOLTIP and column.elide:
        return column.text(record) or None
    if role == FOREGROUND and column.foreground is not None:
        color = column.foreground(record)
        return _brush(color) if color else None
    if role == SortRole:
        return column.sort(record) if column.sort else column.text(record)
    if role == RecordRole:
        return record
    return None


@functools.cache
def _brush(color: str) -> QtGui.QBrush:
    """A solid brush of a colour, made once: cells ask for theirs every time they are painted.

    Built empty and then coloured: QBrush(QColor) makes PySide weigh the constructor's overloads, and
    with them build the QImage and QGradient classes and their enums (~5 ms in the first paint).
    """
    brush = QtGui.QBrush()
    brush.setColor(QtGui.QColor(color))
    brush.setStyle(Qt.BrushStyle.SolidPattern)
    return brush


PageFetcher = Callable[[Any, int, int], Awaitable[Sequence[Any]]]


class PagedModel(ColumnsModel):
    """A table of `total` rows whose records are loaded a page at a time, only when shown.

    The view can scroll through 100,000 rows: the row count is known up front, and a page is
    requested from the store (off the event loop) the first time one of its rows is painted.

    Signals:
        stale(): a page came back shorter than the total promised (the store changed): count again.
    """

    stale = QtCore.Signal()
    PAGE = FIRST_PAGE

    def __init__(self, columns: Sequence[Column[Any]], fetch: PageFetcher, parent: QtCore.QObject | None = None) -> None:
        super().__init__(columns, parent)
        self._fetch = fetch
        self._query: Any = None
        self._total = 0
        self._pages: dict[int, list[Any]] = {}
        self._partial: set[int] = set()
        self._loading: dict[int, asyncio.Task[None]] = {}
        self._generation = 0
        self._texts = TextCache()
        self.pages_fetched = 0

    @property
    def query(self) -> Any:
        """The query whose results are shown."""
        return self._query

    def reset(self, query: Any, total: int, first_page: Sequence[Any] = ()) -> None:
        """Show the results of a new query: its total and (if already fetched) its first page."""
        self.beginResetModel()
        self._generation += 1
        for task in self._loading.values():
            task.cancel()
        self._loading.clear()
        self._query, self._total = query, total
        self._pages = {0: list(first_page)} if first_page else {}
        self._partial = set()
        self._texts.clear()
        self.endResetModel()

    def loaded_pages(self) -> list[int]:
        """The numbers of the pages held, to read again from the store when orders change."""
        return sorted(self._pages)

    def ids(self) -> dict[int, str]:
        """Row -> order id for every loaded row."""
        return {page * self.PAGE + n: record.order_id for page, records in self._pages.items()
                for n, record in enumerate(records)}

    def update(self, total: int, pages: dict[int, list[Any]]) -> None:
        """Orders changed in the store: take the same query's fresh count and pages, row by row, never a reset.

        Rows whose order changed are repainted (dataChanged); orders that joined the query are inserted
        where the store sorts them and those that left are removed, so the view keeps its selection,
        current row and scroll position on the orders that stay. The loaded pages from the first on,
        without a gap, are compared; any page after a gap is dropped and read again when it is shown.
        """
        old = self._prefix(self._pages)
        new = self._prefix(pages)
        count = min(len(old), len(new))
        before = [r for page in old[:count] for r in page]
        after = [r for page in new[:count] for r in page]
        dropped = any(page not in range(count) for page in self._pages)
        self._generation += 1  # a page read before this update would land on rows that moved
        for task in self._loading.values():
            task.cancel()
        self._loading.clear()
        tail = self._total - len(before)  # rows after the compared ones (not loaded)
        rows = list(before)
        shift = 0
        import difflib  # with the first refresh, not at start-up (~2 ms)

        matcher = difflib.SequenceMatcher(None, [r.order_id for r in before], [r.order_id for r in after],
                                          autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            at = i1 + shift  # where this stretch of the old rows sits now
            if tag in ("delete", "replace"):
                self.beginRemoveRows(QtCore.QModelIndex(), at, at + i2 - i1 - 1)
                del rows[at:at + i2 - i1]
                self._set_rows(rows, len(rows) + tail)
                self.endRemoveRows()
                shift -= i2 - i1
            if tag in ("insert", "replace"):
                self.beginInsertRows(QtCore.QModelIndex(), at, at + j2 - j1 - 1)
                rows[at:at] = after[j1:j2]
                self._set_rows(rows, len(rows) + tail)
                self.endInsertRows()
                shift += j2 - j1
        wanted = total - len(after)
        if wanted > tail:
            self.beginInsertRows(QtCore.QModelIndex(), len(after) + tail, total - 1)
            self._set_rows(after, total)
            self.endInsertRows()
        elif wanted < tail:
            self.beginRemoveRows(QtCore.QModelIndex(), total, len(after) + tail - 1)
            self._set_rows(after, total)
            self.endRemoveRows()
        self._set_rows(after, total)
        last = len(self.columns) - 1
        seen = {r.order_id: r for r in before}
        for row, record in enumerate(after):
            if record.order_id in seen and seen[record.order_id] != record:
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
        if dropped and total > len(after):
            self.dataChanged.emit(self.index(len(after), 0), self.index(total - 1, last))

    def _prefix(self, pages: dict[int, list[Any]]) -> list[list[Any]]:
        """The pages from the first on without a gap, up to the first short one (the end of the results)."""
        prefix: list[list[Any]] = []
        while (page := pages.get(len(prefix))) is not None:
            prefix.append(page)
            if len(page) < self.PAGE:
                break
        return prefix

    def _set_rows(self, records: list[Any], total: int) -> None:
        """Hold `records` as the first rows of `total`; a short last page that is not the end is read again."""
        self._total = total
        self._pages = {n // self.PAGE: records[n:n + self.PAGE] for n in range(0, len(records), self.PAGE)}
        self._texts.clear()
        self._partial = {page for page, held in self._pages.items()
                          if len(held) < self.PAGE and page * self.PAGE + len(held) < total}

    def rowCount(self, parent: QtCore.QModelIndex | QtCore.QPersistentModelIndex = QtCore.QModelIndex()) -> int:  # noqa: B008,N802
        return 0 if parent.isValid() else self._total

    def data(self, index: QtCore.QModelIndex | QtCore.QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in _CELL_ROLES or not index.isValid():
            return None
        row = index.row()
        if not 0 <= row < self._total:
            return None
        record = self.record(row)
        column = index.column()
        if record is None:
            return "…" if role == DISPLAY and column == 0 else None
        if role in _TEXT_ROLES:
            return self._texts.text(row, column, self.columns[column], record)
        return cell(self.columns[column], record, role)

    def text(self, row: int, column: int) -> str:
        """What a cell shows (its DisplayRole), asked without an index: measuring columns reads many cells."""
        record = self.record(row) if 0 <= row < self._total else None
        if record is None:
            return "…" if column == 0 and 0 <= row < self._total else ""
        return self._texts.text(row, column, self.columns[column], record)

    def record(self, row: int) -> Any:
        """The record of a row if its page is loaded; otherwise None, and the page is requested."""
        if row < 0:
            return None  # no row (an invalid index's -1): nothing to read, and no page -1 to ask for
        page, offset = divmod(row, self.PAGE)
        records = self._pages.get(page)
        if records is None or (page in self._partial and offset >= len(records)):
            self._request(page)  # not read yet, or cut short by an update while rows follow it
            return None
        return records[offset] if offset < len(records) else None

    def loaded_rows(self) -> int:
        """How many records are held in memory."""
        return sum(len(p) for p in self._pages.values())

    def _request(self, page: int) -> None:
        if page in self._loading:
            return
        asyncio = sys.modules.get("asyncio")  # not loaded yet (the first paint): no loop runs either
        try:
            loop = asyncio.get_running_loop() if asyncio is not None else None
        except RuntimeError:
            loop = None
        if loop is None:
            return  # no loop (the first paint, a model test without one): the row stays a placeholder
        self._loading[page] = loop.create_task(self._load(page, self._generation))

    async def _load(self, page: int, generation: int) -> None:
        try:
            records = list(await self._fetch(self._query, page * self.PAGE, self.PAGE))
        except Exception:
            log.exception("could not load page %d of the results", page)
            return
        finally:
            if generation == self._generation:
                self._loading.pop(page, None)
        if generation != self._generation:
            return  # the query changed meanwhile
        self._pages[page] = records
        self._partial.discard(page)
        self._texts.clear()  # cheap, and no row's text can outlive a page dropped below
        self.pages_fetched += 1
        if len(records) < self.PAGE and page * self.PAGE + len(records) < self._total:
            self.stale.emit()  # rows were removed since the count: never leave "…" rows behind
        first = page * self.PAGE
        last = min(first + len(records), self._total) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.columns) - 1))
        # Keep memory flat when someone drags the scrollbar through 100,000 rows.
        while len(self._pages) > 50:
            self._pages.pop(next(p for p in self._pages if p != page))
