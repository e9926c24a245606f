"""Result-set comparison for the evaluation: robust to column names, column order and value representation.

Values are normalised to sortable keys `(tag, value)`: numbers rounded to 6 significant digits, DECIMALs as
floats, dates and timestamps as ISO strings (a timestamp at midnight equals its date), NULL equal to NULL.
A gold column matches an answer column when their multisets of keys are equal, possibly after coarsening a
date bucket to the label an answer may use instead (`2024-03` for a month, `2024-Q1` for a quarter, `2024`
for a year); the rows are then compared as a multiset (or a list when order matters).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import permutations
from typing import Any, Literal

Key = tuple[int, Any]
Mode = Literal["rows", "columns", "histogram"]

NULL: Key = (0, 0)
_NUM, _DATE, _STR, _NAN = 1, 2, 3, 4
_ISO = re.compile(r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$")
_NUMERIC_TYPE = re.compile(r"DECIMAL|NUMERIC|DOUBLE|FLOAT|REAL|INT", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """Outcome of one comparison; `reason` says why it failed (empty when it passed)."""

    ok: bool
    reason: str = ""


def round_sig(x: float, digits: int = 6) -> float:
    """`x` rounded to `digits` significant digits; values within 1e-9 of zero become 0.

    Float noise is rounded away first (to 12 digits), so a sum that comes back as 37841.450000000004 and the
    DECIMAL 37841.45 fall on the same side of the half-way point."""
    if abs(x) < 1e-9:
        return 0.0
    return float(f"{float(f'{x:.11e}'):.{digits - 1}e}")


def _iso(value: dt.date | dt.datetime) -> str:
    if isinstance(value, dt.datetime):
        if value.tzinfo is not None:
            value = value.astimezone(dt.UTC).replace(tzinfo=None)
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat(timespec="microseconds" if value.microsecond else "seconds")
    return value.isoformat()


def normalise(value: Any) -> Key:
    """The comparison key of one cell."""
    if value is None:
        return NULL
    if isinstance(value, bool):
        return (_NUM, float(value))
    if isinstance(value, int | float | Decimal):
        number = float(value)
        if math.isnan(number):
            return (_NAN, "nan")
        if math.isinf(number):
            return (_NUM, number)
        return (_NUM, round_sig(number))
    if isinstance(value, dt.date):  # datetime is a date too
        return (_DATE, _iso(value))
    if isinstance(value, str):
        text = value.strip()
        if _ISO.match(text):
            try:
                return (_DATE, _iso(dt.datetime.fromisoformat(text.replace(" ", "T"))))
            except ValueError:
                pass
        return (_STR, text)
    return (_STR, str(value))


def coerce_answer_rows(types: Sequence[str], rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Answer rows with numeric-typed strings (a DECIMAL sent as text) turned into floats."""
    numeric = [bool(_NUMERIC_TYPE.search(t or "")) for t in types]
    out: list[list[Any]] = []
    for row in rows:
        cells: list[Any] = []
        for i, cell in enumerate(row):
            if i < len(numeric) and numeric[i] and isinstance(cell, str):
                with contextlib.suppress(ValueError):
                    cell = float(cell)
            cells.append(cell)
        out.append(cells)
    return out


_MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"]  # fmt: skip
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# How engines number the days of the week: ISO (Monday 1 … Sunday 7), DuckDB/Postgres `dow` (Sunday 0 …
# Saturday 6) and Spark/MySQL `dayofweek` (Sunday 1 … Saturday 7).
_WEEKDAY_NUMBERINGS = [lambda i: i + 1, lambda i: (i + 1) % 7, lambda i: (i + 1) % 7 + 1]


# A sortable label puts the number before the name: "01 January", "3-Mar", "1 Mon" (an axis sorted as text).
_NUMBERED = re.compile(r"^(\d{1,2})\s*[-.:_ ]\s*(\D.*)$")


def _cycle_name(text: str, lookup: dict[str, int], numbers: Callable[[int], set[int]]) -> int | None:
    """Position of a name, bare or after a number that agrees with it, or None."""
    text = text.lower().rstrip(".")
    if text in lookup:
        return lookup[text]
    numbered = _NUMBERED.match(text)
    if numbered and numbered.group(2).rstrip(".") in lookup:
        index = lookup[numbered.group(2).rstrip(".")]
        return index if int(numbered.group(1)) in numbers(index) else None
    return None


