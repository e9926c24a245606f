""" "total revenue and orders by month", "average fare and trips per day": a plural noun of a table's rows said after
"and", next to a figure asked with an aggregate word, asks how many of those rows there are beside that figure, as
"total revenue and number of orders" says it. Rewritten so on the question's tokens before the rest reads them."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, singular

_FIGURE_AGGS = frozenset({"sum", "avg", "median"})
# What may follow the counted noun: the end, a grouping or a period ("by month", "per day", "in 2023", "last year").
_AFTER = frozenset({"by", "per", "for", "in", "over", "across", "each", "every", "last", "this", "during", "since",
                    "from", "between", "on", "at", "of", "broken", "split", "grouped", "?"})  # fmt: skip


def counted_after_and(tokens: list[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """The tokens with "number of" put before a plural noun of rows said after "and" and a figure's aggregate."""
    low = [t.lower for t in tokens]
    for i, w in enumerate(low):
        if w != "and" or i + 1 >= len(low) or not _figure_before(low, i):
            continue
        j = i + 1 + (low[i + 1] == "the")
        if j >= len(low) or (j + 1 < len(low) and low[j + 1] not in _AFTER) or not _rows_noun(idx, tokens[j]):
            continue
        said = [lx.word_token("number"), lx.word_token("of")]
        kept = [*tokens[:j], *said, *tokens[j:]]
        return lx.renumbered(kept)
    return tokens


def _figure_before(low: list[str], at: int) -> bool:
    """An aggregate word of a figure opens the words before "and" ("total revenue", "the average fare"), and no
    count is said there already (a second count is the reader's own business)."""
    said = [lx.AGG_PHRASES.get((w,)) for w in low[:at]]
    near = said[max(0, at - 4) :]
    return any(a in _FIGURE_AGGS for a in near) and "count" not in said and not {"number", "many"} & set(low[:at])


def _rows_noun(idx: CatalogIndex, tok: lx.Token) -> bool:
    """A plural that is the noun of some table's rows (the final word of its name) and the last word of no column but keys."""
    if tok.number is not None or not tok.lower.isalpha() or tok.lower == tok.stem or not tok.lower.endswith("s"):
        return False
    one = lx.stem(singular(idx, tok.lower))
    if not any(t.words and lx.stem(t.words[-1]) == one for t in idx.tables.values()):
        return False
    # a column the noun heads is that figure ("total revenue and orders" over a column num_orders), read as named
    return not any(
        c.words and lx.stem(c.words[-1]) == one for t in idx.tables.values() for c in t.columns if not c.is_id
    )
