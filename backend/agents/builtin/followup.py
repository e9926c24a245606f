"""Data-changing follow-ups: merge what a short message asks for into the previous turn's plan."""

from __future__ import annotations

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex, TableEntry
from backend.agents.builtin.choice import Choice
from backend.agents.builtin.finishing import finish
from backend.agents.builtin.fk_roles import role_positions
from backend.agents.builtin.models import AnalysisPlan, Dimension, Filter, Intent, Measure
from backend.agents.builtin.presentation import CHART_WORDS
from backend.agents.builtin.reading import ARTICLES, Reading
from backend.agents.builtin.role_model import Roles, measure_alias
from backend.agents.builtin.time_axis import is_temporal, time_dims

FOLLOWUP_CUES = frozenset({"only", "just", "instead", "also", "and", "same", "now", "but", "then",
                           "excluding", "except", "without", "plus", "too", "rather", "add", "split", "break", "compare"})  # fmt: skip
_ADDITIVE = frozenset({"and", "also", "plus", "add", "too", "split", "break", "additionally"})
_REPLACING = frozenset({"instead", "rather"})
# After a noun of the rows, the words that open what restricts them ("growers in Bergen", "harvests that froze").
_RESTRICTING = frozenset({"in", "from", "at", "with", "of", "who", "that", "which", "whose", "based", "living"})
# Asking for the same analysis again is a follow-up that changes nothing on purpose.
RERUN_WORDS = frozenset({"again", "rerun", "refresh", "repeat", "same", "reload", "update"})
# Words pointing back at the previous answer; "that" only near the start ("show that by month"), since later it
# is mostly a relative pronoun ("growers that planted twice").
_POINTERS = frozenset({"it", "this", "those", "these", "them", "its"})
# Words that change something said before, wherever they stand ("show the median instead", "the cost too").
_AGAINST = frozenset({"instead", "too", "rather", "again"})
# "what about …", "how about …", "what if …": the rest of the message changes the previous question.
_ABOUT = frozenset({"about", "if"})
# Closing a short message, these restrict the previous answer's rows ("glossy parcels only").
_ONLY_AFTER = frozenset({"only"})
_SHORT = 4
# Kinds of analysis a message can ask for on its own ("distribution of …", "A vs B").
_ANALYSES = frozenset({"scatter", "distribution"})
# How a complete question opens: a question word, an auxiliary or a request verb.
_OPENERS = frozenset({"what", "which", "who", "whom", "whose", "how", "when", "where", "why", "is", "are", "was", "were",
                      "do", "does", "did", "has", "have", "can", "could", "show", "list", "plot", "chart", "graph",
                      "draw", "make", "create", "give", "display", "find", "get", "rank", "count", "tell", "visualize",
                      "visualise", "i", "please", "breakdown"})  # fmt: skip
# A name right after one of these is a condition on the rows ("in Bergen", "for 2024"), not what is asked about.
_CONDITION = frozenset({"in", "for", "at", "from", "on", "with", "to", "during", "since", "than"}) | lx.GROUP_OPENERS


def points_back(r: Reading) -> bool:
    """True when the message refers to the previous answer: a follow-up opener ("and", "only", "what about"),
    or a pronoun for the previous result ("how has that changed", "split it by orchard")."""
    first = r.low(0)
    if (first in FOLLOWUP_CUES and not _noun_use(r)) or (first in {"what", "how"} and r.low(1) in _ABOUT):
        return True
    if 1 < len(r.tokens) <= _SHORT and r.tokens[-1].lower in _ONLY_AFTER and first not in _OPENERS:
        return True  # "glossy parcels only"; a whole question ending so ("show … for 2024 only") asks anew
    return pronoun(r)


def _noun_use(r: Reading) -> bool:
    """The opening cue word is part of a name or a noun, not a cue: "same-day visits by depot" (a value spelled
    "same day"), "split of harvests by variety" (a split of, as a breakdown of)."""
    return r.low(1) == "of" or any(m.start == 0 and m.end > 1 for m in r.mentions)


def pronoun(r: Reading) -> bool:
    """A pronoun for the previous result, or a word that only makes sense against it ("show the yield instead")."""
    words = [t.lower for t in r.tokens]
    return bool(set(words) & (_POINTERS | _AGAINST)) or "that" in words[:3]


