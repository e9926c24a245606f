"""How many of one thing another usually has ("how many items do orders usually have", "how many orders does a
customer typically place"): the count of each member, and how those counts are spread — read as the distribution of
the first noun per the second."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx

_AUXILIARIES = frozenset({"do", "does", "did"})
_HABITS = frozenset({"usually", "typically", "normally", "generally", "tend"})
_DETERMINERS = frozenset({"a", "an", "the", "our", "each", "your", "their", "most"})


def habitual_counts(tokens: list[lx.Token]) -> list[lx.Token]:
    """ "how many N1 do [the] N2 usually VERB …" rewritten "distribution of N1 per N2 …" (the verb dropped)."""
    low = [t.lower for t in tokens]
    for i in range(len(low) - 5):
        if low[i : i + 2] != ["how", "many"] or low[i + 3] not in _AUXILIARIES:
            continue
        k = i + 4 + (low[i + 4] in _DETERMINERS)
        if k + 2 >= len(low) or low[k + 1] not in _HABITS or not low[k].isalpha() or not low[i + 2].isalpha():
            continue
        verb = k + 2 + (low[k + 1] == "tend" and low[k + 2] == "to")
        said = [lx.word_token("distribution"), lx.word_token("of"), tokens[i + 2], lx.word_token("per"), tokens[k]]
        kept = tokens[:i] + said + tokens[verb + 1 :]
        return lx.renumbered(kept)
    return tokens
