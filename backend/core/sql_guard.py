"""SQL guard: every statement that reaches an engine is checked on sqlglot's AST, never with regexes."""

from __future__ import annotations

import string
import unicodedata
from collections.abc import Collection, Iterator
from dataclasses import dataclass

import sqlglot
from sqlglot import exp
from sqlglot.dialects.dialect import Dialect
from sqlglot.errors import ParseError, TokenError

from backend.core.sql_value_size import TABLE_POSITIONS, check_built_size
from backend.models.errors import SqlRejectedError

READ_ONLY = "statements must be read-only SELECT/WITH/VALUES"
# Statement keywords named in the refusal when the parser gives up on them (e.g. EXPORT DATABASE).
_WRITE_KEYWORDS = frozenset({
    "COPY", "ATTACH", "DETACH", "INSTALL", "UNINSTALL", "LOAD", "SET", "RESET", "PRAGMA", "CALL", "EXPORT",
    "IMPORT", "CHECKPOINT", "FORCE", "USE", "CREATE", "DROP", "ALTER", "INSERT", "UPSERT", "REPLACE", "UPDATE",
    "DELETE", "MERGE", "TRUNCATE", "VACUUM", "DESCRIBE", "SHOW", "SUMMARIZE", "EXPLAIN", "PREPARE", "EXECUTE",
    "DEALLOCATE", "BEGIN", "START", "COMMIT", "ROLLBACK", "ABORT", "ANALYZE", "GRANT", "REVOKE", "COMMENT",
})  # fmt: skip
# Statement nodes refused wherever they appear (top level or nested, e.g. a DELETE inside a CTE).
_WRITE_NODES: tuple[type[exp.Expr], ...] = (
    exp.Insert, exp.Update, exp.Delete, exp.Merge, exp.Copy, exp.Create, exp.Drop, exp.Alter, exp.Command,
    exp.Set, exp.Pragma, exp.Attach, exp.Detach, exp.Install, exp.Use, exp.Describe, exp.Show, exp.Summarize,
    exp.TruncateTable, exp.Transaction, exp.Commit, exp.Rollback, exp.Analyze, exp.Kill, exp.Grant, exp.Revoke,
    exp.LoadData, exp.Refresh, exp.Cache, exp.Uncache, exp.Export, exp.Comment, exp.Declare, exp.Execute,
)  # fmt: skip
_TABLE_FUNCTIONS = frozenset({"range", "generate_series", "unnest"})
_FILES = "reads files or URLs"
_QUERIES = "runs another query"
_SYSTEM = "exposes system settings or metadata"
_EFFECTS = "has side effects"
# The remote engine's client must reach its server, so DuckDB's lockdown lets quack_query reach any
# host; only the engine itself wraps guarded SQL in quack_query.
_REMOTE = "reaches another DuckDB server"
_EXACT: dict[str, str] = {
    "glob": _FILES, "sniff_csv": _FILES, "query": _QUERIES, "query_table": _QUERIES,
    "json_execute_serialized_sql": _QUERIES, "json_serialize_plan": _QUERIES, "getenv": _SYSTEM, "current_setting": _SYSTEM,
    "which_secret": _SYSTEM, "system": _EFFECTS, "shell": _EFFECTS, "dbgen": _EFFECTS, "dsdgen": _EFFECTS,
    "nextval": _EFFECTS, "setval": _EFFECTS, "checkpoint": _EFFECTS, "force_checkpoint": _EFFECTS,
}  # fmt: skip
_PREFIXES: tuple[tuple[str, str], ...] = (
    ("read_", _FILES), ("parquet_", _FILES), ("st_read", _FILES), ("iceberg_", _FILES), ("delta_", _FILES),
    ("http", _FILES), ("sqlite_", _FILES), ("postgres_", _FILES), ("mysql_", _FILES), ("ducklake_", _FILES),
    ("duckdb_", _SYSTEM), ("pragma_", _SYSTEM), ("pg_", _SYSTEM), ("load_", _EFFECTS), ("install_", _EFFECTS),
    ("quack_", _REMOTE),
)  # fmt: skip
_SYSTEM_SCHEMAS = frozenset({"information_schema", "pg_catalog", "system", "temp"})
# DuckDB folds identifiers with an ASCII-only lower(); mirror it so "ſales" never matches "sales".
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


