"""Rows with no rows of another table pointing at them: "members who never borrowed a book", "orchards with no
harvest in 2024", "how many piers have no sailings" — the parent's rows whose key no child row holds (an anti-join)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.conditions import date_filters, value_filters
from backend.agents.builtin.counted_members import share_asked
from backend.agents.builtin.denied_children import named_by_value, spelled_child
from backend.agents.builtin.fk_roles import pick_key
from backend.agents.builtin.grouping import grouped_after
from backend.agents.builtin.lapsed import LAST_WORDS, bounded_history, denied_verb, event_child
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, Intent, Measure
from backend.agents.builtin.money_paths import sales_of
from backend.agents.builtin.null_states import covers_child
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import measure_alias, ref
from backend.agents.builtin.twin_tables import on_table, twin_ref, twins
from backend.models.catalog import ForeignKey

_NONE_WORDS = frozenset({"no", "without", "never", "zero", "nobody", "noone"})
# Words between the denial and the child's name: "never placed an order", "without any", "no single".
_GAP = 3


@dataclass(frozen=True, slots=True)
class Absence:
    """The parent table whose rows are asked for, and the child key that must not point at them."""

    parent: TableEntry
    key: ForeignKey
    child_at: Mention
    parent_at: Mention
    # "whose last race was before July": the child rows dated from that day on must not exist, some must.
    history: list[Filter] | None = None
    # Two keys away: the child's key to a middle table whose `key` points at the parent ("books never borrowed":
    # loans of copies of books); None when the child points at the parent itself.
    via: ForeignKey | None = None
    denial_at: int = -1  # where the denial stands: its "no" is no value of the child's


def find_absence(r: Reading, idx: CatalogIndex, today: dt.date | None = None) -> Absence | None:
    """A table named before a denial ("no", "without", "never", "not … any", "haven't") and a table that references
    it (or its date: "haven't raced") named right after it; or a member's last (first) child row dated before
    (after) a day."""
    tables = [m for m in r.mentions if m.kind == "table"]
    for i, t in enumerate(r.tokens):
        verb = denied_verb(r, i)
        denial = t.lower in _NONE_WORDS or (t.lower == "not" and "any" in {r.low(i + 1), r.low(i + 2)}) or verb
        last = t.lower in LAST_WORDS
        if not denial and not last:
            continue
        after = [m for m in tables if i < m.start <= i + 1 + (_GAP if denial else 0)]
        first = min((m.start for m in after), default=None)
        # "buyers without orders" where order lines and sales orders both say "orders": the one that points at
        # the table named before the denial
        at_first = [m for m in after if m.start == first]
        # a table linking the one the words name to others ("any race": the sailors' entries in races) is left to
        # the reading of links (bridge.py)
        children = [m for m in at_first if not any(_links(idx, m.table, o.table) for o in at_first)]
        # "units that never sent a reading" where weight and image readings both say "reading": the one the
        # question's other words point at too
        children.sort(key=lambda m: not any(o.table == m.table and not m.start <= o.start < m.end for o in r.mentions))
        # "haven't raced", "never raced", "never been visited": the child named by its date
        named_by_date = not children and (verb or t.lower == "never")
        if named_by_date:
            children = [m for m in [event_child(r, idx, i)] if m is not None]
            first = children[0].start if children else None
        if first is not None and any(r.tokens[k].number is not None for k in range(i + 1, first)):
            continue
        parents = sorted((m for m in tables if m.end <= i), key=lambda m: -m.end) or _named_by_label(r, idx, i)
        parents = parents or (named_by_value(r, idx, i) if denial else [])
        # "customers whose deliveries were never dated": a date of the nearest table is that table's own
        if named_by_date and not verb and parents:
            parents = [m for m in parents if m.end == parents[0].end]
        farther: Absence | None = None  # two keys away: only when no table named points at the parent itself
        for parent in parents:
            if not children and denial:  # "customers who never bought anything", "goods never sold": the verb's table
                children = sales_of(r, idx, parent.table, i + 1, i + 2 + _GAP)
            if not children and denial:  # "codes never diagnosed", "shops with no visits": the words spell the child
                children = [m for m in [spelled_child(r, idx, parent.table, i, bool(verb) or t.lower == "never")] if m]
            for child in children:
                keys = [fk for fk in idx.foreign_keys if fk.table == child.table and fk.ref_table == parent.table]
                hop = two_hops(idx, child.table, parent.table) if not keys and denial else None
                if hop is not None and parent.table != child.table and farther is None:
                    farther = Absence(idx.tables[parent.table], hop[1], child, parent, via=hop[0])
                if not keys or parent.table == child.table or covers_child(r, idx, parent.table, child):
                    continue  # "riddles with no chosen reply": the parent's own key left empty (null_states)
                if denial:
                    return Absence(idx.tables[parent.table], pick_key(r, idx, keys), child, parent, denial_at=i)
                history = bounded_history(r, idx, child.table, _date_named(r, idx, child.table), today, i)
                if history is not None:
                    return Absence(idx.tables[parent.table], pick_key(r, idx, keys), child, parent, history)
        if farther is not None:
            return farther
    return None


def _in_twin(absent: Filter, child: str, twin: str) -> Filter:
    """The same denial over the child's twin table (the archived rows of the same kind): no row there either."""
    if absent.among is not None and absent.among.table == child:
        among = [on_table(f, twin, child) for f in absent.among_filters]
        return absent.model_copy(update={"among": twin_ref(absent.among, twin), "among_filters": among})
    inner = [_in_twin(f, child, twin) if f.among is not None else f for f in absent.among_filters]
    return absent.model_copy(update={"among_filters": inner})


