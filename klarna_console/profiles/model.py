"""A profile: who the console talks to Klarna as, where, and how it looks; with its validation."""

from __future__ import annotations

import getpass
import os
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable
from typing import Literal

import msgspec

from ..api.hosts import ENVIRONMENTS, REGIONS, base_url_for, check_base_url
from ..reasons import Code, Reason, ReasonError, reason, words

SANDBOX_ID = "sandbox"
SANDBOX_BASE_URL = "http://sandbox.localhost"
"""The built-in Sandbox profile's base URL: served in process, never over the network."""

KUSTOM_PRODUCTION = "https://api.kustom.co"
KUSTOM_PLAYGROUND = "https://api.playground.kustom.co"
"""Kustom's hosts (Klarna Checkout moved there): same paths, same payloads as Klarna's."""

DEFAULT_COLOR = "#4a6fa5"
MAX_NAME = 60
MAX_USERNAME = 255

Kind = Literal["klarna", "sandbox"]
_Report = Callable[[str, Reason], None]  # problem(field, why)

_PRODUCTION_HOSTS = frozenset(
    {urllib.parse.urlsplit(base_url_for(r, "production")).hostname for r in REGIONS} | {"api.kustom.co"}
)
_PLAYGROUND_HOSTS = frozenset(
    {urllib.parse.urlsplit(base_url_for(r, "playground")).hostname for r in REGIONS} | {"api.playground.kustom.co"}
)
_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,62}$")
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class Profile(msgspec.Struct, frozen=True, kw_only=True):
    """Where and as whom the console talks to Klarna (the password lives in `CredentialStore`).

    Attributes:
        id: a stable slug, made from the first name; it names the profile's data directory.
        name: what the user calls it ("Shop EU, playground").
        region, environment: where Klarna's host is ("eu", "na", "oc" x "production", "playground"),
            unless `base_url` is set.
        base_url: a custom host instead (Kustom, a local sandbox, a proxy).
        username: the API username (or the UUID of a new-style API key).
        read_only: agents who may only look: every write is disabled.
        color: a "#rrggbb" badge colour.
        kind: "klarna", or "sandbox" for the built-in simulator profile.
        team_store: the libpq URL of the team's shared store (PostgreSQL), without its password (that
            goes to the keyring, see `team_secret_id`); None: this desk keeps its own store.
        agent: the name this desk's writes carry in a team store's History (empty: the OS user).
    """

    id: str = ""
    name: str
    region: str | None = None
    environment: str | None = None
    base_url: str | None = None
    username: str = ""
    read_only: bool = False
    color: str = DEFAULT_COLOR
    kind: Kind = "klarna"
    team_store: str | None = None
    agent: str = ""

    def resolved_base_url(self) -> str:
        """The URL the client is pointed at."""
        if self.base_url:
            return check_base_url(self.base_url)
        return base_url_for(self.region or "", self.environment or "")

    @property
    def environment_label(self) -> str:
        """"Production", "Playground", "Sandbox", or "Custom" for any other host."""
        if self.kind == "sandbox":
            return "Sandbox"
        if not self.base_url:
            return (self.environment or "").capitalize() or "Custom"
        host = urllib.parse.urlsplit(self.base_url).hostname
        if host in _PRODUCTION_HOSTS:
            return "Production"
        if host in _PLAYGROUND_HOSTS:
            return "Playground"
        return "Custom"

    @property
    def is_production(self) -> bool:
        """True where writes move real money: Klarna's or Kustom's production hosts."""
        return self.environment_label == "Production"

    @property
    def needs_credentials(self) -> bool:
        """False only for the built-in Sandbox profile."""
        return self.kind != "sandbox"


SANDBOX_PROFILE = Profile(
    id=SANDBOX_ID, name="Sandbox", base_url=SANDBOX_BASE_URL, username="", kind="sandbox", color="#3d8b5a"
)
"""Always present: the embedded simulator with demo orders, no account needed."""


class ProfileProblem(msgspec.Struct, frozen=True):
    """One thing wrong with a profile: the field it is about and why, as a code (the dialog words it)."""

    field: str
    reason: Reason

    def __str__(self) -> str:
        return f"{self.field}: {words(self.reason)}"


class ProfileValidationError(ValueError):
    """A profile was refused; `problems` says why, field by field (for the dialog to show)."""

    def __init__(self, problems: list[ProfileProblem]) -> None:
        self.problems = list(problems)
        super().__init__("; ".join(f"{p.field}: {p.reason}" for p in problems))

    def __str__(self) -> str:
        return "; ".join(str(p) for p in self.problems)


