"""A follow-up that only names a grouping reached through a bridge table: "by category" after "total revenue" groups
the previous figure by the categories a bridge pairs its rows' entity with, as "total revenue by category" asked
alone would (bridge_groups.py): each row once in each of its groups."""

from __future__ import annotations

from dataclasses import replace

from backend.agents.builtin.bridge import BridgedPlan
from backend.agents.builtin.bridge_counts import path_to
from backend.agents.builtin.bridge_groups import (
    bridge_note,
    group_column,
    group_through,
    groupings,
    links,
    named_tables,
)
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.choice import choose_table
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.models import AnalysisPlan, Intent
from backend.agents.builtin.reading import Reading

# Words that add the new grouping to the previous one rather than replace it ("and by category", "split by genre").
_ADDING = frozenset({"and", "also", "plus", "split", "break", "too"})
_MAX_GROUPINGS = 2


def bridged_follow_up(prev: AnalysisPlan, r: Reading, idx: CatalogIndex) -> BridgedPlan | None:
    """The previous figure grouped through a bridge by what the follow-up names; None unless the message names
    nothing but that grouping and the previous rows reach it only through the bridge."""
    if prev.kind != Intent.AGGREGATE or not prev.measures or prev.table not in idx.tables:
        return None
    spans = groupings(r)
    if len(spans) != 1 or prev.once_per is not None:
        return None
    span = spans[0]
    if any(m.start < span[0] or span[1] < m.end for m in r.mentions) or r.comparisons or r.date is not None:
        return None  # the message says more than a grouping: a question of its own
    ch = choose_table(replace(r, mentions=[]), idx, only=prev.table)
    if ch is None or any(ch.reaches(m.table) for m in r.mentions if m.start <= span[0] and span[1] <= m.end):
        return None  # "by film" after revenue: the rows reach what is named without a bridge
    for group, br in (link for t in named_tables(r, span) for link in links(idx, t)):
        column = group_column(idx, r, span, group)
        path = path_to(ch, br.near.ref_table)
        if column is None or path is None or ch.reaches(group) or prev.table in (group, br.table):
            continue
        plan = prev.model_copy(deep=True)
        adding = bool({t.lower for t in r.tokens} & _ADDING)
        kept = [d for d in plan.dimensions if adding or d.bucket is not None]
        if len(kept) >= _MAX_GROUPINGS:
            return None
        plan.dimensions = kept
        group_through(idx, plan, ch, br, group, column, path)
        plan = finish(plan, idx, ch, None)
        said = " ".join(t.text for t in r.tokens[span[0] : span[1]])
        follow = f"Following up on the previous result: grouping → {said}."
        return BridgedPlan(plan, ch, [follow, bridge_note(idx, prev.table, br.near.ref_table, group, br)])
    return None
