"""Profile passwords: in the OS keyring where a real one exists, else in an owner-only file (0600).

Secrets are never logged (each one read or written is registered with `log.register_secret`, which
scrubs it from every later log line) and never kept on the object, so no repr can show one.
"""

from __future__ import annotations

import logging
import os
import threading
from typing import Any, Literal

import msgspec

from .. import APP_NAME
from ..log import register_secret
from ..paths import Paths
from ..reasons import Code, Reason, Reasoned, reason
from .files import CorruptFileError, keep_aside, write_atomic

log = logging.getLogger(__name__)

FILE_NAME = "credentials.json"
FORMAT = 1
KEYRING_SERVICE = APP_NAME
Backend = Literal["auto", "file", "keyring"]


class CredentialError(Reasoned):
    """A secret could not be stored or read (no usable keyring, a keyring error); `reason` says which."""

    def __init__(self, why: Reason) -> None:
        super().__init__(str(why))
        self.reason = why


class _File(msgspec.Struct, kw_only=True):
    """{"format": 1, "secrets": {profile id: password}}."""

    format: int = FORMAT
    secrets: dict[str, str] = msgspec.field(default_factory=dict)


def usable_keyring() -> Any | None:
    """The keyring backend, if the `keyring` package is installed and has a real OS backend.

    A headless Linux has only keyring's "fail" backend (priority 0), whose every call raises: that
    counts as no keyring at all.
    """
    try:
        import keyring
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        priority = float(getattr(backend, "priority", 0))
    except Exception:  # a broken backend configuration is no keyring either  # noqa: BLE001
        return None
    return backend if priority > 0 else None


class CredentialStore:
    """The secret (password or API key) of each profile, by profile id.

    With backend "auto" the OS keyring is used when there is a real one, else the file; "file" and
    "keyring" force one (forcing the keyring where none is usable raises CredentialError). Where the
    keyring is used, a secret still in the file (stored before a keyring existed) is read from there.

    Attributes:
        path: the credentials file (used by the file backend, and read as a fallback).
        backend: "keyring" or "file", as chosen.
        load_error: the problem found in the credentials file, or None.
    """

    def __init__(self, paths: Paths, backend: Backend = "auto") -> None:
        paths.ensure()
        self.path = paths.config / FILE_NAME
        self.load_error: CorruptFileError | None = None
        self._lock = threading.Lock()
        if backend not in ("auto", "file", "keyring"):
            raise TypeError(f"backend {backend!r} is not 'auto', 'file' or 'keyring'")
        self._wanted = backend
        self._probed = backend == "file"
        self._found: Any = None
        if backend == "keyring":
            self._probe()

    def _probe(self) -> Any:
        # Importing keyring loads every OS backend (~0.1 s): done on first use, not at start-up,
        # so the Sandbox profile, which has no secret, never pays for it.
        if not self._probed:
            self._found = usable_keyring()
            self._probed = True
            if self._wanted == "keyring" and self._found is None:
                raise CredentialError(reason(Code.NO_KEYRING))
        return self._found

    @property
    def _keyring(self) -> Any:
        return self._probe()

    @property
    def backend(self) -> Literal["keyring", "file"]:
        """Where secrets go: "keyring" when an OS keyring is usable, else "file"."""
        return "keyring" if self._keyring is not None else "file"

    def where(self) -> Reason:
        """Where a password saved now is kept (the Profiles dialog words it)."""
        found = self._keyring
        if found is not None:
            name = getattr(found, "name", None) or type(found).__name__
            return reason(Code.KEPT_IN_KEYRING, backend=name, service=KEYRING_SERVICE)
        return reason(Code.KEPT_IN_FILE, path=str(self.path))

    def __repr__(self) -> str:
        return f"<CredentialStore {self.backend} {self.path}>"

    def get(self, profile_id: str) -> str | None:
        """The secret stored for a profile, or None."""
        secret = None
        if self._keyring is not None:
            try:
                secret = self._keyring.get_password(KEYRING_SERVICE, profile_id)
            except Exception as exc:  # keyring backends raise their own errors  # noqa: BLE001
                log.warning("could not read the password of profile %s from the keyring: %s", profile_id, exc)
        if secret is None:
            with self._lock:
                secret = self._read().secrets.get(profile_id)
        register_secret(secret)
        return secret

    def set(self, profile_id: str, secret: str) -> None:
        """Store (or replace) a profile's secret."""
        if not secret:
            raise ValueError("an empty password cannot be stored; use delete() to forget one")  # english-ok: a programming error (the dialog asks for one)
        register_secret(secret)
        if self._keyring is not None:
            try:
                self._keyring.set_password(KEYRING_SERVICE, profile_id, secret)
            except Exception as exc:
                raise CredentialError(reason(Code.KEYRING_REFUSED, profile=profile_id, detail=str(exc))) from exc
            # Only one copy: an older one left in the file would shadow nothing, but would linger.
            self._remove_from_file(profile_id)
            return
        with self._lock:
            document = self._read()
            document.secrets[profile_id] = secret
            self._write(document)

    def delete(self, profile_id: str) -> None:
        """Forget a profile's secret, wherever it is kept; no error if there is none."""
        if self._keyring is not None:
            try:
                self._keyring.delete_password(KEYRING_SERVICE, profile_id)
            except Exception as exc:  # keyring raises PasswordDeleteError when there is none  # noqa: BLE001
                log.debug("keyring had no password for profile %s (%s)", profile_id, type(exc).__name__)
        self._remove_from_file(profile_id)

    def _remove_from_file(self, profile_id: str) -> None:
        with self._lock:
            document = self._read()
            if document.secrets.pop(profile_id, None) is not None:
                self._write(document)

    def _write(self, document: _File) -> None:
        write_atomic(self.path, msgspec.json.format(msgspec.json.encode(document), indent=2) + b"\n", mode=0o600)

    def _read(self) -> _File:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return _File()
        self._tighten_mode()
        try:
            document = msgspec.json.decode(raw.removeprefix(b"\xef\xbb\xbf"), type=_File)
        except msgspec.ValidationError as exc:
            problem = reason(Code.FILE_NOT_READ, detail=str(exc))
        except msgspec.DecodeError as exc:
            problem = reason(Code.FILE_NOT_JSON, detail=str(exc))
        else:
            if document.format <= FORMAT:
                for secret in document.secrets.values():
                    register_secret(secret)
                return document
            problem = reason(Code.FILE_TOO_NEW, format=document.format)
        kept = keep_aside(self.path)
        self.load_error = CorruptFileError(self.path, kept, [problem], "passwords_again")
        log.warning("%s is damaged (kept as %s): %s", self.path, kept.name, self.load_error.reason)
        return _File()

    def _tighten_mode(self) -> None:
        # Copied from a backup or edited by hand, the file may have become readable by others.
        if os.name == "posix" and self.path.stat().st_mode & 0o077:
            log.warning("%s was readable by other users; it is owner-only again", self.path)
            os.chmod(self.path, 0o600)
