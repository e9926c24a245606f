"""Rankings in a question: top/bottom N, superlative adjectives ("the 5 lightest") and the noun being ranked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.models import Agg

NOUN_RANKING = 10  # items in a ranking asked for by a noun phrase ("most expensive items")


@dataclass(frozen=True, slots=True)
class Adjective:
    """A superlative adjective ("heaviest", "most expensive") and the measure concept it ranks by."""

    start: int
    end: int
    concept: str
    desc: bool


@dataclass(frozen=True, slots=True)
class Ranking:
    """What a question ranks: how many items, which way, by which adjective, and which noun is ranked."""

    top_n: int | None = None
    top_desc: bool = True
    superlative: Agg | None = None
    adjective: Adjective | None = None
    ranked: bool = False  # an explicit ranking: a number of items or a which-question
    leader: bool = False  # "which X has the most Y" without a number: rank them all, the leader first
    entity_at: frozenset[int] = frozenset()  # positions of the noun being ranked ("which year")
    used: frozenset[int] = frozenset()  # tokens the ranking consumed
    measured_at: int | None = None  # the participle that says what ranks ("highest grossing studio")


class _Toks:
    """Read-only view of the question's tokens with the lower-case accessor the rules use."""

    __slots__ = ("tokens",)

    def __init__(self, tokens: Sequence[lx.Token]) -> None:
        self.tokens = tokens

    def low(self, i: int) -> str:
        return lx.low_at(self.tokens, i)


def _adjective(r: _Toks, i: int) -> Adjective | None:
    """A superlative adjective at i: "heaviest", or "most"/"least" + a comparable word."""
    w = r.low(i)
    if w in lx.SUPERLATIVES:
        concept, desc = lx.SUPERLATIVES[w]
        return Adjective(i, i + 1, concept, desc)
    if w in {"busiest", "quietest"}:
        return Adjective(i, i + 1, "count", w == "busiest")  # "the busiest hour": the most rows
    if w == "peak" and lx.bucket_of(r.low(i + 1)) is not None:
        return Adjective(i, i + 1, "count", True)  # "the peak hour for orders": the period with the most rows
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


def _count_at(r: _Toks, i: int, used: set[int]) -> int | None:
    """An integer 1–1000 at i that nothing else consumed."""
    t = r.tokens[i] if 0 <= i < len(r.tokens) else None
    if t is None or t.number is None or i in used or not float(t.number).is_integer() or "." in t.lower:
        return None
    return int(t.number) if 1 <= t.number <= 1000 else None


