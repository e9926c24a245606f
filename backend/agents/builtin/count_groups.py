""" "number of guests by number of reservations", "how many customers have placed one order, how many two, three and
so on": the members counted per how many rows each has — each member's count of rows, and how many members share
each count. Read as the distribution of the rows per member, in steps of one (every count its own bar)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex

_COUNTING = (("number", "of"), ("how", "many"), ("count", "of"))
_BY = frozenset({"by", "per", "against", "vs", "versus"})
_ONE = frozenset({"one", "1", "single"})
_TWO = frozenset({"two", "2"})


def _counting_at(low: list[str], i: int) -> bool:
    return tuple(low[i : i + 2]) in _COUNTING


def _plural(t: lx.Token) -> bool:
    return t.number is None and t.lower.isalpha() and t.lower != t.stem and t.lower not in lx.STOPWORDS


def _figure_column(t: lx.Token, idx: CatalogIndex) -> bool:
    """The word names a figure each row holds (a count of seats, of points) and no table: "by number of seats"
    groups by that column's values, it counts no rows of another table."""
    if any(t.stem in e.words for e in idx.tables.values()):
        return False
    return any(c.info.kind == "numeric" and not c.is_id for c in idx.by_word.get(t.stem, []))


def counted_per_count(tokens: list[lx.Token], idx: CatalogIndex) -> tuple[list[lx.Token], bool]:
    """The tokens rewritten "distribution of B per A" when they count members A per their number of rows B, and
    whether they were."""
    low = [t.lower for t in tokens]
    for i in range(len(low)):
        if not _counting_at(low, i) or i + 2 >= len(low) or not _plural(tokens[i + 2]):
            continue
        members = i + 2
        # "number of guests by number of reservations"
        k = members + 1
        if (
            k < len(low)
            and low[k] in _BY
            and _counting_at(low, k + 1)
            and k + 3 < len(low)
            and _plural(tokens[k + 3])
            and not _figure_column(tokens[k + 3], idx)
        ):
            return _rewritten(tokens, i, members, k + 3, k + 4), True
        # "how many customers have placed one order, how many two, three …"
        one = next((j for j in range(members + 1, min(members + 5, len(low))) if low[j] in _ONE), None)
        if one is None or one + 1 >= len(low) or not low[one + 1].isalpha() or low[one + 1] in lx.STOPWORDS:
            continue
        if any(w in _TWO for w in low[one + 2 :]):
            return _rewritten(tokens, i, members, one + 1, len(low)), True
    return tokens, False


def _rewritten(tokens: list[lx.Token], start: int, members: int, rows: int, end: int) -> list[lx.Token]:
    said = [lx.word_token("distribution"), lx.word_token("of"), tokens[rows], lx.word_token("per"), tokens[members]]
    kept = tokens[:start] + said + (tokens[end:] if end < len(tokens) else [])
    return lx.renumbered(kept)
