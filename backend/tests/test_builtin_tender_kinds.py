"""How a payment was made, said as tills say it ("tender type", "payment type", "form of payment"): the column
whose values, or the meanings its comment gives its codes, are kinds of payment (one a credit or debit card, a cheque, a voucher),
whatever it is called, rather than another column named "method" or "type". On two catalogs written here: a
snake_case laundromat till (text kinds beside a card-entry method) and a PascalCase ferry kiosk (numbered codes
explained in a comment)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def laundromat() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE wash_takings(id INTEGER PRIMARY KEY, taken_at TIMESTAMP, source_kind VARCHAR,
        entry_method VARCHAR, machine_type VARCHAR, amount_cents INTEGER)"""
    )
    con.execute(
        """INSERT INTO wash_takings SELECT i, TIMESTAMP '2024-01-01 07:00:00' + INTERVAL (i * 5 % 3000) HOUR,
        ['CASH', 'DEBIT', 'VOUCHER', 'CREDIT'][1 + i % 4], ['SWIPE', 'TAP', 'KEYED'][1 + i % 3],
        ['washer', 'dryer'][1 + i % 2], 250 + i * 13 % 900 FROM range(1, 801) t(i)"""
    )
    return con


def ferry_kiosk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE "KioskSales"("SaleId" INTEGER PRIMARY KEY, "SoldAt" DATE, "PayCode" INTEGER,
        "TicketType" VARCHAR, "Fare" DECIMAL(8, 2))"""
    )
    con.execute("""COMMENT ON COLUMN "KioskSales"."PayCode" IS '1 = Cash, 2 = Credit card, 3 = Debit card'""")
    con.execute(
        """INSERT INTO "KioskSales" SELECT i, DATE '2024-06-01' + CAST(i % 90 AS INTEGER), 1 + i % 3,
        ['Single', 'Return'][1 + i % 2], 4 + i % 9 FROM range(1, 601) t(i)"""
    )
    return con


wash = catalog_fixture(laundromat)
kiosk = catalog_fixture(ferry_kiosk)


def test_tender_words_name_the_column_of_kinds_of_payment(wash: Db, kiosk: Db) -> None:
    same(wash, "how many takings by tender type", "SELECT source_kind, count(*) FROM wash_takings GROUP BY 1")
    same(
        wash,
        "total amount by payment type",
        "SELECT source_kind, sum(amount_cents) / 100.0 FROM wash_takings GROUP BY 1",
    )
    d = same(kiosk, "number of sales per form of payment", 'SELECT "PayCode", count(*) FROM "KioskSales" GROUP BY 1')
    assert '"PayCode"' in d.sql or "PayCode" in d.sql
    same(kiosk, "total fare by tender type", 'SELECT "PayCode", sum("Fare") FROM "KioskSales" GROUP BY 1')


def test_other_types_and_methods_stay_their_own(wash: Db, kiosk: Db) -> None:
    same(wash, "how many takings by entry method", "SELECT entry_method, count(*) FROM wash_takings GROUP BY 1")
    same(kiosk, "number of sales by ticket type", 'SELECT "TicketType", count(*) FROM "KioskSales" GROUP BY 1')
