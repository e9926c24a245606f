"""Benchmark-style wordings on schemas the analyst was not tuned on: a StackExchange dump in PascalCase with keys
shared by name only and looked-up post kinds, its snake_case twin with declared keys, and a TPC-H warehouse."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, covers, same
from backend.tests.spider_catalogs import forum_threads, stack_dump, tpch

stack = catalog_fixture(stack_dump)
forum = catalog_fixture(forum_threads)
warehouse = catalog_fixture(tpch)

_QUESTIONS = 'JOIN "PostTypes" t ON p."PostTypeId" = t."Id" WHERE t."Name" = \'Question\''


def test_a_column_named_whole_is_not_read_as_two_names_of_another_table(stack: Db) -> None:
    # "view count" is Posts.ViewCount whole: its "count" is no evidence for Tags.Count (Tags reaches Posts by a key)
    d = covers(
        stack,
        "Top 10 questions by view count",
        f'SELECT p."Title", p."ViewCount" FROM "Posts" p {_QUESTIONS} ORDER BY p."ViewCount" DESC LIMIT 10',
    )
    assert '"Tags"."Count"' not in d.sql
    d = same(
        stack,
        "Scatter of view count versus score for questions",
        f'SELECT p."ViewCount", p."Score" FROM "Posts" p {_QUESTIONS} AND p."ViewCount" IS NOT NULL',
    )
    assert d.chart.chart_type == "scatter"


def test_a_plural_kind_after_a_figure_is_the_rows_of_that_kind(stack: Db, forum: Db) -> None:
    # "score of answers": the posts whose looked-up kind is Answer, not a total of the AnswerCount column riding along
    same(
        stack,
        "Highest, lowest and average score of answers",
        'SELECT MAX(p."Score"), MIN(p."Score"), AVG(p."Score") FROM "Posts" p JOIN "PostTypes" t '
        'ON p."PostTypeId" = t."Id" WHERE t."Name" = \'Answer\'',
    )
    same(
        forum,
        "average score of replies",
        "SELECT AVG(score) FROM posts JOIN post_kinds USING (kind_id) WHERE kind_name = 'Reply'",
    )
    same(
        forum,
        "highest and lowest score of replies",
        "SELECT MAX(score), MIN(score) FROM posts JOIN post_kinds USING (kind_id) WHERE kind_name = 'Reply'",
    )


def test_a_plural_kind_said_of_the_rows_is_their_share(stack: Db, forum: Db) -> None:
    same(
        stack,
        "What percentage of posts are answers?",
        'SELECT 100.0 * COUNT(*) FILTER (WHERE "PostTypeId" = 2) / COUNT(*) FROM "Posts"',
    )
    same(
        forum,
        "What percentage of posts are replies?",
        "SELECT 100.0 * COUNT(*) FILTER (WHERE kind_id = 2) / COUNT(*) FROM posts",
    )


def test_a_plural_counted_or_grouped_by_is_still_the_count_column(stack: Db, forum: Db) -> None:
    # the quantity reading stays where the plural is counted or grouped by ("by number of answers")
    d = answer(stack, "questions by number of answers")
    assert '"AnswerCount"' in d.sql and "GROUP BY" in d.sql
    same(forum, "number of replies", "SELECT SUM(reply_count) FROM posts")


def test_on_a_tie_the_table_nearer_the_named_kind_wins(stack: Db) -> None:
    # Comments and Posts both hold a Score; the kind is looked up from Posts directly, from Comments through Posts
    same(
        stack,
        "average score of questions",
        f'SELECT AVG(p."Score") FROM "Posts" p {_QUESTIONS}',
    )


def test_warehouse_wordings_stay_right(warehouse: Db) -> None:
    # TPC-H naming (prefixed, abbreviated, declared keys): rankings, cycles, several aggregates, codes by meaning
    same(
        warehouse,
        "Minimum, maximum and average total price of orders by order priority",
        "SELECT o_orderpriority, MIN(o_totalprice), MAX(o_totalprice), AVG(o_totalprice) FROM orders GROUP BY 1",
    )
    same(warehouse, "How many line items were returned?", "SELECT COUNT(*) FROM lineitem WHERE l_returnflag = 'R'")
    same(
        warehouse,
        "Number of urgent orders by year",
        "SELECT date_trunc('year', o_orderdate), COUNT(*) FROM orders WHERE o_orderpriority = '1-URGENT' GROUP BY 1",
    )
