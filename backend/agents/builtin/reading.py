"""First pass over a question: tokens, date expression, top-N, comparisons, aggregate words, mentions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.agent_verbs import doer_mention
from backend.agents.builtin.capacity_rates import capacity_rates
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.coded_states import CodeSaid, coded_state_mentions
from backend.agents.builtin.comparisons import Comparison, numbered_nouns, read_comparisons
from backend.agents.builtin.count_groups import counted_per_count
from backend.agents.builtin.counted_verbs import event_words, verb_and_noun
from backend.agents.builtin.dates import DateExpr, parse_dates
from backend.agents.builtin.event_sides import event_sides
from backend.agents.builtin.flag_values import flags_over_values
from backend.agents.builtin.glued_values import glued_mentions, split_glued
from backend.agents.builtin.grouped_names import grouped_names
from backend.agents.builtin.habitual_counts import habitual_counts
from backend.agents.builtin.matching import (
    MENTION_SPAN,
    adjective_mentions,
    correct,
    count_noun_mentions,
    find_mentions,
    restated_measures,
    unit_figures,
)
from backend.agents.builtin.models import Agg, ValueLookup
from backend.agents.builtin.object_doers import object_doer
from backend.agents.builtin.of_names import turned_names
from backend.agents.builtin.open_rows import open_state
from backend.agents.builtin.paired_counts import counted_after_and
from backend.agents.builtin.payment_nouns import payment_mentions, takings_on_payments
from backend.agents.builtin.people_keys import REPORTS_TO, SUPERIOR_WORDS
from backend.agents.builtin.phrasal_verbs import join_phrasal
from backend.agents.builtin.phrase_names import phrase_names, possessed_keys
from backend.agents.builtin.pipeline_words import pipeline_words
from backend.agents.builtin.places import PLACE_CUES, PlaceSaid, places_said, same_words
from backend.agents.builtin.quantities import Unit, asked_unit
from backend.agents.builtin.ranking import Adjective, sort_phrase, top_n
from backend.agents.builtin.role_people import role_people
from backend.agents.builtin.settled_money import settled_mentions
from backend.agents.builtin.spelling import normalise_tokens
from backend.agents.builtin.stay_lengths import stay_lengths
from backend.agents.builtin.tender_kinds import tender_mentions
from backend.agents.builtin.text_match import TextPattern, read_patterns
from backend.agents.builtin.unit_notes import total_tail
from backend.agents.builtin.unit_nouns import AMOUNT_FLAG, amount_mentions, unit_noun
from backend.agents.builtin.verb_forms import done_to_counted, verb_not_value, verbs_not_columns
from backend.agents.builtin.verbs import paid_measures, verb_measures, verb_superlative, verb_word, who_mention
from backend.agents.builtin.year_spans import span_years
from backend.models.catalog import ValueMatch

_FUNCTION_WORDS = frozenset(
    {k[0] for k in lx.AGG_PHRASES if len(k) == 1}
    | lx.TOP_WORDS
    | lx.BOTTOM_WORDS
    | set(lx.SUPERLATIVES)
    | set(lx.COMPARATIVES)
    | set(lx.BUCKET_WORDS)
    | lx.COMPARE_WORDS  # "compare" is no abbreviation of a company column
    | lx.DISTINCT_WORDS  # "distinct venues" names no distance column (dist)
    | lx.DISTRIBUTION_WORDS
)
# Words skipped when looking back from a mention for the aggregate or cue that governs it.
ARTICLES = frozenset({"the", "a", "an", "their", "its", "of", "distinct", "unique", "different"})
_LOOKUP_CUES = frozenset({"for", "in", "from", "at", "named", "called", "like", "about", "of", "only", "just"})
# The pronouns a contraction's tail follows: "they've", "we'd", "you're" (split into they ' ve).
_CONTRACTING = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "that", "there"})
_VARIANT_SUFFIXES = (("ied", "y"), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"))


@dataclass(slots=True)
class AggWord:
    """An aggregate phrase ("average", "how many") at a token span."""

    start: int
    end: int
    agg: Agg
    distinct: bool = False


@dataclass(slots=True)
class Reading:
    """Everything read from a question before a table is chosen."""

    question: str
    tokens: list[lx.Token]
    words: list[str | None]  # normalised stems; None where a date/top-N/comparison consumed the token
    date: DateExpr | None = None
    date_at: int | None = None  # where the date expression begins
    top_n: int | None = None
    top_desc: bool = True
    superlative: Agg | None = None
    adjective: Adjective | None = None
    ranked: bool = False  # an explicit ranking: a number of items or a which-question
    leader: bool = False  # "which X has the most Y" without a number: rank them all, the leader first
    entity_at: set[int] = field(default_factory=set[int])  # positions of the noun being ranked ("which year")
    # "times", "multiplied (by)", "divided (by)", "/", "plus", "+" between two measures
    operators: list[int] = field(default_factory=list[int])
    comparisons: list[Comparison] = field(default_factory=list[Comparison])
    patterns: tuple[TextPattern, ...] = ()  # parts of text values asked for: "name starting with A"
    aggs: list[AggWord] = field(default_factory=list[AggWord])
    flags: set[str] = field(default_factory=set[str])
    mentions: list[Mention] = field(default_factory=list[Mention])
    # The yes/no columns (or the columns of the values) a rate word follows ("attrition rate"): their rows are the part.
    rated: set[str] = field(default_factory=set[str])
    # "average duration in hours": where "in" stands before the unit an answer is asked in, and that unit.
    asked: tuple[int, Unit] | None = None
    # Places named the other way than their column stores them (a name where its code is stored), said in the thoughts.
    places: list[PlaceSaid] = field(default_factory=list[PlaceSaid])
    # State words read as the one-letter code a status or flag column stores ("open" → 'O'), said in the thoughts.
    coded: list[CodeSaid] = field(default_factory=list[CodeSaid])

    def low(self, i: int) -> str:
        """Lower-case token at i, or '' outside the question."""
        return self.tokens[i].lower if 0 <= i < len(self.tokens) else ""

    def agg_before(self, pos: int) -> AggWord | None:
        """The aggregate phrase directly before pos (skipping articles), if any."""
        k = pos - 1
        while k >= 0:
            hit = next((a for a in self.aggs if a.end - 1 == k), None)
            if hit or self.low(k) not in ARTICLES:
                return hit
            k -= 1
        return None

    def over_all(self, pos: int) -> bool:
        """ "across all countries", "over all the regions": aggregate over them, never group by them."""
        k = pos - 1 - (self.low(pos - 1) == "the")
        return self.low(k) == "all" and (self.low(k - 1) in {"across", "over", "for", "of"} or "whole" in self.flags)


_PARTICLES = frozenset({"up", "off", "in", "out", "over", "back"})


def _phrasal(words: list[str | None], tokens: list[lx.Token], idx: CatalogIndex) -> list[str | None]:
    """ "picked up", "dropped off", "logged in": a verb and its particle that a name writes as one word (pickup,
    dropoff, login) name that word."""
    out = list(words)
    for i, t in enumerate(tokens[:-1]):
        nxt = tokens[i + 1].lower
        if nxt not in _PARTICLES or out[i] in idx.vocab:
            continue
        for base in dict.fromkeys((t.lower, root(t.lower), t.stem)):
            if base + nxt in idx.vocab:
                out[i] = base + nxt
                break
    return out


def _normalise(idx: CatalogIndex, tok: lx.Token) -> str:
    """Stem of a token, mapped onto a catalog word by verb-suffix variants or a one-letter typo fix."""
    w = tok.stem
    if tok.number is not None or w in idx.vocab or w in lx.STOPWORDS or w in idx.squeezed or w in idx.squeezed_columns:
        return w  # "salesperson" is the SalesPerson table's name whole, no abbreviation of "sale"
    said = tok.lower
    if said.endswith("ed") and said in lx.START_WORDS and said[:-2] in idx.value_words and said not in idx.value_words:
        return tok.lower  # "PRs opened each month": their first event, not the state 'open' they may still be in
    if lx.opposed_flags(idx.by_word, tok.lower):
        return tok.lower  # "open tickets" beside a closed flag: not closed, never an opened-on date
    said = lx.IRREGULAR_PARTICIPLES.get(tok.lower) or lx.IRREGULAR_PARTICIPLES.get(w)
    if said is not None and said in idx.vocab:
        return said  # "win rate", "did we win" of an is_won flag; "sell" of units_sold
    for suffix, repl in _VARIANT_SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and (w[: -len(suffix)] + repl) in idx.vocab:
            return w[: -len(suffix)] + repl
    if w.endswith("y") and len(w) >= 4:
        # Adjectives of values and columns: "cloudy" → cloud, "stormy" → storm, "salty" → salt.
        base = w[:-1]
        for cand in (base, base[:-1] if len(base) >= 3 and base[-1] == base[-2] else ""):
            if cand and (cand in idx.value_words or cand in idx.vocab):
                return cand
    if w.endswith("an") and len(w) >= 5 and (w,) not in lx.AGG_PHRASES:
        # Adjectives of places stored as one-word values: "bavarian" → Bavaria, "andalusian" → Andalusia.
        for cand in (w[:-1], w[:-2]):
            if (cand,) in idx.values:
                return cand
    if tok.lower in _FUNCTION_WORDS:
        # "count" is an aggregate, not an abbreviation of counter; a plural written short in a name is that name
        # ("hours" of a column hrs), its singular stays a time bucket ("by hour").
        short = sorted(_plural_short_forms(idx, tok, w))
        return short[0] if short else w
    if w in idx.value_words:
        # A value is no prefix of a name, but it may be spelled out where a name abbreviates it ("district" ↔ dstrct,
        # next to a value "District Head"): values are matched on the question's own words (`_value_forms`).
        hits = sorted(v for v in idx.vocab if v not in lx.STOPWORDS and lx.abbreviates(v, w))
        return hits[0] if hits else w
    if len(w) >= 4:
        # Abbreviations in names and longer forms: "quantity" ~ qty, "department" ~ dept, "expectancy" ~ expect; a
        # plural's own abbreviation too ("planks" ~ plks).
        plural = _plural_short_forms(idx, tok, w)
        hits = sorted(
            (
                v
                for v in idx.vocab
                if (len(v) >= 4 and (w.startswith(v) or (v.startswith(w) and len(w) >= 0.5 * len(v))))
                or (v not in lx.STOPWORDS and (lx.abbreviates(v, w) or v in plural or _short_participle(v, w)))
            ),
            key=lambda v: (-len(v), v),
        )
        if hits:
            return hits[0]
        kin = related_word(idx, w)
        if kin is not None:
            return kin
        clipped = [v for v in idx.vocab if v.startswith(w) and len(v) >= len(w) + 3]
        if len(clipped) == 1 and w not in lx.LEXICON_TERMS and w not in idx.value_words:
            return clipped[0]  # a word clipped as people clip it ("repo", "info"): the one name it begins
    return correct(idx, w)


def _short_participle(name: str, word: str) -> bool:
    """A name that is a short form with a verb's ending (acked: ack + ed) names the word the short form stands for
    ("acknowledge"), when that word is much longer than the short form: no plain word with -ed ("based" ≠ basket)."""
    base = name[:-2]
    return name.endswith("ed") and len(base) >= 3 and len(word) >= 2 * len(base) + 2 and lx.abbreviates(base, word)


def _plural_short_forms(idx: CatalogIndex, tok: lx.Token, stem: str) -> set[str]:
    """Catalog words that are a plural's own abbreviation, its s kept and at most one consonant left out ("planks" ~
    plks), not a word that merely shares three letters with it ("pickets" ~ pks); none for a singular or a name
    written with a capital ("Hollins"). The token is judged once, the catalog's words only for a written plural."""
    plural = tok.lower
    if plural == stem or (tok.text != plural and tok.pos != 0):
        return set()
    most = len(lx.skeleton(plural)) - 1
    return {v for v in idx.vocab if v.endswith("s") and len(v) >= most and lx.abbreviates(v, plural)}


