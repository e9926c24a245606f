"""A unit of time said as the amount a figure adds up to: "hours logged by weekday", "who logged the most hours",
"days worked per person" over a column stored in seconds (or minutes). The unit word names no column of its own: it
is the unit the figure next to it is read in, and an amount of hours is their total unless an aggregate is said."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.models import AnalysisPlan, Measure
from backend.agents.builtin.quantities import UNITS, Unit
from backend.agents.builtin.role_model import measure_alias

# The reading's flag for a unit said as an amount ("hours logged"): its figures are totals when no aggregate is said.
AMOUNT_FLAG = "unit_amount"

# How far from the unit word the figure may be named: "hours logged", "logged the most hours".
_REACH = 3
# Words before a unit that make it a span of the calendar or a rate, not an amount: "last 24 hours", "per hour".
_SPAN_WORDS = frozenset({"per", "last", "past", "next", "within", "every", "each", "few", "several", "by", "in"})


def _timed(idx: CatalogIndex, m: Mention, dimension: str) -> bool:
    """The mention is a figure stored in a unit of the dimension (a column of seconds for "hours")."""
    col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    return col is not None and col.info.kind == "numeric" and col.unit is not None and col.unit.dimension == dimension


def unit_noun(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> tuple[int, Unit] | None:
    """Where a plural unit of time stands for the amount of a figure named near it, and that unit; None when the
    word names a column by its own name (hours_worked), counts a span ("last 48 hours") or no such figure is near."""
    for k, t in enumerate(tokens):
        unit = UNITS.get(t.lower)
        if unit is None or unit.dimension != "time" or not t.lower.endswith("s") or len(t.lower) < 4:
            continue
        before = lx.low_at(tokens, k - 1)
        if before in _SPAN_WORDS or (k > 0 and tokens[k - 1].number is not None):
            continue
        own = [m for m in mentions if m.start <= k < m.end]
        if any(m.via == "name" for m in own):
            continue
        if _near_figures(idx, mentions, k, unit):
            return k, unit
    return None


def _near_figures(idx: CatalogIndex, mentions: list[Mention], k: int, unit: Unit) -> list[Mention]:
    """The figures stored in a unit of `unit`'s kind named within reach of the unit word at k, outside it."""
    return [
        m
        for m in mentions
        if not m.start <= k < m.end
        and min(abs(m.start - k), abs(m.end - 1 - k)) <= _REACH
        and _timed(idx, m, unit.dimension)
    ]


def amount_mentions(idx: CatalogIndex, mentions: list[Mention], k: int, unit: Unit) -> list[Mention]:
    """The mentions with the figures named near the unit word moved onto it ("logged the most hours": the hours are
    what is ranked), the unit word's own matches (a comment saying "8-hour day") dropped."""
    near = _near_figures(idx, mentions, k, unit)
    moved = [replace(m, start=k, end=k + 1) for m in near]
    return [m for m in mentions if m not in near and not m.start <= k < m.end] + moved


def as_totals(plan: AnalysisPlan, idx: CatalogIndex) -> AnalysisPlan:
    """The plan with its averages of figures stored in a unit of time, taken for want of an aggregate word, added
    up instead: an amount of hours is their total."""
    measures = [_total(m, idx) for m in plan.measures]
    renames = {a.alias: b.alias for a, b in zip(plan.measures, measures, strict=True) if a.alias != b.alias}
    order = [o.model_copy(update={"alias": renames.get(o.alias, o.alias)}) for o in plan.order]
    # "more hours than the average person": each one's total against the average of the totals
    filters = [f.model_copy(update={"having": _total(f.having, idx)}) if f.having else f for f in plan.filters]
    return plan.model_copy(update={"measures": measures, "order": order, "filters": filters})


def _total(m: Measure, idx: CatalogIndex) -> Measure:
    """A plain average of a figure stored in a unit of time as its total."""
    table = idx.tables.get(m.column.table) if m.column else None
    col = table.col(m.column.column) if table and m.column else None
    plain = m.agg == "avg" and not m.operands() and not m.per and not m.of_total and not m.share_of
    if col is None or col.unit is None or not plain or m.column is None:
        return m
    alias = measure_alias("sum", m.column.column) if m.alias == measure_alias("avg", m.column.column) else m.alias
    return m.model_copy(update={"agg": "sum", "alias": alias})
