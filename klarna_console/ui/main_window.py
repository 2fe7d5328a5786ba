"""The main window: profile bar, message bar, search pane on the left, the order on the right."""

from __future__ import annotations

import functools

from ..domain.display import ENVIRONMENT_COLORS
from ..domain.rules import Action
from .badges import Badge
from .i18n import LANGUAGES, SETTING
from .message_bar import MessageBar
from .messages import Messages
from .models import PageFetcher
from .order_view import TAB_NAMES, OrderView
from .plurals import PLURALS
from .qt import Qt, QtCore, QtGui, QtWidgets
from .search_pane import SearchPane

ORDER_ACTIONS = (
    Action.CAPTURE, Action.REFUND, Action.CANCEL, Action.RELEASE_REMAINING, Action.EXTEND_AUTHORIZATION,
    Action.UPDATE_AUTHORIZATION, Action.UPDATE_CUSTOMER_DETAILS, Action.UPDATE_MERCHANT_REFERENCES,
    Action.ADD_ORDER_SHIPPING_INFO, Action.ACKNOWLEDGE,
)
CAPTURE_ACTIONS = (Action.ADD_CAPTURE_SHIPPING_INFO, Action.EXTEND_DUE_DATE, Action.TRIGGER_SEND_OUT)
def menu_text(action: Action) -> str:
    """The menu command of an order action, in the window's language."""
    texts = {
        Action.CAPTURE: QtCore.QCoreApplication.translate("MainWindow", "&Capture…"),
        Action.REFUND: QtCore.QCoreApplication.translate("MainWindow", "&Refund…"),
        Action.CANCEL: QtCore.QCoreApplication.translate("MainWindow", "Ca&ncel order…"),
        Action.RELEASE_REMAINING: QtCore.QCoreApplication.translate("MainWindow", "Re&lease remaining authorization…"),
        Action.EXTEND_AUTHORIZATION: QtCore.QCoreApplication.translate("MainWindow", "E&xtend authorization time…"),
        Action.UPDATE_AUTHORIZATION: QtCore.QCoreApplication.translate("MainWindow", "Update order &amount and lines…"),
        Action.UPDATE_CUSTOMER_DETAILS: QtCore.QCoreApplication.translate("MainWindow", "Edit shipping &address…"),
        Action.UPDATE_MERCHANT_REFERENCES: QtCore.QCoreApplication.translate("MainWindow", "&Merchant references…"),
        Action.ADD_ORDER_SHIPPING_INFO: QtCore.QCoreApplication.translate("MainWindow", "Add &shipping info…"),
        Action.ACKNOWLEDGE: QtCore.QCoreApplication.translate("MainWindow", "Ac&knowledge"),
        Action.ADD_CAPTURE_SHIPPING_INFO: QtCore.QCoreApplication.translate("MainWindow", "Add shipping info to capture…"),
        Action.EXTEND_DUE_DATE: QtCore.QCoreApplication.translate("MainWindow", "Extend &due date…"),
        Action.TRIGGER_SEND_OUT: QtCore.QCoreApplication.translate("MainWindow", "Resend customer &communication…"),
    }
    return texts[action]


def tab_menu_text(name: str) -> str:
    """View → the command that shows the order's tab `name`."""
    texts = {
        "lines": QtCore.QCoreApplication.translate("MainWindow", "Lines tab"),
        "captures": QtCore.QCoreApplication.translate("MainWindow", "Captures tab"),
        "refunds": QtCore.QCoreApplication.translate("MainWindow", "Refunds tab"),
        "shipping": QtCore.QCoreApplication.translate("MainWindow", "Shipping tab"),
        "customer": QtCore.QCoreApplication.translate("MainWindow", "Customer tab"),
        "history": QtCore.QCoreApplication.translate("MainWindow", "History tab"),
        "raw": QtCore.QCoreApplication.translate("MainWindow", "Raw tab"),
    }
    return texts[name]


