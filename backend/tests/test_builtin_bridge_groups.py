"""A measure grouped by an entity that a many-to-many bridge table pairs with the measured rows: "average length of
films per category" goes film → film_category → category, "revenue by category" payment → rental → inventory → film
→ film_category → category. Each row counts once in each group its entity is paired with (a film in two categories
counts in both, and the thought says so), once even where the bridge pairs the same two rows twice; the groups are
named by the grouped table's name, never its key. On two catalogs written here (`bridge_group_catalogs.py`): a film
rental store in snake_case and a library with a music shelf in PascalCase."""

from __future__ import annotations

from backend.tests.bridge_group_catalogs import library, rental_store
from backend.tests.builtin_checks import Db, catalog_fixture, covers, same

store = catalog_fixture(rental_store)
books = catalog_fixture(library)

BY_CATEGORY = "JOIN film_category fc ON fc.film_id = f.film_id JOIN category c ON c.category_id = fc.category_id"
PAID = "payment p JOIN rental r ON r.rental_id = p.rental_id JOIN inventory i ON i.inventory_id = r.inventory_id"


def test_a_measure_of_the_entity_by_the_groups_the_bridge_pairs_it_with(store: Db, books: Db) -> None:
    d = same(
        store,
        "average length of films per category",
        f"SELECT c.name, AVG(f.length) FROM film f {BY_CATEGORY} GROUP BY c.name",
    )
    assert d.chart.chart_type == "bar"
    assert "a film in two categories counts in both" in " ".join(d.thoughts)
    same(
        store,
        "average replacement cost of movies across categories",
        f"SELECT c.name, AVG(f.replacement_cost) FROM film f {BY_CATEGORY} GROUP BY c.name",
    )
    d = same(
        books,
        "average price of books for each genre",
        """SELECT g."Name", AVG(b."Price") FROM "Books" b JOIN "BookGenres" bg ON bg."BookId" = b."BookId"
        JOIN "Genres" g ON g."GenreId" = bg."GenreId" GROUP BY g."Name\"""",
    )
    assert "a book in two genres counts in both" in " ".join(d.thoughts)
    same(
        books,
        "average track length by playlist",
        """SELECT p."Name", AVG(t."Milliseconds") FROM "Tracks" t JOIN "PlaylistTrack" pt ON pt."TrackId" = t."TrackId"
        JOIN "Playlists" p ON p."PlaylistId" = pt."PlaylistId" GROUP BY p."Name\"""",
    )


def test_rows_below_the_entity_reach_the_groups_through_it(store: Db, books: Db) -> None:
    d = same(
        store,
        "total revenue by category",
        f"""SELECT c.name, SUM(p.amount) FROM {PAID} JOIN film f ON f.film_id = i.film_id {BY_CATEGORY}
        GROUP BY c.name""",
    )
    assert d.chart.chart_type == "bar"
    assert "each payment row counts in every category of its film" in " ".join(d.thoughts)
    same(
        store,
        "how many rentals in each category",
        f"""SELECT c.name, COUNT(*) FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id
        JOIN film f ON f.film_id = i.film_id {BY_CATEGORY} GROUP BY c.name""",
    )
    same(
        books,
        "number of loans by genre",
        """SELECT g."Name", COUNT(*) FROM "Loans" l JOIN "BookGenres" bg ON bg."BookId" = l."BookId"
        JOIN "Genres" g ON g."GenreId" = bg."GenreId" GROUP BY g."Name\"""",
    )
    same(
        books,
        "how many loans by genre in 2023",
        """SELECT g."Name", COUNT(*) FROM "Loans" l JOIN "BookGenres" bg ON bg."BookId" = l."BookId"
        JOIN "Genres" g ON g."GenreId" = bg."GenreId" WHERE l."LoanDate" >= DATE '2023-01-01'
        AND l."LoanDate" < DATE '2024-01-01' GROUP BY g."Name\"""",
    )


