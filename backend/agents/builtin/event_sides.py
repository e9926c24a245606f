"""The two sides of a change a log row records: two text columns of one table whose names differ by a side word alone
(from_state / to_state, oldValue / newValue, status_before / status_after). A value both sides hold is the state
reached ("parcels rerouted", "moved to Done"), unless "from" is said before it ("changed from Draft"); "by the new
<noun>" / "by the old <noun>" group by that side, the noun a value of the log naming what changed (`event_sides`)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention

# The side word of each column of a pair, the state left first, the state reached second.
_PAIRS = (("from", "to"), ("old", "new"), ("previous", "new"), ("before", "after"), ("prev", "next"))
_LEFT_SAID = frozenset({"from", "old", "previous", "prior", "original"})
_REACHED_SAID = frozenset({"new", "to"})
_COMPARED = frozenset({"lower", "higher", "different", "other", "another", "previous", "earlier", "original"})
_CHANGE_NOUNS = frozenset({"change", "changes", "update", "updates", "transition", "transitions", "edit", "edits"})
# "priority got changed": the change said with its verb, after the words of a passive.
_CHANGE_VERBS = frozenset({"changed", "updated", "edited", "modified"})
_PASSIVE = frozenset({"get", "gets", "got", "gotten", "is", "was", "were", "are", "be", "been", "being"})
SIDE_SCORE = 3.5  # above any column its noun alone names
_Span = tuple[int, int, str | None]


@dataclass(frozen=True, slots=True)
class SidePair:
    """Two columns of `table`: `left` holds the state a change left, `reached` the state it reached."""

    table: str
    left: str
    reached: str


def side_pairs(idx: CatalogIndex) -> list[SidePair]:
    """Every pair of text columns of a table whose names differ by one side word alone."""
    out: list[SidePair] = []
    for t in idx.tables.values():
        texts = [c for c in t.columns if c.info.kind == "text" and not c.is_id]
        for old, new in _PAIRS:
            lefts = {_rest(c, old): c for c in texts if _rest(c, old) is not None}
            for c in texts:
                rest = _rest(c, new)
                if rest is not None and rest in lefts:
                    out.append(SidePair(t.info.name, lefts[rest].name, c.name))
    return out


def _rest(c: ColumnEntry, side: str) -> tuple[str, ...] | None:
    """The column's words without `side`, when it is one of them."""
    if side not in c.words:
        return None
    return tuple(w for w in c.words if w != side)


def event_sides(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """One side kept for a value both sides hold, and "by the new <noun>" read as the side reached."""
    pairs = side_pairs(idx)
    if not pairs:
        return mentions
    out = _changes_named(tokens, _grouped_sides(idx, tokens, mentions, pairs), {p.table for p in pairs})
    for p in pairs:
        sides = {
            c: {(m.start, m.end, m.value) for m in out if m.kind == "value" and m.table == p.table and m.column == c}
            for c in (p.left, p.reached)
        }
        both = sides[p.left] & sides[p.reached]
        left = {s for s in both if _said_left(tokens, s[0])}
        out = [m for m in out if not _other_side(m, p, both, left)]
        out = _moved_to(idx, tokens, out, p)
    return out


def _said_left(tokens: Sequence[lx.Token], start: int) -> bool:
    return start > 0 and tokens[start - 1].lower in _LEFT_SAID


def _other_side(m: Mention, p: SidePair, both: set[_Span], left: set[_Span]) -> bool:
    """Whether `m` is the side of a value both sides hold that the question did not mean."""
    if m.kind != "value" or m.table != p.table or (m.start, m.end, m.value) not in both:
        return False
    if m.column == p.left:
        return (m.start, m.end, m.value) not in left
    return m.column == p.reached and (m.start, m.end, m.value) in left


def _grouped_sides(
    idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention], pairs: list[SidePair]
) -> list[Mention]:
    """ "by the new priority": the side reached of the log whose rows name the noun as the field changed."""
    out: list[Mention] = list(mentions)
    for k, tok in enumerate(tokens[:-1]):
        said = tok.lower
        if said not in _REACHED_SAID | _LEFT_SAID or said in ("to", "from"):
            continue
        noun: list[Mention] = [m for m in out if m.start == k + 1 and m.kind == "value"]
        for p in pairs:
            named = next((m for m in noun if m.table == p.table and m.column not in (p.left, p.reached)), None)
            if named is None:
                continue
            column = p.reached if said in _REACHED_SAID else p.left
            out = [m for m in out if not (k <= m.start < named.end)]
            out.append(Mention(k, named.end, "column", p.table, column, SIDE_SCORE, via="name", spec=1.0))
            break
    return out


def _changes_named(tokens: Sequence[lx.Token], mentions: list[Mention], logs: set[str]) -> list[Mention]:
    """ "priority changes": a value of a log right before a word for its rows (a change, or the log's own noun) is
    what changed, no column of its name; that word names the log's rows, not a date of theirs."""
    out = list(mentions)
    for m in mentions:
        if m.kind != "value" or m.table not in logs or m.end >= len(tokens):
            continue
        tables = sorted((n for n in mentions if n.kind == "table" and n.start == m.end), key=lambda n: -n.score)
        at = _past_passive(tokens, m.end)
        changes = tokens[m.end].lower in _CHANGE_NOUNS or at is not None
        if not changes and not (tables and tables[0].table == m.table):
            continue
        out = [n for n in out if (n.kind == "value" and n.start == m.start) or not n.start <= m.start < n.end]
        if changes:
            k = m.end if at is None else at
            out = [n for n in out if n.start != k]
            out.append(Mention(k, k + 1, "table", m.table, None, SIDE_SCORE, via="name", spec=1.0))
    return out


def _past_passive(tokens: Sequence[lx.Token], k: int) -> int | None:
    """The position of a change's verb at `k`, or after the words of a passive from `k` ("got changed"), if any."""
    while k < len(tokens) and tokens[k].lower in _PASSIVE:
        k += 1
    return k if k < len(tokens) and tokens[k].lower in _CHANGE_VERBS else None


def _moved_to(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention], p: SidePair) -> list[Mention]:
    """ "raised to Urgent": a value after "to" that the side reached holds is a change the log records, not the
    value another table's rows hold now."""
    reached = [
        m
        for m in mentions
        if m.kind == "value" and m.table == p.table and m.column == p.reached and m.start > 0
        if tokens[m.start - 1].lower == "to"
    ]
    spans = {(m.start, m.end) for m in reached}
    values = {m.value for m in reached}
    return [
        m
        for m in mentions
        if not (m.kind == "value" and m.table != p.table and (m.start, m.end) in spans)
        and not (m.kind == "column" and values and _compared_side(idx, tokens, m, values))
    ]


def _compared_side(idx: CatalogIndex, tokens: Sequence[lx.Token], m: Mention, values: set[str | None]) -> bool:
    """ "raised to Urgent after being created with a lower rank": the column holding the value reached,
    named after a comparative, is the state the change left, no grouping."""
    c = idx.tables[m.table].col(m.column) if m.column else None
    if c is None or not values & set(c.info.values or []):
        return False
    before = [t.lower for t in tokens[max(0, m.start - 2) : m.start]]
    return any(w in _COMPARED for w in before)
