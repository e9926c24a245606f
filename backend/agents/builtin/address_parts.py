"""An address's domain (user@example.org): "users per address domain" groups the rows by the part of their address
after the '@' (split_part(address, '@', 2)), since grouping by each whole address would make one group per row. A column whose
sampled values are all addresses is also named by "domain" ("members by domain")."""

from __future__ import annotations

import re

from backend.agents.builtin.models import AnalysisPlan, Dimension
from backend.models.catalog import Catalog, ColumnInfo

DOMAIN_WORDS = frozenset({"domain", "domains"})
AT = "@"
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_MIN_SAMPLES = 3


def holds_addresses(col: ColumnInfo) -> bool:
    """A text column whose sampled values are all addresses written user@example.org."""
    texts = [s for s in col.samples if isinstance(s, str)]
    return col.kind == "text" and len(texts) >= _MIN_SAMPLES and all(_ADDRESS.fullmatch(s.strip()) for s in texts)


def address_domains(plan: AnalysisPlan, catalog: Catalog, words: set[str]) -> AnalysisPlan:
    """The plan with its groups by an address column read as groups by the address's domain, when the question
    says "domain"."""
    if not words & DOMAIN_WORDS:
        return plan
    renamed: dict[str, str] = {}
    dims: list[Dimension] = []
    for d in plan.dimensions:
        table = catalog.table(d.column.table)
        info = table.column(d.column.column) if table else None
        if d.bucket is None and d.after is None and not d.column.parts and info is not None and holds_addresses(info):
            alias = f"{d.alias}_domain"
            renamed[d.alias] = alias
            d = d.model_copy(update={"after": AT, "alias": alias, "key": None, "key_alias": None})
        dims.append(d)
    if not renamed:
        return plan
    order = [o.model_copy(update={"alias": renamed.get(o.alias, o.alias)}) for o in plan.order]
    return plan.model_copy(update={"dimensions": dims, "order": order})
