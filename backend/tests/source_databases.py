"""Real source databases for tests: a fresh Postgres or MariaDB database, or a SQLite file, with a small shop.

Each holds `customers` and `orders` (with a declared foreign key) over 2024; dropped afterwards.
"""

from __future__ import annotations

import datetime as dt
import secrets
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from backend.tests.databases import PG_HOST, PG_PORT, PG_USER

MYSQL_HOST = "127.0.0.1"
MYSQL_PORT = 3306
# 36 orders: three per month of 2024, amounts 10, 20, 30.
ORDERS = [
    (i + 1, (i % 3) + 1, dt.date(2024, i // 3 + 1, 5 + (i % 3)).isoformat(), 10.0 * ((i % 3) + 1)) for i in range(36)
]
SCHEMA = [
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name VARCHAR(40), region VARCHAR(20))",
    "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER REFERENCES customers(id), "
    "ordered_at DATE, amount DECIMAL(10,2))",
]
CUSTOMERS = [(1, "Ada", "Europe"), (2, "Grace", "North America"), (3, "Linus", "Europe")]


def _inserts() -> list[str]:
    rows = [f"INSERT INTO customers VALUES ({i}, '{n}', '{r}')" for i, n, r in CUSTOMERS]
    rows += [f"INSERT INTO orders VALUES ({i}, {c}, '{d}', {a})" for i, c, d, a in ORDERS]
    return rows


def psql(database: str, *statements: str) -> str:
    """Run statements on the machine's Postgres as the test user; the output of the last."""
    args = ["psql", "-h", PG_HOST, "-p", str(PG_PORT), "-U", PG_USER, "-d", database, "-qAt", "-v", "ON_ERROR_STOP=1"]
    for sql in statements:
        args += ["-c", sql]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout.strip()


def mysql(database: str | None, *statements: str) -> str:
    """Run statements on the machine's MariaDB as root."""
    args = ["mysql", "-h", MYSQL_HOST, "-P", str(MYSQL_PORT), "-uroot", "-N", "-B"]
    if database:
        args.append(database)
    return subprocess.run(
        args, input=";\n".join(statements) + ";", check=True, capture_output=True, text=True
    ).stdout.strip()


@contextmanager
def postgres_shop(role_password: str | None = None) -> Iterator[tuple[str, str]]:
    """(dsn, database name) of a new Postgres database with the shop; with `role_password`, the DSN logs in
    as a new role with that password (the machine trusts local logins, so any password works)."""
    name = f"viz_src_{secrets.token_hex(5)}"
    psql("postgres", f'CREATE DATABASE "{name}"')
    role = f"viz_role_{secrets.token_hex(4)}"
    try:
        psql(name, *SCHEMA, *_inserts())
        dsn = f"host={PG_HOST} port={PG_PORT} user={PG_USER} dbname={name}"
        if role_password is not None:
            psql(
                name,
                f"CREATE ROLE {role} LOGIN PASSWORD '{role_password}'",
                f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}",
            )
            dsn = f"postgresql://{role}:{role_password}@{PG_HOST}:{PG_PORT}/{name}"
        yield dsn, name
    finally:
        psql("postgres", f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        psql("postgres", f"DROP ROLE IF EXISTS {role}")


@contextmanager
def mysql_shop() -> Iterator[tuple[str, str]]:
    """(dsn, database name) of a new MariaDB database with the shop."""
    name = f"viz_src_{secrets.token_hex(5)}"
    mysql(None, f"CREATE DATABASE {name}")
    try:
        mysql(name, *SCHEMA, *_inserts())
        yield f"host={MYSQL_HOST} port={MYSQL_PORT} user=root database={name}", name
    finally:
        mysql(None, f"DROP DATABASE IF EXISTS {name}")


@contextmanager
def sqlite_shop(directory: Path) -> Iterator[tuple[str, str]]:
    """(path, file name) of a SQLite file with the shop."""
    path = directory / f"shop-{secrets.token_hex(3)}.sqlite"
    conn = sqlite3.connect(path)
    for statement in [*SCHEMA, *_inserts()]:
        conn.execute(statement)
    conn.commit()
    conn.close()
    yield str(path), path.name


@contextmanager
def shop(kind: str, directory: Path) -> Iterator[tuple[str, str]]:
    """A shop database of `kind` (postgres, mysql, sqlite)."""
    factory = {"postgres": postgres_shop, "mysql": mysql_shop}.get(kind)
    with factory() if factory else sqlite_shop(directory) as found:
        yield found


def count_orders(kind: str, where: str, dsn: str) -> int:
    """Rows of `orders` read straight from the source (not through the app)."""
    if kind == "postgres":
        return int(psql(where, "SELECT count(*) FROM orders"))
    if kind == "mysql":
        return int(mysql(where, "SELECT count(*) FROM orders"))
    conn = sqlite3.connect(dsn)
    try:
        return int(conn.execute("SELECT count(*) FROM orders").fetchone()[0])
    finally:
        conn.close()
