"""Questions the analyst can answer about given tables, worded from the catalog's own names (for clarifications)."""

from __future__ import annotations

import re

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry, shared_prefix
from backend.agents.builtin.fk_roles import parents_of
from backend.agents.builtin.quantities import unit_word

PER_TABLE = 3  # questions about one table the user named, before other tables get a turn


def spoken(idx: CatalogIndex, c: ColumnEntry) -> str:
    """A column's name as a user would say it: the table's prefix dropped, abbreviations spelled out where the
    rule finds one reading (wrk_pay_amt → pay amount, salesChannel → sales channel)."""
    prefix = shared_prefix(idx.tables[c.table].info)
    raw = _raw_words(c.name)
    raw = raw[1:] if len(raw) > 1 and raw[0] in idx.type_tags else raw  # lngPetID: its first word says its type
    words = [w for w in raw if lx.stem(w) != prefix and lx.stem(w) not in lx.ID_WORDS] or raw
    out: list[str] = []
    for w in words:
        plain = w in lx.ANALYSIS_TERMS or len(w) > 4
        # a unit stays itself (ms, no "mass") unless spelled out (hrs → hours)
        longer = [] if plain else [t for t in lx.ANALYSIS_TERMS if lx.abbreviates(w, t) and not unit_word(w, t)]
        out.append(longer[0] if len(longer) == 1 else w)
    return " ".join(out)


def _raw_words(name: str) -> list[str]:
    """An identifier's words as written (not stemmed): parcels stays parcels, salesChannel → sales channel."""
    return [w for w in re.split(r"[^a-z0-9]+", lx.spaced_name(name).lower()) if w]


def _table_noun(idx: CatalogIndex, t: TableEntry, plural: bool = False) -> str:
    """A table's name as a noun: a first word every table shares (hr_, t_) dropped, plural when counting."""
    raw = _raw_words(t.info.name)
    shared = lx.stem(raw[0]) in idx.house if raw else False
    words = list(raw[1:] if shared and len(raw) > 1 else raw) or [t.info.name.lower()]
    if plural:
        words[-1] = lx.counted(words[-1])
    return " ".join(words)


def _measures(t: TableEntry) -> list[ColumnEntry]:
    """Numeric columns worth aggregating: never keys, ids or years."""
    nums = [c for c in t.columns if c.info.kind == "numeric" and not c.is_id and not c.is_year]
    # A name with a function word in it ("fee_other") is easily misread: prefer plain names.
    return sorted(nums, key=lambda c: bool(set(c.words) & lx.STOPWORDS))


def _categories(idx: CatalogIndex, t: TableEntry) -> list[str]:
    """What the table's rows can be grouped by: its own short lists of values, then its parents' names."""
    own = [spoken(idx, c) for c in t.columns if c.info.values and not c.is_id and c is not t.label]
    parents = [_table_noun(idx, idx.tables[ref]) for ref in parents_of(idx, t.info.name) if idx.tables[ref].label]
    return list(dict.fromkeys(own + parents))


def _child_measures(idx: CatalogIndex, t: TableEntry) -> list[ColumnEntry]:
    """The first measure of each table whose rows point at the rows `t` lists."""
    out: list[ColumnEntry] = []
    for name, child in idx.tables.items():
        if name != t.info.name and t.info.name in parents_of(idx, name):
            out += _measures(child)[:1]
    return out


def _measure_by(idx: CatalogIndex, c: ColumnEntry, category: str) -> str:
    return f"{'Total' if c.additive else 'Average'} {spoken(idx, c)} by {category}"


def table_questions(idx: CatalogIndex, t: TableEntry) -> list[str]:
    """Up to PER_TABLE different questions about one table: a measure by a category, over time, a count, a top 5.

    A table with nothing to measure (a list of things) is measured through the tables that point at it: the
    measure of their rows by one of its categories, which the analyst answers with a join."""
    nums, cats = _measures(t), _categories(idx, t)
    many = _table_noun(idx, t, plural=True)
    out: list[str] = []
    if nums and cats:
        out.append(_measure_by(idx, nums[0], cats[0]))
    elif cats:
        out += [_measure_by(idx, c, cats[0]) for c in _child_measures(idx, t)[:2]]
    if t.date is not None:
        out.append(f"{many.capitalize()} by month" if not nums else f"Monthly {spoken(idx, nums[0])}")
    if cats:
        out.append(f"Number of {many} by {cats[-1] if len(cats) > 1 else cats[0]}")
    if t.label is not None and nums:
        out.append(f"Top 5 {many} by {spoken(idx, nums[-1])}")
    if not out and t.columns:
        out.append(f"How many {many} are there?")
    return list(dict.fromkeys(out))[:PER_TABLE]


def suggestions(idx: CatalogIndex, prefer: list[str] | None = None, limit: int = 4) -> list[str]:
    """Two to four questions this catalog can answer, about the tables the user mentioned first."""
    named = [n for n in dict.fromkeys(prefer or []) if n in idx.tables]
    others = [n for n in sorted(idx.tables, key=lambda n: -len(idx.tables[n].columns)) if n not in named]
    out: list[str] = []
    for name in named:
        out += table_questions(idx, idx.tables[name])
    for name in others:
        # Other tables only make up the two a choice needs: a stranger's table is not what the user asked about.
        if len(out) >= (2 if named else limit):
            break
        out += table_questions(idx, idx.tables[name])[:1]
    return list(dict.fromkeys(out))[:limit]
