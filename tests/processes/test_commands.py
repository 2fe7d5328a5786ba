"""The administration commands, run as a script would: a desk's profile set up, then orders imported headless."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

from .conftest import PASSWORD, USERNAME, Harness


def command(base: Path, *args: str, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "klarna_console", "--basedir", str(base), *args], input=stdin,
                          capture_output=True, text=True, timeout=120, env={**os.environ, **(env or {})})


def names(base: Path) -> list[str]:
    found = list(base.rglob("profiles.json"))
    return [p["name"] for p in json.loads(found[0].read_text())["profiles"]] if found else []


def test_a_desk_is_set_up_and_imports_orders_without_the_window(harness: Harness):
    base = harness.base
    added = command(base, "profile", "add", "--name", "Shop EU", "--base-url", harness.sandbox.url,
                    "--username", USERNAME, "--agent", "Anna", stdin=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert "added (id shop-eu)" in added.stdout
    profiles = json.loads(next(base.rglob("profiles.json")).read_text())
    assert [p["agent"] for p in profiles["profiles"] if p["id"] == "shop-eu"] == ["Anna"]
    assert PASSWORD not in json.dumps(profiles) and PASSWORD not in added.stdout + added.stderr
    kept = [path for path in base.rglob("*") if path.is_file() and PASSWORD in path.read_text(errors="replace")]
    assert all(stat.S_IMODE(path.stat().st_mode) == 0o600 for path in kept), "the password only in owner-only files"

    ids = harness.sandbox.create_orders(3)
    listing = base / "export.csv"
    listing.write_text("order_id\n" + "\n".join(ids) + "\n0d7c6f1a-0000-4000-8000-000000000000\nnot an id\n")
    done = command(base, "import", "--profile", "Shop EU", str(listing))
    assert done.returncode == 0, done.stderr
    assert "3 of 4 orders imported into 'Shop EU'; 1 not found at Klarna, 0 failed, 1 lines were not order ids" \
        in done.stdout
    from klarna_console.paths import Paths
    from klarna_console.store import Store

    with Store.open(Paths.resolve(base), "shop-eu") as store:
        assert sorted(store.orders.order_ids()) == sorted(ids)


def test_a_password_from_an_environment_variable_and_refusals_that_name_the_field(harness: Harness):
    base = harness.base
    missing = command(base, "profile", "add", "--name", "Shop", "--base-url", harness.sandbox.url,
                      "--username", USERNAME, "--password-env", "SHOP_PASSWORD")
    assert missing.returncode == 1 and "SHOP_PASSWORD is empty or unset" in missing.stderr
    assert "Shop" not in names(base), "a profile without its password is not left behind"
    leaky = command(base, "profile", "add", "--name", "Team", "--base-url", harness.sandbox.url,
                    "--username", USERNAME, "--team-store", "postgresql://agent:hunter2@db.example.com/klarna",
                    stdin=PASSWORD + "\n")
    assert leaky.returncode == 1 and "team_store: must not hold the password" in leaky.stderr
    good = command(base, "profile", "add", "--name", "Shop", "--base-url", harness.sandbox.url,
                   "--username", USERNAME, "--password-env", "SHOP_PASSWORD", env={"SHOP_PASSWORD": PASSWORD})
    assert good.returncode == 0, good.stderr
    assert names(base) == ["Shop"]
    unknown = command(base, "import", "--profile", "Nope", str(base / "x.csv"))
    assert unknown.returncode == 1 and "no profile called 'Nope'" in unknown.stderr
