"""Two catalogs whose people carry event dates left empty until the event happens (a last login, a signed
agreement), written for the analyst's tests of events that never happened (neither the demo nor an eval catalog): a
snake_case app's accounts (app_users.last_login, terms_accepted_at, a code column whose values hold a lone "t" and
"ve", subscriptions with a cancelled_at and a cancel_reason) and a PascalCase library's patrons (Patron.LastLogon, AgreementSignedAt, a
card code with "T" and "VE", loans with a RenewedOn date and a
RenewChannel)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def accounts() -> duckdb.DuckDBPyConnection:
    """App users: a signup date, a last login and a terms acceptance left empty for some, a device code."""
    con = duckdb.connect()
    rnd = random.Random(71)
    con.execute(
        "CREATE TABLE app_users(user_id INTEGER PRIMARY KEY, full_name VARCHAR, plan VARCHAR, device_code VARCHAR, "
        "signup_date DATE, last_login TIMESTAMP, terms_accepted_at TIMESTAMP)"
    )
    rows = []
    for k in range(1, 301):
        joined = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(600))
        login = None if rnd.random() < 0.2 else dt.datetime(2025, 1, 1) + dt.timedelta(hours=rnd.randrange(5000))
        terms = None if rnd.random() < 0.3 else dt.datetime(2024, 1, 1) + dt.timedelta(hours=rnd.randrange(9000))
        code = f"{rnd.choice(['t', 've', 'x'])}-{k:04d}"
        rows.append((k, f"User {k}", rnd.choice(["free", "pro"]), code, joined, login, terms))
    con.executemany("INSERT INTO app_users VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    con.execute(
        "CREATE TABLE subscriptions(sub_id INTEGER PRIMARY KEY, user_id INTEGER REFERENCES app_users(user_id), "
        "tier VARCHAR, started_on DATE, cancelled_at TIMESTAMP, cancel_reason VARCHAR, monthly_fee DOUBLE)"
    )
    subs = []
    for k in range(1, 401):
        start = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700))
        gone = None if rnd.random() < 0.5 else dt.datetime(2024, 1, 1) + dt.timedelta(hours=rnd.randrange(13000))
        why = rnd.choice(["price", "moved", "unused"]) if gone else None
        subs.append((k, rnd.randint(1, 300), rnd.choice(["basic", "plus"]), start, gone, why, rnd.choice([9.0, 19.0])))
    con.executemany("INSERT INTO subscriptions VALUES (?, ?, ?, ?, ?, ?, ?)", subs)
    return con


def patrons() -> duckdb.DuckDBPyConnection:
    """Library patrons: a joined date, a last logon and a signed agreement left empty for some, a card code."""
    con = duckdb.connect()
    rnd = random.Random(73)
    con.execute(
        'CREATE TABLE "Patron"("Id" INTEGER PRIMARY KEY, "Name" VARCHAR, "Branch" VARCHAR, "CardCode" VARCHAR, '
        '"JoinedDate" DATE, "LastLogon" TIMESTAMP, "AgreementSignedAt" TIMESTAMP)'
    )
    rows = []
    for k in range(1, 251):
        joined = dt.date(2022, 6, 1) + dt.timedelta(days=rnd.randrange(800))
        logon = None if rnd.random() < 0.25 else dt.datetime(2024, 6, 1) + dt.timedelta(hours=rnd.randrange(6000))
        signed = None if rnd.random() < 0.35 else dt.datetime(2023, 1, 1) + dt.timedelta(hours=rnd.randrange(9000))
        code = f"{rnd.choice(['T', 'VE', 'Q'])} {k:04d}"
        rows.append((k, f"Patron {k}", rnd.choice(["North", "South"]), code, joined, logon, signed))
    con.executemany('INSERT INTO "Patron" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    con.execute(
        'CREATE TABLE "Loan"("Id" INTEGER PRIMARY KEY, "PatronId" INTEGER REFERENCES "Patron"("Id"), '
        '"LoanedAt" TIMESTAMP, "RenewedOn" DATE, "RenewChannel" VARCHAR, "LateFee" DOUBLE)'
    )
    loans = []
    for k in range(1, 501):
        out = dt.datetime(2023, 1, 1) + dt.timedelta(hours=rnd.randrange(15000))
        again = None if rnd.random() < 0.6 else (out + dt.timedelta(days=rnd.randrange(7, 30))).date()
        how = rnd.choice(["Desk", "Online"]) if again else None
        loans.append((k, rnd.randint(1, 250), out, again, how, round(rnd.uniform(0, 5), 2)))
    con.executemany('INSERT INTO "Loan" VALUES (?, ?, ?, ?, ?, ?)', loans)
    return con
