"""Catalogs written for the tests of logs of changes (neither the demo nor an eval catalog): a snake_case parcel depot
whose order_history records each change of an order's stage or urgency (field_name, old_value, new_value), with
declared keys, and a PascalCase help desk whose TicketAudit records each change of a ticket's State or Queue
(Field, FromValue, ToValue), without declared keys. A value of a change is held by both sides of the log."""

from __future__ import annotations

import datetime as dt
import itertools
import random

import duckdb


def parcel_depot() -> duckdb.DuckDBPyConnection:
    """40 orders; each goes Placed → Packed → Shipped, some are Rerouted and shipped again, some change urgency."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, order_ref VARCHAR, customer VARCHAR, kind VARCHAR, "
        "urgency VARCHAR, is_open BOOLEAN, created_at TIMESTAMP)"
    )
    con.execute(
        "CREATE TABLE order_history(history_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "changed_at TIMESTAMP, field_name VARCHAR, old_value VARCHAR, new_value VARCHAR)"
    )
    orders: list[tuple[object, ...]] = []
    history: list[tuple[object, ...]] = []
    for k in range(1, 41):
        t = dt.datetime(2024, 1, 1) + dt.timedelta(hours=rnd.randrange(24 * 300))
        urgency = rnd.choice(["Low", "Normal", "Normal"])
        steps = ["Placed", "Packed", "Shipped"]
        if k % 4 == 0:
            steps += ["Rerouted", "Shipped"]
        if k % 7 == 0:
            steps += ["Rerouted"]
        for old, new in itertools.pairwise(steps):
            t += dt.timedelta(hours=rnd.randint(2, 60))
            history.append((len(history) + 1, k, t, "stage", old, new))
        if k % 3 == 0:
            t += dt.timedelta(hours=5)
            raised = rnd.choice(["Urgent", "Normal"]) if urgency == "Low" else "Urgent"
            history.append((len(history) + 1, k, t, "urgency", urgency, raised))
            urgency = raised
        orders.append((k, f"ORD-{k:03d}", rnd.choice(["Acme", "Birch", "Cobalt"]), rnd.choice(["box", "crate"]),
                       urgency, k % 5 == 0, dt.datetime(2024, 1, 1)))  # fmt: skip
    con.executemany("INSERT INTO orders VALUES (?, ?, ?, ?, ?, ?, ?)", orders)
    con.executemany("INSERT INTO order_history VALUES (?, ?, ?, ?, ?, ?)", history)
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    """30 Tickets; each goes New → Assigned → Solved, some are Reopened and Solved again, some change Queue."""
    con = duckdb.connect()
    rnd = random.Random(12)
    con.execute('CREATE TABLE "Tickets"("TicketID" INTEGER, "Title" VARCHAR, "Product" VARCHAR, "Queue" VARCHAR)')
    con.execute(
        'CREATE TABLE "TicketAudit"("AuditID" INTEGER, "TicketID" INTEGER, "ChangedOn" TIMESTAMP, "Field" VARCHAR, '
        '"FromValue" VARCHAR, "ToValue" VARCHAR)'
    )
    tickets: list[tuple[object, ...]] = []
    audit: list[tuple[object, ...]] = []
    for k in range(1, 31):
        t = dt.datetime(2024, 3, 1) + dt.timedelta(hours=rnd.randrange(24 * 200))
        queue = rnd.choice(["Billing", "Access"])
        steps = ["New", "Assigned", "Solved"]
        if k % 3 == 0:
            steps += ["Reopened", "Solved"]
        for old, new in itertools.pairwise(steps):
            t += dt.timedelta(hours=rnd.randint(1, 30))
            audit.append((len(audit) + 1, k, t, "State", old, new))
        if k % 4 == 0:
            moved = "Hardware" if queue == "Billing" else "Billing"
            audit.append((len(audit) + 1, k, t + dt.timedelta(hours=1), "Queue", queue, moved))
            queue = moved
        tickets.append((k, f"Ticket {k}", rnd.choice(["Laptop", "Phone"]), queue))
    con.executemany('INSERT INTO "Tickets" VALUES (?, ?, ?, ?)', tickets)
    con.executemany('INSERT INTO "TicketAudit" VALUES (?, ?, ?, ?, ?, ?)', audit)
    return con
