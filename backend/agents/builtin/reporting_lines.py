"""Who reports to whom: "who reports to whom", "who manages who", "show the reporting lines", "the org chart" — every
row of the one table whose key points at its own rows, listed beside the row that key names (the top of the tree
kept, with no one above it)."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import own_alias, own_keys
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Intent, OrderItem
from backend.agents.builtin.naming import plain_words
from backend.agents.builtin.table_roles import own_key


@dataclass(frozen=True, slots=True)
class Lines:
    """The rows listed beside the row their own key names, and the note saying so."""

    plan: AnalysisPlan
    note: str


_WHO = frozenset({"who", "whom"})
_LINE_WORDS = frozenset({"line", "lines", "structure", "chain", "chains", "tree", "hierarchy"})
_CHART_OPENERS = frozenset({"org", "organization", "organisation", "organizational", "organisational"})


def _asks_lines(words: list[str]) -> bool:
    """ "who reports to whom", "who manages who": the rows set against each other by a relation; "reporting lines",
    "the org chart", "the hierarchy": the relation as a whole."""
    asked = [w for w in words if w in _WHO]
    if len(asked) >= 2 and words[-1] in _WHO:
        return True
    pairs = pairwise(words)
    return "hierarchy" in words or any(
        (a in {"reporting", "management"} and b in _LINE_WORDS) or (a in _CHART_OPENERS and b in {"chart", "tree"})
        for a, b in pairs
    )


def reporting_lines(question: str, idx: CatalogIndex) -> Lines | None:
    """The rows listed with the name of the row their own key names, when the question asks who reports to whom and
    one table has such a key (several: the one whose key or name a word of the question spells)."""
    words = [t.lower for t in lx.tokenize(question) if t.lower not in {"?", ".", "!"}]
    if not words or not _asks_lines(words):
        return None
    keys = [fk for name in idx.tables for fk in own_keys(idx, name)]
    if len(keys) > 1:
        said = {lx.stem(w) for w in words}
        keys = [
            fk for fk in keys if said & (set(plain_words(fk.column, idx.type_tags)) | set(idx.tables[fk.table].words))
        ]
    entry = idx.tables[keys[0].table] if len(keys) == 1 else None
    tell = (entry.label or own_key(entry)) if entry is not None else None
    if entry is None or tell is None:
        return None
    fk, name = keys[0], entry.info.name
    role = own_alias(idx, fk)
    cols = [ColumnRef(table=name, column=tell.name), ColumnRef(table=name, column=tell.name, alias=role)]
    plan = finish(AnalysisPlan(kind=Intent.ROWS, table=name, columns=cols), idx, None, None)
    plan.order = [OrderItem(alias=plan.columns[0].output())]
    note = (
        f"I listed every row of {name} beside the {role.replace('_', ' ')} its {fk.column} names; the one at the top"
        f" names none and is kept with that column empty."
    )
    return Lines(plan, note)
