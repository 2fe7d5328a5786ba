"""Profiles are kept in a readable file, written atomically; a damaged file is reported and kept, never lost."""

from __future__ import annotations

import json
import os

import pytest
from klarna_console import atomic
from klarna_console.paths import Paths
from klarna_console.profiles import (
    SANDBOX_PROFILE,
    Profile,
    ProfileStore,
    ProfileValidationError,
)
from klarna_console.reasons import Code, nested, reason

SHOP = Profile(name="Shop EU", region="eu", environment="playground", username="PK01234_abc")
KUSTOM = Profile(name="Kustom live", base_url="https://api.kustom.co/", username="M12345")


@pytest.fixture
def paths() -> Paths:
    return Paths.resolve()


def test_a_first_start_has_only_the_sandbox(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    assert profiles.list() == [SANDBOX_PROFILE]
    assert profiles.get("sandbox") == SANDBOX_PROFILE
    assert profiles.last_used is None and profiles.load_error is None
    assert not profiles.path.exists()


def test_profiles_are_kept_across_starts_in_a_readable_file(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    shop = profiles.add(SHOP)
    kustom = profiles.add(KUSTOM)
    profiles.set_last_used(kustom.id)
    assert (shop.id, kustom.id) == ("shop-eu", "kustom-live")
    assert kustom.base_url == "https://api.kustom.co"  # trailing slash trimmed

    again = ProfileStore(paths)
    assert again.list() == [SANDBOX_PROFILE, kustom, shop]
    assert again.last_used == kustom
    document = json.loads(again.path.read_text(encoding="utf-8"))
    assert document["format"] == 1 and document["last_used"] == "kustom-live"
    assert {p["name"] for p in document["profiles"]} == {"Shop EU", "Kustom live"}
    assert "\n  " in again.path.read_text(encoding="utf-8")  # indented, for people who open it


def test_the_id_stays_when_a_profile_is_renamed(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    shop = profiles.add(SHOP)
    renamed = profiles.update(Profile(**{**_fields(shop), "name": "Shop Europe", "read_only": True}))
    assert (renamed.id, renamed.name, renamed.read_only) == ("shop-eu", "Shop Europe", True)
    assert ProfileStore(paths).get("shop-eu") == renamed
    # A second profile named like the first one's old name gets its own id.
    assert profiles.add(Profile(**{**_fields(SHOP), "username": "other"})).id == "shop-eu-2"


def test_removing_a_profile_forgets_it_and_the_last_used_choice(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    shop = profiles.add(SHOP)
    profiles.set_last_used(shop.id)
    profiles.remove(shop.id)
    again = ProfileStore(paths)
    assert again.list() == [SANDBOX_PROFILE] and again.last_used is None
    with pytest.raises(KeyError):
        profiles.remove(shop.id)
    with pytest.raises(KeyError):
        profiles.set_last_used("nope")


def test_the_sandbox_profile_cannot_be_removed_or_changed(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    with pytest.raises(ProfileValidationError) as refused:
        profiles.remove("sandbox")
    assert [(p.field, p.reason) for p in refused.value.problems] == [("id", reason(Code.SANDBOX_NOT_REMOVED))]
    with pytest.raises(ProfileValidationError) as refused:
        profiles.update(Profile(**{**_fields(SANDBOX_PROFILE), "name": "Play"}))
    assert [(p.field, p.reason) for p in refused.value.problems] == [("id", reason(Code.SANDBOX_NOT_CHANGED))]
    with pytest.raises(ProfileValidationError) as refused:
        profiles.add(Profile(name="My sandbox", base_url="http://127.0.0.1:8787", kind="sandbox"))
    assert [(p.field, p.reason) for p in refused.value.problems] == [("kind", reason(Code.SANDBOX_FIXED))]
    profiles.set_last_used("sandbox")
    assert ProfileStore(paths).last_used == SANDBOX_PROFILE


def test_a_refused_profile_says_which_fields_are_wrong_and_is_not_stored(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    profiles.add(SHOP)
    with pytest.raises(ProfileValidationError) as refused:
        profiles.add(Profile(name=" shop eu ", base_url="http://api.example.com", username="PK1:secret"))
    assert {p.field for p in refused.value.problems} == {"name", "base_url", "username"}
    reasons = {p.field: p.reason for p in refused.value.problems}
    assert reasons["name"] == reason(Code.PROFILE_NAME_TAKEN, name="shop eu")
    assert reasons["base_url"] == reason(Code.BASE_URL_CLEAR_TEXT, url="http://api.example.com")
    assert [p.name for p in ProfileStore(paths).list()] == ["Sandbox", "Shop EU"]


def test_a_failed_write_leaves_the_previous_file_whole(paths: Paths, monkeypatch: pytest.MonkeyPatch) -> None:
    profiles = ProfileStore(paths)
    profiles.add(SHOP)
    before = profiles.path.read_bytes()

    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(atomic.os, "replace", crash)
    with pytest.raises(OSError, match="No space left"):
        profiles.add(KUSTOM)
    monkeypatch.undo()
    assert profiles.path.read_bytes() == before
    assert [p.name for p in ProfileStore(paths).list()] == ["Sandbox", "Shop EU"]
    assert sorted(p.name for p in profiles.path.parent.iterdir()) == ["profiles.json"]  # no temp file left


@pytest.mark.expect_log("klarna_console.profiles.profile_store", r"profiles\.json is damaged")
def test_a_file_that_is_not_json_is_kept_aside_and_reported(paths: Paths) -> None:
    paths.ensure()
    path = paths.config / "profiles.json"
    path.write_bytes(b'{"format": 1, "profiles": [{"name": "Shop"')  # cut off mid-write by an editor
    profiles = ProfileStore(paths)
    error = profiles.load_error
    assert error is not None
    why = error.reason
    assert (why.code, why.get("path"), why.get("then"), why.get("problems")) == (
        Code.SETTINGS_DAMAGED, str(path), "no_profile_read", 1)
    assert nested(why, "q1.").code is Code.FILE_NOT_JSON
    assert why.get("kept_as") == error.kept_as.name
    assert error.kept_as.name.startswith("profiles.json.corrupt-")
    assert error.kept_as.read_bytes() == b'{"format": 1, "profiles": [{"name": "Shop"'
    assert profiles.list() == [SANDBOX_PROFILE]
    # Work goes on: the next save writes a fresh file and leaves the kept one alone.
    profiles.add(SHOP)
    assert ProfileStore(paths).load_error is None
    assert error.kept_as.exists()


@pytest.mark.expect_log("klarna_console.profiles.profile_store", r"profiles\.json is damaged")
def test_a_hand_edited_profile_with_a_mistake_is_left_out_the_others_load(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    profiles.add(SHOP)
    profiles.add(KUSTOM)
    text = profiles.path.read_text(encoding="utf-8")
    edited = text.replace('"read_only": false', '"read_only": "yes"', 1)  # the first profile, by id
    edited = edited.replace('"username": "PK01234_abc"', '"username": ""')
    profiles.path.write_text(edited, encoding="utf-8")

    again = ProfileStore(paths)
    assert [p.id for p in again.list()] == ["sandbox"]
    error = again.load_error
    assert error is not None
    assert error.reason.get("then") == "profiles_left_out"
    first, second = (nested(error.reason, f"q{n}.") for n in (1, 2))
    assert first == reason(Code.PROFILE_NOT_READ, number=1, detail="Expected `bool`, got `str` - at `$.read_only`")
    assert (second.code, second.get("number"), second.get("name"), second.get("p1.field")) == (
        Code.PROFILE_INVALID, 2, "Shop EU", "username")
    assert nested(second, "p1.") == reason(Code.USERNAME_REQUIRED, field="username")
    assert error.kept_as.read_text(encoding="utf-8") == edited


@pytest.mark.expect_log("klarna_console.profiles.profile_store", r"profiles\.json is damaged")
def test_one_bad_profile_does_not_take_the_good_ones_with_it(paths: Paths) -> None:
    profiles = ProfileStore(paths)
    profiles.add(SHOP)
    profiles.add(KUSTOM)
    document = json.loads(profiles.path.read_text(encoding="utf-8"))
    document["profiles"][0]["base_url"] = "http://api.kustom.co"  # credentials in clear text: refused
    profiles.path.write_text(json.dumps(document), encoding="utf-8")

    again = ProfileStore(paths)
    assert [p.id for p in again.list()] == ["sandbox", "shop-eu"]
    assert again.load_error is not None
    assert nested(again.load_error.reason, "q1.").get("p1.field") == "base_url"
    # What was read is written back at once; the kept copy holds the user's edit.
    assert ProfileStore(paths).load_error is None
    assert json.loads(again.load_error.kept_as.read_text(encoding="utf-8")) == document


@pytest.mark.expect_log("klarna_console.profiles.profile_store", r"profiles\.json is damaged")
def test_a_file_from_a_newer_version_is_kept_not_overwritten(paths: Paths) -> None:
    paths.ensure()
    path = paths.config / "profiles.json"
    path.write_text('{"format": 2, "profiles": []}', encoding="utf-8")
    profiles = ProfileStore(paths)
    assert profiles.load_error is not None
    assert nested(profiles.load_error.reason, "q1.") == reason(Code.FILE_TOO_NEW, format=2)
    assert profiles.load_error.kept_as.read_text(encoding="utf-8") == '{"format": 2, "profiles": []}'


def test_the_config_directory_is_owner_only(paths: Paths) -> None:
    ProfileStore(paths).add(SHOP)
    if os.name == "posix":
        assert paths.config.stat().st_mode & 0o777 == 0o700


def _fields(profile: Profile) -> dict[str, object]:
    return {name: getattr(profile, name) for name in profile.__struct_fields__}