# Bounds on what reaches an engine: DuckDB does not honour interrupt() while it plans, and planning
# grows fast with nesting (a chain of 400 additions plans for ~20 s), so the timeout alone cannot
# bound such a statement. 64 levels plan in well under a second; real queries nest far less.
MAX_SQL_CHARS = 20_000
MAX_SQL_NODES = 5_000
MAX_SQL_DEPTH = 64


@dataclass(frozen=True)
class GuardLimits:
    """Size bounds a statement must meet before it is parsed further or planned."""

    max_chars: int = MAX_SQL_CHARS
    max_nodes: int = MAX_SQL_NODES
    max_depth: int = MAX_SQL_DEPTH


@dataclass(frozen=True)
class GuardedQuery:
    """A statement the guard accepted, ready for an engine."""

    sql: str
    tables: frozenset[str]
    limit: int
    # With `probe=True`: the same statement asking for one row more than `limit` (a LIMIT written in the SQL that
    # equals the cap stays), so a result that was cut can be told from a complete one.
    probe_sql: str | None = None


def guard_sql(
    sql: str,
    *,
    allowed_tables: Collection[str],
    limit: int | None = None,
    max_limit: int = 100_000,
    default_limit: int = 1000,
    dialect: str = "duckdb",
    output_dialect: str | None = None,
    limits: GuardLimits = GuardLimits(),
    probe: bool = False,
) -> GuardedQuery:
    """Check one read-only statement over catalog tables and return it rendered with a row limit (and, with
    `probe`, rendered again with the limit one row higher: one parse and one check for both)."""
    if limit is not None and not 0 <= limit <= max_limit:
        raise SqlRejectedError(f"limit {limit} must be between 0 and the maximum of {max_limit} rows")
    if not sql.strip():
        raise SqlRejectedError("empty SQL: nothing to run")
    if len(sql) > limits.max_chars:
        raise SqlRejectedError(f"the statement is {len(sql)} characters long; the limit is {limits.max_chars}")
    stmt = _parse_one(sql, dialect)
    _check_size(stmt, limits)
    allowed = frozenset(_fold(t) for t in allowed_tables)
    if isinstance(stmt, (exp.Pivot, exp.Values, exp.Subquery)):
        # DuckDB's PIVOT statement is a SELECT in disguise, like VALUES and `(SELECT …)`: wrapping
        # them in `SELECT * FROM (…)` gives the row limit an outer query to attach to.
        stmt = exp.select("*").from_(stmt if isinstance(stmt, exp.Subquery) else exp.Subquery(this=stmt))
    elif not isinstance(stmt, (exp.Select, exp.SetOperation)):
        raise SqlRejectedError(f"{_statement_kind(stmt, sql, dialect)} is not allowed: {READ_ONLY}")
    for node in stmt.walk():
        if isinstance(node, _WRITE_NODES):
            raise SqlRejectedError(f"{node.key.upper()} is not allowed inside a query: {READ_ONLY}")
        if isinstance(node, exp.Func):
            _check_function(node)
            check_built_size(node, *_function_names(node))
    tables = frozenset(_check_tables(stmt, allowed))
    effective, written = _apply_limit(stmt, limit, max_limit, min(default_limit, max_limit))
    # The generator changes the tree it renders, so it renders a copy; the last rendering may use the tree itself
    # (nothing reads it afterwards), as sqlglot's own transpile does: a deep copy less (~12% of a guard call).
    rendered = stmt.sql(dialect=output_dialect or dialect, comments=False, copy=probe)
    probe_sql = None
    if probe:
        extra = effective + 1 if written is None else min(written, effective + 1)
        stmt.set("limit", exp.Limit(expression=exp.Literal.number(extra)))
        probe_sql = stmt.sql(dialect=output_dialect or dialect, comments=False, copy=False)
    return GuardedQuery(sql=rendered, tables=tables, limit=effective, probe_sql=probe_sql)


def _check_size(stmt: exp.Expr, limits: GuardLimits) -> None:
    """Refuse statements with too many expressions or nested too deeply (iteratively: no recursion)."""
    nodes = 0
    stack: list[tuple[exp.Expr, int]] = [(stmt, 1)]
    while stack:
        node, depth = stack.pop()
        nodes += 1
        if nodes > limits.max_nodes:
            raise SqlRejectedError(f"the statement has more than {limits.max_nodes} expressions: simplify it")
        if depth > limits.max_depth:
            raise SqlRejectedError(
                f"the statement nests more than {limits.max_depth} levels deep (e.g. a long chain of + or AND): "
                "simplify it"
            )
        stack.extend((child, depth + 1) for child in node.iter_expressions())


