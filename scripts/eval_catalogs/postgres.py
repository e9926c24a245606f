"""Load the ERP warehouse into a Postgres database: the same seven tables, keys and rows as data/erp.duckdb."""

from __future__ import annotations

from pathlib import Path

import asyncpg  # pyright: ignore[reportMissingTypeStubs]
import duckdb

from scripts.eval_catalogs.erp import COMMENTS, DDL

# DuckDB's DDL is plain SQL apart from one type name.
_PG_TYPES = {" DOUBLE,": " DOUBLE PRECISION,", " DOUBLE\n": " DOUBLE PRECISION\n"}
TABLES = ["t_dept", "t_emp", "t_cust", "t_prod", "t_ord", "t_whse", "t_xfer"]


def postgres_ddl() -> list[str]:
    """The warehouse's CREATE TABLE statements in Postgres syntax (creation order respects the keys)."""
    out: list[str] = []
    for statement in DDL:
        for old, new in _PG_TYPES.items():
            statement = statement.replace(old, new)
        out.append(statement)
    return out


async def load_into_postgres(duckdb_file: Path, dsn: str, schema: str = "public") -> dict[str, int]:
    """(Re)create the warehouse's tables in `schema` of the database at `dsn`; return the row count per table."""
    source = duckdb.connect(str(duckdb_file), read_only=True)
    conn = await asyncpg.connect(dsn)
    try:
        async with conn.transaction():
            await conn.execute(f'CREATE SCHEMA IF NOT EXISTS "{schema}"')
            await conn.execute(f'SET LOCAL search_path TO "{schema}"')
            for table in reversed(TABLES):
                await conn.execute(f"DROP TABLE IF EXISTS {table} CASCADE")
            for statement in [*postgres_ddl(), *COMMENTS]:
                await conn.execute(statement)
            for table in TABLES:
                # Rows by primary key, so a manager comes before the people reporting to them.
                rows = source.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
                if table == "t_emp":
                    rows.sort(key=lambda r: (r[3] is not None, r[0]))  # the heads of department first
                await conn.copy_records_to_table(table, records=rows, schema_name=schema)
        counts: dict[str, int] = {}
        for table in TABLES:
            counts[table] = int(await conn.fetchval(f'SELECT count(*) FROM "{schema}".{table}'))
        return counts
    finally:
        await conn.close()
        source.close()
