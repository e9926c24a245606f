"""A date column's words that ask for no time axis: its verb naming the kind of the thing after it ("for each booking
channel") and position words ("most first") that happen to be words of a date's name. Two catalogs written here: a
holiday-cottage rental desk (snake_case, DATE columns) and a parcel courier (PascalCase tables, camelCase columns,
TIMESTAMP columns)."""

from __future__ import annotations

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, same


@pytest.fixture(scope="module")
def cottages() -> Db:
    con = duckdb.connect()
    con.execute("CREATE TABLE channel(channel_id INTEGER PRIMARY KEY, channel_name VARCHAR)")
    con.execute("INSERT INTO channel VALUES (1, 'Phone'), (2, 'Website'), (3, 'Agency')")
    con.execute(
        "CREATE TABLE guest(guest_id INTEGER PRIMARY KEY, guest_name VARCHAR, home_region VARCHAR, "
        "first_visit_date DATE)"
    )
    con.execute(
        """INSERT INTO guest SELECT i, 'Guest ' || i, CASE WHEN i % 3 = 0 THEN 'Coast' WHEN i % 3 = 1 THEN 'Hills'
        ELSE 'Lakes' END, DATE '2020-01-01' + CAST(i * 7 AS INTEGER) FROM range(1, 200) t(i)"""
    )
    con.execute(
        "CREATE TABLE rental(rental_id INTEGER PRIMARY KEY, guest_id INTEGER REFERENCES guest(guest_id), "
        "channel_id INTEGER REFERENCES channel(channel_id), booking_date DATE, nights INTEGER, rent_amount DOUBLE)"
    )
    con.execute(
        """INSERT INTO rental SELECT i, 1 + i % 199, 1 + (i * 7) % 3, DATE '2022-01-01' + CAST(i % 900 AS INTEGER),
        1 + i % 9, 80 + (i * 37) % 400 FROM range(1, 1500) t(i)"""
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def courier() -> Db:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Carriers"("carrierId" INTEGER PRIMARY KEY, "carrierName" VARCHAR)')
    con.execute("""INSERT INTO "Carriers" VALUES (1, 'Swift'), (2, 'Atlas'), (3, 'Heron'), (4, 'Otter')""")
    con.execute(
        'CREATE TABLE "Parcels"("parcelId" INTEGER PRIMARY KEY, "carrierId" INTEGER REFERENCES "Carriers"("carrierId"), '
        '"shippedAt" TIMESTAMP, "weightKg" DOUBLE, "zone" VARCHAR)'
    )
    con.execute(
        """INSERT INTO "Parcels" SELECT i, 1 + i % 4, TIMESTAMP '2023-01-01 08:00' + i * INTERVAL 5 HOUR,
        0.5 + (i * 13) % 40, CASE WHEN i % 2 = 0 THEN 'North' ELSE 'South' END FROM range(1, 3000) t(i)"""
    )
    return con, build_catalog(con)


def test_a_date_verb_before_a_table_names_a_kind_not_a_time_axis(cottages: Db, courier: Db) -> None:
    same(cottages, "for each booking channel the number of rentals and the total rent amount",
         """SELECT c.channel_name, count(*), sum(r.rent_amount) FROM rental r JOIN channel c USING (channel_id)
         GROUP BY 1""")  # fmt: skip
    same(courier, "average weight per shipping carrier",
         """SELECT c."carrierName", avg(p."weightKg") FROM "Parcels" p JOIN "Carriers" c USING ("carrierId")
         GROUP BY 1""")  # fmt: skip


def test_position_words_order_the_answer_and_group_nothing(cottages: Db) -> None:
    d = same(cottages, "guests by home region, most first",
             "SELECT home_region, count(*) FROM guest GROUP BY 1")  # fmt: skip
    assert not any(x.bucket for x in d.plan.dimensions)


def test_the_date_itself_still_makes_the_axis(cottages: Db, courier: Db) -> None:
    same(cottages, "rentals by booking date month",
         "SELECT date_trunc('month', booking_date), count(*) FROM rental GROUP BY 1")  # fmt: skip
    same(courier, "parcels shipped per month by zone",
         """SELECT date_trunc('month', "shippedAt"), zone, count(*) FROM "Parcels" GROUP BY 1, 2""")  # fmt: skip
