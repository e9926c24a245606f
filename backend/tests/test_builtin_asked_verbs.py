"""A verb asked after its subject ("how many complaints did each agent triage?", "has each worker inspected") names
the step whose person key groups the rows; it asks for no time axis. A follow-up naming another step ("and how many
did each one close?") joins along that step's key. On two catalogs written for the test (asked_verb_catalogs)."""

from __future__ import annotations

from collections.abc import Iterator

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog
from backend.tests.asked_verb_catalogs import complaints_desk, packing_floor

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def desk() -> Iterator[Db]:
    con = complaints_desk()
    yield con, build_catalog(con)
    con.close()


@pytest.fixture(scope="module")
def floor() -> Iterator[Db]:
    con = packing_floor()
    yield con, build_catalog(con)
    con.close()


def _counts(db: Db, sql: str) -> dict[str, int]:
    rows = db[0].execute(sql).fetchall()
    assert all(len(r) == 2 for r in rows), sql  # a name and a count: no time axis beside them
    return {str(r[0]): int(r[1]) for r in rows}


def _truth(db: Db, sql: str) -> dict[str, int]:
    return {str(n): int(c) for n, c in db[0].execute(sql).fetchall()}


_DESK = "SELECT agent_name, COUNT(*) FROM complaints JOIN agents ON agent_id = {} GROUP BY 1"
_FLOOR = 'SELECT "WorkerName", COUNT(*) FROM "Parcels" JOIN "Workers" ON "WorkerID" = "{}" GROUP BY 1'


@pytest.mark.parametrize(
    ("question", "key"),
    [("How many complaints did each agent triage?", "triaged_by"),
     ("How many complaints has each agent closed?", "closed_by"),
     ("How many complaints did the agents close?", "closed_by")],
)  # fmt: skip
def test_verb_after_the_asked_subject_groups_by_its_key(desk: Db, question: str, key: str) -> None:
    d = understand(question, desk[1])
    assert isinstance(d, QueryDecision), d
    assert d.chart.chart_type == "bar", d.sql
    assert _counts(desk, d.sql) == _truth(desk, _DESK.format(key))


@pytest.mark.parametrize(
    ("question", "key"),
    [("How many parcels did each worker inspect?", "InspectedBy"),
     ("How many parcels has every worker packed?", "PackedBy")],
)  # fmt: skip
def test_verb_after_the_asked_subject_on_pascal_case(floor: Db, question: str, key: str) -> None:
    d = understand(question, floor[1])
    assert isinstance(d, QueryDecision), d
    assert d.chart.chart_type == "bar", d.sql
    assert _counts(floor, d.sql) == _truth(floor, _FLOOR.format(key))


def test_follow_up_names_the_other_step(desk: Db, floor: Db) -> None:
    first = understand("How many complaints did each agent triage?", desk[1])
    assert isinstance(first, QueryDecision), first
    then = understand("and how many did each one close?", desk[1], previous=first)
    assert isinstance(then, QueryDecision), then
    assert _counts(desk, then.sql) == _truth(desk, _DESK.format("closed_by"))
    first = understand("How many parcels did each worker pack?", floor[1])
    assert isinstance(first, QueryDecision), first
    assert _counts(floor, first.sql) == _truth(floor, _FLOOR.format("PackedBy"))
    then = understand("and how many did they inspect?", floor[1], previous=first)
    assert isinstance(then, QueryDecision), then
    assert _counts(floor, then.sql) == _truth(floor, _FLOOR.format("InspectedBy"))
