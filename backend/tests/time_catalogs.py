"""Two catalogs with several dates per row, written for the analyst's time and derived-measure tests (neither is the
demo nor an eval catalog): an order desk with prefixed, abbreviated snake_case names and DATE columns, and a help desk
with PascalCase tables, camelCase columns and TIMESTAMP columns."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def order_desk() -> duckdb.DuckDBPyConnection:
    """Customers (a birth date and a since date) and their orders, placed, shipped and delivered on three dates."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute(
        "CREATE TABLE cust(cust_id INTEGER PRIMARY KEY, cust_full_nm VARCHAR, cust_birth_dt DATE, "
        "cust_since_dt DATE, cust_seg_cd VARCHAR)"
    )
    custs: list[tuple[Any, ...]] = []
    for i in range(1, 301):
        born = dt.date(1950, 1, 1) + dt.timedelta(days=rnd.randrange(18000))
        since = dt.date(2019, 1, 1) + dt.timedelta(days=rnd.randrange(2000))
        custs.append((i, f"Customer {i:03d}", born, since, rnd.choice(["Retail", "Trade", "Public"])))
    con.executemany("INSERT INTO cust VALUES (?, ?, ?, ?, ?)", custs)
    con.execute(
        "CREATE TABLE ord_hdr(ord_id INTEGER PRIMARY KEY, cust_id INTEGER REFERENCES cust(cust_id), "
        "ord_chnl_cd VARCHAR, ord_placed_dt DATE, ord_shipped_dt DATE, ord_delivered_dt DATE, "
        "ord_rev_amt DECIMAL(10,2), ord_cost_amt DECIMAL(10,2))"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 2001):
        placed = dt.date(2022, 1, 1) + dt.timedelta(days=rnd.randrange(1000))
        channel = rnd.choice(["Web", "Store", "Phone"])
        shipped = placed + dt.timedelta(days=rnd.randint(0, 4) + (channel == "Phone"))
        delivered = shipped + dt.timedelta(days=rnd.randint(1, 9)) if k % 10 else None  # some still on the way
        rev = round(rnd.uniform(20, 900) * (1.4 if placed.month in (11, 12) else 1.0), 2)
        orders.append(
            (k, rnd.randint(1, 300), channel, placed, shipped, delivered, rev, round(rev * rnd.uniform(0.4, 0.8), 2))
        )
    con.executemany("INSERT INTO ord_hdr VALUES (?, ?, ?, ?, ?, ?, ?, ?)", orders)
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    """Agents (a birth date and a hire date) and tickets opened, first answered and resolved at three timestamps."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute(
        'CREATE TABLE "Agents"("agentId" INTEGER PRIMARY KEY, "agentName" VARCHAR, "birthDate" DATE, '
        '"hiredOn" DATE, "salaryUsd" DOUBLE)'
    )
    agents = [
        (i, f"Agent {i:02d}", dt.date(1970, 1, 1) + dt.timedelta(days=rnd.randrange(11000)),
         dt.date(2015, 1, 1) + dt.timedelta(days=rnd.randrange(3500)), round(rnd.uniform(40_000, 90_000), 2))
        for i in range(1, 41)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Agents" VALUES (?, ?, ?, ?, ?)', agents)
    con.execute(
        'CREATE TABLE "Tickets"("ticketId" INTEGER PRIMARY KEY, "agentId" INTEGER REFERENCES "Agents"("agentId"), '
        '"openedAt" TIMESTAMP, "firstReplyAt" TIMESTAMP, "resolvedAt" TIMESTAMP, "priority" VARCHAR, '
        '"teamName" VARCHAR, "costUsd" DOUBLE)'
    )
    tickets: list[tuple[Any, ...]] = []
    for k in range(1, 3001):
        opened = dt.datetime(2023, 1, 1, 6) + dt.timedelta(minutes=rnd.randrange(900 * 24 * 60))
        opened = opened.replace(hour=rnd.choice([8, 9, 9, 10, 10, 10, 11, 13, 14, 15, 16, 20]))
        reply = opened + dt.timedelta(minutes=rnd.randint(5, 600))
        resolved = reply + dt.timedelta(hours=rnd.randint(1, 200)) if k % 7 else None
        tickets.append((k, rnd.randint(1, 40), opened, reply, resolved, rnd.choice(["Low", "Normal", "High"]),
                        rnd.choice(["Billing", "Access", "Hardware"]), round(rnd.uniform(5, 120), 2)))  # fmt: skip
    con.executemany('INSERT INTO "Tickets" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', tickets)
    return con
