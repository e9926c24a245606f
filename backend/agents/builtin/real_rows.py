"""Rows a system keeps beside the real ones: made in a test mode, or deleted in place (a soft delete).

A payment processor keeps its test-mode rows in the same tables as the live ones, under a yes/no column saying
which (`is_test`, or a `live_mode` kept the other way); replicated CRM and app tables keep deleted rows with a yes/no
column (`Deleted`, a loader's `_<loader>_deleted`) or the time they were deleted (`deleted_at`). Nobody asking "new
customers per month" means the test customers or the deleted ones, so every answer keeps the real rows only, unless
the question names those rows ("how many test mode charges", "deleted accounts by month"): then it reads those
instead. A till's voided lines are struck out the same way: a line with a void reason (or a void time, or a yes/no
saying it was voided) was rung up and taken back, so no answer counts its units as sold unless it asks for the voids.
"""

from __future__ import annotations

from collections.abc import Sequence

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, ColumnEntry
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter

# Words of a yes/no column's name that only say it is one ("Deleted", "test_mode", "row_deleted").
_FLAG_WORDS = frozenset({"is", "was", "has", "flag", "yn", "mode", "row", "record", "in"})
_MODE = "mode"
# The word of a yes/no column that is yes on the rows that really happened, and of one that is yes on the others.
_LIVE = frozenset({"live", "production"})
_NOT_REAL = frozenset({"test", "sandbox", "deleted", "delete", "purged"})
# Words of a date column's name that only say it is one ("deleted_at", "removed_on").
_DATE_WORDS = frozenset({"at", "on", "date", "time", "timestamp", "dt", "utc"})
# What a question calls those rows when it asks for them.
_SAID = frozenset({"test", "sandbox", "deleted", "purged", "trashed", "live", "void", "voided", "voids"})
# Words of a voided row's column ("void_cause", "voided_when", "is_void"), and words that only say what it holds.
_VOIDED = frozenset({"void", "voided"})
_VOID_NOTES = frozenset({"reason", "code", "note", "comment", "by", "type", "flag", "is", "was"})


def _own_words(c: ColumnEntry, noise: frozenset[str]) -> frozenset[str]:
    """The column's words that say what it is about: without the words of its kind and, for a name written with a
    leading underscore (a loader's own column, `_sdc_deleted_at`), without the loader's name."""
    words = list(c.words)
    if c.name.startswith("_") and len(words) > 1:
        words = words[1:]
    kept = [w for w in words if w not in noise]
    # a name written as one word with the word of its kind ("testmode"): that word alone
    return frozenset(w[: -len(_MODE)] if len(w) > len(_MODE) and w.endswith(_MODE) else w for w in kept)


def real_rows_filter(c: ColumnEntry) -> Filter | None:
    """The filter keeping the real rows when `c` says which rows are test or deleted ones, else None."""
    col = ColumnRef(table=c.table, column=c.name)
    if c.flag is not None:
        words = _own_words(c, _FLAG_WORDS)
        yes, no = c.flag
        if len(words) == 1 and words <= _LIVE:
            return Filter(column=col, op="=", values=[yes], label=f"{c.name} is {'true' if yes is True else yes}")
        if len(words) == 1 and words <= _NOT_REAL | _VOIDED:
            return Filter(column=col, op="=", values=[no], label=f"{c.name} is {'false' if no is False else no}")
        return None
    words = _own_words(c, _DATE_WORDS)
    struck = _own_words(c, _DATE_WORDS | _VOID_NOTES)
    if c.info.nullable and not c.is_id and struck and struck <= _VOIDED:
        return Filter(column=col, op="is_null", label=f"{c.name} is empty")  # a line voided: its void cause set
    if c.info.kind == "temporal" and c.info.nullable and words and words <= _NOT_REAL - {"test", "sandbox"}:
        return Filter(column=col, op="is_null", label=f"{c.name} is empty")
    return None


def real_rows(tokens: Sequence[lx.Token], idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan kept to the main table's real rows (not made in a test mode, not deleted), and the thought; the plan
    as it is when the question speaks of such rows or already reads the column that tells them apart."""
    t = idx.tables.get(plan.table)
    if t is None:
        return plan, None
    if any(tok.lower in _SAID or lx.stem(tok.lower) in _SAID for tok in tokens):
        return _test_rows(tokens, idx, plan), None
    said = [f.column for f in plan.filters] + [d.column for d in plan.dimensions] + list(plan.columns)
    kept: list[Filter] = []
    for c in t.columns:
        f = real_rows_filter(c)
        if f is not None and not any(r.table == c.table and r.column == c.name for r in said):
            kept.append(f)
    if not kept:
        return plan, None
    made = plan.model_copy(update={"filters": [*plan.filters, *kept]})
    which = " and ".join(f.label for f in kept)
    return made, f"Test, deleted and voided rows are no real ones: I kept the {plan.table} rows where {which}."


def _test_rows(tokens: Sequence[lx.Token], idx: CatalogIndex, plan: AnalysisPlan) -> AnalysisPlan:
    """ "test mode charges": a yes/no column that is yes on live rows, read as its no when the question asks for the
    test rows (the name it matched is the live one's)."""
    if not any(tok.lower in {"test", "sandbox"} for tok in tokens):
        return plan
    filters: list[Filter] = []
    for f in plan.filters:
        t = idx.tables.get(f.column.table) if f.op == "=" else None
        c = t.col(f.column.column) if t is not None else None
        kept = real_rows_filter(c) if c is not None and c.flag is not None else None
        if c is not None and c.flag is not None and kept is not None and f.values == [c.flag[0]] == kept.values:
            _, no = c.flag
            f = f.model_copy(update={"values": [no], "label": f"{c.name} is {'false' if no is False else no}"})
        filters.append(f)
    return plan.model_copy(update={"filters": filters})
