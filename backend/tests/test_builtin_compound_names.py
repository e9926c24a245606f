"""Names a question writes differently from the catalog: a table of two words written as one ("salesperson",
"salespeople" for SalesPerson), a column whose name begins with a word questions also use alone ("list price"), a
text "number" column that "number of <rows>" does not name (it counts them), and a comment word that is another
table's name ("due from the customer") that names that table first. Two catalogs written here: invoicing in
PascalCase and a sales pipeline in snake_case."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def _invoicing() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE SalesRep (SalesRepID INTEGER PRIMARY KEY, FirstName VARCHAR, LastName VARCHAR,
        Bonus DECIMAL(10,2), CommissionPct DECIMAL(5,4))"""
    )
    con.execute(
        """INSERT INTO SalesRep VALUES (1, 'Ada', 'Quill', 4100, 0.0150), (2, 'Ben', 'Oduya', 2500, 0.0200),
        (3, 'Cleo', 'Marsh', 5300, 0.0100), (4, 'Dev', 'Rana', 1200, 0.0250)"""
    )
    con.execute("CREATE TABLE Customer (CustomerID INTEGER PRIMARY KEY, Name VARCHAR)")
    con.execute("INSERT INTO Customer SELECT i, 'Client ' || chr(CAST(64 + i AS INTEGER)) FROM range(1, 9) t(i)")
    con.execute("CREATE TABLE ItemSubgroup (ItemSubgroupID INTEGER PRIMARY KEY, Name VARCHAR)")
    con.execute("INSERT INTO ItemSubgroup VALUES (1, 'Hinges'), (2, 'Latches'), (3, 'Brackets')")
    con.execute(
        """CREATE TABLE Item (ItemID INTEGER PRIMARY KEY, ItemNumber VARCHAR, Color VARCHAR,
        ListPrice DECIMAL(10,2), StandardCost DECIMAL(10,2),
        ItemSubgroupID INTEGER REFERENCES ItemSubgroup(ItemSubgroupID), SellStartDate DATE)"""
    )
    con.execute("COMMENT ON COLUMN Item.SellStartDate IS 'Date the item was available for sale.'")
    con.execute(
        """INSERT INTO Item SELECT i, 'IT-' || lpad(i::VARCHAR, 4, '0'), ['Red', 'Black', 'Silver'][1 + i % 3],
        20 + i * 7, 10 + i * 3, 1 + i % 3, DATE '2023-01-01' + CAST(i * 11 AS INTEGER) FROM range(1, 31) t(i)"""
    )
    con.execute(
        """CREATE TABLE Invoice (InvoiceID INTEGER PRIMARY KEY, InvoiceDate DATE, DueDate DATE,
        CustomerID INTEGER REFERENCES Customer(CustomerID), SalesRepID INTEGER REFERENCES SalesRep(SalesRepID),
        SubTotal DECIMAL(12,2))"""
    )
    con.execute("COMMENT ON COLUMN Invoice.DueDate IS 'Date the invoice is due from the customer.'")
    con.execute(
        """INSERT INTO Invoice SELECT i, DATE '2024-01-01' + CAST(i * 3 AS INTEGER), DATE '2024-01-31' + CAST(i * 3 AS INTEGER), 1 + (i * 5) % 8,
        1 + i % 4, 100 + (i % 13) * 40 FROM range(120) t(i)"""
    )
    con.execute(
        """CREATE TABLE InvoiceLine (InvoiceLineID INTEGER PRIMARY KEY, InvoiceID INTEGER REFERENCES Invoice(InvoiceID),
        ItemID INTEGER REFERENCES Item(ItemID), Qty INTEGER, UnitPrice DECIMAL(10,2))"""
    )
    con.execute(
        "INSERT INTO InvoiceLine SELECT i, i % 120, 1 + (i * 7) % 30, 1 + i % 5, 15 + i % 90 FROM range(400) t(i)"
    )
    return con


