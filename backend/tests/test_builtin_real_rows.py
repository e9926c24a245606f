"""Test-mode and soft-deleted rows are no real ones: counts, sums and listings keep the live, undeleted rows, unless
the question asks for the test or deleted rows. On catalogs written for the test (`real_rows_catalogs.py`): a
snake_case pledge platform (`is_test`, `deleted_at`) and a PascalCase auction replicated by a loader (`IsDeleted`
'Y'/'N', `_relay_deleted`)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.real_rows_catalogs import auction_house, pledge_drive

pledges = catalog_fixture(pledge_drive)
auction = catalog_fixture(auction_house)


def test_counts_and_sums_leave_out_test_mode_and_deleted_rows(pledges: Db, auction: Db) -> None:
    same(pledges, "pledges per month",
         "SELECT date_trunc('month', pledged_at), count(*) FROM pledges WHERE NOT is_test GROUP BY 1")  # fmt: skip
    same(pledges, "total pledge amount by campaign",
         "SELECT campaign, sum(pledge_amount) FROM pledges WHERE NOT is_test GROUP BY 1")  # fmt: skip
    same(pledges, "how many donors joined each year",
         "SELECT date_trunc('year', joined_on), count(*) FROM donors WHERE deleted_at IS NULL GROUP BY 1")  # fmt: skip
    same(auction, "lots by genre",
         """SELECT "Genre", count(*) FROM "Lot" WHERE "IsDeleted" = 'N' GROUP BY 1""")  # fmt: skip
    same(auction, "average bid amount per month",
         """SELECT date_trunc('month', "PlacedAt"), avg("BidAmount") FROM "Bid" WHERE NOT "_relay_deleted" GROUP BY 1""")  # fmt: skip


def test_a_follow_up_keeps_the_real_rows(pledges: Db) -> None:
    first = answer(pledges, "pledges per month")
    d = answer(pledges, "only the spring campaign", previous=first)
    got = sorted(pledges[0].execute(d.sql).fetchall())
    want = sorted(
        pledges[0]
        .execute(
            "SELECT date_trunc('month', pledged_at), count(*) FROM pledges WHERE NOT is_test AND campaign = 'Spring' "
            "GROUP BY 1"
        )
        .fetchall()
    )
    assert got == want, d.sql


def test_a_question_about_the_test_or_deleted_rows_reads_them(pledges: Db, auction: Db) -> None:
    d = answer(pledges, "how many test pledges are there")
    assert pledges[0].execute(d.sql).fetchall() == [(2000 // 13,)], d.sql
    d = answer(auction, "how many deleted lots")
    assert auction[0].execute(d.sql).fetchall() == [(600 // 7,)], d.sql
