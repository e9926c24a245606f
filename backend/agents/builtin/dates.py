"""Date-range expressions ("Q1 2024", "between March and June 2024", "last year") → half-open ranges."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from backend.agents.builtin.lexicon import MONTHS, NUMBER_WORDS, Token

# Words after which a bare four-digit number is a year rather than a quantity.
_YEAR_CONTEXT = frozenset({"in", "during", "for", "of", "since", "after", "before", "until", "till", "from",
                           "between", "and", "to", "through", "thru", "about", "year", "fy", "on", "by", "vs",
                           "versus", "than", "the", "only", "just", "within", "or"})  # fmt: skip
_COMPARE = frozenset({"over", "under", "above", "below", "more", "less", "greater", "fewer", "least", "most",
                      "exceeding", "top", "bottom", ">", "<", ">=", "<=", "$"})  # fmt: skip
# Words after a number that make it a quantity, not a year: "2000 miles", "1500 lbs".
_QUANTITY_UNITS = frozenset({"miles", "mile", "km", "minutes", "minute", "mins", "hours", "lbs", "pounds", "kg",
                             "grams", "g", "degrees", "units", "items", "dollars", "usd", "million", "billion",
                             "thousand", "people", "votes", "feet", "ft", "meters", "knots"})  # fmt: skip
_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month",
          "quarter": "quarter", "quarters": "quarter", "year": "year", "years": "year"}  # fmt: skip


@dataclass(slots=True)
class DateExpr:
    """A parsed date expression; resolve() turns it into dates once the anchor ("today") is known."""

    kind: str  # year | years | month | months | quarter | since | after | before | until | last | this | ytd | day
    label: str
    year: int | None = None
    year2: int | None = None
    month: int | None = None
    month2: int | None = None
    quarter: int | None = None
    n: int = 1
    unit: str = "year"
    day: dt.date | None = None
    day2: dt.date | None = None
    mday: int | None = None  # a day of `month` in no year written ("on 3 June"): that day in its latest year
    periods: list[DateExpr] | None = None  # "Q1 vs Q2 2025": the periods compared (kind "periods", unit = their grain)
    either: bool = False  # "in 2014 or 2015": any of the periods, one filter, not compared with each other


@dataclass(slots=True)
class DateRange:
    """Half-open range [start, end); None means unbounded on that side."""

    start: dt.date | None
    end: dt.date | None
    label: str


def _add_months(d: dt.date, months: int) -> dt.date:
    """First day of the month `months` after d's month."""
    total = d.year * 12 + d.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def _period_start(d: dt.date, unit: str) -> dt.date:
    """Start of the calendar period (day/week/month/quarter/year) containing d."""
    if unit == "day":
        return d
    if unit == "week":
        return d - dt.timedelta(days=d.weekday())
    if unit == "month":
        return d.replace(day=1)
    if unit == "quarter":
        return dt.date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return dt.date(d.year, 1, 1)


