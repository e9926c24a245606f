"""The role of a table named in a question: an entity to group by, a thing to count, or its money column."""

from __future__ import annotations

from typing import TYPE_CHECKING

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import Mention
from backend.agents.builtin.role_model import default_agg, ref

if TYPE_CHECKING:
    from backend.agents.builtin.roles import RoleReader


def table_mention(rr: RoleReader, m: Mention) -> None:
    """A table name: an entity to group by, a thing to count, or "sales" meaning the money column."""
    entry = rr.idx.tables[m.table]
    agg = rr.agg_before(m.start)
    if rr.over_all(m.start):
        return  # "across all products": the total over them
    noun = rr.r.words[m.end - 1]
    if m.table != rr.main.info.name:
        fk = rr.ch.parents.get(m.table)
        if agg and agg.agg == "count" and fk:
            fk_col = rr.main.col(fk.column)
            if fk_col:
                rr.add_measure(fk_col, "count_distinct", True)
            return
        qualifies = any(x.kind == "column" and x.table == m.table and x.start == m.end for x in rr.ch.mentions)
        if entry.label and not qualifies:  # "product category" names the category, not each product
            rr.add_dim(entry.label, m.end)
        return
    if agg and agg.agg == "count":
        rr.add_measure(None, "count", True, noun)
        return
    money = [w for w in (rr.r.words[m.start : m.end]) if w and w in lx.MONEY_WORDS]
    if money:
        hint = next(
            (x for x in rr.r.mentions if x.via == "concept" and x.start == m.start and x.table == m.table), None
        )
        col = rr.col(hint) if hint else None
        if col is not None:
            if agg:
                rr.add_measure(col, agg.agg, True)
            else:
                rr.ro.money_hint = ref(col)
            return
    spanned = {w for w in rr.r.words[m.start : m.end] if w}
    named_measure = next(
        (
            c
            for c in entry.columns
            if c.info.kind == "numeric" and not c.is_id and not c.is_year and c.key_words <= spanned
        ),
        None,
    )
    if named_measure is not None and not rr.ro.measures and not (agg and agg.agg == "count"):
        # "global temperature" names global_temp and its temp column: the measure, not a row count.
        rr.add_measure(named_measure, agg.agg if agg else default_agg(named_measure), agg is not None)
        return
    elsewhere = bool(rr.r.entity_at) and not rr.r.entity_at & set(range(m.start, m.end))
    # "disaster types", "types of disasters": the table's categories are the grouping.
    kinds = rr.r.low(m.end) in lx.KIND_WORDS or (
        rr.r.low(m.start - 1) == "of" and rr.r.low(m.start - 2) in lx.KIND_WORDS
    )
    if kinds and not rr.cue(m.start):
        cats = [c for c in entry.columns if c.info.values and not c.is_id and c.info.kind == "text"]
        if cats:
            rr.add_dim(cats[0], m.end)
            return
    if rr.cue(m.start) or (rr.r.top_n and not rr.ro.dims and not rr.ro.time and not elsewhere):
        if entry.label:
            rr.ro.entity = ref(entry.label)
            rr.add_dim(entry.label, m.end)
        elif rr.cue(m.start):
            # "deaths by disaster": the table's main category column stands for the table.
            named = {w for w in rr.r.words[m.start : m.end] if w}
            cats = [c for c in entry.columns if c.info.values and not c.is_id]
            # A column named like the table ("weather" in weather) is the table's own category.
            cat = next((c for c in cats if set(c.words) <= named), cats[0] if cats else None)
            if cat is not None:
                rr.add_dim(cat, m.end)
    rr.ro.count_noun = noun
