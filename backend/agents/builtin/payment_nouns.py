"""Payments kept under another noun. A processor's export keeps the payments it took as "charges" or "transactions":
rows of money whose state says whether each went through or fell through. Where no table is called by the word
"payment", "payments" ("payments that bounced, per month", "5 biggest payments", "how many successful payments in
2024") names that table, never a table of money given back (refunds, reversals) that happens to share its states,
nor a column whose comment mentions a payment in passing. The singular before another noun names it only when that
noun is said of the same table ("payment amounts"); "payment attempts" of another table's count stays that count.

Money taken in ("revenue by month", "gross volume") in a catalog keeping no sales of its own (orders, bookings, their
lines) where several tables hold an amount alike is the money of the payments that went through: the payments table's money outranks a refund's, a dispute's or a payout's
amount, which only the table's own noun would name. "gross volume", "payment volume" are money, not a quantity, where no
column is called a volume."""

from __future__ import annotations

import re
from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.settled_money import settled_state

# The nouns a payments table is kept under when it is not called payments: money taken from a payer.
_TAKEN_NOUNS = frozenset({"charge", "transaction", "txn"})
_PAYMENT = "payment"
PAYMENT_SCORE = 3.0  # as a table named by its own noun
TAKINGS_BONUS = 0.3  # money taken in read on the payments table's money rather than an amount alike elsewhere
# Words before "volume" that make it the money moved: "gross volume", "payment volume", "dollar volume".
_VOLUME_MONEY = frozenset({"gross", "payment", "payments", "dollar", "transaction", "processing", "charge"})
# The nouns of tables of sales (a shop's orders and their lines): where one is kept, money taken in is read there.
_SALE_NOUNS = frozenset({"order", "sale", "purchase", "check", "receipt", "basket", "cart", "booking"})
_VOLUME = re.compile(r"(?<![\w-])(" + "|".join(sorted(_VOLUME_MONEY)) + r")\s+volumes?(?![\w-])", re.IGNORECASE)


def payment_tables(idx: CatalogIndex) -> list[str]:
    """The tables "payments" names when no table is called so: a table of charges or transactions whose state
    column holds a settled value beside one of a payment that fell through."""
    if any(_PAYMENT in t.words for t in idx.tables.values()):
        return []
    return [
        name
        for name, t in idx.tables.items()
        if t.words and lx.stem(t.words[-1]) in _TAKEN_NOUNS and settled_state(idx, name) is not None
    ]


def payment_mentions(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with the payments table wherever the question says "payments" (or "payment" before a word said of
    that table), unless a table is read there already."""
    said = [k for k, t in enumerate(tokens) if t.stem == _PAYMENT]
    if not said:
        return mentions
    tables = payment_tables(idx)
    added: list[Mention] = []
    named: set[int] = set()
    for k in said:
        if any(m.kind == "table" and m.start <= k < m.end for m in mentions):
            continue
        for name in tables:
            if tokens[k].lower == _PAYMENT and not _said_of(mentions, k + 1, name):
                continue  # "payment attempts": a noun of another table's, the singular only qualifying it
            added.append(Mention(k, k + 1, "table", name, None, PAYMENT_SCORE, "payment", spec=1.0))
            named.add(k)
    # The rows named, no money meant by the word: "bounced payments per month" counts them.
    kept = [m for m in mentions if not (m.via == "concept" and m.start in named and m.end == m.start + 1)]
    return [*kept, *added]


def _said_of(mentions: list[Mention], k: int, table: str) -> bool:
    """The word at k names a column of `table` (or nothing the catalog holds at all)."""
    at = [m for m in mentions if m.start <= k < m.end and m.kind == "column"]
    return not at or any(m.table == table for m in at)


def paid_tables(idx: CatalogIndex) -> list[str]:
    """The tables of payments: called payments, charges or transactions, whose state column holds a settled value
    beside one of a payment that fell through."""
    return [
        name
        for name, t in idx.tables.items()
        if t.words and lx.stem(t.words[-1]) in _TAKEN_NOUNS | {_PAYMENT} and settled_state(idx, name) is not None
    ]


def takings_on_payments(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """ "revenue by month": a takings word read as money of several tables alike is the payments table's money."""
    at = {k for k, t in enumerate(tokens) if t.lower in lx.TAKINGS or t.stem in lx.TAKINGS}
    if not at:
        return mentions
    paid = set(paid_tables(idx))
    if not paid or _sales_kept(idx, paid):
        return mentions
    for m in mentions:
        if m.kind == "column" and m.via == "concept" and m.table in paid and m.start in at and m.column is not None:
            c = idx.tables[m.table].col(m.column)
            if c is not None and c.is_money:
                m.score += TAKINGS_BONUS
    return mentions


def restate_volume(question: str, idx: CatalogIndex) -> str | None:
    """ "gross volume by month" as "revenue by month": the money moved, where no column is called a volume."""
    paid = set(paid_tables(idx))
    if idx.by_word.get("volume") or not paid or _sales_kept(idx, paid):
        return None
    out = _VOLUME.sub("revenue", question)
    return out if out != question else None


def _sales_kept(idx: CatalogIndex, paid: set[str]) -> bool:
    """The catalog keeps sales of its own (orders, bookings, their lines) beside the payments: "revenue" is read
    there as anywhere, the payments only settle it."""
    return any(name not in paid and any(lx.stem(w) in _SALE_NOUNS for w in t.words) for name, t in idx.tables.items())
