"""The built bundle in dist/, when there is one: the smoke test and what the folder must (not) contain.

CI builds the bundle after the test run (packaging/ci.sh), so these are skipped there and run on a
developer's machine after `python packaging/build.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]

BUNDLE = ROOT / "dist" / "klarna-console"
INTERNAL = BUNDLE / "_internal"
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or not (BUNDLE / "klarna-console").exists(),
                                reason="no Linux bundle in dist/ (python packaging/build.py makes one)")


def test_bundle_carries_resources_licences_and_metadata() -> None:
    """resources/, the licence folders and the dist-info the About dialog reads are all inside."""
    assert (INTERNAL / "resources" / "icons" / "klarna-console.svg").is_file()
    assert (INTERNAL / "resources" / "licenses" / "LGPL-3.0.txt").is_file()
    assert (INTERNAL / "licenses" / "klarna-console" / "LICENSE").is_file()
    assert list(INTERNAL.glob("httpx-*.dist-info/licenses/*"))


def test_bundle_carries_the_catalogues() -> None:
    """Our compiled catalogues for every language and Qt's for its standard buttons (nb: ours carries them)."""
    for code in ("sv", "de", "nb", "da", "fi", "nl", "en"):
        assert (INTERNAL / "resources" / "translations" / f"klarna_console_{code}.qm").is_file(), code
    names = {path.name for path in INTERNAL.rglob("qtbase_*.qm")}
    assert {"qtbase_sv.qm", "qtbase_de.qm", "qtbase_da.qm", "qtbase_fi.qm", "qtbase_nl.qm"} <= names


def test_bundle_leaves_out_unused_qt() -> None:
    """No Qt Quick, QML, PDF, network or OpenGL libraries, no Qt translations of other languages, no test tools."""
    names = {path.name for path in INTERNAL.rglob("*")}
    for unwanted in ("libQt6Quick.so.6", "libQt6Qml.so.6", "libQt6Pdf.so.6", "libQt6Network.so.6",
                     "libQt6OpenGL.so.6", "libqpdf.so", "libqgtk3.so", "qtbase_ja.qm",
                     "qtdeclarative_de.qm"):
        assert unwanted not in names, unwanted
    assert not (INTERNAL / "pytest").exists() and not (INTERNAL / "PIL").exists()


def test_frozen_app_passes_the_smoke_test(smoke: ModuleType) -> None:
    """The same check CI runs: the window renders offscreen, and `sandbox` serves over HTTP."""
    assert smoke.main([]) == 0
