"""A plural noun that only qualifies a column names the rows, not the column. "signups by day of week", "which months
bring the most signups" over a table whose text column is called after the sign-up's channel (`signup_source`,
`SignupChannel`): the plural counts the table's rows, one per sign-up, by their own date; the column is named only
when its head is said too ("by signup source"). A word of money taken in ("sales" of a `sales_region`) or a word that
also names a table stays as read."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention

QUALIFIER_SCORE = 3.0  # as a table named by its own noun


def qualifier_rows(idx: CatalogIndex, tokens: Sequence[lx.Token], mentions: list[Mention]) -> list[Mention]:
    """The mentions with a plural noun that names only a leading word of one text column read as that column's table's
    rows."""
    out = list(mentions)
    stems = {t.stem for t in tokens}
    for k, tok in enumerate(tokens):
        if tok.lower == tok.stem or not tok.lower.isalpha() or tok.lower in lx.TAKINGS or tok.stem in lx.TAKINGS:
            continue  # a plural only ("signups"), never money taken in
        at = [m for m in mentions if m.start <= k < m.end]
        if not at or any(m.kind != "column" or m.end - m.start != 1 or m.via != "name" for m in at):
            continue
        tables = {m.table for m in at}
        if len(at) != 1 or len(tables) != 1 or any(tok.stem in t.words for t in idx.tables.values()):
            continue
        m = at[0]
        c = idx.tables[m.table].col(m.column or "")
        if c is None or c.info.kind != "text" or c.is_id or not c.info.values or not c.words:
            continue  # a column of kinds only, never a key ("orders" of an order number counts orders)
        if c.words[-1] == tok.stem or c.words[-1] in stems:
            continue  # the column's own head said: "signup source"
        if tok.stem not in c.words:
            continue
        out.remove(m)
        out.append(Mention(k, k + 1, "table", m.table, None, QUALIFIER_SCORE, "qualifier", spec=m.spec))
    return out
