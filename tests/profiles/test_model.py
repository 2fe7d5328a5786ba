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


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"name": "  "}, "name", "is required"),
    ({"name": "x" * 61}, "name", "at most 60"),
    ({"region": "us"}, "region", "not one of eu, na, oc"),
    ({"environment": "test"}, "environment", "not one of production, playground"),
    ({"username": ""}, "username", "is required"),
    ({"username": "PK1:pw"}, "username", "cannot contain ':'"),
    ({"username": "PK 1"}, "username", "cannot contain spaces"),
    ({"username": "u" * 256}, "username", "at most 255"),
    ({"color": "blue"}, "color", "not a colour"),
    ({"id": "Shop EU"}, "id", "not a profile id"),
    ({"base_url": "https://api.kustom.co"}, "base_url", "replaces region and environment"),
])
def test_each_problem_names_its_field(changes: dict[str, object], field: str, message: str) -> None:
    fields = {"id": "shop", "name": "Shop", "region": "eu", "environment": "playground", "username": "PK1"}
    problems = validate_profile(Profile(**{**fields, **changes}))  # type: ignore[arg-type]
    assert [(p.field, message in p.message) for p in problems] == [(field, True)]


def test_a_custom_host_must_be_https_unless_it_is_this_machine() -> None:
    def problems(url: str) -> list[str]:
        return [str(p) for p in validate_profile(Profile(id="c", name="C", base_url=url, username="u"))]

    assert problems("http://localhost:8787") == []
    assert problems("http://[::1]:8787") == []
    assert problems("http://proxy.example.com")[0].startswith("base_url: base URL 'http://proxy.example.com' is not https")
    assert problems("https://user:pw@api.kustom.co") == [
        "base_url: put the API username and password in the profile, not in the URL"]


def test_names_become_stable_readable_ids() -> None:
    assert slugify("Shöp EU (test)") == "shop-eu-test"
    assert slugify("Shöp EU (test)", taken={"shop-eu-test"}) == "shop-eu-test-2"
    assert slugify("Sandbox") == "sandbox-2"  # the built-in profile's id is never reused
    assert slugify("日本") == "profile"


TEAM = Profile(id="team", name="Team", region="eu", environment="playground", username="PK1_x",
               team_store="postgresql://agent@db.example.com:5432/klarna?sslmode=verify-full", agent="Anna")


@pytest.mark.parametrize(("url", "problem"), [
    ("mysql://db.example.com/klarna", "must be a PostgreSQL URL"),
    ("postgresql:///klarna", "names no server"),
    ("postgresql://agent:hunter2@db.example.com/klarna", "must not hold the password"),
    ("postgresql://db.example.com/klarna?password=hunter2", "must not hold the password"),
])
def test_a_team_store_url_is_a_postgresql_server_without_its_password(url, problem):
    found = validate_profile(msgspec.structs.replace(TEAM, team_store=url))
    assert [(p.field, problem in p.message) for p in found] == [("team_store", True)]


def test_a_team_profile_with_tls_options_and_an_agent_name_is_accepted():
    assert validate_profile(TEAM) == []
    tidy = normalized(msgspec.structs.replace(TEAM, team_store="  ", agent="  Anna   Berg "))
    assert (tidy.team_store, tidy.agent) == (None, "Anna Berg")
    too_long = validate_profile(msgspec.structs.replace(TEAM, agent="x" * 61))
    assert [(p.field, "at most 60" in p.message) for p in too_long] == [("agent", True)]
