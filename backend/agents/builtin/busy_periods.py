"""The busiest period asked of no table: "busiest hour", "what is the peak hour", "busiest day of the week" name no
rows, so the rows are the catalog's main activity: the table with the most rows dated by a column of its own (a
timestamp when an hour is asked). The question is restated with those rows named ("busiest hour for orders")."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, TableEntry
from backend.agents.builtin.reading import read

_BUSY = frozenset({"busiest", "quietest", "peak"})


def restate_busy_period(question: str, idx: CatalogIndex) -> str | None:
    """The question with the main activity's table named; None when it names rows or asks for no busiest period."""
    words = [t.lower for t in lx.tokenize(question)]
    at = next((k for k, w in enumerate(words) if w in _BUSY), None)
    bucket = next((b for w in words if (b := lx.bucket_of(w)) is not None), None) if at is not None else None
    if bucket is None:
        return None
    if any(m.kind in ("table", "column") for m in read(question, idx).mentions):
        return None
    rows = _busiest_rows(idx, timed=bucket in ("hour", "minute"))
    if rows is None:
        return None
    return f"{question.rstrip(' ?.')} for {' '.join(rows.words)}"


def _busiest_rows(idx: CatalogIndex, *, timed: bool) -> TableEntry | None:
    """The table with the most rows dated by its own column (a timestamp when `timed`); None on a tie."""
    dated = [
        t
        for t in idx.tables.values()
        if t.date is not None
        and t.date.table == t.info.name
        and not t.calendar
        and (not timed or "TIME" in t.date.info.type.upper())
    ]
    if not dated:
        return None
    most = max(t.info.row_count for t in dated)
    tops = [t for t in dated if t.info.row_count == most]
    return tops[0] if len(tops) == 1 else None