class WindowShortcutFilter(QtCore.QObject):
    """Lets the window's shortcuts through a line edit that would keep them for editing."""

    def __init__(self, window: QtWidgets.QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        # Here, not in the class body: a standard key's sequence comes from the platform's key bindings,
        # which need the QGuiApplication (without one, importing this module crashed the interpreter).
        keys = QtGui.QKeySequence.StandardKey
        self._editing = frozenset(QtGui.QKeySequence(key) for key in (
            keys.Copy, keys.Cut, keys.Paste, keys.Undo, keys.Redo, keys.SelectAll))

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.ShortcutOverride and isinstance(event, QtGui.QKeyEvent):
            pressed = QtGui.QKeySequence(event.keyCombination())
            if pressed not in self._editing and any(
                    a.isEnabled() and pressed in a.shortcuts() for a in self._window.findChildren(QtGui.QAction)):
                event.ignore()  # not accepted: the shortcut fires instead of the line edit's own key
                return True
        return False


class MainWindow(QtWidgets.QMainWindow):
    """The window people work in. Widgets report intents through signals; the controller acts on them.

    Signals:
        profile_chosen(str): the profile switcher changed to this profile id.
        action_triggered(object): an order action (domain Action) was chosen.
        refresh_requested(): Ctrl+R / Refresh.
        import_requested(), export_requested(), profiles_requested(), reset_sandbox_requested(),
        bulk_requested(object), payouts_requested(), payouts_sync_requested(): menu commands.
    """

    profile_chosen = QtCore.Signal(str)
    action_triggered = QtCore.Signal(object)
    refresh_requested = QtCore.Signal()
    import_requested = QtCore.Signal()
    export_requested = QtCore.Signal()
    profiles_requested = QtCore.Signal()
    reset_sandbox_requested = QtCore.Signal()
    bulk_requested = QtCore.Signal(object)
    about_requested = QtCore.Signal()
    payouts_requested = QtCore.Signal()
    payouts_sync_requested = QtCore.Signal()
    closing = QtCore.Signal()

    def __init__(self, fetch: PageFetcher, locale: str, settings: QtCore.QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.setWindowTitle(QtCore.QCoreApplication.translate("MainWindow", "Klarna Order Console"))
        self.setObjectName("mainWindow")
        self.search_pane = SearchPane(fetch, locale)
        self.order_view = OrderView(locale)
        self.message_bar = MessageBar()
        self.messages = Messages(self.message_bar)  # everyone else speaks to the user through this
        self.order_actions: dict[Action, QtGui.QAction] = {}
        self._setup_profile_bar()
        self._setup_actions()
        self._setup_menus()
        self._setup_central()
        self._setup_shortcuts()
        self._setup_tab_order()
        self.statusBar().setSizeGripEnabled(True)
        self.search_pane.import_requested.connect(self.import_requested)
        self.order_view.refresh_requested.connect(self.refresh_requested)
        self.order_view.add_capture_actions([self.order_actions[action] for action in CAPTURE_ACTIONS])
        self.restore_layout()

    # --- construction --------------------------------------------------------------------------

    def _setup_profile_bar(self) -> None:
        bar = QtWidgets.QToolBar(QtCore.QCoreApplication.translate("MainWindow", "Profile"))
        bar.setObjectName("profileBar")
        bar.setMovable(False)
        label = QtWidgets.QLabel(" " + QtCore.QCoreApplication.translate("MainWindow", "Profile") + " ")
        self.profile_box = QtWidgets.QComboBox()
        self.profile_box.setAccessibleName(QtCore.QCoreApplication.translate("MainWindow", "Active profile"))
        self.profile_box.setMinimumContentsLength(18)
        self.profile_box.activated.connect(lambda index: self.profile_chosen.emit(self.profile_box.itemData(index)))
        label.setBuddy(self.profile_box)
        self.environment = Badge(hide_when_empty=False)
        self.environment.setAccessibleDescription(QtCore.QCoreApplication.translate("MainWindow", "Environment of the active profile"))
        self.read_only = Badge(QtCore.QCoreApplication.translate("MainWindow", "READ-ONLY"), "#374151", hide_when_empty=False)
        bar.addWidget(label)
        bar.addWidget(self.profile_box)
        bar.addWidget(QtWidgets.QLabel("  "))
        self._environment_action = bar.addWidget(self.environment)
        self._environment_action.setVisible(False)
        bar.addWidget(QtWidgets.QLabel(" "))
        self._read_only_action = bar.addWidget(self.read_only)
        self._read_only_action.setVisible(False)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.profile_bar = bar

    def _setup_actions(self) -> None:
        # QAction(parent) and setText, not QAction(text, parent): matching that call against QAction's
        # overloads makes PySide build QIcon's class with its enums (ThemeIcon: ~3 ms), which nothing else
        # in the first paint needs.
        for action in (*ORDER_ACTIONS, *CAPTURE_ACTIONS):
            qaction = QtGui.QAction(self)
            qaction.setText(menu_text(action))
            qaction.setObjectName(f"action_{action.value}")
            qaction.setEnabled(False)
            qaction.triggered.connect(lambda _checked=False, a=action: self.action_triggered.emit(a))
            self.order_actions[action] = qaction
        self.order_actions[Action.CAPTURE].setShortcut(QtGui.QKeySequence("Ctrl+Shift+C"))
        self.order_actions[Action.REFUND].setShortcut(QtGui.QKeySequence("Ctrl+Shift+R"))
        self.refresh_action = QtGui.QAction(self)
        self.refresh_action.setText(QtCore.QCoreApplication.translate("MainWindow", "&Refresh order"))
        self.refresh_action.setShortcut(QtGui.QKeySequence("Ctrl+R"))
        self.refresh_action.triggered.connect(self.refresh_requested)

        tools = QtWidgets.QToolBar(QtCore.QCoreApplication.translate("MainWindow", "Actions"))
        tools.setObjectName("actionsBar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (Action.CAPTURE, Action.REFUND, Action.CANCEL, Action.EXTEND_AUTHORIZATION,
                       Action.RELEASE_REMAINING):
            tools.addAction(self.order_actions[action])
        more = QtWidgets.QToolButton()
        more.setText(QtCore.QCoreApplication.translate("MainWindow", "More actions"))
        more.setAccessibleName(QtCore.QCoreApplication.translate("MainWindow", "More order actions"))
        more.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(more)
        for action in (Action.UPDATE_AUTHORIZATION, Action.UPDATE_CUSTOMER_DETAILS,
                       Action.UPDATE_MERCHANT_REFERENCES, Action.ADD_ORDER_SHIPPING_INFO, Action.ACKNOWLEDGE):
            menu.addAction(self.order_actions[action])
        menu.addSeparator()
        for action in CAPTURE_ACTIONS:
            menu.addAction(self.order_actions[action])
        more.setMenu(menu)
        tools.addWidget(more)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
        self.actions_bar = tools

    def _setup_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&File"))
        self.menus: dict[str, QtWidgets.QMenu] = {"File": file}
        self.import_action = file.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Import order IDs…"), self.import_requested.emit)
        self.import_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.export_action = file.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Export orders…"), self.export_requested.emit)
        self.export_action.setShortcut(QtGui.QKeySequence("Ctrl+E"))
        file.addSeparator()
        file.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Profiles…"), self.profiles_requested.emit)
        self.reset_sandbox_action = file.addAction(QtCore.QCoreApplication.translate("MainWindow", "Reset sandbox demo data…"), self.reset_sandbox_requested.emit)
        file.addSeparator()
        quit_action = file.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Quit"), self.close)
        quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)

        view = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&View"))
        self.menus["View"] = view
        self.find_action = view.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Find orders"), self.search_pane.focus_search)
        self.find_action.setShortcut(QtGui.QKeySequence.StandardKey.Find)
        view.addSeparator()
        self.tab_actions: list[QtGui.QAction] = []
        for number, name in enumerate(TAB_NAMES, start=1):
            tab = view.addAction(tab_menu_text(name), functools.partial(self._show_tab, name))
            tab.setShortcut(QtGui.QKeySequence(f"Ctrl+{number}"))
            self.tab_actions.append(tab)

        view.addSeparator()
        self._setup_language_menu(view)

        order = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Order"))
        self.menus["Order"] = order
        order.addAction(self.refresh_action)
        order.addSeparator()
        for action in ORDER_ACTIONS:
            order.addAction(self.order_actions[action])
        order.addSeparator()
        for action in CAPTURE_ACTIONS:
            order.addAction(self.order_actions[action])

        bulk = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Bulk"))
        self.menus["Bulk"] = bulk
        self.bulk_capture_action = bulk.addAction(
            QtCore.QCoreApplication.translate("MainWindow", "Capture selected orders in full…"), lambda: self.bulk_requested.emit(Action.CAPTURE))
        self.bulk_extend_action = bulk.addAction(
            QtCore.QCoreApplication.translate("MainWindow", "Extend authorization of selected orders…"), lambda: self.bulk_requested.emit(Action.EXTEND_AUTHORIZATION))

        payouts = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "Pa&youts"))
        self.payouts_action = payouts.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Payouts…"), self.payouts_requested.emit)
        self.payouts_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+Y"))
        payouts.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Sync payouts now"), self.payouts_sync_requested.emit)

        help_menu = bar.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Help"))
        self.menus["Help"] = help_menu
        self.shortcuts_action = help_menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), self.show_shortcuts)
        self.shortcuts_action.setShortcut(QtGui.QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(QtCore.QCoreApplication.translate("MainWindow", "&About Klarna Order Console"), self.about_requested.emit)
        self.set_selection_count(0, 0)

    def _setup_language_menu(self, view: QtWidgets.QMenu) -> None:
        """View → Language: the system's, or one of ours listed by its own name; used from the next start."""
        menu = view.addMenu(QtCore.QCoreApplication.translate("MainWindow", "&Language"))
        menu.setObjectName("languageMenu")
        group = QtGui.QActionGroup(menu)
        chosen = self.settings.value(SETTING) or ""
        self.language_actions: dict[str, QtGui.QAction] = {}
        choices = [("", QtCore.QCoreApplication.translate("MainWindow", "System language"))]
        choices += [(code, name) for code, (name, _market) in LANGUAGES.items()]  # each in itself: not translated
        for code, name in choices:
            action = menu.addAction(name, functools.partial(self._choose_language, code))
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            self.language_actions[code] = action
            if not code:
                menu.addSeparator()

    def _choose_language(self, code: str) -> None:
        if (self.settings.value(SETTING) or "") == code:
            return
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        self.messages.show(QtCore.QCoreApplication.translate(
            "MainWindow", "The language changes when Klarna Order Console is next started."))

    def _setup_central(self) -> None:
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.search_pane)
        self.splitter.addWidget(self.order_view)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 6)
        self.splitter.setChildrenCollapsible(False)
        central = QtWidgets.QWidget()
        layout = QtWidgets.QVBoxLayout(central)
        layout.setContentsMargins(8, 6, 8, 0)
        layout.setSpacing(4)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.message_bar.attach(central)  # floats over the bottom: never pushes the window's controls
        # The results table's context menu: the bulk commands for the selected rows.
        table = self.search_pane.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.bulk_capture_action)
        table.addAction(self.bulk_extend_action)

    def let_shortcuts_through(self) -> None:
        """Let the window's shortcuts through the boxes typed into (once the controller handles them).

        Not while the window is built: a filter takes every event of its line edit through Python, and
        the first paint's events made PySide build a Python class for each kind of event (~3 ms).
        """
        self.search_pane.install_edit_filter(self._shortcut_filter)

    def _setup_shortcuts(self) -> None:
        # A line edit claims Ctrl+E, Ctrl+K, ... for editing (emacs keys on Linux); the window's own
        # shortcuts must work from the search box too, so the boxes give those keys back.
        self._shortcut_filter = WindowShortcutFilter(self)  # installed with the controller: let_shortcuts_through
        self.search_pane.selection_changed.connect(
            lambda count: self.set_selection_count(count, self.search_pane.model.rowCount()))

    def _setup_tab_order(self) -> None:
        """Tab goes: search box and filters, the results, the order (Refresh, its tabs), the order actions,
        the profile; arrows move inside the results table."""
        pane, view = self.search_pane, self.order_view
        chain: list[QtWidgets.QWidget] = [pane.search, pane.status_button, pane.currency, pane.more, pane.expiring,
                                          pane.fraud, pane.table, pane.import_button, view.header.refresh,
                                          view.tabs.tabBar()]
        for qaction in self.actions_bar.actions():
            button = self.actions_bar.widgetForAction(qaction)
            if button is not None:
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # tool bar buttons take no focus by default
                chain.append(button)
        chain.append(self.profile_box)
        for first, second in zip(chain, chain[1:], strict=False):
            QtWidgets.QWidget.setTabOrder(first, second)

    def _show_tab(self, name: str) -> None:
        self.order_view.select_tab(name)

    def shortcut_actions(self) -> list[tuple[str, QtGui.QAction]]:
        """Every menu command that has a keyboard shortcut, with its menu's name (for Help and tests)."""
        found: list[tuple[str, QtGui.QAction]] = []
        for menu_name, menu in self.menus.items():
            for action in menu.actions():
                if not action.shortcut().isEmpty():
                    found.append((menu_name, action))
        return found

    def show_shortcuts(self) -> QtWidgets.QDialog:
        """Help → Keyboard shortcuts: built from the menus' own actions, so it cannot drift from them."""
        dialog = QtWidgets.QDialog(self)
        dialog.setWindowTitle(QtCore.QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        dialog.setObjectName("shortcutsDialog")
        table = QtWidgets.QTableWidget(0, 3, dialog)
        table.setAccessibleName(QtCore.QCoreApplication.translate("MainWindow", "Keyboard shortcuts"))
        table.setHorizontalHeaderLabels([QtCore.QCoreApplication.translate("MainWindow", "Keys"), QtCore.QCoreApplication.translate("MainWindow", "Command"), QtCore.QCoreApplication.translate("MainWindow", "Menu")])
        table.verticalHeader().hide()
        table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setTabKeyNavigation(False)
        rows = [(a.shortcut().toString(QtGui.QKeySequence.SequenceFormat.NativeText),
                 a.text().replace("&", "").rstrip("…"), self.menus[menu].title().replace("&", ""))
                for menu, a in self.shortcut_actions()]
        rows += [(QtCore.QCoreApplication.translate("MainWindow", "Tab / Shift+Tab"), QtCore.QCoreApplication.translate("MainWindow", "Move between the search box, the results and the order"), ""),
                 ("↑ ↓", QtCore.QCoreApplication.translate("MainWindow", "Show the previous or next order in the results"), ""),
                 (QtCore.QCoreApplication.translate("MainWindow", "Shift+↑ ↓, Shift+click"), QtCore.QCoreApplication.translate("MainWindow", "Select a range of orders (for Bulk and Export)"), ""),
                 (QtCore.QCoreApplication.translate("MainWindow", "Ctrl+click, Ctrl+A"), QtCore.QCoreApplication.translate("MainWindow", "Add an order to the selection; select all"), ""),
                 (QtCore.QCoreApplication.translate("MainWindow", "Enter"), QtCore.QCoreApplication.translate("MainWindow", "Open the order and move to its tabs"), "")]
        for keys, command, menu in rows:
            row = table.rowCount()
            table.insertRow(row)
            for column, text in enumerate((keys, command, menu)):
                table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QtWidgets.QVBoxLayout(dialog)
        layout.addWidget(table)
        layout.addWidget(buttons)
        dialog.resize(620, 520)
        dialog.finished.connect(dialog.deleteLater)
        self.shortcuts_dialog = dialog
        dialog.open()
        return dialog

    def set_selection_count(self, selected: int, total: int) -> None:
        """Say on the Bulk and Export commands how many orders they will work on."""
        if selected:
            self.bulk_capture_action.setText(PLURALS.capture_selected(selected))
            self.bulk_extend_action.setText(PLURALS.extend_selected(selected))
        else:
            self.bulk_capture_action.setText(QtCore.QCoreApplication.translate(
                "MainWindow", "Capture selected orders in full…"))
            self.bulk_extend_action.setText(QtCore.QCoreApplication.translate(
                "MainWindow", "Extend authorization of selected orders…"))
        if selected > 1:
            self.export_action.setText(PLURALS.export_selected(selected))
        elif total:
            self.export_action.setText(PLURALS.export_all(total))
        else:
            self.export_action.setText(QtCore.QCoreApplication.translate("MainWindow", "&Export orders…"))

    # --- state shown ---------------------------------------------------------------------------

    def set_profiles(self, profiles: list[tuple[str, str]], active: str) -> None:
        """Fill the profile switcher with (id, name) pairs and select the active one."""
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        for profile_id, name in profiles:
            self.profile_box.addItem(name, profile_id)
        self.profile_box.setCurrentIndex(max(0, self.profile_box.findData(active)))
        self.profile_box.blockSignals(False)

    def set_environment(self, label: str, production: bool, read_only: bool, sandbox: bool) -> None:
        """Show which environment the profile talks to; production is unmistakable."""
        self.environment.set(label.upper(), ENVIRONMENT_COLORS.get(label, "#4b5563"))
        self._environment_action.setVisible(True)
        self._read_only_action.setVisible(read_only)
        self.reset_sandbox_action.setVisible(sandbox)
        # A red frame around the profile bar: nobody mistakes production for a test.
        self.profile_bar.setStyleSheet("QToolBar#profileBar { border-bottom: 3px solid #b91c1c; }" if production else "")
        self.setWindowTitle(QtCore.QCoreApplication.translate("MainWindow", "Klarna Order Console — {profile} ({environment})")
                            .format(profile=self.profile_box.currentText(), environment=label))

    def set_action_states(self, states: dict[Action, tuple[bool, str]]) -> None:
        """Enable each action or disable it with the reason as its tooltip."""
        for action, qaction in self.order_actions.items():
            enabled, reason = states.get(action, (False, QtCore.QCoreApplication.translate("MainWindow", "Open an order first.")))
            qaction.setEnabled(enabled)
            tip = menu_text(action).replace("&", "").rstrip("…")
            qaction.setToolTip(tip if enabled else QtCore.QCoreApplication.translate(
                "MainWindow", "{action}: not possible. {reason}").format(action=tip, reason=reason))
            qaction.setStatusTip("" if enabled else reason)
        for bar in (self.actions_bar,):
            for qaction in bar.actions():
                widget = bar.widgetForAction(qaction)
                if widget is not None:
                    widget.setToolTip(qaction.toolTip())

    # --- layout memory -------------------------------------------------------------------------

    def restore_layout(self) -> None:
        """Window size, splitter and table columns as the user left them."""
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1400, 860)
        splitter = self.settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        else:
            self.splitter.setSizes([640, 760])
        header = self.settings.value("window/results_header")
        if header is not None:
            self.search_pane.table.horizontalHeader().restoreState(header)

    def save_layout(self) -> None:
        """Remember size, splitter and columns for next time."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/results_header", self.search_pane.table.horizontalHeader().saveState())
        self.settings.sync()

    def closeEvent(self, event: QtGui.QCloseEvent) -> None:  # noqa: N802
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)
