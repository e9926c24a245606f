"""Two catalogs written for the tests of spans between two dates of a row and of members' event histories (neither the
demo nor an eval catalog): a snake_case video rental shop with declared keys (films in genres, discs of a film at a
branch, customers who hire discs, hires out and back, payments, postal orders ordered, shipped and delivered) and a
PascalCase support desk without declared keys (agents, client companies, priority levels, tickets opened, first
answered and resolved, notes agents post on tickets)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb

_DAY0 = dt.datetime(2024, 1, 2, 9)


def video_shop() -> duckdb.DuckDBPyConnection:
    """Genres; films of a genre (hire rate, running time); branches; discs of a film at a branch; customers of a branch;
    staff; rentals of a disc by a customer (rented_at, returned_at, NULL while out); payments for a rental; postal
    orders (ordered_on, shipped_on, delivered_on). The last rental is on 2024-12-30; some customers stop early."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute("CREATE TABLE genres(genre_id INTEGER PRIMARY KEY, genre_name VARCHAR)")
    genres = ["Comedy", "Horror", "Drama", "Animation", "Sci-Fi"]
    con.executemany("INSERT INTO genres VALUES (?, ?)", list(enumerate(genres, 1)))
    con.execute(
        "CREATE TABLE films(film_id INTEGER PRIMARY KEY, title VARCHAR, genre_id INTEGER REFERENCES genres(genre_id), "
        "hire_rate DECIMAL(5,2), running_minutes INTEGER, age_rating VARCHAR)"
    )
    words = ["Midnight", "River", "Glass", "Copper", "Falcon", "Winter", "Harbor", "Velvet", "Echo", "Lantern"]
    films = [
        (k, f"{words[k % 10]} {words[(k * 3 + 1) % 10]} {k}", 1 + k % 5, rnd.choice([0.99, 2.99, 4.99]),
         rnd.randrange(80, 170), rnd.choice(["U", "PG", "12", "15", "18"]))
        for k in range(1, 41)
    ]  # fmt: skip
    con.executemany("INSERT INTO films VALUES (?, ?, ?, ?, ?, ?)", films)
    con.execute("CREATE TABLE branches(branch_id INTEGER PRIMARY KEY, town VARCHAR)")
    con.executemany("INSERT INTO branches VALUES (?, ?)", [(1, "Ashby"), (2, "Brixford")])
    con.execute(
        "CREATE TABLE discs(disc_id INTEGER PRIMARY KEY, film_id INTEGER REFERENCES films(film_id), "
        "branch_id INTEGER REFERENCES branches(branch_id))"
    )
    con.executemany("INSERT INTO discs VALUES (?, ?, ?)", [(k, 1 + k % 40, 1 + k % 2) for k in range(1, 121)])
    con.execute(
        "CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, "
        "email VARCHAR, branch_id INTEGER REFERENCES branches(branch_id), joined_on DATE)"
    )
    firsts = ["Ada", "Ben", "Cleo", "Dev", "Esme", "Finn", "Gita", "Hugo", "Iris", "Jude", "Kemi", "Lars"]
    lasts = ["Moss", "Hart", "Quill", "Reyes", "Stone", "Tanaka", "Umber", "Vance"]
    customers = [
        (k, firsts[k % 12], lasts[k % 8], f"c{k}@mail.test", 1 + k % 2,
         (_DAY0 - dt.timedelta(days=rnd.randrange(30, 700))).date())
        for k in range(1, 31)
    ]  # fmt: skip
    con.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?)", customers)
    con.execute(
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, "
        "branch_id INTEGER REFERENCES branches(branch_id))"
    )
    con.executemany("INSERT INTO staff VALUES (?, ?, ?, ?)", [(1, "Mona", "Pike", 1), (2, "Theo", "Lund", 2)])
    con.execute(
        "CREATE TABLE rentals(rental_id INTEGER PRIMARY KEY, disc_id INTEGER REFERENCES discs(disc_id), "
        "customer_id INTEGER REFERENCES customers(customer_id), staff_id INTEGER REFERENCES staff(staff_id), "
        "rented_at TIMESTAMP, returned_at TIMESTAMP)"
    )
    con.execute(
        "CREATE TABLE payments(payment_id INTEGER PRIMARY KEY, rental_id INTEGER REFERENCES rentals(rental_id), "
        "customer_id INTEGER REFERENCES customers(customer_id), amount DECIMAL(6,2), paid_at TIMESTAMP)"
    )
    rentals: list[tuple[Any, ...]] = []
    payments: list[tuple[Any, ...]] = []
    for k in range(1, 401):
        cust = 1 + rnd.randrange(30)
        # customers 25-30 stop renting early in the year, 20-24 in the summer
        horizon = 120 if cust >= 25 else 200 if cust >= 20 else 362
        out = _DAY0 + dt.timedelta(days=rnd.randrange(horizon), minutes=rnd.randrange(600))
        back = (
            None
            if k % 37 == 0
            else out + dt.timedelta(hours=rnd.choice([rnd.randrange(10, 72), rnd.randrange(90, 400)]))
        )
        rentals.append((k, 1 + rnd.randrange(120), cust, 1 + k % 2, out, back))
        payments.append((k, k, cust, rnd.choice([0.99, 2.99, 4.99, 5.99]), out + dt.timedelta(minutes=5)))
    rentals.append((401, 7, 1, 1, dt.datetime(2024, 12, 30, 18), None))
    con.executemany("INSERT INTO rentals VALUES (?, ?, ?, ?, ?, ?)", rentals)
    con.executemany("INSERT INTO payments VALUES (?, ?, ?, ?, ?)", payments)
    con.execute(
        "CREATE TABLE postal_orders(order_id INTEGER PRIMARY KEY, "
        "customer_id INTEGER REFERENCES customers(customer_id), ordered_on DATE, shipped_on DATE, delivered_on DATE, "
        "carrier VARCHAR)"
    )
    orders: list[tuple[Any, ...]] = []
    for k in range(1, 151):
        ordered = (_DAY0 + dt.timedelta(days=rnd.randrange(360))).date()
        shipped = ordered + dt.timedelta(days=rnd.choice([0, 1, 1, 2, 3, 4, 6]))
        delivered = shipped + dt.timedelta(days=rnd.randrange(1, 6))
        orders.append((k, 1 + rnd.randrange(30), ordered, shipped, delivered, rnd.choice(["Parcelo", "SwiftPost"])))
    con.executemany("INSERT INTO postal_orders VALUES (?, ?, ?, ?, ?, ?)", orders)
    return con


