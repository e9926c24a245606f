"""Two years set apart by a change noun: "the increase in X between 1952 and 2007" compares the first and the last
year (kind periods), it asks for no total over the range; `period_span.change_between` then reads the change."""

from __future__ import annotations

from backend.agents.builtin.dates import DateExpr

# Nouns of a change between two points in time; a verb ("how has it changed") asks for the trend in between instead.
SPAN_CHANGE_WORDS = frozenset({"change", "increase", "decrease", "growth", "rise", "gain", "drop", "fall", "decline",
                               "difference"})  # fmt: skip


def span_years(low: list[str], date: DateExpr | None) -> DateExpr | None:
    """ "increase in X between 1952 and 2007": the two years compared (kind periods), when a change noun is asked and
    the question is no "how … changed" (a trend over the years)."""
    if date is None or date.kind != "years" or date.year is None or date.year2 is None or date.year2 <= date.year:
        return None
    if low[:1] == ["how"] or not set(low) & SPAN_CHANGE_WORDS:
        return None
    ends = [DateExpr("year", str(y), year=y) for y in (date.year, date.year2)]
    return DateExpr("periods", f"{date.year} vs {date.year2}", periods=ends, unit="year")
