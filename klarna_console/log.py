"""Logging to a rotating file in the user's log directory, with secrets scrubbed from every record."""

from __future__ import annotations

import logging
import os
import re
import threading
from io import TextIOWrapper
from pathlib import Path

_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # Authorization headers, wherever they appear: the whole value goes.
    (re.compile(r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?)[^\"'\n,}]+"), r"\1***"),
    (re.compile(r"(?i)\b(basic|bearer)\s+[A-Za-z0-9+/=._-]{6,}"), r"\1 ***"),
    # key=value and "key": "value" for anything named like a secret.
    (re.compile(r"(?i)([\"']?(?:password|passwd|secret|api_key|token)[\"']?\s*[:=]\s*[\"']?)[^\s\"',}]+"), r"\1***"),
    # Klarna's new-style API keys.
    (re.compile(r"klarna_(?:live|test)_api_[A-Za-z0-9_-]+"), "***"),
]
_known: set[str] = set()
_lock = threading.Lock()


def register_secret(secret: str | None) -> None:
    """Scrub this exact value from every later log line and crash report (e.g. a password just typed)."""
    if secret and len(secret) >= 4:
        with _lock:
            _known.add(secret)


def holds_secret(text: str) -> bool:
    """Whether the text contains a registered secret (a password typed or loaded), as it stands."""
    with _lock:
        return any(secret in text for secret in _known)


def redact(text: str) -> str:
    """The text with credentials replaced by "***"."""
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    with _lock:
        secrets = sorted(_known, key=len, reverse=True)
    for secret in secrets:
        text = text.replace(secret, "***")
    return text


class RedactingFilter(logging.Filter):
    """Renders each record's message once, scrubbed, so no handler ever sees a secret."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if clean != message or record.args:
            record.msg, record.args = clean, None
        return True


FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class OwnerOnlyFileHandler(logging.FileHandler):
    """A log rotated at `max_bytes` into `backups` numbered files, all readable by their owner only.

    They name customers, orders and amounts. Not logging.handlers' RotatingFileHandler: that module
    brings socket, pickle and queue, ~12 ms of every start.
    """

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)
        self.max_bytes = max_bytes
        self.backups = backups

    def _open(self) -> TextIOWrapper:
        # os.open with a mode, not chmod after the fact: the file is never readable by others, not even
        # for a moment; an older log created more openly is tightened too.
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        if os.name == "posix":
            os.fchmod(fd, 0o600)
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # noqa: SIM115

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self.stream is None:
                self.stream = self._open()
            if self.stream.tell() + len(self.format(record)) >= self.max_bytes > 0:
                self.rotate()
        except Exception:  # as logging's own handlers: a failing log must not fail the program
            self.handleError(record)
            return
        super().emit(record)

    def rotate(self) -> None:
        """Close the log, shift .1 .. .N-1 up by one (the oldest goes), and start an empty one."""
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        for number in range(self.backups - 1, 0, -1):
            older = f"{self.baseFilename}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{number + 1}")
        if self.backups > 0 and os.path.exists(self.baseFilename):
            os.replace(self.baseFilename, f"{self.baseFilename}.1")
        self.stream = self._open()


def setup_logging(log_dir: Path | None, level: int = logging.INFO, *, stderr_level: int = logging.WARNING) -> None:
    """Log to <log_dir>/klarna-console.log (rotated, 5 x 1 MB) and warnings to stderr; idempotent."""
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "_klarna_console", False):
            root.removeHandler(handler)
            handler.close()
    handlers: list[logging.Handler] = []
    if log_dir is not None:
        log_dir.mkdir(parents=True, exist_ok=True)
        if os.name == "posix":
            os.chmod(log_dir, 0o700)
        handlers.append(OwnerOnlyFileHandler(log_dir / "klarna-console.log", max_bytes=1_000_000, backups=5))
    console = logging.StreamHandler()
    console.setLevel(stderr_level)
    handlers.append(console)
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactingFilter())
        handler._klarna_console = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    root.setLevel(min(level, stderr_level))
    # httpx logs every request at INFO; ours already does, with timings.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