_DERIVED_ENDINGS = ("ations", "ation", "ions", "ion", "ments", "ment", "als", "al", "ings", "ing", "ers", "er",
                    "ors", "or", "ed", "es", "e", "s")  # fmt: skip


def root(word: str) -> str:
    """The word without one derivational or inflectional ending, a doubled last consonant once:
    rental, renting → rent; approving → approv; described → describ."""
    return _stripped(word, _DERIVED_ENDINGS, 4)


def _stripped(word: str, endings: tuple[str, ...], keep: int) -> str:
    """`word` without the first of `endings` it ends in when at least `keep` letters stay, then without a doubled last
    consonant when more than `keep` letters are left."""
    for e in endings:
        if word.endswith(e) and len(word) - len(e) >= keep:
            word = word[: -len(e)]
            break
    if len(word) > keep and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word


def related_word(idx: CatalogIndex, word: str) -> str | None:
    """A catalog word of the same family: the same root (rentals ↔ renting), roots sharing nearly all their
    letters (described ↔ description), or a name abbreviating the root (approving ↔ apprv)."""
    mine = root(word)
    if len(mine) < 4:
        return None
    best: tuple[int, str] | None = None
    for v in idx.vocab:
        if len(v) < 4 or v in lx.STOPWORDS:
            continue
        theirs = root(v)
        common = 0
        for a, b in zip(mine, theirs, strict=False):
            if a != b:
                break
            common += 1
        shorter = min(len(mine), len(theirs))
        # All but the last letter of the shorter root: resolut(ion) ↔ resolv(ed), solut(ion) ↔ solv(ed).
        near = theirs == mine or (common >= 6 and common >= 0.8 * shorter) or (common >= 5 and common >= shorter - 1)
        if near or lx.abbreviates(v, mine):
            rank = (0 if near else 1, v)
            best = rank if best is None or rank < best else best
    return best[1] if best else None


def _numbered_columns(r: Reading, idx: CatalogIndex) -> frozenset[int]:
    """Where "number of <noun>" names a column whose own name says so (number_trees, numTrees): the words
    name that column, they ask for no count."""
    out: set[int] = set()
    for i in range(len(r.tokens) - 2):
        if r.low(i) == "number" and r.low(i + 1) == "of":
            noun = r.tokens[i + 2].stem
            named = {"number", "of", noun}
            if any(
                "number" in c.words
                and not c.is_id
                and c.info.kind == "numeric"
                and _only_words(c.words, named | set(idx.tables[c.table].words))
                for c in idx.by_word.get(noun, [])
            ):
                out |= {i, i + 1}  # number_trees, numberOfBerths; not day_number_of_week for "number of days"
    return frozenset(out)


def _only_words(words: tuple[str, ...], allowed: set[str]) -> bool:
    """Every word of a name is allowed, or is the initials of the others ("nob" of number of berths)."""
    rest = [w for w in words if w not in allowed]
    initials = "".join(w[0] for w in words if w not in rest)
    return all(w == initials for w in rest)


def _aggs_and_flags(r: Reading, used: set[int], named: frozenset[int] = frozenset()) -> None:
    """Aggregate phrases and intent flags (scatter, distribution, trend, share, rows, sort); no aggregate where a
    column's name starts (`named`)."""
    low = [t.lower for t in r.tokens]
    i = 0
    while i < len(low):
        if i in used or i in named:
            i += 1
            continue
        two = tuple(low[i : i + 2])
        agg = lx.AGG_PHRASES.get(two) if len(two) == 2 else None
        width = 2 if agg else 1
        agg = agg or lx.AGG_PHRASES.get((low[i],))
        if agg is None and low[i] == "spread" and r.low(i - 1) == "and" and any(a.end == i - 1 for a in r.aggs):
            agg = "stddev"  # "mean and spread of …": a second aggregate, not a distribution
        if agg:
            distinct = any(w in lx.DISTINCT_WORDS for w in low[i + width : i + width + 2])
            r.aggs.append(AggWord(i, i + width, agg, distinct))
        i += width
    _one_count(r, low, used)
    for k, w in enumerate(low):
        # "by month of (the) year", "each month of the year": a cycle over all years; "of the year" is consumed.
        if w in {"month", "months", "monthly"} and low[k + 1 : k + 2] == ["of"]:
            tail = 3 if low[k + 2 : k + 3] in (["the"], ["a"]) else 2
            if low[k + tail : k + tail + 1] == ["year"]:
                r.flags.add("month_of_year")
                used |= set(range(k + 1, k + tail + 1))
        # "best sellers of all time", "all-time high": every period, no time column and no period asked for.
        if w == "all" and low[k + 1 : k + 2] == ["time"]:
            used |= {k, k + 1, *([k - 1] if r.low(k - 1) in {"of", "in"} else [])}
        # "by day of (the) week", "on each day of the week": a cycle over the week, the words are consumed.
        if w in {"day", "days"} and low[k + 1 : k + 2] == ["of"]:
            tail = 3 if low[k + 2 : k + 3] == ["the"] else 2
            if low[k + tail : k + tail + 1] == ["week"]:
                r.flags.add("weekday")
                used |= set(range(k, k + tail + 1))
        # "by hour of the day", "quarter of the year": cycles; the words are consumed ("time of day" may name a
        # column of its own).
        if w in {"hour", "hours", "quarter", "quarters"} and low[k + 1 : k + 2] == ["of"]:
            tail = 3 if low[k + 2 : k + 3] in (["the"], ["a"]) else 2
            whole = low[k + tail : k + tail + 1]
            if whole == ["day"] and w != "quarter" and w != "quarters":
                r.flags.add("hour_of_day")
                used |= set(range(k, k + tail + 1))
            elif whole == ["year"] and w in {"quarter", "quarters"}:
                r.flags.add("quarter_of_year")
                used |= set(range(k, k + tail + 1))
        # "year over year", "month-on-month", "YoY": one value per period (and its change when asked).
        if w in _PERIODS and low[k + 1 : k + 2] in (["over"], ["on"], ["to"]) and low[k + 2 : k + 3] == [w]:
            r.flags.add(f"period:{_PERIODS[w]}")
            used |= {k, k + 1, k + 2}
        elif w in _POP_ABBREVIATIONS:
            r.flags.add(f"period:{_POP_ABBREVIATIONS[w]}")
            used.add(k)
        if w == "course" and low[k + 1 : k + 2] == ["of"] and low[k + 3 : k + 4] == ["year"]:
            r.flags.add("month_of_year")  # "over the course of a year"
            used |= set(range(k, k + 4))
    words = set(low)
    pairs = [low[k : k + 2] for k in range(len(low) - 1)]
    _change(r, low, used)
    if words & {"seasonal", "seasonality", "seasons"}:
        r.flags.add("month_of_year")
    if words & _HABITUAL and low[:1] in (["which"], ["what"]) and low[1:2] in (["month"], ["quarter"]):
        r.flags.add(f"{low[1]}_of_year")  # "what month usually has the most …": the month that comes round each year
    if words & lx.SCATTER_WORDS:
        r.flags.add("scatter")
    if words & lx.DISTRIBUTION_WORDS and not any(a.agg == "stddev" for a in r.aggs):
        r.flags.add("distribution")
    changed = low[:1] == ["how"] and bool(
        words & {"changed", "change", "developed", "develop", "evolved", "grown", "varied"}
    )
    if (
        words & lx.TREND_WORDS
        or changed
        or any(
            low[k] == "over"
            and (
                low[k + 1] in {"time", "years", "months"} or low[k + 1 : k + 3] in (["the", "years"], ["the", "months"])
            )
            for k in range(len(low) - 1)
        )
    ):
        r.flags.add("trend")
    if words & lx.SHARE_WORDS and not any(f.startswith("change:") for f in r.flags):
        r.flags.add("share")
    if words & lx.ROW_WORDS or low[:1] == ["list"]:
        r.flags.add("rows")
    if words & {"ascending", "asc", "increasing"}:
        r.flags.add("asc")
    if words & {"descending", "desc", "decreasing"}:
        r.flags.add("desc")
    if words & {"alphabetical", "alphabetically"}:
        r.flags.add("alpha")
    if words & {"combined", "altogether"} or ["all", "together"] in pairs or ["in", "total"] in pairs:
        r.flags.add("whole")  # "all stores combined", "in total": one total over everything
    if low[:2] in (["what", "was"], ["what", "is"], ["what", "were"], ["how", "much"], ["how", "many"]) or low[:1] == [
        "what's"
    ]:
        r.flags.add("whole")  # "what was revenue in Q3 2025", "how many orders in 2024": a figure asked for