def _cycle_index(keys: Sequence[Key], names: list[str]) -> list[int | None] | None:
    """Position of each name (full or three-letter, maybe numbered) in `names`, or None when the column is not such names."""
    lookup = {n: i for i, n in enumerate(names)} | {n[:3]: i for i, n in enumerate(names)}
    numbering = [lambda i: i + 1] if names is _MONTHS else _WEEKDAY_NUMBERINGS

    def numbers(index: int) -> set[int]:
        return {number(index) for number in numbering}

    out: list[int | None] = []
    for k in keys:
        if k == NULL:
            out.append(None)
            continue
        index = _cycle_name(str(k[1]), lookup, numbers) if k[0] == _STR else None
        if index is None:
            return None
        out.append(index)
    return out if any(i is not None for i in out) else None


def cycle_forms(keys: Sequence[Key]) -> list[list[Key]]:
    """Other spellings of a month-of-year or day-of-week column: the full name and the engines' numbers.

    "Mar", "March" and 3 are the same month; "Mon", "Monday", 1 (ISO), 1 (Sunday-0) and 2 (Sunday-1) the
    same weekday. Both sides get these forms, so a gold column of names matches an answer of numbers.
    """
    forms: list[list[Key]] = []
    months = _cycle_index(keys, _MONTHS)
    if months is not None:
        forms.append([NULL if i is None else (_STR, _MONTHS[i]) for i in months])
        forms.append([NULL if i is None else (_NUM, float(i + 1)) for i in months])
    weekdays = _cycle_index(keys, _WEEKDAYS)
    if weekdays is not None:
        forms.append([NULL if i is None else (_STR, _WEEKDAYS[i]) for i in weekdays])
        for number in _WEEKDAY_NUMBERINGS:
            forms.append([NULL if i is None else (_NUM, float(number(i))) for i in weekdays])
    return forms


def column_forms(keys: Sequence[Key]) -> list[list[Key]]:
    """The column itself, then coarser labels of the same buckets (month, quarter, year) when they apply,
    or the other spellings of a month or weekday name."""
    forms = [list(keys), *cycle_forms(keys)]
    dates: list[str] = [str(k[1]) for k in keys if k != NULL]
    if not dates or not all(k[0] == _DATE and len(k[1]) == 10 and k[1].endswith("-01") for k in keys if k != NULL):
        return forms

    def coarsen(label: Callable[[str], Key]) -> Iterator[Key]:
        for k in keys:
            yield NULL if k == NULL else label(k[1])

    forms.append(list(coarsen(lambda d: (_STR, d[:7]))))
    months = {int(d[5:7]) for d in dates}
    if months <= {1, 4, 7, 10}:
        forms.append(list(coarsen(lambda d: (_STR, f"{d[:4]}-Q{(int(d[5:7]) + 2) // 3}"))))
    if months == {1}:
        forms.append(list(coarsen(lambda d: (_NUM, float(d[:4])))))
    return forms


def _key_columns(rows: Sequence[Sequence[Any]], width: int) -> list[list[Key]]:
    return [[normalise(row[i]) for row in rows] for i in range(width)]


def _candidates(gold: list[list[Key]], answer: list[list[Key]]) -> list[list[tuple[int, list[Key], list[Key]]]]:
    """For each gold column: (answer column index, gold form, answer form) whose multisets are equal."""
    answer_forms = [column_forms(col) for col in answer]
    result: list[list[tuple[int, list[Key], list[Key]]]] = []
    for g in gold:
        options: list[tuple[int, list[Key], list[Key]]] = []
        for g_form in column_forms(g):
            g_sorted = sorted(g_form)
            for j, forms in enumerate(answer_forms):
                options.extend((j, g_form, a_form) for a_form in forms if sorted(a_form) == g_sorted)
        result.append(options)
    return result


def _rows_match(
    chosen: Sequence[tuple[int, list[Key], list[Key]]], n_rows: int, order_matters: bool, drop_nulls: bool
) -> bool:
    gold_rows = [tuple(c[1][r] for c in chosen) for r in range(n_rows)]
    answer_rows = [tuple(c[2][r] for c in chosen) for r in range(n_rows)]
    if drop_nulls:
        gold_rows = [row for row in gold_rows if NULL not in row]
        answer_rows = [row for row in answer_rows if NULL not in row]
    if order_matters:
        return gold_rows == answer_rows
    return sorted(gold_rows) == sorted(answer_rows)


