"""Money stored in subunits (fare_cents, tipPence, bid_micros, or a comment saying "in cents") is read in whole
units: summed, averaged, compared and grouped divided by 100 (or a million), and named without the unit, so "total
revenue" reads 1,234.50 and is called total_fare, not 123450 total_fare_cents."""

from __future__ import annotations

import re

from backend.agents.builtin import lexicon as lx
from backend.models.catalog import ColumnInfo

# A word of a column's name saying the figures are subunits of money, and how many make one whole unit.
SUBUNIT_WORDS = {"cent": 100, "pence": 100, "penny": 100, "micro": 1_000_000}
# Units that are money by themselves; a micro is money only in a column named for money (bid_micros).
_MONEY_UNITS = frozenset({"cent", "pence", "penny"})
# "in cents", or the unit alone as a clause of its own: "amount paid out, cents", "fare (pence)".
_COMMENT = re.compile(
    r"\b(?:in|as|of)\s+(cents|pence|pennies|micros)\b|(?:^|[,;(])\s*(cents|pence|pennies|micros)\s*(?:[).;,]|$)",
    re.IGNORECASE,
)
_CONNECTIVES = frozenset({"in", "as", "of"})


def subunit_of(col: ColumnInfo, words: tuple[str, ...], money: bool) -> tuple[int, str] | None:
    """(how many stored units make one, the column's name in whole units) when a numeric column holds money in
    subunits: its name starts or ends on the unit (fare_cents, centsOwed), or its comment says so ("in cents", "paid out, cents")."""
    if col.kind != "numeric":
        return None
    if words and (unit := next((w for w in (words[-1], words[0]) if w in SUBUNIT_WORDS), None)):
        if unit not in _MONEY_UNITS and not money:
            return None
        rest = [w for w in words if w != unit]
        while rest and rest[-1] in _CONNECTIVES:
            rest.pop()  # amount_in_cents → amount
        return (SUBUNIT_WORDS[unit], "_".join(rest)) if rest else None
    said = _COMMENT.search(col.comment or "")
    if said is None:
        return None
    return SUBUNIT_WORDS.get(lx.stem((said.group(1) or said.group(2)).lower()), 100), col.name