def _one_count(r: Reading, low: list[str], used: set[int]) -> None:
    """ "How many vans are there in total?", "the total number of orders": with a count asked, "total" says the count
    is one number over everything; it is no sum and names no money column (its words are consumed)."""
    if not any(a.agg == "count" for a in r.aggs):
        return
    for a in list(r.aggs):
        k = a.start
        if a.agg != "sum" or low[k] != "total":
            continue
        if low[k - 1 : k] == ["in"] and k > 0:
            used |= {k - 1, k}
        elif low[k + 1 : k + 2] in (["number"], ["count"]):
            used.add(k)
        else:
            continue
        r.aggs.remove(a)


_PERIODS = {"year": "year", "quarter": "quarter", "month": "month", "week": "week", "day": "day"}
_POP_ABBREVIATIONS = {"yoy": "year", "qoq": "quarter", "mom": "month", "wow": "week"}
_GROWTH = frozenset({"growth", "grow", "grew", "growing", "percentage", "percent", "%", "pct", "rate"})
_CHANGE = frozenset({"change", "changes", "increase", "increases", "decrease", "decreases", "delta", "growth", "grew",
                     "grow", "growing"})  # fmt: skip


def _change(r: Reading, low: list[str], used: set[int]) -> None:
    """The change from one period to the next: "year over year growth", "percentage change", "change from the
    previous month" (flag change:pct or change:abs; its words are consumed)."""
    period = any(f.startswith("period:") for f in r.flags)
    at = [k for k, w in enumerate(low) if w in _CHANGE and k not in used]
    if not at:
        return
    k = at[0]
    explicit = (
        low[k - 1 : k] in (["percentage"], ["percent"], ["%"], ["pct"])
        or low[k + 1 : k + 2] == ["rate"]
        or (
            low[k + 1 : k + 2] in (["from"], ["over"], ["vs"])
            and bool(set(low[k + 2 : k + 5]) & {"previous", "prior", "last", "preceding"})
        )
    )
    if not (period or explicit):
        return
    pct = bool(set(low[max(k - 1, 0) : k + 2]) & _GROWTH)
    r.flags.add("change:pct" if pct else "change:abs")
    used.add(k)
    for j in (k - 1, k + 1):
        if 0 <= j < len(low) and low[j] in _GROWTH:
            used.add(j)


def _time_of_day(r: Reading, idx: CatalogIndex, used: set[int]) -> None:
    """ "what time of (the) day": the hour of the day, unless a column is named so ("time of day" as a column)."""
    if any({"time", "day"} <= set(c.words) for cs in idx.by_word.values() for c in cs):
        return
    for k in range(len(r.tokens) - 2):
        tail = 3 if r.low(k + 2) == "the" else 2
        if r.low(k) == "time" and r.low(k + 1) == "of" and r.low(k + tail) == "day" and k not in used:
            r.flags.add("hour_of_day")
            used |= set(range(k, k + tail + 1))


_MERIDIEM = {"am": 0, "pm": 12}
_NAMED_HOURS = {"noon": 12, "midday": 12, "midnight": 0}
_RANGE_OPENERS = frozenset({"between", "from"})
_RANGE_JOINS = frozenset({"and", "to", "until", "till", "-", "–"})
_AFTER = frozenset({"after", "since"})
_BEFORE = frozenset({"before", "until", "till"})


def _clock_at(r: Reading, k: int) -> tuple[int, int] | None:
    """(hour 0–23, the position after it) of a time of day written at k: "10pm", "2 am", "noon", "midnight"."""
    if r.low(k) in _NAMED_HOURS:
        return _NAMED_HOURS[r.low(k)], k + 1
    n = r.tokens[k].number if k < len(r.tokens) else None
    if n is not None and n.is_integer() and 1 <= n <= 12 and r.low(k + 1) in _MERIDIEM:
        return int(n) % 12 + _MERIDIEM[r.low(k + 1)], k + 2
    return None


def _clock_hours(r: Reading) -> set[int]:
    """ "between 10pm and 2am", "from 9 am to noon", "after 6pm", "before 7am": the hours of the day the rows fall in
    (flag hours:<from>:<to>, the end hour excluded; a range past midnight wraps); returns the positions it read."""
    for k in range(len(r.tokens)):
        lead = r.low(k)
        first = _clock_at(r, k + 1) if lead in _RANGE_OPENERS | _AFTER | _BEFORE else None
        if first is None:
            continue
        second = _clock_at(r, first[1] + 1) if r.low(first[1]) in _RANGE_JOINS and lead in _RANGE_OPENERS else None
        if second is not None and second[0] != first[0]:
            r.flags.add(f"hours:{first[0]}:{second[0]}")
            return set(range(k, second[1]))
        if lead in _AFTER | _BEFORE:
            r.flags.add(f"hours:{first[0]}:24" if lead in _AFTER else f"hours:0:{first[0]}")
            return set(range(k, first[1]))
    return set()


_WEEKEND = frozenset({"weekend", "weekends"})
_WORKDAYS = frozenset({"weekday", "weekdays", "workday", "workdays", "workweek"})
_SET_AGAINST = frozenset({"vs", "versus", "or", "and", "against", "compared", "to", "with"})
_ON_DAYS = frozenset({"on", "during", "only", "just", "over", "at", "of", "for"})


_SET_GAP = 3


def _set_against(r: Reading, a: int, b: int) -> bool:
    """Weekends at a and weekdays at b set against each other ("weekend vs weekday", "weekdays or the weekend")."""
    gap = [r.low(k) for k in range(min(a, b) + 1, max(a, b))]
    return len(gap) < _SET_GAP and all(w in _SET_AGAINST | {"the", "on"} for w in gap)


# The days of the week by name, with their ISO numbers (Monday 1 … Sunday 7).
_DAY_NAMES = {name: n for n, day in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                                "sunday"), start=1) for name in (day, day + "s")}  # fmt: skip


def _named_days(r: Reading, idx: CatalogIndex, used: set[int]) -> None:
    """ "saturday orders by hour", "sales on mondays and tuesdays": the rows of the days named (flag days:6, days:1:2),
    unless the catalog stores a day's name as a value of its own."""
    at = [k for k, t in enumerate(r.tokens) if t.lower in _DAY_NAMES and k not in used]
    days = sorted({_DAY_NAMES[r.low(k)] for k in at})
    if not days or any((lx.stem(r.low(k)),) in idx.values or (r.low(k),) in idx.values for k in at):
        return
    r.flags.add("days:" + ":".join(str(d) for d in days))
    used |= set(at)


def _weekends(r: Reading, idx: CatalogIndex, used: set[int]) -> None:
    """ "on weekends vs weekdays": two groups of days (flag part_of_week); "on weekends", "weekend bookings", "only
    on weekdays": the rows of those days (flags on_weekend, on_weekday). A column or a value named so keeps its
    words."""
    ends = [k for k, t in enumerate(r.tokens) if t.lower in _WEEKEND and k not in used]
    days = [k for k, t in enumerate(r.tokens) if t.lower in _WORKDAYS and k not in used]
    if ("weekend",) in idx.values:
        return
    if idx.by_word.get("weekend"):
        # "weekend vs weekday nights" with a weekend_flag column: its two values are the two groups, the weekdays
        # set against it are its other value, no seven days of the week.
        used |= {b for a in ends for b in days if _set_against(r, a, b)}
        return
    for a in ends:
        for b in days:
            if _set_against(r, a, b):
                r.flags.add("part_of_week")
                used |= set(range(min(a, b), max(a, b) + 1))
                return
    if ends:
        r.flags.add("on_weekend")
        used |= set(ends)
    elif any(r.low(k - 1) in _ON_DAYS or (r.low(k - 2) in _ON_DAYS and r.low(k - 1) == "the") for k in days):
        r.flags.add("on_weekday")
        used |= set(days)


