"""Two small catalogs of people and things, shaped unlike each other: a snake_case ship's crew with cargo crates, and
a PascalCase athletics register with cottages for sale. Used by the tests of sorted listings, verbs that name a
measure, and bare numbers compared with people."""

from __future__ import annotations

import duckdb


def ship_crew() -> duckdb.DuckDBPyConnection:
    """snake_case: deckhands with a name, age, vessel, monthly wage and years at sea; cargo crates with a weight."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE deckhands (deckhand_id INTEGER PRIMARY KEY, full_name VARCHAR, age INTEGER, vessel VARCHAR, "
        "monthly_wage DECIMAL(9, 2), years_at_sea INTEGER)"
    )
    vessels = ["Albatross", "Kestrel", "Gannet"]
    crew = [
        (i + 1, f"Hand {chr(65 + i % 26)}{i}", 19 + (i * 17) % 46, vessels[i % 3], 2100 + (i * 389) % 3900 + i / 10,
         (i * 7) % 31)
        for i in range(40)
    ]  # fmt: skip
    con.executemany("INSERT INTO deckhands VALUES (?, ?, ?, ?, ?, ?)", crew)
    con.execute(
        "CREATE TABLE cargo_crates (crate_id INTEGER PRIMARY KEY, contents VARCHAR, weight_kg DOUBLE, "
        "declared_value DECIMAL(10, 2))"
    )
    crates = [
        (i + 1, ["tea", "rope", "tin", "salt"][i % 4], 40 + (i * 53) % 400 + i / 100, 100 + (i * 211) % 5000)
        for i in range(30)
    ]
    con.executemany("INSERT INTO cargo_crates VALUES (?, ?, ?, ?)", crates)
    return con


def athletics_register() -> duckdb.DuckDBPyConnection:
    """PascalCase: athletes told apart by their number (no name column), with club, age, prize money and weight;
    cottages for sale with village, asking price, floor area, year built and bedrooms."""
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE Athletes (AthleteId INTEGER PRIMARY KEY, Club VARCHAR, Age INTEGER, PrizeMoney INTEGER, "
        "WeightKg DOUBLE)"
    )
    clubs = ["Harriers", "Striders", "Pacers", "Flyers"]
    athletes = [
        (300 + i, clubs[i % 4], 16 + (i * 13) % 25, 500 + (i * 7717) % 60000, 48 + (i * 29) % 50 + i / 1000)
        for i in range(60)
    ]
    con.executemany("INSERT INTO Athletes VALUES (?, ?, ?, ?, ?)", athletes)
    con.execute(
        "CREATE TABLE Cottages (CottageId INTEGER PRIMARY KEY, Village VARCHAR, AskingPrice INTEGER, "
        "FloorArea INTEGER, YearBuilt INTEGER, Bedrooms INTEGER)"
    )
    villages = ["Upper Wold", "Nether Cray", "Fenby"]
    cottages = [
        (i + 1, villages[i % 3], 150000 + (i * 37337) % 400000, 60 + (i * 11) % 140, 1850 + (i * 7) % 170, 1 + i % 5)
        for i in range(45)
    ]
    con.executemany("INSERT INTO Cottages VALUES (?, ?, ?, ?, ?, ?)", cottages)
    return con
