"""The Linux desktop entry and AppStream metainfo: well-formed, consistent with each other and with the icons."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from klarna_console import __version__

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"

DESKTOP = RESOURCES / "linux" / "klarna-console.desktop"


def _metainfo(rules: ModuleType) -> Path:
    return RESOURCES / "linux" / f"{rules.APP_ID}.metainfo.xml"


def _desktop() -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return parser


def test_desktop_entry_starts_the_console_script_with_the_shipped_icon() -> None:
    """Exec is the command pyproject installs and the bundle is named after; Icon is a file we ship."""
    entry = _desktop()["Desktop Entry"]
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] in scripts
    assert entry["Exec"].split()[0] == entry["TryExec"] == entry["StartupWMClass"]
    assert (RESOURCES / "icons" / f"{entry['Icon']}.svg").is_file()
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    for action in filter(None, entry["Actions"].split(";")):
        assert _desktop()[f"Desktop Action {action}"]["Exec"].startswith(entry["Exec"])


def test_desktop_entry_passes_desktop_file_validate() -> None:
    """freedesktop's own validator, where installed (CI installs it)."""
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed (apt-get install desktop-file-utils)")
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], check=False, capture_output=True,
                            text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_names_the_desktop_entry_and_this_release(rules: ModuleType) -> None:
    """The component id is the app id, it launches our desktop entry, and its newest release is ours."""
    root = ET.parse(_metainfo(rules)).getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == rules.APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == _desktop()["Desktop Entry"]["Exec"].split()[0]
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license") == "MIT"
    releases = root.findall("releases/release")
    assert releases and releases[0].get("version") == __version__


def test_metainfo_passes_appstreamcli_validate(rules: ModuleType) -> None:
    """AppStream's validator, offline, where installed (CI installs it)."""
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (apt-get install appstream)")
    result = subprocess.run(["appstreamcli", "validate", "--no-net", "--explain", str(_metainfo(rules))],
                            check=False, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "W:" not in result.stdout and "E:" not in result.stdout, result.stdout


LANGUAGES = ("sv", "de", "nb", "da", "fi", "nl")  # the catalogues' languages (issue 16)


def test_desktop_entry_and_metainfo_speak_every_language_of_the_catalogues(rules: ModuleType) -> None:
    """A software centre or menu in those languages shows our words, for every text the English entry has."""
    desktop = _desktop()
    for section, keys in (("Desktop Entry", ("Name", "GenericName", "Comment", "Keywords")),
                          ("Desktop Action sandbox", ("Name",))):
        for key in keys:
            for lang in LANGUAGES:
                assert desktop[section].get(f"{key}[{lang}]", "").strip(), f"{section} {key}[{lang}]"
    assert all(desktop["Desktop Entry"][f"Keywords[{lang}]"].endswith(";") for lang in LANGUAGES)
    root = ET.parse(_metainfo(rules)).getroot()
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    summaries = {s.get(lang_attr) for s in root.findall("summary")}
    assert summaries == {None, *LANGUAGES}
    for tag in ("description/p", "description/ul/li"):
        english = [e for e in root.findall(tag) if e.get(lang_attr) is None]
        for lang in LANGUAGES:
            assert len([e for e in root.findall(tag) if e.get(lang_attr) == lang]) == len(english), (tag, lang)
