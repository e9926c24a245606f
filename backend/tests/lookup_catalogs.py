"""Two catalogs whose kinds of things live in small lookup tables (id, name) that fact tables reference by id: a
snake_case library with declared keys, and a PascalCase help desk whose keys are implied by names alone
(TicketTypeId → TicketTypes.Id, OwnerAgentId → Agents.Id)."""

from __future__ import annotations

import duckdb

_FIRST = ["Ada", "Bela", "Cyril", "Dora", "Emil", "Fenna", "Gus", "Hilde", "Ivo", "Jana"]
_LAST = ["Moss", "Quill", "Reyes", "Sato", "Trent"]


def library() -> duckdb.DuckDBPyConnection:
    """Items of three types and five genres, members, and loans of three kinds; every key declared."""
    con = duckdb.connect()
    con.execute("CREATE TABLE item_types(id INTEGER PRIMARY KEY, name VARCHAR)")
    con.execute("INSERT INTO item_types VALUES (1, 'Book'), (2, 'Magazine'), (3, 'Film')")
    con.execute("CREATE TABLE genres(id INTEGER PRIMARY KEY, name VARCHAR)")
    con.execute(
        "INSERT INTO genres VALUES (1, 'Mystery'), (2, 'Poetry'), (3, 'History'), (4, 'Science'), (5, 'Romance')"
    )
    con.execute("CREATE TABLE members(id INTEGER PRIMARY KEY, full_name VARCHAR, city VARCHAR, joined_on DATE)")
    names = [f"{f} {last}" for last in _LAST for f in _FIRST][:40]
    con.executemany(
        "INSERT INTO members VALUES (?, ?, ?, DATE '2019-01-05' + CAST(? AS INTEGER))",
        [(i + 1, n, ["Leeds", "York", "Hull"][i % 3], 17 * i) for i, n in enumerate(names)],
    )
    con.execute(
        """CREATE TABLE items(id INTEGER PRIMARY KEY, item_type_id INTEGER REFERENCES item_types(id),
        genre_id INTEGER REFERENCES genres(id), title VARCHAR, published_on DATE, pages INTEGER,
        rating DOUBLE, copies INTEGER)"""
    )
    # 90 items: types cycle 1,1,2,3 (books twice as common); genres skewed towards Mystery
    con.execute(
        """INSERT INTO items SELECT i, [1, 1, 2, 3][i % 4 + 1], [1, 1, 1, 2, 3, 3, 4, 5][i % 8 + 1],
        'Title ' || i, DATE '2016-03-01' + CAST(i * 37 AS INTEGER), 40 + (i * 53) % 400,
        round(1 + ((i * 7) % 40) / 10.0, 1), 1 + (i * 5) % 7 FROM range(1, 91) t(i)"""
    )
    con.execute("CREATE TABLE loan_kinds(id INTEGER PRIMARY KEY, name VARCHAR)")
    con.execute("INSERT INTO loan_kinds VALUES (1, 'Standard'), (2, 'Renewal'), (3, 'Interlibrary')")
    con.execute(
        """CREATE TABLE loans(id INTEGER PRIMARY KEY, item_id INTEGER REFERENCES items(id),
        member_id INTEGER REFERENCES members(id), loan_kind_id INTEGER REFERENCES loan_kinds(id), loaned_on DATE)"""
    )
    con.execute(
        """INSERT INTO loans SELECT i, 1 + (i * 13) % 90, 1 + (i * i) % 40, [1, 1, 1, 2, 3][i % 5 + 1],
        DATE '2021-01-01' + CAST((i * 3) % 900 AS INTEGER) FROM range(1, 401) t(i)"""
    )
    return con


def help_desk() -> duckdb.DuckDBPyConnection:
    """Tickets of three types from three channels, agents who own them, and notes of three kinds; no key declared."""
    con = duckdb.connect()
    con.execute('CREATE TABLE "TicketTypes"("Id" INTEGER, "Name" VARCHAR)')
    con.execute("""INSERT INTO "TicketTypes" VALUES (1, 'Incident'), (2, 'Request'), (3, 'Complaint')""")
    con.execute('CREATE TABLE "Channels"("Id" INTEGER, "Name" VARCHAR)')
    con.execute("""INSERT INTO "Channels" VALUES (1, 'Email'), (2, 'Chat'), (3, 'Portal'), (4, 'Letter')""")
    con.execute('CREATE TABLE "Agents"("Id" INTEGER, "DisplayName" VARCHAR, "Team" VARCHAR, "HiredOn" DATE)')
    con.executemany(
        """INSERT INTO "Agents" VALUES (?, ?, ?, DATE '2018-02-01' + CAST(? AS INTEGER))""",
        [(i + 1, f"{_FIRST[i % 10]} {_LAST[i % 5]}{i}", ["North", "South"][i % 2], 41 * i) for i in range(25)],
    )
    con.execute(
        """CREATE TABLE "Tickets"("Id" INTEGER, "TicketTypeId" INTEGER, "ChannelId" INTEGER, "OwnerAgentId" INTEGER,
        "OpenedAt" TIMESTAMP, "Subject" VARCHAR, "Severity" INTEGER, "ReplyCount" INTEGER, "HoursOpen" DOUBLE)"""
    )
    con.execute(
        """INSERT INTO "Tickets" SELECT i, [1, 1, 1, 2, 2, 3][i % 6 + 1], [1, 1, 2, 2, 2, 3, 4][i % 7 + 1],
        1 + (i * 7) % 25, TIMESTAMP '2022-01-03 08:00' + to_hours(CAST(i * 29 AS BIGINT)),
        'Subject ' || i, 1 + i % 4, (i * 3) % 11, round(0.5 + ((i * 17) % 240) / 3.0, 2) FROM range(1, 601) t(i)"""
    )
    con.execute('CREATE TABLE "NoteKinds"("Id" INTEGER, "Name" VARCHAR)')
    con.execute("""INSERT INTO "NoteKinds" VALUES (1, 'Internal'), (2, 'Public'), (3, 'Escalation')""")
    con.execute(
        """CREATE TABLE "Notes"("Id" INTEGER, "TicketId" INTEGER, "AgentId" INTEGER, "NoteKindId" INTEGER,
        "WrittenAt" TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO "Notes" SELECT i, 1 + (i * 11) % 600, 1 + (i * i + 3) % 25, [1, 1, 2, 2, 2, 3][i % 6 + 1],
        TIMESTAMP '2022-01-04 09:00' + to_hours(CAST(i * 11 AS BIGINT)) FROM range(1, 1501) t(i)"""
    )
    return con