def _parse_one(sql: str, dialect: str) -> exp.Expr:
    """Parse exactly one statement; comment-only fragments between semicolons do not count."""
    try:
        parsed = sqlglot.parse(sql, read=dialect)
    except (ParseError, TokenError) as e:
        first = _first_keyword(sql, dialect)
        if first in _WRITE_KEYWORDS:
            raise SqlRejectedError(f"{first} is not allowed: {READ_ONLY}") from e
        raise SqlRejectedError(f"could not parse SQL: {str(e).splitlines()[0]}") from e
    except RecursionError as e:
        raise SqlRejectedError("could not parse SQL: the query is nested too deeply") from e
    statements = [s for s in parsed if s is not None and not isinstance(s, exp.Semicolon)]
    if not statements:
        raise SqlRejectedError("empty SQL: nothing to run (only comments or semicolons)")
    if len(statements) > 1:
        raise SqlRejectedError(f"only one statement is allowed (found {len(statements)})")
    return statements[0]


def _first_keyword(sql: str, dialect: str) -> str | None:
    """The statement's first token as written, for refusal messages only."""
    try:
        tokens = Dialect.get_or_raise(dialect).tokenize(sql)
    except TokenError:
        return None
    return tokens[0].text.upper() if tokens else None


def _statement_kind(stmt: exp.Expr, sql: str, dialect: str) -> str:
    """Name a refused statement the way the user wrote it (EXPLAIN, CHECKPOINT, COPY…)."""
    if isinstance(stmt, exp.Command):
        return str(stmt.this).upper()
    first = _first_keyword(sql, dialect)
    return stmt.key.upper() if first in (None, "WITH", "(") else str(first)


def _fold(name: str) -> str:
    return name.translate(_ASCII_LOWER)


def _function_names(func: exp.Func) -> tuple[str, set[str]]:
    """A display name and every name the function may be called by, folded to defeat case/unicode tricks."""
    raw = [func.name] if isinstance(func, exp.Anonymous) else list(type(func).sql_names())
    names = {v for n in raw for v in (_fold(n), unicodedata.normalize("NFKC", n).casefold())}
    return unicodedata.normalize("NFKC", raw[0]).casefold(), names


def _danger(names: set[str]) -> str | None:
    for name in names:
        if name in _EXACT:
            return _EXACT[name]
        if name.endswith("_scan"):
            return _FILES
        for prefix, reason in _PREFIXES:
            if name.startswith(prefix):
                return reason
    return None


def _check_function(func: exp.Func) -> None:
    """Refuse dangerous functions anywhere and every table function outside a small allowlist."""
    shown, names = _function_names(func)
    reason = _danger(names)
    if isinstance(func.parent, TABLE_POSITIONS) and func.arg_key == "this":
        if isinstance(func, (exp.GenerateSeries, exp.Unnest)) or (
            isinstance(func, exp.Anonymous) and names & _TABLE_FUNCTIONS
        ):
            return
        why = reason or f"only {', '.join(sorted(_TABLE_FUNCTIONS))} are allowed"
        raise SqlRejectedError(f"table function {shown} is not allowed ({why})")
    if reason:
        raise SqlRejectedError(f"function {shown} is not allowed ({reason})")


def _check_tables(stmt: exp.Expr, allowed: frozenset[str]) -> Iterator[str]:
    """Yield the catalog tables a query reads; refuse anything else used as a table."""
    for table in stmt.find_all(exp.Table):
        source = table.this
        if isinstance(source, exp.Func):
            continue  # table functions were checked with the other functions
        if not isinstance(source, exp.Identifier):
            raise SqlRejectedError(f"table reference {table.sql()} is not allowed: use a bare catalog table name")
        if table.catalog:
            # source.schema.table names a table of an attached source whose bare name is ambiguous.
            qualified = ".".join(_fold(p) for p in (table.catalog, table.db, source.name))
            if qualified in allowed:
                yield qualified
                continue
            raise SqlRejectedError(
                f"table reference {table.sql()} is not allowed: use a catalog table name "
                "(source.schema.table only for a table of a configured source whose bare name is ambiguous)"
            )
        name, schema = _fold(source.name), _fold(table.db)
        if schema and schema != "main":
            what = "system table" if schema in _SYSTEM_SCHEMAS else "schema-qualified table"
            raise SqlRejectedError(f"{what} {schema}.{name} is not allowed: use a bare catalog table name")
        if not schema and _is_cte_ref(table, name):
            continue
        if name in allowed:
            table.set("db", None)  # main.x is x; dropping it keeps the SQL portable to Spark
            yield name
            continue
        if any(c in name for c in "/\\:.~"):
            # DuckDB's replacement scans read `FROM 'file.csv'` (and quoted paths) straight from disk.
            raise SqlRejectedError(f"reading files or URLs is not allowed: '{source.name}' is not a catalog table")
        if name in _SYSTEM_SCHEMAS or _danger({name}) == _SYSTEM:
            raise SqlRejectedError(f"system table {name} is not allowed")
        known = ", ".join(sorted(allowed)[:8]) + (", …" if len(allowed) > 8 else "")
        raise SqlRejectedError(f"unknown table '{source.name}' (known: {known or 'none'})")