def top_n(tokens: Sequence[lx.Token], consumed: frozenset[int], opening: int = 0) -> Ranking:
    """top/bottom N, "10 worst", "the 5 lightest", "which 3 parcels … heaviest", "which … highest" (top 1). `opening`
    is where the question begins after an opening clause ("Among films after 2000, which studio …")."""
    r = _Toks(tokens)
    used = set(consumed)
    opens = opening if opening and r.low(opening) in _QUESTION_WORDS else _question_at(r)
    question = opens is not None
    asked = _asked_one(r)  # "find the venue with the most races": one venue, as "which venue has the most races"
    adjective: Adjective | None = None
    for i, t in enumerate(tokens):
        w = t.lower
        adj = _adjective(r, i)
        if (w not in lx.TOP_WORDS and w not in lx.BOTTOM_WORDS and adj is None) or i in used or r.low(i - 1) == "at":
            continue
        desc = adj.desc if adj else w in lx.TOP_WORDS
        end = adj.end if adj else i + 1
        if adj is not None and adj.concept in lx.MEASURE_WORDS:
            adjective = adj
        found = Ranking(top_desc=desc, adjective=adjective, used=frozenset(range(i, end)))
        # The number of items: right after the word ("top 5"), right before it ("5 lightest"),
        # or after a determiner earlier on ("which 3 parcels are the heaviest", "the 10 songs with the longest …").
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
        after = _adjective(r, n_at + 1) if n_at is not None and n_at == end and adj is None else None
        if after is not None and after.concept in lx.MEASURE_WORDS:
            # "top 5 longest tracks", "bottom 3 heaviest parcels": the adjective after the count says what ranks
            found = Ranking(
                top_desc=after.desc == (w in lx.TOP_WORDS), adjective=after, used=frozenset(range(i, after.end))
            )
            end = after.end
        if n_at is not None:
            return replace(
                found,
                top_n=_count_at(r, n_at, used),
                ranked=True,
                used=found.used | {n_at},
                entity_at=_entity_after(r, end - 1 if n_at + 1 == i else n_at),
            )
        if not question and asked is None and _participle_one(r, end):
            # "highest grossing studio", "best selling flavour": the one member the participle's measure ranks first
            sup1: Agg = "max" if desc else "min"
            return replace(
                found, top_n=1, ranked=True, superlative=sup1, entity_at=frozenset({end + 1}), measured_at=end
            )
        if w in {"top", "bottom"} and _one_per_group(r, i):
            # "top buyer per harbour": one member of each group, not ten
            return replace(found, top_n=1, ranked=True, used=frozenset({i}), entity_at=frozenset({i + 1}))
        if w in {"top", "bottom"}:
            return replace(found, top_n=10, ranked=True, used=frozenset({i}))
        owner = _owner_with(r, i) if n_at is None and not question and asked is None and w not in _NOT_OWNED else None
        if owner is not None:
            # "films with the longest runtime": the films ranked by it, a list; "the film with the highest gross": one
            if _plural(tokens[owner]):
                return replace(found, top_n=NOUN_RANKING, ranked=True, entity_at=frozenset({owner}))
            sup0: Agg = "max" if desc else "min"
            return replace(found, top_n=1, ranked=True, superlative=sup0, entity_at=frozenset({owner}))
        # "who are our best customers", "which were the longest trips": the plural after "are" is the ranked list
        listed = opens is not None and r.low(opens + 1) in _PLURAL_BE
        noun = None if (question and not listed) or (asked is not None and asked < i) else _plural_after(r, end)
        if noun is not None:
            # "highest paid employees", "longest trips": a ranked list of the plural noun, not one maximum. After
            # "most"/"fewest" the noun is what is counted: "growers with the most harvests" ranks the growers.
            owner = _owner_before(r, i) if w in _COUNTING else None
            ranked = noun if owner is None else owner
            return replace(found, top_n=NOUN_RANKING, ranked=True, entity_at=frozenset({ranked}))
        if (question or (asked is not None and asked < i)) and (
            w not in {"largest", "biggest", "smallest"} or adj is not None
        ):
            # "which store sells the most" asks for one store: the top row. "Which stores sell the most" asks for
            # several: the whole ranking, the leader first ("which one" always asks for one).
            entity: frozenset[int] = _entity_after(r, opens or 0) if question or asked is None else frozenset({asked})
            if not entity and adj is not None and adj.concept == "count":
                entity = _entity_after(r, end - 1)  # "what is the busiest hour": the noun after the adjective
            # "which category sells the most units": the verb's -s read as before, the whole ranking, leader first.
            plural = any(_plural(tokens[k]) or _verb_in_s(r, k + 1) for k in entity)
            leader = plural and not ({"one", "single", "only"} & {t.lower for t in tokens})
            sup: Agg = "max" if desc else "min"
            # "which stores sell the most? top 5": a count named later says how many.
            later = next((k + 1 for k in range(end, len(tokens)) if r.low(k) in {"top", "first"}), None)
            count = _count_at(r, later, used) if later is not None else None
            if count is not None and later is not None:
                return replace(found, top_n=count, ranked=True, used=found.used | {later - 1, later}, entity_at=entity)
            return replace(found, top_n=1, ranked=True, leader=leader, superlative=sup, entity_at=entity)
        if adj is not None and (adj.end - adj.start > 1 or w not in lx.TOP_WORDS | lx.BOTTOM_WORDS):
            sup = "max" if desc else "min"
            return replace(found, top_n=1, superlative=sup, entity_at=_entity_after(r, end - 1))
    return Ranking(adjective=adjective)


@dataclass(frozen=True, slots=True)
class SortPhrase:
    """How the answer is ordered, said with a superlative that ranks nothing: "highest first"."""

    used: frozenset[int]
    desc: bool
    by_time: bool  # "most recent first", "oldest first": the order of the rows' dates
    by_age: bool  # "oldest first", "youngest first": of people, the order of their birth dates


def sort_phrase(tokens: Sequence[lx.Token], consumed: frozenset[int]) -> SortPhrase | None:
    """ "highest first", "the most recent first", "cheapest ones first", "(from) highest to lowest", "most to least":
    the order of the answer, neither a ranking (no top N) nor a column ("first" names no column)."""
    r = _Toks(tokens)
    for i in range(len(tokens)):
        if i in consumed:
            continue
        word = _direction(r, i)
        if word is None:
            continue
        end, desc, by_time = word
        k = end + (r.low(end) in {"ones", "one"})
        if r.low(k) == "first" and k not in consumed:
            span = range(i - (r.low(i - 1) == "the"), k + 1)
        elif r.low(end) == "to" and (other := _direction(r, end + 1 + (r.low(end + 1) == "the"))) and other[1] != desc:
            span = range(i - (r.low(i - 1) == "from") - (r.low(i - 1) == "the" and r.low(i - 2) == "from"), other[0])
        else:
            continue
        if consumed & set(span):
            continue
        return SortPhrase(frozenset(span), desc, by_time, r.low(i) in {"oldest", "youngest"})
    return None