def support_desk() -> duckdb.DuckDBPyConnection:
    """Agents in teams; client companies on a plan; priority levels; tickets of a client handled by an agent at a
    priority (OpenedAt, FirstReplyAt, ResolvedAt, NULL while open; Channel, Status); notes agents post on a ticket
    (PostedAt). No key is declared."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute('CREATE TABLE "Agents"("AgentId" INTEGER, "AgentName" VARCHAR, "Team" VARCHAR)')
    agents = [(1, "Nadia Brook", "Tier 1"), (2, "Owen Pratt", "Tier 1"), (3, "Priya Lake", "Tier 2"),
              (4, "Quentin Roe", "Tier 2"), (5, "Rosa Vidal", "Tier 1")]  # fmt: skip
    con.executemany('INSERT INTO "Agents" VALUES (?, ?, ?)', agents)
    con.execute('CREATE TABLE "Clients"("ClientId" INTEGER, "CompanyName" VARCHAR, "Plan" VARCHAR)')
    names = ["Acorn Labs", "Birchwell", "Cobalt Foods", "Dunmore Ltd", "Elmtree Co", "Fernhill", "Granite IT",
             "Hollow Oak", "Ironbark", "Juniper Group", "Kestrel Air", "Larch Media"]  # fmt: skip
    con.executemany(
        'INSERT INTO "Clients" VALUES (?, ?, ?)',
        [(k, n, ["Basic", "Pro", "Enterprise"][k % 3]) for k, n in enumerate(names, 1)],
    )
    con.execute('CREATE TABLE "Priorities"("PriorityId" INTEGER, "PriorityName" VARCHAR)')
    con.executemany('INSERT INTO "Priorities" VALUES (?, ?)', [(1, "Urgent"), (2, "High"), (3, "Normal"), (4, "Low")])
    con.execute(
        'CREATE TABLE "Tickets"("TicketId" INTEGER, "ClientId" INTEGER, "AgentId" INTEGER, "PriorityId" INTEGER, '
        '"Subject" VARCHAR, "Channel" VARCHAR, "OpenedAt" TIMESTAMP, "FirstReplyAt" TIMESTAMP, '
        '"ResolvedAt" TIMESTAMP, "Status" VARCHAR)'
    )
    subjects = ["Login fails", "Invoice query", "Slow dashboard", "Export broken", "New user", "API limit"]
    tickets: list[tuple[Any, ...]] = []
    for k in range(1, 301):
        client = 1 + rnd.randrange(12)
        horizon = 150 if client >= 11 else 330
        opened = _DAY0 + dt.timedelta(days=rnd.randrange(horizon), minutes=rnd.randrange(60 * 14))
        reply = opened + dt.timedelta(minutes=rnd.randrange(5, 600))
        hours = rnd.choice([rnd.randrange(1, 24), rnd.randrange(24, 72), rnd.randrange(72, 300)])
        resolved = None if k % 19 == 0 else opened + dt.timedelta(hours=hours, minutes=rnd.randrange(60))
        status = "Open" if resolved is None else "Resolved"
        tickets.append((k, client, 1 + rnd.randrange(5), 1 + rnd.randrange(4), rnd.choice(subjects),
                        rnd.choice(["Email", "Phone", "Chat"]), opened, reply, resolved, status))  # fmt: skip
    con.executemany('INSERT INTO "Tickets" VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)', tickets)
    con.execute(
        'CREATE TABLE "TicketNotes"("NoteId" INTEGER, "TicketId" INTEGER, "AgentId" INTEGER, "PostedAt" TIMESTAMP)'
    )
    notes = [
        (k, t[0], t[2], t[6] + dt.timedelta(hours=rnd.randrange(1, 48)))
        for k, t in enumerate((rnd.choice(tickets) for _ in range(500)), 1)
    ]
    con.executemany('INSERT INTO "TicketNotes" VALUES (?, ?, ?, ?)', notes)
    return con
