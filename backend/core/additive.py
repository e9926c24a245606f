"""Which columns of a result add up: a total or a count per group, whose values sum to a meaningful whole.

A written answer may say "42 % of the total" only of such a column. A record's own value (the horsepower of
each of five cars), an average, a ratio, an extreme, a distinct count or a running total does not add up
across rows, whatever its name says. Read from the SQL that produced the result, so it holds for any analyst.
"""

from __future__ import annotations

from functools import lru_cache

import sqlglot
from sqlglot import exp
from sqlglot.errors import SqlglotError


@lru_cache(maxsize=256)
def additive_columns(sql: str) -> frozenset[str]:
    """Output names of the columns of `sql` (the guarded DuckDB statement every engine's result records) that
    are a SUM or a COUNT over groups; empty when unreadable.

    Only columns whose output name the SQL states (an alias or a column's own name) are judged: an engine
    names an unaliased `COUNT(*)` its own way. A set operation's columns are not judged.
    """
    try:
        tree = sqlglot.parse_one(sql, read="duckdb")
    except SqlglotError:
        return frozenset()
    if not isinstance(tree, exp.Select):
        return frozenset()
    return frozenset(
        projection.alias_or_name
        for projection in tree.expressions
        if isinstance(projection, exp.Alias | exp.Column) and _adds_up(projection, tree, depth=0)
    )


def _unwrapped(node: exp.Expr) -> exp.Expr:
    """`node` without an alias, casts, parentheses and rounding, which change no sum."""
    while True:
        if isinstance(node, exp.Alias | exp.Paren | exp.Cast | exp.TryCast | exp.Round):
            node = node.this
        else:
            return node


def _adds_up(projection: exp.Expr, select: exp.Select, *, depth: int) -> bool:
    node = _unwrapped(projection)
    if isinstance(node, exp.Sum | exp.Count):
        # A window (a running total, a share of the whole) and a distinct count do not add up across rows.
        if node.find_ancestor(exp.Window) is not None:
            return False
        return not (isinstance(node, exp.Count) and isinstance(node.this, exp.Distinct))
    if isinstance(node, exp.Column) and depth < 4 and not _aggregates(select):
        inner = _source_select(select, node)
        if inner is not None:
            named = next((p for p in inner.expressions if p.alias_or_name == node.name), None)
            return named is not None and _adds_up(named, inner, depth=depth + 1)
    return False


def _aggregates(select: exp.Select) -> bool:
    """True when `select` groups or aggregates its own rows (then a bare column is a group's key)."""
    if select.args.get("group"):
        return True
    return any(
        isinstance(f, exp.AggFunc) and f.find_ancestor(exp.Window) is None
        for p in select.expressions
        for f in p.find_all(exp.AggFunc)
    )


def _source_select(select: exp.Select, column: exp.Column) -> exp.Select | None:
    """The SELECT behind the single source a bare column is read from: a subquery or a CTE, else None."""
    from_ = select.args.get("from_")
    if not isinstance(from_, exp.From) or select.args.get("joins"):
        return None
    source = from_.this
    if isinstance(source, exp.Subquery):
        inner = source.this
        return inner if isinstance(inner, exp.Select) else None
    if isinstance(source, exp.Table) and not source.db:
        with_ = select.args.get("with_")
        if isinstance(with_, exp.With):
            for cte in with_.expressions:
                if isinstance(cte, exp.CTE) and cte.alias_or_name == source.name:
                    inner = cte.this
                    return inner if isinstance(inner, exp.Select) else None
    return None
