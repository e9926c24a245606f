"""Numeric conditions in a question ("over 100", "between 10 and 20", "with 3 bedrooms"), not yet tied to a column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, Mention
from backend.agents.builtin.due_states import bare_threshold, due_for
from backend.agents.builtin.models import Agg, FilterOp
from backend.agents.builtin.quantities import Unit, question_unit
from backend.models.catalog import ColumnInfo

_GT = {
    "over": ">",
    "above": ">",
    "exceeding": ">",
    "exceeds": ">",
    "exceeded": ">",
    ">": ">",
    ">=": ">=",
}
_LT = {"under": "<", "below": "<", "<": "<", "<=": "<="}
_MORE = {
    "more",
    "greater",
    "higher",
    "bigger",
    "larger",
    "longer",
    "heavier",
    "older",
    "warmer",
    "hotter",
    "faster",
    "taller",
    "farther",
    "further",
}
_LESS = {
    "less",
    "fewer",
    "lower",
    "smaller",
    "shorter",
    "lighter",
    "younger",
    "cheaper",
    "colder",
    "cooler",
    "slower",
}
_VS_AGG: dict[str, Agg] = {
    "average": "avg",
    "mean": "avg",
    "median": "median",
    "avg": "avg",
}
_NOT_COLUMNS = frozenset(
    {
        "last",
        "past",
        "next",
        "previous",
        "first",
        "same",
        "course",
        "period",
        "whole",
        "entire",
    }
)
# "the overall average", "the company-wide average", "the average of all": the aggregate over every row.
_WHOLE = frozenset({"overall", "global", "general", "total", "entire", "whole", "grand"})
_SCALE = {
    "thousand": 1e3,
    "million": 1e6,
    "millions": 1e6,
    "billion": 1e9,
    "billions": 1e9,
    "bn": 1e9,
}


@dataclass(frozen=True, slots=True)
class Comparison:
    """A numeric condition such as "over 100" or "between 10 and 20", not yet tied to a column."""

    start: int
    end: int
    op: FilterOp
    values: tuple[float, ...]
    money: bool
    concepts: tuple[str, ...] = ()  # what a unit or comparative names: "150 minutes" → length
    vs_agg: Agg | None = None  # "above the average": compared with the column's aggregate, values is empty
    # "below their reorder point": compared with another column of the row, named from this token on (no values).
    other_at: int | None = None
    named_at: int | None = None  # "above age 20": the column's word inside the comparison (left for a mention)
    # "more swarms than the average hive": the word compared, written between the comparative and "than" (left for
    # a mention); with vs_agg, each group's figure is compared with the average of the groups' figures.
    compared_at: int | None = None
    unit: Unit | None = None  # the unit the number is written in ("over 5 MB", "longer than 2 hours")


_SIGNS: dict[str, FilterOp] = {"negative": "<", "positive": ">"}


_WORTH = frozenset({"worth", "valued"})  # words saying the number after them is the rows' money


def _signs(toks: Sequence[lx.Token], consumed: frozenset[int]) -> list[Comparison]:
    """ "customers with a negative balance", "positive margins": the figure named next, against zero."""
    return [
        Comparison(i, i + 1, _SIGNS[t.lower], (0.0,), False)
        for i, t in enumerate(toks)
        if t.lower in _SIGNS and i not in consumed and i + 1 < len(toks) and toks[i + 1].lower.isalpha()
    ]


def _dues(toks: Sequence[lx.Token], consumed: frozenset[int]) -> list[Comparison]:
    """ "parts that need reordering": the row's quantity at or below the level the verb names (due_states)."""
    return [
        Comparison(i, due, "<=", (), False, (), other_at=due)
        for i in range(len(toks))
        if i not in consumed and (due := due_for(toks, i)) is not None
    ]


# Units whose word is also a noun the question may name a column by ("rentals over 3 days" of a rental_days): read as
# the number's unit but left for a mention.
_NAMING_UNITS = frozenset({"day", "days", "week", "weeks"})


def _participle_alone(toks: Sequence[lx.Token], j: int) -> bool:
    """ "spent more than planned", "arrived later than promised": a participle right after "than", no number after it,
    names the figure of the row compared with (the planned amount)."""
    w = lx.low_at(toks, j)
    after = toks[j + 1].number if j + 1 < len(toks) else None
    if lx.low_at(toks, j - 1) != "than":
        return False  # "actual over planned" sets two figures side by side, it keeps no rows
    return len(w) >= 5 and w.endswith("ed") and w.isalpha() and after is None and w not in lx.STOPWORDS


