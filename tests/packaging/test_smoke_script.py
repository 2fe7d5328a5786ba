"""The smoke test itself, against a stand-in app: it must pass a clean run and catch each kind of failure."""

from __future__ import annotations

import struct
import sys
import textwrap
import zlib
from pathlib import Path
from types import ModuleType

import pytest

FAKE_APP = textwrap.dedent('''
    """Stand-in for the frozen app: writes a noisy PNG of the asked size and whatever the test wants."""
    import os, random, struct, sys, zlib
    args = sys.argv[1:]
    shot = args[args.index("--screenshot") + 1]
    width, height = (int(v) for v in os.environ.get("FAKE_SIZE", "1400x860").split("x"))
    rng = random.Random(1)
    row = lambda: b"\\0" + bytes(rng.randrange(256) for _ in range(width * 3))
    rows = [row() for _ in range(4)]
    raw = b"".join(rows[y % 4] for y in range(height))
    chunk = lambda kind, data: struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\\x89PNG\\r\\n\\x1a\\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    if not os.environ.get("FAKE_NO_PNG"):
        open(shot, "wb").write(png)
    sys.stderr.write(os.environ.get("FAKE_STDERR", ""))
    sys.exit(int(os.environ.get("FAKE_EXIT", "0")))
''')


@pytest.fixture
def fake_app(tmp_path: Path) -> list[str]:
    """A command line that behaves like `klarna-console --screenshot` as the test's environment says."""
    script = tmp_path / "fake_app.py"
    script.write_text(FAKE_APP)
    return [sys.executable, str(script)]


def _env(smoke: ModuleType, monkeypatch: pytest.MonkeyPatch, **values: str) -> dict[str, str]:
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return smoke.clean_env()


def test_a_clean_run_passes(smoke: ModuleType, fake_app: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    """Exit 0, a big enough non-blank PNG and only allow-listed stderr lines pass."""
    env = _env(smoke, monkeypatch, FAKE_STDERR="This plugin does not support propagateSizeHints()\n")
    assert smoke.check_window(fake_app, env) > 0


@pytest.mark.parametrize(("setting", "value", "message"), [
    ("FAKE_STDERR", "QFont::fromString: Invalid description\n", "unexpected lines on stderr"),
    ("FAKE_STDERR", "2026-01-01 10:00:00,000 ERROR   klarna_console: boom\n", "unexpected lines on stderr"),
    ("FAKE_EXIT", "3", "exit status 3"),
    ("FAKE_NO_PNG", "1", "no screenshot"),
    ("FAKE_SIZE", "1024x700", "smaller than 1280x800"),
])
def test_each_failure_is_caught(smoke: ModuleType, fake_app: list[str], monkeypatch: pytest.MonkeyPatch,
                                setting: str, value: str, message: str) -> None:
    """Any stderr line off the allow-list, a non-zero exit, a missing or small PNG fails the test."""
    env = _env(smoke, monkeypatch, **{setting: value})
    with pytest.raises(smoke.SmokeFailure, match=message):
        smoke.check_window(fake_app, env)


def test_the_environment_cannot_leak_into_the_bundle(smoke: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    """PYTHONPATH or QT_PLUGIN_PATH would let a broken bundle pass by loading the developer's files."""
    env = _env(smoke, monkeypatch, PYTHONPATH="/elsewhere", QT_PLUGIN_PATH="/elsewhere", QT_QPA_PLATFORM="xcb")
    assert "PYTHONPATH" not in env and "QT_PLUGIN_PATH" not in env
    assert env["QT_QPA_PLATFORM"] == "offscreen"


def test_a_blank_png_is_caught(smoke: ModuleType, tmp_path: Path) -> None:
    """A window that rendered nothing (one colour) is not a pass, whatever its size."""
    raw = b"".join(b"\0" + b"\xff" * 1300 * 3 for _ in range(810))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    path = tmp_path / "blank.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1300, 810, 8, 2, 0, 0, 0))
                     + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))
    width, height, distinct = smoke.png_facts(path)
    assert (width, height) == (1300, 810) and distinct < 32
