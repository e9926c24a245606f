"""Revenue per user: "ARPU", "ARPU by month", "average revenue per user" restated as the average revenue per member
of the catalog's members' table ("average revenue per customer"), which reads as the total money over the members
(each month: over the members with money that month). The members are the table the word names, or, for a word no
table has ("users"), the table the most dated tables hold a key to."""

from __future__ import annotations

import re

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.active_members import dated_rows_members
from backend.agents.builtin.catalog_index import CatalogIndex

# The acronym and what it stands for.
_ACRONYMS = {"arpu": "average revenue per user"}
# Words of the people a figure is per when the catalog has no table of that name.
_USER_WORDS = frozenset({"user", "users"})


def restate_per_user(question: str, idx: CatalogIndex) -> str | None:
    """The question with "ARPU" spelled out and "user" named as the members' table; None when it has neither."""
    out = question
    for t in lx.tokenize(question):
        full = _ACRONYMS.get(t.lower)
        if full is not None:
            out = re.sub(rf"(?<![\w-]){re.escape(t.text)}(?![\w-])", full, out, count=1)
    words = [t.lower for t in lx.tokenize(out)]
    at = next((k for k, w in enumerate(words) if w in _USER_WORDS and k > 0 and words[k - 1] in {"per", "each"}), None)
    if at is not None and not any(_USER_WORDS & set(t.words) for t in idx.tables.values()):
        members = dated_rows_members(idx)
        if members is not None:
            word = " ".join(idx.tables[members].words)
            out = re.sub(r"(?<![\w-])(?:per|each)\s+users?(?![\w-])", f"per {word}", out, count=1, flags=re.IGNORECASE)
    return out if out != question else None
