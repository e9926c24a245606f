"""Uploads through the API: every format becomes a table at once; bad files get a clear message and leave nothing."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from typing import Any

import duckdb
from fastapi.testclient import TestClient

from backend.tests.test_sources_databases import app, chat, query

ORDERS_CSV = "Order Date,Region,Amount $\n" + "".join(
    f"2024-{m:02d}-{d:02d},{r},{10 * d}.5\n" for m in range(1, 13) for d, r in ((3, "Europe"), (9, "Asia"))
)


def upload(client: TestClient, filename: str, content: bytes, name: str | None = None) -> Any:
    data = {"name": name} if name else None
    return client.post("/api/sources", files={"file": (filename, content)}, data=data)


def xlsx(sheets: dict[str, list[list[object]]]) -> bytes:
    """A minimal SpreadsheetML workbook; a tuple cell is (formula, cached value)."""
    out = io.BytesIO()
    ns = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        types = "".join(
            f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{types}</Types>",
        )
        z.writestr(
            "_rels/.rels",
            '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        )
        entries = "".join(f'<sheet name="{n}" sheetId="{i}" r:id="rId{i}"/>' for i, n in enumerate(sheets, 1))
        z.writestr(
            "xl/workbook.xml",
            f'<?xml version="1.0"?><workbook {ns} xmlns:r="{rel}"><sheets>{entries}</sheets></workbook>',
        )
        links = "".join(
            f'<Relationship Id="rId{i}" Type="{rel}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)
        )
        z.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{links}</Relationships>',
        )
        for i, rows in enumerate(sheets.values(), 1):
            xml_rows = []
            for r, row in enumerate(rows, 1):
                cells = []
                for c, value in enumerate(row):
                    ref = f"{chr(65 + c)}{r}"
                    if isinstance(value, tuple):
                        cells.append(f'<c r="{ref}" t="str"><f>{value[0]}</f><v>{value[1]}</v></c>')
                    elif isinstance(value, int | float):
                        cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                    else:
                        cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>')
                xml_rows.append(f'<row r="{r}">{"".join(cells)}</row>')
            z.writestr(
                f"xl/worksheets/sheet{i}.xml",
                f'<?xml version="1.0"?><worksheet {ns}><sheetData>{"".join(xml_rows)}</sheetData></worksheet>',
            )
    return out.getvalue()


def parquet_bytes(tmp_path: Path) -> bytes:
    path = tmp_path / "p.parquet"
    duckdb.sql(
        f"COPY (SELECT DATE '2024-01-01' + INTERVAL (i) DAY AS day, i % 4 AS shop_id, i * 1.5 AS revenue "
        f"FROM range(100) t(i)) TO '{path}' (FORMAT parquet)"
    )
    return path.read_bytes()


def user_sources(client: TestClient) -> set[str]:
    return {s["name"] for s in client.get("/api/sources").json()["sources"] if not s["builtin"]}


def test_each_format_becomes_a_table_to_ask_about(tmp_path: Path) -> None:
    with app(tmp_path) as client:
        added = upload(client, "Orders 2024.csv", ORDERS_CSV.encode())
        assert added.status_code == 201, added.text
        table = added.json()["tables"][0]
        assert added.json()["name"] == "orders_2024" and table["name"] == "orders_2024"
        types = {c["name"]: c["type"] for c in table["columns"]}
        assert types == {"order_date": "DATE", "region": "VARCHAR", "amount": "DOUBLE"}
        events = chat(client, "total amount by region in orders_2024")
        assert "error" not in events, events.get("error")
        assert events["data"]["row_count"] == 2 and events["sql"]["engine"] == "uploads"

        tsv = upload(client, "visits.tsv", b"day\tvisits\n2024-01-01\t5\n2024-01-02\t7\n")
        assert tsv.status_code == 201, tsv.text
        assert query(client, "SELECT sum(visits) AS n FROM visits").json()["rows"] == [[12]]

        pq = upload(client, "revenue.parquet", parquet_bytes(tmp_path), name="Shop Revenue")
        assert pq.status_code == 201, pq.text
        assert query(client, "SELECT count(*) FROM shop_revenue").json()["rows"] == [[100]]

        records = [{"city": "Oslo", "temp": 3.5, "tags": {"coast": True}}, {"city": "Rome", "temp": 18.0, "tags": {}}]
        js = upload(client, "cities.json", json.dumps(records).encode())
        assert js.status_code == 201, js.text
        assert query(client, "SELECT city FROM cities ORDER BY temp DESC").json()["rows"] == [["Rome"], ["Oslo"]]
        ndjson = upload(client, "events.jsonl", b'{"kind": "a", "n": 1}\n{"kind": "b", "n": 2}\n')
        assert ndjson.status_code == 201, ndjson.text

        book = xlsx(
            {
                "Orders": [
                    ["Order Id", "Amount", "Note"],
                    [1, 2.5, ('HYPERLINK("http://x")', "click")],
                    [2, 3, "=cmd|calc"],
                ],
                "Regions": [["Name"], ["Europe"]],
            }
        )
        wb = upload(client, "book.xlsx", book)
        assert wb.status_code == 201, wb.text
        assert {t["name"] for t in wb.json()["tables"]} == {"book_orders", "book_regions"}
        rows = query(client, "SELECT order_id, amount, note FROM book_orders ORDER BY order_id").json()
        assert rows["rows"] == [[1, 2.5, "click"], [2, 3.0, "=cmd|calc"]]  # formulas are their cached text
        assert rows["columns"][0]["type"] == "BIGINT"  # whole-number DOUBLEs from Excel are integers

        assert user_sources(client) == {"orders_2024", "visits", "shop_revenue", "cities", "events", "book"}
        assert client.delete("/api/sources/book").status_code == 204
        assert query(client, "SELECT * FROM book_orders").status_code == 400
        assert query(client, "SELECT count(*) FROM visits").json()["rows"] == [[2]]
        assert not any((tmp_path / "uploads").glob("book-*"))

    with app(tmp_path) as client:  # uploads survive a restart
        assert "orders_2024" in user_sources(client)
        assert query(client, "SELECT count(*) FROM orders_2024").json()["rows"] == [[24]]


def bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", b"\0" * (64 * 1024 * 1024))
    return out.getvalue()


def deep_json() -> bytes:
    return b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}"


HOSTILE: list[tuple[str, bytes, int, str]] = [
    ("empty.csv", b"", 422, "empty"),
    ("latin.csv", "name,city\nJosé,München\n".encode("latin-1"), 422, "not UTF-8"),
    ("late-latin.csv", b"name\n" + b"plain\n" * 300_000 + "José\n".encode("latin-1"), 422, "not UTF-8"),
    ("ragged.csv", b"a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n", 422, "same number of fields"),
    ("binary.csv", b"a,b\n\x00\x01\x02,3\n", 422, "not a text file"),
    ("fake.xlsx", b"this is not a workbook at all", 422, "not an Excel workbook"),
    ("bomb.xlsx", bomb(), 422, "zip bomb"),
    (
        "wide.csv",
        (",".join(f"c{i}" for i in range(10_000)) + "\n" + ",".join("1" * 10_000) + "\n").encode(),
        422,
        "limit is 1,000",
    ),
    ("deep.json", deep_json(), 422, "nests deeper"),
    ("old.xls", b"\xd0\xcf\x11\xe0 old workbook", 422, ".xlsx"),
    ("tool.exe", b"MZ\x90\x00", 422, "not supported"),
    ("fake.parquet", b"not parquet", 422, "not a Parquet file"),
    ("sales.csv", b"a\n1\n", 409, "exists already"),
]


def test_bad_files_are_refused_clearly_and_leave_nothing(tmp_path: Path) -> None:
    with app(tmp_path) as client:
        for filename, content, status, words in HOSTILE:
            response = upload(client, filename, content)
            assert response.status_code == status, (filename, response.text)
            assert words in response.json()["error"]["message"], (filename, response.json())
        assert user_sources(client) == set()
        left = [p for p in (tmp_path / "uploads").rglob("*") if p.is_file()]
        assert left == []
        assert client.post("/api/sources", files={"nofile": ("a.csv", b"a\n1\n")}).status_code == 400


def test_upload_limit_is_its_own_and_streamed(tmp_path: Path) -> None:
    from contextlib import ExitStack

    from backend.main import create_app
    from backend.settings import Settings
    from backend.tests.conftest import DEMO_DB

    settings = Settings(
        duckdb_path=DEMO_DB,
        results_dir=tmp_path / "results",
        uploads_dir=tmp_path / "uploads",
        database_url=f"sqlite+aiosqlite:///{tmp_path / 'app.db'}",
        upload_max_bytes=3 * 1024 * 1024,
        model="builtin",
    )
    with ExitStack() as stack:
        client = stack.enter_context(TestClient(create_app(settings)))
        two_mb = b"n\n" + b"1\n" * (1024 * 1024)  # above the 1 MiB body bound of other routes
        assert upload(client, "two.csv", two_mb).status_code == 201
        too_big = upload(client, "big.csv", b"n\n" + b"1\n" * (2 * 1024 * 1024))
        assert too_big.status_code == 413 and "3145728 bytes" in too_big.json()["error"]["message"]

        def chunks() -> Any:  # no Content-Length: the route counts as it streams
            yield b'--b\r\nContent-Disposition: form-data; name="file"; filename="c.csv"\r\n\r\nn\n'
            for _ in range(64):
                yield b"1\n" * 32 * 1024
            yield b"\r\n--b--\r\n"

        chunked = client.post(
            "/api/sources", content=chunks(), headers={"content-type": "multipart/form-data; boundary=b"}
        )
        assert chunked.status_code == 413
        assert client.post("/api/query", json={"sql": "SELECT 1", "x": "y" * 2_000_000}).status_code == 413
        assert user_sources(client) == {"two"}
