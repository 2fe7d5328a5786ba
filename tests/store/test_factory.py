"""Choosing a profile's store: what a team connection lets out about itself."""

from __future__ import annotations

import logging

from klarna_console.store import factory


def test_a_team_connection_in_a_log_line_or_a_traceback_leaves_its_password_out(caplog):
    team = factory.TeamConnection("postgresql://console@db.example/team", "pw-123", "Anna", "desk-a")
    with caplog.at_level(logging.INFO):
        logging.getLogger("klarna_console.test").info("opening %s / %r", team, team)
    shown = caplog.text + repr(team) + str([team])
    assert "pw-123" not in shown, "the keyring's password never reaches a log or a traceback"
    assert "postgresql://console@db.example/team" in shown and "Anna" in shown, "the rest is there to go on"
