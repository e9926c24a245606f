"""Figures a row keeps once per role (a game's home and away goals, points or sets), read as the whole row's where
the question names no role: a condition on them holds of their sum ("matches with more than 5 goals" are those whose
home and away goals add up to more than 5), and a count of them is their total ("how many goals were scored at home"
adds the home goals up; the goals are counted in the figure, not one per row)."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.fk_roles import role_positions
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Measure
from backend.agents.builtin.pair_roles import Sides, sides_of
from backend.agents.builtin.reading import Reading

_THRESHOLDS = frozenset({">", ">=", "<", "<=", "=", "!=", "between"})


def side_figures(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with conditions on one figure of a pair, no role named, set on the pair's sum; counts of a figure
    of a pair taken as its total. A note saying so."""
    if plan.table not in idx.tables:
        return plan, None
    notes: list[str] = []
    for s in sides_of(idx, plan.table):
        if not s.figures:
            continue
        named = _named(r, idx, s)
        pairs = {c: f for f in s.figures for c in f[:2]}
        summed = [
            f
            for f in plan.filters
            if not any(named)
            and f.column.table == s.table
            and f.column.column in pairs
            and f.op in _THRESHOLDS
            and f.values
            and all(isinstance(v, int | float) and not isinstance(v, bool) for v in f.values)
            and f.having is None
            and f.per_row is None
            and f.than_column is None
            and f.than_agg is None
        ]
        counted = [
            m
            for m in plan.measures
            if m.agg == "count" and m.column is not None and m.column.table == s.table and m.column.column in pairs
        ]
        if not summed and not counted:
            continue
        plan = plan.model_copy(deep=True)
        for f in plan.filters:
            if any(f == g for g in summed):
                a, b, _ = pairs[f.column.column]
                f.column = ColumnRef(table=s.table, column=a)
                f.per_row = Measure(
                    agg="sum", column=ColumnRef(table=s.table, column=a), plus=[ColumnRef(table=s.table, column=b)],
                    alias=f"{a}_plus_{b}",
                )  # fmt: skip
                notes.append(f"No side was named, so the condition holds of each row's {a} plus its {b}.")
        for m in plan.measures:
            if m.agg == "count" and m.column is not None and m.column.column in pairs and m.column.table == s.table:
                m.agg = "sum"
                notes.append(f"Each row's {m.column.column} is already a count, so I added it up.")
        break
    return plan, " ".join(dict.fromkeys(notes)) or None


def _named(r: Reading, idx: CatalogIndex, s: Sides) -> list[bool]:
    """Whether the question names each role (a word of the key: "home", "away", "visitor")."""
    if s.fks:
        return [bool(role_positions(r, idx, fk)) for fk in s.fks]
    said = {t.lower for t in r.tokens} | {t.stem for t in r.tokens}
    return [bool(said & roles) for roles in s.roles]
