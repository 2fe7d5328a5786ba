"""The real main window on the in-process sandbox, for tests that drive it like a person would."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import pytest
from klarna_console.paths import Paths
from klarna_console.profiles import SANDBOX_PROFILE, CredentialStore, ProfileStore

from fixtures.qt import run


@dataclasses.dataclass
class AppWindow:
    """The window, its controller, and where its files are."""

    window: Any
    controller: Any
    paths: Paths

    @property
    def session(self) -> Any:
        return self.controller.session

    @property
    def sandbox(self) -> Any:
        return self.controller.session.sandbox


@pytest.fixture(scope="session", autouse=True)
def english_plurals(qapp: Any) -> Iterator[None]:
    """English as the app speaks it: the source texts, with the plural forms from klarna_console_en.qm."""
    from klarna_console.ui.i18n import CATALOGUE, translations_dir
    from klarna_console.ui.qt import QtCore

    translator = QtCore.QTranslator()
    assert translator.load(str(translations_dir() / f"{CATALOGUE}_en.qm")), "run python packaging/translations.py"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def app_window(qtbot: Any, qloop: Any, tmp_path: Any) -> Iterator[AppWindow]:
    """The main window opened on the Sandbox profile (40 demo orders), the first order shown."""
    from klarna_console.ui.shell import build_window

    paths = Paths.resolve(tmp_path / "home").ensure()
    window, controller = build_window(paths, ProfileStore(paths), CredentialStore(paths, backend="file"),
                                      sandbox_orders=40)
    # Not qtbot.addWidget: pytest-qt would delete the window before this fixture shuts the session down.
    window.resize(1400, 860)
    window.show()
    # The way the program does it: as the named "profile" task (opening closes the previous profile).
    assert run(qtbot, controller.tasks.start(controller.open_profile(SANDBOX_PROFILE), "profile"))
    qtbot.waitUntil(lambda: window.order_view.order is not None)
    yield AppWindow(window, controller, paths)
    run(qtbot, controller.shutdown())
    window.close()
    window.deleteLater()
