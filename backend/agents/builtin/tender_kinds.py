"""How a payment was made, said the way tills and payment reports say it: "tender type", "payment type", "form of
payment", "payment mode". The column meant is the one whose values (or the meanings its comment gives its codes) are
kinds of payment: one of them a payment instrument (credit, debit, a cheque, a voucher), whatever the
column is called (a source type, a payment code), so "share of payments by tender type" groups by it rather than by
some other "type"."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention

# The words a question names the way a payment was made with, as pairs of a first word and the words after it.
_SAID = {
    "tender": frozenset({"type", "types", "kind", "kinds", "mix", ""}),
    "tenders": frozenset({""}),
    "payment": frozenset({"type", "types", "mode", "modes", "kind", "kinds"}),
    "pay": frozenset({"type", "types", "mode"}),
}
_OF_PAYMENT = frozenset({"mode", "means", "form"})  # "form of payment", "means of payment"
# Words of payment instruments a value of such a column is spelled with.
_INSTRUMENTS = frozenset({"credit", "debit", "cheque", "voucher", "eftpos"})
_MOST_KINDS = 15
TENDER_SCORE = 3.4  # above a name said whole in one word (3.0): the values say what the column is


def tender_column(idx: CatalogIndex, table: str) -> ColumnEntry | None:
    """The table's one column whose values (or their meanings) are kinds of payment, one a payment instrument."""
    t = idx.tables.get(table)
    if t is None:
        return None
    found = [c for c in t.columns if _kinds_of_payment(idx, table, c)]
    return found[0] if len(found) == 1 else None


def _kinds_of_payment(idx: CatalogIndex, table: str, c: ColumnEntry) -> bool:
    meanings = [m for (tn, cn, _), m in idx.meanings.items() if tn == table and cn == c.name]
    if c.is_id and not meanings:
        return False  # a code column whose comment explains its codes is a kind, not a key
    values = list(c.info.values or []) if c.info.kind == "text" else []
    said = [set(lx.name_words(v)) for v in values + meanings]
    if not said or len(said) > _MOST_KINDS:
        return False
    return len(said) >= 2 and any(w & _INSTRUMENTS for w in said)


def tender_mentions(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with the payment-kind column of each table that has one, over the words that say how a payment
    was made ("tender type", "payment type", "form of payment")."""
    spans: list[tuple[int, int]] = []
    low = [t.lower for t in tokens]
    for k, w in enumerate(low):
        nxt = low[k + 1] if k + 1 < len(low) else ""
        if w in _SAID and nxt and nxt in _SAID[w]:
            spans.append((k, k + 2))
        elif w in _SAID and "" in _SAID[w]:
            spans.append((k, k + 1))
        elif w in _OF_PAYMENT and nxt == "of" and k + 2 < len(low) and low[k + 2] in {"payment", "paying"}:
            spans.append((k, k + 3))
    if not spans:
        return mentions
    found = [c for name in idx.tables if (c := tender_column(idx, name)) is not None]
    added = [
        Mention(a, b, "column", c.table, c.name, TENDER_SCORE, "concept", spec=0.8) for a, b in spans for c in found
    ]
    return [*mentions, *added]
