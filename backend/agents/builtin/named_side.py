"""One member of a table each row references under two roles, named by a value with no role said ("how many goals did
the Rovers score", "how many matches did the Rovers win", "how many did they play"): the rows where it is on
either side, each read from its side (the table mirrored, `AnalysisPlan.mirrored`), so its own figure is the first of
each pair and an outcome compares its figure with the other side's."""

from __future__ import annotations

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.fk_roles import role_positions
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, FilterOp, Intent
from backend.agents.builtin.pair_roles import Sides, sides_of
from backend.agents.builtin.reading import Reading

_OUTCOMES: dict[str, tuple[FilterOp, str]] = {
    **dict.fromkeys(("win", "wins", "won", "beat", "victories"), (">", "wins")),
    **dict.fromkeys(("lose", "lost", "loss", "losses", "defeats"), ("<", "losses")),
    **dict.fromkeys(("draw", "draws", "drew", "drawn", "tie", "ties", "tied"), ("=", "draws")),
}
_AGAINST = frozenset({"conceded", "concede", "concedes", "against", "allowed", "allow", "allows"})


def named_side(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan over both sides of a member a value names, when no role is said and no grouping by the members is."""
    if plan.mirrored or plan.kind != Intent.AGGREGATE or plan.table not in idx.tables:
        return plan, None
    for s in sides_of(idx, plan.table):
        # Only rows keeping a figure per side (a score): a route's two ends name where, not who took part.
        if s.ref_table is None or not s.figures or any(role_positions(r, idx, fk) for fk in s.fks):
            continue
        joined = [j for j in plan.joins if j.table == s.table and j.ref_table == s.ref_table and j.column in s.keys]
        named = [f for f in plan.filters if f.column.table == s.ref_table and f.op in ("=", "in") and f.values]
        grouped = any(d.column.table == s.ref_table or d.column.column in s.keys for d in plan.dimensions)
        if len(joined) != 1 or joined[0].alias is not None or not named or grouped:
            continue
        return _mirrored(r, plan, s)
    return plan, None


def _mirrored(r: Reading, plan: AnalysisPlan, s: Sides) -> tuple[AnalysisPlan, str]:
    plan = plan.model_copy(deep=True)
    plan.mirrored = [s.keys] + [(a, b) for a, b, _ in s.figures]
    plan.joins = [
        j.model_copy(update={"column": s.keys[0]}) if j.table == s.table and j.column in s.keys else j
        for j in plan.joins
    ]
    words = {t.lower for t in r.tokens}
    pairs = {c: f for f in s.figures for c in f[:2]}
    for m in plan.measures:
        if m.column is not None and m.column.table == s.table and m.column.column in pairs:
            own, other, _ = pairs[m.column.column]
            m.column = ColumnRef(table=s.table, column=other if words & _AGAINST else own)
            m.plus = []
            m.agg = "sum" if m.agg == "count" else m.agg
    outcome = next((_OUTCOMES[t.lower] for t in r.tokens if t.lower in _OUTCOMES), None)
    if outcome is not None and s.figures:
        own, other, _ = s.figures[0]
        plan.filters.append(
            Filter(
                column=ColumnRef(table=s.table, column=own),
                op=outcome[0],
                than_column=ColumnRef(table=s.table, column=other),
                label=outcome[1],
            )
        )
    return (
        plan,
        f"No side was named, so each row counts from the side of the one named, as its {s.keys[0]} or its {s.keys[1]}.",
    )