def looks_partial(r: Reading, ro: Roles, ch: Choice) -> bool:
    """True when a message reads like a refinement rather than a complete new question.

    A message that names its own subject (a table, a measure, a thing counted) and reads as a whole question
    (opens the way a question does, "how many …", "which …", "show …"; asks for a chart or a distribution; or
    names its own grouping) is a new question, even on the previous table. One that points back at the previous
    answer, or names no subject of its own ("by orchard", "in 2023", "top 5"), refines it."""
    first = r.low(0)
    # "by product category instead": a table named as the new grouping is no new subject.
    named_table = any(m.kind == "table" and r.low(m.start - 1) not in {"by", "per"} for m in ch.mentions)
    # "total harvests", "how many frosty nights": what an aggregate word names is the subject, whatever it is.
    counted = any(m.start in (a.end, a.end + 1) for a in r.aggs for m in ch.mentions)
    subject = bool(named_table or counted or ro.measures or ro.money_hint or ro.count_noun)
    complete = named_table and (ro.measures or ro.money_hint) and (ro.dims or ro.time)
    if points_back(r):
        if first == "compare" and subject and not pronoun(r):
            return False  # "compare total harvest in 2023 vs 2024" asks anew; "compare it with 2022" does not
        if first in FOLLOWUP_CUES and first not in {"and", "also", "instead", "only", "just", "compare"}:
            return not complete
        return True
    whole = first in _OPENERS or bool(r.flags & _ANALYSES) or any(t.lower in CHART_WORDS for t in r.tokens)
    if subject and (whole or ro.dims or ro.time or len(ro.numeric_cols) >= 2):
        return False
    if (_led_by_a_name(r, ro, ch) and _own_axis(r, ro)) or _aggregate_first(r, ro):
        return False
    return not named_table and not (ro.measures and (ro.dims or ro.time))


def _led_by_a_name(r: Reading, ro: Roles, ch: Choice) -> bool:
    """The message opens with what it asks about, named by a value, a table or the rows' own date or flag ("frost
    nights by orchard", "late deliveries per depot", "harvests recorded per month"), before any grouping word; a
    column that is itself the grouping ("variety by year") or a name after a condition word ("by month in Bergen")
    is no subject."""
    head = next((i for i, t in enumerate(r.tokens) if t.lower in lx.GROUP_OPENERS), len(r.tokens))
    groupings = {
        d.column.column for d in ro.dims if d.column.table == ch.table.info.name and not is_temporal(ch.table, d)
    }
    return any(
        m.start < head
        and r.low(m.start - 1) not in _CONDITION
        and not (m.kind == "column" and m.table == ch.table.info.name and m.column in groupings)
        for m in ch.mentions
    )


def _own_axis(r: Reading, ro: Roles) -> bool:
    """The message names its own time axis ("per month", "weekly") or grouping ("by depot", "for each variety")."""
    return ro.time is not None or (bool(ro.dims) and any(t.lower in lx.GROUP_OPENERS for t in r.tokens))


def _aggregate_first(r: Reading, ro: Roles) -> bool:
    """ "lowest harvest weight", "top 5 largest parcels", "total fees collected in May": an aggregate of a measure,
    opening the message, is a whole question."""
    if not r.aggs or not ro.measures:
        return False
    return all(r.words[k] is None or r.low(k) in _OPENERS | ARTICLES | {"me"} for k in range(r.aggs[0].start))


def changes_anything(r: Reading, ro: Roles) -> bool:
    """True when the follow-up names something `merge` can change (measure, aggregate, grouping, filter,
    period, ranking, order, share), mentions the catalog, reads as a follow-up ("compare with …") or asks
    for the same analysis again; False for a message of which nothing was understood."""
    words = {t.lower for t in r.tokens}
    return bool(
        r.mentions
        or words & FOLLOWUP_CUES
        or ro.measures
        or r.aggs
        or ro.dims
        or ro.time
        or ro.filters
        or ro.date_filter
        or r.top_n
        or "share" in r.flags
        or words & {"ascending", "asc", "descending", "desc"}
        or words & RERUN_WORDS
    )


