"""Two figures of a row compared by a state word, no number said: "projects over budget", "reps under quota" (a
threshold named bare after the comparison: the row's other figure against it) and "parts that need reordering",
"items due for restocking" (the verb of a threshold column's name: the quantity on hand at or below that level)."""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx

_NEED_WORDS = frozenset({"need", "needs", "needing", "require", "requires", "requiring", "should", "must"})
_FILLERS = frozenset({"to", "be", "a", "an", "for"})
# Figures a plan or a threshold is set against: what was really spent, used or reached.
ACTUAL_WORDS = frozenset({"actual", "actuals", "spent", "spend", "real", "achieved", "used", "consumed", "incurred"})


def bare_threshold(toks: Sequence[lx.Token], j: int) -> bool:
    """ "over budget", "under quota", "above target": a threshold noun right after the comparison word, no article
    and no number after it (the row's own threshold, not "over 5 budget lines")."""
    w = lx.low_at(toks, j)
    after = toks[j + 1].number if j + 1 < len(toks) else None
    return w in lx.THRESHOLD_WORDS and after is None and lx.low_at(toks, j - 1) in {"over", "under", "above", "below"}


def due_for(toks: Sequence[lx.Token], i: int) -> int | None:
    """Where the verb after "need"/"due for" starts ("need reordering", "needs to be restocked", "due for
    reorder"), when it reads as a verb done to the rows; None otherwise."""
    w = lx.low_at(toks, i)
    if w == "due" and lx.low_at(toks, i + 1) == "for":
        k = i + 2
    elif w in _NEED_WORDS:
        k = i + 1
        while lx.low_at(toks, k) in _FILLERS:
            k += 1
    else:
        return None
    verb = lx.low_at(toks, k)
    # "reordering", "restocked", "reorder": a verb form (the column's word decides whether it names a threshold)
    return k if k < len(toks) and verb.isalpha() and len(verb) >= 5 and toks[k].number is None else None
