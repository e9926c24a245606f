"""The guard's bound on values built in one step to a size an argument names (a string, a list)."""

from __future__ import annotations

import datetime as dt

from sqlglot import exp

from backend.models.errors import SqlRejectedError

TABLE_POSITIONS = (exp.Table, exp.Lateral, exp.From, exp.Join)  # where a function is a table function
# Functions that build one value whose size an argument sets (a string, a list) do it in one step that
# interrupt() cannot stop and DuckDB's memory_limit does not count: `SELECT repeat('x', 2000000000)` ran
# 5 s past a 30 s timeout and grew the process by 9 GB, `range(100000000)` as a value ran for minutes.
# Their size must be an integer literal of at most this many characters or elements.
MAX_BUILT_SIZE = 100_000
_RESIZE_FUNCTIONS = frozenset({"list_resize", "array_resize"})
_FORMAT_FUNCTIONS = frozenset({"printf", "format"})


def _integer(node: exp.Expr | None) -> int | None:
    """The value of an integer literal (or its negation), else None."""
    if isinstance(node, exp.Neg):
        inner = _integer(node.this)
        return None if inner is None else -inner
    if isinstance(node, exp.Literal) and not node.is_string:
        try:
            return int(str(node.this))
        except ValueError:
            return None
    return None


# Shortest length of each INTERVAL unit, so a series' size estimated from literals is never too small.
_UNIT_SECONDS = {
    "microsecond": 1e-6, "us": 1e-6, "millisecond": 1e-3, "ms": 1e-3, "second": 1, "s": 1, "minute": 60, "hour": 3600,
    "day": 86400, "week": 7 * 86400, "month": 28 * 86400, "quarter": 89 * 86400, "year": 365 * 86400,
    "decade": 3652 * 86400, "century": 36524 * 86400, "millennium": 365242 * 86400,
}  # fmt: skip


def _instant(node: exp.Expr | None) -> dt.datetime | None:
    """A DATE/TIMESTAMP literal (`DATE '2024-01-01'`, `'…'::TIMESTAMPTZ`) as a naive UTC datetime, else None."""
    if not (isinstance(node, exp.Cast) and isinstance(node.this, exp.Literal) and node.this.is_string):
        return None
    if not node.to.is_type(*exp.DataType.TEMPORAL_TYPES):
        return None
    try:
        value = dt.datetime.fromisoformat(str(node.this.this).strip())
    except ValueError:
        return None
    return value.astimezone(dt.UTC).replace(tzinfo=None) if value.tzinfo else value


def _interval_seconds(node: exp.Expr | None) -> float | None:
    """The shortest length in seconds of an INTERVAL literal (`INTERVAL 1 DAY`, `INTERVAL '2 hours'`), else None."""
    if not (isinstance(node, exp.Interval) and isinstance(node.this, exp.Literal)):
        return None
    text = str(node.this.this).strip().lower()
    unit = node.unit.name.lower() if node.unit is not None else ""
    if not unit and len(text.split()) == 2:
        text, unit = text.split()
    try:
        amount = float(text)
    except ValueError:
        return None
    per_unit = _UNIT_SECONDS.get(unit) or _UNIT_SECONDS.get(unit.removesuffix("s"))
    return None if per_unit is None else abs(amount) * per_unit


def _series_size(func: exp.GenerateSeries) -> int | None:
    """How many elements range/generate_series builds from literal bounds and step; None when not literals."""
    start, end, step = (func.args.get(k) for k in ("start", "end", "step"))
    low, high = _integer(start), _integer(end)
    if low is not None and high is not None:
        by = _integer(step) if step is not None else 1
        if by is None:
            return None
        return 0 if by == 0 else abs(high - low) // abs(by) + 1  # a zero step is DuckDB's error to give
    begin, finish, seconds = _instant(start), _instant(end), _interval_seconds(step)
    if begin is None or finish is None or not seconds:
        return None
    return int(abs((finish - begin).total_seconds()) // seconds) + 1


def check_built_size(func: exp.Func, shown: str, names: set[str]) -> None:
    """Refuse a value built to a size that is not a small literal (see MAX_BUILT_SIZE); `shown` and `names`
    are the function's display name and every name it may be called by (folded, as the guard does)."""
    if isinstance(func, exp.Pad):
        shown = "lpad" if func.args.get("is_left") else "rpad"
    if isinstance(func, exp.GenerateSeries):
        shown = "range" if func.args.get("is_end_exclusive") else "generate_series"
        if isinstance(func.parent, TABLE_POSITIONS):
            return  # a table function yields its rows in chunks: interruptible, and the row limit holds
        size = _series_size(func)
        if size is None:
            raise SqlRejectedError(
                f"{shown}(...) as a value must hold at most {MAX_BUILT_SIZE} elements, so its bounds and step must be "
                "literals (integers, or dates and timestamps with an INTERVAL step), not a column or a subquery; "
                f"for a series per row use the table function: FROM t, {shown}(t.n) AS s(i)"
            )
        if size > MAX_BUILT_SIZE:
            raise SqlRejectedError(
                f"{shown}(...) as a value may hold at most {MAX_BUILT_SIZE} elements (this one: {size})"
            )
        return
    if isinstance(func, exp.Repeat):
        sizes = [func.args.get("times")]
    elif isinstance(func, exp.Pad):
        sizes = [func.args.get("expression")]
    elif isinstance(func, exp.Anonymous) and names & _RESIZE_FUNCTIONS:
        sizes = func.expressions[1:2]
    elif isinstance(func, exp.Anonymous) and "bar" in names:
        sizes = func.expressions[3:4]
    elif isinstance(func, exp.Format) or (isinstance(func, exp.Anonymous) and names & _FORMAT_FUNCTIONS):
        pattern = func.this if isinstance(func, exp.Format) else (func.expressions or [None])[0]
        if isinstance(pattern, exp.Literal) and pattern.is_string:
            widths = "".join(c if c.isdigit() else " " for c in str(pattern.this)).split()
            if any(int(w) > MAX_BUILT_SIZE for w in widths):
                raise SqlRejectedError(f"{shown}(...) may pad to at most {MAX_BUILT_SIZE} characters")
        return
    else:
        return
    for size in sizes:
        value = _integer(size)
        if value is None or value > MAX_BUILT_SIZE:
            raise SqlRejectedError(
                f"{shown}(...) builds a value of the size its argument {size.sql() if size else '?'} names: "
                f"it must be an integer literal of at most {MAX_BUILT_SIZE}"
            )