def merge(prev: AnalysisPlan, r: Reading, ro: Roles, idx: CatalogIndex) -> tuple[AnalysisPlan, list[str]]:
    """The previous plan changed by the follow-up: measures, dimensions, filters, dates, limits."""
    plan = prev.model_copy(deep=True)
    main = idx.tables[plan.table]
    words = {t.lower for t in r.tokens}
    # "and by year instead": what replaces says so, whatever joins it to the previous message.
    replacing = bool(words & _REPLACING)
    additive = bool(words & _ADDITIVE) and not replacing
    changes: list[str] = []
    notes = list(ro.notes)
    _keep_shape(r, ro, main)
    # Measures: a new measure replaces (or with "and" adds); a bare aggregate word changes the aggregate.
    if ro.measures:
        plan.measures = (plan.measures + ro.measures)[:4] if additive else ro.measures
        changes.append("measure → " + ", ".join(m.alias for m in plan.measures))
    elif r.aggs and plan.kind == Intent.AGGREGATE:
        agg = r.aggs[0].agg
        new: list[Measure] = []
        for m in plan.measures:
            if m.column is not None and agg != "count":
                new.append(Measure(agg=agg, column=m.column, alias=measure_alias(agg, m.column.column)))
            elif agg == "count":
                new.append(Measure(agg="count", column=None, alias=measure_alias("count", None, main.words[-1])))
            else:
                new.append(m)
        plan.measures = list({m.alias: m for m in new}.values())
        changes.append(f"aggregate → {agg}")
    # Dimensions: time replaces time, categories replace categories, "and by" adds.
    if ro.dims or ro.time:
        time_dims(ro, main, notes)
        new_time = [d for d in ro.dims if is_temporal(main, d)]
        new_cat = [d for d in ro.dims if d not in new_time]
        old_time = [d for d in plan.dimensions if is_temporal(main, d)]
        old_cat = [d for d in plan.dimensions if d not in old_time]
        if additive:
            added = [d for d in ro.dims if d.column not in [x.column for x in plan.dimensions]]
            dims = plan.dimensions + added if len(plan.dimensions) + len(added) <= 2 else old_time[:1] + added
        elif replacing:
            # "by year instead": the new grouping replaces the old one; with a time axis and categories before, only
            # the one of its kind ("harvest by variety per month", "by orchard instead": per month by orchard).
            dims = (
                ro.dims
                if not (old_time and old_cat) or (new_time and new_cat)
                else (new_time or old_time) + (new_cat or old_cat)
            )
        elif new_time and not new_cat:
            dims = new_time + old_cat  # "how has that changed by month": the categories become the series
        elif not old_time:
            dims = ro.dims
        elif new_cat and not new_time:
            dims = old_time + new_cat
        else:
            dims = ro.dims
        before = {d.alias for d in plan.dimensions}
        plan.dimensions = _dedupe(dims)[:2]
        if plan.top_per is not None and all(d.alias != plan.top_per for d in plan.dimensions):
            # "top 2 widgets in each shop", then "per quarter": the members ranked within each new group
            regrouped = [d.alias for d in plan.dimensions if d.alias not in before]
            plan.top_per = regrouped[0] if regrouped and len(plan.dimensions) == 2 else None
        if plan.kind in (Intent.ROWS, Intent.HISTOGRAM, Intent.SCATTER) and plan.dimensions:
            plan.kind = Intent.AGGREGATE
            plan.columns = []
            if not plan.measures:
                plan.measures = [Measure(agg="count", column=None, alias=measure_alias("count", None, main.words[-1]))]
        changes.append("grouping → " + ", ".join(d.alias for d in plan.dimensions))
    # Filters: a new filter on a column replaces the old one on that column ("also" widens an IN list).
    new_filters = ro.filters + ro.date_filter
    if ro.date_filter:
        date_cols = [f.column for f in ro.date_filter]
        plan.filters = [f for f in plan.filters if f.column not in date_cols and f.op != "date_range"]
    widen = additive or bool(words & lx.COMPARE_WORDS)
    for f in ro.filters:
        plan.filters = _merge_filter(plan.filters, f, widen)
        if widen and f.op in ("=", "in") and f.having is None and plan.kind == Intent.AGGREGATE:
            _as_series(plan, f)
    plan.filters += ro.date_filter
    if new_filters:
        changes.append("filters → " + "; ".join(f.label for f in plan.filters))
    if r.top_n:
        plan.top_n, plan.top_desc = r.top_n, r.top_desc
        changes.append(f"{'top' if r.top_desc else 'bottom'} {r.top_n}")
    elif {"ascending", "asc"} & words or {"descending", "desc"} & words:
        plan.top_desc = not ({"ascending", "asc"} & words)
    if "share" in r.flags:
        plan.share = True
    if _reroute(plan, r, idx):
        changes.append("joined along the key the question's verb names")
    plan = finish(plan, idx, None, None)
    if not changes:
        notes.append("I could not see what to change, so I re-ran the previous analysis.")
    return plan, ["Following up on the previous result: " + ("; ".join(changes) or "no change") + ".", *notes]


