"""A clarification about a table with nothing to measure (a list of things) suggests measuring it through the
tables that point at its rows, and every suggestion is a question the analyst answers with a join."""

from __future__ import annotations

import datetime as dt
import random
import re

import duckdb
import pytest

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.suggest import suggestions
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db


def _depot() -> duckdb.DuckDBPyConnection:
    """Snake case with a prefix per table, declared keys: picks taken from racks."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute("CREATE TABLE rack(rack_id INTEGER PRIMARY KEY, rack_label VARCHAR, rack_zone VARCHAR)")
    con.executemany(
        "INSERT INTO rack VALUES (?, ?, ?)",
        [(i, f"R-{i:02d}", rnd.choice(["cold", "dry", "bulk"])) for i in range(1, 13)],
    )
    con.execute(
        "CREATE TABLE pick(pick_id INTEGER PRIMARY KEY, pick_rack_id INTEGER REFERENCES rack(rack_id), "
        "pick_dt DATE, pick_weight_kg DOUBLE)"
    )
    con.executemany(
        "INSERT INTO pick VALUES (?, ?, ?, ?)",
        [
            (i, rnd.randint(1, 12), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)), rnd.uniform(1, 40))
            for i in range(1, 401)
        ],
    )
    return con


def _studio() -> duckdb.DuckDBPyConnection:
    """camelCase, keys not declared: lessons given in rooms."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute('CREATE TABLE rooms("roomId" INTEGER, "roomName" VARCHAR, "floorLevel" VARCHAR)')
    con.executemany(
        "INSERT INTO rooms VALUES (?, ?, ?)",
        [(i, f"Room {chr(64 + i)}", rnd.choice(["ground", "upper"])) for i in range(1, 9)],
    )
    con.execute('CREATE TABLE lessons("lessonId" INTEGER, "roomId" INTEGER, "startsOn" DATE, "feeEur" DOUBLE)')
    con.executemany(
        "INSERT INTO lessons VALUES (?, ?, ?, ?)",
        [
            (i, rnd.randint(1, 8), dt.date(2024, 3, 1) + dt.timedelta(days=rnd.randrange(200)), rnd.uniform(20, 90))
            for i in range(1, 301)
        ],
    )
    return con


@pytest.fixture(
    scope="module", params=[("rack", "zone", _depot), ("rooms", "floor level", _studio)], ids=["depot", "studio"]
)
def listing(request: pytest.FixtureRequest) -> tuple[str, str, Db]:
    name, category, make = request.param
    con = make()
    return name, category, (con, build_catalog(con))


def test_a_list_of_things_is_measured_through_the_rows_that_point_at_it(listing: tuple[str, str, Db]) -> None:
    table, _, (con, catalog) = listing
    offered = suggestions(build_index(catalog), prefer=[table])
    assert 2 <= len(offered) <= 4, offered
    joined = 0
    for question in offered:
        d = understand(question, catalog)
        assert isinstance(d, QueryDecision), (question, d)
        assert con.execute(d.sql).fetchall(), (question, d.sql)
        joined += bool(re.search(r"\bJOIN\b", d.sql)) and bool(re.search(r"\b(SUM|AVG)\(", d.sql))
    assert joined >= 1, offered


def test_the_clarification_offers_them(listing: tuple[str, str, Db]) -> None:
    table, category, (_, catalog) = listing
    d = understand(f"average happiness of {table} by {category}", catalog)
    assert isinstance(d, Clarification), d
    assert any(s.startswith(("Total", "Average")) and s.endswith(category) for s in d.suggestions), d.suggestions
