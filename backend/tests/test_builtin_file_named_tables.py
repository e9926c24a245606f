"""One table named after the file it came from ("data", "Sheet1"): the noun a question calls its rows by names it.

"yachts ordered by asking price", "which yacht sells for the most", "top 3 yachts by length", "how many yachts were
built before 1990" (counted as yachts) read the unknown noun where the rows' noun stands as the table's rows; a plain
listing ("yachts built before 1990") keeps every column.
"""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, norm, same


def broker_file() -> duckdb.DuckDBPyConnection:
    """snake_case: a yacht broker's listings loaded as a table called data."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE data (listing_id INTEGER, marina VARCHAR, hull_length_m DOUBLE, asking_price INTEGER, "
        "built_year INTEGER)"
    )
    rows = [
        (i + 1, ["Kestrel Quay", "Port Anvil", "Saltmarsh"][i % 3], 6 + (i * 7) % 30 + i / 100, 20000 + (i * 7919) % 900000,
         1960 + (i * 11) % 63)
        for i in range(50)
    ]  # fmt: skip
    con.executemany("INSERT INTO data VALUES (?, ?, ?, ?, ?)", rows)
    return con


def sheet_export() -> duckdb.DuckDBPyConnection:
    """PascalCase: a spreadsheet of parcels exported as its first sheet."""
    con = duckdb.connect()
    con.execute("CREATE TABLE Sheet1 (ParcelNo INTEGER, Depot VARCHAR, WeightKg DOUBLE, PostageFee DOUBLE)")
    rows = [
        (100 + i, ["North", "South"][i % 2], 0.5 + (i * 37) % 400 / 10 + i / 1000, 3 + (i * 13) % 90) for i in range(40)
    ]
    con.executemany("INSERT INTO Sheet1 VALUES (?, ?, ?, ?)", rows)
    return con


broker = catalog_fixture(broker_file)
sheet = catalog_fixture(sheet_export)


def _in_order(db: Db, question: str, gold: str) -> None:
    d = answer(db, question)
    got = db[0].execute(d.sql).fetchall()
    want = [norm(r[0]) for r in db[0].execute(gold).fetchall()]
    assert len(got) == len(want), d.sql
    assert any([norm(r[k]) for r in got] == want for k in range(len(got[0]))), d.sql


def test_the_rows_noun_sorts_and_ranks(broker: Db, sheet: Db) -> None:
    _in_order(broker, "yachts ordered by asking price", "SELECT asking_price FROM data ORDER BY asking_price")
    covers(
        broker,
        "which yacht sells for the most",
        "SELECT listing_id, asking_price FROM data ORDER BY asking_price DESC LIMIT 1",
    )
    _in_order(sheet, "parcels sorted by weight descending", "SELECT WeightKg FROM Sheet1 ORDER BY WeightKg DESC")
    covers(
        sheet, "which parcel weighs the most", "SELECT ParcelNo, WeightKg FROM Sheet1 ORDER BY WeightKg DESC LIMIT 1"
    )


def test_the_rows_noun_names_a_count(broker: Db, sheet: Db) -> None:
    d = same(broker, "how many yachts were built before 1990", "SELECT COUNT(*) FROM data WHERE built_year < 1990")
    assert "yacht" in d.sql
    d = same(sheet, "how many parcels are heavier than 20 kg", "SELECT COUNT(*) FROM Sheet1 WHERE WeightKg > 20")
    assert "parcel" in d.sql


def test_a_plain_listing_keeps_every_column(broker: Db) -> None:
    d = answer(broker, "yachts built before 1990")
    assert len(broker[0].execute(d.sql).fetchall()[0]) == 5


def test_the_counted_noun_after_most_or_number_of_names_the_count(broker: Db, sheet: Db) -> None:
    """The noun counted after "the most", "number of" or "total number of" names the rows, not the file's name."""
    d = same(
        broker,
        "which marina has the most yachts",
        "SELECT marina, COUNT(*) FROM data GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )
    assert "yacht_count" in d.sql
    d = same(broker, "number of yachts by marina", "SELECT marina, COUNT(*) FROM data GROUP BY 1")
    assert "yacht_count" in d.sql
    d = same(sheet, "count of parcels per depot", "SELECT Depot, COUNT(*) FROM Sheet1 GROUP BY 1")
    assert "parcel_count" in d.sql
    d = same(sheet, "total number of parcels", "SELECT COUNT(*) FROM Sheet1")
    assert "parcel_count" in d.sql