def _shift(d: dt.date, unit: str, n: int) -> dt.date:
    """d moved by n units (d is a period start)."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    return _add_months(d, n * {"month": 1, "quarter": 3, "year": 12}[unit])


def resolve(e: DateExpr, anchor: dt.date) -> DateRange:
    """Dates of an expression; a missing year is the latest one whose period has begun by the anchor ("since June"
    in March is last June)."""
    y = e.year or anchor.year
    if (
        e.year is None
        and e.day is None
        and e.kind in ("month", "since", "quarter", "months", "after", "before", "until")
    ):
        first = e.month if e.kind != "quarter" else 3 * ((e.quarter or 1) - 1) + 1
        if first and dt.date(y, first, 1) >= anchor:
            y -= 1
    k = e.kind
    if k == "periods" and e.periods:
        parts = [resolve(p, anchor) for p in e.periods]
        return DateRange(min(p.start or anchor for p in parts), max(p.end or anchor for p in parts), e.label)
    if k == "year":
        return DateRange(dt.date(y, 1, 1), dt.date(y + 1, 1, 1), e.label)
    if k == "years":
        return DateRange(dt.date(y, 1, 1), dt.date((e.year2 or y) + 1, 1, 1), e.label)
    if k == "quarter":
        start = dt.date(y, 3 * ((e.quarter or 1) - 1) + 1, 1)
        return DateRange(start, _add_months(start, 3), e.label)
    if k == "month":
        start = dt.date(y, e.month or 1, 1)
        return DateRange(start, _add_months(start, 1), e.label)
    if k == "months":
        y2 = e.year2 or y
        y1 = y if e.year else (y2 if (e.month or 1) <= (e.month2 or 12) else y2 - 1)
        return DateRange(dt.date(y1, e.month or 1, 1), _add_months(dt.date(y2, e.month2 or 12, 1), 1), e.label)
    if k == "since":
        return DateRange(dt.date(y, e.month or 1, 1) if not e.day else e.day, None, e.label)
    month = dt.date(y, e.month, 1) if e.month and not e.day else None  # "after March 2024": a month as the bound
    if k == "after":
        end = _add_months(month, 1) if month else dt.date(y + 1, 1, 1)
        return DateRange(e.day + dt.timedelta(days=1) if e.day else end, None, e.label)
    if k == "before":
        return DateRange(None, e.day or month or dt.date(y, 1, 1), e.label)
    if k == "until":
        end = _add_months(month, 1) if month else dt.date(y + 1, 1, 1)
        return DateRange(None, e.day + dt.timedelta(days=1) if e.day else end, e.label)
    if k == "day" and e.day is None and e.month and e.mday:
        first = _latest_day(e.month, e.mday, anchor)
        return DateRange(first, first + dt.timedelta(days=1), e.label)
    if k == "day":
        first = e.day or anchor
        last = (e.day2 or first) + dt.timedelta(days=1)
        return DateRange(first, last, e.label)
    if k == "this":
        start = _period_start(anchor, e.unit)
        return DateRange(start, _shift(start, e.unit, 1), e.label)
    if k == "ytd":
        return DateRange(dt.date(anchor.year, 1, 1), anchor + dt.timedelta(days=1), e.label)
    # "last year" is the previous complete calendar year; "last 3 months" the three complete months before.
    cur = _period_start(anchor, e.unit)
    return DateRange(_shift(cur, e.unit, -e.n), cur, e.label)


def _latest_day(month: int, mday: int, anchor: dt.date) -> dt.date:
    """The latest `mday` of `month` before the anchor (the 29th of February in its latest leap year)."""
    for y in range(anchor.year, anchor.year - 9, -1):
        try:
            day = dt.date(y, month, mday)
        except ValueError:
            continue
        if day < anchor:
            return day
    return dt.date(anchor.year - 1, month, min(mday, 28))


_WHOLE = frozenset({"full", "complete", "whole", "calendar", "entire"})
_STARTS = frozenset({"start", "beginning", "begin"})


def _latest_period(tokens: list[Token], i: int) -> tuple[DateExpr, set[int]] | None:
    """ "the most recent quarter", "the latest month": the period holding the latest date; "since the start of the
    year": the year so far (positions from i)."""
    n = len(tokens)

    def low(k: int) -> str:
        return tokens[k].lower if 0 <= k < n else ""

    w = low(i)
    if w == "since" and low(i + 1) == "the" and low(i + 2) in _STARTS and low(i + 3) == "of":
        j = i + 4 + (low(i + 4) in {"the", "this"})
        unit = _UNITS.get(low(j))
        if unit is None:
            return None
        if unit == "year":
            return DateExpr("ytd", "year to date"), set(range(i, j + 1))
        return DateExpr("this", f"this {low(j)}", unit=unit), set(range(i, j + 1))
    step = 2 if w == "most" and low(i + 1) == "recent" else 1 if w in {"latest", "newest"} else 0
    if step and _UNITS.get(low(i + step)) and low(i + step) == _UNITS[low(i + step)]:
        unit = low(i + step)
        return DateExpr("this", f"{' '.join(low(k) for k in range(i, i + step))} {unit}", unit=unit), set(
            range(i, i + step + 1)
        )
    return None


