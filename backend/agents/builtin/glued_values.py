"""A value glued to the noun of the rows it marks: "upnods per clip" over a table of nods whose nod_type is 'up' or
'down' (or 'UpNod' / 'DownNod'), "downnods". The word is the rows' noun (the last word of a table's name) with a
value's first word before it, so it counts those rows with that value: the word is read as two, the value and the
noun, and the value is a condition on its column (`glued_mentions`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention

MIN_PREFIX = 2  # "up", "re": shorter beginnings say nothing
_MOST_VALUES = 12  # a column of more values than this holds no kinds of row
GLUED_SCORE = 2.6  # as a value named in full (matching._value_mentions)


@dataclass(frozen=True, slots=True)
class GluedValue:
    """The value of a column of the rows' table (or a table they point at) that a word before its noun names."""

    table: str
    column: str
    value: str


def _kinds(c: ColumnEntry) -> list[str]:
    """The values of a text column holding a few kinds of row."""
    values = list(c.info.values or [])
    return values if c.info.kind == "text" and 2 <= len(values) <= _MOST_VALUES and not c.is_id else []


def glued_value(idx: CatalogIndex, word: str, noun: str) -> GluedValue | None:
    """The one value whose first word is `word` in a column of the table whose rows `noun` (a stem) names, or of a
    table that table points at (a lookup of vote types); None when none or several fit."""
    if len(word) < MIN_PREFIX or not word.isalpha():
        return None
    tables = [t for t in idx.tables.values() if t.words and t.words[-1] == noun]
    owners = {t.info.name for t in tables}
    owners |= {fk.ref_table for fk in idx.foreign_keys if fk.table in owners}
    hits = [
        GluedValue(c.table, c.name, v)
        for name in sorted(owners)
        for c in idx.tables[name].columns
        for v in _kinds(c)
        if (said := lx.name_words(v)) and said[0] == lx.stem(word) and len(said) <= 2
    ]
    return hits[0] if len(hits) == 1 else None


def split_glued(tokens: Sequence[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """The tokens with each glued word ("upnods") written as its two words ("up", "nods"), when the beginning is
    the first word of one value of the rows the rest names."""
    nouns = {t.words[-1] for t in idx.tables.values() if t.words}
    out: list[lx.Token] = []
    for t in tokens:
        low = t.lower
        cut = next(
            (
                k
                for k in range(MIN_PREFIX, len(low) - 2)
                if low.isalpha() and lx.stem(low[k:]) in nouns and glued_value(idx, low[:k], lx.stem(low[k:]))
            ),
            None,
        )
        if cut is None:
            out.append(lx.Token(t.text, t.lower, t.stem, len(out), t.number, t.owner))
            continue
        for piece, text in ((low[:cut], t.text[:cut]), (low[cut:], t.text[cut:])):
            out.append(lx.Token(text, piece, lx.stem(piece), len(out)))
    return out


def glued_mentions(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with a value mention for each word before a noun of rows that is the first word of one of their
    values ("up nods", "down nods"), where no value is read there already; other readings of the word give way."""
    added: list[Mention] = []
    for k in range(len(tokens) - 1):
        word, noun = tokens[k], tokens[k + 1]
        if word.lower in lx.TOP_WORDS | lx.BOTTOM_WORDS or any(m.start == k and m.kind == "value" for m in mentions):
            continue
        hit = glued_value(idx, word.lower, noun.stem)
        if hit is not None:
            added.append(Mention(k, k + 1, "value", hit.table, hit.column, GLUED_SCORE, "value", hit.value))
    if not added:
        return mentions
    at = {m.start for m in added}
    return [m for m in mentions if not (m.start in at and m.end == m.start + 1)] + added