def _named_by_label(r: Reading, idx: CatalogIndex, i: int) -> list[Mention]:
    """ "titles never lent": the rows named before the denial by the column that names them (a table's label), as the
    table itself, when no table is named there."""
    out: list[Mention] = []
    for m in r.mentions:
        label = idx.tables[m.table].label if m.kind == "column" and m.end <= i else None
        if label is not None and m.column == label.name:
            out.append(Mention(m.start, m.end, "table", m.table, None, m.score, m.via))
    return sorted(out, key=lambda m: -m.end)[:1]


def two_hops(idx: CatalogIndex, child: str, parent: str) -> tuple[ForeignKey, ForeignKey] | None:
    """The one path of two keys from the child's rows to the parent's through a middle table: (child → middle,
    middle → parent)."""
    paths = [
        (a, b)
        for a in idx.foreign_keys
        if a.table == child and a.ref_table not in (child, parent)
        for b in idx.foreign_keys
        if b.table == a.ref_table and b.ref_table == parent
    ]
    return paths[0] if len(paths) == 1 else None


def _links(idx: CatalogIndex, table: str, other: str) -> bool:
    """The table holds little but keys, one of them to `other`: it links `other`'s rows to others."""
    keys = [fk for fk in idx.foreign_keys if fk.table == table]
    held = {fk.column for fk in keys}
    rest = [c for c in idx.tables[table].columns if c.name not in held and not c.is_id]
    return table != other and any(fk.ref_table == other for fk in keys) and len(keys) >= 2 and len(rest) <= 2


def _date_named(r: Reading, idx: CatalogIndex, table: str) -> Mention | None:
    """The mention of the child's date column the question names ("raced" → race_date), if any."""
    return next((m for m in r.mentions if _dated(idx, idx.tables[table], m) is not None), None)