# Words before a day written without its year that make it a date ("on 3 June", "for June 3"), not a count ("top 3").
_DAY_CUES = frozenset({"on", "for", "of", "during", "at", ""})
_ORDINALS = frozenset({"st", "nd", "rd", "th"})


def _yearless(tokens: list[Token], i: int, month: int, mday: int, end: int) -> tuple[DateExpr, set[int]] | None:
    """ "on 3 June", "on June 3rd": a day of a month with no year, read as that day in its latest year (positions
    i..end, an ordinal ending after it included); only after a word that makes it a date."""
    prev = tokens[i - 1].lower if i > 0 else ""
    if prev not in _DAY_CUES:
        return None
    end += end < len(tokens) and tokens[end].lower in _ORDINALS
    try:
        dt.date(2000, month, mday)  # a leap year: every day a month can have
    except ValueError:
        return None
    used = set(range(i, end)) | ({i - 1} if prev in {"on", "during", "at"} else set[int]())
    return DateExpr("day", f"{mday} {dt.date(2000, month, 1):%B}", month=month, mday=mday), used


def _day_number(tok: Token | None) -> int | None:
    """1–31 for a day-of-month token ("October 1")."""
    if tok is None or tok.number is None or not re.fullmatch(r"\d{1,2}", tok.lower):
        return None
    return int(tok.number) if 1 <= tok.number <= 31 else None


def _month_day(tokens: list[Token], i: int) -> tuple[DateExpr, set[int]] | None:
    """ "October 1 and December 31, 2024", "from March 5 to April 2 2024", "since March 5, 2024": days, the year
    written once at the end or after each day."""
    n = len(tokens)

    def low(k: int) -> str:
        return tokens[k].lower if 0 <= k < n else ""

    def at(k: int) -> Token | None:
        return tokens[k] if 0 <= k < n else None

    d1 = _day_number(at(i + 1))
    if d1 is None:
        return None
    j = i + 2
    y1 = _year(at(j))
    j += bool(y1)
    prev = low(i - 1)
    try:
        if low(j) in {"to", "through", "and", "-", "until", "thru", "till"} and low(j + 1) in MONTHS:
            d2 = _day_number(at(j + 2))
            y2 = _year(at(j + 3))
            if d2 is None or not (y1 or y2):
                return None
            first = dt.date(y1 or y2 or 0, MONTHS[tokens[i].lower], d1)
            last = dt.date(y2 or y1 or 0, MONTHS[low(j + 1)], d2)
            used = set(range(i, j + 3 + bool(y2))) | ({i - 1} if prev in {"between", "from"} else set[int]())
            return DateExpr("day", f"{first} to {last}", day=first, day2=last), used
        if not y1:
            return _yearless(tokens, i, MONTHS[tokens[i].lower], d1, j)
        day = dt.date(y1, MONTHS[tokens[i].lower], d1)
    except ValueError:
        return None
    kind = {"since": "since", "after": "after", "before": "before", "until": "until", "from": "since"}.get(prev, "day")
    label = f"{prev} {day}" if kind != "day" else str(day)
    return DateExpr(kind, label, day=day), set(range(i, j)) | ({i - 1} if kind != "day" or prev == "on" else set[int]())


def _open_end(tokens: list[Token], j: int) -> tuple[str, int] | None:
    """ "onwards", "and later" (since) or "and earlier" (until) right after a period at j: (kind, words used)."""
    w = tokens[j].lower if j < len(tokens) else ""
    nxt = tokens[j + 1].lower if j + 1 < len(tokens) else ""
    if w in {"onwards", "onward", "forward", "forwards"}:
        return "since", 1
    if w in {"and", "or"} and nxt in {"later", "after", "beyond", "newer", "since"}:
        return "since", 2
    if w in {"and", "or"} and nxt in {"earlier", "before", "older"}:
        return "until", 2
    return None


