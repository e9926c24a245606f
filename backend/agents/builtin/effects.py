"""Questions on how one thing bears on another: "how does overtime affect attrition", "the impact of dosage on yield",
"does pay vary with grade", "relationship between rating and churn". They are restated as the outcome measured for
each value of the cause, in the user's own words for both, then read as any other question:

- an outcome that is a yes/no column is its rate ("churn rate by plan");
- an outcome that is a figure is its average, since groups of different sizes are compared ("average pay by grade");
- a figure against a figure of many values is a scatter of the rows, the cause across ("tenure vs pay").

Nothing is restated when either side names no column, when the cause is the outcome, or when neither side is an
outcome (two kinds of thing: "relationship between colour and plan").
"""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry, Mention
from backend.agents.builtin.models import ValueLookup
from backend.agents.builtin.reading import read

# "does A affect B": verbs saying that one thing changes another.
_CAUSE_VERBS = frozenset({"affect", "affects", "impact", "impacts", "influence", "influences", "drive", "drives",
                          "determine", "determines", "shape", "shapes"})  # fmt: skip
# "is B affected by A": the same verbs as participles.
_CAUSED = frozenset({"affected", "impacted", "influenced", "driven", "determined", "shaped"})
# "the effect of A on B".
_EFFECT_NOUNS = frozenset({"effect", "effects", "impact", "impacts", "influence"})
# "how does B vary with A", "does B depend on A".
# ("change by" is left out: "how does revenue change by month" asks for a trend, read as asked.)
_VARY_VERBS = frozenset({"vary", "varies", "differ", "differs", "depend", "depends"})
_VARY_LINKS = frozenset({"with", "by", "across", "among", "between", "on", "per", "according"})
# "the relationship between A and B": which side is the outcome is read from the columns.
_RELATION_NOUNS = frozenset({"relationship", "relation", "correlation", "link", "association", "connection"})
# "how does A relate to B": as open as a relationship.
_RELATE_VERBS = frozenset({"relate", "relates", "related", "compare", "compares", "correlate", "correlates"})
_ASKING = frozenset({"how", "does", "do", "did", "is", "are", "was", "were", "whether", "if"})
_LEADING = frozenset({"the", "a", "an", "their", "its"})
# A figure with more values than this is continuous: one group per value would be no comparison of averages.
_FEW_VALUES = 25
# A whole number with at most this many values still gives a rate per value ("churn rate by age").
_RATE_GROUPS = 100


@dataclass(frozen=True, slots=True)
class Restated:
    """The question restated, and the analyst's note saying how it was read."""

    question: str
    note: str


@dataclass(frozen=True, slots=True)
class _Side:
    text: str  # the words naming the column, as the user wrote them
    column: ColumnEntry
    rest: str  # words after them in the phrase (a condition: "in the north wing")
    agg: str  # an aggregate word the user put before them ("total"), kept instead of the average


def _side(words: list[str], idx: CatalogIndex, lookup: ValueLookup | None) -> _Side | None:
    """The column a phrase names (its strongest column mention), with the words that follow it."""
    while words and words[0] in _LEADING:
        words = words[1:]
    if not words:
        return None
    r = read(" ".join(words), idx, lookup)
    named = [m for m in r.mentions if m.kind == "column" and m.column]
    if not named:
        return None
    best: Mention = max(named, key=lambda m: (m.score * (m.end - m.start), -m.start))
    column = idx.tables[best.table].col(best.column or "")
    if column is None or column.is_id:
        return None
    said = " ".join(r.tokens[k].text for k in range(best.start, best.end))
    rest = " ".join(t.text for t in r.tokens[best.end :])
    asked = next((a for a in r.aggs if a.end <= best.start), None)
    agg = " ".join(r.tokens[k].text for k in range(asked.start, asked.end)) if asked is not None else ""
    return _Side(said, column, rest, agg)


def _figure(c: ColumnEntry) -> bool:
    """A figure to measure: a number that is no yes/no column, no year and no key."""
    return c.info.kind == "numeric" and c.flag is None and not c.is_year and not c.is_id


