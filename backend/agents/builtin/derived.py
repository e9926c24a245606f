"""Measures derived from two columns or from the grouped result: a difference ("revenue minus cost", "profit"),
the share of the total ("share of revenue per branch") and a running total ("cumulative sales by month")."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import ColumnEntry, TableEntry
from backend.agents.builtin.models import Agg, AnalysisPlan, Change, Intent, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, default_agg, measure_alias, ref

_COST_WORDS = frozenset(lx.CONCEPTS["cost"])
_SHARE_NOUNS = frozenset({"share", "percentage", "percent", "proportion", "fraction", "pct"})


def _positions(r: Reading, words: frozenset[str]) -> list[int]:
    return [i for i, t in enumerate(r.tokens) if t.lower in words]


def difference(r: Reading, main: TableEntry, named: list[tuple[int, int, ColumnEntry]], ro: Roles) -> str | None:
    """Replace two measures joined by "minus" (or "difference between A and B") by one measure of A − B;
    "profit"/"margin" on a table with an income column and a cost column but no column of that name is their
    difference. Returns the thought to show, if a difference was read."""
    pair = _minus_pair(r, named)
    alias: str | None = None
    if pair is None:
        pair = _profit_pair(r, main)
        alias = next((r.tokens[i].stem for i in _positions(r, lx.DIFFERENCE_NOUNS)), None)
    if pair is None:
        return None
    a, b = pair
    asked: list[Agg] = [m.agg for m in ro.measures if m.column in (ref(a), ref(b))]
    agg: Agg = asked[0] if asked and asked[0] not in ("count", "count_distinct") else default_agg(a)
    name = alias or f"{a.name}_minus_{b.name}"
    alias_full = measure_alias(agg, name)
    keep = [m for m in ro.measures if m.column not in (ref(a), ref(b))]
    ro.measures = [Measure(agg=agg, column=ref(a), minus=ref(b), alias=alias_full), *keep]
    ro.numeric_cols = [c for c in ro.numeric_cols if c not in (ref(a), ref(b))]
    ro.money_hint = None
    return f"{name.replace('_', ' ')} is {a.name} minus {b.name}."


def _minus_pair(r: Reading, named: list[tuple[int, int, ColumnEntry]]) -> tuple[ColumnEntry, ColumnEntry] | None:
    numeric = [(s, e, c) for s, e, c in named if c.info.kind == "numeric" and not c.is_id]
    for k, t in enumerate(r.tokens):
        if t.lower in {"minus", "-", "less"} and k > 0:
            before = next((c for _, end, c in numeric if end == k), None)
            after = next((c for start, _, c in numeric if start == k + 1), None)
            if before is not None and after is not None and before is not after:
                return before, after
        if t.lower == "difference" and r.low(k + 1) == "between":
            cols = [c for start, _, c in numeric if start > k + 1]
            if len(cols) >= 2 and cols[0] is not cols[1]:
                return cols[0], cols[1]
    return None


def _profit_pair(r: Reading, main: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    at = _positions(r, lx.DIFFERENCE_NOUNS)
    if not at or any(set(c.words) & {r.tokens[i].stem for i in at} for c in main.columns):
        return None
    numeric = [c for c in main.columns if c.info.kind == "numeric" and not c.is_id and not c.is_year]
    costs = [c for c in numeric if set(c.words) & _COST_WORDS or c.expanded & _COST_WORDS]
    income = [c for c in numeric if c.is_money and c not in costs]
    if not costs or not income:
        return None
    return income[0], costs[0]


def share_of_total(r: Reading, plan: AnalysisPlan) -> None:
    """ "share of revenue per branch": next to the measure, its percentage of the total (of each time step)."""
    if plan.kind != Intent.AGGREGATE or not plan.dimensions or not plan.measures or not _positions(r, _SHARE_NOUNS):
        return
    if any(m.share_of or m.of_total or m.change for m in plan.measures):
        return
    first = plan.measures[0]
    plan.measures.append(first.model_copy(update={"of_total": True, "alias": f"pct_{first.alias}"}))


def period_change(plan: AnalysisPlan, time_alias: str | None, kind: Change) -> None:
    """Next to the first measure, its change from the previous time step ("year over year growth")."""
    if (
        plan.kind != Intent.AGGREGATE
        or time_alias is None
        or not plan.measures
        or plan.dimensions[0].alias != time_alias
    ):
        return
    first = plan.measures[0]
    alias = f"pct_change_{first.alias}" if kind == "pct" else f"change_{first.alias}"
    plan.measures.append(first.model_copy(update={"change": kind, "alias": alias, "running": False}))


def running_total(plan: AnalysisPlan, time_alias: str | None) -> None:
    """Turn the first measure into its running total along the time dimension."""
    if plan.kind != Intent.AGGREGATE or time_alias is None or not plan.measures:
        return
    first = plan.measures[0]
    plan.measures[0] = first.model_copy(update={"running": True, "alias": f"cumulative_{first.alias}"})
