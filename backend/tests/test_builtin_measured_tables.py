"""Which column a money or count word measures, on two catalogs written here (`measured_table_catalogs`): money kept in
cents is summed in whole units and says so; "revenue" is the amount, never a tax, tip, fee or refund beside it, and
on a table of tickets with only a price it is the sum of the price; "upvotes" counts the votes whose type is 'up'
(or 'UpMod'); "most viewed Italian recipes" ranks the recipes of that cuisine by their views."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.measured_table_catalogs import ticket_forum, video_site

forum = catalog_fixture(ticket_forum)
videos = catalog_fixture(video_site)


def _says_cents(thoughts: list[str]) -> bool:
    return any("cents" in t and "whole units" in t for t in thoughts)


# Money in cents: summed or averaged divided by 100, the tax, tip and refund in cents beside it left alone.
def test_revenue_in_cents_is_the_amount_in_whole_units(forum: Db, videos: Db) -> None:
    d = same(
        forum,
        "total revenue per customer",
        "SELECT c.full_name, SUM(o.amount_cents) / 100.0 FROM orders o JOIN customers c "
        "ON c.customer_id = o.customer_id GROUP BY c.full_name",
    )
    assert _says_cents(d.thoughts), d.thoughts
    assert "tax_cents" not in d.sql and "tip_cents" not in d.sql and "refund_cents" not in d.sql
    d = same(forum, "average order value", "SELECT AVG(amount_cents) / 100.0 FROM orders")
    assert _says_cents(d.thoughts), d.thoughts
    d = same(videos, "total revenue", 'SELECT SUM("AmountInCents") / 100.0 FROM "Payments"')
    assert _says_cents(d.thoughts) and d.chart.chart_type == "kpi", (d.thoughts, d.chart)
    assert "FeeInCents" not in d.sql and "DiscountInCents" not in d.sql
    same(videos, "average payment value", 'SELECT AVG("AmountInCents") / 100.0 FROM "Payments"')
    same(
        videos,
        "total revenue by country",
        'SELECT m."Country", SUM(p."AmountInCents") / 100.0 FROM "Payments" p JOIN "Members" m '
        'ON m."MemberId" = p."MemberId" GROUP BY m."Country"',
    )


# A table of tickets whose only money is each ticket's price: revenue and sales are the sum of the price.
def test_revenue_of_tickets_is_the_sum_of_their_prices(forum: Db) -> None:
    d = same(
        forum,
        "revenue by concert",
        "SELECT c.concert_title, SUM(t.price) FROM tickets t JOIN concerts c ON c.concert_id = t.concert_id "
        "GROUP BY c.concert_title",
    )
    assert d.chart.chart_type == "bar", d.chart
    same(
        forum,
        "total sales by venue",
        "SELECT c.venue, SUM(t.price) FROM tickets t JOIN concerts c ON c.concert_id = t.concert_id GROUP BY c.venue",
    )
    same(
        forum,
        "ticket revenue by month",
        "SELECT DATE_TRUNC('month', sold_at), SUM(price) FROM tickets GROUP BY 1",
    )
    # the price itself, asked by its name, is still averaged
    same(
        forum,
        "average ticket price by concert",
        "SELECT c.concert_title, AVG(t.price) FROM tickets t JOIN concerts c ON c.concert_id = t.concert_id "
        "GROUP BY c.concert_title",
    )


# "upvotes": the value 'up' of the votes' type glued to their noun; "downvotes" and "down votes" alike.
def test_upvotes_count_the_votes_of_that_type(forum: Db, videos: Db) -> None:
    by_post = "FROM votes v JOIN posts p ON p.post_id = v.post_id"
    same(forum, "upvotes per post", f"SELECT p.post_title, COUNT(*) {by_post} WHERE v.vote_type = 'up' GROUP BY 1")
    same(forum, "downvotes per post", f"SELECT p.post_title, COUNT(*) {by_post} WHERE v.vote_type = 'down' GROUP BY 1")
    same(forum, "down votes by topic", f"SELECT p.topic, COUNT(*) {by_post} WHERE v.vote_type = 'down' GROUP BY 1")
    by_video = 'FROM "Votes" v JOIN "Videos" w ON w."VideoId" = v."VideoId"'
    same(
        videos, "upvotes per video", f'SELECT w."Title", COUNT(*) {by_video} WHERE v."VoteType" = \'UpMod\' GROUP BY 1'
    )
    same(
        videos,
        "number of downvotes per channel",
        f'SELECT w."Channel", COUNT(*) {by_video} WHERE v."VoteType" = \'DownMod\' GROUP BY 1',
    )
    d = answer(videos, "which videos have the most upvotes")
    assert "'UpMod'" in d.sql and "ORDER BY" in d.sql, d.sql


# "most viewed <value> <rows>": the rows of that value ranked by their views, not the total of the views.
def test_most_viewed_rows_of_a_value_are_ranked_by_their_views(forum: Db, videos: Db) -> None:
    d = same(
        videos,
        "most viewed Italian recipes",
        'SELECT "RecipeName", "ViewCount" FROM "Recipes" WHERE "Cuisine" = \'Italian\' '
        'ORDER BY "ViewCount" DESC LIMIT 10',
    )
    assert "SUM" not in d.sql.upper(), d.sql
    same(
        forum,
        "most viewed python posts",
        "SELECT post_title, view_count FROM posts WHERE topic = 'python' ORDER BY view_count DESC LIMIT 10",
    )