def _pipeline() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE sales_person (sales_person_id INTEGER PRIMARY KEY, full_name VARCHAR, bonus_amt DOUBLE)")
    con.execute(
        """INSERT INTO sales_person VALUES (1, 'Ines Varga', 900), (2, 'Tomas Berg', 1500), (3, 'Yara Noor', 700)"""
    )
    con.execute("CREATE TABLE client (client_id INTEGER PRIMARY KEY, client_name VARCHAR)")
    con.execute("INSERT INTO client SELECT i, 'Firm ' || i FROM range(1, 7) t(i)")
    con.execute(
        """CREATE TABLE deal (deal_id INTEGER PRIMARY KEY, opened_on DATE, due_on DATE,
        client_id INTEGER REFERENCES client(client_id), sales_person_id INTEGER REFERENCES sales_person(sales_person_id),
        amount DOUBLE)"""
    )
    con.execute("COMMENT ON COLUMN deal.due_on IS 'date the proposal is due to the client'")
    con.execute(
        """INSERT INTO deal SELECT i, DATE '2024-03-01' + CAST(i AS INTEGER), DATE '2024-03-15' + CAST(i AS INTEGER), 1 + (i * 5) % 6, 1 + i % 3,
        500 + (i % 9) * 250 FROM range(90) t(i)"""
    )
    con.execute(
        "CREATE TABLE part (part_id INTEGER PRIMARY KEY, part_number VARCHAR, color VARCHAR, list_price DOUBLE)"
    )
    con.execute("""INSERT INTO part SELECT i, 'P' || i, ['green', 'grey'][1 + i % 2], 5 + i FROM range(1, 21) t(i)""")
    con.execute(
        """CREATE TABLE deal_part (deal_id INTEGER REFERENCES deal(deal_id), part_id INTEGER REFERENCES part(part_id),
        unit_price DOUBLE, qty INTEGER)"""
    )
    con.execute("INSERT INTO deal_part SELECT i % 90, 1 + i % 20, 3 + i % 40, 1 + i % 4 FROM range(200) t(i)")
    return con


invoicing = catalog_fixture(_invoicing)
pipeline = catalog_fixture(_pipeline)


def test_a_two_word_table_written_as_one_word(invoicing: Db, pipeline: Db) -> None:
    d = same(
        invoicing,
        "which salesrep has the highest bonus",
        "SELECT FirstName || ' ' || LastName, Bonus FROM SalesRep ORDER BY Bonus DESC LIMIT 1",
    )
    assert d.plan.table == "SalesRep"
    same(
        pipeline,
        "which salesperson has the highest bonus",
        "SELECT full_name, bonus_amt FROM sales_person ORDER BY bonus_amt DESC LIMIT 1",
    )
    same(
        pipeline,
        "top 2 salespeople by bonus",
        "SELECT full_name, bonus_amt FROM sales_person ORDER BY bonus_amt DESC LIMIT 2",
    )


def test_number_of_rows_is_no_text_number_column(invoicing: Db, pipeline: Db) -> None:
    d = same(invoicing, "number of items by color", "SELECT Color, count(*) FROM Item GROUP BY 1")
    assert "ItemNumber" not in d.sql
    d = same(pipeline, "number of parts by color", "SELECT color, count(*) FROM part GROUP BY 1")
    assert "part_number" not in d.sql


def test_a_name_beginning_with_a_command_word(invoicing: Db, pipeline: Db) -> None:
    same(
        invoicing,
        "average list price by subgroup",
        "SELECT g.Name, avg(i.ListPrice) FROM Item i JOIN ItemSubgroup g USING (ItemSubgroupID) GROUP BY 1",
    )
    d = answer(pipeline, "average list price by color")
    assert "list_price" in d.sql and "unit_price" not in d.sql, d.sql


def test_a_comment_word_naming_another_table(invoicing: Db, pipeline: Db) -> None:
    d = same(
        invoicing,
        "invoices per customer",
        """SELECT c.Name, count(*) FROM Invoice i JOIN Customer c USING (CustomerID) GROUP BY c.Name, c.CustomerID""",
    )
    assert "DueDate" not in d.sql
    d = same(
        pipeline,
        "deals per client",
        "SELECT c.client_name, count(*) FROM deal d JOIN client c USING (client_id) GROUP BY 1",
    )
    assert "due_on" not in d.sql


def test_a_prefix_word_is_no_table_noun_and_a_date_for_sale_no_sales(invoicing: Db) -> None:
    # "Sub" of SubTotal is no abbreviation of the ItemSubgroup table's "subgroup": the subtotal is the invoice's money.
    same(
        invoicing,
        "total sales by month",
        "SELECT date_trunc('month', InvoiceDate), sum(SubTotal) FROM Invoice GROUP BY 1",
    )
    # A date commented "available for sale" is no measure of sales.
    d = answer(invoicing, "monthly sales in 2024")
    assert "SellStartDate" not in d.sql and "SubTotal" in d.sql, d.sql
