"""Two sales catalogs written for the analyst's tests of yes/no states and platform naming (neither is the demo nor an
eval catalog): a deal desk in snake_case (is_won / is_closed flags, a plan2 table a version number names, custom
fields marked `__c`), and a service desk in PascalCase (IsClosed / IsEscalated flags, an Article2 table, `__c`
fields)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def deal_desk() -> duckdb.DuckDBPyConnection:
    """Companies, the deals sold to them (won, lost or still open) and each deal's plan lines."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute("CREATE TABLE companies(id INTEGER PRIMARY KEY, name VARCHAR, industry VARCHAR, region VARCHAR)")
    industries = ["Retail", "Banking", "Energy", "Media"]
    con.executemany(
        "INSERT INTO companies VALUES (?, ?, ?, ?)",
        [(i, f"Company {i:03d}", industries[i % 4], ["North", "South", "West"][i % 3]) for i in range(1, 81)],
    )
    con.execute(
        "CREATE TABLE deals(id INTEGER PRIMARY KEY, company_id INTEGER REFERENCES companies(id), deal_name VARCHAR, "
        "amount DECIMAL(12,2), close_date DATE, is_closed BOOLEAN, is_won BOOLEAN, forecast_category VARCHAR, "
        "discount_pct__c DECIMAL(5,2))"
    )
    deals: list[tuple[Any, ...]] = []
    for k in range(1, 601):
        closed = rnd.random() < 0.7
        won = closed and rnd.random() < 0.45
        category = "Closed" if closed else rnd.choice(["Pipeline", "Best Case", "Commit"])
        deals.append(
            (k, rnd.randint(1, 80), f"Deal {k:04d}", rnd.randint(5, 400) * 250,
             dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(700)), closed, won, category,
             round(rnd.uniform(0, 30), 2))
        )  # fmt: skip
    con.executemany("INSERT INTO deals VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", deals)
    con.execute("CREATE TABLE plan2(id INTEGER PRIMARY KEY, name VARCHAR, tier VARCHAR, list_price__c DECIMAL(10,2))")
    plans = [(1, "Starter", "Basic", 29), (2, "Team", "Basic", 79), (3, "Business", "Pro", 199),
             (4, "Scale", "Pro", 499), (5, "Enterprise", "Top", 1500), (6, "Legacy", "Basic", 19)]  # fmt: skip
    con.executemany("INSERT INTO plan2 VALUES (?, ?, ?, ?)", plans)
    con.execute(
        "CREATE TABLE deal_lines(id INTEGER PRIMARY KEY, deal_id INTEGER REFERENCES deals(id), "
        "plan2_id INTEGER REFERENCES plan2(id), seats INTEGER, plan_term VARCHAR, list_price DECIMAL(10,2))"
    )
    lines = [
        (n, rnd.randint(1, 600), p, rnd.randint(1, 40), rnd.choice(["Monthly", "Annual"]),
         round(plans[p - 1][3] * rnd.choice([1.0, 0.9, 0.8]), 2))
        for n in range(1, 1201)
        for p in [rnd.randint(1, 5)]
    ]  # fmt: skip
    con.executemany("INSERT INTO deal_lines VALUES (?, ?, ?, ?, ?, ?)", lines)
    return con


def service_desk() -> duckdb.DuckDBPyConnection:
    """Accounts, their support tickets (open or closed, some escalated) and the articles each ticket cited."""
    con = duckdb.connect()
    rnd = random.Random(19)
    con.execute(
        'CREATE TABLE "Account"("AccountId" INTEGER PRIMARY KEY, "AccountName" VARCHAR, "Tier__c" VARCHAR, '
        '"Country" VARCHAR)'
    )
    con.executemany(
        'INSERT INTO "Account" VALUES (?, ?, ?, ?)',
        [(i, f"Account {i:03d}", ["Gold", "Silver", "Bronze"][i % 3], ["FR", "DE", "IT", "ES"][i % 4])
         for i in range(1, 61)],
    )  # fmt: skip
    con.execute(
        'CREATE TABLE "Ticket"("TicketId" INTEGER PRIMARY KEY, "AccountId" INTEGER REFERENCES "Account"("AccountId"), '
        '"Priority" VARCHAR, "IsClosed" BOOLEAN, "IsEscalated" BOOLEAN, "CostUsd" DECIMAL(10,2), '
        '"ForecastBucket" VARCHAR, "OpenedOn" DATE)'
    )
    tickets: list[tuple[Any, ...]] = []
    for k in range(1, 901):
        closed = rnd.random() < 0.8
        tickets.append(
            (k, rnd.randint(1, 60), rnd.choice(["Low", "Medium", "High"]), closed, rnd.random() < 0.2,
             round(rnd.uniform(5, 500), 2), rnd.choice(["Quick", "Standard", "Long"]),
             dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(500)))
        )  # fmt: skip
    con.executemany('INSERT INTO "Ticket" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', tickets)
    con.execute(
        'CREATE TABLE "Article2"("Article2Id" INTEGER PRIMARY KEY, "Title" VARCHAR, "Topic" VARCHAR, '
        '"ReadMinutes__c" INTEGER)'
    )
    articles = [(1, "Reset a password", "Access", 3), (2, "Export data", "Data", 8), (3, "Set up SSO", "Access", 15),
                (4, "Billing basics", "Billing", 5), (5, "API limits", "Data", 12), (6, "Old client", "Legacy", 4)]  # fmt: skip
    con.executemany('INSERT INTO "Article2" VALUES (?, ?, ?, ?)', articles)
    con.execute(
        'CREATE TABLE "TicketArticle"("TicketArticleId" INTEGER PRIMARY KEY, '
        '"TicketId" INTEGER REFERENCES "Ticket"("TicketId"), "Article2Id" INTEGER REFERENCES "Article2"("Article2Id"), '
        '"Helpful" INTEGER, "ReadMinutes" INTEGER)'
    )
    cited = [(n, rnd.randint(1, 900), rnd.randint(1, 5), rnd.randint(0, 5), rnd.randint(1, 20)) for n in range(1, 1501)]
    con.executemany('INSERT INTO "TicketArticle" VALUES (?, ?, ?, ?, ?)', cited)
    return con
