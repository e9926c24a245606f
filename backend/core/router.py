"""Which engine runs a query, and why: a pure function of the tables it reads and catalog statistics.

Only engines that serve every table a query reads can run it (a user source's engine serves its own
tables, the demo's engines the demo tables). Among those, a query whose tables hold more rows than
the Spark threshold goes to Spark when Spark serves them; otherwise a DuckDB engine runs it, a remote
DuckDB server before the local file (the local engine is for development and debugging). A requested
engine (the user's choice, or the analyst's explicit tool choice) overrides the statistics.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from backend.models.errors import BadRequestError, SqlRejectedError, shown_id

SPARK_DIALECT = "spark"
# DuckDB engines in the order Auto prefers them; other engines (user sources) follow in configured order.
DUCKDB_PREFERENCE = ("duckdb-remote", "duckdb")


@dataclass(frozen=True)
class EngineTables:
    """What routing knows of one configured engine: its tables with row counts (lower-case names), or
    `None` with `unavailable` saying why when its catalog could not be read (e.g. the server is down)."""

    name: str
    dialect: str
    tables: Mapping[str, int] | None
    unavailable: str | None = None


@dataclass(frozen=True)
class Route:
    """The engine that runs a query, the tool it stands for and the reason shown to the user.

    `choice` is false when only one engine is configured at all: then there was nothing to decide.
    """

    engine: str
    tool: str
    reason: str
    choice: bool


def tool_for(dialect: str) -> str:
    """The analyst's tool a dialect's engines stand for (the seed's two tools)."""
    return "submit_spark" if dialect == SPARK_DIALECT else "run_sql"


def short_count(rows: int) -> str:
    """A row count as the reason states it: 50,000; 3.0M."""
    return f"{rows / 1_000_000:.1f}M" if rows >= 1_000_000 else f"{rows:,}"


def short_threshold(rows: int) -> str:
    """The threshold as set: 1M, 2.5M, 500,000."""
    return f"{rows / 1_000_000:g}M" if rows >= 1_000_000 else f"{rows:,}"


def _size_phrase(tables: Sequence[str], rows: int) -> str:
    if len(tables) == 1:
        return f"{tables[0]} has {short_count(rows)} rows"
    return f"{', '.join(tables[:-1])} and {tables[-1]} have {short_count(rows)} rows together"


def _order(engines: Sequence[EngineTables]) -> list[EngineTables]:
    def rank(e: EngineTables) -> int:
        return DUCKDB_PREFERENCE.index(e.name) if e.name in DUCKDB_PREFERENCE else len(DUCKDB_PREFERENCE)

    return sorted(engines, key=rank)  # stable: user sources keep their configured order


def route(
    tables: frozenset[str],
    engines: Sequence[EngineTables],
    *,
    spark_row_threshold: int,
    requested: str | None = None,
) -> Route:
    """Pick the engine for a query reading `tables` (lower-case names).

    Raises `BadRequestError` for a requested engine that is not configured and `SqlRejectedError`
    when no engine (or not the requested one) serves every table the query reads.
    """
    by_name = {e.name: e for e in engines}
    choice = len(engines) > 1
    names = sorted(tables)
    serving = [e for e in _order(engines) if e.tables is not None and tables <= e.tables.keys()]
    rows = sum(max((e.tables or {}).get(t, 0) for e in engines) for t in names)
    if requested is not None:
        engine = by_name.get(requested)
        if engine is None:
            raise BadRequestError(f"engine {shown_id(requested)} is not configured; available: {sorted(by_name)}")
        if engine.tables is not None and not tables <= engine.tables.keys():
            missing = ", ".join(sorted(tables - engine.tables.keys()))
            raise SqlRejectedError(f"engine {engine.name} does not serve {missing}")
        # An engine whose catalog is unknown (server down) still gets the query: its own error says why.
        size = f"{_size_phrase(names, rows)}; " if names else ""
        reason = f"{size}{engine.name} was requested: {tool_for(engine.dialect)} on {engine.name}"
        return Route(engine.name, tool_for(engine.dialect), reason, choice)
    if not serving:
        down = [e for e in engines if e.tables is None]
        why = "; ".join(f"{e.name}: {e.unavailable or 'catalog unavailable'}" for e in down)
        message = f"no configured engine serves all of {', '.join(names)} together"
        raise SqlRejectedError(f"{message} ({why})" if why else message)
    spark = next((e for e in serving if e.dialect == SPARK_DIALECT), None)
    others = [e for e in serving if e.dialect != SPARK_DIALECT]
    limit = short_threshold(spark_row_threshold)
    size = _size_phrase(names, rows) if names else "the query reads no table"
    if rows > spark_row_threshold and spark is not None:
        reason = f"{size}, above the Spark threshold ({limit}): submit_spark"
        return Route(spark.name, tool_for(spark.dialect), reason, choice)
    engine = others[0] if others else serving[0]
    tool = tool_for(engine.dialect)
    spark_down = next((e for e in engines if e.dialect == SPARK_DIALECT and e.tables is None), None)
    if rows > spark_row_threshold and spark_down is not None:
        why = spark_down.unavailable or "its catalog is unavailable"
        reason = (
            f"{size}, above the Spark threshold ({limit}), but Spark is unavailable ({why}): {tool} on {engine.name}"
        )
        return Route(engine.name, tool, reason, choice)
    if rows > spark_row_threshold or not any(e.dialect == SPARK_DIALECT for e in engines):
        return Route(engine.name, tool, f"{size}: {tool} on {engine.name}", choice)
    return Route(engine.name, tool, f"{size}, below the Spark threshold ({limit}): {tool} on {engine.name}", choice)
