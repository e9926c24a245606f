"""A measure of a parent table read through its child rows ("freight by product category": the freight is the
order's, the category the order line's product): the plain join repeats each parent's value once per child row,
so the analyst takes it once per parent and group — checked against gold SQL on real DuckDB, on a catalog written
for the test and on the marketplace of analysis_catalogs."""

from __future__ import annotations

import random

import duckdb
import pytest

from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, rows, same


@pytest.fixture(scope="module")
def depot() -> Db:
    """Shipments (freight per shipment) with several lines each, every line a part of one category."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute("CREATE TABLE part(part_id INTEGER PRIMARY KEY, part_nm VARCHAR, part_cat VARCHAR)")
    cats = ["Bolts", "Pumps", "Valves"]
    con.executemany("INSERT INTO part VALUES (?, ?, ?)", [(i, f"Part {i:02d}", cats[i % 3]) for i in range(1, 19)])
    con.execute(
        "CREATE TABLE shipment(shp_id INTEGER PRIMARY KEY, shp_dt DATE, shp_freight_amt DECIMAL(10,2), "
        "shp_carrier VARCHAR)"
    )
    con.executemany(
        "INSERT INTO shipment VALUES (?, DATE '2024-01-01' + ?, ?, ?)",
        [(k, rnd.randrange(365), round(rnd.uniform(10, 400), 2), rnd.choice(["Dhl", "Ups"])) for k in range(1, 201)],
    )
    con.execute(
        "CREATE TABLE shipment_line(line_id INTEGER PRIMARY KEY, line_shp_id INTEGER REFERENCES shipment(shp_id), "
        "line_part_id INTEGER REFERENCES part(part_id), line_qty INTEGER)"
    )
    lines: list[tuple[int, int, int, int]] = []
    for k in range(1, 201):
        for _ in range(rnd.randint(1, 5)):
            lines.append((len(lines) + 1, k, rnd.randint(1, 18), rnd.randint(1, 20)))
    con.executemany("INSERT INTO shipment_line VALUES (?, ?, ?, ?)", lines)
    return con, build_catalog(con)


# Each shipment's freight once per part category it carries (a shipment with two categories counts in both bars).
FREIGHT_BY_CATEGORY = """SELECT part_cat, SUM(shp_freight_amt) FROM shipment JOIN (SELECT DISTINCT l.line_shp_id,
    p.part_cat FROM shipment_line l JOIN part p ON l.line_part_id = p.part_id) c ON c.line_shp_id = shipment.shp_id
    GROUP BY part_cat"""


def test_parent_measure_by_child_group_is_not_inflated(depot: Db) -> None:
    d = same(depot, "total freight by part category", FREIGHT_BY_CATEGORY)
    inflated = """SELECT p.part_cat, SUM(s.shp_freight_amt) FROM shipment_line l JOIN shipment s
        ON l.line_shp_id = s.shp_id JOIN part p ON l.line_part_id = p.part_id GROUP BY 1"""
    assert rows(depot[0], d.sql) != rows(depot[0], inflated)


def test_parent_average_by_child_group(depot: Db) -> None:
    gold = FREIGHT_BY_CATEGORY.replace("SUM(", "AVG(")
    same(depot, "average freight by part category", gold)


def test_parent_measure_named_with_the_child_table(depot: Db) -> None:
    same(depot, "total freight of shipment lines by part category", FREIGHT_BY_CATEGORY)


# Each product's list price once per sales channel it was sold in (before: once per order, 40,485.96 for Phone).
PRICE_BY_CHANNEL = """SELECT o."salesChannel", SUM(p."retailPrice") FROM "Products" p JOIN (SELECT DISTINCT
    "productId", "salesChannel" FROM "Orders") o ON o."productId" = p."productId" GROUP BY 1"""


def test_parent_measure_through_a_fact_market(market: Db) -> None:
    same(market, "total retail price by sales channel", PRICE_BY_CHANNEL)
    same(
        market,
        "average shelf area by sales channel",
        PRICE_BY_CHANNEL.replace('SUM(p."retailPrice")', 'AVG(p."shelfArea")'),
    )


def test_parent_counted_through_a_fact_is_counted_once(market: Db) -> None:
    gold = 'SELECT "salesChannel", COUNT(DISTINCT "productId") FROM "Orders" GROUP BY 1'
    d = same(market, "number of products sold by sales channel", gold)
    assert d.plan.measures[0].alias == "product_count", d.sql  # the noun counted, not the key (productId_count)


def test_min_and_max_keep_the_plain_join(market: Db) -> None:
    d = answer(market, "highest retail price by sales channel")
    assert "DISTINCT" not in d.sql.upper()
    gold = """SELECT o."salesChannel", MAX(p."retailPrice") FROM "Orders" o JOIN "Products" p
        ON o."productId" = p."productId" GROUP BY 1"""
    assert rows(market[0], d.sql) == rows(market[0], gold)
