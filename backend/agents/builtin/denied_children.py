"""What a denial points at when the question names no table after it: "fault codes never diagnosed" (the one table
referencing the codes, or the one holding that state), "workshops with no visits" (a table whose squashed name starts
or ends with the word: servicevisits), and the rows named before it by a value rather than a table ("scale units that
never sent a weight reading": the sensors of that kind)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.reading import Reading

# Words between the denial and what it denies: "never been diagnosed", "no visits at all", "without any".
_FILLERS = lx.AUXILIARIES | {"a", "an", "any", "the", "single", "ever", "yet"}
_SHORTEST = 3  # a shared beginning shorter than this is chance ("cat" of category and catalog is not)


def spelled_child(r: Reading, idx: CatalogIndex, parent: str, i: int, verb: bool) -> Mention | None:
    """The table referencing `parent` that the words after the denial at `i` name: a word its name begins with
    or that begins or ends its name (audits → auditentry, visits → servicevisits), a value of one of its columns
    ("never been diagnosed"), or, after "never" or a denied verb, the only table that references the parent."""
    children = sorted({fk.table for fk in idx.foreign_keys if fk.ref_table == parent and fk.table != parent})
    if not children:
        return None
    k = i + 1
    while r.low(k) in _FILLERS and k < i + 4:
        k += 1
    if k >= len(r.tokens) or r.words[k] is None:
        return None
    word = r.tokens[k]
    spelled = [t for t in children if any(_spells(w, word.lower, word.stem) for w in idx.tables[t].words)]
    if len(spelled) == 1:
        return Mention(k, k + 1, "table", spelled[0], None, 1.0, "verb")
    valued = {m.table for m in r.mentions if m.kind == "value" and m.start == k and m.table in children}
    if len(valued) == 1:
        return Mention(k, k + 1, "table", valued.pop(), None, 1.0, "verb")
    named_else = any(m.start <= k < m.end for m in r.mentions)
    if verb and len(children) == 1 and not named_else:
        return Mention(k, k + 1, "table", children[0], None, 1.0, "verb")
    return None


def _spells(table_word: str, lower: str, stem: str) -> bool:
    """The table's word and the question's share their beginning, all of the shorter but its last letter or more
    ("audit" and "auditentry", "repair" and "repairing"), or the question's word ends a squashed name (its head noun:
    "visit" of "servicevisit")."""
    for w in {lower, stem}:
        if len(w) > _SHORTEST and len(table_word) > len(w) and table_word.endswith(w):
            return True
        shared = 0
        for a, b in zip(table_word, w, strict=False):
            if a != b:
                break
            shared += 1
        if shared >= max(_SHORTEST, min(len(table_word), len(w)) - 1):
            return True
    return False


def named_by_value(r: Reading, idx: CatalogIndex, i: int) -> list[Mention]:
    """ "scale units that never …": the rows named before the denial by a value of one of their columns, as
    the table itself, when no table is named there."""
    out = [
        Mention(m.start, m.end, "table", m.table, None, m.score, m.via)
        for m in r.mentions
        if m.kind == "value" and m.end <= i and m.table in idx.tables
    ]
    return sorted(out, key=lambda m: -m.end)[:1]
