"""Names squashed into one word with no separators, as legacy systems write them (`croptype`, `PARCELTYPE`), are read
back into words, on two catalogs written here: an orchard's harvest log in lower case (with a comment naming the
table's rows on its closing date, and `pickeramt` money) and a depot's parcel scans in upper case (with a key ending
in KEY and a weight whose comment names the rows)."""

from __future__ import annotations

from typing import Any

import duckdb
import pytest

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.agents.builtin.squashed import read_squashed
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def orchard() -> Db:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE harvestcrates(cratenum INTEGER, filleddate DATE, shippeddate DATE, croptype VARCHAR, "
        "pickername VARCHAR, pickeramt DECIMAL(8,2), basepay DECIMAL(8,2), orchardblock VARCHAR)"
    )
    con.execute("COMMENT ON COLUMN harvestcrates.shippeddate IS 'NULL while the crate is still in the orchard'")
    con.execute(
        """INSERT INTO harvestcrates SELECT i, DATE '2024-01-01' + CAST(i * 3 AS INTEGER),
        CASE WHEN i % 4 = 0 THEN NULL ELSE DATE '2024-01-01' + CAST(i * 3 + 40 AS INTEGER) END,
        ['Apple', 'Pear', 'Cherry', 'Plum'][1 + i % 4], ['Ana', 'Bo', 'Cy', 'Di', 'Ed'][1 + i % 5],
        10 + (i % 13) * 2.5, 5 + i % 3, ['North', 'South', 'East'][1 + i % 3] FROM range(240) t(i)"""
    )
    con.execute("CREATE TABLE pickers(pickername VARCHAR, crewlead VARCHAR, hourlyrate DECIMAL(6,2))")
    con.execute(
        "INSERT INTO pickers VALUES ('Ana', 'Max', 15), ('Bo', 'Max', 16), ('Cy', 'Liv', 15), ('Di', 'Liv', 17)"
    )
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def depot() -> Db:
    con = duckdb.connect()
    con.execute(
        'CREATE TABLE "PARCELSCANS"("SCANKEY" INTEGER, "SCANNEDTIME" TIMESTAMP, "DELIVEREDTIME" TIMESTAMP, '
        '"PARCELTYPE" VARCHAR, "DEPOTNAME" VARCHAR, "WEIGHTKG" DOUBLE, "POSTAGEAMT" DECIMAL(8,2), "ROUTECODE" VARCHAR)'
    )
    con.execute("""COMMENT ON COLUMN "PARCELSCANS"."DELIVEREDTIME" IS 'NULL until the parcel is delivered'""")
    con.execute(
        """INSERT INTO "PARCELSCANS" SELECT i, TIMESTAMP '2024-03-01' + i * INTERVAL 9 HOUR,
        CASE WHEN i % 5 = 0 THEN NULL ELSE TIMESTAMP '2024-03-01' + i * INTERVAL 9 HOUR + INTERVAL 30 DAY END,
        ['Letter', 'Box', 'Tube'][1 + i % 3], ['Harbor', 'Hill', 'Mill'][1 + (i // 3) % 3], 0.5 + i % 17,
        2 + (i % 11) * 0.75, ['R1', 'R2', 'R3', 'R4'][1 + i % 4] FROM range(300) t(i)"""
    )
    con.execute('CREATE TABLE "DEPOTS"("DEPOTNAME" VARCHAR, "DEPOTCITY" VARCHAR, "DOCKCOUNT" INTEGER)')
    con.execute("""INSERT INTO "DEPOTS" VALUES ('Harbor', 'Port', 4), ('Hill', 'Upton', 2), ('Mill', 'Weir', 3)""")
    return con, build_catalog(con)


