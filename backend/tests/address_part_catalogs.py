"""Two catalogs whose rows carry an e-mail address (neither the demo nor an eval catalog), written for the analyst's
address-part tests: a snake_case newsletter list (subscribers with a contact e-mail, a topic and a join date, some
addresses missing) and a PascalCase supplier register (Suppliers with an e-mail address and a region)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

_HOSTS = ["mailbox.test", "post.example", "inbox.example", "corp.example"]


def newsletter() -> duckdb.DuckDBPyConnection:
    """Subscribers, each with a contact e-mail (empty for a few), a topic and the day they joined the list."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute(
        "CREATE TABLE subscribers(subscriber_id INTEGER PRIMARY KEY, display_name VARCHAR, contact_email VARCHAR, "
        "topic VARCHAR, joined_on DATE)"
    )
    rows = []
    for i in range(1, 301):
        host = rnd.choice([*_HOSTS, _HOSTS[0], _HOSTS[0]])
        mail = None if i % 25 == 0 else f"reader{i}@{host}"
        rows.append((i, f"Reader {i}", mail, rnd.choice(["Gardening", "Chess", "Baking"]),
                     dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))))  # fmt: skip
    con.executemany("INSERT INTO subscribers VALUES (?, ?, ?, ?, ?)", rows)
    return con


def suppliers() -> duckdb.DuckDBPyConnection:
    """Suppliers, each with a name, an e-mail address and a region."""
    con = duckdb.connect()
    rnd = random.Random(9)
    con.execute(
        'CREATE TABLE "Suppliers"("SupplierId" INTEGER PRIMARY KEY, "SupplierName" VARCHAR, '
        '"EmailAddress" VARCHAR, "Region" VARCHAR)'
    )
    rows = [
        (i, f"Maker {i:03d}", f"sales{i}@{rnd.choice(_HOSTS[1:])}", rnd.choice(["East", "West"])) for i in range(1, 121)
    ]
    con.executemany('INSERT INTO "Suppliers" VALUES (?, ?, ?, ?)', rows)
    return con