def slugify(name: str, taken: Iterable[str] = ()) -> str:
    """A new profile id from its name: "Shöp EU (test)" -> "shop-eu-test", made unique against `taken`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-") or "profile"
    taken = set(taken) | {SANDBOX_ID}
    slug, counter = base, 1
    while slug in taken:
        counter += 1
        slug = f"{base}-{counter}"
    return slug


def normalized(profile: Profile) -> Profile:
    """The profile with surrounding spaces trimmed and an empty base URL as None."""
    base_url = (profile.base_url or "").strip().rstrip("/") or None
    return msgspec.structs.replace(
        profile,
        team_store=(profile.team_store or "").strip() or None,
        agent=" ".join(profile.agent.split()),
        name=profile.name.strip(),
        username=profile.username.strip(),
        base_url=base_url,
        region=(profile.region or "").strip().lower() or None,
        environment=(profile.environment or "").strip().lower() or None,
    )


def validate_profile(profile: Profile, others: Iterable[Profile] = ()) -> list[ProfileProblem]:
    """Everything wrong with a profile, each naming its field; `others` are the profiles it must not clash with."""
    problems: list[ProfileProblem] = []

    def problem(field: str, why: Reason) -> None:
        problems.append(ProfileProblem(field, why))

    if not _ID.match(profile.id):
        problem("id", reason(Code.PROFILE_ID_INVALID, value=profile.id))
    name = profile.name.strip()
    if not name:
        problem("name", reason(Code.FIELD_REQUIRED, field="name"))
    elif len(name) > MAX_NAME:
        problem("name", reason(Code.TEXT_TOO_LONG, field="name", limit=MAX_NAME, got=len(name)))
    elif any(o.id != profile.id and o.name.strip().casefold() == name.casefold() for o in others):
        problem("name", reason(Code.PROFILE_NAME_TAKEN, name=name))
    if not _COLOR.match(profile.color):
        problem("color", reason(Code.NOT_A_COLOUR, value=profile.color))
    if profile.kind == "sandbox" or profile.id == SANDBOX_ID:
        if profile != SANDBOX_PROFILE:
            problem("kind", reason(Code.SANDBOX_FIXED))
        return problems
    if profile.kind != "klarna":
        problem("kind", reason(Code.VALUE_NOT_ALLOWED, field="kind", value=profile.kind, allowed="klarna,sandbox"))
    _check_host(profile, problem)
    _check_username(profile.username, problem)
    _check_team(profile, problem)
    return problems


def default_agent() -> str:
    """The agent name of a desk that gave none: the user this program runs as."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (a container)
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"  # english-ok: a user name stand-in


def team_secret_id(profile_id: str) -> str:
    """Under which name the credential store keeps the password of a profile's team store."""
    return f"{profile_id}/team-store"


def _check_team(profile: Profile, problem: _Report) -> None:
    if len(profile.agent) > MAX_NAME:
        problem("agent", reason(Code.TEXT_TOO_LONG, field="agent", limit=MAX_NAME, got=len(profile.agent)))
    elif any(unicodedata.category(ch) == "Cc" for ch in profile.agent):
        problem("agent", reason(Code.HAS_CONTROL_CHARACTERS))
    if profile.team_store is None:
        return
    url = urllib.parse.urlsplit(profile.team_store.strip())
    if url.scheme not in ("postgresql", "postgres"):
        problem("team_store", reason(Code.TEAM_STORE_NOT_POSTGRESQL))
    elif not url.hostname:
        problem("team_store", reason(Code.TEAM_STORE_NO_SERVER))
    elif url.password is not None or "password=" in url.query:
        # The profiles file is shared and backed up: a password in it would leak.
        problem("team_store", reason(Code.TEAM_STORE_HOLDS_PASSWORD))


def _check_host(profile: Profile, problem: _Report) -> None:
    if profile.base_url:
        if profile.region or profile.environment:
            problem("base_url", reason(Code.BASE_URL_REPLACES_REGION))
        try:
            check_base_url(profile.base_url)
        except ReasonError as exc:
            problem("base_url", exc.reason)
        return
    if profile.region not in REGIONS:
        problem("region", reason(Code.REGION_NOT_ALLOWED, value=profile.region or "", allowed=",".join(REGIONS)))
    if profile.environment not in ENVIRONMENTS:
        problem("environment", reason(Code.VALUE_NOT_ALLOWED, field="environment", value=profile.environment or "",
                                      allowed=",".join(ENVIRONMENTS)))


def _check_username(username: str, problem: _Report) -> None:
    if not username.strip():
        problem("username", reason(Code.USERNAME_REQUIRED))
    elif len(username) > MAX_USERNAME:
        problem("username", reason(Code.TEXT_TOO_LONG, field="username", limit=MAX_USERNAME, got=len(username)))
    elif ":" in username:
        # HTTP Basic auth ends the username at the first colon: the rest would be sent as password.
        problem("username", reason(Code.HAS_COLON))
    elif any(ch.isspace() or unicodedata.category(ch) == "Cc" for ch in username.strip()):
        problem("username", reason(Code.HAS_SPACES))
