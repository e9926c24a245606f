"""Figures a row keeps once per role (a game's home and away goals, points or sets), read as the whole row's where
the question names no role: a condition on them holds of their sum ("matches with more than 5 goals" are those whose
home and away goals add up to more than 5), and a count of them is their total ("how many goals were scored at home"
adds the home goals up; the goals are counted in the figure, not one per row). Several outcomes asked side by side
("home wins, away wins and draws") are counted each, the rows whose figures compare so."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.fk_roles import role_positions
from backend.agents.builtin.grouping import grouped_after
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, FilterOp, Intent, Measure
from backend.agents.builtin.pair_roles import Sides, sides_of
from backend.agents.builtin.reading import Reading

_THRESHOLDS = frozenset({">", ">=", "<", "<=", "=", "!=", "between"})
# An outcome of a row for the side named before it: a win has its figure above the other's, a draw both equal.
_WINS = frozenset({"win", "wins", "won", "victory", "victories"})
_LOSSES = frozenset({"loss", "losses", "lost", "defeat", "defeats"})
_DRAWS = frozenset({"draw", "draws", "drawn", "tie", "ties", "tied"})


def side_figures(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with conditions on one figure of a pair, no role named, set on the pair's sum; counts of a figure
    of a pair taken as its total. A note saying so."""
    if plan.table not in idx.tables:
        return plan, None
    notes: list[str] = []
    for s in sides_of(idx, plan.table):
        if not s.figures:
            continue
        counted_outcomes = _outcome_counts(r, s)
        if len(counted_outcomes) >= 2 and plan.kind in (Intent.AGGREGATE, Intent.ROWS) and not plan.mirrored:
            plan = plan.model_copy(deep=True)
            if plan.kind == Intent.ROWS:
                plan.kind, plan.columns, plan.distinct, plan.top_n = Intent.AGGREGATE, [], False, None
                plan.dimensions = []
            if not grouped_after(r):  # "home wins vs away wins": a side's word names no grouping by that side
                plan.dimensions = [
                    d for d in plan.dimensions if d.column.table != s.ref_table and d.column.column not in s.keys
                ]
                plan.joins = [j for j in plan.joins if j.ref_table != s.ref_table or j.table != s.table]
            plan.measures = [Measure(agg="count", alias=alias, within=[cond]) for alias, cond in counted_outcomes]
            plan.order = []
            first = s.figures[0]
            return plan, f"Each outcome compares {first[0]} with {first[1]} on each row."
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


def _outcome_counts(r: Reading, s: Sides) -> list[tuple[str, Filter]]:
    """Each outcome the question names with the side it is of ("home wins", "away wins"; a draw is nobody's): its
    name and the comparison of the row's first pair of figures it is."""
    a, b, _ = s.figures[0]
    first, second = ColumnRef(table=s.table, column=a), ColumnRef(table=s.table, column=b)
    found: list[tuple[str, Filter]] = []
    for i, t in enumerate(r.tokens):
        before = r.tokens[i - 1].lower if i > 0 else ""
        side = 0 if before in s.roles[0] else 1 if before in s.roles[1] else None
        op: FilterOp
        if t.lower in _DRAWS and (t.lower != "draw" or before in ("a", "and", ",", "")):
            op, side, name = "=", 0, "draws"
        elif t.lower in _WINS and side is not None:
            op, name = ">", f"{before}_wins"
        elif t.lower in _LOSSES and side is not None:
            op, name = "<", f"{before}_losses"
        else:
            continue
        this, other = (first, second) if side == 0 else (second, first)
        found.append((name, Filter(column=this, op=op, than_column=other, label=name.replace("_", " "))))
    return list({n: f for n, f in found}.items())


def _named(r: Reading, idx: CatalogIndex, s: Sides) -> list[bool]:
    """Whether the question names each role (a word of the key: "home", "away", "visitor")."""
    if s.fks:
        return [bool(role_positions(r, idx, fk)) for fk in s.fks]
    said = {t.lower for t in r.tokens} | {t.stem for t in r.tokens}
    return [bool(said & roles) for roles in s.roles]