def read_comparisons(toks: Sequence[lx.Token], consumed: frozenset[int]) -> tuple[Comparison, ...]:
    """Numeric conditions among the tokens not consumed yet, in question order."""
    out = _signs(toks, consumed) + _dues(toks, consumed)
    used = set(consumed) | {c.start for c in out}

    def low(k: int) -> str:
        return lx.low_at(toks, k)

    i = 0
    while i < len(toks):
        w = toks[i].lower
        op: FilterOp | None = None
        j = i + 1
        between: int | None = None
        if w in _GT:
            op = _GT[w]  # type: ignore[assignment]
        elif w in _LT:
            op = _LT[w]  # type: ignore[assignment]
        elif w in _MORE and low(i + 1) == "than":
            op, j = ">", i + 2
        elif w in _LESS and low(i + 1) == "than":
            op, j = "<", i + 2
        elif (w in _MORE or w in _LESS) and (than := _than_after_noun(toks, i, used)) is not None:
            # "more passengers than their seat capacity": the noun between names the row's other column.
            between = than - 1
            i, op, j = than, (">" if w in _MORE else "<"), than + 1
        elif w == "at" and low(i + 1) in {"least", "most"}:
            op, j = (">=" if low(i + 1) == "least" else "<="), i + 2
        elif w == "up" and low(i + 1) == "to":
            op, j = "<=", i + 2
        elif w == "within" and _time_after(toks, i + 1):
            op = "<="  # "resolved within 24 hours", "within a week": at most that long
        elif w == "between":
            op = "between"
        elif w == "of" and low(i - 2) in {"a", "an"} and i + 1 < len(toks) and toks[i + 1].number is not None:
            op = "="  # "results with a position of 1", "films with a rating of 5": the column's value
        elif w in {"equal", "equals", "exactly"}:
            op, j = "=", i + 1 + (low(i + 1) == "to")  # "a position equal to 1"
        elif w in {"have", "has", "having", "with"} and low(i + 2) not in _SCALE and low(i + 2) not in lx.UNIT_WORDS:
            op = "="  # "houses with 3 bedrooms": equality on the column named after the number
        if op is None or i in used:
            i += 1
            continue
        k = j + (low(j) == "the")
        k = _whole_scope(toks, k)
        if low(k) in _VS_AGG and op in (">", "<", ">=", "<=") and i not in used:
            # "earning above the average salary", "priced below average": the column's own aggregate.
            concepts = [c for c in (lx.COMPARATIVES.get(w), lx.COMPARATIVES.get(low(i - 1))) if c]
            vs = _VS_AGG[low(k)]
            out.append(Comparison(i, k + 1, op, (), False, tuple(concepts), vs_agg=vs, compared_at=between))
            used |= set(range(i, k + 1))
            i = k + 1
            continue
        # "worth more than 100k", "valued at over 2 million": a money figure, dollar sign or not.
        money = low(j) == "$" or low(i - 1) in _WORTH or low(i - 2) in _WORTH
        j += 1 if low(j) == "$" else 0
        named_inside: int | None = None
        named = j + (low(j) in lx.OWNER_WORDS)
        if (
            op in (">", "<", ">=", "<=")
            and (
                low(j) in lx.OWNER_WORDS or between is not None or _participle_alone(toks, j) or bare_threshold(toks, j)
            )
            and named < len(toks)
            and toks[named].number is None
            and toks[named].lower.isalpha()
            and toks[named].lower not in lx.STOPWORDS | _NOT_COLUMNS
            and toks[named].lower not in lx.BUCKET_WORDS
            and lx.bucket_of(toks[named].stem) is None
        ):
            # "items below their reorder point", "spent over the budget": another column of the same row.
            out.append(Comparison(i, named, op, (), False, (), other_at=named, compared_at=between))
            used |= set(range(i, named))
            i = named
            continue
        if (
            op in (">", "<", ">=", "<=")
            and j + 1 < len(toks)
            and toks[j].number is None
            and toks[j + 1].number is not None
            and toks[j].lower.isalpha()
            and toks[j].lower not in lx.STOPWORDS | _NOT_COLUMNS
            and not {j, j + 1} & used
        ):
            named_inside = j  # "singers above age 20", "older than age 40": the column named before the number
            j += 1
        one = _time_after(toks, j) if low(j) in {"a", "an"} and op in (">", "<", ">=", "<=") else None
        if one is not None and j not in used:  # "more than a week", "within an hour": one of the unit
            out.append(Comparison(i, j + 2, op, (1.0,), False, ("length",), unit=one))
            used |= set(range(i, j + 2))
            i = j + 2
            continue
        if j >= len(toks) or toks[j].number is None or j in used:
            i += 1
            continue
        values = [toks[j].number or 0.0]
        end = j + 1
        if low(end) in _SCALE:
            values[0] *= _SCALE[low(end)]
            end += 1
        if op == "between":
            k = j + 1
            if low(k) in {"and", "to", "-"}:
                k += 1
                money = money or low(k) == "$"
                k += 1 if low(k) == "$" else 0
                if k < len(toks) and toks[k].number is not None:
                    values.append((toks[k].number or 0.0) * _SCALE.get(low(k + 1), 1))
                    values[0] *= _SCALE.get(low(k + 1), 1) if low(j + 1) not in _SCALE else 1
                    end = k + 1 + (low(k + 1) in _SCALE)
            if len(values) < 2:
                i += 1
                continue
        if low(end) == "%":
            end += 1
        concepts = [c for c in (lx.COMPARATIVES.get(w), lx.COMPARATIVES.get(low(i - 1))) if c]
        said = None if money else question_unit(low(end), low(end + 1))
        if low(end) in lx.COMPARATIVES and low(end) not in lx.STOPWORDS:
            concepts.insert(0, lx.COMPARATIVES[low(end)])  # a unit is more specific than an adjective
            if low(end) not in ("weigh", "cost"):
                end += 1  # the unit belongs to the condition: "over 1000 miles"
                end += said is not None and said[1] == 2  # "20 degrees Celsius"
        elif said is not None and low(end) not in _NAMING_UNITS:
            end += said[1]  # "over 5 MB", "warmer than -18 C"
        unit = said[0] if said is not None else None
        out.append(Comparison(i, end, op, tuple(values), money, tuple(concepts), named_at=named_inside, unit=unit))
        used |= set(range(i, end)) - {named_inside}
        i = end
    return tuple(sorted(out, key=lambda c: c.start))


