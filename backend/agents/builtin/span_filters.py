"""Conditions on the time between two dates of one row: "hires kept longer than 7 days", "jobs closed within 24 hours",
"parcels that took more than 3 days to ship", "returned more than 10 days after they were lent" → the elapsed time from
the row's start date to its end date, in the unit written, compared with the number."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.comparisons import Comparison
from backend.agents.builtin.durations import events_at, first_and_last, is_event, start_of
from backend.agents.builtin.models import DiffUnit, Filter, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref

_UNITS: dict[str, DiffUnit] = {"seconds": "second", "minutes": "minute", "hours": "hour", "days": "day",
                               "weeks": "week"}  # fmt: skip
# A date after these words is where the span starts: "within 2 days of shipping", "10 days after they were lent".
_FROM_WORDS = frozenset({"of", "after", "from", "since"})
# Words between a date's verb and the comparison, or between "after" and the date: "closed in under", "after it was".
_FILLERS = frozenset({"in", "it", "they", "was", "were", "is", "are", "being", "been", "the", "a", "an", "took",
                      "take", "takes", "taking", "get", "got", "each", "its", "their"})  # fmt: skip
_NEAR = 4
# Words between the rows' noun and a length said of them: "sailings that were longer than 10 hours".
_BEING = frozenset({"that", "which", "who", "were", "was", "are", "is", "been", "have", "had"})
_UNIT_WORDS = frozenset({"second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks"})
# Verbs of how long a row lasted, right before the comparison: "lasted less than a day", "kept longer than 7 days".
_LENGTH_VERBS = frozenset({"last", "lasted", "lasting", "lasts", "kept", "keep", "held", "stayed", "ran",
                           "took", "take", "takes", "open", "remained", "spent"})  # fmt: skip


@dataclass(frozen=True, slots=True)
class SpanCondition:
    """A condition on the time from `start` to `end` of each row, and the question positions it was read from."""

    filter: Filter
    tokens: frozenset[int]
    shown: tuple[ColumnEntry, ...]  # the row's key when it has no name, and the two dates: what a listing shows


def _dates(r: Reading, idx: CatalogIndex, main: TableEntry, mentions: list[Mention], skip: range) -> dict[int, Mention]:
    """Each position outside `skip` where one event date of the main table is named (not the table's own noun)."""
    nouns = {p for m in mentions if m.kind == "table" and m.table == main.info.name for p in range(m.start, m.end)}
    out: dict[int, Mention] = {}
    for k in range(len(r.tokens)):
        if k in skip or k in nouns or r.low(k) in lx.STOPWORDS:
            continue
        hits = events_at(r, idx, main, mentions, k)
        if len(hits) == 1:
            out[k] = hits[0]
    return out


def _nearest_before(r: Reading, named: dict[int, Mention], at: int) -> Mention | None:
    """The date named right before `at`, over filler words only ("closed in under", "first reply took longer")."""
    k = at - 1
    while k >= 0 and at - k <= _NEAR:
        hit = next((m for m in named.values() if m.end - 1 == k), None)
        if hit is not None:
            return hit
        if r.low(k) not in _FILLERS:
            return None
        k -= 1
    return None


def _after_word(r: Reading, named: dict[int, Mention], words: frozenset[str], at: int) -> Mention | None:
    """The date named after one of `words` at `at` ("to ship", "of shipping", "after they were lent")."""
    if r.low(at) not in words:
        return None
    k = at + 1
    while r.low(k) in _FILLERS or r.low(k) in {"be", "have", "had"}:
        k += 1
    return named.get(k)


def span_condition(r: Reading, idx: CatalogIndex, ch: Choice, comp: Comparison) -> SpanCondition | None:
    """A comparison whose number is a time ("longer than 7 days", "within 24 hours") on a table with two or more event
    dates and no column holding a time of its own: the span from the row's start to the date named next to the
    comparison (the verb before it, or after "to"), from the date after "of"/"after" when one is named; with no date
    named, the row's whole length."""
    unit = _UNITS.get(comp.unit.label) if comp.unit is not None and comp.unit.dimension == "time" else None
    main = ch.table
    if unit is None or comp.money or comp.vs_agg is not None or comp.other_at is not None or len(comp.values) != 1:
        return None
    if sum(is_event(c) for c in main.columns) < 2 or any(
        c.info.kind == "numeric" and c.unit is not None and c.unit.dimension == "time" for c in main.columns
    ):
        return None  # one date, or a column holding the time itself (a duration in minutes)
    tail = comp.end + (r.low(comp.end) in _UNIT_WORDS)  # "3 days" leaves a unit that may name a column to mentions
    named = _dates(r, idx, main, ch.mentions, range(comp.start, tail))
    gap = comp.start - (r.low(comp.start - 1) in {"for", "after"})  # "kept for more than", "returned after over"
    verb = gap - 1 if r.low(gap - 1) in _LENGTH_VERBS else gap
    end_at = _nearest_before(r, named, verb) or _after_word(r, named, frozenset({"to"}), tail)
    start_at = _after_word(r, named, _FROM_WORDS, tail)
    end = main.col(end_at.column or "") if end_at is not None else None
    start = main.col(start_at.column or "") if start_at is not None else None
    if end is None:
        # "sailings longer than", "sailings that were longer than": the rows' own noun says whose length it is
        noun = any(
            m.kind == "table"
            and m.table == main.info.name
            and m.end <= comp.start
            and all(r.low(k) in _BEING for k in range(m.end, comp.start))
            for m in ch.mentions
        )
        if named or (verb == gap and not noun):
            return None  # a date named elsewhere, or no word of a length ("held up more than"): not this span
        bounds = first_and_last(main)
        if bounds is None:
            return None
        start, end = bounds
    start = start or start_of(main, end)
    if start is None or start.name == end.name:
        return None
    value = comp.values[0]
    shown = int(value) if value.is_integer() else value
    span = Measure(agg="max", column=ref(end), minus=ref(start), unit=unit, alias=f"{unit}s_to_{end.name}")
    label = f"{unit}s from {start.name} to {end.name} {comp.op} {shown}"
    used = set(range(verb, tail))
    for m in (end_at, start_at):
        if m is not None:
            used |= set(range(m.start, m.end))
    f = Filter(column=ref(end), op=comp.op, values=[shown], label=label, per_row=span)
    rows = main.info.row_count
    key = [c for c in main.columns if c.is_id and rows > 0 and (c.info.distinct_count or 0) >= rows][:1]
    return SpanCondition(f, frozenset(used), (*(key if main.label is None else []), start, end))
