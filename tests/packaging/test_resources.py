"""resources/ is found from source and inside a bundle; the About dialog finds every licence text."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from klarna_console.paths import resource, resources_dir

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


def test_resources_are_found_from_source() -> None:
    """From a checkout, resource() points into the repository's resources/ folder."""
    assert resources_dir() == RESOURCES
    assert resource("icons", "klarna-console.svg").is_file()
    assert resource("linux", "klarna-console.desktop").is_file()


def test_resources_are_found_inside_a_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frozen, PyInstaller sets sys._MEIPASS and the spec puts resources/ right under it."""
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource("icons", "klarna-console.svg") == tmp_path / "resources" / "icons" / "klarna-console.svg"


def test_every_bundled_component_has_its_licence_text_from_source() -> None:
    """Each row of the About dialog shows a real text: from package metadata, or from resources/licenses."""
    from klarna_console.ui.about import APP, BUNDLED, licence_text

    for component in (APP, *BUNDLED):
        text, files = licence_text(component)
        assert files, f"no licence text for {component.name}"
        assert len(text) > 200, component.name
    pyside = next(c for c in BUNDLED if c.name == "PySide6-Essentials")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in licence_text(pyside)[0]


def test_licence_texts_are_found_inside_a_bundle(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Frozen, our licence, Python's and the build system's copyright files come from licenses/."""
    from klarna_console.ui import about

    for relative in ("klarna-console/LICENSE", "Python/LICENSE.txt", "system/libfoo1/copyright"):
        target = tmp_path / "licenses" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(f"text of {relative}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert about.licence_text(about.APP)[0] == "text of klarna-console/LICENSE"
    assert about.licence_text(about.PYTHON)[0] == "text of Python/LICENSE.txt"
    assert about.SYSTEM in about.components()
    assert "libfoo1" in about.licence_text(about.SYSTEM)[0]


def test_about_dialog_shows_the_selected_licence(qtbot: Any) -> None:
    """Picking a row puts that component's licence text in the viewer and says where it came from."""
    from klarna_console import __version__
    from klarna_console.ui.about import AboutDialog

    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert dialog.table.item(0, 1).text() == __version__
    assert "MIT License" in dialog.text.toPlainText()
    row = next(r for r in range(dialog.table.rowCount()) if dialog.table.item(r, 0).text() == "httpx")
    dialog.table.selectRow(row)
    assert "Copyright" in dialog.text.toPlainText()
    assert "httpx" in dialog.source.text()


def test_about_dialog_names_one_folder_for_many_files(qtbot: Any, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    """Forty system copyright files must not list forty paths under the viewer."""
    from klarna_console.ui.about import SYSTEM, AboutDialog

    for package in ("liba1", "libb2", "libc3", "libd4"):
        (tmp_path / "licenses" / "system" / package).mkdir(parents=True)
        (tmp_path / "licenses" / "system" / package / "copyright").write_text(f"copyright of {package}")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    dialog.table.selectRow(dialog.table.rowCount() - 1)
    assert dialog.table.item(dialog.table.rowCount() - 1, 0).text() == SYSTEM.name
    assert dialog.source.text() == f"Licence texts from 4 files under {tmp_path / 'licenses' / 'system'}"
