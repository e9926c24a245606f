"""Text columns holding several values or free text (catalogs in list_catalogs.py: a snake_case blog whose articles
are tagged '<python><sql>' and whose authors have a location 'Pune, India'; a PascalCase film club whose films have
genres 'Drama|Comedy' and colours 'red, green', and whose members have a hometown).

- A breakdown by such a column is one group per element ("articles per tag", "average rating by colour"), each row
  counted once under every element it lists; a value named is an element the row's list contains ("articles tagged
  pandas", "how many comedies").
- A place stored with its town ('Pune, India') and alone ('India') is found as a part of the text, and a thought says so.
- "how many posts did users write" reads what was written; "write a new row", "delete the orders" stay refused."""

from __future__ import annotations

import sqlglot

from backend.agents.builtin import Clarification, QueryDecision, understand
from backend.agents.builtin.sql_builder import build_sql
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.list_catalogs import blog, film_club

blogs = catalog_fixture(blog)
films = catalog_fixture(film_club)

_TAGS = "SELECT unnest(string_split(trim(tags, '<>'), '><')) AS tag, view_count FROM articles"
_GENRES = """SELECT unnest(string_split("Genres", '|')) AS genre, "Rating" FROM "Films\""""
_COLOURS = """SELECT unnest(string_split("Colours", ', ')) AS colour, "Rating" FROM "Films\""""


def test_a_breakdown_by_a_list_column_is_one_group_per_element(blogs: Db, films: Db) -> None:
    d = same(blogs, "articles per tag", f"SELECT tag, COUNT(*) FROM ({_TAGS}) GROUP BY 1")
    assert d.chart.chart_type == "bar"
    assert any("several values in each row" in t for t in d.thoughts), d.thoughts
    same(blogs, "average view count by tag", f"SELECT tag, AVG(view_count) FROM ({_TAGS}) GROUP BY 1")
    same(films, "number of films per genre", f"SELECT genre, COUNT(*) FROM ({_GENRES}) GROUP BY 1")
    same(films, "average rating by colour", f'SELECT colour, AVG("Rating") FROM ({_COLOURS}) GROUP BY 1')


def test_the_top_elements_are_ranked(blogs: Db, films: Db) -> None:
    d = answer(blogs, "top 3 tags")
    got = [r[0] for r in blogs[0].execute(d.sql).fetchall()]
    gold = blogs[0].execute(f"SELECT tag FROM ({_TAGS}) GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 3").fetchall()
    assert got == [r[0] for r in gold], d.sql
    d = answer(films, "top 2 genres")
    got = [r[0] for r in films[0].execute(d.sql).fetchall()]
    gold = films[0].execute(f"SELECT genre FROM ({_GENRES}) GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 2").fetchall()
    assert got == [r[0] for r in gold], d.sql


def test_a_named_element_is_one_the_row_lists(blogs: Db, films: Db) -> None:
    d = same(
        blogs, "how many articles have the python tag", "SELECT COUNT(*) FROM articles WHERE tags LIKE '%<python>%'"
    )
    assert any("lists python" in t for t in d.thoughts), d.thoughts
    same(blogs, "articles tagged pandas", "SELECT title FROM articles WHERE tags LIKE '%<pandas>%'")
    same(films, "how many comedies are there", """SELECT COUNT(*) FROM "Films" WHERE "Genres" LIKE '%Comedy%'""")
    same(
        films,
        "how many horror films are red",
        """SELECT COUNT(*) FROM "Films" WHERE "Genres" LIKE '%Horror%' AND list_contains(string_split("Colours", ', '),
        'red')""",
    )


def test_list_sql_is_valid_spark_sql(blogs: Db, films: Db) -> None:
    for db, question in ((blogs, "average view count by tag"), (films, "how many comedies are there")):
        d = answer(db, question)
        spark = build_sql(d.plan, db[1], "spark")
        assert "EXPLODE" in spark or "ARRAY_CONTAINS" in spark, spark
        sqlglot.parse_one(spark, read="spark")


def test_a_place_inside_free_text_is_found_as_a_part(blogs: Db, films: Db) -> None:
    d = same(blogs, "how many authors are from India", "SELECT COUNT(*) FROM authors WHERE location LIKE '%India%'")
    assert any("written out in words" in t and "Pune, India" in t for t in d.thoughts), d.thoughts
    same(
        films,
        "how many members are from Germany",
        """SELECT COUNT(*) FROM "Members" WHERE "Hometown" LIKE '%Germany%'""",
    )
    # a whole value no other value holds stays an equality
    d = same(
        blogs, "how many authors are from Lyon, France", "SELECT COUNT(*) FROM authors WHERE location = 'Lyon, France'"
    )
    assert "ILIKE" not in d.sql


def test_a_past_action_counted_is_no_request_to_change_data(blogs: Db, films: Db) -> None:
    same(
        blogs,
        "how many articles did authors from Germany write?",
        "SELECT COUNT(*) FROM articles a JOIN authors u ON a.author_id = u.author_id WHERE u.location LIKE '%Germany%'",
    )
    same(
        films,
        "how many films did members from India add?",
        """SELECT COUNT(*) FROM "Films" f JOIN "Members" m ON f."AddedBy" = m."MemberId"
        WHERE m."Hometown" LIKE '%India%'""",
    )
    d = answer(films, "which members added the most films?")
    assert "Films" in d.sql
    d = answer(films, "how many films did members create in 2020?")
    assert "2020" in d.sql
    for db, question in (
        (blogs, "write a new row to the articles table"),
        (blogs, "delete the articles"),
        (films, "update the ratings of the films"),
        (films, "insert a film called Jaws"),
        (blogs, "drop table authors"),
        (films, "how many films should I delete?"),
        (blogs, "what would it take to create a new table of authors"),
    ):
        d = understand(question, db[1])
        assert isinstance(d, Clarification) and "change the data" in d.understood, (question, d)
    assert isinstance(understand("how many articles were written in 2024", blogs[1]), QueryDecision)