def _year(tok: Token | None) -> int | None:
    """The year a token denotes (1800–2100 integer), if any."""
    if tok is None or tok.number is None or not re.fullmatch(r"\d{4}", tok.lower):
        return None
    y = int(tok.number)
    return y if 1800 <= y <= 2100 else None


def _iso(tok: Token | None) -> dt.date | None:
    """The date of an ISO token such as 2024-03-01."""
    if tok is None or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", tok.lower):
        return None
    try:
        return dt.date.fromisoformat(tok.lower)
    except ValueError:
        return None


def _quarter(tok: Token | None) -> int | None:
    """1–4 for tokens q1..q4."""
    if tok is None:
        return None
    m = re.fullmatch(r"q([1-4])", tok.lower)
    return int(m.group(1)) if m else None


_ORDINAL_WORDS = ("first", "second", "third", "fourth")


def _ordinal_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """1–4 for "first" … "fourth" at i, or a number written with its ordinal ending ("3rd", read as 3 and the word's
    last two letters); "last" and "final" are 4 (of quarters). With the position after it."""
    w = tokens[i].lower if 0 <= i < len(tokens) else ""
    if w in _ORDINAL_WORDS:
        return _ORDINAL_WORDS.index(w) + 1, i + 1
    if w in {"last", "final"}:
        return 4, i + 1
    number = tokens[i].number if 0 <= i < len(tokens) else None
    ending = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if number is not None and number in (1, 2, 3, 4) and ending == _ORDINAL_WORDS[int(number) - 1][-2:]:
        return int(number), i + 2
    return None


