"""Rows still open: "open tickets by state", "10 oldest unresolved cases", "how many urgent jobs are still open" over a
table whose rows are closed on a date left empty until then (resolved, closed, finished): that date IS NULL.
A state the catalog stores as a value ('Open' in a status column) is read as that value instead, where it was found."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter

# Words that say a row is not closed yet.
_OPEN_WORDS = frozenset({"open", "unresolved", "outstanding", "unfinished", "uncompleted"})
# Beginnings of the words of the date a row is closed on (resolved, resolution, closed, finished).
_CLOSE_STEMS = ("resol", "close", "complet", "finish")
# Words after which "open" is a verb done to something, not the rows' state: "customers open the most tickets".
_OBJECT_WORDS = frozenset({"the", "a", "an", "their", "its", "his", "her", "up", "most", "more", "fewer", "least"})


# Words around "open" that make it a span of time: "stay open until resolved", "open for 3 days".
_SPAN_AFTER = frozenset({"until", "till", "for", "before", "between"})
_STAY_WORDS = frozenset({"stay", "stays", "stayed", "remain", "remains", "remained", "kept", "keep", "keeps"})


def _says_open(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> int | None:
    """Where the question calls the rows open, a word no column or value of the catalog was found at but a date."""
    # a date matched by its stem (a date the rows were opened on) names nothing here; the closing date itself (a comment saying it is empty
    # while the row is open) already reads the state
    named = {p for m in mentions if not _dated(idx, m) or _closes(idx, m) for p in range(m.start, m.end)}
    for k, t in enumerate(tokens):
        if t.lower not in _OPEN_WORDS or k in named:
            continue
        if lx.low_at(tokens, k + 1) in _SPAN_AFTER or lx.low_at(tokens, k - 1) in _STAY_WORDS:
            continue  # "how long tickets stay open until resolved": a span, not the rows still open
        if (
            t.lower == "open"
            and lx.low_at(tokens, k + 1) in _OBJECT_WORDS
            and lx.low_at(tokens, k - 1) not in lx.AUXILIARIES
        ):
            continue
        return k
    return None


def _dated(idx: CatalogIndex, m: Mention) -> bool:
    col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    return col is not None and col.info.kind == "temporal"


def _closes(idx: CatalogIndex, m: Mention) -> bool:
    c = close_date(idx, m.table)
    return c is not None and c.name == m.column


def open_state(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions without the dates "open" was matched to by its stem (a date the rows were opened on) where it says a row's state and
    a table closes its rows on a date: "how many urgent cases are still open" asks for no time axis."""
    at = _says_open(idx, tokens, mentions)
    if at is None or not any(close_date(idx, t) is not None for t in idx.tables):
        return mentions
    return [m for m in mentions if not (m.start <= at < m.end and _dated(idx, m))]


def close_date(idx: CatalogIndex, table: str) -> ColumnEntry | None:
    """The table's one nullable date its rows are closed on (resolved, closed, finished), empty on some rows."""
    t = idx.tables.get(table)
    if t is None:
        return None
    found = [
        c
        for c in t.columns
        if c.info.kind == "temporal"
        and c.info.nullable
        and c.info.null_count != 0
        and any(w.startswith(_CLOSE_STEMS) for w in c.words)
        and not c.date_key
    ]
    return found[0] if len(found) == 1 else None


def still_open(
    tokens: Sequence[lx.Token], mentions: list[Mention], idx: CatalogIndex, plan: AnalysisPlan
) -> tuple[AnalysisPlan, str | None]:
    """The plan kept to its rows not closed yet when the question calls them open, with a note saying how."""
    at = _says_open(idx, tokens, mentions)
    c = close_date(idx, plan.table) if at is not None else None
    if c is None:
        return plan, None
    column = ColumnRef(table=plan.table, column=c.name)
    if any(f.column == column for f in plan.filters):
        return plan, None
    word = tokens[at or 0].text
    kept = Filter(column=column, op="is_null", label=f"no {c.name} yet")
    note = f"I read “{word}” as the {plan.table} rows with no {c.name} yet."
    return plan.model_copy(update={"filters": [*plan.filters, kept]}), note
