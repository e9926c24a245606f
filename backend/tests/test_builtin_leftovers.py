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


def test_the_peak_or_busiest_hour_is_the_hour_of_day_with_the_most_rows(hire: Db, library: Db) -> None:
    hour = "SELECT EXTRACT(HOUR FROM {c}), COUNT(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
    same(hire, "peak hour for orders", hour.format(c="ordered_at", t="orders"))
    same(hire, "what is the busiest hour for support tickets", hour.format(c="opened_at", t="support_tickets"))
    same(library, "peak hour for questions", hour.format(c='"PostedAt"', t='"Questions"'))
    same(library, "what is the peak hour for help requests", hour.format(c='"OpenedAt"', t='"HelpRequests"'))


def test_the_busiest_weekday_is_read_on_the_date_the_rows_are_named_after(hire: Db, library: Db) -> None:
    day = (
        "SELECT CAST(ISODOW({c}) AS TEXT) || ' ' || DAYNAME({c}), COUNT(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
    )
    covers(hire, "busiest day of the week for orders", day.format(c="ordered_at", t="orders"))
    covers(library, "which is the busiest day of the week for questions", day.format(c='"PostedAt"', t='"Questions"'))


def test_arpu_is_the_revenue_over_the_members_overall_and_each_month(hire: Db, library: Db) -> None:
    overall = "SELECT (SELECT SUM({m}) FROM {t}) / (SELECT COUNT(*) FROM {p})"
    d = same(hire, "ARPU", overall.format(m="total_amount", t="orders", p="customers"))
    assert any("average revenue per customer" in t for t in d.thoughts), d.thoughts
    same(hire, "average revenue per user", overall.format(m="total_amount", t="orders", p="customers"))
    same(library, "what is the arpu", overall.format(m='"Amount"', t='"FeePayments"', p='"Members"'))
    monthly = "SELECT DATE_TRUNC('month', {d}), SUM({m}) / COUNT(DISTINCT {k}) FROM {t} GROUP BY 1"
    covers(hire, "ARPU by month", monthly.format(d="ordered_at", m="total_amount", k="customer_id", t="orders"))
    covers(library, "ARPU by month", monthly.format(d='"PaidOn"', m='"Amount"', k='"MemberId"', t='"FeePayments"'))


def test_rows_ranked_by_a_computed_margin_are_each_rows_price_less_its_cost(hire: Db, library: Db) -> None:
    d = covers(hire, "products ranked by margin", "SELECT product_name, price - cost FROM products")
    assert "DESC" in d.sql, d.sql
    same(hire, "top 5 products by profit margin",
         "SELECT product_name, price - cost FROM products ORDER BY 2 DESC LIMIT 5")  # fmt: skip
    d = covers(hire, "products sorted by margin", "SELECT product_name, price - cost FROM products")
    assert "DESC" not in d.sql, d.sql
    top = 'SELECT "ItemTitle", "ListPrice" - "UnitCost" FROM "CatalogueItems" ORDER BY 2 {o} LIMIT {n}'
    same(library, "top 5 items by profit margin", top.format(o="DESC", n=5))
    same(library, "bottom 3 items by margin", top.format(o="", n=3))
    covers(library, "items ranked by margin", 'SELECT "ItemTitle", "ListPrice" - "UnitCost" FROM "CatalogueItems"')


def test_the_busiest_hour_asked_of_no_table_is_read_on_the_main_events(hire: Db, library: Db) -> None:
    hour = "SELECT EXTRACT(HOUR FROM {c}), COUNT(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
    same(hire, "busiest hour", hour.format(c="ordered_at", t="orders"))
    same(hire, "what hour of the day is busiest", hour.format(c="ordered_at", t="orders"))
    same(library, "what is the peak hour?", hour.format(c='"PostedAt"', t='"Questions"'))
    day = "SELECT CAST(ISODOW({c}) AS TEXT) || ' ' || DAYNAME({c}), COUNT(*) FROM {t} GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1"
    same(library, "busiest day of the week", day.format(c='"PaidOn"', t='"FeePayments"'))
