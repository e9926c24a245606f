""" "signal failures by month", "how many network disconnections were there": a value of several words whose last
word the question writes longer ('Signal Fail', 'Network Disconnect') is that value, not a column sharing a word
(`longer_value_catalogs.py`: a snake_case tram operator and a camelCase office help desk)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.longer_value_catalogs import office_helpdesk, tram_incidents

trams = catalog_fixture(tram_incidents)
desk = catalog_fixture(office_helpdesk)


def test_signal_failures_are_the_signal_fail_incidents(trams: Db) -> None:
    same(
        trams,
        "signal failures by month",
        "SELECT DATE_TRUNC('month', reported_at), COUNT(*) FROM incidents WHERE incident_kind = 'Signal Fail' "
        "GROUP BY 1",
    )
    same(
        trams,
        "how many track obstructions were reported on each line?",
        "SELECT line_name, COUNT(*) FROM incidents WHERE incident_kind = 'Track Obstruct' GROUP BY 1",
    )


def test_network_disconnections_are_the_network_disconnect_tickets(desk: Db) -> None:
    same(
        desk,
        "how many network disconnections were there in May 2024",
        'SELECT COUNT(*) FROM "supportTickets" WHERE "ticketCategory" = \'Network Disconnect\' '
        "AND \"openedAt\" >= DATE '2024-05-01' AND \"openedAt\" < DATE '2024-06-01'",
    )
