"""The role of a table named in a question: an entity to group by, a thing to count, or its money column."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import KEY_SHARE, CatalogIndex, ColumnEntry, Mention, TableEntry, singular
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.counted_totals import counted_note, totalled_rows
from backend.agents.builtin.counted_verbs import row_noun
from backend.agents.builtin.fk_roles import ancestors_of, parents_of
from backend.agents.builtin.models import Agg
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import default_agg

# Words between a parent's rows and a value of theirs that picks some out: "users from Norvala", "authors in Norvala".
_PICKING = frozenset({"from", "in", "at"})


@dataclass(frozen=True, slots=True)
class MeasureAsk:
    """An aggregate the question asks for; column None counts rows of the table named `noun`."""

    column: ColumnEntry | None
    agg: Agg
    explicit: bool
    noun: str | None = None


@dataclass(frozen=True, slots=True)
class TableRole:
    """What a table mention contributes: group-by columns, a measure, a money hint, the ranked entity, a count noun."""

    dims: tuple[ColumnEntry, ...] = ()
    measure: MeasureAsk | None = None
    money_hint: ColumnEntry | None = None
    entity: ColumnEntry | None = None
    count_noun: str | None = None
    note: str | None = None  # what the thoughts say of the role ("Counted orders: one row per order.")


@dataclass(frozen=True, slots=True)
class RoleState:
    """The parts of the roles read so far that decide a table mention's role."""

    cued: bool  # a grouping word ("by", "per") governs the mention
    has_measures: bool
    has_dims: bool
    has_time: bool
    listed: bool = False  # the question lists rows: a parent named among the columns is its key
    taken: frozenset[int] = frozenset()  # positions another reading took ("each sailor's last race": no surname)
    each: bool = False  # the grouping word picks rows one by one ("for each shipment", "every", "individual")


def table_mention(r: Reading, idx: CatalogIndex, ch: Choice, m: Mention, state: RoleState) -> TableRole:
    """A table name: an entity to group by, a thing to count, or "sales" meaning the money column."""
    entry = idx.tables[m.table]
    main = ch.table
    agg = r.agg_before(m.start)
    if r.over_all(m.start):
        return TableRole()  # "across all items": the total over them
    said = row_noun(idx, m.table, r.tokens[m.end - 1].lower)  # "listened" over plays: the plays
    noun = singular(idx, said) if said.isalpha() else r.words[m.end - 1]
    if m.table != main.info.name:
        fk = ch.parents.get(m.table)
        if agg and agg.agg == "count" and fk:
            if entry.member is not None:  # a type 2 dimension's members, not its versions
                return TableRole(measure=MeasureAsk(entry.member, "count_distinct", True, noun))
            fk_col = main.col(fk.column)
            return TableRole(measure=MeasureAsk(fk_col, "count_distinct", True, noun)) if fk_col else TableRole()
        path = ch.paths.get(m.table)
        if agg and agg.agg == "count" and path and entry.member is None:
            # "number of buyers per quadrant" over lines of sales: the buyers' key on the sale the line belongs to
            near = idx.tables[path[-1].table].col(path[-1].column)
            return TableRole(measure=MeasureAsk(near, "count_distinct", True, noun)) if near else TableRole()
        # "product category": the next words name a column of this table or of one further up its keys.
        up = {m.table, *ancestors_of(idx, m.table), *parents_of(idx, m.table)}
        qualifies = _qualified(ch, m, up, state.taken) or (not state.cued and _placed(r, ch, m, up))
        # "paperback books": the noun only says what the value before it is, it is no grouping.
        valued = any(x.kind == "value" and x.table == m.table and x.end == m.start for x in ch.mentions)
        # A key named after the parent's rows ("civil parish") holds what people call them: it is the grouping.
        named = fk is not None and (main.info.name, fk.column) in idx.named_keys
        # "how many posts did users from Norvala write": the parent's rows a value after it picks out, no grouping.
        picked = not state.cued and any(
            x.kind == "value" and x.table == m.table and x.start == m.end + 1 and r.low(m.end) in _PICKING
            for x in ch.mentions
        )
        valued = valued or picked
        if entry.label and not named and not qualifies and not valued:  # "product category" names the category
            return TableRole(dims=(entry.label,))
        key = main.col(fk.column) if fk is not None and (entry.label is None or named) else None
        if (
            key is not None
            and not qualifies
            and not valued
            and (state.cued or state.listed or r.entity_at & set(range(m.start, m.end)))
        ):
            return TableRole(dims=(key,))  # a parent without a name column: its key tells rows apart
        return TableRole()
    if (agg and agg.agg == "count") or any(a.start == m.end and r.low(a.start) in _COUNT_NOUNS for a in r.aggs):
        return TableRole(measure=MeasureAsk(None, "count", True, noun))  # "number of orders", "by order count"
    money = [w for w in (r.words[m.start : m.end]) if w and w in lx.MONEY_WORDS]
    if money:
        # "sales" on a table with a sales_amount: the money column the word names, else one its concept names.
        hints = [x for x in r.mentions if x.kind == "column" and x.start == m.start and x.table == m.table]
        hint = next(
            (x for x in hints if x.via == "name" and (c := entry.col(x.column or "")) is not None and c.is_money),
            next((x for x in hints if x.via == "concept"), None),
        )
        col = idx.tables[hint.table].col(hint.column) if hint and hint.column else None
        if col is not None:
            if agg:
                return TableRole(measure=MeasureAsk(col, agg.agg, True))
            return TableRole(money_hint=col)
    spanned = {w for w in r.words[m.start : m.end] if w}
    named_measure = next(
        (
            c
            for c in entry.columns
            if c.info.kind == "numeric" and not c.is_id and not c.is_year and c.key_words <= spanned
        ),
        None,
    )
    if named_measure is not None and not state.has_measures and not (agg and agg.agg == "count"):
        # A table named after its one measure ("<x> index" with a column <x>): the measure, not a row count.
        chosen = agg.agg if agg else default_agg(named_measure)
        return TableRole(measure=MeasureAsk(named_measure, chosen, agg is not None))
    totalled = None if money else totalled_rows(r, idx, ch, m)
    if totalled is not None:  # "total orders by month": how many orders, not their money
        return TableRole(measure=MeasureAsk(None, "count", True, noun), note=counted_note(r, idx, m, totalled))
    elsewhere = bool(r.entity_at) and not r.entity_at & set(range(m.start, m.end))
    # "<table> types", "types of <table>": the table's categories are the grouping.
    kinds = r.low(m.end) in lx.KIND_WORDS or (r.low(m.start - 1) == "of" and r.low(m.start - 2) in lx.KIND_WORDS)
    if kinds and not state.cued:
        cats = [c for c in entry.columns if c.info.values and not c.is_id and c.info.kind == "text" and not c.flag]
        if cats:
            return TableRole(dims=(cats[0],))
    if ranks_by_rows(r, ch, m):
        # "top 5 crews by tickets": the rows named after "by" rank the noun counted off before it, by their number.
        return TableRole(measure=MeasureAsk(None, "count", True, noun))
    ranked = bool(r.entity_at & set(range(m.start, m.end)))  # "which yacht sells …": the noun ranked, not a qualifier
    if not ranked and _qualified(ch, m, {m.table}, state.taken, named=True):
        return TableRole(count_noun=noun)  # "by order priority" on the orders: the column named next is the grouping
    if state.each and m.table == main.info.name and entry.label is None and state.has_measures and not kinds:
        # "weight and cost for each shipment" of rows with no name: each row, told apart by its own key,
        # not the rows' main category.
        key = own_key(entry)
        if key is not None:
            return TableRole(dims=(key,), entity=key, count_noun=noun)
    if state.cued or (r.top_n and not state.has_dims and not state.has_time and not elsewhere):
        if entry.label:
            return TableRole(dims=(entry.label,), entity=entry.label, count_noun=noun)
        key = own_key(entry) if r.top_n and r.entity_at & set(range(m.start, m.end)) else None
        if key is not None:
            # "the 5 oldest employees" of a table with no name column: its own key tells the rows apart.
            return TableRole(dims=(key,), entity=key, count_noun=noun)
        if state.cued:
            # "<measure> by <table>": the table's main category column stands for the table.
            cats = [c for c in entry.columns if c.info.values and not c.is_id and not c.flag]  # a yes/no is no kind
            # A column named like the table is the table's own category.
            cat = next((c for c in cats if set(c.words) <= spanned), cats[0] if cats else None)
            if cat is not None:
                return TableRole(dims=(cat,), count_noun=noun)
    return TableRole(count_noun=noun)


