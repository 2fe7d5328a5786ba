"""Smoke test of the frozen app: render the main window offscreen on the sandbox, and serve the sandbox over HTTP.

    python packaging/smoke_test.py                 # the bundle in dist/ built for this OS
    python packaging/smoke_test.py --binary PATH   # another build of it
    python packaging/smoke_test.py --from-source   # the same checks on `python -m klarna_console`
    python packaging/smoke_test.py --runs 3        # also time the window check; prints the median
    python packaging/smoke_test.py --keep shot.png # keep the screenshot to look at

Fails (exit 1) when the app exits non-zero, the PNG is missing, smaller than 1280x800 or blank, or when
stderr or the app's log has a line that is not on the allow-list below: a new warning is a regression.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import re
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
NAME = "klarna-console"
MIN_WIDTH, MIN_HEIGHT = 1280, 800
TIMEOUT = 90.0

# Lines on stderr that are known and harmless. Anything else fails the test.
HARMLESS = (
    # The offscreen platform cannot pass size hints to a window manager it does not have.
    re.compile(r"^This plugin does not support propagateSizeHints\(\)$"),
)
# The sandbox server logs its life cycle and each request at INFO on stderr (uvicorn's format).
SERVER_INFO = re.compile(r"^INFO: {2,}")
LOG_PROBLEM = re.compile(r"\b(WARNING|ERROR|CRITICAL)\b|Traceback")


class SmokeFailure(Exception):
    """One check of the smoke test failed; the message says which and shows the evidence."""


def frozen_command(binary: Path | None) -> list[str]:
    """The frozen launcher to run: the given one, or the one build.py leaves in dist/ for this OS."""
    if binary is not None:
        return [str(binary)]
    if sys.platform == "win32":
        # The windowed .exe has no stderr to read; its console twin runs the same code.
        path = DIST / NAME / f"{NAME}-cli.exe"
    elif sys.platform == "darwin" and (DIST / "Klarna Order Console.app").exists():
        path = DIST / "Klarna Order Console.app" / "Contents" / "MacOS" / NAME
    else:
        path = DIST / NAME / NAME
    if not path.exists():
        raise SmokeFailure(f"no frozen app at {path}: run `python packaging/build.py` first")
    return [str(path)]


def clean_env() -> dict[str, str]:
    """The caller's environment, offscreen, minus what could make a bundle load files from outside itself."""
    env = {k: v for k, v in os.environ.items()
           if k not in {"PYTHONPATH", "PYTHONHOME", "QT_PLUGIN_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH",
                        "KLARNA_CONSOLE_HOME", "QT_API"}}
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


def unexpected(lines: list[str], extra: re.Pattern[str] | None = None) -> list[str]:
    """The non-empty lines not on the allow-list."""
    allowed = HARMLESS + ((extra,) if extra else ())
    return [line for line in lines if line.strip() and not any(p.search(line) for p in allowed)]


def png_facts(path: Path) -> tuple[int, int, int]:
    """(width, height, distinct byte values in the pixel data) of a PNG, read with the standard library."""
    data = path.read_bytes()
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        raise SmokeFailure(f"{path} is not a PNG")
    width, height = struct.unpack(">II", data[16:24])
    pixels, offset = b"", 8
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        if kind == b"IDAT":
            pixels += data[offset + 8:offset + 8 + length]
        offset += 12 + length
    return width, height, len(set(zlib.decompress(pixels)))


