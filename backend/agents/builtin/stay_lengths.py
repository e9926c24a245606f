"""A stay's length asked by its name ("length of stay", "stay length", "length of the stays"): the column counting a
stay's nights (nights, a nights count, NightCount) is how long it lasted, where the catalog has exactly one such
count and no column named for a stay's length. The words are written as that column's own words, which the
measure reading takes ("min / avg / max length of stay by segment": the nights' minimum, average and maximum)."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry

_LENGTH = frozenset({"length", "duration"})
_STAY = frozenset({"stay", "stays"})
_NIGHT = "night"
# Words a count's name adds to what it counts (a quantity, a count, a number of).
_COUNT_WORDS = frozenset({"qty", "count", "cnt", "num", "number", "no", "total", "nbr"})


def _nights(idx: CatalogIndex) -> ColumnEntry | None:
    found = [
        c
        for t in idx.tables.values()
        for c in t.columns
        if c.info.kind == "numeric"
        and not c.is_id
        and not c.is_money
        and set(lx.name_words(c.name)) - _COUNT_WORDS == {_NIGHT}
    ]
    return found[0] if len(found) == 1 else None


def _span(low: list[str], k: int) -> int:
    """How many words from k on say a stay's length (0: none)."""
    if low[k] in _LENGTH:
        n = 1 + (low[k + 1 : k + 2] == ["of"])
        n += n == 2 and low[k + 2 : k + 3] in (["a"], ["the"])
        return n + 1 if n >= 2 and low[k + n : k + n + 1] and low[k + n] in _STAY else 0
    if low[k] in _STAY and low[k + 1 : k + 2] and low[k + 1] in _LENGTH:
        return 2
    return 0


def stay_lengths(tokens: list[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """ "length of stay" rewritten as the words of the one column counting nights."""
    low = [t.lower for t in tokens]
    for k in range(len(low)):
        n = _span(low, k)
        if not n:
            continue
        if any(set(c.words) >= {"stay"} and set(c.words) & _LENGTH for t in idx.tables.values() for c in t.columns):
            return tokens  # a stay_length column is what the words name
        nights = _nights(idx)
        if nights is None:
            return tokens
        said = [lx.word_token(w) for w in lx.name_words(nights.name)]
        return lx.renumbered([*tokens[:k], *said, *tokens[k + n :]])
    return tokens
