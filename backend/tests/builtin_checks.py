"""What the built-in analyst's tests on catalogs other than the demo share: its decision, guarded, and its rows."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import permutations
from typing import Any

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.core.sql_guard import guard_sql
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


def catalog_fixture(make: Callable[[], duckdb.DuckDBPyConnection]) -> Any:
    """A module-scoped fixture of the catalog `make` builds: its connection and the catalog read from it, once per
    module (`bikes = catalog_fixture(bike_share)` names the fixture `bikes`)."""

    @pytest.fixture(scope="module")
    def opened() -> Db:
        con = make()
        return con, build_catalog(con)

    return opened


def norm(v: Any) -> Any:
    """A value as compared: numbers to 2 decimals, a timestamp at midnight as its date."""
    if isinstance(v, float) or type(v).__name__ == "Decimal":
        return round(float(v), 2)
    if isinstance(v, dt.datetime):
        return v.date() if v.time() == dt.time(0) else v
    return v


def rows(con: duckdb.DuckDBPyConnection, sql: str) -> list[tuple[Any, ...]]:
    """The query's rows, normalised and sorted (order is not compared)."""
    return sorted((tuple(norm(v) for v in r) for r in con.execute(sql).fetchall()), key=repr)


def answer(db: Db, question: str, previous: QueryDecision | None = None) -> QueryDecision:
    """The analyst's decision, which must be a query its own guard accepts."""
    d = understand(question, db[1], previous=previous)
    assert isinstance(d, QueryDecision), f"{question!r} → {d}"
    guard_sql(d.sql, allowed_tables=[t.name for t in db[1].tables])
    return d


def same(db: Db, question: str, gold: str) -> QueryDecision:
    """The answer's rows are the gold SQL's rows (any order)."""
    d = answer(db, question)
    assert rows(db[0], d.sql) == rows(db[0], gold), d.sql
    return d


def covers(db: Db, question: str, gold: str) -> QueryDecision:
    """The gold columns are among the answer's with the same rows (extra answer columns, such as a change series or a
    share riding along, are allowed)."""
    d = answer(db, question)
    got = db[0].execute(d.sql).fetchall()
    want = rows(db[0], gold)
    width = len(want[0]) if want else 0
    for combo in permutations(range(len(got[0]) if got else 0), width):
        if sorted((tuple(norm(r[c]) for c in combo) for r in got), key=repr) == want:
            return d
    raise AssertionError(f"{question!r}: {d.sql}\nanswer {got[:3]}…\ngold {want[:3]}…")
