"""The first and the last of each member's dated rows: "each sailor's first and last race date", "when did each grower
last harvest", "most recent harvest per grower" → MIN / MAX of the rows' own date, per the grouping asked."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.durations import event_named_at, is_event, start_of
from backend.agents.builtin.models import Agg
from backend.agents.builtin.reading import Reading

_FIRST = frozenset({"first", "earliest"})
_LAST = frozenset({"last", "latest", "final", "newest", "recent"})
_JOINERS = frozenset({"and", "or", "&", "/"})
# Words after the rows' noun that name their date: "first race date", "last harvest time".
_DATE_NOUNS = frozenset({"date", "dates", "day", "time", "times", "timestamp", "when", "on"})
# A period counted back ("last 90 days", "last month") or a name in parts ("given name") names no rows.
_NOT_EVENTS = frozenset({"name", "names", "initial", "half", "quarter", "week", "month", "year", "day", "time"})


@dataclass(frozen=True, slots=True)
class History:
    """The first (min) and/or last (max) of `column` over each group's rows."""

    column: ColumnEntry
    aggs: tuple[Agg, ...]
    tokens: frozenset[int]  # question positions it was read from


def _edge(r: Reading, k: int) -> Agg | None:
    """min for a first word at k, max for a last one ("most recent" counts from its second word)."""
    w = r.low(k)
    if w == "recent" and r.low(k - 1) != "most":
        return None
    return "min" if w in _FIRST else "max" if w in _LAST else None


def _date_named_by(idx: CatalogIndex, main: TableEntry, mentions: list[Mention], k: int) -> bool:
    """A date whose name holds the word at k ("first reply" of first_reply_at): that date, no first of anything."""
    for m in mentions:
        c = idx.tables[m.table].col(m.column or "") if m.kind == "column" and m.start <= k < m.end else None
        if m.via == "adjective":
            continue  # "most recent": the superlative of a date, read here
        if c is not None and c.info.kind == "temporal" and m.end > m.start + 1:
            return True
    return False


def _noun(main: TableEntry, m: Mention) -> bool:
    if m.kind == "table":
        return True
    c = main.col(m.column or "") if m.kind == "column" else None
    rows = main.info.row_count
    return c is not None and c.is_id and rows > 0 and (c.info.distinct_count or 0) >= rows  # the rows' own key


def read_history(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention]) -> History | None:
    """A first/last word (or both joined: "first and last") right before the main table's noun, one of its dates, or
    a verb of its date ("last raced", "first harvested"); the date is the one named, else the rows' own."""
    for k in range(len(r.tokens)):
        agg = _edge(r, k)
        if agg is None or _date_named_by(idx, main, mentions, k):
            continue
        if r.ranked and r.adjective is not None and r.adjective.start <= k < r.adjective.end:
            continue  # "the 10 most recent orders": the rows, ranked by their date
        aggs: list[Agg] = [agg]
        j = k + 1
        other = _edge(r, j + 1) if r.low(j) in _JOINERS else None
        if other is not None:
            aggs.append(other)
            j += 2
        if r.low(j) in _NOT_EVENTS or (j < len(r.tokens) and r.tokens[j].number is not None):
            continue
        named = event_named_at(r, idx, main, mentions, j)
        # The rows' noun: the table's name, or its key's ("log" of a table of boat logs keyed by log id).
        table = any(m.table == main.info.name and m.start == j and _noun(main, m) for m in mentions)
        column = main.col(named.column or "") if named is not None else None
        end = named.end if named is not None else j + 1
        if column is None and table:
            column = main.date if main.date is not None and is_event(main.date) else start_of(main, None)
        if column is None:
            continue
        end += r.low(end) in _DATE_NOUNS and r.low(end) != "on"
        start = k - (r.low(k - 1) == "most")
        return History(column, tuple(dict.fromkeys(aggs)), frozenset(range(start, end)))
    return None
