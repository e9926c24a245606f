"""A superlative before a participle and one singular noun names one member, ranked by what the participle measures
("highest grossing studio", "best selling flavour", "top grossing genre"): the group's total, its first row only, not
a per-group maximum nor a top ten; a plural noun still asks for the ranked list ("highest grossing films"). A noun
with a superlative measure is what is ranked ("films with the longest runtime": the films, not the longest runtime;
"the film with …": one), by the measure named after the superlative ("the largest amount" is no quantity). A word
right before an article is a verb, not the second word of a noun ("which studio makes the longest films" ranks the
studios, one of them). A selling verb that ranks is no date column spelled like it (sold_at). On two catalogs
written here: an ice-cream parlour's till (snake_case, cents) and a PascalCase film slate (decimal money)."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same


def parlour() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE flavours(id INTEGER PRIMARY KEY, flavour_name VARCHAR, base VARCHAR)")
    con.execute(
        """INSERT INTO flavours SELECT i, ['Pistachio', 'Mango Sorbet', 'Stracciatella', 'Hazelnut', 'Lemon Sorbet',
        'Malaga', 'Fior di Latte', 'Amarena'][i], CASE WHEN i IN (2, 5) THEN 'sorbet' ELSE 'cream' END
        FROM range(1, 9) t(i)"""
    )
    con.execute(
        """CREATE TABLE scoop_sales(id INTEGER PRIMARY KEY, flavour_id INTEGER REFERENCES flavours(id),
        sold_at TIMESTAMP, quantity INTEGER, amount_cents BIGINT)"""
    )
    con.execute(
        """INSERT INTO scoop_sales SELECT i, 1 + (i * i) % 8, TIMESTAMP '2024-04-01' + INTERVAL (i % 150) DAY,
        1 + (i * 7) % 3, 250 * (1 + (i * 7) % 3) FROM range(1, 1201) t(i)"""
    )
    return con


def slate() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute(
        """CREATE TABLE Film(FilmId INTEGER PRIMARY KEY, Title VARCHAR, Studio VARCHAR, Genre VARCHAR,
        ReleaseYear INTEGER, RuntimeMin INTEGER, WorldwideGross DECIMAL(14, 2))"""
    )
    con.execute(
        """INSERT INTO Film SELECT i, 'Picture ' || i, ['Lumen', 'Northgate', 'Harbor Lane', 'Red Kite'][1 + i % 4],
        ['Drama', 'Comedy', 'Thriller', 'Animation', 'Horror'][1 + (i * 3) % 5], 2010 + i % 12,
        85 + (i * 13) % 70, (1000000 + (i * 7919) % 90000000)::DECIMAL(14, 2) FROM range(1, 241) t(i)"""
    )
    return con


shop = catalog_fixture(parlour)
films = catalog_fixture(slate)

GROSS_BY_STUDIO = "SELECT Studio, SUM(WorldwideGross) AS g FROM Film GROUP BY Studio ORDER BY g DESC LIMIT 1"


def test_highest_grossing_studio_is_one_studio_by_its_total(films: Db) -> None:
    same(films, "highest grossing studio", GROSS_BY_STUDIO)


def test_top_grossing_genre_is_one_genre_not_ten(films: Db) -> None:
    gold = "SELECT Genre, SUM(WorldwideGross) AS g FROM Film GROUP BY Genre ORDER BY g DESC LIMIT 1"
    same(films, "top grossing genre", gold)


def test_highest_grossing_films_stay_a_ranked_list(films: Db) -> None:
    d = answer(films, "highest grossing films")
    got = films[0].execute(d.sql).fetchall()
    assert len(got) > 1, d.sql
    assert got[0][-1] == films[0].execute("SELECT MAX(WorldwideGross) FROM Film").fetchone()[0], d.sql  # type: ignore[index]


def test_a_word_before_an_article_is_a_verb(films: Db) -> None:
    gold = "SELECT Studio, AVG(RuntimeMin) AS r FROM Film GROUP BY Studio ORDER BY r DESC LIMIT 1"
    same(films, "which studio makes the longest films", gold)


def test_best_selling_flavour_is_one_flavour(shop: Db) -> None:
    gold = """SELECT f.flavour_name, SUM(s.quantity) AS n FROM scoop_sales s JOIN flavours f ON s.flavour_id = f.id
    GROUP BY f.flavour_name ORDER BY n DESC LIMIT 1"""
    same(shop, "best selling flavour", gold)


def test_which_base_makes_the_most_money_is_one_base(shop: Db) -> None:
    gold = """SELECT f.base, SUM(s.amount_cents) / 100.0 AS m FROM scoop_sales s JOIN flavours f ON s.flavour_id = f.id
    GROUP BY f.base ORDER BY m DESC LIMIT 1"""
    same(shop, "which base brings the highest amount", gold)


def test_a_selling_verb_is_no_date_spelled_like_it(shop: Db) -> None:
    gold = """SELECT f.flavour_name, SUM(s.quantity) AS n FROM scoop_sales s JOIN flavours f ON s.flavour_id = f.id
    GROUP BY f.flavour_name ORDER BY n DESC LIMIT 1"""
    same(shop, "which flavour sells the most", gold)


def test_films_with_the_longest_runtime_are_a_ranked_list(films: Db) -> None:
    d = answer(films, "films with the longest runtime")
    got = films[0].execute(d.sql).fetchall()
    longest = films[0].execute("SELECT RuntimeMin FROM Film ORDER BY RuntimeMin DESC LIMIT 10").fetchall()
    assert [r[-1] for r in got] == [r[0] for r in longest], d.sql


def test_the_film_with_the_highest_gross_is_one_film(films: Db) -> None:
    d = answer(films, "the film with the highest gross")
    got = films[0].execute(d.sql).fetchall()
    assert len(got) == 1 and "Picture" in str(got[0]), d.sql
    assert got[0][-1] == films[0].execute("SELECT MAX(WorldwideGross) FROM Film").fetchone()[0], d.sql  # type: ignore[index]


def test_the_largest_amount_ranks_by_the_amount_named(shop: Db) -> None:
    d = answer(shop, "sales with the largest amount")
    got = shop[0].execute(d.sql).fetchall()
    top = shop[0].execute("SELECT amount_cents / 100.0 FROM scoop_sales ORDER BY amount_cents DESC LIMIT 10").fetchall()
    assert [float(r[-1]) for r in got] == [float(r[0]) for r in top], d.sql
