"""Parts of money kept in their own columns: a comment that says a column's figure is "before the tip" or "plus tax"
names the tip or the tax as a part the column leaves out or adds, not as a second name of it, when another column of
the table holds that part, so "tips" finds the tip column; and money columns named alike keep their money alike, so
an uncommented whole-number column whose name ends as a sibling's commented "in cents" is read in cents too. On two
catalogs written here: a snake_case food-truck till and a PascalCase rickshaw-ride log."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def food_truck() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE truck_sales(id INTEGER PRIMARY KEY, sold_at TIMESTAMP, charged_money_amount BIGINT,
        tip_money_amount BIGINT, tax_money_amount BIGINT, spot VARCHAR)"""
    )
    con.execute("COMMENT ON COLUMN truck_sales.charged_money_amount IS 'amount charged before the tip, in cents'")
    con.execute("COMMENT ON COLUMN truck_sales.tip_money_amount IS 'tip in cents'")
    con.execute(
        """INSERT INTO truck_sales SELECT i, TIMESTAMP '2024-01-01 11:00:00' + INTERVAL (i * 3 % 360) DAY,
        800 + i * 41 % 2500, i * 17 % 400, 60 + i * 7 % 200, ['Pier', 'Park', 'Campus'][1 + i % 3]
        FROM range(1, 901) t(i)"""
    )
    return con


def rickshaw_rides() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Rides"("RideId" INTEGER PRIMARY KEY, "StartedAt" TIMESTAMP, "FareMoneyAmount" INTEGER,
        "GratuityMoneyAmount" INTEGER, "TollMoneyAmount" INTEGER, "Rider" VARCHAR)"""
    )
    con.execute("""COMMENT ON COLUMN "Rides"."FareMoneyAmount" IS 'fare paid, plus gratuity and toll, in cents'""")
    con.execute("""COMMENT ON COLUMN "Rides"."GratuityMoneyAmount" IS 'gratuity in cents'""")
    con.execute(
        """INSERT INTO "Rides" SELECT i, TIMESTAMP '2024-05-01 08:00:00' + INTERVAL (i % 120) DAY,
        1500 + i * 29 % 3000, i * 11 % 500, i * 5 % 300, ['Ana', 'Bo', 'Cy'][1 + i % 3] FROM range(1, 601) t(i)"""
    )
    return con


truck = catalog_fixture(food_truck)
rides = catalog_fixture(rickshaw_rides)


def test_a_part_a_comment_leaves_out_is_its_own_column(truck: Db, rides: Db) -> None:
    same(
        truck,
        "total tips by month",
        "SELECT date_trunc('month', sold_at), sum(tip_money_amount) / 100.0 FROM truck_sales GROUP BY 1",
    )
    same(
        rides,
        "total gratuity by rider",
        """SELECT "Rider", sum("GratuityMoneyAmount") / 100.0 FROM "Rides" GROUP BY 1""",
    )


def test_money_named_like_a_column_in_cents_is_in_cents(truck: Db, rides: Db) -> None:
    same(truck, "total tax by spot", "SELECT spot, sum(tax_money_amount) / 100.0 FROM truck_sales GROUP BY 1")
    same(rides, "total toll by rider", """SELECT "Rider", sum("TollMoneyAmount") / 100.0 FROM "Rides" GROUP BY 1""")
