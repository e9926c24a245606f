"""`/chat` end to end over the real demo catalog with the built-in analyst."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

import pyarrow as pa
import pyarrow.ipc as ipc
import pyarrow.parquet as pq
from fastapi.testclient import TestClient

from backend.settings import REPO_ROOT
from backend.tests.sse import parse_sse, shape

GOLDEN = REPO_ROOT / "backend" / "tests" / "golden"
Events = list[tuple[str, dict[str, Any]]]


def ask(client: TestClient, message: str, conversation_id: str | None = None) -> Events:
    body: dict[str, Any] = {"message": message}
    if conversation_id:
        body["conversation_id"] = conversation_id
    response = client.post("/chat", json=body)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/event-stream")
    return parse_sse(response.text)


def first(events: Events, name: str) -> dict[str, Any]:
    return next(p for n, p in events if n == name)


def names(events: Events) -> list[str]:
    return [n for n, _ in events]


def code_of(events: Events) -> str:
    return "".join(p["content"] for n, p in events if n == "code")


def test_golden_transcript_matches_live_stream_shape(client: TestClient) -> None:
    golden = parse_sse((GOLDEN / "chat_sales_by_region.sse").read_text())
    live = ask(client, "Show me sales by region for Q1 2024")
    assert shape(live) == shape(golden)
    for (live_name, live_payload), (gold_name, gold_payload) in zip(live, golden, strict=True):
        assert live_name == gold_name
        assert live_payload["type"] == gold_payload["type"]
        assert set(live_payload) == set(gold_payload)


def test_first_turn_streams_contract_order(client: TestClient) -> None:
    events = ask(client, "Show me sales by region for Q1 2024")
    order = shape(events)
    assert order[0] in ("thought", "thought+")
    assert order[1:] == ["sql", "data", "thought", "params", "code+", "done"]
    sql = first(events, "sql")
    assert sql["engine"] == "duckdb" and sql["tool"] == "run_sql"
    assert "2024-01-01" in sql["query"] and "region" in sql["query"].lower()
    done = first(events, "done")
    assert done == done | {"type": "complete", "code_complete": True, "data_ready": True}


def test_data_url_returns_the_rows_in_every_format(client: TestClient) -> None:
    data = first(ask(client, "total sales amount by region in 2024"), "data")
    assert data["size"] == "small" and data["format"] == "json" and data["row_count"] == 4
    body = client.get(data["url"]).json()
    assert [c["name"] for c in body["columns"]] == [c["name"] for c in data["columns"]]
    assert len(body["rows"]) == 4 and body["truncated"] is False
    regions = {row[0] for row in body["rows"]}
    assert regions == {"North America", "Europe", "Asia Pacific", "Latin America"}
    assert all(isinstance(row[1], float | int) for row in body["rows"])  # DECIMAL sent as a JSON number
    arrow = ipc.open_stream(pa.BufferReader(client.get(data["url"], params={"format": "arrow"}).content)).read_all()
    assert arrow.num_rows == 4
    parquet = pq.read_table(pa.BufferReader(client.get(data["url"], params={"format": "parquet"}).content))
    assert parquet.num_rows == 4
    rows = list(csv.reader(io.StringIO(client.get(data["url"], params={"format": "csv"}).text)))
    assert len(rows) == 5


def test_generated_code_is_a_viz_module_that_honours_params(client: TestClient) -> None:
    events = ask(client, "Show me sales by region for Q1 2024")
    code = code_of(events)
    assert len([n for n in names(events) if n == "code"]) > 1  # streamed in chunks
    assert "export default function Viz({ data, params }" in code
    assert 'from "recharts"' in code
    assert "useChart(data, params, chartConfig)" in code  # the kit reads title, chart_type, colours…
    assert "BarView" in code and "ScatterView" not in code  # only the views of the kinds that fit
    params = first(events, "params")
    schema = {p["name"]: p for p in params["schema"]}
    assert schema["chart_type"]["kind"] == "enum" and "bar" in schema["chart_type"]["options"]
    assert params["parameters"]["chart_type"] in schema["chart_type"]["options"]
    assert schema["title"]["label"] == "Title" and schema["color_scheme"]["label"] == "Color scheme"


def test_follow_up_chart_type_change_does_not_requery(client: TestClient) -> None:
    events = ask(client, "Show me sales by region for Q1 2024")
    before = first(events, "data")["data_id"]
    conversation = first(events, "done")["conversation_id"]
    follow = ask(client, "make it a line chart", conversation)
    assert "sql" not in names(follow)
    assert first(follow, "params")["parameters"]["chart_type"] == "line"
    assert first(follow, "data")["data_id"] == before
    assert first(follow, "done")["conversation_id"] == conversation


def test_a_chart_type_chosen_by_a_follow_up_holds_through_later_data_changes(client: TestClient) -> None:
    events = ask(client, "total sales by product category in 2024")
    conversation = first(events, "done")["conversation_id"]
    assert first(events, "params")["parameters"]["chart_type"] == "bar"
    line = ask(client, "make it a line chart", conversation)
    assert "sql" not in names(line) and first(line, "params")["parameters"]["chart_type"] == "line"
    only = ask(client, "only Europe", conversation)
    assert "'Europe'" in first(only, "sql")["query"]
    assert first(only, "params")["parameters"]["chart_type"] == "line"
    # A later explicit choice wins over the remembered one.
    bars = ask(client, "as a bar chart", conversation)
    assert first(bars, "params")["parameters"]["chart_type"] == "bar"
    again = ask(client, "only Asia Pacific", conversation)
    assert first(again, "params")["parameters"]["chart_type"] == "bar"


def test_a_chosen_line_holds_when_a_filter_leaves_one_category(client: TestClient) -> None:
    conversation = first(ask(client, "revenue by region"), "done")["conversation_id"]
    ask(client, "make it a line chart", conversation)
    only = ask(client, "only Europe", conversation)
    assert "'Europe'" in first(only, "sql")["query"]
    assert first(only, "params")["parameters"]["chart_type"] == "line"


def test_a_bubble_chart_carries_its_size_field_into_params_and_code(client: TestClient) -> None:
    events = ask(client, "bubble chart of horsepower vs weight sized by acceleration")
    params = first(events, "params")["parameters"]
    assert params["chart_type"] == "scatter" and params["size"] == "acceleration"
    assert {params["x"], *json.loads(str(params["y"]))} == {"horsepower", "weight_in_lbs"}
    code = code_of(events)
    assert '"size": "acceleration"' in code.replace("size: ", '"size": ') and "<ZAxis" in code
    plain = first(ask(client, "scatter plot of horsepower vs weight"), "params")["parameters"]
    assert plain["chart_type"] == "scatter" and "size" not in plain


def test_follow_up_filter_requeries_with_the_new_condition(client: TestClient) -> None:
    events = ask(client, "total sales by region by month in 2024")
    conversation = first(events, "done")["conversation_id"]
    follow = ask(client, "only Europe", conversation)
    sql = first(follow, "sql")["query"]
    assert "'Europe'" in sql
    rows = client.get(first(follow, "data")["url"]).json()["rows"]
    assert rows and len(rows) <= 12


def test_conversation_keeps_every_turn(client: TestClient) -> None:
    events = ask(client, "average penguin body mass by species")
    conversation = first(events, "done")["conversation_id"]
    ask(client, "use a green color scheme", conversation)
    body = client.get(f"/api/conversations/{conversation}").json()
    assert [t["prompt"] for t in body["turns"]] == ["average penguin body mass by species", "use a green color scheme"]
    assert body["turns"][0]["sql"] and body["turns"][0]["code"] and body["turns"][0]["data_id"]
    assert body["turns"][1]["params"]["color_scheme"] == "greens"


def test_unanswerable_question_explains_instead_of_inventing_sql(client: TestClient) -> None:
    events = ask(client, "what will the weather be like on Mars next week?")
    assert "sql" not in names(events)
    assert "thought" in names(events)
    done = first(events, "done")
    assert done["data_ready"] is False and done["code_complete"] is False


def test_clarification_is_its_own_event_with_suggestions(client: TestClient) -> None:
    events = ask(client, "asdf qwerty")
    ask_back = first(events, "clarification")
    assert ask_back["understood"] and ask_back["needs"]
    assert 1 <= len(ask_back["suggestions"]) <= 4
    assert names(events)[-1] == "done" and "error" not in names(events)


def test_csv_writes_floats_without_binary_noise(client: TestClient) -> None:
    sql = "SELECT 173.3::DOUBLE * 3 / 3 + 0.1 - 0.1 AS v, 0.1::DOUBLE + 0.2::DOUBLE AS w, 2.5::DOUBLE AS z"
    body = client.post("/api/query", json={"sql": sql}).json()
    text = client.get(body["url"], params={"format": "csv"}).text
    assert text.splitlines() == ['"v","w","z"', "173.3,0.3,2.5"]


def test_bad_input_gets_clear_4xx(client: TestClient) -> None:
    empty = client.post("/chat", json={"message": "   "})
    assert empty.status_code == 400 and empty.json()["error"]["code"] == "empty_message"
    missing = client.post("/chat", json={"message": "sales by region", "conversation_id": "nope-nope"})
    assert missing.status_code == 404 and "nope-nope" in missing.json()["error"]["message"]
    malformed = client.post("/chat", content=b"{not json", headers={"content-type": "application/json"})
    assert malformed.status_code == 400 and malformed.json()["error"]["code"] == "invalid_json"
    no_message = client.post("/chat", json={"conversation_id": None})
    assert no_message.status_code == 422 and "message" in no_message.json()["error"]["message"]
    huge = client.post("/chat", json={"message": "x" * 2_000_000})
    assert huge.status_code == 413
    too_long = client.post("/chat", json={"message": "x" * 5000})
    assert too_long.status_code == 400 and "too long" in too_long.json()["error"]["message"]
    unknown_data = client.get("/api/data/AAAAAAAAAAAAAAAAAAAAAAAA")
    assert unknown_data.status_code == 404
    traversal = client.get("/api/data/..%2F..%2Fetc%2Fpasswd")
    assert traversal.status_code == 404


def test_query_endpoint_runs_guarded_sql(client: TestClient) -> None:
    ok = client.post("/api/query", json={"sql": "SELECT region, count(*) AS n FROM sales GROUP BY 1 ORDER BY 1"})
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["row_count"] == 4 and body["engine"] == "duckdb" and "LIMIT" in body["sql"].upper()
    assert client.get(body["url"]).json()["rows"] == body["rows"]
    refused = client.post("/api/query", json={"sql": "SELECT * FROM read_csv('/etc/passwd')"})
    assert refused.status_code == 400
    assert refused.json()["error"]["code"] == "sql_rejected" and "read_csv" in refused.json()["error"]["message"]
    broken = client.post("/api/query", json={"sql": "SELECT no_such_column FROM sales"})
    assert broken.status_code == 400 and "no_such_column" in broken.json()["error"]["message"]
    assert broken.json()["error"]["detail"] == "SELECT no_such_column FROM sales LIMIT 1000"


def test_catalog_lists_tables_columns_values_and_foreign_keys(client: TestClient) -> None:
    catalog = client.get("/api/catalog").json()
    tables = {t["name"]: t for t in catalog["tables"]}
    assert {"sales", "products", "flights", "penguins", "cars"} <= set(tables)
    region = next(c for c in tables["sales"]["columns"] if c["name"] == "region")
    assert sorted(region["values"]) == ["Asia Pacific", "Europe", "Latin America", "North America"]
    assert tables["flights"]["row_count"] == 3_000_000
    assert {"table": "sales", "column": "product_id", "ref_table": "products", "ref_column": "id"} in catalog[
        "foreign_keys"
    ]


def test_query_understanding_returns_sql_without_running_it(client: TestClient) -> None:
    body = client.post("/query-understanding", json={"message": "top 5 products by revenue"}).json()
    assert body["sql"] and "products" in body["tables"] and "sales" in body["tables"]
    assert body["engine"] == "duckdb" and body["explanation"]


def test_generate_ui_streams_params_and_code(client: TestClient) -> None:
    response = client.post(
        "/generate-ui",
        json={
            "columns": [{"name": "month", "type": "DATE"}, {"name": "revenue", "type": "DOUBLE"}],
            "sample_rows": [{"month": "2024-01-01", "revenue": 10.5}, {"month": "2024-02-01", "revenue": 12}],
        },
    )
    events = parse_sse(response.text)
    assert shape(events)[-3:] == ["params", "code+", "done"]
    assert first(events, "params")["parameters"]["chart_type"] == "line"
    assert "export default function Viz" in code_of(events)


def test_health_reports_each_component(client: TestClient) -> None:
    body = client.get("/health").json()
    assert 0 <= body.pop("age_s") < 60  # the checks run in the background; the report says how old it is
    assert body == {
        "status": "ok",
        "checks": {"engines": "ok", "store": "ok", "model": "ok", "database": "ok"},
        "engines": {"duckdb": "ok"},
    }


def test_large_results_are_stored_as_parquet_and_paged_as_json(client: TestClient) -> None:
    body = client.post(
        "/api/query", json={"sql": "SELECT origin, delay, distance FROM flights ORDER BY date, origin", "limit": 20000}
    ).json()
    assert body["size"] == "large" and body["row_count"] == 20000 and body["truncated"] is True
    assert len(body["rows"]) == 5000  # the JSON page; the full result stays downloadable
    page = client.get(body["url"], params={"limit": 100}).json()
    assert len(page["rows"]) == 100 and page["row_count"] == 20000 and page["truncated"] is True
    full = pq.read_table(pa.BufferReader(client.get(body["url"], params={"format": "parquet"}).content))
    assert full.num_rows == 20000
    over = client.post("/api/query", json={"sql": "SELECT * FROM flights", "limit": 10_000_000})
    assert over.status_code == 400 and "exceeds" in over.json()["error"]["message"]


def test_user_limit_in_sql_is_kept_exactly(client: TestClient) -> None:
    body = client.post("/api/query", json={"sql": "SELECT id FROM products ORDER BY id LIMIT 5"}).json()
    assert [r[0] for r in body["rows"]] == [1, 2, 3, 4, 5] and body["truncated"] is False
    one = client.post("/api/query", json={"sql": "SELECT id FROM products ORDER BY id LIMIT 1"}).json()
    assert one["rows"] == [[1]]


def test_edited_sql_keeps_its_own_larger_limit(client: TestClient) -> None:
    body = client.post("/api/query", json={"sql": "SELECT origin FROM flights LIMIT 2500"}).json()
    assert body["row_count"] == 2500 and body["truncated"] is False and body["sql"].endswith("LIMIT 2500")
    capped = client.post("/api/query", json={"sql": "SELECT origin FROM flights"}).json()
    assert capped["row_count"] == 1000 and capped["truncated"] is True


def test_integer_year_axis_is_drawn_as_time(client: TestClient) -> None:
    events = ask(client, "average life expectancy by year")
    params = first(events, "params")
    assert params["parameters"]["chart_type"] == "line"
    assert 'xKind: "temporal"' in code_of(events)


def test_a_follow_up_of_which_nothing_is_understood_asks_instead_of_rerunning(client: TestClient) -> None:
    conversation = first(ask(client, "total sales amount by region in 2024"), "done")["conversation_id"]
    follow = ask(client, "asdf qwerty", conversation)
    assert "sql" not in names(follow) and "data" not in names(follow)
    ask_back = first(follow, "clarification")
    assert "not what to change" in ask_back["understood"] and 2 <= len(ask_back["suggestions"]) <= 4
    again = ask(client, "same again", conversation)  # asking for the same analysis is still a re-run
    assert "data" in names(again)


def test_columns_say_whether_their_values_add_up(client: TestClient) -> None:
    """A total per group adds up (its share of the whole means something); a listed record's value does not."""
    totals = first(ask(client, "total sales amount by region in 2024"), "data")
    assert [c["additive"] for c in totals["columns"]] == [False, True]
    assert [c["additive"] for c in client.get(totals["url"]).json()["columns"]] == [False, True]
    listing = first(ask(client, "top 5 cars by horsepower"), "data")
    assert listing["row_count"] == 5 and not any(c["additive"] for c in listing["columns"])
