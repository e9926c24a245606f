"""A ranking asked once per group: "top 2 widgets in each shop by revenue", "the best-selling gadget in every
kind", "top 3 buyers per harbour by number of orders", "highest paid clerk in each branch". The first N members of
the ranked grouping are kept within each value of the other one (a window over the group), not the first N over
all groups split by the other grouping."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.models import AnalysisPlan, Dimension, Intent, OrderItem
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import ref

# Words that open the group a ranking is taken within: "in each shop", "for every year", "per harbour".
_EACH = frozenset({"each", "every", "per"})
# A superlative said as an aggregate word right before the ranked noun ("highest paid clerk"): one member per group.
_RANK_AGGS = frozenset({"max", "min"})
# A group phrase starting at most here opens the question ("for each harbour, …", "in every kind …").
_OPENING = 1


def _group_at(r: Reading, plan: AnalysisPlan) -> tuple[int, Dimension] | None:
    """(where the group phrase starts, the dimension it names): "each"/"every"/"per" followed by a mention of one of
    the plan's groupings (its table or column) or by the time bucket it is grouped by."""
    for k, t in enumerate(r.tokens):
        if t.lower not in _EACH:
            continue
        j = k + 1 + (r.low(k + 1) in {"the", "single"})
        for d in plan.dimensions:
            if d.bucket is not None and lx.bucket_of(r.low(j)) == d.bucket:
                return k, d
            if d.bucket is None and any(
                m.start == j and m.table == d.column.table and (m.kind == "table" or m.column == d.column.column)
                for m in r.mentions
            ):
                return k, d
    return None


def _ranked_at(r: Reading, at: int) -> tuple[int, int | None, bool] | None:
    """(how many, where the ranked noun is, highest first) of a ranking said before the group phrase, or after it
    when the group phrase opens the question ("for each harbour, which dock sold the most"): "top 2", a
    superlative adjective ("best-selling", "most popular") or a superlative aggregate word ("highest paid")."""
    after, before = (at + 2, len(r.tokens)) if at <= _OPENING else (0, at)
    if r.top_n and r.ranked and r.entity_at and after <= min(r.entity_at) and max(r.entity_at) < before:
        return r.top_n, min(r.entity_at), r.top_desc
    adj = r.adjective
    if adj is not None and after <= adj.start and adj.end < before:
        return 1, _noun_after(r, adj.end, before), adj.desc
    aggs = [a for a in r.aggs if after <= a.start and a.end < before]
    agg = aggs[0] if len(aggs) == 1 and aggs[0].agg in _RANK_AGGS else None  # "lowest and highest x": two figures
    if agg is not None:
        return 1, _noun_after(r, agg.end, before), agg.agg == "max"
    return None


def _noun_after(r: Reading, start: int, before: int) -> int | None:
    """Where the first table is named between a ranking word and the group phrase: the noun ranked."""
    return min((m.start for m in r.mentions if m.kind == "table" and start <= m.start < before), default=None)


def tops_per_group(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with its ranking taken within each group when the question asks for it, and the thought to show."""
    if plan.kind != Intent.AGGREGATE or not plan.measures or len(plan.dimensions) > 2 or plan.top_per is not None:
        return plan, None
    found = _group_at(r, plan)
    if found is None:
        return plan, None
    at, group = found
    ranking = _ranked_at(r, at)
    if ranking is None:
        return plan, None
    n, noun, desc = ranking
    dims = list(plan.dimensions)
    if len(dims) == 1:
        # "highest paid clerk in each branch": the members of the rows' own table, told apart by their name.
        main = idx.tables[plan.table]
        named = any(m.start == noun and m.kind == "table" and m.table == plan.table for m in r.mentions)
        if main.label is None or not named or any(m.column is None for m in plan.measures):
            return plan, None
        label = ref(main.label)
        dims = [Dimension(column=label, alias=main.label.name), group]
        # each member's highest salary is its salary: named by the column
        plan = plan.model_copy(
            update={
                "measures": [
                    m.model_copy(update={"alias": m.column.output()})
                    if m.agg in _RANK_AGGS and m.column is not None and not m.operands()
                    else m
                    for m in plan.measures
                ]
            }
        )
    members = next(d for d in dims if d is not group)
    said = any(
        m.start == noun and m.table == members.column.table and (m.kind == "table" or m.column == members.column.column)
        for m in r.mentions
    )
    if members.bucket is not None or not said:
        return plan, None  # the ranked noun must be the members ranked
    measure = plan.measures[0].alias
    plan = plan.model_copy(
        update={
            "dimensions": dims,
            "top_n": n,
            "top_per": group.alias,
            "top_desc": desc,
            "order": [
                OrderItem(alias=group.alias),
                OrderItem(alias=measure, desc=desc),
                OrderItem(alias=members.alias),
            ],
            "limit": 1000,
        }
    )
    which = "first" if n == 1 else f"first {n}"
    way = "highest" if desc else "lowest"
    return plan, (
        f"I rank the {members.alias} values within each {group.alias} by {measure.replace('_', ' ')}, {way} first, "
        f"and keep the {which} of each; a tie is settled by {members.alias}, so each {group.alias} shows {n} at most."
    )
