"""A yes/no column said as an adjective of the noun after it ("average won deal size", "total paid fee by
venue", "mean closed ticket age"): the aggregate before the flag's word is of that noun, so the flag keeps the rows
where it is yes instead of being averaged or summed itself."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.reading import Reading


def qualifies_noun(r: Reading, mentions: Sequence[Mention], idx: CatalogIndex, flag: Mention) -> bool:
    """A table's noun or a column that is no yes/no flag follows the flag's word directly (past the aggregate a
    phrase such as "deal size" was read as)."""
    start = next((a.end for a in r.aggs if a.start == flag.end), flag.end)
    for m in mentions:
        if m.start != start or m.kind not in ("table", "column"):
            continue
        if m.kind == "table":
            return True
        col = idx.tables[m.table].col(m.column) if m.column else None
        if col is not None and col.flag is None:
            return True
    return False
