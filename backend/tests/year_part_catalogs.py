"""Two single tables that date their rows by whole-number year and month columns instead of a date, as uploaded
spreadsheets often do: house sales named in camel case with abbreviations (YearBuilt, YrSold, MoSold) and trail
permits in snake case (year_issued, month_issued, park_opened_year)."""

from __future__ import annotations

import random

import duckdb


def house_sales() -> duckdb.DuckDBPyConnection:
    """Sales of houses: when each was built and remodelled, the year and month of the sale, and its price."""
    rng = random.Random(11)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE house_sales (Id INTEGER, Neighborhood VARCHAR, HouseStyle VARCHAR, YearBuilt INTEGER, "
        "YearRemodAdd INTEGER, GrLivArea INTEGER, MoSold INTEGER, YrSold INTEGER, SalePrice INTEGER)"
    )
    rows = []
    for i in range(1, 401):
        built = rng.randint(1920, 2009)
        area = rng.randint(700, 3500)
        rows.append(
            (
                i,
                rng.choice(["Ridgeview", "Old Mill", "Lakeside", "Northgate"]),
                rng.choice(["1Story", "2Story", "SplitLevel"]),
                built,
                max(built, rng.randint(1960, 2010)),
                area,
                rng.randint(1, 12),
                rng.randint(2006, 2010),
                40000 + area * 55 + (built - 1900) * 300 + rng.randint(-15000, 15000),
            )
        )
    con.executemany("INSERT INTO house_sales VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def trail_permits() -> duckdb.DuckDBPyConnection:
    """Backcountry permits: the park zone, the party, the fee, and the year and month the permit was issued."""
    rng = random.Random(5)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE trail_permits (permit_no VARCHAR, park_zone VARCHAR, party_size INTEGER, fee_paid DOUBLE, "
        "year_issued INTEGER, month_issued INTEGER, park_opened_year INTEGER)"
    )
    opened = {"Granite Basin": 1968, "Cedar Flats": 1979, "Echo Ridge": 1994}
    rows = []
    for i in range(1, 501):
        zone = rng.choice(sorted(opened))
        party = rng.randint(1, 8)
        rows.append(
            (
                f"P-{i:05d}",
                zone,
                party,
                round(12.0 + 4.5 * party, 2),
                rng.randint(2016, 2024),
                rng.randint(1, 12),
                opened[zone],
            )
        )
    con.executemany("INSERT INTO trail_permits VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    return con
