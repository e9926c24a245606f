"""Numeric conditions in a question ("over 100", "between 10 and 20", "with 8 cylinders"), not yet tied to a column."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.models import FilterOp

if TYPE_CHECKING:
    from backend.agents.builtin.reading import Reading

_GT = {"over": ">", "above": ">", "exceeding": ">", "exceeds": ">", ">": ">", ">=": ">="}
_LT = {"under": "<", "below": "<", "<": "<", "<=": "<="}
_MORE = {"more", "greater", "higher", "bigger", "larger", "longer", "heavier", "older"}
_LESS = {"less", "fewer", "lower", "smaller", "shorter", "lighter", "younger", "cheaper"}
_SCALE = {"thousand": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9}


@dataclass(slots=True)
class Comparison:
    """A numeric condition such as "over 100" or "between 10 and 20", not yet tied to a column."""

    start: int
    end: int
    op: FilterOp
    values: list[float]
    money: bool
    concepts: list[str] = field(default_factory=list[str])  # what a unit or comparative names: "150 minutes" → length


def read_comparisons(r: Reading, used: set[int]) -> None:
    """Numeric conditions; the tokens they use are consumed."""
    toks = r.tokens
    i = 0
    while i < len(toks):
        w = toks[i].lower
        op: FilterOp | None = None
        j = i + 1
        if w in _GT:
            op = _GT[w]  # type: ignore[assignment]
        elif w in _LT:
            op = _LT[w]  # type: ignore[assignment]
        elif w in _MORE and r.low(i + 1) == "than":
            op, j = ">", i + 2
        elif w in _LESS and r.low(i + 1) == "than":
            op, j = "<", i + 2
        elif w == "at" and r.low(i + 1) in {"least", "most"}:
            op, j = (">=" if r.low(i + 1) == "least" else "<="), i + 2
        elif w == "up" and r.low(i + 1) == "to":
            op, j = "<=", i + 2
        elif w == "between":
            op = "between"
        elif (
            w in {"have", "has", "having", "with"} and r.low(i + 2) not in _SCALE and r.low(i + 2) not in lx.UNIT_WORDS
        ):
            op = "="  # "cars with 8 cylinders": equality on the column named after the number
        if op is None or i in used:
            i += 1
            continue
        money = r.low(j) == "$"
        j += 1 if money else 0
        if j >= len(toks) or toks[j].number is None or j in used:
            i += 1
            continue
        values = [toks[j].number or 0.0]
        end = j + 1
        if r.low(end) in _SCALE:
            values[0] *= _SCALE[r.low(end)]
            end += 1
        if op == "between":
            k = j + 1
            if r.low(k) in {"and", "to", "-"}:
                k += 1
                money = money or r.low(k) == "$"
                k += 1 if r.low(k) == "$" else 0
                if k < len(toks) and toks[k].number is not None:
                    values.append((toks[k].number or 0.0) * _SCALE.get(r.low(k + 1), 1))
                    values[0] *= _SCALE.get(r.low(k + 1), 1) if r.low(j + 1) not in _SCALE else 1
                    end = k + 1 + (r.low(k + 1) in _SCALE)
            if len(values) < 2:
                i += 1
                continue
        if r.low(end) == "%":
            end += 1
        concepts = [c for c in (lx.COMPARATIVES.get(w), lx.COMPARATIVES.get(r.low(i - 1))) if c]
        if r.low(end) in lx.COMPARATIVES and r.low(end) not in lx.STOPWORDS:
            concepts.insert(0, lx.COMPARATIVES[r.low(end)])  # a unit is more specific than an adjective
            if r.low(end) not in ("weigh", "cost"):
                end += 1  # the unit belongs to the condition: "over 1000 miles"
        r.comparisons.append(Comparison(i, end, op, values, money, concepts))
        used |= set(range(i, end))
        i = end