def _direction(r: _Toks, i: int) -> tuple[int, bool, bool] | None:
    """A superlative at i as an order: (end, descending, of dates)."""
    adj = _adjective(r, i)
    if adj is not None:
        return adj.end, adj.desc, adj.concept == "date"
    w = r.low(i)
    if w in lx.TOP_WORDS or w in lx.BOTTOM_WORDS:
        return i + 1, w in lx.TOP_WORDS, False
    return None


_ASKING_VERBS = frozenset({"find", "show", "give", "tell", "name", "return", "get", "identify", "display"})


def _asked_one(r: _Toks) -> int | None:
    """Where a request asks for one thing: the singular noun after an imperative and its article ("find the venue
    …", "show me the month …"), or a question that opens on one ("the sailor who sailed the most races", "name of
    the member with the most visits"), the noun then followed by who/that/with…; else None."""
    if not r.tokens:
        return None
    verb = r.low(0) in _ASKING_VERBS and r.low(1) != "of"  # "name of the …" is no imperative
    k = verb + (verb and r.low(1) in {"me", "us"})
    head = k + (r.low(k) == "the")  # "the name of the …" (one or two words before "of"): one thing's name
    for words in (1, 2):
        if all(_singular(r, head + w) for w in range(words)) and r.low(head + words) == "of":
            k, verb = head + words + 1, False
            break
    if k == 0 and lx.bucket_of(r.low(0)) and r.low(1) in _RELATIVE and not _per_group(r):
        return 0  # "month with the most orders", "year with the fewest sales": a message opening on one period
    if r.low(k) != "the" or not _singular(r, k + 1):
        return None
    relative = r.low(k + 2) in _RELATIVE or (_singular(r, k + 2) and r.low(k + 3) in _RELATIVE)  # "the home port with"
    return k + 1 if verb or relative else None


_RELATIVE = frozenset({"who", "that", "which", "with", "whose", "having", "has", "had"})


def _per_group(r: _Toks) -> bool:
    """ "… in each aisle", "… per month", "… by shelf": the ranking is asked once per group."""
    words = [t.lower for t in r.tokens]
    return bool(set(words) & lx.GROUPING_WORDS) or any(a == "in" and b in {"each", "every"} for a, b in pairwise(words))


_COUNTING = frozenset({"most", "fewest", "least"})


def _owner_before(r: _Toks, i: int) -> int | None:
    """The plural noun a relative word ties to a counting superlative at i ("stores with the most …", "members who
    made the fewest …"), the nearest one before it; None when there is none."""
    for k in range(i - 2, -1, -1):
        if r.low(k + 1) in _RELATIVE and _plural(r.tokens[k]) and r.tokens[k].lower.isalpha():
            return k
    return None


def _singular(r: _Toks, k: int) -> bool:
    """A singular noun at k (a word, not a number, a plural or a function word)."""
    if k >= len(r.tokens):
        return False
    t = r.tokens[k]
    return t.number is None and not _plural(t) and t.lower not in lx.STOPWORDS and t.lower.isalpha()


def _plural_after(r: _Toks, end: int) -> int | None:
    """A plural noun right after a superlative (one modifier word allowed, two after a participle: "most viewed
    Italian recipes"): the thing ranked."""
    reach = 3 if r.low(end).endswith("ed") and len(r.low(end)) > 4 else 2
    for k in range(end, min(end + reach, len(r.tokens))):
        t = r.tokens[k]
        if t.number is not None or t.lower in lx.STOPWORDS or not t.lower.isalpha():
            return None
        if t.lower != t.stem and t.lower.endswith("s") and t.lower not in lx.BUCKET_WORDS:
            return k
    return None


def _entity_after(r: _Toks, k: int) -> frozenset[int]:
    """The noun right after k (skipping a number): the thing being ranked."""
    j = k + 1
    if r.tokens[j].number is not None if j < len(r.tokens) else False:
        j += 1
    if j >= len(r.tokens) or r.low(j) in lx.STOPWORDS or _verb_of_superlative(r, j):
        return frozenset()  # "who earns the most": a verb, no noun ranked
    head = r.tokens[j + 1] if j + 1 < len(r.tokens) else None
    if (
        head is not None
        and not r.tokens[j].owner  # a noun written with 's is ranked, by what it owns
        and r.tokens[j].lower == r.tokens[j].stem
        and head.lower != head.stem
        and head.lower.endswith("s")
        and head.lower not in lx.STOPWORDS | set(lx.BUCKET_WORDS)
        and head.number is None
        and not _verb_of_superlative(r, j + 1)
        and not _verb_before_most(r, j + 1)
        and r.low(j + 2) not in _ARTICLES  # "which maker builds the heaviest …": a word before an article is a verb
    ):
        return frozenset({j + 1})  # "loan originators", "referring doctors": the plural head noun is ranked
    return frozenset({j})


