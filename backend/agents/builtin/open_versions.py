"""A type 2 dimension kept by dates instead of a flag: each version's validity ends on a date (ValidTo, valid_until,
effective_end, or an end date beside a start date where the rows' name repeats), and the current version's end is
empty, or set to a far-future date (9999-12-31) that says "not yet". Asked about itself, such a table keeps only
those rows, as a current flag would."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import TableEntry

_VALIDITY = frozenset({"valid", "effective", "eff", "validity"})
_ENDS = frozenset({"to", "until", "till", "thru", "through", "end", "expiry", "expiration"})
_STARTS = frozenset({"from", "start", "begin", "since"})
# An end this far ahead is a placeholder for "still valid", not a date anything will reach.
_FAR_YEAR = 9000


def far_end(entry: TableEntry, column: str) -> str | None:
    """The far-future date (9999-12-31) the table writes into `column` for its current versions, if it does."""
    col = entry.col(column)
    top = col.info.max if col is not None else None
    if isinstance(top, str) and top[:4].isdigit() and int(top[:4]) >= _FAR_YEAR:
        return top[:10]
    return None


def _left_open(entry: TableEntry, column: str) -> bool:
    """Whether some row's end is empty or far ahead (a current version); a column known to hold a date in every row,
    none far ahead, ends every row (an iteration's planned end), so no row is the current one."""
    col = entry.col(column)
    return col is None or col.info.null_count != 0 or far_end(entry, column) is not None


def open_end(entry: TableEntry) -> str | None:
    """The column whose empty value marks each member's current version, if the table is a type 2 dimension by
    dates: a nullable date named as a validity's end, or an end date beside a start date in a table whose rows'
    name repeats (the versions of one member)."""
    dated = [c for c in entry.columns if c.info.kind == "temporal" and c.info.nullable and _left_open(entry, c.name)]
    for c in dated:
        words = set(c.words)
        if words & _VALIDITY and words & _ENDS:
            return c.name
    starts = [c for c in entry.columns if c.info.kind == "temporal" and set(c.words) & _STARTS]
    label = entry.label
    rows = entry.info.row_count
    repeated = label is not None and label.info.distinct_count is not None and 0 < label.info.distinct_count < rows
    for c in dated:
        if starts and repeated and set(c.words) & {"end", "to", "until"}:
            return c.name
    return None
