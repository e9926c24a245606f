"""A verb whose doer names a key of the rows (`agent_verbs.py`): "who owns the most poster jobs" over jobs with an owner's
and an orderer's key to staff (`logged_time_catalogs.print_studio`), "who owns the most requests" over requests
with a requester's and an approver's key to users (a Title Case register written here): the people behind that key,
by name, ranked by their rows; never a question back about the verb."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.logged_time_catalogs import print_studio

studio = catalog_fixture(print_studio)


def _request_register() -> duckdb.DuckDBPyConnection:
    """Users with a display name; requests of a category owned by one user and approved by another (declared keys,
    Title Case headers as a spreadsheet export writes them)."""
    con = duckdb.connect()
    con.execute('CREATE TABLE users("User Id" VARCHAR PRIMARY KEY, "Display Name" VARCHAR)')
    con.executemany("INSERT INTO users VALUES (?, ?)", [(f"u{k}", f"User {k}") for k in range(1, 7)])
    con.execute(
        'CREATE TABLE requests("Request Id" INTEGER PRIMARY KEY, "Category" VARCHAR, '
        '"Owner Id" VARCHAR REFERENCES users("User Id"), "Approver Id" VARCHAR REFERENCES users("User Id"))'
    )
    rows = [(k, ["Travel", "Laptop"][k % 2], f"u{1 + k % 6}", f"u{1 + (k * 7) % 5}") for k in range(1, 81)]
    con.executemany("INSERT INTO requests VALUES (?, ?, ?, ?)", rows)
    return con


register = catalog_fixture(_request_register)


def test_who_owns_the_most_is_ranked_through_the_owners_key(studio: Db) -> None:
    same(
        studio,
        "who owns the most poster jobs",
        'SELECT s."fullName", COUNT(*) AS n FROM jobs j JOIN staff s ON s."staffId" = j."ownerId" '
        "WHERE j.format = 'Poster' GROUP BY 1 ORDER BY n DESC LIMIT 20",
    )


def test_who_owns_the_most_reads_the_owners_key(register: Db) -> None:
    same(
        register,
        "who owns the most laptop requests? top 3",
        'SELECT u."Display Name", COUNT(*) AS n FROM requests r JOIN users u ON u."User Id" = r."Owner Id" '
        "WHERE r.\"Category\" = 'Laptop' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 3",
    )