def _rows(db: Db, question: str, gold: str) -> tuple[QueryDecision, list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    d = understand(question, db[1])
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    got = sorted(db[0].execute(d.sql).fetchall(), key=repr)
    return d, got, sorted(db[0].execute(gold).fetchall(), key=repr)


def test_squashed_names_are_read_as_words(orchard: Db, depot: Db) -> None:
    words = read_squashed(orchard[1])
    assert words["croptype"] == ("crop", "type")
    assert words["filleddate"] == ("filled", "date")
    assert words["harvestcrates"] == ("harvest", "crates")
    assert words["pickeramt"] == ("picker", "amt")
    assert "pickers" not in words  # a plain word stays whole
    upper = read_squashed(depot[1])
    assert upper["PARCELTYPE"] == ("parcel", "type")
    assert upper["SCANKEY"] == ("scan", "key")
    assert upper["POSTAGEAMT"] == ("postage", "amt")


def test_a_squashed_kind_column_is_grouped_by_its_words(orchard: Db, depot: Db) -> None:
    d, got, gold = _rows(
        orchard, "number of crates by crop type", "SELECT croptype, COUNT(*) FROM harvestcrates GROUP BY croptype"
    )
    assert got == gold and d.chart.chart_type in ("bar", "pie")
    _, got, gold = _rows(
        depot, "number of scans by parcel type", 'SELECT "PARCELTYPE", COUNT(*) FROM "PARCELSCANS" GROUP BY 1'
    )
    assert got == gold


def test_a_squashed_amount_is_named_by_its_first_word(orchard: Db, depot: Db) -> None:
    _, got, gold = _rows(
        orchard,
        "average picker amount by orchard block",
        "SELECT orchardblock, AVG(pickeramt) FROM harvestcrates GROUP BY orchardblock",
    )
    assert got == gold
    _, got, gold = _rows(
        depot, "total postage by depot name", 'SELECT "DEPOTNAME", SUM("POSTAGEAMT") FROM "PARCELSCANS" GROUP BY 1'
    )
    assert got == gold


def test_a_comment_naming_the_rows_does_not_pick_its_date(orchard: Db, depot: Db) -> None:
    # The closing date's comment speaks of "the crate": a trend of crates is by the date a bin is filled, its first event.
    d, got, gold = _rows(
        orchard,
        "how many crates per month",
        "SELECT CAST(DATE_TRUNC('month', filleddate) AS DATE), COUNT(*) FROM harvestcrates GROUP BY 1",
    )
    assert got == gold and "shippeddate" not in d.sql
    d, got, gold = _rows(
        depot,
        "parcels per month",
        """SELECT DATE_TRUNC('month', "SCANNEDTIME"), COUNT(*) FROM "PARCELSCANS" GROUP BY 1""",
    )
    assert got == gold and "DELIVEREDTIME" not in d.sql


def test_a_squashed_key_is_never_a_measure(orchard: Db, depot: Db) -> None:
    for db, key in ((orchard, "cratenum"), (depot, "SCANKEY")):
        d = understand("what can you tell me", db[1])
        assert isinstance(d, Clarification)
        assert not any(key.lower() in s.lower() for s in d.suggestions), d.suggestions


def test_output_names_and_titles_are_in_the_squashed_names_words(orchard: Db, depot: Db) -> None:
    d, got, gold = _rows(
        orchard, "number of crates by crop type", "SELECT croptype, COUNT(*) FROM harvestcrates GROUP BY croptype"
    )
    names = [c[0] for c in orchard[0].execute(d.sql).description]
    assert got == gold and names[0] == "crop_type" and d.title.endswith("by crop type")
    d, got, gold = _rows(
        depot, "average weight by parcel type", 'SELECT "PARCELTYPE", AVG("WEIGHTKG") FROM "PARCELSCANS" GROUP BY 1'
    )
    names = [c[0] for c in depot[0].execute(d.sql).description]
    assert got == gold and names[0] == "parcel_type" and "parceltype" not in d.title.lower()


def test_a_compound_word_split_is_no_label() -> None:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE vehicles(vehicleid INTEGER, vehicletype VARCHAR, mileage INTEGER, homedepot VARCHAR, "
        "fueltype VARCHAR, purchasedate DATE, listprice DECIMAL(9,2))"
    )
    con.execute(
        "INSERT INTO vehicles SELECT i, ['Van', 'Car'][1 + i % 2], 1000 * i, ['North', 'South'][1 + i % 2], "
        "['Diesel', 'Petrol'][1 + i % 2], DATE '2020-01-01' + CAST(i AS INTEGER), 9000 + i FROM range(40) t(i)"
    )
    db: Db = (con, build_catalog(con))
    d, got, gold = _rows(
        db, "average mileage by vehicle type", "SELECT vehicletype, AVG(mileage) FROM vehicles GROUP BY 1"
    )
    names = [c[0] for c in con.execute(d.sql).description]
    assert got == gold and names[0] == "vehicle_type" and "mile age" not in d.title.lower()
