"""Rankings in a question: top/bottom N, superlative adjectives ("the 5 lightest") and the noun being ranked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from backend.agents.builtin import lexicon as lx

if TYPE_CHECKING:
    from backend.agents.builtin.reading import Reading


NOUN_RANKING = 10  # items in a ranking asked for by a noun phrase ("most expensive products")


@dataclass(slots=True)
class Adjective:
    """A superlative adjective ("heaviest", "most expensive") and the measure concept it ranks by."""

    start: int
    end: int
    concept: str
    desc: bool


def _adjective(r: Reading, i: int) -> Adjective | None:
    """A superlative adjective at i: "heaviest", or "most"/"least" + a comparable word."""
    w = r.low(i)
    if w in lx.SUPERLATIVES:
        concept, desc = lx.SUPERLATIVES[w]
        return Adjective(i, i + 1, concept, desc)
    if w in {"most", "least"} and r.low(i + 1) in {"common", "frequent"}:
        return Adjective(i, i + 2, "count", w == "most")  # ranked by the number of rows
    if w in {"most", "least"} and r.low(i + 1) in lx.COMPARABLE:
        return Adjective(i, i + 2, lx.COMPARABLE[r.low(i + 1)], w == "most")
    if (
        w in {"most", "least"}
        and r.low(i + 2) in lx.COMPARABLE
        and lx.COMPARABLE[r.low(i + 2)] in lx.concept_of(r.low(i + 1))
    ):
        return Adjective(i, i + 3, lx.COMPARABLE[r.low(i + 2)], w == "most")  # "most fuel efficient"
    return None


def _count_at(r: Reading, i: int, used: set[int]) -> int | None:
    """An integer 1–1000 at i that nothing else consumed."""
    t = r.tokens[i] if 0 <= i < len(r.tokens) else None
    if t is None or t.number is None or i in used or not float(t.number).is_integer() or "." in t.lower:
        return None
    return int(t.number) if 1 <= t.number <= 1000 else None


def top_n(r: Reading, used: set[int]) -> None:
    """top/bottom N, "10 worst", "the 5 lightest", "which 3 cars … heaviest", "which … highest" (top 1)."""
    toks = r.tokens
    question = toks[0].lower in {"which", "what", "who", "where"} if toks else False
    for i, t in enumerate(toks):
        w = t.lower
        adj = _adjective(r, i)
        if (w not in lx.TOP_WORDS and w not in lx.BOTTOM_WORDS and adj is None) or i in used or r.low(i - 1) == "at":
            continue
        desc = adj.desc if adj else w in lx.TOP_WORDS
        end = adj.end if adj else i + 1
        if adj is not None and adj.concept in lx.MEASURE_WORDS:
            r.adjective = adj
        # The number of items: right after the word ("top 5"), right before it ("5 lightest"),
        # or after a determiner earlier on ("which 3 cars are the heaviest", "the 10 movies with the longest …").
        n_at = next(
            (k for k in (end, i - 1) if _count_at(r, k, used) is not None and not r.low(k + 1).startswith("%")), None
        )
        if n_at is None:
            n_at = next(
                (
                    k
                    for k in range(1, i)
                    if _count_at(r, k, used) is not None and r.low(k - 1) in {"which", "what", "the", "top", "first"}
                ),
                None,
            )
        if n_at is not None:
            r.top_n, r.top_desc, r.ranked = _count_at(r, n_at, used), desc, True
            used |= {n_at, *range(i, end)}
            _entity_after(r, end - 1 if n_at + 1 == i else n_at)
            return
        if w in {"top", "bottom"}:
            r.top_n, r.top_desc, r.ranked = 10, desc, True
            used.add(i)
            return
        noun = None if question else _plural_after(r, end)
        if noun is not None:
            # "highest grossing movies", "longest flights": a ranked list of the plural noun, not one maximum.
            r.top_n, r.top_desc, r.ranked = NOUN_RANKING, desc, True
            used |= set(range(i, end))
            r.entity_at.add(noun)
            return
        if question and (w not in {"largest", "biggest", "smallest"} or adj is not None):
            r.top_n, r.top_desc, r.ranked = 1, desc, True
            # "which region sells the most": the whole ranking shows the leader in context ("which one" asks for one).
            r.leader = not ({"one", "single", "only"} & {t.lower for t in toks})
            r.superlative = "max" if desc else "min"
            used |= set(range(i, end))
            _entity_after(r, 0)
            return
        if adj is not None and (adj.end - adj.start > 1 or w not in lx.TOP_WORDS | lx.BOTTOM_WORDS):
            r.top_n, r.top_desc = 1, desc
            r.superlative = "max" if desc else "min"
            used |= set(range(i, end))
            _entity_after(r, end - 1)
            return


def _plural_after(r: Reading, end: int) -> int | None:
    """A plural noun right after a superlative (one modifier word allowed): the thing ranked."""
    for k in range(end, min(end + 2, len(r.tokens))):
        t = r.tokens[k]
        if t.number is not None or t.lower in lx.STOPWORDS or not t.lower.isalpha():
            return None
        if t.lower != t.stem and t.lower.endswith("s") and t.lower not in lx.BUCKET_WORDS:
            return k
    return None


def _entity_after(r: Reading, k: int) -> None:
    """Mark the noun right after k (skipping a number) as the thing being ranked."""
    j = k + 1
    if r.tokens[j].number is not None if j < len(r.tokens) else False:
        j += 1
    if j < len(r.tokens) and r.low(j) not in lx.STOPWORDS:
        r.entity_at.add(j)