def _running(r: Reading, used: set[int]) -> None:
    """ "cumulative sales", "running total of orders": a running sum along time, not an aggregate word itself."""
    for k, t in enumerate(r.tokens):
        if t.lower in {"cumulative", "cumulatively"}:
            r.flags.add("running")
            used.add(k)
        elif t.lower == "running" and r.low(k + 1) in {"total", "sum", "count"}:
            r.flags.add("running")
            used |= {k} if r.low(k + 1) == "count" else {k, k + 1}


def _operators(r: Reading, used: set[int]) -> None:
    """ "quantity times price each", "hours multiplied by rate", "fare divided by passengers", "fare / passengers",
    "fare plus toll", "fare + toll": arithmetic between two measures; the words name no column. "three times", "how
    many times" count, and are left alone; a slash between aggregate words lists them ("min / avg / max")."""
    for k, t in enumerate(r.tokens):
        if t.lower in {"/", "+"}:
            used.add(k)  # a sign between words: never part of a name
        elif k in used:
            continue
        if k == 0 or r.tokens[k - 1].number is not None or r.low(k - 1) in {"many", "the", "of"}:
            continue
        if t.lower in {"times", "plus", "/", "+"} or (t.lower in {"multiplied", "divided"} and r.low(k + 1) == "by"):
            r.operators.append(k)
            used |= {k, k + 1} if t.lower in {"multiplied", "divided"} else {k}


def _lookups(r: Reading, idx: CatalogIndex, lookup: ValueLookup) -> None:
    """Ask the database which high-cardinality column holds unmatched proper-noun-like terms."""
    covered = {p for m in r.mentions if m.score >= 1.5 or m.via == "place" for p in range(m.start, m.end)}
    i = 0
    toks = r.tokens
    while i < len(toks):
        j = i
        while j < len(toks) and _lookup_candidate(r, j, covered):
            j += 1
        if j > i:
            cue = r.low(i - 1) in _LOOKUP_CUES or r.low(i - 1) in {"'", '"'}
            capital = any(toks[k].text[:1].isupper() for k in range(i, j)) and i > 0
            if cue or capital:
                end, term, found = _longest_known(toks, i, j, lookup)
                for vm in found[:5]:
                    if idx.tables.get(vm.table) is None:
                        continue
                    exact = (
                        vm.score >= 0.99 and vm.value.lower() == term.lower()
                    )  # word hits come back with the term itself
                    value = vm.value if exact else term
                    r.mentions.append(
                        Mention(
                            i,
                            end,
                            "value",
                            vm.table,
                            vm.column,
                            1.2 + 1.4 * vm.score,
                            "lookup" if exact else "like",
                            value,
                        )
                    )
            i = j
        i += 1


def _longest_known(toks: list[lx.Token], i: int, j: int, lookup: ValueLookup) -> tuple[int, str, list[ValueMatch]]:
    """The words from i on that the database holds as a value: all of them, else the longest run of them ending in
    a capitalised word ("Summit River Gardens" of "Summit River Gardens place", the verb left out)."""
    term = " ".join(toks[k].text for k in range(i, j))
    found = lookup(term)
    end = j
    while not found and end - 1 > i:
        end -= 1
        if toks[end - 1].text[:1].isupper():
            term = " ".join(toks[k].text for k in range(i, end))
            found = lookup(term)
    return (end, term, found) if found else (j, term, [])


def _lookup_candidate(r: Reading, i: int, covered: set[int]) -> bool:
    """A token that may be a data value nobody has matched yet."""
    t = r.tokens[i]
    w = r.words[i]
    return (
        w is not None
        and i not in covered
        and not contraction_tail(r, i)
        and t.number is None
        and t.lower[:1].isalpha()
        and t.lower not in lx.STOPWORDS
        and t.lower not in lx.UNSUPPORTED_VERBS
        and not any(a.start <= i < a.end for a in r.aggs)
        and t.lower not in lx.BUCKET_WORDS
        and not lx.concept_of(t.stem)
        and t.lower not in lx.TOP_WORDS | lx.BOTTOM_WORDS | lx.SHARE_WORDS | lx.SCATTER_WORDS | lx.DISTRIBUTION_WORDS
    )


