"""A code whose comment explains it with a phrase holding a small word ("R = rejected on review", "T = returned to
sender") is found from the phrase written whole, on two catalogs written here: a snake_case claims desk and a
PascalCase mail room."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def _claims() -> duckdb.DuckDBPyConnection:
    """Insurance claims with a coded outcome."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute("CREATE TABLE claims(claim_id INTEGER, lodged_on DATE, outcome_cd VARCHAR, claimed_amt DECIMAL(9,2))")
    con.execute("COMMENT ON COLUMN claims.outcome_cd IS 'P = paid in full, R = rejected on review, W = withdrawn'")
    con.executemany(
        "INSERT INTO claims VALUES (?, DATE '2024-01-01' + CAST(? AS INTEGER), ?, ?)",
        [(i, rnd.randrange(365), rnd.choice("PPPRW"), round(rnd.uniform(100, 9000), 2)) for i in range(300)],
    )
    return con


def _mail_room() -> duckdb.DuckDBPyConnection:
    """Parcels with a coded status and a depot."""
    con = duckdb.connect()
    rnd = random.Random(72)
    con.execute('CREATE TABLE "Parcels"("ParcelId" INTEGER, "Depot" VARCHAR, "StatusCode" VARCHAR, "WeightKg" DOUBLE)')
    con.execute(
        'COMMENT ON COLUMN "Parcels"."StatusCode" IS \'D = delivered, T = returned to sender, L = lost in transit\''
    )
    con.executemany(
        'INSERT INTO "Parcels" VALUES (?, ?, ?, ?)',
        [
            (i, rnd.choice(["Leeds", "Hull", "York"]), rnd.choice("DDDDTL"), round(rnd.uniform(0.2, 20), 1))
            for i in range(400)
        ],
    )
    return con


claims = catalog_fixture(_claims)
mail_room = catalog_fixture(_mail_room)


def test_a_code_is_found_from_its_meaning_written_whole(claims: Db, mail_room: Db) -> None:
    same(
        claims,
        "how many claims were rejected on review?",
        "SELECT COUNT(*) FROM claims WHERE outcome_cd = 'R'",
    )
    same(
        claims,
        "total claimed amount of claims paid in full",
        "SELECT SUM(claimed_amt) FROM claims WHERE outcome_cd = 'P'",
    )
    same(
        mail_room,
        "parcels returned to sender by depot",
        'SELECT "Depot", COUNT(*) FROM "Parcels" WHERE "StatusCode" = \'T\' GROUP BY "Depot"',
    )
    same(
        mail_room,
        "how many parcels were lost in transit",
        'SELECT COUNT(*) FROM "Parcels" WHERE "StatusCode" = \'L\'',
    )
