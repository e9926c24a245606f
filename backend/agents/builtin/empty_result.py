"""Why an answer came back empty, when the catalog's own figures already tell: a filter asks for values outside
the range its column holds ("2024" on dates from January to July 2001)."""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.describe import human
from backend.agents.builtin.models import AnalysisPlan, Filter

_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")


class Point(NamedTuple):
    """A value on a line: numbers as themselves, dates as day numbers (never compared with each other)."""

    is_date: bool
    at: float
    text: str


def _point(v: object) -> Point | None:
    if isinstance(v, bool):
        return None
    if isinstance(v, int | float):
        return Point(False, float(v), f"{v:g}")
    if isinstance(v, str) and _ISO_DATE.match(v):
        try:
            return Point(True, float(dt.date.fromisoformat(v[:10]).toordinal()), v[:10])
        except ValueError:
            return None
    return None


def _asked(f: Filter) -> tuple[Point | None, Point | None, bool]:
    """(lowest asked, highest asked, whether the highest is excluded) for a range-like filter."""
    points = [p for v in f.values if (p := _point(v)) is not None]
    if not points or len(points) != len(f.values):
        return None, None, False
    if f.op == "date_range" and len(points) == 2:
        return points[0], points[1], True
    if f.op in (">", ">="):
        return points[0], None, False
    if f.op in ("<", "<="):
        return None, points[0], f.op == "<"
    if f.op in ("between", "=", "in"):
        return min(points, key=lambda p: p.at), max(points, key=lambda p: p.at), False
    return None, None, False


def _outside(lo: Point, hi: Point, f: Filter) -> bool:
    want_lo, want_hi, open_end = _asked(f)
    if want_lo is not None and want_lo.is_date == hi.is_date and want_lo.at > hi.at:
        return True
    if want_hi is not None and want_hi.is_date == lo.is_date:
        return want_hi.at <= lo.at if open_end else want_hi.at < lo.at
    return False


def empty_result_note(plan: AnalysisPlan, idx: CatalogIndex) -> str | None:
    """ "No rows for 2024: sent on of parcels runs from 2001-01-01 to 2001-07-01." when the catalog's figures explain it."""
    for f in plan.filters:
        if f.having is not None or f.than_agg is not None or f.than_column is not None or f.per_row is not None:
            continue
        table = idx.tables.get(f.column.table)
        col = table.col(f.column.column) if table else None
        lo, hi = (_point(col.info.min), _point(col.info.max)) if col else (None, None)
        if lo is None or hi is None or not _outside(lo, hi, f):
            continue
        asked = f.label or ", ".join(str(v) for v in f.values)
        column, where = human(f.column.column), human(f.column.table)
        return f"No rows for {asked}: {column} of {where} runs from {lo.text} to {hi.text}."
    return None
