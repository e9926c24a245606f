"""Two catalogs whose entities are grouped through a many-to-many bridge table: a film rental store in snake_case
(film ↔ film_category ↔ category, film ↔ film_actor ↔ actor, payments → rentals → inventory → film) and a library
with a music shelf in PascalCase (Books ↔ BookAuthors ↔ Authors, Books ↔ BookGenres ↔ Genres, Loans → Books, Tracks
↔ PlaylistTrack ↔ Playlists). Some films and books sit in two groups, so a measure that fans out along the bridge
differs from one counted once per row."""

from __future__ import annotations

import duckdb


def rental_store() -> duckdb.DuckDBPyConnection:
    """Films in categories, actors in films, copies in stores, rentals of copies and their payments."""
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE category (category_id INTEGER PRIMARY KEY, name VARCHAR)")
    names = ["Action", "Comedy", "Drama", "Horror", "Family"]
    for i, n in enumerate(names):
        con.execute("INSERT INTO category VALUES (?, ?)", [i + 1, n])
    con.execute(
        "CREATE TABLE film (film_id INTEGER PRIMARY KEY, title VARCHAR, release_year INTEGER, length INTEGER, "
        "rental_rate DECIMAL(4, 2), replacement_cost DECIMAL(5, 2), rating VARCHAR)"
    )
    con.execute(
        """INSERT INTO film SELECT i, 'Film ' || chr(CAST(64 + i AS INTEGER)), 2000 + i % 7, 70 + (i * 37) % 110,
        [0.99, 2.99, 4.99][1 + i % 3], 9.99 + i % 10 * 2, ['G', 'PG', 'PG-13', 'R', 'NC-17'][1 + i % 5]
        FROM range(1, 25) t(i)"""
    )
    con.execute(
        "CREATE TABLE film_category (film_id INTEGER REFERENCES film(film_id), "
        "category_id INTEGER REFERENCES category(category_id), PRIMARY KEY (film_id, category_id))"
    )
    # Every film in one category; every fourth film in a second one too.
    con.execute("INSERT INTO film_category SELECT i, 1 + i % 5 FROM range(1, 25) t(i)")
    con.execute("INSERT INTO film_category SELECT i, 1 + (i + 2) % 5 FROM range(4, 25, 4) t(i)")
    con.execute("CREATE TABLE actor (actor_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR)")
    actors = [("Penelope", "Guiness"), ("Nick", "Wahlberg"), ("Ed", "Chase"), ("Jennifer", "Davis"),
              ("Johnny", "Lollobrigida"), ("Bette", "Nicholson")]  # fmt: skip
    for i, a in enumerate(actors):
        con.execute("INSERT INTO actor VALUES (?, ?, ?)", [i + 1, *a])
    con.execute(
        "CREATE TABLE film_actor (actor_id INTEGER REFERENCES actor(actor_id), "
        "film_id INTEGER REFERENCES film(film_id), PRIMARY KEY (actor_id, film_id))"
    )
    con.execute("INSERT INTO film_actor SELECT 1 + i % 6, i FROM range(1, 25) t(i)")
    con.execute("INSERT INTO film_actor SELECT 1 + (i + 3) % 6, i FROM range(1, 25, 3) t(i)")
    con.execute("CREATE TABLE store (store_id INTEGER PRIMARY KEY, city VARCHAR)")
    con.execute("INSERT INTO store VALUES (1, 'Lethbridge'), (2, 'Woodridge')")
    con.execute(
        "CREATE TABLE inventory (inventory_id INTEGER PRIMARY KEY, film_id INTEGER REFERENCES film(film_id), "
        "store_id INTEGER REFERENCES store(store_id))"
    )
    con.execute("INSERT INTO inventory SELECT i, 1 + i % 24, 1 + i % 2 FROM range(1, 61) t(i)")
    con.execute(
        "CREATE TABLE customer (customer_id INTEGER PRIMARY KEY, first_name VARCHAR, last_name VARCHAR, "
        "email VARCHAR, active BOOLEAN)"
    )
    con.execute(
        """INSERT INTO customer SELECT i, ['Mary', 'Linda', 'Barbara', 'Susan', 'Paul'][1 + i % 5],
        'Smith' || i, 'c' || i || '@example.org', i % 7 <> 0 FROM range(1, 31) t(i)"""
    )
    con.execute(
        "CREATE TABLE rental (rental_id INTEGER PRIMARY KEY, rental_date TIMESTAMP, "
        "inventory_id INTEGER REFERENCES inventory(inventory_id), customer_id INTEGER REFERENCES customer(customer_id), "
        "return_date TIMESTAMP)"
    )
    con.execute(
        """INSERT INTO rental SELECT i, TIMESTAMP '2005-05-24 10:00:00' + INTERVAL (i * 11) HOUR, 1 + (i * 7) % 60,
        1 + i % 30, TIMESTAMP '2005-05-24 10:00:00' + INTERVAL (i * 11 + 24 * (1 + i % 6)) HOUR
        FROM range(1, 301) t(i)"""
    )
    con.execute(
        "CREATE TABLE payment (payment_id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customer(customer_id), "
        "rental_id INTEGER REFERENCES rental(rental_id), amount DECIMAL(5, 2), payment_date TIMESTAMP)"
    )
    con.execute(
        """INSERT INTO payment SELECT i, 1 + i % 30, i, [0.99, 2.99, 4.99, 5.99, 1.99][1 + i * 3 % 5],
        TIMESTAMP '2005-05-24 12:00:00' + INTERVAL (i * 11) HOUR FROM range(1, 301) t(i) WHERE i % 9 <> 0"""
    )
    return con


