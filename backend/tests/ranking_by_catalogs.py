"""Two catalogs whose rows carry a key, a date and a yes/no that a ranking's "by" may name (neither the demo nor an
eval catalog), written for the analyst's ranked-by tests: a snake_case lending library (loan_log rows point at
members and at a book kind, with a returned date and a late flag) and a PascalCase courier dispatch log (DispatchLog
rows point at couriers, depots and a trip kind, with a delivered timestamp, a fragile flag and a charge)."""

from __future__ import annotations

import datetime as dt
import random

import duckdb


def library() -> duckdb.DuckDBPyConnection:
    """Members, kinds of book and loans, each with a member, a kind, a lent and a returned date and a late flag."""
    con = duckdb.connect()
    rnd = random.Random(7)
    con.execute("CREATE TABLE members(member_id INTEGER PRIMARY KEY, full_name VARCHAR, branch VARCHAR)")
    con.executemany(
        "INSERT INTO members VALUES (?, ?, ?)",
        [(i, f"Reader {i:02d}", rnd.choice(["North", "South", "Harbour"])) for i in range(1, 31)],
    )
    con.execute("CREATE TABLE book_kinds(book_kind_id INTEGER PRIMARY KEY, kind_name VARCHAR)")
    kinds = ["Novel", "Atlas", "Cookbook", "Poetry", "Biography", "Comic"]
    con.executemany("INSERT INTO book_kinds VALUES (?, ?)", list(enumerate(kinds, 1)))
    con.execute(
        "CREATE TABLE loan_log(loan_id INTEGER PRIMARY KEY, member_id INTEGER REFERENCES members(member_id), "
        "book_kind_id INTEGER REFERENCES book_kinds(book_kind_id), lent_on DATE, returned_on DATE, is_late BOOLEAN, "
        "fee DOUBLE)"
    )
    loans = []
    for k in range(1, 1201):
        lent = dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(720))
        back = lent + dt.timedelta(days=rnd.randrange(3, 40)) if rnd.random() < 0.85 else None
        loans.append((k, rnd.choice([*range(1, 31), 1, 2, 3, 4, 5, 6, 7, 8]), rnd.randint(1, 6), lent, back,
                      rnd.random() < 0.2, round(rnd.uniform(0, 4), 2)))  # fmt: skip
    con.executemany("INSERT INTO loan_log VALUES (?, ?, ?, ?, ?, ?, ?)", loans)
    con.execute("ALTER TABLE loan_log ADD COLUMN stars INTEGER")
    con.execute("UPDATE loan_log SET stars = CASE WHEN loan_id % 3 = 0 THEN NULL ELSE loan_id % 5 + 1 END")
    con.execute("COMMENT ON COLUMN loan_log.stars IS 'review left after the visit, 1 to 5; NULL when none'")
    return con


def dispatch() -> duckdb.DuckDBPyConnection:
    """Couriers, depots, kinds of trip and a dispatch log, each row with a courier, a depot, a trip kind, a delivered
    timestamp (empty when not delivered yet), a fragile flag, a weight and a charge."""
    con = duckdb.connect()
    rnd = random.Random(11)
    con.execute('CREATE TABLE "Couriers"("CourierId" INTEGER PRIMARY KEY, "CourierName" VARCHAR)')
    con.executemany('INSERT INTO "Couriers" VALUES (?, ?)', [(i, f"Rider {i:02d}") for i in range(1, 21)])
    con.execute('CREATE TABLE "Depots"("DepotId" INTEGER PRIMARY KEY, "DepotName" VARCHAR)')
    depots = ["Quayside", "Millbrook", "Ashford", "Redhill", "Elmstead", "Foxley", "Garrow"]
    con.executemany('INSERT INTO "Depots" VALUES (?, ?)', list(enumerate(depots, 1)))
    con.execute('CREATE TABLE "TripKinds"("TripKindId" INTEGER PRIMARY KEY, "KindName" VARCHAR)')
    con.executemany('INSERT INTO "TripKinds" VALUES (?, ?)', [(1, "Express"), (2, "Standard"), (3, "Bulk")])
    con.execute(
        'CREATE TABLE "DispatchLog"("LogId" INTEGER PRIMARY KEY, "CourierId" INTEGER REFERENCES "Couriers"("CourierId"), '
        '"DepotId" INTEGER REFERENCES "Depots"("DepotId"), "TripKindId" INTEGER REFERENCES "TripKinds"("TripKindId"), '
        '"DeliveredAt" TIMESTAMP, "IsFragile" BOOLEAN, "WeightKg" DOUBLE, "ChargeAmount" DECIMAL(10, 2))'
    )
    rows = []
    for k in range(1, 1501):
        at = dt.datetime(2023, 1, 1, 8) + dt.timedelta(hours=rnd.randrange(17000))
        rows.append((k, rnd.choice([*range(1, 21), 1, 2, 3, 4]), rnd.randint(1, 7), rnd.randint(1, 3),
                     at if rnd.random() < 0.9 else None, rnd.random() < 0.25, round(rnd.uniform(0.2, 30), 1),
                     round(rnd.uniform(4, 90), 2)))  # fmt: skip
    con.executemany('INSERT INTO "DispatchLog" VALUES (?, ?, ?, ?, ?, ?, ?, ?)', rows)
    con.execute('ALTER TABLE "DispatchLog" ADD COLUMN "Rating" INTEGER')
    con.execute('UPDATE "DispatchLog" SET "Rating" = CASE WHEN "LogId" % 4 = 0 THEN NULL ELSE "LogId" % 5 + 1 END')
    con.execute('COMMENT ON COLUMN "DispatchLog"."Rating" IS \'survey after each handover, 1 to 5\'')
    return con


def rota() -> duckdb.DuckDBPyConnection:
    """A camelCase clinic rota: doctors, kinds of shift and roster entries, each a doctor working a kind of shift."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute('CREATE TABLE doctors("doctorId" INTEGER PRIMARY KEY, "doctorName" VARCHAR, "wardName" VARCHAR)')
    con.executemany(
        "INSERT INTO doctors VALUES (?, ?, ?)",
        [(i, f"Dr {i:02d}", rnd.choice(["East", "West", "Annex"])) for i in range(1, 16)],
    )
    con.execute('CREATE TABLE "shiftTypes"("shiftTypeId" INTEGER PRIMARY KEY, "shiftLabel" VARCHAR)')
    con.executemany('INSERT INTO "shiftTypes" VALUES (?, ?)', [(1, "Early"), (2, "Late"), (3, "Night"), (4, "Weekend")])
    con.execute(
        'CREATE TABLE "rosterEntries"("entryId" INTEGER PRIMARY KEY, "doctorId" INTEGER REFERENCES doctors("doctorId"), '
        '"shiftTypeId" INTEGER REFERENCES "shiftTypes"("shiftTypeId"), "workedOn" DATE, "hoursWorked" DOUBLE)'
    )
    rows = [
        (k, rnd.choice([*range(1, 16), 1, 2, 3]), rnd.randint(1, 4),
         dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(500)), rnd.choice([8.0, 10.0, 12.0]))
        for k in range(1, 901)
    ]  # fmt: skip
    con.executemany('INSERT INTO "rosterEntries" VALUES (?, ?, ?, ?, ?)', rows)
    return con