def _qualified(ch: Choice, m: Mention, up: set[str], taken: frozenset[int], named: bool = False) -> bool:
    """ "product category", "customer nation": the next words name a column of this table or of one further up its
    keys, or a table further up (whose rows are then the grouping); this table's name only says whose it is."""
    return any(
        x.start == m.end
        and x.start not in taken
        and x.table in up
        and (x.kind == "column" or (x.kind == "table" and x.table != m.table))
        and (x.via == "name" or not named)  # `named`: by the column's own name ("order priority"), not a verb's sense
        for x in ch.mentions
    )


_PLACED = frozenset({"in", "from"})
_COUNT_NOUNS = frozenset({"count", "counts"})


def _placed(r: Reading, ch: Choice, m: Mention, up: set[str]) -> bool:
    """ "for customers in the North", "suppliers from Peru": the table's rows are kept by a value of theirs (or of a table
    further up their keys) named right after "in"/"from"; the noun is the filter's subject, no grouping."""
    at = m.end + 1 + (r.low(m.end + 1) in {"the", "a", "an"})  # "in the South"
    return r.low(m.end) in _PLACED and any(x.kind == "value" and x.start == at and x.table in up for x in ch.mentions)


def ranks_by_rows(r: Reading, ch: Choice, m: Mention) -> bool:
    """ "top 5 artists by plays", "top 3 agents by tickets": the counted table named right after "by" (a plural noun,
    nothing after it) while the noun counted off before it is another mention: what ranks them, not a grouping."""
    if r.top_n is None or r.low(m.start - 1) != "by" or r.entity_at & set(range(m.start, m.end)):
        return False
    said = r.tokens[m.end - 1]
    followed = m.end < len(r.words) and r.words[m.end] is not None  # "by tickets type": a column of them, no count
    if said.lower == said.stem or not said.lower.endswith("s") or followed:
        return False
    return any(x.end < m.start and r.entity_at & set(range(x.start, x.end)) for x in ch.mentions)


def own_key(entry: TableEntry) -> ColumnEntry | None:
    """The table's own key: an identifier with about one value per row."""
    rows = max(entry.info.row_count, 1)
    return next((c for c in entry.columns if c.is_id and (c.info.distinct_count or 0) >= KEY_SHARE * rows), None)