def _verb_ranked(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """ "which studio opened most recently", "the user who logged in least recently": the date the verb right before
    the adverb names is the one the rows are ranked by (the adjective's date), not any other date of theirs."""
    adj = r.adjective
    if adj is None or adj.concept != "date" or r.low(adj.end - 1) != "recently":
        return mentions
    named = [
        m
        for m in mentions
        if m.kind == "column"
        and m.column
        and m.end == adj.start
        and m.via != "adjective"
        and (c := idx.tables[m.table].col(m.column)) is not None
        and c.info.kind == "temporal"
    ]
    if not named:
        return mentions
    best = max(named, key=lambda m: m.score)
    ranked = Mention(adj.start, adj.end, "column", best.table, best.column, best.score + 1.0, "adjective", spec=0.6)
    return [m for m in mentions if m.via != "adjective" and m not in named] + [ranked]


def contraction_tail(r: Reading, i: int) -> bool:
    """ "haven't", "they've": the piece after the apostrophe of a contraction is no quoted value."""
    if r.low(i - 1) != "'":
        return False
    before, said = r.low(i - 2), r.low(i)
    return (said == "t" and before.endswith("n")) or (said in {"ve", "ll", "re", "d", "m"} and before in _CONTRACTING)


_HABITUAL = frozenset({"usually", "typically", "generally", "normally", "tend", "tends", "typical", "usual"})


def read(question: str, idx: CatalogIndex, lookup: ValueLookup | None = None) -> Reading:
    """Tokenise and read a question against a catalog index."""
    tokens = split_glued(habitual_counts(normalise_tokens(lx.tokenize(question), idx)), idx)  # upnods: up nods
    tokens = join_phrasal(tokens, idx)  # "never logged on" of last_logon_at: the catalog's one word
    tokens = stay_lengths(capacity_rates(tokens, idx), idx)  # "occupancy %": sold / available %; "length of stay"
    tokens = pipeline_words(tokens, idx)  # the open rows' money, said as a sales word
    tokens = counted_after_and(tokens, idx)  # "total revenue and orders": … and number of orders
    tokens, stepped = counted_per_count(tokens, idx)  # "number of guests by number of stays": stays per guest, by one
    r = Reading(question=question, tokens=tokens, words=_phrasal([_normalise(idx, t) for t in tokens], tokens, idx))
    if stepped:
        r.flags.add("count_steps")
    spelled = _numbered_values(tokens, idx)
    held = {p for m in spelled for p in range(m.start, m.end)} | _clock_hours(r)
    r.date, used = parse_dates(
        [replace(t, text="", lower="", stem="") if k in held else t for k, t in enumerate(tokens)]
    )
    r.date_at = min(used) if r.date is not None and used else None
    used |= held
    named = _column_name_around(idx, r.words, used) if used else None
    if named is not None:
        # "visits last month" names the column visits_last_month, not a period: read the dates around it.
        blank = [
            replace(t, text="", lower="", stem="") if named[0] <= k < named[1] else t for k, t in enumerate(tokens)
        ]
        r.date, used = parse_dates(blank)
    spanned = span_years([t.lower for t in tokens], r.date)
    if spanned is not None:  # "the increase in X between 1952 and 2007": the two years compared, not the range
        r.date = spanned
        r.flags.add("span_change")
    order = sort_phrase(tokens, frozenset(used))
    if order is not None:  # "highest first": the answer's order, not a top 1
        used |= order.used
        if not order.by_time:
            r.flags |= {"desc" if order.desc else "asc", "by_measure"}
        elif not _sort_verb(tokens):  # "ordered by age from the oldest …" names its own column
            r.flags |= {"latest_first" if order.desc else "earliest_first", *(["by_age"] if order.by_age else [])}
    rk = top_n(tokens, frozenset(used | _ranking_words_named(idx, r.words, tokens, used)), _opening_clause(question))
    r.top_n, r.top_desc, r.superlative, r.adjective = rk.top_n, rk.top_desc, rk.superlative, rk.adjective
    r.ranked, r.leader, r.entity_at = rk.ranked, rk.leader, set(rk.entity_at)
    used |= rk.used
    r.comparisons = list(read_comparisons(tokens, frozenset(used)))
    used |= {p for c in r.comparisons for p in range(c.start, c.end) if p != c.named_at}
    lows = [t.lower for t in tokens]
    used |= {p for c in r.comparisons if c.unit is not None for p in total_tail(lows, c.end)}
    r.asked = asked_unit([t.lower if k not in used else "" for k, t in enumerate(tokens)])
    if r.asked is not None:
        used |= {r.asked[0], r.asked[0] + 1}  # the unit asked names no column ("in minutes" is no wait_min)
    r.patterns = read_patterns(question, tokens, frozenset(used), lambda w: (lx.stem(w.lower()),) in idx.values)
    used |= {p for t in r.patterns for p in range(t.start, t.end)}
    _running(r, used)
    _operators(r, used)
    _aggs_and_flags(r, used, _numbered_columns(r, idx))
    _time_of_day(r, idx, used)
    _weekends(r, idx, used)
    _named_days(r, idx, used)
    used |= _chart_kinds(r.tokens) | _spoken_units(r.tokens)
    for i in used:
        if 0 <= i < len(r.words):
            r.words[i] = None
    _reports_to(r, idx)
    verb_at = verb_superlative(tokens, r.words)
    said = verb_word(idx, r.low(verb_at), r.low(verb_at - 1), r.low(verb_at + 1)) if verb_at is not None else None
    if verb_at is not None and said is not None:
        r.words[verb_at] = said  # "who spent the most": the money taken in; "which parcel weighs the most": its weight
        if r.low(verb_at + 1) == "for":
            r.words[verb_at + 1] = None  # "sold for the most": the price
    paid_measures(idx, r.tokens, r.words)  # "total spent", "amount paid": the money taken in
    event_words(idx, r.tokens, r.words)  # "listened" over a table of plays: the plays
    # Aggregate words are not column mentions: "number of" is no flight_number, "count" no quantity.
    in_agg = {p: a for a in r.aggs for p in range(a.start, a.end)}
    # "total repair cost": a leading aggregate word is the aggregate, not the column total_cost.
    heads = {a.start for a in r.aggs if a.end - a.start == 1 and (r.low(a.end) or "by") not in lx.STOPWORDS}
    r.mentions = [
        m
        for m in _mentions_apart(idx, r.words, _value_forms(r, idx), verb_at if said is not None else None)
        if not (m.end - m.start == 1 and m.start in heads)
        and not all(
            p in in_agg and (m.via == "concept" or in_agg[p].end - in_agg[p].start > 1) for p in range(m.start, m.end)
        )
    ]
    r.mentions = phrase_names(idx, r.words, r.mentions)  # "opted out of mailings": the flag, not a mailings column
    r.aggs = [a for a in r.aggs if not _opens_grouped_name(r, idx, a)]
    # "average rating": a numeric aggregate word wants a numeric column, not a text column grade_band.
    numeric_agg_ends = {a.end for a in r.aggs if a.agg in lx.NUMERIC_AGGS}
    for m in r.mentions:
        col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
        if col is not None and m.start in numeric_agg_ends and col.info.kind != "numeric":
            m.score -= 0.5
    for t in r.tokens:
        r.mentions = count_noun_mentions(idx, r.mentions, t)
    r.mentions = unit_figures(idx, restated_measures(idx, r.mentions, r.tokens), r.tokens)
    _unit_amount(r, idx)  # "hours logged": the figure stored in seconds, read in hours and added up
    r.mentions = turned_names(idx, r.tokens, r.words, r.mentions)  # "the name of the song" ↔ song_name
    r.mentions = _rows_of_a_file(r, idx)  # "yachts built before 1990" over one table called after its file
    r.mentions = verb_and_noun(idx, r.tokens, r.mentions, r.entity_at)  # "most commented tickets"
    if r.adjective is not None:
        aged = r.low(r.adjective.start) in lx.AGE_ADJECTIVES
        r.mentions += adjective_mentions(idx, r.adjective.start, r.adjective.end, r.adjective.concept, aged)
        r.mentions = _verb_ranked(r, idx, r.mentions)  # "which user logged in most recently": by that date
    # A value spelled like a time word is no value when it is a time noun: "rainy days", "per day".
    r.mentions = [m for m in r.mentions if not (m.via == "value" and m.spec == 0.0 and _time_noun(r, m))]
    r.mentions = [m for m in r.mentions if not _share_of(r, m)]
    r.mentions = grouped_names(r.tokens, r.mentions)  # "bugs by priority": the column, not a value spelled so
    r.mentions = open_state(idx, r.tokens, r.mentions)  # "cases still open": a state, not the opened date
    r.mentions = _value_rates(r, idx, _columns_over_values(r, idx, _scopes(r, _bubble_sizes(r, r.mentions))))
    r.mentions += _code_mentions(r, idx) + _number_named_values(r, idx, frozenset(used)) + spelled
    r.mentions += _place_mentions(r, idx, lookup) + _plural_command_tables(r, idx)
    r.mentions, r.coded = coded_state_mentions(idx, r.tokens, r.words, r.mentions)
    r.mentions = glued_mentions(idx, r.tokens, r.mentions)  # "up nods": the nods whose type is 'up'
    r.mentions = settled_mentions(idx, r.tokens, r.mentions)  # "successful payments": those whose state says so
    r.mentions = payment_mentions(idx, r.tokens, r.mentions)  # "payments" kept as charges: the charges
    r.mentions = takings_on_payments(idx, r.tokens, r.mentions)  # "revenue": the money of the payments
    r.mentions = tender_mentions(idx, r.tokens, r.mentions)  # "by tender type": the column of kinds of payment
    r.mentions = verbs_not_columns(idx, r.tokens, r.words, r.mentions)
    r.mentions = done_to_counted(r.tokens, r.mentions)  # "how many … did we process": no processing fee
    r.mentions = role_people(idx, r.tokens, r.mentions)  # "each sales rep": the users the rows point at
    r.mentions = flags_over_values(idx, r.words, r.mentions)  # "closed deals": is_closed, not a category 'Closed'
    r.mentions = event_sides(idx, r.tokens, r.mentions)  # "rerouted": the state a change reached, not the one left
    r.mentions = possessed_keys(r.tokens, r.mentions)  # "the deal owner's <column>": the owner's, no deal grouping
    numbered = numbered_nouns(r.tokens, r.mentions, idx, frozenset(used))
    if numbered:
        r.comparisons = sorted([*r.comparisons, *numbered], key=lambda c: c.start)
    if verb_at is not None:
        r.mentions = verb_measures(r.mentions, verb_at)
    for at in {verb_at, rk.measured_at} - {None}:
        r.mentions = _no_dates_ranked(idx, r.mentions, at)  # "which flavour sells the most" is no sold_at
    doer = doer_mention(idx, r.tokens, r.mentions)
    if doer is not None:  # "who reports the most bugs": the people behind the reporter's key, ranked
        r.mentions.append(doer)
        r.entity_at = {doer.start}
    named_at = {p for m in r.mentions for p in range(m.start, m.end)} - {verb_at}
    rows_at = {p for m in r.mentions if m.kind == "table" for p in range(m.start, m.end)}
    rows_at |= set(range(len(r.tokens))) - named_at  # a ranked word naming nothing: the verb ("who owns the most")
    # "who zibs the most", "who has the most wumbles": the people behind the rows the question names, when they are
    # kept as JSON objects in those rows
    held = object_doer(idx, r.tokens, r.mentions) if doer is None and r.entity_at <= rows_at else None
    if held is not None:
        r.mentions.append(held)
        r.entity_at = {held.start}
    elif not r.entity_at & named_at:  # no noun is ranked: the verb's subject is
        who = who_mention(idx, r.tokens, r.mentions, verb_at)
        if who is not None:  # "who bought the most": the people behind the rows, ranked
            r.mentions.append(who)
            r.entity_at = {0}
    if lookup is not None:
        _lookups(r, idx, lookup)
    if "scatter" in r.flags and values_set_against(r, one_column=True):
        r.flags.discard("scatter")  # "top speed of danish vs dutch bikes": two groups of one column, no two figures
    return r


# Words that open a clause setting the scene before the question: "Among films after 2000, which …", "In 2005, who …".
_CLAUSE_OPENERS = frozenset({"among", "in", "of", "for", "from", "within", "during", "since", "after", "before",
                             "across", "between", "considering", "excluding", "including"})  # fmt: skip


def _opening_clause(question: str) -> int:
    """How many tokens an opening clause closed by a comma holds ("Among films released after 2000, which …": 5);
    0 when the message opens on no such clause."""
    head, comma, _ = question.partition(",")
    words = lx.tokenize(head)
    return len(words) if comma and words and words[0].lower in _CLAUSE_OPENERS else 0


def _no_dates_ranked(idx: CatalogIndex, mentions: list[Mention], at: int | None) -> list[Mention]:
    """A verb that says what a ranking measures ("sells the most", "best selling") names no date column spelled
    like it (sold_at), when it names another column too."""
    here = [m for m in mentions if m.kind == "column" and m.start == at and m.column is not None]

    def dated(m: Mention) -> bool:
        col = idx.tables[m.table].col(m.column) if m.column else None
        return col is not None and col.info.kind == "temporal"

    if not any(not dated(m) for m in here):
        return mentions
    return [m for m in mentions if not (m in here and dated(m))]


def values_set_against(r: Reading, *, one_column: bool) -> bool:
    """Every "vs" of the question stands between two values ("wool vs linen scarves"), of one column when
    `one_column` ("danish vs dutch bikes")."""
    at = [k for k, t in enumerate(r.tokens) if t.lower in lx.SCATTER_WORDS]
    values = [m for m in r.mentions if m.kind == "value"]
    return bool(at) and all(
        any(
            not one_column or (a.table, a.column) == (b.table, b.column)
            for a in values
            if a.end == k
            for b in values
            if b.start == k + 1
        )
        for k in at
    )


def _plural_command_tables(r: Reading, idx: CatalogIndex) -> list[Mention]:
    """ "shows with more than 5 sales", "lists that …": a plural noun whose singular is a command word the question
    otherwise skips ("show", "list") names the table called by that one word; the plural is never the command."""
    return [
        Mention(k, k + 1, "table", t.info.name, None, 3.0)
        for k, tok in enumerate(r.tokens)
        if tok.lower != tok.stem and tok.stem in lx.STOPWORDS and r.words[k] == tok.stem and tok.lower.isalpha()
        for t in idx.tables.values()
        if t.words == (tok.stem,)
    ]


def _opens_grouped_name(r: Reading, idx: CatalogIndex, a: AggWord) -> bool:
    """ "income by total service years": after a grouping word, an aggregate word that starts the name of a column
    mentioned with it (TotalServiceYears) is part of that name, the column grouped by, not an aggregate."""
    if a.end - a.start != 1 or r.low(a.start - 1) not in lx.GROUPING_WORDS:
        return False
    said = {r.tokens[a.start].stem, r.low(a.start)}
    return any(
        m.kind == "column"
        and m.column is not None
        and m.start == a.start
        and m.end - m.start >= 2
        and (c := idx.tables[m.table].col(m.column)) is not None
        and c.words[0] in said
        for m in r.mentions
    )


def _reports_to(r: Reading, idx: CatalogIndex) -> None:
    """ "who they report to", "whom each reports to": the superior of each row, named as the catalog names it (a
    manager_id, a supervisor key) when no name of the catalog says "report"."""
    superior = sorted(SUPERIOR_WORDS & idx.vocab)
    if REPORTS_TO[0] in idx.vocab or not superior:
        return
    for k in range(2, len(r.tokens)):
        if r.tokens[k].stem in {"report", "reported"} and r.low(k - 2) in {"who", "whom"} and r.words[k] is not None:
            r.words[k] = superior[0]


def _sort_verb(tokens: list[lx.Token]) -> bool:
    """ "sorted by", "ordered by": the question names the column its rows are ordered by."""
    return any(t.lower in lx.ORDER_VERBS and lx.low_at(tokens, k + 1) == "by" for k, t in enumerate(tokens))


def wants_time(r: Reading) -> bool:
    """True when the question talks about dates or time buckets."""
    return r.date is not None or "trend" in r.flags or any(t.lower in lx.BUCKET_WORDS for t in r.tokens)


_CHART_NOUNS = frozenset({"chart", "plot", "graph", "diagram"})


def _chart_kinds(tokens: list[lx.Token]) -> set[int]:
    """ "bar chart", "line graph", "pie plot": the kind of chart asked for, never a value spelled alike (a rate plan
    coded BAR, a product line)."""
    return {
        k for k in range(len(tokens) - 1) if tokens[k].lower in lx.CHART_KINDS and tokens[k + 1].lower in _CHART_NOUNS
    }


def _share_of(r: Reading, m: Mention) -> bool:
    """ "percentage of orders", "share of the revenue": the word asks for a share, it is no column whose comment only
    uses the word (a humidity "in percent")."""
    return (
        m.kind == "column"
        and m.via == "comment"
        and m.end - m.start == 1
        and r.tokens[m.start].lower in lx.SHARE_WORDS
        and r.low(m.end) == "of"
    )


_LENGTH_UNITS = frozenset({"metre", "metres", "meter", "meters", "foot", "feet", "yard", "yards", "mile", "miles",
                           "inch", "inches", "centimetre", "centimetres", "kilometre", "kilometres"})  # fmt: skip


def _unit_amount(r: Reading, idx: CatalogIndex) -> None:
    """A unit of time said for the amount of a figure stored in another unit ("hours logged"): the unit asked, no
    mention of its own, and a total when no aggregate word is said."""
    said = unit_noun(idx, r.tokens, r.mentions) if r.asked is None else None
    if said is None:
        return
    r.asked = said
    r.mentions = amount_mentions(idx, r.mentions, *said)
    r.flags.add(AMOUNT_FLAG)


def _spoken_units(tokens: list[lx.Token]) -> set[int]:
    """ "in cubic metres", "in square feet": the unit of volume or area an answer is asked in, never the name of a column
    that shares a word with it (a gauge's id). "per square metre" asks for a rate and is left to be read."""
    return {
        p
        for k in range(len(tokens) - 1)
        if tokens[k].lower in ("cubic", "square")
        and tokens[k + 1].lower in _LENGTH_UNITS
        and lx.low_at(tokens, k - 1) == "in"
        for p in (k, k + 1)
    }


def _columns_over_values(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """A word that is both a stored value and the name of a column is read by its form: a plural noun names a
    quantity column ("by number of dives" is dives_qty, not the value Dive of another column); a word naming a
    date column of the value's own table, in a question about time, is that date ("tickets issued each month" is
    the issue date, not the status Issued) unless another date of the table is named for the time."""
    timely = wants_time(r)
    out: list[Mention] = []
    for m in mentions:
        if m.kind != "value" or m.end - m.start != 1 or m.via != "value":
            out.append(m)
            continue
        tok = r.tokens[m.start]
        rivals = [
            c
            for x in mentions
            if x.kind == "column" and (x.start, x.end) == (m.start, m.end) and x.via == "name"
            for c in (idx.tables[x.table].col(x.column or ""),)
            if c is not None and not c.is_id
        ]
        plural = tok.lower != tok.stem and tok.lower.endswith("s")
        # A column named by another plural noun counts those ("battery cycles" are cycles): "batteries" is the value.
        counting = [c for c in rivals if c.head == tok.stem or not _plural_name(c.name)]
        quantity = plural and any(c.info.kind == "numeric" for c in counting) and not _said_of_rows(r, mentions, m)
        dated = [c for c in rivals if c.info.kind == "temporal" and c.table == m.table]
        other_dates = {
            x.column
            for x in mentions
            if x.kind == "column"
            and x.table == m.table
            and not (x.start <= m.start < x.end)
            and (c := idx.tables[x.table].col(x.column or "")) is not None
            and c.info.kind == "temporal"
            and x.via == "name"
        } - {c.name for c in dated}
        if quantity or (timely and dated and not other_dates):
            continue
        out.append(m)
    return out if timely else _statuses_over_commented_dates(idx, out)


def _plural_name(name: str) -> bool:
    """The name ends in a plural noun ("points", "visits"; not "status" nor "class")."""
    raw = name.lower().rstrip("_ ")
    return raw.endswith("s") and not raw.endswith(("ss", "us", "is"))


# Words before a plural that make it the rows a figure is taken over ("score of answers", "posts that are answers").
_ROWS_CUES = frozenset({"are", "were", "among", "only", "just"})


def _said_of_rows(r: Reading, mentions: list[Mention], m: Mention) -> bool:
    """ "average score of answers", "what share of posts are answers": a plural after a figure named by its column
    ("score of"), or said of the rows ("are", "only"), is the kind of rows the value names, not a quantity column
    of that noun (which "by number of answers" and "most answers" count)."""
    prev = r.low(m.start - 1)
    if prev in _ROWS_CUES:
        return True
    return (
        prev in ("of", "for")
        and r.agg_before(m.start) is None
        and any(x.kind == "column" and x.end == m.start - 1 and x.via == "name" for x in mentions)
    )


def _statuses_over_commented_dates(idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """Outside a question about time, a word that is a stored value (or a code's stated meaning) is that value, not a
    date column whose comment happens to use the word (with a code "Z = zapped", "zapped" is Z, not the date commented
    "empty when the row was not zapped")."""
    values = [m for m in mentions if m.kind == "value" and m.via == "value"]

    def commented_date(m: Mention) -> bool:
        c = idx.tables[m.table].col(m.column or "") if m.kind == "column" and m.via == "comment" else None
        inside = any(v.table == m.table and m.start <= v.start and v.end <= m.end for v in values)
        return c is not None and c.info.kind == "temporal" and inside

    return [m for m in mentions if not commented_date(m)]


_SIZE_WORDS = frozenset({"size", "sizes", "sized"})


def _bubble_sizes(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """ "bubble size = number of rows", "bubbles sized by revenue": in a question asking for bubbles, "size" is the
    points' size; it names a column only by that column's own name, not by the idea of a size (a length, an area)."""
    if not {t.lower for t in r.tokens} & {"bubble", "bubbles"}:
        return mentions
    sizes = {k for k, t in enumerate(r.tokens) if t.lower in _SIZE_WORDS}
    return [m for m in mentions if not (m.via == "concept" and set(range(m.start, m.end)) & sizes)]


def _scopes(r: Reading, mentions: list[Mention]) -> list[Mention]:
    """ "across the whole group", "the group-wide average", "company-wide": the scope of everything, no value or column
    spelled alike."""
    scope = {k for k in range(len(r.tokens)) if r.low(k + 1) == "wide" or r.low(k - 1) in {"whole", "entire"}}
    # A value that spells the word with its neighbour ("Whole Milk") is that value.
    scope -= {k for k in scope for m in mentions if m.kind == "value" and m.start < m.end - 1 and m.start <= k < m.end}
    for k in scope:
        r.words[k] = None
    return [m for m in mentions if not any(m.start <= k < m.end for k in scope)]


RATE_NOUNS = frozenset({"rate", "rates", "ratio"})


def _value_rates(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> list[Mention]:
    """ "dropout rate", "refund rate by route", "attrition rate" of a yes/no column: the share of rows holding the
    value (or the yes) named right before, not a column called rate (the word is consumed)."""
    # "unemployment rate" over a table of figures holding 'Unemployment, total (%)': the figure is the rate.
    figures = {(lf.names_table, lf.names) for lf in idx.long.values()}
    named = {m.end for m in mentions if m.kind == "value" and (m.table, m.column) in figures}
    for k in named & {k for k, t in enumerate(r.tokens) if t.lower in RATE_NOUNS}:
        r.words[k] = None
    ends = {m.end for m in mentions if m.kind == "value" and m.via == "value"} - named | {
        m.end for m in mentions if m.kind == "column" and _yes_no(idx, m)
    }
    # "unemployment rate" where a stored value says it whole ('Unemployment rate (%)'): that value, no share.
    inside = {k for m in mentions if m.kind == "value" and m.via == "value" for k in range(m.start + 1, m.end)}
    rates = {k for k, t in enumerate(r.tokens) if t.lower in RATE_NOUNS and k in ends - inside}
    _rate_nouns(r, idx, mentions)
    if not rates:
        return mentions
    r.flags.add("rate")
    for k in rates:
        r.words[k] = None
    # The rated column: its rows are the part; other conditions ("for employees who work overtime") are the whole.
    r.rated |= {m.column for m in mentions if m.end in rates and m.column and m.kind in ("value", "column")}
    return [m for m in mentions if not any(m.start <= k < m.end for k in rates)]


# Nouns that name a rate of an outcome on their own ("the highest attrition", "churn by plan"): the share of the rows
# where a yes/no column says it happened, as "attrition rate" is. Their plurals and the nouns of the rows that had the
# outcome ("leavers", "conversions", "dropouts") count rows, and so does any of these after a counting phrase
# ("number of", "how many", "total"). Rule: a singular outcome noun naming a yes/no column is a rate unless counted.
OUTCOME_RATE_NOUNS = frozenset({"attrition", "churn", "turnover", "retention", "conversion", "dropout",
                                "absenteeism", "abandonment", "survival", "mortality", "uptake", "adoption"})  # fmt: skip


def _rate_nouns(r: Reading, idx: CatalogIndex, mentions: list[Mention]) -> None:
    """ "which gadget line has the highest attrition": an outcome noun said alone over a yes/no column is that
    outcome's rate, marked like "attrition rate" (flag rate, the column rated) and noted for the answer's thoughts."""
    for m in mentions:
        if m.kind != "column" or m.end - m.start != 1 or not m.column or not _yes_no(idx, m):
            continue
        word = r.low(m.start)
        agg = r.agg_before(m.start)
        if word not in OUTCOME_RATE_NOUNS or (agg is not None and agg.agg in ("count", "sum")):
            continue
        if r.low(m.end) in RATE_NOUNS or r.low(m.start - 1) in {"many", "number", "count", "total"}:
            continue
        r.flags |= {"rate", f"rate_noun:{word}:{m.column}"}
        r.rated.add(m.column)


def _yes_no(idx: CatalogIndex, m: Mention) -> bool:
    col = idx.tables[m.table].col(m.column) if m.column else None
    return col is not None and col.flag is not None


def _column_name_around(idx: CatalogIndex, words: list[str | None], span: set[int]) -> tuple[int, int] | None:
    """The span of a column name written out in full around a date phrase's words, if they are part of one.

    Only the words a name covering the phrase can reach are read (a mention spans at most `MENTION_SPAN` words): the
    whole question is matched once, later, with the date's words consumed."""
    lo, hi = min(span), max(span) + 1
    first = max(0, hi - MENTION_SPAN)
    window = words[first : lo + MENTION_SPAN]
    for m in find_mentions(idx, window):
        start, end = m.start + first, m.end + first
        if m.kind != "column" or m.via != "name" or m.column is None or not (start <= lo and hi <= end):
            continue
        col = idx.tables[m.table].col(m.column)
        if col is not None and end - start > hi - lo and col.key_words <= set(words[start:end]):
            return start, end
    return None


def _ranking_words_named(
    idx: CatalogIndex, words: list[str | None], tokens: list[lx.Token], used: set[int]
) -> set[int]:
    """Ranking words that begin a column's name written out ("average top speed" of top_speed_kmh, "by best dive"
    of best_dive_ms): the name, not a ranking."""
    out: set[int] = set()
    for i, t in enumerate(tokens):
        if (t.lower not in lx.TOP_WORDS and t.lower not in lx.BOTTOM_WORDS) or i in used or i + 1 >= len(tokens):
            continue
        for m in find_mentions(idx, words[i : i + MENTION_SPAN]):
            col = idx.tables[m.table].col(m.column) if m.kind == "column" and m.column else None
            said = set(words[i + m.start : i + m.end])
            if (
                m.start == 0
                and m.end >= 2
                and m.via == "name"
                and col is not None
                and col.words[:2] == tuple(words[i : i + 2])
            ):
                out |= set(range(i, i + m.end)) if len(said & col.key_words) >= 2 else set()
    return out


def _numbered_values(tokens: list[lx.Token], idx: CatalogIndex) -> list[Mention]:
    """Values written with digits and a dash or a slash ("1998-99", "2015/2016": a crop year, a fiscal year):
    the value, not a date range."""
    out: list[Mention] = []
    for i in range(len(tokens) - 1):
        if tokens[i].number is None:
            continue
        dash = tokens[i + 1].lower == "-" and i + 2 < len(tokens)
        end = i + 3 if dash else i + 2  # the slash is no token: the two numbers stand side by side
        if tokens[end - 1].number is None:
            continue
        for t, c, v in idx.values.get((tokens[i].lower, tokens[end - 1].lower), []):
            out.append(Mention(i, end, "value", t, c, 3.0, "value", v))
    return out


# Names a table takes from the file it was loaded from, which say nothing of its rows ("train", "data", "Sheet1").
_FILE_NAMES = frozenset({"train", "training", "test", "data", "dataset", "df", "table", "sheet", "export", "raw",
                         "input", "output", "clean", "cleaned", "file", "sample", "dump", "csv", "upload"})  # fmt: skip
# Words that open a question before the rows' noun: "which", "list all", "how many", "show me the".
_BEFORE_ROWS = lx.ROW_ASKS | lx.LISTING_VERBS | lx.LISTING_FILLERS | {"how", "many", "are", "were", "is", "was"}


def _rows_of_a_file(r: Reading, idx: CatalogIndex) -> list[Mention]:
    """The mentions with the catalog's one table, named after its file, added where the question calls its rows by a
    noun: where the rows' noun
    stands (first, after the opening words, or the noun ranked) when the catalog knows no such word — for a ranking,
    a count or a sort, whose answer names or orders the rows ("which yacht sold for the most", "how many yachts …",
    "yachts ordered by price"); a plain listing keeps every column."""
    words = {t.lower for t in r.tokens}
    if not (r.entity_at or r.ranked or words & {"by", "many", "per", "each", *_COUNT_NOUNS}):
        return r.mentions
    if len(idx.tables) != 1 or any(m.kind == "table" for m in r.mentions):
        return r.mentions
    t = next(iter(idx.tables.values()))
    if not {w.rstrip("0123456789") for w in t.words} <= _FILE_NAMES:
        return r.mentions
    k = 0
    while r.low(k) in _BEFORE_ROWS | {"of"} or (r.low(k) in _COUNT_NOUNS and r.low(k + 1) in _COUNT_NOUNS | {"of"}):
        k += 1
    # A word only an identifier is called by ("parcels" of ParcelNo) names the rows that identifier tells apart.
    keys = {p for m in r.mentions if m.kind == "column" and (c := t.col(m.column or "")) is not None and c.is_id
            for p in range(m.start, m.end)}  # fmt: skip
    covered = {p for m in r.mentions for p in range(m.start, m.end)} - keys
    for j in sorted({k, *r.entity_at, *_counted_at(r)}):
        tok = r.tokens[j] if j < len(r.tokens) else None
        if tok is None or r.words[j] is None or j in covered or tok.number is not None or not tok.lower.isalpha():
            continue
        if tok.lower in lx.STOPWORDS or lx.concept_of(tok.lower) or lx.bucket_of(tok.stem):
            continue
        if j not in keys and tok.lower in idx.raw_words:
            continue
        rest = [m for m in r.mentions if not m.start <= j < m.end]
        return [*rest, Mention(j, j + 1, "table", t.info.name, None, 3.0, via="rows")]
    return r.mentions


# Words after which a ranking or a count names the rows it counts: "the most yachts", "the number of yachts".
_COUNTING = frozenset({"most", "fewest", "least"})
_COUNT_NOUNS = frozenset({"number", "count", "total"})


def _counted_at(r: Reading) -> set[int]:
    """Positions of the noun a ranking or a count counts: "which harbour has the most yachts"."""
    out: set[int] = set()
    for i, tok in enumerate(r.tokens):
        if tok.lower in _COUNTING:
            out.add(i + 1)
        elif tok.lower in _COUNT_NOUNS and r.low(i + 1) == "of":
            out.add(i + 2)
    return {j for j in out if r.low(j) not in lx.COMPARABLE}


def _mentions_apart(idx: CatalogIndex, words: list[str | None], forms: list[str], verb_at: int | None) -> list[Mention]:
    """The mentions of the words, none read across a verb and its subject: in "which crate weighs the most" the verb
    stands for the weight, and "crate" stays the rows' noun even where a column is called crate_weight."""
    found = find_mentions(idx, words, forms)
    if verb_at is None or not any(m.start < verb_at < m.end for m in found):
        return found
    subject = [None if k == verb_at else w for k, w in enumerate(words)]
    verb = [w if k >= verb_at else None for k, w in enumerate(words)]
    return [m for m in find_mentions(idx, subject, forms) if m.end <= verb_at] + [
        m for m in find_mentions(idx, verb, forms) if m.start >= verb_at
    ]


def _value_forms(r: Reading, idx: CatalogIndex) -> list[str]:
    """The word each position is matched against values with: the normalised word when it is a value word
    ("cloudy" → cloud), the one value of its family before a rate word (a rate named by the noun of a value's verb), else the
    question's own stem ("" where a date or ranking consumed the token)."""
    out = [
        "" if w is None else (w if w in idx.value_words and not verb_not_value(idx, r.low(k), w) else r.tokens[k].stem)
        for k, w in enumerate(r.words)
    ]
    for k, w in enumerate(out):
        if w and w not in idx.value_words and r.low(k + 1) in RATE_NOUNS:
            kin = {v for v in idx.value_words if (v,) in idx.values and _family(v) == _family(w)}
            out[k] = kin.pop() if len(kin) == 1 and len(_family(w)) >= 4 else w
    return out


# Endings of the noun, participle or adjective a verb's root takes (-ation, -ure, -ed, -ing ...).
_FAMILY_ENDINGS = ("ations", "ation", "ions", "ion", "ments", "ment", "ures", "ure", "als", "al", "ings", "ing", "ied",
                   "ies", "ed", "es", "e", "s", "y")  # fmt: skip


def _family(word: str) -> str:
    """The root a verb's noun and participle share: one ending off, a doubled last consonant once (closure, closed →
    clos; refusal, refused → refus)."""
    return _stripped(word, _FAMILY_ENDINGS, 3)


def _code_mentions(r: Reading, idx: CatalogIndex) -> list[Mention]:
    """Short codes written as stored right after their column's name: "grade A", "status R", "port code NL"; a
    nation a column of places stores as letters ('UK', 'UAE' beside 'Norway') written so, or after a word saying a
    place follows ("bikes from uae")."""
    out: list[Mention] = []
    places = {(p.table, p.column) for p in idx.places if p.national}
    for i, t in enumerate(r.tokens):
        up = t.text.upper()
        said = [(t.text, c) for c in idx.codes.get(t.text, [])] + [
            (up, c) for c in idx.codes.get(up, []) if up != t.text
        ]
        for code, c in said:
            before = {r.words[k] for k in range(max(i - 2, 0), i)}
            place = (c.table, c.name) in places and len(up) >= 2 and up.isalpha()
            cued = place and (t.text == up or r.low(i - 1) in PLACE_CUES)
            if (code == t.text and before & (set(c.words) | c.aliases)) or cued:
                out.append(Mention(i, i + 1, "value", c.table, c.name, 2.8, "value", code))
    return out


# A place read through ISO 3166 filters the table the question's other words choose, but is too weak to choose one on
# its own (below understand.MIN_SCORE): a place and a noun no table holds ask nothing of the table storing places.
PLACE_SCORE = 1.1


def _place_mentions(r: Reading, idx: CatalogIndex, lookup: ValueLookup | None) -> list[Mention]:
    """Places named the other way than a column stores them (a nation's name over its ISO code, the code over its
    name, a demonym, a subdivision's full code); words read as a date or another column's code are left alone, and so
    are words read as a value (of a column holding no places) written so, or, for a demonym or an everyday name, as
    any value ("German" of a language): a nation's name read only as a value sharing its stem (the nation read as its adjective)
    is the nation."""
    if not idx.places:
        return []
    blank = {k for k, w in enumerate(r.words) if w is None}
    places = frozenset((p.table, p.column) for p in idx.places)
    coded = {code for code, cols in idx.codes.items() if any((c.table, c.name) not in places for c in cols)}
    values = [m for m in r.mentions if m.kind == "value"]
    dashed = frozenset(_DASHED_CODE.findall(r.question))
    found: list[PlaceSaid] = []
    dropped: set[int] = set()
    for p in places_said(r.tokens, idx.places, idx.vocab | _beside_nations(idx), lookup, dashed):
        said = " ".join(t.text for t in r.tokens[p.start : p.end])
        over = [m for m in values if m.start < p.end and p.start < m.end]
        # A value of a column of no places, or of another column of the place's table (a province's name stored
        # beside its code): the question names what that column holds.
        other = [m for m in over if (m.table, m.column) not in places or (m.table == p.table and m.column != p.column)]
        # A demonym partly like a value of another table ("American" in an operator's 'American Eagle') is the nation
        # over the place's table and that value over its own: the table the other words choose reads one of them.
        elsewhere = [m for m in other if p.read_as is not None and m.table != p.table]
        other = [m for m in other if m not in elsewhere]
        if blank & set(range(p.start, p.end)) or (p.end - p.start == 1 and p.said in coded):
            continue
        if other and (p.read_as is not None or any(same_words(m.value or "", said) for m in other)):
            continue
        found.append(p)
        dropped |= {
            id(m)
            for m in over
            if m not in elsewhere and ((m.table, m.column) not in places or (m.table, m.column) == (p.table, p.column))
        }
        if p.read_as is not None:  # "the States": the nation, no column of states
            dropped |= {id(m) for m in r.mentions if m.kind == "column" and m.start < p.end and p.start < m.end}
    r.mentions[:] = [m for m in r.mentions if id(m) not in dropped]  # the caller extends this list
    r.places += found
    return [Mention(p.start, p.end, "value", p.table, p.column, PLACE_SCORE, "place", p.value) for p in found]


def _beside_nations(idx: CatalogIndex) -> frozenset[str]:
    """Words of the values of the tables that store nations: a demonym one of them holds as a value (a 'German'
    language beside a column of nations) is that value there; a word only other tables' values hold (an operator's
    'American …') leaves the demonym a nation over the nations' tables, and that value over its own."""
    if idx.nation_table_words is None:
        homes = {p.table for p in idx.places if p.national}
        idx.nation_table_words = frozenset(
            w for key, where in idx.values.items() if any(t in homes for t, _, _ in where) for w in key
        )
    return idx.nation_table_words


# A subdivision's full code as ISO 3166-2 writes it, the nation's code, a dash and the province's: "AU-NSW", "CH-ZH".
_DASHED_CODE = re.compile(r"\b[A-Z]{2}-[A-Z0-9]{1,3}\b")


_NOT_NAMES = frozenset({"top", "first", "last", "bottom", "next", "past", "over", "under", "than", "above", "below"})


def _number_named_values(r: Reading, idx: CatalogIndex, consumed: frozenset[int]) -> list[Mention]:
    """A whole number right after the name of a whole-number column that holds it and is no measure: "district 4",
    "only grade 9", "berth 3" name that value, as "grade A" names a code."""
    out: list[Mention] = []
    for m in r.mentions:
        i = m.end
        n = r.tokens[i].number if m.kind == "column" and m.column and i < len(r.tokens) else None
        if n is None or not n.is_integer() or i in consumed or r.tokens[i].text[:1] == "$":
            continue
        if r.low(i + 1) in {"-", "–", "%"} or r.low(m.start - 1) in _NOT_NAMES:
            continue  # a range "4-6", a share "4 %", "top district 5"
        c = idx.tables[m.table].col(m.column or "")
        if c is None or c.info.kind != "numeric" or not c.info.type.upper().startswith(_INTEGER_TYPES):
            continue
        if c.additive or c.is_money or c.is_year or c.flag is not None or lx.bucket_of(r.low(m.end - 1)) is not None:
            continue  # "units 5" is no name of a value; "week 12" is a date
        lo, hi = c.info.min, c.info.max
        if isinstance(lo, int | float) and isinstance(hi, int | float) and lo <= n <= hi:
            out.append(Mention(m.start, i + 1, "value", m.table, c.name, m.score + 0.5, "value", str(int(n))))
    return out


_INTEGER_TYPES = ("INT", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT")


def _time_noun(r: Reading, m: Mention) -> bool:
    """True when a value mention made of time words reads as a time noun (plural, or after by/per/each/a number)."""
    plural = any(r.tokens[k].lower != r.tokens[k].stem for k in range(m.start, m.end))
    prev = r.low(m.start - 1)
    after_number = m.start > 0 and r.tokens[m.start - 1].number is not None
    if plural or after_number or prev in {"by", "per", "each", "every", "a", "which", "what"}:
        return True
    # "monthly revenue", "weekly sales": a time adjective right before money asks for its buckets.
    said = r.tokens[m.start].lower
    return m.end - m.start == 1 and said != lx.bucket_of(said) and r.low(m.end) in lx.MONEY_WORDS
