"""Rows ranked by a figure the catalog computes rather than stores: "tools ranked by margin", "rank items by
profit", "top 5 tools by profit margin", "tools sorted by margin" restated as the figure by the rows' name
("margin by tool name", highest first unless sorted ascending), which reads as each row's money taken less its
cost. Only when no column is named by the figure's word (a stored margin is sorted as any column)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.reading import read

_RANK_VERBS = frozenset({"ranked", "rank", "sorted", "sort", "ordered", "order"})
# Verbs that put the highest first unless told otherwise; the others sort ascending.
_RANKING = frozenset({"ranked", "rank"})
_LOW_FIRST = frozenset({"ascending", "increasing", "lowest", "smallest", "worst"})
_HIGH_FIRST = frozenset({"descending", "decreasing", "highest", "largest", "best"})


def restate_ranked_margin(question: str, idx: CatalogIndex) -> str | None:
    """The question as the computed figure by the rows' name; None when it ranks no rows by a computed figure."""
    tokens = lx.tokenize(question)
    words = [t.lower for t in tokens]
    by = next((k for k, w in enumerate(words) if w == "by" and _figure_at(words, k + 1) is not None), None)
    if by is None or any(set(_FIGURES) & set(c.words) for t in idx.tables.values() for c in t.columns):
        return None
    verb = next((w for w in words[:by] if w in _RANK_VERBS), None)
    top = any(w in {"top", "bottom"} for w in words[:by])
    if verb is None and not top:
        return None
    r = read(question, idx)
    rows = next((m for m in r.mentions if m.kind == "table" and m.end <= by), None)
    label = idx.tables[rows.table].label if rows is not None else None
    if rows is None or label is None:
        return None
    figure = _figure_at(words, by + 1)
    rest = words[by + 1 :]
    low = bool(_LOW_FIRST & set(rest)) or (verb is not None and verb not in _RANKING and not _HIGH_FIRST & set(rest))
    count = next((t.text for t in tokens[:by] if t.number is not None), None)
    lead = ("bottom " if "bottom" in words[:by] else "top ") + count + " " if count is not None else ""
    tail = " lowest first" if low and not lead else ""
    return f"{lead}{figure} by {' '.join(label.words)}{tail}"


_FIGURES = ("margin", "margins", "profit", "profits")


def _figure_at(words: list[str], k: int) -> str | None:
    """The computed figure said at k ("margin", "profit margin", "profit"), as the word to restate it with."""
    said = words[k : k + 2]
    if said[:1] == ["profit"] and said[1:] in (["margin"], ["margins"]):
        return "margin"
    return said[0] if said[:1] and said[0] in _FIGURES else None