def check_window(command: list[str], env: dict[str, str], keep: Path | None = None) -> float:
    """Render the sandbox's main window to a PNG in a fresh base dir; returns the wall time in seconds."""
    with tempfile.TemporaryDirectory(prefix="kc-smoke-") as tmp:
        shot = Path(tmp) / "shot.png"
        args = [*command, "--sandbox", "--basedir", str(Path(tmp) / "home"), "--screenshot", str(shot)]
        started = time.perf_counter()
        try:
            result = subprocess.run(args, check=False, env=env, capture_output=True, text=True, timeout=TIMEOUT,
                                    stdin=subprocess.DEVNULL)
        except subprocess.TimeoutExpired as exc:
            raise SmokeFailure(f"the app did not exit within {TIMEOUT:.0f} s") from exc
        elapsed = time.perf_counter() - started
        stderr = result.stderr.splitlines()
        if result.returncode != 0:
            raise SmokeFailure(f"exit status {result.returncode}; stderr:\n" + "\n".join(stderr[-40:]))
        bad = unexpected(stderr)
        if bad:
            raise SmokeFailure("unexpected lines on stderr:\n" + "\n".join(bad))
        if not shot.is_file() or shot.stat().st_size == 0:
            raise SmokeFailure(f"no screenshot at {shot}")
        width, height, distinct = png_facts(shot)
        if width < MIN_WIDTH or height < MIN_HEIGHT:
            raise SmokeFailure(f"screenshot is {width}x{height}, smaller than {MIN_WIDTH}x{MIN_HEIGHT}")
        if distinct < 32:
            raise SmokeFailure(f"screenshot looks blank ({distinct} distinct byte values)")
        log_file = Path(tmp) / "home" / "logs" / "klarna-console.log"
        problems = [line for line in log_file.read_text(encoding="utf-8").splitlines()
                    if LOG_PROBLEM.search(line)] if log_file.exists() else []
        if problems:
            raise SmokeFailure("warnings or errors in the app's log:\n" + "\n".join(problems))
        if keep is not None:
            keep.write_bytes(shot.read_bytes())
    return elapsed


def check_sandbox_server(command: list[str], env: dict[str, str]) -> None:
    """`klarna-console sandbox` serves demo orders over loopback HTTP (uvicorn's dynamic imports are in)."""
    args = [*command, "sandbox", "--host", "127.0.0.1", "--port", "0", "--orders", "3", "--password", "smoke"]
    flags = subprocess.CREATE_NEW_PROCESS_GROUP if sys.platform == "win32" else 0  # type: ignore[attr-defined]
    process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               stdin=subprocess.DEVNULL, creationflags=flags)
    try:
        assert process.stdout is not None
        first = process.stdout.readline()
        match = re.search(r"(http://\S+)", first)
        if match is None:
            raise SmokeFailure(f"the sandbox printed no URL: {first!r}")
        request = urllib.request.Request(f"{match[1]}/sandbox/v1/orders?limit=1")
        request.add_header("Authorization", "Basic " + base64.b64encode(b"sandbox:smoke").decode())
        with urllib.request.urlopen(request, timeout=20) as response:
            body = json.load(response)
        if response.status != 200 or body.get("total") != 3:
            raise SmokeFailure(f"the sandbox answered {response.status}: {body!r}")
    finally:
        # Ctrl-C is how a person stops it, and the server shuts down cleanly on it.
        process.send_signal(signal.CTRL_BREAK_EVENT if sys.platform == "win32" else signal.SIGINT)  # type: ignore[attr-defined]
        try:
            _out, err = process.communicate(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
    if process.returncode not in (0, -signal.SIGINT) and sys.platform != "win32":
        raise SmokeFailure(f"the sandbox exited with {process.returncode}:\n{err}")
    bad = unexpected(err.splitlines(), SERVER_INFO)
    if bad:
        raise SmokeFailure("unexpected lines on the sandbox's stderr:\n" + "\n".join(bad))


def main(argv: list[str] | None = None) -> int:
    """Run the checks; print one line per check and, with --runs, the median start-up time."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", type=Path, help="the frozen launcher to test (default: the one in dist/)")
    parser.add_argument("--from-source", action="store_true", help="test `python -m klarna_console` instead")
    parser.add_argument("--runs", type=int, default=1, help="render this many times and report the median")
    parser.add_argument("--skip-server", action="store_true", help="leave out the `sandbox` server check")
    parser.add_argument("--keep", type=Path, metavar="PNG", help="copy the (last) screenshot here")
    args = parser.parse_args(argv)
    try:
        command = [sys.executable, "-m", NAME.replace("-", "_")] if args.from_source else frozen_command(args.binary)
        label = "source" if args.from_source else "frozen"
        env = clean_env()
        times = [check_window(command, env, args.keep) for _ in range(max(args.runs, 1))]
        print(f"ok   {label}: main window rendered to PNG (>= {MIN_WIDTH}x{MIN_HEIGHT}), exit 0, clean stderr and log")
        if not args.skip_server:
            check_sandbox_server(command, env)
            print(f"ok   {label}: `sandbox` served demo orders over HTTP and stopped on Ctrl-C")
    except SmokeFailure as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    if args.runs > 1:
        print(f"start-up {label}: median {statistics.median(times):.2f} s over {len(times)} runs "
              f"(launch to window rendered and process exited; min {min(times):.2f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
