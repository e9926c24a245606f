"""A count of rows named in the user's own word ("list customers with more than 60 orders" where the rows pointing at
the customers are ticket sales, no table being called orders): the one table whose rows point at the named rows is
what is counted, so the question is restated with that table's name in place of the unknown noun and read again."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, raw_words
from backend.agents.builtin.effects import Restated
from backend.agents.builtin.reading import Reading

_SUBJECT_GAP = 3  # "customers with", "drivers who had": words between the rows named and their count
_TIES = frozenset({"with", "having", "have", "has", "had", "who", "that", "which"})


def counted_children(r: Reading, idx: CatalogIndex) -> Counted | None:
    """The question restated on the only table referencing the rows it opens on, when the noun counted after a
    number ("more than 60 orders") names nothing in the catalog."""
    named = {k for m in r.mentions for k in range(m.start, m.end)}
    for comp in r.comparisons:
        at = comp.end
        if len(comp.values) != 1 or comp.vs_agg is not None or comp.unit is not None or at >= len(r.tokens):
            continue
        word = r.tokens[at]
        if at in named or not word.text.isalpha() or word.lower in lx.STOPWORDS or not word.lower.endswith("s"):
            continue
        if lx.bucket_of(word.lower) or lx.concept_of(word.lower) or word.lower in idx.house:
            continue  # "more than 3 years", "over 2 weeks": a span or a known idea, not rows
        subject = [m for m in r.mentions if m.kind == "table" and m.end <= comp.start and m.start <= 2]
        if len(subject) != 1 or comp.start - subject[0].end > _SUBJECT_GAP:
            continue
        gap = {r.low(k) for k in range(subject[0].end, comp.start)}
        if not gap & _TIES:
            continue
        parent = subject[0].table
        kids = sorted({fk.table for fk in idx.foreign_keys if fk.ref_table == parent and fk.table != parent})
        if len(kids) != 1:
            continue
        child = " ".join(w for w in raw_words(kids[0]) if w.isalpha())
        text = " ".join([*(t.text for t in r.tokens[:at]), child, *(t.text for t in r.tokens[at + 1 :])])
        note = f"No table is called “{word.text}”: I counted the {kids[0]} rows of each {parent} row instead."
        return Counted(question=text, note=note, number=f"{comp.values[0]:g}")
    return None


@dataclass(frozen=True, slots=True)
class Counted(Restated):
    """The restated question, and the number whose count it keeps (as the SQL writes it)."""

    number: str
