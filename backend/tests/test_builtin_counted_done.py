"""What was done to the rows counted: "how many claims did we process in 2024" counts the claims; the verb after the
doer says what happened to them, so a money column whose comment alone shares the verb (a fee for processing, a
charge for handling) is not added up instead. On two catalogs written here: a clinic's insurance claims (snake_case,
cents) and a PascalCase parcel depot (decimal money)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def clinic_claims() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE clinic_claims(id INTEGER PRIMARY KEY, submitted_at TIMESTAMP, payer VARCHAR,
        billed_cents BIGINT, clearing_fee_cents BIGINT)"""
    )
    con.execute(
        "COMMENT ON COLUMN clinic_claims.clearing_fee_cents IS 'fee the clearing house charged for processing the claim'"
    )
    con.execute(
        """INSERT INTO clinic_claims SELECT i, TIMESTAMP '2023-06-01 09:00:00' + INTERVAL (i * 3 % 700) DAY,
        ['Northcare', 'Unity Health', 'Medisure'][1 + i % 3], 5000 + i * 91 % 30000, 35 + i % 20
        FROM range(1, 1201) t(i)"""
    )
    return con


def parcel_depot() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "Shipments"("ShipmentId" INTEGER PRIMARY KEY, "ShippedAt" TIMESTAMP, "Carrier" VARCHAR,
        "DepotCharge" DECIMAL(8, 2))"""
    )
    con.execute("""COMMENT ON COLUMN "Shipments"."DepotCharge" IS 'what the depot billed for handling the parcel'""")
    con.execute(
        """INSERT INTO "Shipments" SELECT i, TIMESTAMP '2024-01-02 07:00:00' + INTERVAL (i * 5 % 3000) HOUR,
        ['Swiftline', 'Parcelo'][1 + i % 2], 2.5 + (i % 9) / 2.0 FROM range(1, 801) t(i)"""
    )
    return con


claims = catalog_fixture(clinic_claims)
depot = catalog_fixture(parcel_depot)


def test_the_verb_done_to_the_counted_rows_counts_them(claims: Db, depot: Db) -> None:
    same(
        claims,
        "how many claims did we process in 2024",
        "SELECT count(*) FROM clinic_claims WHERE year(submitted_at) = 2024",
    )
    same(
        depot,
        "how many shipments did we handle per carrier",
        """SELECT "Carrier", count(*) FROM "Shipments" GROUP BY 1""",
    )


def test_a_money_word_said_still_adds_up_the_money(claims: Db) -> None:
    same(
        claims,
        "total clearing fee by payer",
        "SELECT payer, sum(clearing_fee_cents) / 100.0 FROM clinic_claims GROUP BY 1",
    )