_MOST_LEAST = frozenset({"most", "least", "fewest"})


def _verb_before_most(r: _Toks, k: int) -> bool:
    """ "(which weekday) gets the most tickets": a word in -s right before "the most" is a verb, no plural noun."""
    return r.low(k + 1 + (r.low(k + 1) == "the")) in _MOST_LEAST


def _verb_in_s(r: _Toks, k: int) -> bool:
    """A verb in -s before "the most" that reads like a plural noun ("sells", "gets"; not "has")."""
    t = r.tokens[k] if k < len(r.tokens) else None
    plural = t is not None and _plural(t) and t.lower not in lx.STOPWORDS | set(lx.BUCKET_WORDS)
    return plural and _verb_before_most(r, k) and not _verb_of_superlative(r, k)  # "which deckhand earns the most"


def _verb_of_superlative(r: _Toks, k: int) -> bool:
    """ "(which employee) earns the most", "(which flat) rents for the least": a verb whose -s is no plural, the
    superlative ending the question or followed by no noun ("which parcel kinds most losses" ranks the kinds)."""
    k += r.low(k + 1) == "for"
    at = k + 1 + (r.low(k + 1) == "the")
    after = r.low(at + 1)
    return r.low(at) in _MOST_LEAST and (not after or after in lx.STOPWORDS)


_QUESTION_WORDS = frozenset({"which", "what", "who", "where"})
_PLURAL_BE = frozenset({"are", "were"})
# Words of a group phrase that may open a question before its question word: "for each harbour, which dock …".
_GROUP_OPENERS = frozenset({"for", "in", "within", "each", "every", "per"})


def _question_at(r: _Toks) -> int | None:
    """Where the question word stands: first, or right after an opening group phrase ("for each harbour, which
    dock …", "in every kind which widget …"); None for no question."""
    if not r.tokens:
        return None
    if r.low(0) in _QUESTION_WORDS:
        return 0
    if r.low(0) not in _GROUP_OPENERS or not {r.low(0), r.low(1)} & {"each", "every", "per"}:
        return None
    k = 1 + (r.low(1) in {"each", "every"} and r.low(0) != "each")  # the group's noun, one or two words
    return next((j for j in range(k + 1, k + 3) if r.low(j) in _QUESTION_WORDS), None)


def _one_per_group(r: _Toks, i: int) -> bool:
    """ "top buyer per harbour", "the top widget in each kind": a singular noun after "top" ranked within
    groups named (after "each", "every" or "per")."""
    noun = r.tokens[i + 1] if i + 1 < len(r.tokens) else None
    if noun is None or noun.number is not None or _plural(noun) or r.low(i + 1) in lx.STOPWORDS:
        return False
    return any(r.low(k) in {"each", "every", "per"} for k in range(len(r.tokens)) if k not in (i, i + 1))


_ARTICLES = frozenset({"the", "a", "an"})
# Superlatives that count or head a list ("with the most visits", "with the top score") are read elsewhere.
_NOT_OWNED = _COUNTING | {"top", "bottom"}
_HAVING = frozenset({"with", "having"})
_HAVE = frozenset({"has", "have", "had"})


def _owner_with(r: _Toks, i: int) -> int | None:
    """The noun that has the superlative at i: "films with the longest runtime", "the studio having the highest
    gross", "berths that have the lowest fees" (a noun, not a function word, right before the tie)."""
    if r.low(i - 1) != "the":
        return None
    k = i - 2
    if r.low(k) in _HAVE and r.low(k - 1) in _RELATIVE:
        k -= 1
    elif r.low(k) not in _HAVING:
        return None
    noun = k - 1
    if noun < 0 or r.tokens[noun].number is not None or r.low(noun) in lx.STOPWORDS or not r.low(noun).isalpha():
        return None
    return noun


_PARTICIPLE_ENDS = ("ing", "ed")


def _participle_one(r: _Toks, end: int) -> bool:
    """A participle right after a superlative and one singular noun after it, ending the message or followed by no
    group phrase ("highest grossing studio", "most visited page", "best selling flavour in 2023")."""
    verb = r.low(end)
    if len(verb) <= 4 or not verb.isalpha() or not verb.endswith(_PARTICIPLE_ENDS) or verb in lx.STOPWORDS:
        return False
    if not _singular(r, end + 1) or _per_group(r):
        return False
    after = r.low(end + 2)
    return not after or after in lx.STOPWORDS  # "most viewed italian recipes", "best selling flavour name": no noun


def _plural(t: lx.Token) -> bool:
    """A plural noun ("stores", "categories"), not a word that merely ends in s ("status")."""
    return t.number is None and t.lower != t.stem and t.lower.endswith("s")
