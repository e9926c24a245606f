""" "Revenue", "sales", "spend" on lines of goods sold that hold a price per unit and a quantity but no column for the
whole line: the measure is the price times the quantity, added up (the price alone added up would count ten units as
one); an average of it is taken per order, not per line. A price asked for by name stays the price. On two catalogs
written for it: a record shop in PascalCase with declared keys and a snake_case bakery with a price "each"."""

from __future__ import annotations

import datetime as dt
import random

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def record_shop() -> duckdb.DuckDBPyConnection:
    """Buyers in countries, their receipts (a date, no total) and receipt lines (a PerUnitPrice and a Quantity) of
    tracks on albums by artists; tracks have a list price of their own."""
    con = duckdb.connect()
    rnd = random.Random(17)
    con.execute('CREATE TABLE "Buyer"("BuyerId" INTEGER PRIMARY KEY, "BuyerName" VARCHAR, "Country" VARCHAR)')
    con.executemany(
        'INSERT INTO "Buyer" VALUES (?, ?, ?)',
        [(i, f"Buyer {i:02d}", ["Chile", "Norway", "Kenya", "Japan"][i % 4]) for i in range(1, 31)],
    )
    con.execute('CREATE TABLE "Artist"("ArtistId" INTEGER PRIMARY KEY, "ArtistName" VARCHAR)')
    con.executemany('INSERT INTO "Artist" VALUES (?, ?)', list(enumerate(["Blue Owls", "Red Fox", "Tin Can"], 1)))
    con.execute(
        'CREATE TABLE "Song"("SongId" INTEGER PRIMARY KEY, "SongName" VARCHAR, '
        '"ArtistId" INTEGER REFERENCES "Artist"("ArtistId"), "Price" DECIMAL(6, 2))'
    )
    con.executemany(
        'INSERT INTO "Song" VALUES (?, ?, ?, ?)',
        [(i, f"Song {i}", 1 + i % 3, [0.99, 1.49][i % 2]) for i in range(1, 41)],
    )
    con.execute(
        'CREATE TABLE "Receipt"("ReceiptId" INTEGER PRIMARY KEY, "BuyerId" INTEGER REFERENCES "Buyer"("BuyerId"), '
        '"ReceiptDate" TIMESTAMP)'
    )
    con.execute(
        'CREATE TABLE "ReceiptLine"("ReceiptLineId" INTEGER PRIMARY KEY, '
        '"ReceiptId" INTEGER REFERENCES "Receipt"("ReceiptId"), "SongId" INTEGER REFERENCES "Song"("SongId"), '
        '"UnitPrice" DECIMAL(6, 2), "Quantity" INTEGER)'
    )
    line = 1
    for i in range(1, 251):
        when = dt.datetime(2023, 1, 1) + dt.timedelta(days=rnd.randint(0, 700))
        con.execute('INSERT INTO "Receipt" VALUES (?, ?, ?)', [i, rnd.randint(1, 30), when])
        for _ in range(rnd.randint(1, 4)):
            song = rnd.randint(1, 40)
            con.execute(
                'INSERT INTO "ReceiptLine" VALUES (?, ?, ?, ?, ?)',
                [line, i, song, [0.99, 1.49][song % 2], rnd.choice([1, 1, 2, 5])],
            )
            line += 1
    return con


def bakery() -> duckdb.DuckDBPyConnection:
    """Shops, baked goods of kinds with a list price, orders of a shop on a day, and order items with a qty and a
    price_each."""
    con = duckdb.connect()
    rnd = random.Random(29)
    con.execute("CREATE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, town VARCHAR)")
    con.executemany(
        "INSERT INTO shops VALUES (?, ?, ?)", [(i, f"Oven {i}", ["Ayr", "Bree", "Cork"][i % 3]) for i in range(1, 7)]
    )
    con.execute("CREATE TABLE goods(good_id INTEGER PRIMARY KEY, good_name VARCHAR, kind VARCHAR, list_price DOUBLE)")
    kinds = ["Bread", "Cake", "Pastry"]
    con.executemany(
        "INSERT INTO goods VALUES (?, ?, ?, ?)", [(i, f"Bake {i}", kinds[i % 3], 2.0 + i % 5) for i in range(1, 16)]
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), ordered_on DATE)"
    )
    con.execute(
        "CREATE TABLE order_items(item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id), "
        "good_id INTEGER REFERENCES goods(good_id), qty INTEGER, price_each DOUBLE)"
    )
    item = 1
    for o in range(1, 401):
        con.execute(
            "INSERT INTO orders VALUES (?, ?, ?)",
            [o, rnd.randint(1, 6), dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(360))],
        )
        for _ in range(rnd.randint(1, 3)):
            good = rnd.randint(1, 15)
            con.execute(
                "INSERT INTO order_items VALUES (?, ?, ?, ?, ?)",
                [item, o, good, rnd.randint(1, 12), 2.0 + good % 5 - rnd.choice([0, 0.5])],
            )
            item += 1
    return con


shop = catalog_fixture(record_shop)
bake = catalog_fixture(bakery)


def test_revenue_by_a_group_is_price_times_quantity(shop: Db, bake: Db) -> None:
    d = same(
        shop,
        "total sales by country",
        'SELECT b."Country", SUM(l."UnitPrice" * l."Quantity") FROM "ReceiptLine" l JOIN "Receipt" r USING '
        '("ReceiptId") JOIN "Buyer" b USING ("BuyerId") GROUP BY 1',
    )
    assert "× " in " ".join(d.thoughts) or "Quantity" in d.sql
    same(
        shop,
        "revenue by artist",
        'SELECT a."ArtistName", SUM(l."UnitPrice" * l."Quantity") FROM "ReceiptLine" l JOIN "Song" s USING ("SongId") '
        'JOIN "Artist" a USING ("ArtistId") GROUP BY 1',
    )
    same(
        bake,
        "revenue by kind",
        "SELECT g.kind, SUM(i.qty * i.price_each) FROM order_items i JOIN goods g USING (good_id) GROUP BY 1",
    )
    same(
        bake,
        "monthly sales in 2024",
        "SELECT DATE_TRUNC('month', o.ordered_on), SUM(i.qty * i.price_each) FROM order_items i JOIN orders o "
        "USING (order_id) GROUP BY 1",
    )


def test_top_spenders_and_spend_per_entity(shop: Db, bake: Db) -> None:
    same(
        shop,
        "how much did each buyer spend",
        'SELECT b."BuyerName", SUM(l."UnitPrice" * l."Quantity") FROM "ReceiptLine" l JOIN "Receipt" r USING '
        '("ReceiptId") JOIN "Buyer" b USING ("BuyerId") GROUP BY 1',
    )
    same(
        bake,
        "top 3 shops by revenue",
        "SELECT s.shop_name, SUM(i.qty * i.price_each) FROM order_items i JOIN orders o USING (order_id) "
        "JOIN shops s USING (shop_id) GROUP BY 1 ORDER BY 2 DESC LIMIT 3",
    )


def test_an_average_is_per_order_not_per_line(bake: Db) -> None:
    same(
        bake,
        "average revenue by town",
        "SELECT s.town, SUM(i.qty * i.price_each) / COUNT(DISTINCT i.order_id) FROM order_items i "
        "JOIN orders o USING (order_id) JOIN shops s USING (shop_id) GROUP BY 1",
    )


def test_a_price_asked_for_by_name_stays_the_price(shop: Db, bake: Db) -> None:
    d = answer(shop, "average unit price by artist")
    assert "Quantity" not in d.sql
    d = answer(bake, "average price each by shop")
    assert "qty" not in d.sql
