"""Hours said as an amount of the rows' own time: "total hours worked by duty", "who worked the most hours", "hours
per station" over rows clocked on and off (a start and an end timestamp a few hours apart at most), where no figure
of the rows is kept in a unit of time. The unit word names no column: it is each row's time from its first event to
its last, added up unless another aggregate is said."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.durations import UNITS, Duration, first_and_last, fitting_unit
from backend.agents.builtin.models import Agg
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.verbs import people_table

# How strongly the person behind a clocked row is read at the verb after "who", as a doer's key is.
_DOER_SCORE = 3.0

# Words before a unit that make it a span of the calendar, a rate or a bucket, not an amount: "last 24 hours",
# "per hour", "by hour", "in hours" (the unit another figure is asked in).
_SPAN_WORDS = frozenset({"per", "last", "past", "next", "within", "every", "each", "few", "several", "by", "in", "an",
                         "a", "one", "couple", "than", "over", "under", "after", "before"})  # fmt: skip
# The units a row clocked on and off is measured in when its spans are short: a stint, a session, a watch.
_CLOCKED_UNITS = frozenset({"minute", "hour"})
# The aggregates an amount of time may be taken by, said right before it ("total hours", "average hours").
_AMOUNT_AGGS = frozenset({"sum", "avg", "median", "min", "max"})
# Words of the date a record was made on: rows created and later closed are records, not stretches of time clocked.
_MADE_WORDS = frozenset({"created", "creation", "create", "inserted", "entered", "added", "placed", "opened"})
# Words of a figure that is a rate of something per unit of time, not an amount of it ("rate per hour", "hourly").
_RATE_WORDS = frozenset({"per", "rate", "rates", "hourly", "daily", "wage", "wages", "pay"})


def clocked(table: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    """The row's start and end readings when the rows are stretches of minutes or hours begun and ended (stints,
    sessions, watches), not records made and later closed."""
    bounds = first_and_last(table)
    if bounds is None or set(bounds[0].words) & _MADE_WORDS or fitting_unit(*bounds) not in _CLOCKED_UNITS:
        return None
    return bounds


def amount_at(r: Reading, idx: CatalogIndex) -> int | None:
    """Where a plural unit of time is said as an amount ("hours worked", "the most hours") rather than a span of the
    calendar, a rate, a bucket or a column's own name; None when a figure stored in a unit of time is asked instead."""
    if r.asked is not None:
        return None
    for k, t in enumerate(r.tokens):
        w = t.lower
        if r.words[k] is None or w not in UNITS or UNITS[w] not in _CLOCKED_UNITS or not w.endswith("s"):
            continue
        before = lx.low_at(r.tokens, k - 1)
        if before in _SPAN_WORDS or (k > 0 and r.tokens[k - 1].number is not None):
            continue
        if any(_own_name(idx, m, w) for m in r.mentions if m.start <= k < m.end):
            continue
        return k
    return None


def _own_name(idx: CatalogIndex, m: Mention, word: str) -> bool:
    """The mention is a figure the unit word names as an amount of its own ("hours" of hours_worked, a column kept in
    minutes), not a rate per that unit."""
    c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    if c is None or c.info.kind != "numeric":
        return False
    if c.unit is not None and c.unit.dimension == "time":
        return True
    return word in c.words and not set(c.words) & _RATE_WORDS


def read_clocked(r: Reading, idx: CatalogIndex, main: TableEntry) -> Duration | None:
    """Each row's time from its start to its end, in the unit said, when the question says an amount of that unit
    over rows clocked on and off: added up unless an aggregate is said right before the unit."""
    bounds = clocked(main)
    k = amount_at(r, idx) if bounds is not None else None
    if bounds is None or k is None:
        return None
    bound = tuple(g for g in r.aggs if g.agg in _AMOUNT_AGGS and k - 3 <= g.end <= k)
    aggs: tuple[Agg, ...] = tuple(dict.fromkeys(g.agg for g in bound)) or ("sum",)
    tokens = frozenset({k} | {p for g in bound for p in range(g.start, g.end)})
    return Duration(bounds[0], bounds[1], UNITS[r.low(k)], aggs, tokens, bound)


def clocked_doer(r: Reading, idx: CatalogIndex) -> list[Mention]:
    """ "who worked the most hours", "who put in the most hours": at the verb after "who", the key to the people of
    the catalog's one table of clocked rows, when that table has one such key and nothing else is named there."""
    if r.low(0) != "who" or len(r.tokens) < 3 or any(m.start <= 1 < m.end for m in r.mentions):
        return []
    if amount_at(r, idx) is None:
        return []
    tables = [t for t, e in idx.tables.items() if clocked(e) is not None]
    keys = [
        fk
        for fk in idx.foreign_keys
        if fk.table in tables and fk.table != fk.ref_table and people_table(idx.tables[fk.ref_table])
    ]
    if len(tables) != 1 or len(keys) != 1:
        return []
    return [Mention(1, 2, "column", keys[0].table, keys[0].column, _DOER_SCORE, via="name", spec=1.0)]
