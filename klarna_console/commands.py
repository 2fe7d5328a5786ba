"""Administration without the window: set up a team store, a desk's profile, and import orders from a script."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .paths import Paths


class CommandError(Exception):
    """A command cannot go on; its message says why, for the person at the terminal."""


def add_commands(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The `team`, `profile` and `import` commands of the command line."""
    team = commands.add_parser("team", help="set up a team store shared by several desks (PostgreSQL)")
    team_commands = team.add_subparsers(dest="team_command", metavar="TEAM_COMMAND", required=True)
    init = team_commands.add_parser("init", help="create or migrate the team store's schema (safe to repeat)")
    init.add_argument("url", help="libpq URL, e.g. postgresql://owner@db.example.com/klarna?sslmode=verify-full "
                                  "(the password from PGPASSWORD or ~/.pgpass)")
    profile = commands.add_parser("profile", help="set up this desk's profiles from a script")
    profile_commands = profile.add_subparsers(dest="profile_command", metavar="PROFILE_COMMAND", required=True)
    add = profile_commands.add_parser("add", help="add a profile; its password from standard input or a variable")
    add.add_argument("--name", required=True)
    where = add.add_mutually_exclusive_group(required=True)
    where.add_argument("--region", choices=("eu", "na", "oc"))
    where.add_argument("--base-url", help="a custom host instead of a region (Kustom, a proxy)")
    add.add_argument("--environment", choices=("production", "playground"))
    add.add_argument("--username", required=True, help="the API username from the Merchant Portal")
    add.add_argument("--password-env", metavar="VAR", help="read the API password from this environment variable "
                                                            "(default: the first line of standard input)")
    add.add_argument("--read-only", action="store_true", help="this desk may only look: every write is disabled")
    add.add_argument("--team-store", metavar="URL", help="the team's shared store (PostgreSQL URL, no password)")
    add.add_argument("--team-password-env", metavar="VAR",
                     help="read the team store's password from this environment variable")
    add.add_argument("--agent", default="", help="the name this desk's writes carry (default: your user name)")
    imports = commands.add_parser("import", help="fetch orders by id into a profile's store, without the window")
    imports.add_argument("--profile", required=True, metavar="NAME", help="the profile's name or id")
    imports.add_argument("file", type=Path, help="a text or CSV file of order ids (one per line or column)")


def run_command(args: argparse.Namespace) -> int:
    """Run one administration command; returns the exit status."""
    # Problems carry reasons; the window's words for them (in English: no translator is installed here).
    from .paths import Paths
    from .profiles import ProfileValidationError
    from .store.values import StoreError
    from .ui import reason_text  # noqa: F401  (installs the words str() of a reason uses)

    paths = Paths.resolve(args.basedir).ensure()
    try:
        if args.command == "team":
            return _team_init(args.url)
        if args.command == "profile":
            return _profile_add(args, paths)
        import asyncio  # not at the top: the window's command line is parsed here too, before its first paint

        return asyncio.run(_import(args, paths))
    except (CommandError, StoreError, ProfileValidationError, OSError) as error:
        print(f"klarna-console {args.command}: {error}", file=sys.stderr)
        return 1


def _team_init(url: str) -> int:
    from .store.postgres.db import TeamDatabase, redacted_url

    db = TeamDatabase(url, migrate=False)
    try:
        before = db.migrate_from()
        after = db.migrate()
    finally:
        db.close()
    if before == after:
        print(f"The team store at {redacted_url(url)} is up to date (schema version {after}).")
    else:
        print(f"The team store at {redacted_url(url)} is ready: schema version {before} -> {after}.")
    return 0


def _secret(variable: str | None, what: str) -> str:
    if variable:
        value = os.environ.get(variable, "")
        if not value:
            raise CommandError(f"the environment variable {variable} is empty or unset")
        return value
    if sys.stdin.isatty():
        print(f"{what}: ", end="", file=sys.stderr, flush=True)
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise CommandError(f"no {what.lower()} on standard input")
    return value


def _profile_add(args: argparse.Namespace, paths: Paths) -> int:
    from .profiles import CredentialStore, Profile, ProfileStore
    from .profiles.model import team_secret_id

    profiles = ProfileStore(paths)
    profile = profiles.add(Profile(
        name=args.name, region=args.region, environment=args.environment, base_url=args.base_url,
        username=args.username, read_only=args.read_only, team_store=args.team_store, agent=args.agent,
    ))
    credentials = CredentialStore(paths)
    try:
        credentials.set(profile.id, _secret(args.password_env, "API password"))
        if profile.team_store and args.team_password_env:
            credentials.set(team_secret_id(profile.id), _secret(args.team_password_env, "Team store password"))
    except BaseException:
        profiles.remove(profile.id)  # all or nothing: a profile without its password would fail later
        raise
    print(f"Profile {profile.name!r} added (id {profile.id}); its password is kept {credentials.where()}.")
    return 0


async def _import(args: argparse.Namespace, paths: Paths) -> int:
    from .profiles import CredentialStore, ProfileStore
    from .services.orders import parse_order_ids
    from .services.session import open_session

    profiles = ProfileStore(paths)
    wanted = args.profile.strip().casefold()
    profile = next((p for p in profiles.list() if wanted in (p.id, p.name.casefold())), None)
    if profile is None:
        raise CommandError(f"there is no profile called {args.profile!r}")
    ids, refused = parse_order_ids(args.file.read_text(encoding="utf-8-sig"))
    session = await open_session(profile, paths, CredentialStore(paths))
    try:
        report = await session.orders.import_ids(ids)
    finally:
        await session.close()
    print(f"{len(report.fetched)} of {report.total} orders imported into {profile.name!r}; "
          f"{len(report.not_found)} not found at Klarna, {len(report.failed)} failed, "
          f"{len(refused)} lines were not order ids.")
    for order_id, reason in report.failed:
        print(f"  {order_id}: {reason}", file=sys.stderr)
    return 0 if not report.failed else 1
