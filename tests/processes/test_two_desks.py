"""Two desks (two processes, two base directories) on one team store, acting on the same orders at once.

DOMAIN.md, "never twice": a capture or refund is sent once however many people press the button. Before
team mode each desk had its own journal, and two desks refunding 40% of the same orders refunded each
twice. Here the guard is decided in the shared database under a per-order lock, so one desk wins each
order and the other is told who did it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .conftest import ORDER_AMOUNT, Driver, Harness

ORDERS = 200


def race(harness: Harness, team_url: str, job: str, orders: list[str], amount: int) -> tuple[Driver, Driver]:
    """Both desks, each over all the orders (in opposite order), started at the same moment."""
    desks = []
    for agent, listed in (("Anna", orders), ("Björn", orders[::-1])):
        desks.append(harness.start(job, "--orders", ",".join(listed), "--amount", str(amount), concurrency=8,
                                   base=harness.folder / f"desk-{agent}", team=(team_url, agent), start_on_go=True))
    for desk in desks:
        assert desk.wait_for(lambda events: any(e["event"] == "ready" for e in events)), desk.log.read_text()[-2000:]
    for desk in desks:
        desk.go()
    for desk in desks:
        desk.finish(limit=240)
    return desks[0], desks[1]


def won(desk: Driver) -> set[str]:
    return {e["order_id"] for e in desk.of("result") if e["state"] == "succeeded"}


@pytest.mark.slow
def test_two_desks_capturing_and_refunding_the_same_200_orders_act_on_each_exactly_once(harness: Harness, team_url):
    orders = harness.sandbox.create_orders(ORDERS)
    anna, bjorn = race(harness, team_url, "capture", orders, ORDER_AMOUNT // 2)
    assert harness.sandbox.captures_per_order() == dict.fromkeys(orders, 1), "every order captured exactly once"
    assert won(anna) | won(bjorn) == set(orders) and not won(anna) & won(bjorn)
    assert won(anna) and won(bjorn), "both desks really raced"
    for desk, colleague in ((anna, "Björn"), (bjorn, "Anna")):
        refusals = desk.of("refused")
        assert {e["order_id"] for e in refusals} == set(orders) - won(desk)
        assert {e["agent"] for e in refusals} == {colleague}, "the losing desk is told who did it"
        assert all(colleague in e["message"] for e in refusals)

    anna, bjorn = race(harness, team_url, "refund", orders, ORDER_AMOUNT * 2 // 10)
    assert harness.sandbox.refunds_per_order() == dict.fromkeys(orders, 1), "every order refunded exactly once"
    assert won(anna) | won(bjorn) == set(orders)


def test_each_desk_keeps_its_own_folder_and_no_local_journal(harness: Harness, team_url):
    orders = harness.sandbox.create_orders(2)
    anna, _ = race(harness, team_url, "capture", orders, ORDER_AMOUNT)
    assert len(won(anna)) + len(anna.of("refused")) == 2
    for agent in ("Anna", "Björn"):
        folder: Path = harness.folder / f"desk-{agent}"
        assert not list(folder.rglob("*.sqlite3")), "the journal lives in the team store, not on the desk"