def _ordinal_quarter(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "third quarter", "3rd quarter", "the last quarter" at i: (quarter, position after "quarter")."""
    hit = _ordinal_at(tokens, i)
    if hit is None or hit[1] >= len(tokens) or tokens[hit[1]].lower not in {"quarter", "qtr"}:
        return None
    return hit[0], hit[1] + 1


def _day_first(tokens: list[Token], i: int) -> tuple[DateExpr, set[int]] | None:
    """ "27 Dec 2024", "27–31 Dec 2024", "from 27 to 31 December 2023": days written before their month."""
    n = len(tokens)

    def low(k: int) -> str:
        return tokens[k].lower if 0 <= k < n else ""

    d1 = _day_number(tokens[i])
    if d1 is None:
        return None
    j, d2 = i + 1, None
    if low(j) in {"-", "to", "through", "until", "thru", "till", "and"} and _day_number(
        tokens[j + 1] if j + 1 < n else None
    ):
        d2, j = _day_number(tokens[j + 1]), j + 2
    if low(j) not in MONTHS:
        return None
    y = _year(tokens[j + 1] if j + 1 < n else None)
    if y is None:
        return _yearless(tokens, i, MONTHS[low(j)], d1, j + 1) if d2 is None else None
    try:
        first = dt.date(y, MONTHS[low(j)], d1)
        last = dt.date(y, MONTHS[low(j)], d2) if d2 is not None else first
    except ValueError:
        return None
    prev = low(i - 1)
    used = set(range(i, j + 2)) | ({i - 1} if prev in {"between", "from", "on"} else set[int]())
    upto = _THROUGH | ({"and"} if prev == "between" else set[str]())
    nxt = tokens[j + 3] if j + 3 < n else None
    later = _day_first(tokens, j + 3) if d2 is None and low(j + 2) in upto and _day_number(nxt) else None
    if later is not None and later[0].kind == "day" and later[0].day is not None and later[0].day > first:
        # "between 1 Dec 2024 and 31 Jan 2025", "from 3 March 2023 to 4 April 2023": a span across months
        span = DateExpr("day", f"{first} to {later[0].day2}", day=first, day2=later[0].day2)
        return span, used | later[1] | {j + 2}
    if d2 is None and prev in {"since", "after", "before", "until"}:
        kind = {"since": "since", "after": "after", "before": "before", "until": "until"}[prev]
        return DateExpr(kind, f"{prev} {first}", day=first), used | {i - 1}
    label = str(first) if last == first else f"{first} to {last}"
    return DateExpr("day", label, day=first, day2=last), used


_THROUGH = frozenset({"to", "through", "thru", "until", "till", "-"})


def _months_of_year(tokens: list[Token], i: int) -> tuple[DateExpr, set[int]] | None:
    """ "the last three months of 2023", "first two quarters of 2024", "the final month of 2022": the first or the
    last months of a named year."""
    n = len(tokens)

    def low(k: int) -> str:
        return tokens[k].lower if 0 <= k < n else ""

    w = low(i)
    if w not in {"first", "last", "final", "opening", "closing"}:
        return None
    j = i + 1
    count = 1
    num = tokens[j] if j < n else None
    if num is not None and (num.number is not None or num.lower in NUMBER_WORDS) and low(j + 1) in _UNITS:
        count = int(num.number or NUMBER_WORDS.get(num.lower, 1))
        j += 1
    unit = _UNITS.get(low(j))
    if unit not in {"month", "quarter"} or low(j + 1) != "of":
        return None
    y = _year(tokens[j + 2] if j + 2 < n else None)
    if y is None:
        return None
    months = count * (3 if unit == "quarter" else 1)
    if not 1 <= months <= 12:
        return None
    first, last = (1, months) if w in {"first", "opening"} else (13 - months, 12)
    label = f"{w} {count} {low(j)} of {y}"
    return DateExpr("months", label, year=y, year2=y, month=first, month2=last), set(range(i, j + 3))


_VERSUS = frozenset({"vs", "versus", "and", "or"})


def _period_at(tokens: list[Token], i: int) -> tuple[DateExpr, int] | None:
    """A quarter, half, month or year at i ("Q1", "Q1 2024", "the third quarter of 2024", "the first half of 2025",
    "H1 2025", "March", "2024") and the position after it."""
    n = len(tokens)
    i += 0 < i < n and tokens[i].lower == "the"
    t = tokens[i] if 0 <= i < n else None
    nxt = tokens[i + 1] if i + 1 < n else None
    q = _quarter(t)
    ordinal = _ordinal_quarter(tokens, i) if t is not None and q is None else None
    if ordinal is not None:
        q, j = ordinal
        j += j < n and tokens[j].lower == "of"
        y = _year(tokens[j] if j < n else None)
        return DateExpr("quarter", f"Q{q}", year=y, quarter=q, unit="quarter"), j + bool(y)
    if q:
        y = _year(nxt)
        return DateExpr("quarter", f"Q{q}", year=y, quarter=q, unit="quarter"), i + 1 + bool(y)
    half = _half_at(tokens, i)
    if half is not None:
        h, j = half
        y = _year(tokens[j] if j < n else None)
        if y is None:
            return None
        m1 = 1 if h == 1 else 7
        return DateExpr("months", f"H{h}", year=y, year2=y, month=m1, month2=m1 + 5, unit="half"), j + 1
    if t is not None and t.lower in MONTHS:
        y = _year(nxt)
        return DateExpr("month", t.text.capitalize(), year=y, month=MONTHS[t.lower], unit="month"), i + 1 + bool(y)
    y = _year(t)
    if y:
        return DateExpr("year", str(y), year=y, unit="year"), i + 1
    return None


def _half_at(tokens: list[Token], i: int) -> tuple[int, int] | None:
    """ "first half of", "H2": (1 or 2, where its year would be)."""
    w = tokens[i].lower if 0 <= i < len(tokens) else ""
    if w in {"h1", "h2"}:
        return int(w[1]), i + 1
    hit = _ordinal_at(tokens, i)
    if hit is None or w in {"last", "final"} or hit[0] > 2 or hit[1] >= len(tokens) or tokens[hit[1]].lower != "half":
        return None
    return hit[0], hit[1] + 1 + (hit[1] + 1 < len(tokens) and tokens[hit[1] + 1].lower == "of")


def _joiner(tokens: list[Token], k: int, compare: bool) -> tuple[int, bool] | None:
    """Words setting one period against the next at k ("vs", "and", ", compared with", "against"; "with" after
    "compare"): (where the next period starts, whether the words say compared)."""
    n = len(tokens)

    def low(j: int) -> str:
        return tokens[j].lower if 0 <= j < n else ""

    k += low(k) == ","
    if low(k) in {"vs", "versus", "against"}:
        return k + 1 + (low(k + 1) == "."), True
    if low(k) in {"and", "or"}:
        return k + 1, False
    if low(k) in {"compared", "relative"} and low(k + 1) in {"with", "to"}:
        return k + 2, True
    if low(k) in {"with", "to"} and compare:
        return k + 1, True
    return None


def parse_periods(tokens: list[Token]) -> tuple[DateExpr | None, set[int]]:
    """Periods of one grain set against each other: "Q1 vs Q2 2025", "2023 vs 2024", "March versus April", "the first
    half of 2025 compared with the first half of 2024", "compare Q4 2022 with Q4 2023"."""
    compare = any(t.lower in {"compare", "compared", "comparing", "comparison"} for t in tokens)
    for i in range(len(tokens)):
        if i > 0 and tokens[i - 1].lower in {"between", "from"}:
            continue
        if tokens[i].lower == "the":
            continue  # the period after it is tried next
        first = _period_at(tokens, i)
        if first is None:
            continue
        found, end, said, either = [first[0]], first[1], False, True
        while (join := _joiner(tokens, end, compare)) is not None:
            nxt = _period_at(tokens, join[0])
            if nxt is None or nxt[0].kind != first[0].kind or nxt[0].unit != first[0].unit:
                break
            either &= tokens[join[0] - 1].lower == "or"
            found.append(nxt[0])
            end, said = nxt[1], said or join[1]
        if len(found) >= 2 and either and not compare:
            label = " or ".join(p.label for p in found)
            return DateExpr("periods", label, periods=found, unit=first[0].unit, either=True), set(range(i, end))
        if len(found) < 2 or (first[0].kind == "year" and not said and not compare):
            continue
        year = next((p.year for p in reversed(found) if p.year), None)
        for p in found:
            if p.kind != "year":
                p.year = p.year or year
                p.year2 = p.year2 and p.year
                p.label += f" {p.year}" if p.year else ""
        unit = first[0].unit
        if unit == "half" and len({p.year for p in found}) == len(found):
            unit = "year"  # the first halves of two years: the years tell them apart
        elif unit == "half":
            continue  # two halves of one year have no bucket of their own
        label = " vs ".join(p.label for p in found)
        return DateExpr("periods", label, periods=found, unit=unit), set(range(i, end))
    return None, set()


def parse_dates(tokens: list[Token]) -> tuple[DateExpr | None, set[int]]:
    """The first date expression in the question and the token positions it used."""
    periods = parse_periods(tokens)
    if periods[0] is not None:
        return periods
    n = len(tokens)

    def at(i: int) -> Token | None:
        return tokens[i] if 0 <= i < n else None

    def low(i: int) -> str:
        t = at(i)
        return t.lower if t else ""

    for i, t in enumerate(tokens):
        w = t.lower
        counted = _months_of_year(tokens, i)
        if counted is not None:
            return counted  # "the last three months of 2023": a named year's, not the latest ones
        ordinal = _ordinal_quarter(tokens, i)
        if ordinal is not None and (w != "last" or _year(at(ordinal[1] + (low(ordinal[1]) == "of")))):
            # "the third quarter of 2024", "the last quarter of 2023"
            q, j = ordinal
            j += low(j) == "of"
            y = _year(at(j))
            used = set(range(i, j + (1 if y else 0)))
            return DateExpr("quarter", f"Q{q} {y}" if y else f"Q{q}", year=y, quarter=q), used
        # Relative: last/past/previous [N] [full] unit, this unit, year to date.
        latest = _latest_period(tokens, i)
        if latest is not None:
            return latest
        if w in {"last", "past", "previous", "prior", "trailing"}:
            num_tok = at(i + 1)
            count = None
            if num_tok and (num_tok.number is not None or num_tok.lower in NUMBER_WORDS):
                count = int(num_tok.number or NUMBER_WORDS.get(num_tok.lower, 1))
            j = i + 2 if count is not None else i + 1
            j += low(j) in _WHOLE and low(j + 1) in _UNITS  # "the last 3 full months": complete ones, as always
            if low(j) in _UNITS:
                unit = _UNITS[low(j)]
                label = f"{w} {count} {low(j)}" if count else f"{w} {low(j)}"
                return DateExpr("last", label, n=count or 1, unit=unit), set(range(i, j + 1))
        if w in {"this", "current"} and low(i + 1) in _UNITS:
            return DateExpr("this", f"this {low(i + 1)}", unit=_UNITS[low(i + 1)]), {i, i + 1}
        if w in {"ytd"} or (w == "year" and low(i + 1) == "to" and low(i + 2) == "date"):
            return DateExpr("ytd", "year to date"), {i} if w == "ytd" else {i, i + 1, i + 2}
        # Decades: 1990s.
        m = re.fullmatch(r"(\d{3})0s", w)
        if m:
            y = int(m.group(1)) * 10
            return DateExpr("years", f"the {w}", year=y, year2=y + 9), {i}
        half = {"first": 1, "second": 2, "h1": 1, "h2": 2}.get(w) if w[:1] == "h" or low(i + 1) == "half" else None
        if half is not None:
            # "the second half of 2019", "H1 2024": six months, like a quarter twice over.
            j = i + 1 if w[:1] == "h" else i + 2 + (low(i + 2) == "of")
            y = _year(at(j))
            m1 = 1 if half == 1 else 7
            label = f"H{half} {y}" if y else f"H{half}"
            used = set(range(i, j + (1 if y else 0)))
            return DateExpr("months", label, year=y, year2=y, month=m1, month2=m1 + 5), used
        q = _quarter(t)
        if q:
            y = _year(at(i + 1))
            y_before = _year(at(i - 1))
            used = {i} | ({i + 1} if y else set[int]()) | ({i - 1} if (y_before and not y) else set[int]())
            year = y or y_before
            return DateExpr("quarter", f"Q{q} {year}" if year else f"Q{q}", year=year, quarter=q), used
        d = _iso(t)
        if d:
            prev = low(i - 1)
            joined = {"and", "to", "through", "thru", "until", "till", "-"} if prev == "between" else _THROUGH
            d2 = _iso(at(i + 2)) if low(i + 1) in joined else None
            if d2 is not None:  # "between 2024-06-01 and 2024-08-31", "2024-06-01 through 2024-08-31"
                used = {i, i + 1, i + 2} | ({i - 1} if prev in {"between", "from"} else set[int]())
                return DateExpr("day", f"{d} to {d2}", day=d, day2=d2), used
            kind = {"since": "since", "after": "after", "before": "before", "until": "until"}.get(prev, "day")
            return DateExpr(kind, f"{prev} {d}" if kind != "day" else str(d), day=d), {i, i - 1}
        if w in MONTHS and not (w == "may" and i == 0):
            m1 = MONTHS[w]
            prev = low(i - 1)
            dated = _month_day(tokens, i)
            if dated is not None:
                return dated
            if low(i + 1) in MONTHS and MONTHS[low(i + 1)] > m1 and not _year(at(i + 2)):
                # "by calendar month (jan-dec)": the months of every year, the dash read away; the whole year
                # spanned is no period at all
                if (m1, MONTHS[low(i + 1)]) == (1, 12):
                    return None, {i, i + 1}
                label = f"{tokens[i].text}–{tokens[i + 1].text}"
                return DateExpr("months", label, month=m1, month2=MONTHS[low(i + 1)]), {i, i + 1}
            if low(i + 1) in {"to", "through", "and", "-", "until", "thru"} and low(i + 2) in MONTHS:
                m2 = MONTHS[low(i + 2)]
                y2 = _year(at(i + 3))
                used = (
                    {i, i + 1, i + 2}
                    | ({i + 3} if y2 else set[int]())
                    | ({i - 1} if prev in {"between", "from"} else set[int]())
                )
                label = f"{tokens[i].text}–{tokens[i + 2].text}" + (f" {y2}" if y2 else "")
                return DateExpr("months", label, year2=y2, month=m1, month2=m2), used
            y = _year(at(i + 1))
            upto = {"to", "through", "and", "-", "until", "thru", "till"}
            if (
                y
                and low(i + 2) in upto
                and low(i + 3) in MONTHS
                and (prev in {"between", "from"} or low(i + 2) != "and")
            ):
                # "between November 2024 and February 2025", "from Nov 2024 to Feb": a span of months across years
                m2 = MONTHS[low(i + 3)]
                y2 = _year(at(i + 4)) or (y if m2 >= m1 else y + 1)
                used = set(range(i, i + 4 + bool(_year(at(i + 4))))) | (
                    {i - 1} if prev in {"between", "from"} else set[int]()
                )
                label = f"{tokens[i].text} {y}–{tokens[i + 3].text} {y2}"
                return DateExpr("months", label, year=y, year2=y2, month=m1, month2=m2), used
            used = {i} | ({i + 1} if y else set[int]())
            # "before July 2024", "after March": the month is a bound, not the period asked for.
            kind = {"since": "since", "after": "after", "before": "before", "until": "until", "till": "until"}.get(
                prev, "month"
            )
            tail = _open_end(tokens, i + 1 + bool(y))
            if tail is not None and tail[0] == "since":  # "from March 2024 onwards"
                kind = "since"
                used |= set(range(i + 1 + bool(y), i + 1 + bool(y) + tail[1])) | (
                    {i - 1} if prev == "from" else set[int]()
                )
            if kind != "month":
                used.add(i - 1)
            name = f"{t.text.capitalize()} {y}" if y else t.text.capitalize()
            label = name if kind in ("month", "since") else f"{prev} {name}"
            return DateExpr(kind, label, year=y, month=m1), used
        day_first = _day_first(tokens, i) if t.number is not None else None
        if day_first is not None:
            return day_first
        y = _year(t)
        quantity = (low(i - 1) == "than" and low(i - 2) not in {"earlier", "later"}) or low(i + 1) in _QUANTITY_UNITS
        dashed = low(i + 1) == "-" and _year(at(i + 2)) is not None  # "2017–2019" names years wherever it stands
        context = low(i - 1) in _YEAR_CONTEXT or i in (0, n - 1) or dashed
        if y and context and low(i - 1) not in _COMPARE and not quantity:
            prev = low(i - 1)
            if prev in {"between", "from"} and low(i + 1) in {"and", "to", "through"} and _year(at(i + 2)):
                y2 = _year(at(i + 2)) or y
                return DateExpr("years", f"{y}–{y2}", year=y, year2=y2), {i - 1, i, i + 1, i + 2}
            if low(i + 1) in {"to", "through", "-"} and _year(at(i + 2)):
                y2 = _year(at(i + 2)) or y
                return DateExpr("years", f"{y}–{y2}", year=y, year2=y2), {i, i + 1, i + 2}
            kind = {"since": "since", "after": "after", "before": "before", "until": "until", "till": "until",
                    "through": "until"}.get(prev, "year")  # fmt: skip
            used = {i} | ({i - 1} if kind != "year" or prev in {"in", "during"} else set[int]())
            if prev == "to" and low(i - 2) in {"prior", "up"}:  # "prior to 2010", "up to 2020"
                kind = "before" if low(i - 2) == "prior" else "until"
                used |= {i - 1, i - 2}
            tail = _open_end(tokens, i + 1)
            if tail is not None and kind == "year":
                kind = tail[0]
                used |= set(range(i + 1, i + 1 + tail[1])) | ({i - 1} if prev == "from" else set[int]())
            label = f"{prev} {y}" if kind != "year" else str(y)
            return DateExpr(kind, label, year=y), used
    return None, set()
