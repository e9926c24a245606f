"""Direction words on from/to schemas: "departing OSL" is the origin-like column, "going to BGO" the destination."""

from __future__ import annotations

from typing import Literal

from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention, TableEntry
from backend.agents.builtin.reading import Reading

Direction = Literal["from", "to"]

_FROM_WORDS = frozenset(
    {"from", "departing", "depart", "departs", "departed", "leaving", "leave", "leaves", "out", "outbound"}
)
_TO_WORDS = frozenset({"to", "into", "arriving", "arrive", "arrives", "arrived", "going", "inbound", "towards"})
_SKIP = frozenset({"at", "of", "the", "a", "an", "in", "for", "and"})
FROM_COLS = frozenset({"origin", "source", "from", "departure", "depart", "src", "start", "sender"})
TO_COLS = frozenset({"destination", "dest", "target", "to", "arrival", "arrive", "dst", "end", "receiver"})


_VERBS_FROM = frozenset({"departing", "leaving", "outbound", "departures", "departure"})
_VERBS_TO = frozenset({"arriving", "inbound", "arrivals", "arrival", "incoming"})


def verb_direction(r: Reading) -> Direction | None:
    """A direction verb anywhere in the question: "the most departing trips per station"."""
    words = {t.lower for t in r.tokens}
    if words & _VERBS_FROM:
        return "from"
    if words & _VERBS_TO:
        return "to"
    return None


def column_direction(words: tuple[str, ...]) -> Direction | None:
    """'from' for origin-like column names, 'to' for destination-like ones."""
    w = set(words)
    if w & FROM_COLS:
        return "from"
    if w & TO_COLS:
        return "to"
    return None


def word_direction(r: Reading, pos: int, nouns: frozenset[str]) -> Direction | None:
    """The direction word governing the phrase at pos ("going to", "out of", "<rows> departing"), if any.

    `nouns` are the words of table names: "trips from X" reads through the table's noun to the direction word.
    """
    for k in range(pos - 1, max(pos - 4, -1), -1):
        w = r.low(k)
        if w in _FROM_WORDS:
            return "from"
        if w in _TO_WORDS:
            return "to"
        if w not in _SKIP and (r.words[k] or "") not in nouns:
            return None
    return None


def steer(r: Reading, idx: CatalogIndex, cluster: set[str], picked: list[Mention]) -> list[Mention]:
    """Swap a value mention for one of the same span whose column matches the direction word before it."""
    out: list[Mention] = []
    nouns = frozenset(w for name in cluster for w in idx.tables[name].words)
    for m in picked:
        want = word_direction(r, m.start, nouns) if m.kind == "value" else None
        if want is None or _dir_of(idx, m) == want:
            out.append(m)
            continue
        alt = next(
            (
                x
                for x in r.mentions
                if x.kind == "value"
                and (x.start, x.end) == (m.start, m.end)
                and x.table in cluster
                and _dir_of(idx, x) == want
            ),
            None,
        )
        out.append(alt or m)
    return out


def _dir_of(idx: CatalogIndex, m: Mention) -> Direction | None:
    c = idx.tables[m.table].col(m.column) if m.column else None
    return column_direction(c.words) if c is not None else None


def direction_grouping(r: Reading, main: TableEntry) -> ColumnEntry | None:
    """ "the most departing trips per station", "which 5 stations have the most departing trips": the origin-like
    column to group by when nothing else groups (a grouping word, or a ranked noun, asks for one)."""
    heading = verb_direction(r)
    cued = any(r.low(i) in {"per", "by", "each"} for i in range(len(r.tokens))) or bool(r.entity_at)
    if heading is None or not cued:
        return None
    return next((c for c in main.columns if c.info.kind == "text" and column_direction(c.words) == heading), None)
