"""Empty cells read as states of a row: "riddles with no chosen reply" (a key of the row's own, qualified by a
word its table's name does not hold, left empty), "how many riddles have a chosen reply" (that key filled in),
"how many items were returned" (the row's own event date, named by its participle after an auxiliary, filled in)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention
from backend.agents.builtin.reading import Reading

# Words that say a row holds something: "riddles with a chosen reply", "which tickets have an assignee".
HAVING_WORDS = frozenset({"with", "have", "has", "having"})
# Auxiliaries a participle follows when it says what happened to the rows: "were returned", "have been shipped".
_PASSIVE = frozenset({"was", "were", "is", "are", "been", "got", "get", "be"})


def qualified_key(idx: CatalogIndex, r: Reading, m: Mention) -> ColumnEntry | None:
    """A key column of the rows' own table named whole by two words or more, one of them a qualifier no table is named
    by ("chosen reply" ↔ ChosenReplyId): a reference the row may leave empty, not the rows' own key."""
    c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
    if c is None or not c.is_id or not c.info.nullable or m.end - m.start < 2:
        return None
    if set(c.words) - lx.ID_WORDS <= set(idx.tables[m.table].words):
        return None  # the rows' own key (QuestionId in Questions)
    said = [r.words[k] for k in range(m.start, m.end)]
    if any(w is None for w in said):
        return None
    names = {w for t in idx.tables.values() for w in t.words}
    qualifiers = [w for w in said if w and w not in names and w not in lx.ID_WORDS]
    return c if qualifiers and all(w in c.words or w in c.expanded for w in said if w) else None


def covers_child(r: Reading, idx: CatalogIndex, parent: str, child: Mention) -> bool:
    """The child table's name is the end of a longer name of one of the parent's own keys ("no chosen reply"):
    the question is about that key left empty, not about child rows missing (no anti-join)."""
    return any(
        m.table == parent and m.start < child.start and m.end >= child.end and qualified_key(idx, r, m) is not None
        for m in r.mentions
    )


# Words that say no row or nobody stands behind a reference: "no assignee", "without a buyer", "nobody assigned".
_NONE_WORDS = frozenset({"no", "without", "nobody", "noone"})
_BETWEEN = frozenset({"a", "an", "the", "as"})


def empty_reference(idx: CatalogIndex, r: Reading, m: Mention, c: ColumnEntry, k: int) -> bool:
    """ "repairs with no mechanic", "repairs nobody was assigned", "no one assigned": a key to another row that the row
    may leave empty (not the rows' own key), said after a word of nothing (at k, or "no one" ending at k): the rows
    where it is empty, no grouping by who it names."""
    if not c.is_id or not c.info.nullable or m.kind != "column":
        return False
    if set(c.words) - lx.ID_WORDS <= set(idx.tables[m.table].words):
        return False  # the rows' own key
    while r.low(k) in _PASSIVE | _BETWEEN:  # "nobody was assigned", "no one as the mechanic"
        k -= 1
    return r.low(k) in _NONE_WORDS or (r.low(k) == "one" and r.low(k - 1) == "no")


def having_said(r: Reading, m: Mention) -> bool:
    """ "with a chosen reply", "have an assignee": a word of holding right before the name (an article between)."""
    k = m.start - 1 - (r.low(m.start - 1) in {"a", "an", "any", "some"})
    return r.low(k) in HAVING_WORDS


def passive_event(r: Reading, c: ColumnEntry, m: Mention) -> bool:
    """ "how many items were returned": the row's nullable event date named by its participle right after an
    auxiliary, so the rows it happened to (the date filled in), not a time axis."""
    if c.info.kind != "temporal" or not c.info.nullable or m.end - m.start != 1:
        return False
    word = r.low(m.start)
    return lx.past_form(word) and r.low(m.start - 1) in _PASSIVE and m.end == len(r.tokens)


# "arrived via an invitation", "came through a recommendation": the way a row came in, named as a noun after these.
_THROUGH = frozenset({"through", "via"})


def keyed_event(idx: CatalogIndex, r: Reading, c: ColumnEntry, m: Mention) -> bool:
    """ "how many accounts were invited", "share of users who came in through an invitation": a key the row may leave
    empty (to another row, often of its own table), named by its verb as something that happened to the rows (a
    participle after an auxiliary, or its noun after "through a"), so the rows where the key is filled in."""
    if not c.is_id or not c.info.nullable or m.end - m.start != 1:
        return False
    if set(c.words) - lx.ID_WORDS <= set(idx.tables[m.table].words):
        return False  # the rows' own key
    before = r.low(m.start - 1)
    if before in AGENT_OPENERS and agent_by(r, m.start - 2):
        return True  # "classes taught by a substitute": the rows someone in that role did it for
    word = r.words[m.start]
    if word is None or not lx.past_form(word) or word not in c.words:
        return False
    through = before in {"a", "an"} and r.low(m.start - 2) in _THROUGH
    return before in _PASSIVE or through


# After a participle, "by" and one of these name who did it ("invited by another user"), no grouping.
AGENT_OPENERS = frozenset({"another", "other", "someone", "somebody", "a", "an"})


def agent_by(r: Reading, i: int) -> bool:
    """ "by" at `i` names who did what the participle before it says ("taught by a stand-in", "invited by another
    user"), not a grouping."""
    return r.low(i) == "by" and lx.past_form(r.low(i - 1)) and r.low(i + 1) in AGENT_OPENERS
