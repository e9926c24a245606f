"""A day of the week named as a condition ("saturday visits by hour", "sales on fridays and saturdays"): the rows whose
date falls on those days, by the date's ISO day number; a catalog that stores the day's name as a value keeps its own
value. On two catalogs written here: a snake_case climbing-gym door log and a PascalCase farm-stand till with a
stored market-day column."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def door_log() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE wall_visits(id INTEGER PRIMARY KEY, entered_at TIMESTAMP, climbers INTEGER)")
    con.execute(
        """INSERT INTO wall_visits SELECT i, TIMESTAMP '2024-01-01 06:00:00' + INTERVAL (i * 37 % 8000) HOUR,
        1 + i % 4 FROM range(1, 2001) t(i)"""
    )
    return con


def farm_stand() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "StandSales"("SaleId" INTEGER PRIMARY KEY, "SoldAt" TIMESTAMP, "Crates" INTEGER,
        "MarketDay" VARCHAR)"""
    )
    con.execute(
        """INSERT INTO "StandSales" SELECT i, TIMESTAMP '2024-04-01 07:00:00' + INTERVAL (i * 29 % 4000) HOUR,
        1 + i % 5, ['Saturday', 'Wednesday'][1 + i % 2] FROM range(1, 1201) t(i)"""
    )
    return con


gym = catalog_fixture(door_log)
stand = catalog_fixture(farm_stand)


def test_a_named_day_keeps_its_rows(gym: Db, stand: Db) -> None:
    d = same(
        gym,
        "saturday visits by hour",
        """SELECT hour(entered_at), count(*) FROM wall_visits WHERE dayname(entered_at) = 'Saturday' GROUP BY 1""",
    )
    assert "ISODOW" in d.sql.upper()
    same(
        gym,
        "total climbers on fridays and saturdays by month",
        """SELECT date_trunc('month', entered_at), sum(climbers) FROM wall_visits
        WHERE dayname(entered_at) IN ('Friday', 'Saturday') GROUP BY 1""",
    )
    same(
        stand,
        "total crates sold on sundays by month",
        """SELECT date_trunc('month', "SoldAt"), sum("Crates") FROM "StandSales" WHERE dayname("SoldAt") = 'Sunday'
        GROUP BY 1""",
    )


def test_a_stored_day_name_stays_a_value(stand: Db) -> None:
    same(
        stand,
        "total crates on saturday by month",
        """SELECT date_trunc('month', "SoldAt"), sum("Crates") FROM "StandSales" WHERE "MarketDay" = 'Saturday'
        GROUP BY 1""",
    )
