"""Names of uploaded tables as people write them: a column name of two words written as one in the question
("offpeak", "overstay") names that column (upload_catalogs.py)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.upload_catalogs import gym_members, parking_tickets

gym = catalog_fixture(gym_members)
tickets = catalog_fixture(parking_tickets)


def test_a_two_word_name_written_as_one_word(gym: Db, tickets: Db) -> None:
    covers(gym, "how many offpeak members", """SELECT COUNT(*) FROM "GymMembers" WHERE "OffPeak" = 'Yes'""")
    same(
        tickets,
        "percentage of tickets for an overstay",
        "SELECT 100.0 * AVG(CASE WHEN over_stay = 'Y' THEN 1 ELSE 0 END) FROM parking_tickets",
    )
