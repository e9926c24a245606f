"""Tables named `<app>_<model>` as a web framework's migrations create them are called by their model alone: "how many
subscriptions are paused" counts the rows of accounts_subscription, not the invoices whose kind is 'subscription';
"ticket categories" is helpdesk_ticketcategory written as one word. A catalog whose tables merely share a first word
is read as before. On catalogs written here: a Django app of a coworking space, a Django helpdesk (squashed model
names) and a plain snake_case shop."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same


def coworking() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE spaces_space(id INTEGER PRIMARY KEY, name VARCHAR, city VARCHAR)")
    con.execute("INSERT INTO spaces_space SELECT i, 'Hub ' || i, ['Lyon', 'Lille'][1 + i % 2] FROM range(1, 5) t(i)")
    con.execute(
        "CREATE TABLE spaces_desk(id INTEGER PRIMARY KEY, space_id INTEGER REFERENCES spaces_space(id), label VARCHAR)"
    )
    con.execute("INSERT INTO spaces_desk SELECT i, 1 + i % 4, 'D' || i FROM range(1, 41) t(i)")
    con.execute("CREATE TABLE accounts_account(id INTEGER PRIMARY KEY, email VARCHAR, created_at TIMESTAMP)")
    con.execute(
        """INSERT INTO accounts_account SELECT i, 'user' || i || '@mail.test',
        TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (i) DAY FROM range(1, 201) t(i)"""
    )
    con.execute(
        """CREATE TABLE accounts_subscription(id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts_account(id),
        tier VARCHAR, status VARCHAR, price_cents INTEGER, started_on DATE)"""
    )
    con.execute(
        """INSERT INTO accounts_subscription SELECT i, 1 + i % 200, ['flex', 'fixed', 'team'][1 + i % 3],
        ['active', 'paused', 'active', 'ended'][1 + i % 4], [9900, 19900, 49900][1 + i % 3],
        DATE '2024-01-01' + CAST(i AS INTEGER) FROM range(1, 301) t(i)"""
    )
    con.execute(
        """CREATE TABLE billing_invoice(id INTEGER PRIMARY KEY, account_id INTEGER REFERENCES accounts_account(id),
        kind VARCHAR, status VARCHAR, amount_cents INTEGER, issued_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO billing_invoice SELECT i, 1 + i % 200, ['subscription', 'day_pass', 'subscription'][1 + i % 3],
        ['paused', 'open', 'closed'][1 + i % 3], 1000 + i * 7 % 5000,
        TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (i % 300) DAY FROM range(1, 901) t(i)"""
    )
    return con


def helpdesk() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE auth_user(id INTEGER PRIMARY KEY, username VARCHAR, first_name VARCHAR, last_name VARCHAR)"
    )
    con.execute("INSERT INTO auth_user SELECT i, 'agent' || i, 'First' || i, 'Last' || i FROM range(1, 11) t(i)")
    con.execute("CREATE TABLE auth_group(id INTEGER PRIMARY KEY, name VARCHAR)")
    con.execute("INSERT INTO auth_group VALUES (1, 'agents'), (2, 'admins')")
    con.execute("CREATE TABLE helpdesk_ticketcategory(id INTEGER PRIMARY KEY, name VARCHAR, is_public BOOLEAN)")
    con.execute(
        """INSERT INTO helpdesk_ticketcategory SELECT i, ['Billing', 'Access', 'Hardware', 'Other', 'Legal'][i],
        i % 2 = 0 FROM range(1, 6) t(i)"""
    )
    con.execute(
        """CREATE TABLE helpdesk_ticket(id INTEGER PRIMARY KEY, category_id INTEGER REFERENCES helpdesk_ticketcategory(id),
        assignee_id INTEGER REFERENCES auth_user(id), priority VARCHAR, opened_at TIMESTAMP)"""
    )
    con.execute(
        """INSERT INTO helpdesk_ticket SELECT i, 1 + i % 4, 1 + i % 10, ['low', 'high'][1 + i % 2],
        TIMESTAMP '2024-01-01 08:00:00' + INTERVAL (i) HOUR FROM range(1, 501) t(i)"""
    )
    con.execute(
        """CREATE TABLE helpdesk_ticketcomment(id INTEGER PRIMARY KEY, ticket_id INTEGER REFERENCES helpdesk_ticket(id),
        author_id INTEGER REFERENCES auth_user(id), body VARCHAR)"""
    )
    con.execute("INSERT INTO helpdesk_ticketcomment SELECT i, 1 + i % 500, 1 + i % 10, 'text' FROM range(1, 1201) t(i)")
    return con


def plain_shop() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR)")
    con.execute("INSERT INTO customers SELECT i, 'Customer ' || i FROM range(1, 21) t(i)")
    con.execute(
        """CREATE TABLE orders(order_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(customer_id),
        order_date DATE)"""
    )
    con.execute(
        "INSERT INTO orders SELECT i, 1 + i % 20, DATE '2024-01-01' + CAST(i AS INTEGER) FROM range(1, 101) t(i)"
    )
    con.execute(
        """CREATE TABLE order_items(item_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id),
        quantity INTEGER, price DECIMAL(8, 2))"""
    )
    con.execute("INSERT INTO order_items SELECT i, 1 + i % 100, 1 + i % 4, 5 + i % 30 FROM range(1, 301) t(i)")
    con.execute(
        """CREATE TABLE order_reviews(review_id INTEGER PRIMARY KEY, order_id INTEGER REFERENCES orders(order_id),
        score INTEGER)"""
    )
    con.execute("INSERT INTO order_reviews SELECT i, 1 + i % 100, 1 + i % 5 FROM range(1, 81) t(i)")
    return con


cowork = catalog_fixture(coworking)
desk = catalog_fixture(helpdesk)
shop = catalog_fixture(plain_shop)


def test_a_model_name_alone_is_its_table(cowork: Db) -> None:
    same(
        cowork,
        "how many subscriptions are paused",
        "SELECT count(*) FROM accounts_subscription WHERE status = 'paused'",
    )
    same(
        cowork,
        "how many active subscriptions per tier",
        "SELECT tier, count(*) FROM accounts_subscription WHERE status = 'active' GROUP BY tier",
    )


def test_a_squashed_model_name_said_in_words_is_its_table(desk: Db) -> None:
    same(desk, "how many ticket categories are there", "SELECT count(*) FROM helpdesk_ticketcategory")
    same(desk, "number of ticket comments", "SELECT count(*) FROM helpdesk_ticketcomment")


def test_tables_sharing_a_first_word_are_read_as_before(shop: Db) -> None:
    same(shop, "how many order items", "SELECT count(*) FROM order_items")
    same(shop, "average review score", "SELECT avg(score) FROM order_reviews")
