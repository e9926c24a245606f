""" "total orders", "total bookings by month", "total upvotes" (`count_total_catalogs.py`): "total" before the noun of
a table's rows counts those rows, with the filters, groupings and time buckets said, and the thoughts say what was
counted; "total revenue", "total sales", "total amount", "total quantity" stay sums, and a column the noun names as a
measure (total_orders, upvotes) is summed."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.count_total_catalogs import forum, shop_stats, webshop

shop = catalog_fixture(webshop)
board = catalog_fixture(forum)
stats = catalog_fixture(shop_stats)


def test_total_of_rows_alone_is_their_count(shop: Db, board: Db) -> None:
    d = same(shop, "total orders", "SELECT COUNT(*) FROM orders")
    assert d.chart.chart_type == "kpi"
    assert "Counted orders: one row per order." in d.thoughts
    same(board, "total posts", 'SELECT COUNT(*) FROM "Posts"')


def test_total_of_rows_by_time_bucket(shop: Db, board: Db) -> None:
    d = same(shop, "total orders by month", "SELECT date_trunc('month', order_date), COUNT(*) FROM orders GROUP BY 1")
    assert d.chart.chart_type == "line"
    assert "Counted orders: one row per order." in d.thoughts
    same(shop, "total signups by week", "SELECT date_trunc('week', signed_up_at), COUNT(*) FROM signups GROUP BY 1")
    same(
        board,
        "total bookings by month",
        'SELECT date_trunc(\'month\', "BookedOn"), COUNT(*) FROM "Bookings" GROUP BY 1',
    )


def test_total_of_rows_per_parent_and_over_a_period(shop: Db, board: Db) -> None:
    same(
        shop,
        "total orders per customer",
        "SELECT c.customer_name, COUNT(*) FROM orders o JOIN customers c USING (customer_id) GROUP BY 1",
    )
    same(
        shop,
        "total number of orders per customer",
        "SELECT c.customer_name, COUNT(*) FROM orders o JOIN customers c USING (customer_id) GROUP BY 1",
    )
    same(
        board,
        "total bookings per user",
        'SELECT u."DisplayName", COUNT(*) FROM "Bookings" b JOIN "Users" u ON b."UserId" = u."Id" GROUP BY 1',
    )
    same(
        board,
        "total bookings last year",
        'SELECT COUNT(*) FROM "Bookings" WHERE "BookedOn" >= DATE \'2024-01-01\' AND "BookedOn" < DATE \'2025-01-01\'',
    )


def test_total_of_rows_some_values_pick_out(shop: Db, board: Db) -> None:
    d = same(
        shop,
        "total shipped orders by channel",
        "SELECT channel, COUNT(*) FROM orders WHERE status = 'shipped' GROUP BY 1",
    )
    assert "Counted shipped orders: one row per order." in d.thoughts
    same(shop, "orders in total by channel", "SELECT channel, COUNT(*) FROM orders GROUP BY 1")
    same(
        board,
        "total confirmed bookings by month",
        'SELECT date_trunc(\'month\', "BookedOn"), COUNT(*) FROM "Bookings" WHERE "Status" = \'Confirmed\' GROUP BY 1',
    )


def test_total_of_rows_a_key_is_named_after(board: Db) -> None:
    d = same(board, "total tickets by queue", 'SELECT "Queue", COUNT(*) FROM "SupportLog" GROUP BY 1')
    assert "Counted tickets: one row per ticket." in d.thoughts


def test_total_upvotes_counts_the_votes_of_that_kind(board: Db) -> None:
    votes = 'FROM "Votes" v JOIN "VoteTypes" t ON v."VoteTypeId" = t."Id"'
    d = same(board, "total upvotes", f"SELECT COUNT(*) {votes} WHERE t.\"Name\" = 'UpMod'")
    assert "Counted upvotes: one row per vote." in d.thoughts
    same(
        board,
        "total upvotes per post",
        f'SELECT p."Title", COUNT(*) {votes} JOIN "Posts" p ON v."PostId" = p."Id" WHERE t."Name" = \'UpMod\' GROUP BY 1',
    )
    same(
        board,
        "total downvotes by month",
        'SELECT date_trunc(\'month\', v."CreationDate"), COUNT(*) FROM "Votes" v JOIN "VoteTypes" t '
        'ON v."VoteTypeId" = t."Id" WHERE t."Name" = \'DownMod\' GROUP BY 1',
    )


def test_total_money_and_quantities_stay_sums(shop: Db, board: Db) -> None:
    monthly = "SELECT date_trunc('month', order_date), SUM({}) FROM orders GROUP BY 1"
    for question, column in (
        ("total revenue by month", "amount"),
        ("total sales by month", "amount"),
        ("total amount by month", "amount"),
        ("total quantity by month", "quantity"),
    ):
        same(shop, question, monthly.format(column))
    same(shop, "total sales", "SELECT SUM(amount) FROM orders")
    same(shop, "total order amount by channel", "SELECT channel, SUM(amount) FROM orders GROUP BY 1")
    same(board, "total fee by month", 'SELECT date_trunc(\'month\', "BookedOn"), SUM("Fee") FROM "Bookings" GROUP BY 1')
    same(
        board,
        "total nights by month",
        'SELECT date_trunc(\'month\', "BookedOn"), SUM("Nights") FROM "Bookings" GROUP BY 1',
    )
    same(board, "total refunds by queue", 'SELECT "Queue", SUM("RefundAmt") FROM "SupportLog" GROUP BY 1')


def test_a_column_the_noun_names_is_summed(stats: Db) -> None:
    same(stats, "total orders", "SELECT SUM(total_orders) FROM daily_stats")
    same(
        stats,
        "total orders by month",
        "SELECT date_trunc('month', stat_date), SUM(total_orders) FROM daily_stats GROUP BY 1",
    )
    same(stats, "total upvotes", "SELECT SUM(upvotes) FROM daily_stats")


def test_volume_of_rows_is_their_count(shop: Db, board: Db) -> None:
    d = same(shop, "order volume by month", "SELECT date_trunc('month', order_date), COUNT(*) FROM orders GROUP BY 1")
    assert "Counted order volume: one row per order." in d.thoughts
    same(
        board,
        "booking volume by month",
        'SELECT date_trunc(\'month\', "BookedOn"), COUNT(*) FROM "Bookings" GROUP BY 1',
    )
    same(
        board,
        "total room quantity by month",
        'SELECT date_trunc(\'month\', "BookedOn"), SUM("RoomQty") FROM "Bookings" GROUP BY 1',
    )


def test_total_of_rows_as_a_follow_up(shop: Db, board: Db) -> None:
    d = answer(shop, "total orders instead", previous=answer(shop, "revenue by month"))
    assert rows(shop[0], d.sql) == rows(
        shop[0], "SELECT date_trunc('month', order_date), COUNT(*) FROM orders GROUP BY 1"
    ), d.sql
    d = answer(board, "total bookings instead", previous=answer(board, "total fee by user"))
    gold = 'SELECT u."DisplayName", COUNT(*) FROM "Bookings" b JOIN "Users" u ON b."UserId" = u."Id" GROUP BY 1'
    assert rows(board[0], d.sql) == rows(board[0], gold), d.sql
