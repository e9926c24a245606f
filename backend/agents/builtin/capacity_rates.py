"""A use of capacity asked by its name ("occupancy %", "occupancy rate", "utilisation", their short forms, "load
factor"): 100 × the total of the figure saying how much of a capacity was taken (beds occupied, seats sold, units
used) over the total of the figure saying how much there was (units available, capacity) on the same rows — a ratio
of totals, the way occupancy is reported, not an average of each row's own share. The words are written as
"taken / available %" in the two columns' own words, which the ratio reading takes."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, TableEntry

# Names of a capacity's use: one word, or two read together ("load factor").
_USE_NOUNS = frozenset({"occupancy", "utilisation", "utilization"})
_USE_PAIRS = frozenset({("load", "factor"), ("fill", "rate")})
_RATE_NOUNS = frozenset({"%", "percent", "percentage", "pct", "rate", "ratio"})
# Words of a column counting what of a capacity was taken, and of one counting the capacity.
_TAKEN = frozenset({"occupied", "sold", "used", "filled", "taken", "let", "rented", "utilised", "utilized"})
_CAPACITY = frozenset({"available", "availability", "capacity", "supply", "bookable", "sellable"})
# Words before the noun that make it another figure: "max occupancy" is how many a unit holds.
_NOT_USE = frozenset({"max", "maximum", "min", "minimum", "standard", "base"})


def _count_col(c: ColumnEntry) -> bool:
    return c.info.kind == "numeric" and not c.is_id and not c.is_money and not c.is_year


def capacity_pair(table: TableEntry) -> tuple[ColumnEntry, ColumnEntry] | None:
    """(taken, available) of a table that has exactly one figure of each, of one thing when both name it."""
    taken = [c for c in table.columns if _count_col(c) and set(c.words) & _TAKEN]
    whole = [c for c in table.columns if _count_col(c) and set(c.words) & _CAPACITY]
    pairs = [(a, b) for a in taken for b in whole if a is not b]
    shared = [(a, b) for a, b in pairs if set(a.words) - _TAKEN - {"qty", "count", "cnt", "num"} & set(b.words)]
    found = shared or pairs
    return found[0] if len(found) == 1 else None


def _pairs(idx: CatalogIndex) -> list[tuple[ColumnEntry, ColumnEntry]]:
    return [p for t in idx.tables.values() if (p := capacity_pair(t)) is not None]


def _span(low: list[str], k: int) -> int:
    """How many words name a capacity's use from k on (0: none)."""
    short = 3 <= len(low[k]) <= 5 and any(lx.abbreviates(low[k], w) for w in _USE_NOUNS)  # a short form of one
    if (low[k] in _USE_NOUNS or short) and (k == 0 or low[k - 1] not in _NOT_USE):
        return 1
    return 2 if tuple(low[k : k + 2]) in _USE_PAIRS else 0


def capacity_rates(tokens: list[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """ "occupancy %" rewritten "<taken> / <available> %" where one table of the catalog has such a pair of figures
    and no column is named by the words themselves (an occupancy column is what it says)."""
    low = [t.lower for t in tokens]
    for k in range(len(low)):
        n = _span(low, k)
        if not n:
            continue
        named = {lx.stem(w) for w in low[k : k + n]}
        if any(set(c.words) - _RATE_NOUNS - {"qty"} == named for t in idx.tables.values() for c in t.columns):
            return tokens  # a column called occupancy (occupancy_pct): the column itself
        found = _pairs(idx)
        if len(found) != 1:
            return tokens
        taken, whole = found[0]
        rate = low[k + n] in _RATE_NOUNS if k + n < len(low) else False
        said = [
            *(lx.word_token(w) for w in lx.name_words(taken.name)),
            lx.word_token("/"),
            *(lx.word_token(w) for w in lx.name_words(whole.name)),
            lx.word_token("%"),
        ]
        return lx.renumbered([*tokens[:k], *said, *tokens[k + n + rate :]])
    return tokens