def _is_cte_ref(table: exp.Table, name: str) -> bool:
    """Whether a bare name resolves to a CTE in scope, following DuckDB's rules.

    A CTE is visible to the query body and to the CTEs after it, never to itself or earlier ones
    (DuckDB then reads the real table of that name) — except the recursive part of WITH RECURSIVE.
    """
    child: exp.Expr = table
    node = table.parent
    while node is not None:
        if isinstance(node, exp.With):
            if _defined_before(node, child, table, name):
                return True
        else:
            with_ = node.args.get("with_")
            if (
                isinstance(with_, exp.With)
                and with_ is not child
                and any(_fold(cte.alias) == name for cte in with_.expressions)
            ):
                return True
        child, node = node, node.parent
    return False


def _defined_before(with_: exp.With, child: exp.Expr, table: exp.Table, name: str) -> bool:
    """Whether `name` is a CTE of `with_` visible from inside its CTE `child`."""
    ctes = with_.expressions
    index = next((i for i, cte in enumerate(ctes) if cte is child), None)
    if index is None:
        return False
    if any(_fold(cte.alias) == name for cte in ctes[:index]):
        return True
    own, body = ctes[index], ctes[index].this
    return bool(
        with_.args.get("recursive")
        and _fold(own.alias) == name
        and isinstance(body, exp.SetOperation)
        and _is_within(table, body.expression)
    )


def _is_within(node: exp.Expr, ancestor: exp.Expr) -> bool:
    current: exp.Expr | None = node
    while current is not None:
        if current is ancestor:
            return True
        current = current.parent
    return False


def _literal_limit(node: exp.Expr, clause: str) -> int | None:
    """The integer row count of an outer LIMIT/FETCH; None for LIMIT ALL/NULL (no limit asked)."""
    options = node.args.get("limit_options")
    if isinstance(options, exp.LimitOptions) and (options.args.get("percent") or options.args.get("with_ties")):
        raise SqlRejectedError(f"{clause} with PERCENT or WITH TIES is not allowed: use a row count")
    value = node.args.get("count") if isinstance(node, exp.Fetch) else node.args.get("expression")
    if value is None or isinstance(value, exp.Null) or (isinstance(value, exp.Var) and value.name.upper() == "ALL"):
        return None
    if isinstance(value, exp.Neg):
        raise SqlRejectedError(f"{clause} {value.sql()} is not allowed: the row count must be a non-negative integer")
    if not (isinstance(value, exp.Literal) and not value.is_string and value.this.isascii() and value.this.isdigit()):
        raise SqlRejectedError(f"{clause} {value.sql()} is not allowed: the row count must be an integer literal")
    return int(value.this)


def _apply_limit(stmt: exp.Expr, requested: int | None, max_limit: int, default_limit: int) -> tuple[int, int | None]:
    """Set the outer row limit: keep a user LIMIT up to max_limit (capped by `requested`), else add one.
    Returns (the limit set, the LIMIT written in the SQL or None)."""
    current = stmt.args.get("limit")
    clause = "FETCH" if isinstance(current, exp.Fetch) else "LIMIT"
    user = _literal_limit(current, clause) if isinstance(current, exp.Expr) else None
    if user is not None and user > max_limit:
        raise SqlRejectedError(f"{clause} {user} exceeds the maximum of {max_limit} rows")
    if user is None:
        effective = requested if requested is not None else default_limit
    else:
        effective = user if requested is None else min(user, requested)
    stmt.set("limit", exp.Limit(expression=exp.Literal.number(effective)))
    return effective, user
