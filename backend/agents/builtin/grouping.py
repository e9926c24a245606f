"""Where a question asks for one group per value of what follows: "by depot", "per month", "for each variety",
"across regions" — and where "by" only names who did the verb before it ("won by the away side", "parcels sent by
courier"), which groups nothing."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.reading import Reading


def opens_grouping(r: Reading, k: int) -> bool:
    """The word at k asks for a grouping: "per", "each", "every", "across", or "by" that is not a verb's agent."""
    return r.low(k) in lx.GROUP_OPENERS and not agent_by(r, k)


def grouped_after(r: Reading, start: int = 0) -> bool:
    """A grouping asked from `start` on."""
    return any(opens_grouping(r, k) for k in range(start, len(r.tokens)))


def agent_by(r: Reading, k: int) -> bool:
    """ "by" at k names who or what did the verb before it: a participle before ("won", "handled"), and after it a
    determiner ("won by the away side") or a stored value that no column or table shares ("sent by courier")."""
    if r.low(k) != "by" or not (r.low(k - 1) in lx.PARTICIPLES or r.low(k - 1).endswith("ed")):
        return False
    after = [m for m in r.mentions if m.start == k + 1]
    valued = any(m.kind == "value" for m in after) and not any(m.kind in ("column", "table") for m in after)
    return valued or r.low(k + 1) in lx.DETERMINERS


def rows_named_before_grouping(r: Reading, start: int, end: int, head: str, words: tuple[str, ...]) -> bool:
    """ "signups by day of week" beside a column of the signup's source: a plural noun said before the grouping that
    names only a word qualifying the column's head (the signup of signup_source) is the rows counted, no grouping of
    its own, as is one ranked ("the most signups"); "sources by day", naming the head, still groups."""
    said = [r.low(k) for k in range(start, end)]
    if not said or not said[-1].isalpha() or lx.stem(said[-1]) == said[-1]:
        return False
    spelled = {lx.stem(w) for w in said}
    ranked = r.low(start - 1) in _MOST  # "which months bring the most signups": the months are the groups
    return head not in spelled and bool(spelled & set(words)) and (grouped_after(r, end) or ranked)


_MOST = frozenset({"most", "fewest", "least", "more", "fewer"})
