"""Text patterns tied to columns: the part of a value a question asks for ("whose name contains 'Rose'") as an ILIKE
filter on the text column named before the cue, else on the label of the rows named there."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.models import ColumnRef, Filter
from backend.agents.builtin.text_match import TextPattern

# Between the column's word and the cue: "whose name is starting with", "songs that contain".
_LINKS = frozenset({"that", "which", "whose", "who", "is", "are", "has", "have", "with", "its", "their", "the", "does",
                    "do"})  # fmt: skip

_LABEL = {"contains": "contains", "starts_with": "starts with", "ends_with": "ends with"}


def pattern_filters(
    patterns: Sequence[TextPattern], tokens: Sequence[lx.Token], idx: CatalogIndex, ch: Choice
) -> tuple[list[Filter], set[int]]:
    """Each pattern as an ILIKE filter on the text column named right before its cue ("name contains"), else on the
    label of the rows named there ("vessels starting with S"); and the ids of the mentions the patterns consumed."""
    filters: list[Filter] = []
    used: set[int] = set()
    for p in patterns:
        k = p.start
        while k > 0 and tokens[k - 1].lower in _LINKS:
            k -= 1
        column, mention = _column_before(idx, ch, k)
        if column is None:
            continue
        if mention is not None:
            used.add(id(mention))
        op = _LABEL[p.op]
        filters.append(Filter(column=column, op=p.op, values=[p.value], label=f"{column.column} {op} {p.value}"))
    return filters, used


def _column_before(idx: CatalogIndex, ch: Choice, end: int) -> tuple[ColumnRef | None, Mention | None]:
    """The text column a mention ending at `end` names (the most specific), or the label of the table it names."""
    best: tuple[float, ColumnEntry, Mention] | None = None
    for m in ch.mentions:
        if m.end != end or m.kind != "column" or m.column is None or not ch.reaches(m.table):
            continue
        c = idx.tables[m.table].col(m.column)
        if c is None or c.info.kind != "text" or c.is_id:
            continue
        label = idx.tables[m.table].label
        score = m.score * m.spec + (0.5 if label is not None and label.name == c.name else 0.0)
        if best is None or score > best[0]:
            best = (score, c, m)
    if best is not None:
        return ColumnRef(table=best[1].table, column=best[1].name), best[2]
    for m in ch.mentions:
        if m.end == end and m.kind == "table" and ch.reaches(m.table):
            label = idx.tables[m.table].label
            if label is not None and label.info.kind == "text":
                return ColumnRef(table=m.table, column=label.name), None
    return None, None
