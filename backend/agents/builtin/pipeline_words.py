"""The pipeline of a sales table: "open pipeline by stage", "pipeline by close month" ask for the money of the deals
still open, the total of the table's money column over its rows not closed. Where no name of the catalog says
"pipeline" and one table holds both a money column and a yes/no column saying whether a row is closed (or open), the
word is read as "total open <money column>": the open state and the money the rest of the parser already knows."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry

_PIPELINE = "pipeline"
_OPEN = "open"
_TOTAL = "total"
_AGG_WORDS = frozenset({"total", "sum", "average", "avg", "mean", "median", "max", "min", "maximum", "minimum"})
_STATE_WORDS = frozenset({"closed", "open", "won"})  # an is_closed / IsOpen flag
_SHARE_WORDS = frozenset({"pct", "percent", "percentage", "rate", "ratio"})  # a discount in percent is no money


def _pipeline_money(idx: CatalogIndex) -> ColumnEntry | None:
    """The money column of the one table that has a money column and a closed/open flag."""
    found: list[ColumnEntry] = []
    for t in idx.tables.values():
        money = [c for c in t.columns if c.is_money and not c.is_id and not set(c.words) & _SHARE_WORDS]
        money = [c for c in money if c.additive] if len(money) > 1 else money  # an amount beside a per-item rate
        if len(money) == 1 and any(c.flag is not None and set(c.words) & _STATE_WORDS for c in t.columns):
            found.append(money[0])
    return found[0] if len(found) == 1 else None


def pipeline_words(tokens: list[lx.Token], idx: CatalogIndex) -> list[lx.Token]:
    """ "open pipeline by stage" read as "total open <money> by stage"."""
    at = [k for k, t in enumerate(tokens) if t.lower == _PIPELINE]
    if not at or idx.by_word.get(_PIPELINE):
        return tokens
    money = _pipeline_money(idx)
    if money is None:
        return tokens
    out: list[lx.Token] = []
    for k, t in enumerate(tokens):
        if k not in at:
            out.append(t)
            continue
        # The pipeline is a total: "total" goes before "open" unless an aggregate is said ("average pipeline").
        said_open = lx.low_at(tokens, k - 1) == _OPEN
        head = lx.low_at(tokens, k - 2 if said_open else k - 1)
        if head not in _AGG_WORDS:
            out.insert(len(out) - said_open, lx.word_token(_TOTAL, t.pos))
        if not said_open:
            out.append(lx.word_token(_OPEN, t.pos))
        # "pipeline amount": the money is said next; else the money column's own words stand for it.
        if lx.low_at(tokens, k + 1) not in money.words:
            out.extend(lx.word_token(w, t.pos) for w in money.words)
    return out
