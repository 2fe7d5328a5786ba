"""What a profile points at, how it is labelled (production must stand out), and what is refused."""

from __future__ import annotations

import msgspec
import pytest
from klarna_console.profiles import (
    KUSTOM_PLAYGROUND,
    KUSTOM_PRODUCTION,
    SANDBOX_PROFILE,
    Profile,
    slugify,
    validate_profile,
)
from klarna_console.profiles.model import normalized
from klarna_console.reasons import Code, Reason, reason


@pytest.mark.parametrize(("profile", "url", "label", "production"), [
    (Profile(id="a", name="A", region="eu", environment="production", username="u"),
     "https://api.klarna.com", "Production", True),
    (Profile(id="a", name="A", region="na", environment="playground", username="u"),
     "https://api-na.playground.klarna.com", "Playground", False),
    (Profile(id="a", name="A", region="oc", environment="production", username="u"),
     "https://api-oc.klarna.com", "Production", True),
    (Profile(id="a", name="A", base_url=KUSTOM_PRODUCTION, username="u"), "https://api.kustom.co", "Production", True),
    (Profile(id="a", name="A", base_url=KUSTOM_PLAYGROUND, username="u"),
     "https://api.playground.kustom.co", "Playground", False),
    (Profile(id="a", name="A", base_url="https://api.klarna.com/", username="u"),
     "https://api.klarna.com", "Production", True),
    (Profile(id="a", name="A", base_url="http://127.0.0.1:8787", username="u"), "http://127.0.0.1:8787", "Custom", False),
    (SANDBOX_PROFILE, "http://sandbox.localhost", "Sandbox", False),
])
def test_where_a_profile_points_and_how_it_is_labelled(profile: Profile, url: str, label: str, production: bool) -> None:
    assert validate_profile(profile) == []
    assert profile.resolved_base_url() == url
    assert profile.environment_label == label
    assert profile.is_production is production


@pytest.mark.parametrize(("changes", "field", "why"), [
    ({"name": "  "}, "name", reason(Code.FIELD_REQUIRED, field="name")),
    ({"name": "x" * 61}, "name", reason(Code.TEXT_TOO_LONG, field="name", limit=60, got=61)),
    ({"region": "us"}, "region", reason(Code.REGION_NOT_ALLOWED, value="us", allowed="eu,na,oc")),
    ({"environment": "test"}, "environment",
     reason(Code.VALUE_NOT_ALLOWED, field="environment", value="test", allowed="production,playground")),
    ({"username": ""}, "username", reason(Code.USERNAME_REQUIRED)),
    ({"username": "PK1:pw"}, "username", reason(Code.HAS_COLON)),
    ({"username": "PK 1"}, "username", reason(Code.HAS_SPACES)),
    ({"username": "u" * 256}, "username", reason(Code.TEXT_TOO_LONG, field="username", limit=255, got=256)),
    ({"color": "blue"}, "color", reason(Code.NOT_A_COLOUR, value="blue")),
    ({"id": "Shop EU"}, "id", reason(Code.PROFILE_ID_INVALID, value="Shop EU")),
    ({"base_url": "https://api.kustom.co"}, "base_url", reason(Code.BASE_URL_REPLACES_REGION)),
])
def test_each_problem_names_its_field(changes: dict[str, object], field: str, why: Reason) -> None:
    fields = {"id": "shop", "name": "Shop", "region": "eu", "environment": "playground", "username": "PK1"}
    problems = validate_profile(Profile(**{**fields, **changes}))  # type: ignore[arg-type]
    assert [(p.field, p.reason) for p in problems] == [(field, why)]


def test_a_custom_host_must_be_https_unless_it_is_this_machine() -> None:
    def problems(url: str) -> list[tuple[str, Reason]]:
        return [(p.field, p.reason) for p in validate_profile(Profile(id="c", name="C", base_url=url, username="u"))]

    assert problems("http://localhost:8787") == []
    assert problems("http://[::1]:8787") == []
    assert problems("http://proxy.example.com") == [
        ("base_url", reason(Code.BASE_URL_CLEAR_TEXT, url="http://proxy.example.com"))]
    assert problems("https://user:pw@api.kustom.co") == [("base_url", reason(Code.BASE_URL_HAS_CREDENTIALS))]
    assert problems("ftp://example.com") == [("base_url", reason(Code.BASE_URL_NOT_HTTP, url="ftp://example.com"))]


def test_names_become_stable_readable_ids() -> None:
    assert slugify("Shöp EU (test)") == "shop-eu-test"
    assert slugify("Shöp EU (test)", taken={"shop-eu-test"}) == "shop-eu-test-2"
    assert slugify("Sandbox") == "sandbox-2"  # the built-in profile's id is never reused
    assert slugify("日本") == "profile"


TEAM = Profile(id="team", name="Team", region="eu", environment="playground", username="PK1_x",
               team_store="postgresql://agent@db.example.com:5432/klarna?sslmode=verify-full", agent="Anna")


@pytest.mark.parametrize(("url", "code"), [
    ("mysql://db.example.com/klarna", Code.TEAM_STORE_NOT_POSTGRESQL),
    ("postgresql:///klarna", Code.TEAM_STORE_NO_SERVER),
    ("postgresql://agent:hunter2@db.example.com/klarna", Code.TEAM_STORE_HOLDS_PASSWORD),
    ("postgresql://db.example.com/klarna?password=hunter2", Code.TEAM_STORE_HOLDS_PASSWORD),
])
def test_a_team_store_url_is_a_postgresql_server_without_its_password(url, code):
    found = validate_profile(msgspec.structs.replace(TEAM, team_store=url))
    assert [(p.field, p.reason.code) for p in found] == [("team_store", code)]


def test_a_team_profile_with_tls_options_and_an_agent_name_is_accepted():
    assert validate_profile(TEAM) == []
    tidy = normalized(msgspec.structs.replace(TEAM, team_store="  ", agent="  Anna   Berg "))
    assert (tidy.team_store, tidy.agent) == (None, "Anna Berg")
    too_long = validate_profile(msgspec.structs.replace(TEAM, agent="x" * 61))
    assert [(p.field, p.reason) for p in too_long] == [
        ("agent", reason(Code.TEXT_TOO_LONG, field="agent", limit=60, got=61))]
