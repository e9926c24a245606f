"""The demo catalog build: tables, normalised names, source quirks, keys, generated sales, determinism."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from scripts.build_demo_data import DEFAULT_OUTPUT, SOURCES, build, normalise

REGIONS = {"North America", "Europe", "Asia Pacific", "Latin America"}


@pytest.fixture(scope="module")
def demo() -> Iterator[duckdb.DuckDBPyConnection]:
    """The real demo database, built first if missing or stale, opened read-only."""
    build(DEFAULT_OUTPUT)
    conn = duckdb.connect(str(DEFAULT_OUTPUT), read_only=True)
    yield conn
    conn.close()


def column_types(conn: duckdb.DuckDBPyConnection, table: str) -> dict[str, str]:
    """Column name -> DuckDB type name of one table."""
    rows = conn.execute(
        "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = ? ORDER BY column_index", [table]
    ).fetchall()
    return {str(name): str(kind) for name, kind in rows}


def scalar(conn: duckdb.DuckDBPyConnection, sql: str) -> object:
    """First value of the first row of a query."""
    row = conn.execute(sql).fetchone()
    assert row is not None
    return row[0]


def test_catalog_holds_exactly_the_demo_tables_and_nothing_else(demo: duckdb.DuckDBPyConnection) -> None:
    tables = {str(r[0]) for r in demo.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert tables == {*SOURCES, "products", "sales"}
    assert demo.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall() == []


def test_normalise_turns_runs_of_other_characters_into_one_underscore() -> None:
    assert normalise("Beak Length (mm)") == "beak_length_mm"
    assert normalise("Cost Total $") == "cost_total"
    assert normalise("Miles_per_Gallon") == "miles_per_gallon"


def test_every_column_name_is_normalised(demo: duckdb.DuckDBPyConnection) -> None:
    names = [str(r[0]) for r in demo.execute("SELECT column_name FROM duckdb_columns() WHERE NOT internal").fetchall()]
    assert all(re.fullmatch(r"[a-z0-9]+(_[a-z0-9]+)*", n) for n in names), names
    assert list(column_types(demo, "penguins"))[2:6] == [
        "beak_length_mm",
        "beak_depth_mm",
        "flipper_length_mm",
        "body_mass_g",
    ]
    assert "cost_total" in column_types(demo, "birdstrikes")
    assert "adjusted_co2" in column_types(demo, "co2_concentration")


@pytest.mark.parametrize("table", ["stocks", "sp500"])
def test_month_day_year_text_becomes_date(demo: duckdb.DuckDBPyConnection, table: str) -> None:
    assert column_types(demo, table)["date"] == "DATE"
    assert scalar(demo, f"SELECT count(*) FROM {table} WHERE date IS NULL") == 0
    assert demo.execute(f"SELECT min(date), max(date) FROM {table}").fetchone() == (
        dt.date(2000, 1, 1),
        dt.date(2010, 3, 1),
    )


def test_movie_release_dates_with_two_digit_year_errors_move_back_a_century(demo: duckdb.DuckDBPyConnection) -> None:
    assert column_types(demo, "movies")["release_date"] == "DATE"
    assert scalar(demo, "SELECT count(*) FROM movies WHERE release_date IS NULL") == 0
    assert scalar(demo, "SELECT max(release_date) FROM movies") == dt.date(2011, 12, 23)
    released = dict(demo.execute("SELECT title, release_date FROM movies WHERE year(release_date) < 1950").fetchall())
    assert released["Gone with the Wind"] == dt.date(1939, 12, 15)
    assert released["The Birth of a Nation"] == dt.date(1915, 2, 8)
    assert released["Duel in the Sun"] == dt.date(1946, 12, 31)
    # the two films genuinely released in 2011 keep their dates
    late = demo.execute("SELECT title FROM movies WHERE year(release_date) = 2011 ORDER BY title").fetchall()
    assert late == [("Restless",), ("The Adventures of Tintin: Secret of the Unicorn",)]


def test_movie_titles_are_plain_text_even_when_numeric(demo: duckdb.DuckDBPyConnection) -> None:
    assert column_types(demo, "movies")["title"] == "VARCHAR"
    assert scalar(demo, "SELECT count(*) FROM movies WHERE title IN ('1776', '300', '9', 'Inception')") == 4
    assert scalar(demo, "SELECT count(*) FROM movies WHERE title LIKE '\"%'") == 0


def test_penguin_sex_dot_becomes_null(demo: duckdb.DuckDBPyConnection) -> None:
    values = dict(demo.execute("SELECT sex, count(*) FROM penguins GROUP BY sex").fetchall())
    assert values == {"MALE": 168, "FEMALE": 165, None: 11}


def test_reader_detected_types_are_kept(demo: duckdb.DuckDBPyConnection) -> None:
    assert column_types(demo, "cars")["year"] == "DATE"
    assert column_types(demo, "iowa_electricity")["year"] == "DATE"
    assert column_types(demo, "us_employment")["month"] == "DATE"
    assert column_types(demo, "flights")["date"] == "TIMESTAMP"
    assert scalar(demo, "SELECT count(*) FROM flights") == 3_000_000
    assert scalar(demo, "SELECT count(DISTINCT location) FROM weather") == 2


def test_sales_foreign_key_to_products_is_visible_in_duckdb_constraints(demo: duckdb.DuckDBPyConnection) -> None:
    fks = demo.execute(
        "SELECT table_name, constraint_column_names, referenced_table, referenced_column_names "
        "FROM duckdb_constraints() WHERE constraint_type = 'FOREIGN KEY'"
    ).fetchall()
    assert fks == [("sales", ["product_id"], "products", ["id"])]


def test_products_are_forty_in_five_categories(demo: duckdb.DuckDBPyConnection) -> None:
    assert column_types(demo, "products") == {"id": "INTEGER", "name": "VARCHAR", "category": "VARCHAR"}
    assert demo.execute("SELECT count(*), count(DISTINCT category), count(DISTINCT name) FROM products").fetchone() == (
        40,
        5,
        40,
    )


def test_sales_look_like_seasonal_growing_business_data(demo: duckdb.DuckDBPyConnection) -> None:
    assert column_types(demo, "sales")["amount"] == "DECIMAL(12,2)"
    assert demo.execute("SELECT count(*), min(date), max(date) FROM sales").fetchone() == (
        50_000,
        dt.date(2023, 1, 1),
        dt.date(2025, 12, 31),
    )
    shares = dict(demo.execute("SELECT region, count(*) FROM sales GROUP BY region").fetchall())
    assert set(shares) == REGIONS
    assert len(set(shares.values())) == 4 and max(shares.values()) > 3 * min(shares.values())
    yearly = [r[1] for r in demo.execute("SELECT year(date), sum(amount) FROM sales GROUP BY 1 ORDER BY 1").fetchall()]
    assert yearly[0] < yearly[1] < yearly[2]
    quarters = demo.execute(
        "SELECT year(date), sum(amount) FILTER (quarter(date) = 1), sum(amount) FILTER (quarter(date) = 4) "
        "FROM sales GROUP BY 1"
    ).fetchall()
    assert all(q4 > q1 * Decimal("1.3") for _, q1, q4 in quarters)
    assert scalar(demo, "SELECT count(*) FROM sales s ANTI JOIN products p ON p.id = s.product_id") == 0


def test_build_is_deterministic_and_skips_work_when_up_to_date(tmp_path: Path) -> None:
    aggregates = "SELECT count(*), sum(amount), sum(quantity), sum(hash(date, region, product_id)) FROM sales"
    results = []
    for name in ("a.duckdb", "b.duckdb"):
        out = tmp_path / name
        counts = build(out, skip_flights=True)
        assert counts is not None and "flights" not in counts and counts["sales"] == 50_000
        assert build(out, skip_flights=True) is None
        with duckdb.connect(str(out), read_only=True) as conn:
            results.append(conn.execute(aggregates).fetchall())
    assert results[0] == results[1]
    names = ["a.duckdb", "a.duckdb.stamp", "a.synonyms.json", "b.duckdb", "b.duckdb.stamp", "b.synonyms.json"]
    assert sorted(p.name for p in tmp_path.iterdir()) == names
    assert (tmp_path / "a.synonyms.json").read_text() == (tmp_path / "b.synonyms.json").read_text()
