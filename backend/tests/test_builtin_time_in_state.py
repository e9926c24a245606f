"""Time spent in one state of an item, from a log of its changes: "average hours orders spend in Packing by
warehouse" is, for each time an order reached Packing, the time until its next change (a LEAD over the item's changes
in time), averaged over those visits and grouped by the item's columns. Where the log records changes of several
fields (a column naming the field, one of its values naming the item's own state column), only that field's changes
count as the next one. On two catalogs written here: a snake_case order desk whose history logs two fields with old and
new values and declared keys, and a PascalCase deal pipeline whose stage log has no field column and no keys declared."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same

_ORDER_STEPS = ["Received", "Packing", "Dispatched", "Delivered"]
_DEAL_STEPS = ["Prospecting", "Negotiation", "Contracting", "Won"]


def order_desk() -> duckdb.DuckDBPyConnection:
    """70 orders at 3 warehouses; each moves through its states (some sent back to Packing once); the history logs
    state and priority changes in one table (field_name, old_value, new_value)."""
    con = duckdb.connect()
    rnd = random.Random(91)
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, warehouse VARCHAR, status VARCHAR, placed_at TIMESTAMP)"
    )
    con.execute(
        "CREATE TABLE order_history(history_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "changed_at TIMESTAMP, field_name VARCHAR, old_value VARCHAR, new_value VARCHAR)"
    )
    orders, log = [], []
    for o in range(1, 71):
        at = dt.datetime(2032, 3, 1) + dt.timedelta(hours=rnd.randint(0, 3000))
        placed = at
        steps = _ORDER_STEPS[: rnd.randint(1, 4)]
        if len(steps) >= 3 and rnd.random() < 0.3:
            steps = [*steps[:3], "Packing", *steps[3:]]  # sent back to packing once
        for old, new in itertools.pairwise(steps):
            at += dt.timedelta(hours=rnd.randint(1, 72), minutes=rnd.randint(0, 59))
            log.append((len(log) + 1, o, at, "status", old, new))
            if rnd.random() < 0.4:  # a priority change in between, which is no change of state
                log.append((len(log) + 1, o, at + dt.timedelta(minutes=7), "priority", "Normal", "Rush"))
        orders.append((o, rnd.choice(["Leeds", "Derby", "Hull"]), steps[-1], placed))
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_history VALUES (?, ?, ?, ?, ?, ?)", log)
    return con


def deal_pipeline() -> duckdb.DuckDBPyConnection:
    """50 Deals in 4 regions moving through their stages, each move logged with the stage left and reached."""
    con = duckdb.connect()
    rnd = random.Random(92)
    con.execute('CREATE TABLE "Deals"("DealId" INTEGER, "Region" VARCHAR, "StageName" VARCHAR, "OpenedOn" TIMESTAMP)')
    con.execute(
        'CREATE TABLE "DealStageLog"("LogId" INTEGER, "DealId" INTEGER, "LoggedAt" TIMESTAMP, "FromStage" VARCHAR, '
        '"ToStage" VARCHAR)'
    )
    deals, log = [], []
    for d in range(1, 51):
        at = dt.datetime(2031, 5, 1) + dt.timedelta(days=rnd.randint(0, 200))
        opened = at
        steps = _DEAL_STEPS[: rnd.randint(2, 4)]
        for old, new in itertools.pairwise(steps):
            at += dt.timedelta(days=rnd.randint(1, 40), hours=rnd.randint(0, 23))
            log.append((len(log) + 1, d, at, old, new))
        deals.append((d, rnd.choice(["North", "South", "East", "West"]), steps[-1], opened))
    con.executemany('INSERT INTO "Deals" VALUES (?, ?, ?, ?)', deals)
    con.executemany('INSERT INTO "DealStageLog" VALUES (?, ?, ?, ?, ?)', log)
    return con


desk = catalog_fixture(order_desk)
pipeline = catalog_fixture(deal_pipeline)


def test_hours_in_a_state_until_the_next_change_by_a_group(desk: Db, pipeline: Db) -> None:
    same(
        desk,
        "average hours orders spend in Packing by warehouse",
        """WITH h AS (SELECT order_id, new_value, changed_at,
                  LEAD(changed_at) OVER (PARTITION BY order_id ORDER BY changed_at, history_id) AS next_at
                FROM order_history WHERE field_name = 'status')
           SELECT o.warehouse, AVG(date_diff('microsecond', h.changed_at, h.next_at)) / 3600e6
           FROM h JOIN orders o USING (order_id)
           WHERE h.new_value = 'Packing' AND h.next_at IS NOT NULL GROUP BY 1""",
    )
    same(
        pipeline,
        "average days deals spend in Negotiation by region",
        """WITH h AS (SELECT "DealId", "ToStage", "LoggedAt",
                  LEAD("LoggedAt") OVER (PARTITION BY "DealId" ORDER BY "LoggedAt", "LogId") AS next_at
                FROM "DealStageLog")
           SELECT d."Region", AVG(date_diff('microsecond', h."LoggedAt", h.next_at)) / 86400e6
           FROM h JOIN "Deals" d USING ("DealId")
           WHERE h."ToStage" = 'Negotiation' AND h.next_at IS NOT NULL GROUP BY 1""",
    )


def test_one_figure_over_every_visit(pipeline: Db) -> None:
    same(
        pipeline,
        "median time spent in Contracting",
        """WITH h AS (SELECT "DealId", "ToStage", "LoggedAt",
                  LEAD("LoggedAt") OVER (PARTITION BY "DealId" ORDER BY "LoggedAt", "LogId") AS next_at
                FROM "DealStageLog")
           SELECT MEDIAN(date_diff('microsecond', h."LoggedAt", h.next_at)) / 86400e6
           FROM h WHERE h."ToStage" = 'Contracting' AND h.next_at IS NOT NULL""",
    )