def absence_plan(r: Reading, idx: CatalogIndex, today: dt.date | None) -> AnalysisPlan | None:
    """The parent's rows (or their number) whose key no child row holds; a date range applies to the child rows
    ("no harvest in 2024"), values of the parent's columns to the parent ("buyers in Ruritania with no orders")."""
    found = find_absence(r, idx, today)
    if found is None:
        return None
    parent, fk = found.parent, found.key
    child = idx.tables[(found.via or fk).table]
    among: list[Filter] = found.history or []
    own_date = _own_date(r, idx, parent, found)
    if (
        r.date is not None and found.history is None and own_date is None
    ):  # "no permits issued in 2025": the child's date the question names, else its own date
        named = next((ref(c) for m in r.mentions if (c := _dated(idx, child, m)) is not None), None)
        among = list(date_filters(r.date, child, [], today, named).filters)
    values = [(m, False) for m in r.mentions if m.kind == "value" and m.table == parent.info.name]
    own = value_filters(values)
    if r.date is not None and own_date is not None:  # "members who joined in 2024 and never borrowed …"
        own = [*own, *date_filters(r.date, parent, [], today, ref(own_date)).filters]
    # "customers with no orders placed by web", "no web orders": a value of the child's after the parent says which
    # child rows count (one the parent holds too stays the parent's)
    held_at = {m.start for m, _ in values}
    theirs = [
        (m, False)
        for m in r.mentions
        if m.kind == "value"
        and m.table == child.info.name
        and m.start >= found.parent_at.end
        and m.start not in held_at
        and m.start != found.denial_at
        and not found.child_at.start <= m.start < found.child_at.end
    ]
    among = [*among, *value_filters(theirs, idx.meanings)]
    noun = " ".join(t.text for t in r.tokens[found.child_at.start : found.child_at.end])
    noun = noun if found.child_at.kind == "table" and found.child_at.via != "verb" else child.info.name
    label = f"no {noun}" + (f" ({', '.join(f.label for f in among)})" if among else "")
    key = ColumnRef(table=parent.info.name, column=fk.ref_column)
    held = ColumnRef(table=child.info.name, column=fk.column)
    absent = Filter(column=key, op="not_in", label=label, among=held, among_filters=among)
    if found.via is not None:  # the middle rows of some child rows: "copies lent" of "books never lent"
        held = ColumnRef(table=fk.table, column=fk.column)
        through = ColumnRef(table=child.info.name, column=found.via.column)
        some = Filter(
            column=ColumnRef(table=fk.table, column=found.via.ref_column), op="in", among=through, among_filters=among
        )
        absent = Filter(column=key, op="not_in", label=label, among=held, among_filters=[some])
    absent_too = [
        _in_twin(absent, child.info.name, twin).model_copy(update={"label": f"none in {twin} either"})
        for twin in twins(idx, child.info.name)
    ]
    if found.history is not None:  # "whose last race was before July": some races, none from July on
        own = [Filter(column=key, op="in", label=f"with {noun}", among=held), *own]
    if share_asked(r, found.parent_at) and grouped_after(r, found.child_at.end) and found.history is None:
        return None  # "percentage of members with no visits by …": the groups are read with the rest (`presence`)
    if share_asked(r, found.parent_at):  # "percentage of members with no visits": one figure over the members
        noun = lx.stem(r.tokens[found.parent_at.end - 1].lower)
        share = Measure(agg="avg", column=None, alias=f"pct_{noun}", share_of=[absent])
        return AnalysisPlan(kind=Intent.AGGREGATE, table=parent.info.name, measures=[share], filters=own)
    counted = any(a.agg in ("count", "count_distinct") for a in r.aggs) or {"how", "many"} <= {
        t.lower for t in r.tokens
    }
    if counted:
        said = r.tokens[found.parent_at.end - 1].lower
        measure = Measure(agg="count", column=None, alias=measure_alias("count", None, lx.stem(said)))
        return AnalysisPlan(
            kind=Intent.AGGREGATE, table=parent.info.name, measures=[measure], filters=[*own, absent, *absent_too]
        )
    figure = _figure(r, parent, found)
    if figure is not None:
        return AnalysisPlan(
            kind=Intent.AGGREGATE, table=parent.info.name, measures=[figure], filters=[*own, absent, *absent_too]
        )
    # What names each row (its label, else its first text columns), after its key.
    texts = [ref(c) for c in parent.columns if c.info.kind == "text" and not c.is_id and not c.flag][:2]
    shown = [ref(parent.label)] if parent.label is not None else texts
    if fk.ref_column not in {c.column for c in shown}:
        shown.insert(0, key)
    return AnalysisPlan(kind=Intent.ROWS, table=parent.info.name, columns=shown, filters=[*own, absent, *absent_too])


def _own_date(r: Reading, idx: CatalogIndex, parent: TableEntry, found: Absence) -> ColumnEntry | None:
    """The parent's date column named right before a date said before the denial ("members who joined in 2024 and
    never …"): the date is the parent's."""
    at = r.date_at
    if at is None or at >= found.child_at.start or at < found.parent_at.end:
        return None
    named = [c for m in r.mentions if m.end <= at and (c := _dated(idx, parent, m)) is not None]
    return named[-1] if named else None


def _dated(idx: CatalogIndex, child: TableEntry, m: Mention) -> ColumnEntry | None:
    """The child's date column a mention names ("issued" → issue_date)."""
    if m.kind != "column" or m.table != child.info.name or m.column is None:
        return None
    c = child.col(m.column)
    return c if c is not None and (c.info.kind == "temporal" or c.date_key is not None) else None


_FIGURES = frozenset({"sum", "avg", "min", "max", "median", "stddev", "range"})


def _figure(r: Reading, parent: TableEntry, found: Absence) -> Measure | None:
    """A figure of the parent's rows asked before the denial ("average age of members who never …"): an
    aggregate word followed by one of the parent's numeric columns."""
    for a in r.aggs:
        if a.agg not in _FIGURES or a.start >= found.child_at.start:
            continue
        named = next(
            (
                m.column
                for m in r.mentions
                if m.kind == "column" and m.table == parent.info.name and a.end <= m.start < found.child_at.start
            ),
            None,
        )
        column = next((c for c in parent.columns if c.name == named), None)
        if column is not None and column.info.kind == "numeric" and not column.is_id:
            return Measure(agg=a.agg, column=ref(column), alias=measure_alias(a.agg, column.name))
    return None
