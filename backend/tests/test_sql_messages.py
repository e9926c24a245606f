"""A message that is itself SQL is run through the guard, and refusals reach the user as `error` events."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from backend.agents.sql_input import looks_like_sql
from backend.tests.sse import parse_sse


@pytest.mark.parametrize(
    ("message", "is_sql"),
    [
        ("SELECT region, sum(amount) FROM sales GROUP BY 1", True),
        ("from sales select region", True),
        ("DROP TABLE sales", True),
        ("COPY sales TO '/tmp/x.csv'", True),
        ("INSTALL httpfs", True),
        ("select the top 5 products by revenue", False),
        ("drop the nulls from sales", False),
        ("update the chart to blues", False),
        ("delete everything", False),
        ("show me sales by region", False),
        ("describe the sales table", False),
    ],
)
def test_sql_is_told_apart_from_english(message: str, is_sql: bool) -> None:
    assert looks_like_sql(message) is is_sql


def test_typed_sql_runs_with_the_limit_shown(client: TestClient) -> None:
    events = parse_sse(
        client.post("/chat", json={"message": "select region, sum(amount) as revenue from sales group by region"}).text
    )
    sql = next(p for n, p in events if n == "sql")["query"]
    assert sql.endswith("LIMIT 1000")
    data = next(p for n, p in events if n == "data")
    assert data["row_count"] == 4 and data["truncated"] is False
    assert next(p for n, p in events if n == "params")["parameters"]["chart_type"] == "bar"


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("SELECT * FROM read_csv('/etc/passwd')", "read_csv"),
        ("DROP TABLE sales", "DROP is not allowed"),
        ("SELECT 1; DROP TABLE sales", "only one statement"),
        ("SELECT * FROM secrets", "unknown table"),
        ("INSTALL httpfs", "INSTALL"),
    ],
)
def test_refused_sql_message_ends_with_an_error_event_naming_the_reason(
    client: TestClient, message: str, reason: str
) -> None:
    events = parse_sse(client.post("/chat", json={"message": message}).text)
    names = [n for n, _ in events]
    assert "sql" not in names and "data" not in names
    assert names[-2:] == ["error", "done"]
    error = events[-2][1]
    assert error["stage"] == "sql_validation" and error["code"] == "sql_rejected"
    assert reason.lower() in error["message"].lower()
