"""Passwords: owner-only from the first byte, written atomically, never logged; the keyring where there is one."""

from __future__ import annotations

import logging
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from klarna_console import atomic
from klarna_console.paths import Paths
from klarna_console.profiles import CredentialError, CredentialStore, usable_keyring
from klarna_console.reasons import Code, nested, reason

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


class MemoryKeyring(KeyringBackend):
    """A keyring backend that keeps passwords in memory, standing in for the OS one."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture
def paths() -> Paths:
    return Paths.resolve()


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A headless Linux: keyring falls back to its "fail" backend."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def os_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def a_secret() -> str:
    return "pw-" + secrets.token_urlsafe(12)


@posix_only
def test_the_credentials_file_is_owner_only_from_the_moment_it_is_created(
    paths: Paths, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    modes_before_rename: list[int] = []
    real_replace = os.replace

    def spy(src: str | Path, dst: str | Path) -> None:
        modes_before_rename.append(stat.S_IMODE(os.stat(src).st_mode))
        real_replace(src, dst)

    monkeypatch.setattr(atomic.os, "replace", spy)
    store = CredentialStore(paths)
    store.set("shop-eu", a_secret())
    assert modes_before_rename == [0o600]
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


def test_a_headless_machine_keeps_secrets_in_the_file(paths: Paths, no_keyring: None) -> None:
    assert usable_keyring() is None
    store = CredentialStore(paths)
    password = a_secret()
    store.set("shop-eu", password)
    assert store.backend == "file"
    assert CredentialStore(paths).get("shop-eu") == password
    store.delete("shop-eu")
    assert CredentialStore(paths).get("shop-eu") is None
    store.delete("never-stored")  # nothing to forget is not an error


def test_asking_for_the_keyring_where_there_is_none_says_so(paths: Paths, no_keyring: None) -> None:
    with pytest.raises(CredentialError) as raised:
        CredentialStore(paths, backend="keyring")
    assert raised.value.reason == reason(Code.NO_KEYRING)


def test_with_a_real_keyring_secrets_go_there_and_not_to_the_file(paths: Paths, os_keyring: MemoryKeyring) -> None:
    store = CredentialStore(paths)
    password = a_secret()
    store.set("shop-eu", password)
    assert store.backend == "keyring"
    assert os_keyring.items == {("klarna-console", "shop-eu"): password}
    assert not store.path.exists()
    assert store.get("shop-eu") == password
    store.delete("shop-eu")
    assert os_keyring.items == {} and store.get("shop-eu") is None


def test_a_password_stored_before_the_keyring_existed_is_still_found_then_moved(
    paths: Paths, os_keyring: MemoryKeyring
) -> None:
    password = a_secret()
    CredentialStore(paths, backend="file").set("shop-eu", password)
    store = CredentialStore(paths)
    assert store.get("shop-eu") == password
    store.set("shop-eu", password)  # saving the profile again moves it
    assert os_keyring.items == {("klarna-console", "shop-eu"): password}
    assert password not in store.path.read_text(encoding="utf-8")


def test_a_failed_write_keeps_the_passwords_already_stored(
    paths: Paths, no_keyring: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = CredentialStore(paths)
    first = a_secret()
    store.set("shop-eu", first)

    def crash(src: object, dst: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError):
        store.set("kustom", a_secret())
    monkeypatch.undo()
    assert CredentialStore(paths).get("shop-eu") == first
    assert [p.name for p in store.path.parent.iterdir()] == ["credentials.json"]


@pytest.mark.expect_log("klarna_console.profiles.credentials", r"credentials\.json is damaged")
def test_a_damaged_credentials_file_is_kept_owner_only_and_reported(
    paths: Paths, no_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    paths.ensure()
    path = paths.config / "credentials.json"
    password = a_secret()
    damaged = f'{{"format": 1, "secrets": {{"shop-eu": "{password}"'.encode()
    fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, damaged)
    os.close(fd)

    with caplog.at_level(logging.DEBUG):
        store = CredentialStore(paths)
        assert store.get("shop-eu") is None
    error = store.load_error
    assert error is not None
    assert (error.reason.code, error.reason.get("path"), error.reason.get("then")) == (
        Code.SETTINGS_DAMAGED, str(path), "passwords_again")
    assert nested(error.reason, "q1.").code is Code.FILE_NOT_JSON
    assert error.kept_as.read_bytes() == damaged
    if os.name == "posix":
        assert stat.S_IMODE(error.kept_as.stat().st_mode) == 0o600
    assert password not in caplog.text and password not in str(error)


@pytest.mark.expect_log("klarna_console.profiles.credentials", r"was readable by other users")
@posix_only
def test_a_file_made_readable_by_others_is_made_owner_only_again(paths: Paths, no_keyring: None) -> None:
    store = CredentialStore(paths)
    store.set("shop-eu", a_secret())
    os.chmod(store.path, 0o644)
    store.get("shop-eu")
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


@pytest.mark.expect_log("klarna_console", r"^the user typed")
def test_secrets_appear_in_no_log_record_and_no_repr(
    paths: Paths, no_keyring: None, caplog: pytest.LogCaptureFixture
) -> None:
    password = a_secret()
    with caplog.at_level(logging.DEBUG):
        store = CredentialStore(paths)
        store.set("shop-eu", password)
        store.get("shop-eu")
        store.delete("shop-eu")
        logging.getLogger("klarna_console").warning("the user typed %s", password)  # an accident elsewhere
    assert password not in repr(store)
    # Our own handlers scrub every secret read or written; the raw records above hold only the accident.
    from klarna_console.log import redact

    assert [r for r in caplog.records if password in r.getMessage()] == [caplog.records[-1]]
    assert password not in redact(caplog.records[-1].getMessage())


def test_an_empty_password_is_refused(paths: Paths, no_keyring: None) -> None:
    with pytest.raises(ValueError, match="empty password"):
        CredentialStore(paths).set("shop-eu", "")


def test_where_names_the_keyring_or_the_file(paths: Paths, os_keyring: MemoryKeyring) -> None:
    """What the Profiles dialog says: the keyring by its name where there is one, else the file's path."""
    kept = CredentialStore(paths).where()
    assert (kept.code, kept.get("service")) == (Code.KEPT_IN_KEYRING, "klarna-console") and kept.get("backend")
    keyring.set_keyring(fail.Keyring())
    assert CredentialStore(paths).where() == reason(Code.KEPT_IN_FILE, path=str(paths.config / "credentials.json"))
