"""The main window: profile bar, message bar, search pane on the left, the order on the right."""

from __future__ import annotations

from ..domain.display import ENVIRONMENT_COLORS
from ..domain.rules import Action
from .badges import Badge
from .message_bar import MessageBar
from .models import PageFetcher
from .order_view import TAB_NAMES, OrderView
from .qt import Qt, QtCore, QtGui, QtWidgets
from .search_pane import SearchPane

ORDER_ACTIONS = (
    Action.CAPTURE, Action.REFUND, Action.CANCEL, Action.RELEASE_REMAINING, Action.EXTEND_AUTHORIZATION,
    Action.UPDATE_AUTHORIZATION, Action.UPDATE_CUSTOMER_DETAILS, Action.UPDATE_MERCHANT_REFERENCES,
    Action.ADD_ORDER_SHIPPING_INFO, Action.ACKNOWLEDGE,
)
CAPTURE_ACTIONS = (Action.ADD_CAPTURE_SHIPPING_INFO, Action.EXTEND_DUE_DATE, Action.TRIGGER_SEND_OUT)
MENU_TEXT = {
    Action.CAPTURE: "&Capture…", Action.REFUND: "&Refund…", Action.CANCEL: "Ca&ncel order…",
    Action.RELEASE_REMAINING: "Re&lease remaining authorization…",
    Action.EXTEND_AUTHORIZATION: "E&xtend authorization time…",
    Action.UPDATE_AUTHORIZATION: "Update order &amount and lines…",
    Action.UPDATE_CUSTOMER_DETAILS: "Edit shipping &address…",
    Action.UPDATE_MERCHANT_REFERENCES: "&Merchant references…",
    Action.ADD_ORDER_SHIPPING_INFO: "Add &shipping info…", Action.ACKNOWLEDGE: "Ac&knowledge",
    Action.ADD_CAPTURE_SHIPPING_INFO: "Add shipping info to capture…",
    Action.EXTEND_DUE_DATE: "Extend &due date…", Action.TRIGGER_SEND_OUT: "Resend customer &communication…",
}


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
        self.setWindowTitle("Klarna Order Console")
        self.setObjectName("mainWindow")
        self.search_pane = SearchPane(fetch, locale)
        self.order_view = OrderView(locale)
        self.message_bar = MessageBar()
        self.actions: dict[Action, QtGui.QAction] = {}
        self._setup_profile_bar()
        self._setup_actions()
        self._setup_menus()
        self._setup_central()
        self._setup_shortcuts()
        self.statusBar().setSizeGripEnabled(True)
        self.search_pane.import_requested.connect(self.import_requested)
        self.order_view.refresh_requested.connect(self.refresh_requested)
        self.order_view.captures_table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in CAPTURE_ACTIONS:
            self.order_view.captures_table.addAction(self.actions[action])
        self.restore_layout()

    # --- construction --------------------------------------------------------------------------

    def _setup_profile_bar(self) -> None:
        bar = QtWidgets.QToolBar("Profile")
        bar.setObjectName("profileBar")
        bar.setMovable(False)
        label = QtWidgets.QLabel(" Profile ")
        self.profile_box = QtWidgets.QComboBox()
        self.profile_box.setAccessibleName("Active profile")
        self.profile_box.setMinimumContentsLength(18)
        self.profile_box.activated.connect(lambda index: self.profile_chosen.emit(self.profile_box.itemData(index)))
        label.setBuddy(self.profile_box)
        self.environment = Badge(hide_when_empty=False)
        self.environment.setAccessibleDescription("Environment of the active profile")
        self.read_only = Badge("READ-ONLY", "#374151", hide_when_empty=False)
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
        for action in (*ORDER_ACTIONS, *CAPTURE_ACTIONS):
            qaction = QtGui.QAction(MENU_TEXT[action], self)
            qaction.setObjectName(f"action_{action.value}")
            qaction.setEnabled(False)
            qaction.triggered.connect(lambda _checked=False, a=action: self.action_triggered.emit(a))
            self.actions[action] = qaction
        self.actions[Action.CAPTURE].setShortcut(QtGui.QKeySequence("Ctrl+Shift+C"))
        self.actions[Action.REFUND].setShortcut(QtGui.QKeySequence("Ctrl+Shift+R"))
        self.refresh_action = QtGui.QAction("&Refresh order", self)
        self.refresh_action.setShortcut(QtGui.QKeySequence("Ctrl+R"))
        self.refresh_action.triggered.connect(self.refresh_requested)

        tools = QtWidgets.QToolBar("Actions")
        tools.setObjectName("actionsBar")
        tools.setMovable(False)
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (Action.CAPTURE, Action.REFUND, Action.CANCEL, Action.EXTEND_AUTHORIZATION,
                       Action.RELEASE_REMAINING):
            tools.addAction(self.actions[action])
        more = QtWidgets.QToolButton()
        more.setText("More actions")
        more.setAccessibleName("More order actions")
        more.setPopupMode(QtWidgets.QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QtWidgets.QMenu(more)
        for action in (Action.UPDATE_AUTHORIZATION, Action.UPDATE_CUSTOMER_DETAILS,
                       Action.UPDATE_MERCHANT_REFERENCES, Action.ADD_ORDER_SHIPPING_INFO, Action.ACKNOWLEDGE):
            menu.addAction(self.actions[action])
        menu.addSeparator()
        for action in CAPTURE_ACTIONS:
            menu.addAction(self.actions[action])
        more.setMenu(menu)
        tools.addWidget(more)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)
        self.actions_bar = tools

    def _setup_menus(self) -> None:
        bar = self.menuBar()
        file = bar.addMenu("&File")
        self.import_action = file.addAction("&Import order IDs…", self.import_requested.emit)
        self.import_action.setShortcut(QtGui.QKeySequence("Ctrl+I"))
        self.export_action = file.addAction("&Export orders…", self.export_requested.emit)
        self.export_action.setShortcut(QtGui.QKeySequence("Ctrl+E"))
        file.addSeparator()
        file.addAction("&Profiles…", self.profiles_requested.emit)
        self.reset_sandbox_action = file.addAction("Reset sandbox demo data…", self.reset_sandbox_requested.emit)
        file.addSeparator()
        quit_action = file.addAction("&Quit", self.close)
        quit_action.setShortcut(QtGui.QKeySequence.StandardKey.Quit)

        order = bar.addMenu("&Order")
        order.addAction(self.refresh_action)
        order.addSeparator()
        for action in ORDER_ACTIONS:
            order.addAction(self.actions[action])
        order.addSeparator()
        for action in CAPTURE_ACTIONS:
            order.addAction(self.actions[action])

        bulk = bar.addMenu("&Bulk")
        self.bulk_capture_action = bulk.addAction(
            "Capture selected orders in full…", lambda: self.bulk_requested.emit(Action.CAPTURE))
        self.bulk_extend_action = bulk.addAction(
            "Extend authorization of selected orders…", lambda: self.bulk_requested.emit(Action.EXTEND_AUTHORIZATION))

        payouts = bar.addMenu("Pa&youts")
        self.payouts_action = payouts.addAction("&Payouts…", self.payouts_requested.emit)
        self.payouts_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+Y"))
        payouts.addAction("&Sync payouts now", self.payouts_sync_requested.emit)

        help_menu = bar.addMenu("&Help")
        help_menu.addAction("&About Klarna Order Console", self.about_requested.emit)

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
        layout.addWidget(self.message_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # The results table's context menu: the bulk commands for the selected rows.
        table = self.search_pane.table
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        table.addAction(self.bulk_capture_action)
        table.addAction(self.bulk_extend_action)

    def _setup_shortcuts(self) -> None:
        find = QtGui.QShortcut(QtGui.QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.search_pane.focus_search)
        for number, name in enumerate(TAB_NAMES, start=1):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda n=name: self.order_view.select_tab(n))

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
        self.setWindowTitle(f"Klarna Order Console — {self.profile_box.currentText()} ({label})")

    def set_action_states(self, states: dict[Action, tuple[bool, str]]) -> None:
        """Enable each action or disable it with the reason as its tooltip."""
        for action, qaction in self.actions.items():
            enabled, reason = states.get(action, (False, "Open an order first."))
            qaction.setEnabled(enabled)
            tip = MENU_TEXT[action].replace("&", "").rstrip("…")
            qaction.setToolTip(tip if enabled else f"{tip}: not possible. {reason}")
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
