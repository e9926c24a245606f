"""Reads the catalog a Spark Connect server serves: tables, column types and row counts."""

from __future__ import annotations

import re

from pyspark.sql.connect.session import SparkSession
from pyspark.sql.pandas.types import to_arrow_type

from backend.core.arrow_types import duckdb_type_name
from backend.core.catalog import column_kind
from backend.models.catalog import Catalog, ColumnInfo, TableInfo

_ROWS = re.compile(r"(\d+) rows")


def quote_spark(name: str) -> str:
    """Backtick-quote an identifier for Spark SQL."""
    return "`" + name.replace("`", "``") + "`"


def row_count(spark: SparkSession, table: str) -> int:
    """Rows from the table's statistics (`ANALYZE TABLE`), counted only when Spark has none."""
    for row in spark.sql(f"DESCRIBE TABLE EXTENDED {quote_spark(table)}").collect():
        if row[0] == "Statistics" and (match := _ROWS.search(str(row[1]))):
            return int(match.group(1))
    return int(spark.sql(f"SELECT count(*) FROM {quote_spark(table)}").collect()[0][0])


def read_catalog(spark: SparkSession, *, engine: str) -> Catalog:
    """Every table of the current database, types named as DuckDB names them."""
    names = sorted(t.name for t in spark.catalog.listTables())
    tables: list[TableInfo] = []
    for name in names:
        columns: list[ColumnInfo] = []
        for field in spark.table(quote_spark(name)).schema.fields:
            type_name = duckdb_type_name(to_arrow_type(field.dataType, timezone="UTC"))
            columns.append(
                ColumnInfo(name=field.name, type=type_name, kind=column_kind(type_name), nullable=field.nullable)
            )
        tables.append(TableInfo(name=name, row_count=row_count(spark, name), columns=columns, engine=engine))
    return Catalog(tables=tables)
