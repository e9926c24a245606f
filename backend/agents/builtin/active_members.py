"""“Daily active users”, “monthly active members”, “DAU”, “how many members were active each week”: the number of
distinct members with at least one timestamped row in each period. The members are the table the word after "active"
names, or, for a word no table has ("users"), the table the most timestamped tables hold a key to; their activity is
the rows of the table holding a key to them that the question names, else the one whose rows each have a start and an
end (a stay, a visit), else the one with the most rows."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.models import AnalysisPlan, Bucket, ColumnRef, Dimension, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias
from backend.models.catalog import ForeignKey

_ACRONYMS: dict[str, Bucket] = {"dau": "day", "wau": "week", "mau": "month"}  # their plurals too
_ACTIVE = frozenset({"active"})
_DISTINCT = frozenset({"unique", "distinct", "different"})


def active_members(r: Reading, idx: CatalogIndex) -> tuple[AnalysisPlan, str] | None:
    """The count of distinct members with a row in each period, when the question asks for active members (or
    unique members) per period and names no figure or condition besides; None otherwise."""
    if r.comparisons or r.top_n or r.patterns or any(m.kind == "value" for m in r.mentions):
        return None
    words = [t.lower for t in r.tokens]
    bucket: Bucket | None = next(
        (_ACRONYMS[w.removesuffix("s")] for w in words if w.removesuffix("s") in _ACRONYMS), None
    )
    at = next((k for k, w in enumerate(words) if w in _ACTIVE), None)
    if at is not None and any(m.kind != "table" and m.start <= at < m.end for m in r.mentions):
        return None  # "active" names a column or a value of the catalog (a flag, a status): a condition
    if bucket is None:
        if at is None:  # "unique members per week": the members' table right after the word
            at = next((k for k, w in enumerate(words) if w in _DISTINCT), None)
            if at is None or not any(m.kind == "table" and m.start == at + 1 for m in r.mentions):
                return None
        bucket = _period(r)
    if bucket is None:
        return None
    members = _members(r, idx, at)
    if members is None:
        return None
    key, table = _activity(r, idx, members)
    if key is None or table is None:
        return None
    when = idx.tables[table].date
    if when is None:
        return None
    plan = AnalysisPlan(
        kind=Intent.AGGREGATE,
        table=table,
        dimensions=[Dimension(column=ColumnRef(table=table, column=when.name), bucket=bucket, alias=bucket)],
        measures=[
            Measure(
                agg="count_distinct",
                column=ColumnRef(table=table, column=key.column),
                alias=measure_alias("count", None, lx.stem(members)),
            )
        ],
    )
    note = f"I counted the distinct {members} with at least one row in {table} in each {bucket} (active {members})."
    return finish(plan, idx, None, r), note


def _period(r: Reading) -> Bucket | None:
    """The period a word asks for ("daily", "per week", "each month")."""
    for t in r.tokens:
        b = lx.bucket_of(t.lower) or lx.bucket_of(t.stem)
        if b in ("day", "week", "month", "quarter", "year", "hour"):
            return b
    return None


def _members(r: Reading, idx: CatalogIndex, at: int | None) -> str | None:
    """The members' table: the one named right after "active"/"unique" (or anywhere before the period), else, when the
    word names none, the table the most timestamped tables hold a key to."""
    named = [m for m in r.mentions if m.kind == "table"]
    if named:  # "active members", "how many members were active": the table nearest the word
        first = min(named, key=lambda m: (abs(m.start - at) if at is not None else m.start, -m.score))
        return first.table if _children(idx, first.table) else None
    return dated_rows_members(idx)


def dated_rows_members(idx: CatalogIndex) -> str | None:
    """The table the most dated tables hold a key to (the members their rows are of); None on a tie."""
    counts: dict[str, int] = {}
    for fk in idx.foreign_keys:
        if fk.table != fk.ref_table and idx.tables[fk.table].date is not None:
            counts[fk.ref_table] = counts.get(fk.ref_table, 0) + 1
    if not counts:
        return None
    best = max(counts.values())
    tops = [t for t, n in counts.items() if n == best]
    return tops[0] if len(tops) == 1 else None


def _children(idx: CatalogIndex, members: str) -> list[ForeignKey]:
    """The keys to the members held by other tables with a date of their own."""
    return [
        fk
        for fk in idx.foreign_keys
        if fk.ref_table == members and fk.table != members and idx.tables[fk.table].date is not None
    ]


def _activity(r: Reading, idx: CatalogIndex, members: str) -> tuple[ForeignKey | None, str | None]:
    """The key and table of the members' activity: the child the question names, else one with a start and an end,
    else the one with the most rows."""
    keys = _children(idx, members)
    if not keys:
        return None, None
    held = {k for m in r.mentions if m.kind == "table" and m.table == members for k in range(m.start, m.end)}
    said = {
        m.table
        for m in r.mentions
        if m.table != members and (m.kind == "table" or m.via == "name") and not held & set(range(m.start, m.end))
    }
    named = [fk for fk in keys if fk.table in said]
    if len(named) == 1:
        return named[0], named[0].table
    spans = [fk for fk in keys if _timed_twice(idx, fk.table)]
    if len(spans) == 1:
        return spans[0], spans[0].table
    fk = max(keys, key=lambda k: idx.tables[k.table].info.row_count)
    return fk, fk.table


def _timed_twice(idx: CatalogIndex, table: str) -> bool:
    """Rows with two timestamps of their own (a start and an end)."""
    return sum(1 for c in idx.tables[table].columns if c.info.kind == "temporal" and c.date_key is None) >= 2
