"""A count listed among other aggregates ("count and average price by kind", "count, min and max fine by code"): the
number of rows beside the other figures, not a word lost between them."""

from __future__ import annotations

from backend.agents.builtin.models import Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles, measure_alias


def count_beside(r: Reading, ro: Roles, noun: str) -> None:
    """Put the row count first when a bare count word is followed by another aggregate (after "and", or a comma the
    tokens drop) and no count was read."""
    if any(m.agg in ("count", "count_distinct") for m in ro.measures):
        return
    for a in r.aggs:
        if a.agg != "count" or a.distinct or a.end - a.start != 1:
            continue
        nxt = a.end + (r.low(a.end) == "and")
        if any(b.start == nxt and b.agg != "count" for b in r.aggs):
            ro.measures.insert(0, Measure(agg="count", alias=measure_alias("count", None, noun)))
            return
