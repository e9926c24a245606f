"""Two values of one column set against each other as one figure: "difference in average wingspan between Ruritania
and Borduria", "ratio of Ruritanian kites to Bordurian kites", "how many more orders from Ruritania than from Borduria",
"how many times more …". The measure over the rows of the first value said, minus (or over) the measure over the rows
of the second: one number, not the two groups side by side nor the rows of both."""

from __future__ import annotations

from backend.agents.builtin.models import Filter, Measure
from backend.agents.builtin.reading import Reading
from backend.agents.builtin.role_model import Roles

_DIFFERENCE = frozenset({"difference", "differ", "differs", "gap"})
# "times" sets two figures against each other only before a comparative: "3 times more", "how many times as many".
_TIMES_BEFORE = frozenset({"more", "as", "higher", "larger", "greater", "bigger", "less", "fewer", "lower", "smaller"})


def _asked(r: Reading) -> str | None:
    """'difference' or 'ratio' when the question sets two figures against each other, else None."""
    low = [t.lower for t in r.tokens]
    if "ratio" in low or any(w == "times" and low[k + 1 : k + 2] and low[k + 1] in _TIMES_BEFORE for k, w in
                             enumerate(low)):  # fmt: skip
        return "ratio"
    if set(low) & _DIFFERENCE:
        return "difference"
    more = any(low[k : k + 3] in (["how", "many", "more"], ["how", "much", "more"]) for k in range(len(low)))
    return "difference" if more and "than" in low else None


def _said_order(r: Reading, pair: Filter) -> list[object]:
    """The pair's values in the order the question says them (the first is the one set against the second)."""
    at = {m.value: m.start for m in r.mentions if m.kind == "value" and m.column == pair.column.column}
    return sorted(pair.values, key=lambda v: at.get(str(v), len(r.tokens)))


def contrast_values(r: Reading, ro: Roles, filters: list[Filter]) -> tuple[Measure, list[Filter]] | None:
    """(the one figure, the filters left) of a question setting two values of one column against each other."""
    kind = _asked(r)
    if kind is None or ro.dims:
        return None
    pairs = [f for f in filters if f.op == "in" and len(f.values) == 2 and f.having is None and f.among is None]
    if len(pairs) != 1:
        return None
    if len(ro.measures) > 1 or (not ro.measures and ro.numeric_cols):
        return None
    m = ro.measures[0] if ro.measures else Measure(agg="count", alias="count")
    if m.span or m.operands() or m.share_of or m.per or m.of_each or m.within or m.running or m.of_total or m.change:
        return None
    pair = pairs[0]
    first, second = _said_order(r, pair)
    sides = [[pair.model_copy(update={"op": "=", "values": [v], "label": str(v)})] for v in (second, first)]
    measure = m.model_copy(update={"span": sides, "span_ratio": kind == "ratio", "alias": f"{kind}_{m.alias}"})
    return measure, [f for f in filters if f is not pair]
