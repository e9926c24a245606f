"""Busiest hours, revenue per user, margins, current versions ended far ahead and things out on loan right now, on
two catalogs of their own (a snake_case tool-hire shop and a PascalCase community library)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.leftover_catalogs import community_library, tool_hire

hire = catalog_fixture(tool_hire)
library = catalog_fixture(community_library)


def test_a_type_2_dimension_ended_on_a_far_future_date_keeps_its_current_versions(hire: Db, library: Db) -> None:
    current = "valid_to = DATE '9999-12-31'"
    same(hire, "list all stores", f"SELECT store_name FROM dim_store WHERE {current}")
    same(hire, "how many stores are there", f"SELECT COUNT(*) FROM dim_store WHERE {current}")
    covers(hire, "average floor area by region",
           f"SELECT region, AVG(floor_area) FROM dim_store WHERE {current} GROUP BY 1")  # fmt: skip
    current = "\"EffectiveTo\" = DATE '9999-12-31'"
    same(library, "list all branches", f'SELECT "BranchName" FROM "BranchHistory" WHERE {current}')
    same(library, "total seats", f'SELECT SUM("Seats") FROM "BranchHistory" WHERE {current}')


def test_things_checked_out_right_now_are_the_rows_not_yet_returned(hire: Db, library: Db) -> None:
    same(hire, "how many loans are currently checked out", "SELECT COUNT(*) FROM tool_loans WHERE returned_at IS NULL")
    covers(
        hire,
        "which products are checked out right now",
        """SELECT DISTINCT p.product_name FROM tool_loans l JOIN products p USING (product_id)
        WHERE l.returned_at IS NULL""",
    )
    same(library, "how many loans are out at the moment", 'SELECT COUNT(*) FROM "Loans" WHERE "ReturnDate" IS NULL')
    covers(
        library,
        "loans on loan now by member",
        """SELECT m."MemberName", COUNT(*) FROM "Loans" l JOIN "Members" m USING ("MemberId")
        WHERE l."ReturnDate" IS NULL GROUP BY 1""",
    )