def _reroute(plan: AnalysisPlan, r: Reading, idx: CatalogIndex) -> bool:
    """ "how many claims did each clerk approve", then "and how many did each one pay?": of two keys to the
    same table, the follow-up names the other one's role (and not the joined one's), so the rows are joined along it."""
    moved = False
    for j in plan.joins:
        if j.table != plan.table or j.alias is not None:
            continue
        keys = [fk for fk in idx.foreign_keys if fk.table == j.table and fk.ref_table == j.ref_table]
        joined = next((fk for fk in keys if fk.column == j.column), None)
        named = [fk for fk in keys if fk is not joined and role_positions(r, idx, fk)]
        if joined is None or len(named) != 1 or role_positions(r, idx, joined):
            continue
        j.column, j.ref_column = named[0].column, named[0].ref_column
        moved = True
    return moved


def _keep_shape(r: Reading, ro: Roles, main: TableEntry) -> None:
    """Drop what a follow-up reads as a grouping but only says which rows to keep, so the previous grouping stays:
    the rows' own date under a bare period ("same but only harvests picked in 2023": the year filters, no monthly axis
    unless a bucket or a trend is asked), and the noun of rows a condition restricts ("what about only growers in
    Bergen": the growers in Bergen, not one group per grower)."""
    words = {t.lower for t in r.tokens}
    if ro.time == "auto" and ro.date_filter and "trend" not in r.flags and not words & lx.GROUP_OPENERS:
        ro.time = None
        ro.dims = [d for d in ro.dims if not (is_temporal(main, d) and d.bucket is None)]
    nouns = [
        m
        for m in r.mentions
        if m.kind == "table" and r.low(m.start - 1) not in lx.GROUP_OPENERS and r.low(m.end) in _RESTRICTING
    ]
    restricted = {m.table for m in nouns}
    at = {p for m in nouns for p in range(m.start, m.end)}
    # A column named elsewhere still groups ("only growers in Bergen by orchard").
    named = {(m.table, m.column) for m in r.mentions if m.kind == "column" and m.start not in at}
    ro.dims = [
        d
        for d in ro.dims
        if d.column.table not in restricted or (d.column.table, d.column.column) in named or is_temporal(main, d)
    ]
    if words & lx.GROUP_OPENERS:
        return
    # "only urgent visits": a noun right after the words of a condition is the rows it keeps, even where a column's
    # first word spells it (a visit's kind), so the previous grouping stays.
    kept = {(f.column.table, f.column.column) for f in ro.filters}
    said = [m for m in r.mentions if (m.table, m.column) in kept]
    nouns_after = {
        (m.table, m.column)
        for m in r.mentions
        if m.kind == "column" and (m.table, m.column) not in kept and any(s.end == m.start for s in said)
    }
    alone = {
        (m.table, m.column)
        for m in r.mentions
        if m.kind == "column" and (m.table, m.column) in nouns_after and not any(s.end == m.start for s in said)
    }
    ro.dims = [
        d
        for d in ro.dims
        if is_temporal(main, d)
        or (d.column.table, d.column.column) not in nouns_after
        or (d.column.table, d.column.column) in alone
    ]


def _as_series(plan: AnalysisPlan, f: Filter) -> None:
    """ "compare it with Bergen", "add Oslo": the values' column becomes the series, one line or bar group per value."""
    if any(d.column == f.column for d in plan.dimensions) or len(plan.dimensions) >= 2:
        return
    alias = (
        f.column.column
        if all(d.alias != f.column.column for d in plan.dimensions)
        else f"{f.column.table}_{f.column.column}"
    )
    plan.dimensions.append(Dimension(column=f.column, alias=alias))


def _dedupe(dims: list[Dimension]) -> list[Dimension]:
    out: list[Dimension] = []
    for d in dims:
        if all(x.column != d.column for x in out):
            out.append(d)
    return out


def _merge_filter(filters: list[Filter], f: Filter, additive: bool) -> list[Filter]:
    """Replace the filter on the same column, or widen it to an IN list when adding."""
    same = [x for x in filters if x.column == f.column and x.having is None and f.having is None]
    rest = [x for x in filters if x not in same]
    if additive and same and same[0].op in ("=", "in") and f.op in ("=", "in"):
        vals = list(dict.fromkeys(same[0].values + f.values))
        merged = Filter(
            column=f.column, op="in", values=vals, label=f"{f.column.column} in {', '.join(map(str, vals))}"
        )
        return [*rest, merged]
    if f.op in (">", ">=", "<", "<="):
        rest += [x for x in same if x.op != f.op]
    return [*rest, f]