def _groups(c: ColumnEntry, most: int = _FEW_VALUES) -> bool:
    """A column whose values make groups to compare: kinds, a yes/no column, or a whole number of a few values
    (never money or a measurement, whose values are no kinds)."""
    if c.flag is not None or c.info.kind in ("text", "boolean"):
        return True
    whole = "INT" in c.info.type.upper() and not c.is_money and c.unit is None
    return c.info.kind == "numeric" and whole and (c.info.distinct_count or most + 1) <= most


def _after_asking(words: list[str], k: int) -> int:
    """Where the words before k start after the last asking word ("how does", "is"): the subject of the verb at k."""
    return max((j for j in range(k) if words[j] in _ASKING), default=-1) + 1


def _spans(words: list[str]) -> tuple[list[str], list[str], bool] | None:
    """(cause words, outcome words, whether the order is only "between A and B") when the words ask how one bears on
    the other, else None."""
    for k, w in enumerate(words):
        if w in _CAUSE_VERBS and any(x in _ASKING for x in words[:k]):
            start = _after_asking(words, k)
            return words[start:k], words[k + 1 :], False
        if w in _CAUSED and k + 1 < len(words) and words[k + 1] == "by":
            start = _after_asking(words, k)
            return words[k + 2 :], words[start:k], False
        if w in _EFFECT_NOUNS and k + 1 < len(words) and words[k + 1] == "of" and "on" in words[k + 2 :]:
            on = words.index("on", k + 2)
            return words[k + 2 : on], words[on + 1 :], False
        if w in _VARY_VERBS and k + 1 < len(words) and words[k + 1] in _VARY_LINKS and k > 0:
            start = _after_asking(words, k)
            return words[k + 2 :], words[start:k], False
        if w in _RELATE_VERBS and k + 1 < len(words) and words[k + 1] == "to" and any(x in _ASKING for x in words[:k]):
            start = _after_asking(words, k)
            return words[start:k], words[k + 2 :], True
        if w in _RELATION_NOUNS and k + 1 < len(words) and words[k + 1] == "between" and "and" in words[k + 2 :]:
            at = words.index("and", k + 2)
            return words[k + 2 : at], words[at + 1 :], True
    return None


def restate_effect(question: str, idx: CatalogIndex, lookup: ValueLookup | None) -> Restated | None:
    """The question restated as the outcome measured per value of the cause, when it asks how one bears on the other."""
    words = [t.lower for t in lx.tokenize(question)]
    spans = _spans([w for w in words if w not in {"?", "."}])
    if spans is None:
        return None
    cause_words, outcome_words, either = spans
    cause, outcome = _side(cause_words, idx, lookup), _side(outcome_words, idx, lookup)
    if cause is None or outcome is None or cause.column is outcome.column:
        return None
    flagged = cause.column.flag is not None and outcome.column.flag is None
    kinds = _figure(cause.column) and not _figure(outcome.column) and outcome.column.flag is None
    if either and (flagged or kinds):
        cause, outcome = outcome, cause  # "between churn and age": the yes/no side (else the figure) is what happens
    elif either and _figure(outcome.column) and _groups(outcome.column) and not _groups(cause.column):
        cause, outcome = outcome, cause  # "between pay and grade": the figure of many values is measured per grade
    o, c = outcome.column, cause.column
    # conditions said after either side ("in 2024", "for shipped orders") stay with the question
    rest = "".join(f" {side.rest}" for side in (outcome, cause) if side.rest)
    if o.flag is not None and _groups(c, _RATE_GROUPS):
        text = f"{outcome.text} rate by {cause.text}{rest}"
        how = f"the share of rows where {outcome.text} holds, for each {cause.text}"
    elif _figure(o) and _groups(c):
        said = outcome.agg or "average"  # "how does total rent vary by aisle": the total, as said
        text = f"{said} {outcome.text} by {cause.text}{rest}"
        how = f"the {said} {outcome.text} for each {cause.text}"
    elif _figure(o) and _figure(c):
        text = f"{cause.text} vs {outcome.text}{rest}"
        how = f"each row's {outcome.text} against its {cause.text}"
    else:
        return None
    return Restated(text, f"I read how {cause.text} bears on {outcome.text} as {how}: “{text}”.")
