"""Status badges: Klarna's status first, what the console derives beside it; expiry only while capturable."""

from __future__ import annotations

from pathlib import Path

import pytest
from klarna_console.domain import display

from .test_rules import NOW, order

DOMAIN = Path(__file__).resolve().parents[3] / "shared" / "klarna-om" / "DOMAIN.md"


def test_the_status_badge_is_klarnas_status_from_domain_md_4_2():
    """DOMAIN.md §4.2: the enum is AUTHORIZED, PART_CAPTURED, CAPTURED, CANCELLED, EXPIRED, CLOSED; "refunded" is
    a Merchant Portal label, not a status, so it may only be added beside Klarna's."""
    if not DOMAIN.exists():
        pytest.skip("../shared/klarna-om/DOMAIN.md is not here")
    text = DOMAIN.read_text(encoding="utf-8")
    section = text[text.index("### 4.2 Status model"):text.index("### 4.3")]
    assert "AUTHORIZED, PART_CAPTURED, CAPTURED, CANCELLED, EXPIRED, CLOSED" in section
    for status in ("AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED"):
        assert status in section and status in display.STATUS_LABELS
    assert "REFUNDED" not in section.split("Merchant Portal uses")[0]


@pytest.mark.parametrize(("status", "captured", "refunded", "badge", "derived"), [
    ("CLOSED", 10000, 2500, "Closed", ["Part refunded"]),
    ("CAPTURED", 10000, 10000, "Captured", ["Refunded"]),
    ("PART_CAPTURED", 4000, 1000, "Part captured", ["Part refunded"]),
    ("AUTHORIZED", 0, 0, "Authorized", []),
])
def test_refund_badges_add_to_klarnas_status_never_replace_it(status, captured, refunded, badge, derived):
    shown = order(status, captured=captured, refunded=refunded)
    assert display.badge_status(shown, NOW)[0] == badge
    assert [label for label, _colour in display.derived_badges(shown)] == derived


@pytest.mark.parametrize(("status", "remaining", "shown"), [
    ("AUTHORIZED", 10000, True), ("PART_CAPTURED", 4000, True), ("EXPIRED", 10000, True),
    ("CAPTURED", 0, False), ("CLOSED", 0, False), ("CANCELLED", 0, False), ("PART_CAPTURED", 0, False),
])
def test_an_expiry_is_shown_only_while_something_can_be_captured(status, remaining, shown):
    assert display.shows_expiry(status, remaining) is shown