def library() -> duckdb.DuckDBPyConnection:
    """Books by authors and in genres (both through bridges of two keys), loans of books, and a music shelf of tracks
    on playlists."""
    con = duckdb.connect(":memory:")
    con.execute('CREATE TABLE "Authors" ("AuthorId" INTEGER PRIMARY KEY, "AuthorName" VARCHAR, "Country" VARCHAR)')
    authors = [("Ursula Vane", "USA"), ("Tomas Lind", "Sweden"), ("Ada Okoro", "Nigeria"), ("Lena Brandt", "Germany"),
               ("Hugo Marsh", "UK")]  # fmt: skip
    for i, a in enumerate(authors):
        con.execute('INSERT INTO "Authors" VALUES (?, ?, ?)', [i + 1, *a])
    con.execute('CREATE TABLE "Genres" ("GenreId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    for i, g in enumerate(["Fantasy", "Mystery", "History", "Poetry"]):
        con.execute('INSERT INTO "Genres" VALUES (?, ?)', [i + 1, g])
    con.execute(
        'CREATE TABLE "Books" ("BookId" INTEGER PRIMARY KEY, "Title" VARCHAR, "PageCount" INTEGER, '
        '"Price" DECIMAL(6, 2), "PublishedYear" INTEGER)'
    )
    con.execute(
        """INSERT INTO "Books" SELECT i, 'Book ' || i, 120 + (i * 53) % 480, 8 + (i * 7) % 25 + 0.5,
        1990 + (i * 3) % 30 FROM range(1, 21) t(i)"""
    )
    # Who wrote each book in which role: an author who also edited a book is paired with it twice.
    con.execute(
        'CREATE TABLE "BookAuthors" ("BookId" INTEGER REFERENCES "Books"("BookId"), '
        '"AuthorId" INTEGER REFERENCES "Authors"("AuthorId"), "Role" VARCHAR)'
    )
    con.execute("""INSERT INTO "BookAuthors" SELECT i, 1 + i % 5, 'author' FROM range(1, 21) t(i)""")
    con.execute("""INSERT INTO "BookAuthors" SELECT i, 1 + (i + 2) % 5, 'co-author' FROM range(2, 21, 5) t(i)""")
    con.execute("""INSERT INTO "BookAuthors" VALUES (5, 1, 'editor'), (9, 5, 'editor'), (10, 1, 'editor')""")
    con.execute(
        'CREATE TABLE "BookGenres" ("BookId" INTEGER REFERENCES "Books"("BookId"), '
        '"GenreId" INTEGER REFERENCES "Genres"("GenreId"), PRIMARY KEY ("BookId", "GenreId"))'
    )
    con.execute('INSERT INTO "BookGenres" SELECT i, 1 + i % 4 FROM range(1, 21) t(i)')
    con.execute('INSERT INTO "BookGenres" SELECT i, 1 + (i + 1) % 4 FROM range(3, 21, 3) t(i)')
    con.execute('CREATE TABLE "Members" ("MemberId" INTEGER PRIMARY KEY, "MemberName" VARCHAR, "JoinDate" DATE)')
    con.execute(
        """INSERT INTO "Members" SELECT i, ['Iris', 'Omar', 'Kate', 'Ravi', 'Zoe'][1 + i % 5] || ' ' || i,
        DATE '2020-01-01' + CAST(i * 17 AS INTEGER) FROM range(1, 16) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Loans" ("LoanId" INTEGER PRIMARY KEY, "BookId" INTEGER REFERENCES "Books"("BookId"), '
        '"MemberId" INTEGER REFERENCES "Members"("MemberId"), "LoanDate" DATE, "LateFee" DECIMAL(5, 2))'
    )
    con.execute(
        """INSERT INTO "Loans" SELECT i, 1 + (i * 3) % 20, 1 + i % 15, DATE '2023-01-02' + CAST(i * 2 AS INTEGER),
        CASE WHEN i % 4 = 0 THEN 0.5 * (i % 6) ELSE 0 END FROM range(1, 121) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Tracks" ("TrackId" INTEGER PRIMARY KEY, "TrackName" VARCHAR, "Milliseconds" INTEGER, '
        '"UnitPrice" DECIMAL(4, 2))'
    )
    con.execute(
        """INSERT INTO "Tracks" SELECT i, 'Track ' || i, 150000 + (i * 7919) % 200000, [0.99, 1.99][1 + i % 2]
        FROM range(1, 31) t(i)"""
    )
    con.execute('CREATE TABLE "Playlists" ("PlaylistId" INTEGER PRIMARY KEY, "Name" VARCHAR)')
    for i, p in enumerate(["Morning", "Workout", "Focus"]):
        con.execute('INSERT INTO "Playlists" VALUES (?, ?)', [i + 1, p])
    con.execute(
        'CREATE TABLE "PlaylistTrack" ("PlaylistId" INTEGER REFERENCES "Playlists"("PlaylistId"), '
        '"TrackId" INTEGER REFERENCES "Tracks"("TrackId"), PRIMARY KEY ("PlaylistId", "TrackId"))'
    )
    con.execute('INSERT INTO "PlaylistTrack" SELECT 1 + i % 3, i FROM range(1, 31) t(i)')
    con.execute('INSERT INTO "PlaylistTrack" SELECT 1 + (i + 1) % 3, i FROM range(2, 31, 4) t(i)')
    return con
