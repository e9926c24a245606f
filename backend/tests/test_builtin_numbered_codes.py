"""Numbers a column's comment explains one by one ("1 = Pending; 2 = Approved; … 5 = Received") are codes: found by
their meaning, grouped as categories, never added up or averaged. Two catalogs written here: purchasing in PascalCase
(a header table whose status is a TINYINT, a due date and a received date; sales regions) and a help desk in snake_case (priority
and billing codes with ':' and '=' pairs, a code meaning "No charge", a fully worded satisfaction scale, a queues
table)."""

from __future__ import annotations

import duckdb
from sqlglot import exp, parse_one

from backend.agents.builtin import QueryDecision
from backend.agents.builtin.catalog_index import build_index, coded_values
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _purchasing() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE PurchaseOrderHeader (PurchaseOrderID INTEGER PRIMARY KEY, OrderDate TIMESTAMP,
        DueDate TIMESTAMP, ReceivedDate TIMESTAMP, Status TINYINT, SupplierName VARCHAR, TotalDue DECIMAL(12,2))"""
    )
    con.execute(
        """COMMENT ON COLUMN PurchaseOrderHeader.Status IS
        'Order current status. 1 = Pending; 2 = Approved; 3 = Rejected; 4 = Cancelled; 5 = Received'"""
    )
    con.execute("COMMENT ON COLUMN PurchaseOrderHeader.DueDate IS 'Date the goods are due from the supplier.'")
    con.execute("COMMENT ON COLUMN PurchaseOrderHeader.ReceivedDate IS 'Date the goods were received.'")
    con.execute(
        """INSERT INTO PurchaseOrderHeader SELECT i, TIMESTAMP '2024-01-03' + i * INTERVAL 1 DAY,
        TIMESTAMP '2024-01-13' + i * INTERVAL 1 DAY,
        CASE WHEN i % 5 = 0 THEN TIMESTAMP '2024-01-06' + i * INTERVAL 1 DAY + (i % 11) * INTERVAL 1 DAY END,
        CASE WHEN i % 5 = 0 THEN 5 ELSE 1 + i % 4 END, ['Acme', 'Borel', 'Cato'][1 + i % 3], 100 + (i % 17) * 25
        FROM range(400) t(i)"""
    )
    con.execute("CREATE TABLE SalesRegion (RegionID INTEGER PRIMARY KEY, Name VARCHAR, SalesYTD DECIMAL(12,2))")
    con.execute("INSERT INTO SalesRegion VALUES (1, 'North', 900.5), (2, 'South', 400), (3, 'East', 1200)")
    con.execute("CREATE TABLE SalesPerson (SalesPersonID INTEGER PRIMARY KEY, RegionID INTEGER, Quota DECIMAL(12,2))")
    con.execute("INSERT INTO SalesPerson SELECT i, 1 + i % 3, 1000 * i FROM range(1, 10) t(i)")
    return con


def _helpdesk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE queues(queue_id INTEGER PRIMARY KEY, queue_name VARCHAR, monthly_budget DECIMAL(10,2))")
    con.execute(
        """CREATE TABLE tickets(ticket_id INTEGER PRIMARY KEY, opened_at TIMESTAMP,
        queue_id INTEGER REFERENCES queues(queue_id), priority_cd SMALLINT, billing_cd SMALLINT,
        charge_amt DECIMAL(8,2), satisfaction_rating SMALLINT)"""
    )
    con.execute("COMMENT ON COLUMN tickets.priority_cd IS '1: low; 2: medium; 3: high; 4: urgent'")
    con.execute("COMMENT ON COLUMN tickets.billing_cd IS '1 = Billed, 2 = No charge, 3 = Disputed'")
    con.execute(
        """COMMENT ON COLUMN tickets.satisfaction_rating IS
        '1 = very poor, 2 = poor, 3 = fair, 4 = good, 5 = excellent'"""
    )
    con.execute(
        """INSERT INTO queues VALUES (1, 'Hardware', 900), (2, 'Accounts', 400), (3, 'Network', 1200),
        (4, 'Printing', 150)"""
    )
    con.execute(
        """INSERT INTO tickets SELECT i, TIMESTAMP '2024-02-01' + i * INTERVAL 9 HOUR, 1 + i % 4, 1 + (i * 7) % 4,
        1 + i % 3, CASE WHEN i % 3 = 1 THEN 0 ELSE 20 + i % 50 END, 1 + (i * 3) % 5 FROM range(600) t(i)"""
    )
    return con


purchasing = catalog_fixture(_purchasing)
helpdesk = catalog_fixture(_helpdesk)


def _aggregated(d: QueryDecision) -> set[str]:
    """Columns inside a SUM, AVG, MIN or MAX of the answer."""
    tree = parse_one(d.sql, read="duckdb")
    return {c.name for agg in tree.find_all(exp.Sum, exp.Avg, exp.Min, exp.Max) for c in agg.find_all(exp.Column)}


def test_numbered_codes_are_read_from_the_comment(purchasing: Db, helpdesk: Db) -> None:
    header = purchasing[1].table("PurchaseOrderHeader")
    assert header is not None and (status := header.column("Status")) is not None
    assert coded_values(status) == [
        ("1", "Pending"),
        ("2", "Approved"),
        ("3", "Rejected"),
        ("4", "Cancelled"),
        ("5", "Received"),
    ]
    tickets = helpdesk[1].table("tickets")
    assert tickets is not None and (priority := tickets.column("priority_cd")) is not None
    assert coded_values(priority) == [("1", "low"), ("2", "medium"), ("3", "high"), ("4", "urgent")]
    idx = build_index(helpdesk[1])
    # A code meaning the absence of something is found by its whole meaning only.
    assert ("charge",) not in idx.values
    assert ("no", "charge") in idx.values


def test_a_status_is_filtered_by_its_meaning(purchasing: Db, helpdesk: Db) -> None:
    d = same(purchasing, "number of rejected orders", "SELECT count(*) FROM PurchaseOrderHeader WHERE Status = 3")
    assert "Status" not in _aggregated(d) and "= 3" in d.sql  # the number itself, not the text '3'
    same(
        purchasing,
        "approved orders by month",
        "SELECT date_trunc('month', OrderDate), count(*) FROM PurchaseOrderHeader WHERE Status = 2 GROUP BY 1",
    )
    d = same(
        purchasing, "total due of cancelled orders", "SELECT sum(TotalDue) FROM PurchaseOrderHeader WHERE Status = 4"
    )
    assert "Cancelled" in (d.title or "")
    same(helpdesk, "how many urgent tickets", "SELECT count(*) FROM tickets WHERE priority_cd = 4")
    same(
        helpdesk,
        "number of high priority tickets by queue",
        """SELECT q.queue_name, count(*) FROM tickets t JOIN queues q USING (queue_id) WHERE t.priority_cd = 3
        GROUP BY 1""",
    )


def test_a_code_column_is_a_category_never_a_figure(purchasing: Db, helpdesk: Db) -> None:
    d = same(purchasing, "orders by status", "SELECT Status, count(*) FROM PurchaseOrderHeader GROUP BY 1")
    assert not _aggregated(d)
    d = same(helpdesk, "tickets by priority", "SELECT priority_cd, count(*) FROM tickets GROUP BY 1")
    assert not _aggregated(d)
    # "charges" is the money column, not the code meaning "No charge".
    d = same(
        helpdesk,
        "total charges by month",
        "SELECT date_trunc('month', opened_at), sum(charge_amt) FROM tickets GROUP BY 1",
    )
    assert "billing_cd" not in d.sql


def test_a_worded_scale_is_still_averaged(helpdesk: Db) -> None:
    same(
        helpdesk,
        "average satisfaction rating by priority",
        "SELECT priority_cd, avg(satisfaction_rating) FROM tickets GROUP BY 1",
    )


def test_late_is_the_event_after_the_due_date_not_the_order_date(purchasing: Db) -> None:
    gold = "SELECT count(*) FROM PurchaseOrderHeader WHERE ReceivedDate > DueDate"
    same(purchasing, "how many orders were late", gold)
    # "received" is a status too; the lateness is still the received date's.
    d = same(purchasing, "how many orders were received late", gold)
    assert '"OrderDate" >' not in d.sql


def test_rows_are_named_by_the_noun_before_header(purchasing: Db) -> None:
    d = answer(purchasing, "how many orders were rejected")
    assert d.plan.measures[0].alias == "order_count", d.sql


def test_a_table_grouped_by_its_own_number_shows_its_names(helpdesk: Db) -> None:
    same(helpdesk, "monthly budget by queue", "SELECT queue_name, sum(monthly_budget) FROM queues GROUP BY 1")


def test_a_table_grouped_by_its_own_number_shows_its_names_in_pascal_case(purchasing: Db) -> None:
    d = same(purchasing, "sales by region", 'SELECT "Name", sum("SalesYTD") FROM "SalesRegion" GROUP BY 1')
    assert '"RegionID"' not in d.sql