def _time_after(toks: Sequence[lx.Token], k: int) -> Unit | None:
    """The unit of time of "a week", "an hour" at k, or after the number at k ("24 hours")."""
    k += lx.low_at(toks, k) in {"a", "an"} or (0 <= k < len(toks) and toks[k].number is not None)
    said = question_unit(lx.low_at(toks, k))
    return said[0] if said is not None and said[0].dimension == "time" else None


def _than_after_noun(toks: Sequence[lx.Token], i: int, used: set[int]) -> int | None:
    """Where "than" follows the comparative at i after a noun of one to three words and before an owner word ("more
    passengers than their …", "more spent hours than the average …"), else None."""
    for k in range(i + 2, min(i + 5, len(toks))):
        if lx.low_at(toks, k) == "than":
            noun = range(i + 1, k)
            plain = all(toks[p].lower.isalpha() and toks[p].lower not in lx.STOPWORDS for p in noun)
            nxt = lx.low_at(toks, k + 1)
            # "more guests than their capacity", "more actual guests than planned": a word naming the other figure.
            named = nxt.isalpha() and nxt not in lx.STOPWORDS | _NOT_COLUMNS | lx.BUCKET_WORDS.keys() | _VS_AGG.keys()
            # "more bookings than average": the aggregate itself, with no article before it
            return k if plain and (nxt in lx.OWNER_WORDS or named or nxt in _VS_AGG) and not used & set(noun) else None
    return None


def _whole_scope(toks: Sequence[lx.Token], k: int) -> int:
    """Past the words saying an aggregate covers every row: "overall", "school-wide" (k unchanged when none)."""
    j = k
    while j < len(toks) and j - k < 3:
        w, nxt = toks[j].lower, lx.low_at(toks, j + 1)
        if w in _WHOLE:
            j += 1
        elif nxt == "wide" and w.isalpha():
            j += 2  # "school-wide", "group wide"
        else:
            break
    return j if lx.low_at(toks, j) in _VS_AGG else k


def numbered_nouns(
    toks: Sequence[lx.Token], mentions: Sequence[Mention], idx: CatalogIndex, consumed: frozenset[int]
) -> tuple[Comparison, ...]:
    """ "8 seat vans", "3-bedroom houses": a whole number before a singular noun naming a whole-number column (seats,
    number_of_bedrooms) is that column's value, when the column holds it; a plural after the number is a count."""
    out: list[Comparison] = []
    for i, t in enumerate(toks[:-1]):
        n = t.number
        if n is None or not n.is_integer() or i in consumed or i + 1 in consumed:
            continue
        word = toks[i + 1]
        if not word.lower.isalpha() or word.lower != word.stem or word.lower in lx.STOPWORDS | lx.UNIT_WORDS:
            continue
        if lx.bucket_of(word.stem) is not None or lx.low_at(toks, i - 1) in {*_GT, *_LT, "top", "first", "last"}:
            continue
        before = toks[i - 1] if i > 0 else None
        if before is not None and (before.number is not None or before.lower in {"-", "–", "/", "#"}):
            continue  # the end of a range or a code ("1998-99 harvest", "#4 berth")
        if before is not None and i > 1 and before.text[:1].isupper() and before.lower not in lx.STOPWORDS:
            continue  # a name and its number ("Route 66", "S&P 500") name one thing
        for m in mentions:
            c = idx.tables[m.table].col(m.column) if m.kind == "column" and m.start == i + 1 and m.column else None
            if c is not None and _whole_column(c.info) and not c.is_id and _holds(c.info.min, c.info.max, n):
                out.append(Comparison(i, i + 1, "=", (n,), False))
                break
    return tuple(out)


_INTEGER = ("INT", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "UBIGINT", "UINTEGER", "USMALLINT", "UTINYINT")


def _whole_column(c: ColumnInfo) -> bool:
    """A column typed as whole numbers (a count of seats), not a measure that happens to hold round values."""
    return c.kind == "numeric" and c.type.upper().startswith(_INTEGER)


def _holds(lo: object, hi: object, n: float) -> bool:
    """The column's range holds n."""
    return isinstance(lo, int | float) and isinstance(hi, int | float) and lo <= n <= hi
