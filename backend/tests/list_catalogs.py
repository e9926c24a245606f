"""Two catalogs whose text columns hold several values or free text: a snake_case blog (articles tagged
'<python><sql>', authors with a free-text location 'Pune, India') and a PascalCase film club (films with genres
'Drama|Comedy' and colours 'red, green', members with a free-text hometown)."""

from __future__ import annotations

import duckdb

_PLACES = ["Berlin, Germany", "Pune, India", "India", "Munich, Germany", "Lyon, France", "Bangalore, India", "Germany"]
_TAGS = ["python", "sql", "pandas", "rust", "duckdb"]
_GENRES = ["Drama", "Comedy", "Horror", "Action"]
_COLOURS = ["red", "green", "blue"]


def blog(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """Authors with a free-text location; articles with angle-bracket tags."""
    con = duckdb.connect(path)
    con.execute("CREATE TABLE authors(author_id INTEGER PRIMARY KEY, author_name VARCHAR, location VARCHAR)")
    for i in range(1, 29):
        place = _PLACES[i % len(_PLACES)] if i % 9 else None
        con.execute("INSERT INTO authors VALUES (?, ?, ?)", [i, f"Author {i}", place])
    con.execute(
        "CREATE TABLE articles(article_id INTEGER PRIMARY KEY, author_id INTEGER REFERENCES authors(author_id), "
        "title VARCHAR, tags VARCHAR, view_count INTEGER, published_on DATE)"
    )
    for i in range(1, 121):
        picked = [t for k, t in enumerate(_TAGS) if (i >> k) % 2 or (i + k) % 7 == 0][:3] or ["sql"]
        tags = "".join(f"<{t}>" for t in picked)
        con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, DATE '2024-01-01' + ?)",
            [i, 1 + i % 28, f"Article {i}", tags, 10 * i % 97, i],
        )
    return con


def film_club(path: str = ":memory:") -> duckdb.DuckDBPyConnection:
    """Members with a free-text hometown; films with pipe genres and comma colours."""
    con = duckdb.connect(path)
    con.execute('CREATE TABLE "Members"("MemberId" INTEGER PRIMARY KEY, "DisplayName" VARCHAR, "Hometown" VARCHAR)')
    for i in range(1, 25):
        con.execute('INSERT INTO "Members" VALUES (?, ?, ?)', [i, f"Member {i}", _PLACES[(i * 3) % len(_PLACES)]])
    con.execute(
        'CREATE TABLE "Films"("FilmId" INTEGER PRIMARY KEY, "Title" VARCHAR, "Genres" VARCHAR, "Colours" VARCHAR, '
        '"Rating" DOUBLE, "AddedBy" INTEGER REFERENCES "Members"("MemberId"), "ReleasedOn" DATE)'
    )
    for i in range(1, 81):
        genres = [g for k, g in enumerate(_GENRES) if ((i * 5) >> k) % 2][:3] or ["Drama"]
        colours = [c for k, c in enumerate(_COLOURS) if ((i * 3 + 1) >> k) % 2] or ["blue"]
        con.execute(
            "INSERT INTO \"Films\" VALUES (?, ?, ?, ?, ?, ?, DATE '2020-01-01' + ?)",
            [i, f"Film {i}", "|".join(genres), ", ".join(colours), 1 + (i * 7) % 9 / 2, 1 + i % 24, 9 * i],
        )
    return con
