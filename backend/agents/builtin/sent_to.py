"""Where a thing was sent, not the state it is in: "revenue for orders shipped to <place>" are the orders whose ship-to
place is that place; 'shipped' stored as a status is no filter there. A verb of sending (shipped, delivered, sent, billed,
invoiced, mailed, dispatched) right before "to" and a place or party ("to <place>", "to the <name> depot") names where
the rows went: the verb's own reading as a stored value is dropped, and the place is read in a column whose name says
that role (a ship-to place over the customer's own) where one holds it. With no such column, the key in that
role (`fk_roles`) leads to the place. "orders shipped in May", "shipped orders" and "emails sent to customers" (no
place after "to") keep the verb as a state."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.fk_roles import key_direction, names_role, role_words
from backend.agents.builtin.reading import Reading

_SENDING = frozenset({"shipped", "delivered", "sent", "billed", "invoiced", "mailed", "dispatched"})
_ARTICLES = frozenset({"the", "a", "an"})


def _place_at(r: Reading, mentions: list[Mention], k: int) -> int | None:
    """Where the place after "to" starts: a stored value, or a name written with a capital letter."""
    k += r.low(k) in _ARTICLES
    if k >= len(r.tokens):
        return None
    if any(m.kind == "value" and m.start == k for m in mentions) or r.tokens[k].text[:1].isupper():
        return k
    return None


def _in_role(idx: CatalogIndex, m: Mention, verb: str) -> bool:
    """The value's column is named for the verb's role: a ship-to place for "shipped", a bill-to one for "billed"."""
    c = idx.tables[m.table].col(m.column or "")
    return c is not None and any(names_role(verb, w) for w in c.words if w not in lx.STOPWORDS)


def _reached_in_role(idx: CatalogIndex, m: Mention, verb: str) -> bool:
    """The value's table is the one a key in the verb's role or heading somewhere points at: a ship-to address,
    a destination depot."""
    return any(
        fk.ref_table == m.table
        and (
            (roles := role_words(idx, fk)) and (key_direction(roles) == "to" or any(names_role(verb, w) for w in roles))
        )
        for fk in idx.foreign_keys
        if fk.table in idx.tables and fk.table != m.table
    )


def destination_mentions(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """The mentions with a verb of sending before "to" and a place read as the place the rows went: no state value
    on the verb, and the place in a column named for the verb's role where one holds it."""
    out = list(mentions)
    for k, t in enumerate(r.tokens):
        if t.lower not in _SENDING or r.low(k + 1) != "to":
            continue
        at = _place_at(r, out, k + 2)
        if at is None:
            continue
        out = [m for m in out if not (m.kind == "value" and (m.start, m.end) == (k, k + 1))]
        places = [m for m in out if m.kind == "value" and m.start == at]
        named = [m for m in places if _in_role(idx, m, t.lower)] or [
            m for m in places if _reached_in_role(idx, m, t.lower)
        ]
        if named:
            out = [m for m in out if m not in places or m in named]
    return out if out != mentions else mentions
