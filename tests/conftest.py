"""Test set-up shared by every layer: offscreen Qt, and garbage collection kept on the main thread."""

from __future__ import annotations

import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest_plugins = ["fixtures.qt", "fixtures.sandbox", "fixtures.postgres", "fixtures.logfail", "fixtures.locale_formats",
                  "pytester"]

# Before any QApplication exists. A developer may still choose xcb. The offscreen platform's own screen
# is 800x800, smaller than the window: tests get a desktop-sized one, also where plain "offscreen" was
# exported (as for screenshots), or windows shrank to the small screen and layout tests failed.
_SCREEN = Path(__file__).resolve().parent / "fixtures" / "offscreen-screen.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"
os.environ.setdefault("QT_API", "pyside6")

SHARED = Path(__file__).resolve().parents[2] / "shared"
SPEC_PATH = SHARED / "klarna-om" / "ordermanagement-v1.openapi3.json"
SAMPLES = SHARED / "klarna-om" / "samples"


@pytest.fixture(scope="session", autouse=True)
def _gc_on_main_thread() -> Iterator[None]:
    """Cyclic GC running in a worker thread frees Qt objects there and segfaults (QT-TOOLCHAIN.md)."""
    gc.disable()
    yield
    gc.enable()


_tests_run = 0


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Collect on the main thread between tests; a full pass is slow, so only every 25 tests."""
    global _tests_run
    yield
    _tests_run += 1
    gc.collect() if _tests_run % 25 == 0 else gc.collect(1)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Nothing a test does may touch the real user's settings, data or logs."""
    home = tmp_path / "home"
    monkeypatch.setenv("KLARNA_CONSOLE_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def spec() -> dict:
    """Klarna's OM OpenAPI spec from ../shared; the test is skipped where it is absent."""
    import json

    if not SPEC_PATH.exists():
        pytest.skip(f"Klarna's OM spec is not at {SPEC_PATH}")
    return json.loads(SPEC_PATH.read_text(encoding="utf-8-sig"))


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    """Klarna's sample request/response files from ../shared; skipped where absent."""
    if not SAMPLES.is_dir():
        pytest.skip(f"Klarna's OM samples are not at {SAMPLES}")
    return SAMPLES