def _assign(
    candidates: list[list[tuple[int, list[Key], list[Key]]]],
    n_rows: int,
    order_matters: bool,
    drop_nulls: bool,
) -> bool:
    """Backtracking search for distinct answer columns whose joint rows equal the gold rows."""
    chosen: list[tuple[int, list[Key], list[Key]]] = []

    def search(i: int) -> bool:
        if i == len(candidates):
            return _rows_match(chosen, n_rows, order_matters, drop_nulls)
        used = {c[0] for c in chosen}
        for option in candidates[i]:
            if option[0] in used:
                continue
            chosen.append(option)
            if search(i + 1):
                return True
            chosen.pop()
        return False

    return search(0)


def _strip_null_rows(rows: Sequence[Sequence[Any]], width: int) -> list[Sequence[Any]]:
    return [row for row in rows if all(row[i] is not None for i in range(width))]


def compare_rows(
    gold_columns: Sequence[str],
    gold_rows: Sequence[Sequence[Any]],
    answer_columns: Sequence[str],
    answer_rows: Sequence[Sequence[Any]],
    *,
    order_matters: bool = False,
    mode: Mode = "rows",
) -> Verdict:
    """Does the answer hold the gold result? Extra answer columns are allowed, names are ignored.

    `mode="columns"` (scatter plots) ignores rows with a NULL in a gold column on either side, since a chart
    of two measures may leave incomplete points out.
    """
    width = len(gold_columns)
    if mode == "columns":
        gold_rows = _strip_null_rows(gold_rows, width)
    if len(answer_rows) != len(gold_rows) and mode != "columns":
        return Verdict(False, f"row count {len(answer_rows)} != gold {len(gold_rows)}")
    if len(answer_columns) < width:
        return Verdict(False, f"{len(answer_columns)} columns < gold {width}")
    gold = _key_columns(gold_rows, width)
    answer = _key_columns(answer_rows, len(answer_columns))
    if mode == "columns":
        return _compare_complete_points(gold_columns, gold, answer, order_matters)
    candidates = _candidates(gold, answer)
    missing = [name for name, options in zip(gold_columns, candidates, strict=True) if not options]
    if missing:
        return Verdict(False, f"no answer column matches gold column(s) {', '.join(missing)}")
    if not _assign(candidates, len(gold_rows), order_matters, drop_nulls=False):
        return Verdict(False, "columns match one by one but rows differ" + (" (or order)" if order_matters else ""))
    return Verdict(True)


def _compare_complete_points(
    gold_columns: Sequence[str], gold: list[list[Key]], answer: list[list[Key]], order_matters: bool
) -> Verdict:
    """Scatter comparison: every pair of answer columns is tried after dropping its incomplete rows."""
    n_gold = len(gold[0]) if gold else 0
    width = len(gold)
    for combo in permutations(range(len(answer)), width):
        rows = [r for r in range(len(answer[0]) if answer else 0) if all(answer[j][r] != NULL for j in combo)]
        if len(rows) != n_gold:
            continue
        cols = [[answer[j][r] for r in rows] for j in combo]
        chosen = [(j, gold[i], cols[i]) for i, j in enumerate(combo)]
        if all(sorted(g) == sorted(a) for _, g, a in chosen) and _rows_match(chosen, n_gold, order_matters, False):
            return Verdict(True)
    return Verdict(False, f"no answer columns hold the points of {', '.join(gold_columns)} ({n_gold} complete rows)")


def check_histogram(
    non_null: int, answer_columns: Sequence[str], answer_rows: Sequence[Sequence[Any]], raw_match: bool = False
) -> Verdict:
    """A histogram answer passes when some column of bin counts sums to the gold non-null count.

    `raw_match` is the caller's comparison of raw values (an answer that leaves the binning to the chart).
    """
    if raw_match:
        return Verdict(True)
    if len(answer_rows) < 2:
        return Verdict(False, f"{len(answer_rows)} bin(s); a histogram needs at least 2")
    sums: list[str] = []
    for j, name in enumerate(answer_columns):
        values = [row[j] for row in answer_rows]
        if not all(isinstance(v, int | float | Decimal) and not isinstance(v, bool) for v in values):
            continue
        if not all(float(v) >= 0 and float(v).is_integer() for v in values):
            continue
        total = int(sum(float(v) for v in values))
        if total == non_null:
            return Verdict(True)
        sums.append(f"{name}={total}")
    detail = "; integer columns sum to " + ", ".join(sums) if sums else "; no integer count column"
    return Verdict(False, f"bin counts do not sum to {non_null} non-null values{detail}")