def test_a_pair_the_bridge_holds_twice_counts_once(books: Db) -> None:
    # An author who also edited a book is paired with it twice: the book's price still counts once for them.
    pairs = 'SELECT DISTINCT "BookId", "AuthorId" FROM "BookAuthors"'
    same(
        books,
        "average price of books by author",
        f"""SELECT a."AuthorName", AVG(b."Price") FROM "Books" b JOIN ({pairs}) ba ON ba."BookId" = b."BookId"
        JOIN "Authors" a ON a."AuthorId" = ba."AuthorId" GROUP BY a."AuthorName\"""",
    )
    same(
        books,
        "total late fees per author",
        f"""SELECT a."AuthorName", SUM(l."LateFee") FROM "Loans" l JOIN ({pairs}) ba ON ba."BookId" = l."BookId"
        JOIN "Authors" a ON a."AuthorId" = ba."AuthorId" GROUP BY a."AuthorName\"""",
    )


def test_the_groups_are_named_by_name_never_by_key(store: Db, books: Db) -> None:
    d = same(
        store,
        "number of rentals per film category",
        f"""SELECT c.name, COUNT(*) FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id
        JOIN film f ON f.film_id = i.film_id {BY_CATEGORY} GROUP BY c.name""",
    )
    assert "category_id" not in d.sql.split("FROM")[0]
    same(
        store,
        "average length of films by category name",
        f"SELECT c.name, AVG(f.length) FROM film f {BY_CATEGORY} GROUP BY c.name",
    )
    covers(
        store,
        "total revenue per actor",
        f"""SELECT a.first_name || ' ' || a.last_name, SUM(p.amount) FROM {PAID}
        JOIN film_actor fa ON fa.film_id = i.film_id JOIN actor a ON a.actor_id = fa.actor_id
        GROUP BY a.actor_id, a.first_name, a.last_name""",
    )


def test_the_groups_ranked_by_a_figure_of_the_rows(store: Db, books: Db) -> None:
    revenue = f"""SELECT c.name, SUM(p.amount) AS revenue FROM {PAID} JOIN film f ON f.film_id = i.film_id
        {BY_CATEGORY} GROUP BY c.name"""
    same(store, "top 3 categories by revenue", f"{revenue} ORDER BY revenue DESC LIMIT 3")
    same(store, "which category has the highest revenue", f"{revenue} ORDER BY revenue DESC LIMIT 1")
    same(
        books,
        "which genre has the most loans",
        """SELECT g."Name", COUNT(*) AS n FROM "Loans" l JOIN "BookGenres" bg ON bg."BookId" = l."BookId"
        JOIN "Genres" g ON g."GenreId" = bg."GenreId" GROUP BY g."Name" ORDER BY n DESC LIMIT 1""",
    )


def test_counts_of_the_entity_or_of_rows_below_it_by_the_groups(store: Db, books: Db) -> None:
    d = same(
        store,
        "number of rentals per category",
        f"""SELECT c.name, COUNT(*) FROM rental r JOIN inventory i ON i.inventory_id = r.inventory_id
        JOIN film f ON f.film_id = i.film_id {BY_CATEGORY} GROUP BY c.name""",
    )
    assert d.chart.chart_type == "bar"
    same(
        books,
        "number of books per author",
        """SELECT a."AuthorName", COUNT(DISTINCT ba."BookId") FROM "BookAuthors" ba
        JOIN "Authors" a ON a."AuthorId" = ba."AuthorId" GROUP BY 1""",
    )
    same(
        store,
        "number of films by category",
        "SELECT c.name, COUNT(*) FROM film_category fc JOIN category c ON c.category_id = fc.category_id GROUP BY 1",
    )
    same(
        store,
        "which film has the highest revenue",
        f"""SELECT f.title, SUM(p.amount) AS revenue FROM {PAID} JOIN film f ON f.film_id = i.film_id
        GROUP BY f.title ORDER BY revenue DESC LIMIT 1""",
    )
    same(
        books,
        "number of tracks per playlist",
        """SELECT p."Name", COUNT(*) FROM "PlaylistTrack" pt JOIN "Playlists" p ON p."PlaylistId" = pt."PlaylistId"
        GROUP BY 1""",
    )
