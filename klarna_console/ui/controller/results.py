"""The controller's search: the results table's query, its pages, and keeping it in step with the store."""

from __future__ import annotations

import re
from typing import Any

from ...api.errors import KlarnaError, NotFoundError
from ...store.values import SearchQuery
from ..messages import MessageKind
from ..qt import QtCore
from .base import ControllerBase

UUID_TEXT = re.compile(r"^\s*[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\s*$")


class SearchResults(ControllerBase):
    """Runs searches and reads the results' pages again after writes, never resetting the selection."""

    async def search(self, query: SearchQuery) -> None:
        """Run a search; a pasted order id that is not cached yet is fetched from Klarna."""
        store, session = self.store, self.session
        if store is None:
            return
        total = await store.count(query)
        if total == 0 and UUID_TEXT.match(query.text) and session is not None:
            order_id = query.text.strip().lower()
            self.window.statusBar().showMessage(QtCore.QCoreApplication.translate("ResultsController", "Fetching {order} from Klarna…").format(order=order_id))
            try:
                await session.orders.fetch(order_id)
            except NotFoundError:
                self.window.messages.show(QtCore.QCoreApplication.translate("ResultsController", "Klarna has no order {order} in this profile.").format(order=order_id),
                                          MessageKind.WARNING)
            except KlarnaError as error:
                self.window.messages.error(error, QtCore.QCoreApplication.translate("ResultsController", "Could not fetch the order"))
            total = await store.count(query)
        first = await store.search(query, 0, self.window.search_pane.model.PAGE)
        self.window.search_pane.show_results(query, total, first)
        self.results_shown.emit(total)

    def _refresh_results_soon(self) -> None:
        """Read the list again once the events of this turn of the loop are in (an import announces 50 at once)."""
        if self.store is not None and not self._results_due:
            self._results_due = True
            self.tasks.start(self._refresh_results_due(), "results")

    async def _refresh_results_due(self) -> None:
        self._results_due = False  # from here on, a new change needs a new read
        await self.refresh_results()

    async def refresh_results(self) -> None:
        """Read the shown query's count and loaded pages again: the list follows the store after a write.

        Rows are updated in place; rows that left (or joined) the query are removed (or inserted) where
        they are, so the selection stays on its orders (see PagedModel.update); never a reset.
        """
        store, pane = self.store, self.window.search_pane
        query = pane.model.query
        if store is None or not isinstance(query, SearchQuery):
            return
        total = await store.count(query)
        page_size = pane.model.PAGE
        pages = {page: await store.search(query, page * page_size, page_size)
                 for page in pane.model.loaded_pages() or [0] if page * page_size < max(total, 1)}
        if pane.model.query is query:  # a new search replaced it meanwhile
            pane.refresh_results(total, pages)

    async def fetch_page(self, query: SearchQuery, offset: int, limit: int) -> list[Any]:
        """A page of the results table (called by its model as rows come into view)."""
        if self.store is None:
            return []
        return await self.store.search(query, offset, limit)
