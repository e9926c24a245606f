"""Entry point of the built-in analyst: question (+ previous turn) → query, presentation change or clarification."""

from __future__ import annotations

import datetime as dt
import re

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.absence import absence_plan
from backend.agents.builtin.absent_places import absent_places, nothing_left, with_absent_note
from backend.agents.builtin.active_members import active_members
from backend.agents.builtin.apart_ratios import apart_ratio, rewhole
from backend.agents.builtin.best_members import may_rank, ranked_by_takings, sums_money_by
from backend.agents.builtin.both import both_conditions
from backend.agents.builtin.box_plots import box_plan, is_box, unbox_plan, unboxed_note
from backend.agents.builtin.bridge import bridge_plan
from backend.agents.builtin.bridge_followups import bridged_follow_up
from backend.agents.builtin.bridge_groups import bridge_group_plan
from backend.agents.builtin.busy_periods import restate_busy_period
from backend.agents.builtin.catalog_index import CatalogIndex, Mention, build_index
from backend.agents.builtin.changed_entities import changed_entities
from backend.agents.builtin.charts import choose_chart
from backend.agents.builtin.choice import Choice, calendar_unit, choose_table, dates_named_at
from backend.agents.builtin.clocked_amounts import amount_at, clocked, clocked_doer
from backend.agents.builtin.closed_rows import already_closed
from backend.agents.builtin.coded_states import with_code_notes
from backend.agents.builtin.conditions import UNTIED
from backend.agents.builtin.counted_children import counted_children
from backend.agents.builtin.counted_members import members_meeting
from backend.agents.builtin.derived import per_unit
from backend.agents.builtin.describe import thoughts_for, title_for
from backend.agents.builtin.display import readable
from backend.agents.builtin.distinct_count import distinct_count
from backend.agents.builtin.distinct_per import distinct_per
from backend.agents.builtin.each_figures import figures_of_each
from backend.agents.builtin.effects import restate_effect
from backend.agents.builtin.every_member import every_member
from backend.agents.builtin.filled_shares import filled_share
from backend.agents.builtin.finishing import finish, leader_note, unreached_filter
from backend.agents.builtin.followup import changes_anything, looks_partial, merge, points_back, pronoun
from backend.agents.builtin.group_rates import divisor_anywhere, divisor_at
from backend.agents.builtin.group_tops import tops_per_group
from backend.agents.builtin.long_entities import ranked_entities
from backend.agents.builtin.lookups import kind_note
from backend.agents.builtin.measured_children import measured_children
from backend.agents.builtin.models import (
    CYCLES,
    AnalysisPlan,
    Clarification,
    ColumnRef,
    Intent,
    PresentationDecision,
    QueryDecision,
    ValueLookup,
    bin_alias,
)
from backend.agents.builtin.money_paths import fact_takings, times_plan
from backend.agents.builtin.money_rates import lines_for_takings
from backend.agents.builtin.named_side import named_side
from backend.agents.builtin.negated_flags import restate_denied_flags
from backend.agents.builtin.null_states import agent_by
from backend.agents.builtin.open_now import open_now_plan
from backend.agents.builtin.open_rows import still_open
from backend.agents.builtin.overdue import overdue_plan
from backend.agents.builtin.pair_roles import either_side, outcome_table
from backend.agents.builtin.part_rates import part_rate
from backend.agents.builtin.party_roles import party_mentions, with_party_note
from backend.agents.builtin.payment_nouns import restate_volume
from backend.agents.builtin.places import with_place_notes
from backend.agents.builtin.planner import NeedsMore, alike_figures, build_plan, plan_on, read_roles
from backend.agents.builtin.presence import parents_having
from backend.agents.builtin.presentation import CHART_WORDS, presentation_updates
from backend.agents.builtin.ranked_margins import restate_ranked_margin
from backend.agents.builtin.reading import Reading, read, values_set_against
from backend.agents.builtin.real_rows import real_rows
from backend.agents.builtin.reporting_lines import reporting_lines
from backend.agents.builtin.revenue_per_user import restate_per_user
from backend.agents.builtin.role_times import role_times
from backend.agents.builtin.route_pairs import ROUTE_WORDS, counted_routes, journey_keys, route_pairs
from backend.agents.builtin.routes import route_ends
from backend.agents.builtin.sent_to import destination_mentions
from backend.agents.builtin.settled_money import completed_sales, settled_money
from backend.agents.builtin.side_figures import side_figures
from backend.agents.builtin.sql_builder import build_sql, null_keys
from backend.agents.builtin.state_spans import span_asked, state_span, uncounted
from backend.agents.builtin.suggest import suggestions
from backend.agents.builtin.text_parts import parts_note, unnest_note
from backend.agents.builtin.twin_tables import with_twins
from backend.agents.builtin.whole_figures import against_whole
from backend.agents.builtin.whole_units import subunit_note
from backend.agents.builtin.with_columns import listed_with
from backend.models.catalog import Catalog, ColumnKind

MIN_SCORE = 1.2  # below this, the words matched are too weak to justify any SQL


def understand(
    question: str,
    catalog: Catalog,
    *,
    previous: QueryDecision | None = None,
    lookup: ValueLookup | None = None,
    today: dt.date | None = None,
    index: CatalogIndex | None = None,
) -> QueryDecision | PresentationDecision | Clarification:
    """Turn a question into SQL over the catalog, a presentation change, or a request for clarification.

    Relative dates ("last year") are anchored on `today` when given, otherwise on the day after the latest
    date in the chosen table's date column — the data's own "now", so "last year" is its last complete year.
    `index` is the catalog's index built once (`build_index`), so a turn does not re-read the catalog.
    """
    # The app builds a catalog's index once (the model factory keeps it); without one it is built here.
    idx = index if index is not None and index.catalog is catalog else build_index(catalog)
    ranked = ranked_by_takings(read(question, idx, lookup), idx) if previous is None and may_rank(question) else None
    if ranked is not None:  # "top customers": ranked by the money taken in through them, as "… by revenue" would
        again = _understand(ranked[0].question, catalog, idx, lookup=lookup, today=today)
        if isinstance(again, QueryDecision) and sums_money_by(again.plan, idx, ranked[1]):
            return again.model_copy(update={"thoughts": [ranked[0].note, *again.thoughts][:4]})
    decision = _understand(question, catalog, idx, previous=previous, lookup=lookup, today=today)
    stray = unreached_filter(decision.plan) if isinstance(decision, QueryDecision) else None
    if stray is not None and isinstance(decision, QueryDecision):  # a condition on rows nothing links to
        t = decision.plan.table
        return _clarify(
            idx,
            f"a question about {t} ({stray.label or stray.column.column})",
            f"a link from {t} to {stray.column.table}",
            [t, stray.column.table],
        )
    worded = _text_figure(decision.plan, idx) if isinstance(decision, QueryDecision) else None
    if worded is not None:  # "average lag" where the column it names holds text: no figure to take
        return _clarify(
            idx,
            f"a question about {worded.table} ({worded.column}, which holds text)",
            "a column of numbers to take the average or the total of",
            [worded.table],
        )
    dropped = isinstance(decision, QueryDecision) and any(t.startswith(UNTIED) for t in decision.thoughts)
    if not dropped or previous is not None:
        return decision
    first = read(question, idx, lookup)
    counted = counted_children(first, idx)
    # A number the first reading kept somewhere ("sides with more than 15 wins": the wins counted) was not dropped.
    if counted is not None and isinstance(decision, QueryDecision) and counted.number in decision.sql:
        counted = None
    # "customers with more than 60 orders" where the rows pointing at customers are sales; "couriers who drove more
    # than 3000 km": the total of their trips' distance
    for restated in (counted, measured_children(first, idx)):
        again = _understand(restated.question, catalog, idx, lookup=lookup, today=today) if restated else None
        if restated and isinstance(again, QueryDecision) and not any(t.startswith(UNTIED) for t in again.thoughts):
            return again.model_copy(update={"thoughts": [restated.note, *again.thoughts][:4]})
    return decision


def _text_figure(plan: AnalysisPlan, idx: CatalogIndex) -> ColumnRef | None:
    """A text column the plan would average or add up as it is (no engine takes the average of text)."""
    for m in plan.measures:
        if m.agg not in lx.NUMERIC_AGGS or m.column is None or m.operands() or m.unit or m.age or m.minus:
            continue
        table = idx.tables.get(m.column.table)
        c = table.col(m.column.column) if table is not None else None
        if c is not None and c.info.kind == "text":
            return m.column
    return None


def _understand(
    question: str,
    catalog: Catalog,
    idx: CatalogIndex,
    *,
    previous: QueryDecision | None = None,
    lookup: ValueLookup | None = None,
    today: dt.date | None = None,
) -> QueryDecision | PresentationDecision | Clarification:
    """`understand` as first read: the question in the user's words, over the catalog's index `idx`."""
    words = [t.lower for t in lx.tokenize(question)]
    joined = _hyphen_joined(question)  # "drop-in classes", "drop-off points": nouns, no change asked
    refusal = _refuse([w for w in words if w not in joined] or words, idx)
    if refusal:
        named = _named_tables(read(question, idx)) if words else []
        return _clarify(idx, *refusal, named)
    if previous is not None:
        updates = presentation_updates(question)
        boxed = box_plan(previous.plan, idx) if updates and updates.get("chart_type") == "box" else None
        if boxed is not None and not is_box(previous.plan):  # "as a box plot": the values' spread, a new query
            return _decision(boxed, idx, None, [_BOXED])
        kind = updates.get("chart_type") if updates else None
        unboxed = unbox_plan(previous.plan, idx, kind) if isinstance(kind, str) else None
        if unboxed is not None and isinstance(kind, str):  # "as a bar chart" after boxes: the average, a new query
            return _decision(unboxed, idx, None, [unboxed_note(unboxed, kind)])
        if updates and not _colour_value(question, updates, previous.plan, idx, lookup):
            what = ", ".join(f"{k} = {v}" for k, v in updates.items())
            return PresentationDecision(
                updates=updates, thoughts=[f"Only the presentation changes ({what}); the data stays the same."]
            )
    restated = restate_effect(question, idx, lookup)
    if restated is not None:  # "how does overtime affect attrition": the outcome measured for each cause
        decision = understand(restated.question, catalog, previous=previous, lookup=lookup, today=today, index=idx)
        if isinstance(decision, QueryDecision):
            return decision.model_copy(update={"thoughts": [restated.note, *decision.thoughts]})
    busy = restate_busy_period(question, idx) if previous is None else None
    margin = restate_ranked_margin(question, idx) if previous is None else None
    per_user = restate_per_user(question, idx)
    # "busiest hour": of the catalog's main activity; "tools ranked by margin": each tool's money taken less its
    # cost, highest first; "ARPU by month": the average revenue per member, by month
    volume = restate_volume(question, idx)  # "gross volume": the money of the payments, no quantity
    said = busy or margin or per_user or volume
    if said is not None:
        decision = _understand(said, catalog, idx, previous=previous, lookup=lookup, today=today)
        if isinstance(decision, QueryDecision):
            return decision.model_copy(update={"thoughts": [f"I read the question as “{said}”.", *decision.thoughts]})
        return decision
    denied = restate_denied_flags(question, idx)
    if denied is not None:  # "total unpaid fines": the fines not paid
        return _understand(denied, catalog, idx, previous=previous, lookup=lookup, today=today)
    lines = reporting_lines(question, idx) if previous is None else None
    if lines is not None:  # "who reports to whom": each row beside the row its own key names
        return _decision(lines.plan, idx, None, [lines.note])
    r = read(question, idx, lookup)
    decision = _answer(r, idx, previous, today)
    absent = absent_places(r, idx, decision)  # "GDP of Narnia": said, never dropped silently
    noted = with_absent_note(with_place_notes(decision, r.places), absent, nothing_left(r, idx, absent))
    return with_code_notes(noted, r.coded)


def _colour_value(
    question: str,
    updates: dict[str, str | float | int | bool],
    prev: AnalysisPlan,
    idx: CatalogIndex,
    lookup: ValueLookup | None,
) -> bool:
    """ "just for the Plum rows", then "now Teal": a colour word that is a value of the column the previous answer
    kept one value of swaps that value, as a place would; only a message of nothing but a colour is read so."""
    if set(updates) != {"color_scheme"}:
        return False
    kept = {(f.column.table, f.column.column) for f in prev.filters if f.op in ("=", "in") and f.having is None}
    if not kept:
        return False
    r = read(question, idx, lookup)
    return any(m.kind == "value" and (m.table, m.column) in kept for m in r.mentions)


def _answer(
    r: Reading, idx: CatalogIndex, previous: QueryDecision | None, today: dt.date | None
) -> QueryDecision | Clarification:
    """The decision for a question read: a query, or what it still needs."""
    r.mentions = role_times(r, idx, r.mentions)  # "by dropoff hour": the dropoff's timestamp, not its key
    r.mentions = party_mentions(r, idx, r.mentions)  # "by bill-to state": the billed customer's state
    r.mentions = destination_mentions(r, idx, r.mentions)  # "shipped to <place>": where the rows went, not a status
    r.mentions = fact_takings(r, idx, r.mentions)  # "revenue by band": the money of the sales, not a fee of the band
    r.mentions = lines_for_takings(r, idx, r.mentions)  # "revenue by segment": lines less their discount, not the total
    if idx.long:  # "top 5 economies by GDP" over a table of figures: its column of nations
        r.mentions += ranked_entities(r, idx, _unknown_ranked(r, idx))
    # A message that points back keeps the previous table's bonus; a new question in the same chat is read as if
    # asked alone, so a table that explains its words better wins before the same-table check below.
    r.mentions += clocked_doer(r, idx)  # "who worked the most hours": the person behind each clocked row
    prefer = previous.plan.table if previous is not None and points_back(r) else None
    ch = choose_table(r, idx, prefer)
    hint = _chart_hint(r)
    regrouped = bridged_follow_up(previous.plan, r, idx) if previous is not None else None
    if previous is not None and regrouped is not None:  # "by category" after "total revenue": through a bridge
        regrouped.plan.chart_hint = hint or previous.plan.chart_hint
        return _decision(regrouped.plan, idx, regrouped.choice, regrouped.notes)
    if previous is not None and previous.plan.table in idx.tables:
        ch_prev = choose_table(r, idx, only=previous.plan.table)
        held = {p for m in ch_prev.mentions for p in range(m.start, m.end)} if ch_prev else set[int]()
        # A table named outside what the previous table explains ("what about Bergen" is a value, not a bergen_sites table).
        # "how has that changed month over month": a pronoun keeps the previous subject, and a verb that happens to
        # spell a name ("changed" ↔ price_change_log) names no other table.
        back = pronoun(r)
        named = [m for m in r.mentions if not (back and _verb_form(r, m))]
        other_table = any(
            m.kind == "table" and ch_prev and m not in ch_prev.mentions and not set(range(m.start, m.end)) <= held
            for m in named
        )
        # Another table that holds the same values is no reason to leave the previous table.
        same_table = (
            ch is None
            or ch.table.info.name == previous.plan.table
            or {p for m in ch.mentions if m in named for p in range(m.start, m.end)} <= held
        )
        if ch_prev is not None and not other_table and same_table:
            ro = read_roles(r, idx, ch_prev, today)
            if looks_partial(r, ro, ch_prev):
                if hint is None and not changes_anything(r, ro):  # "asdf qwerty" is not "the same again"
                    return _clarify(
                        idx,
                        f"a follow-up on the previous {previous.plan.table} result, but not what to change",
                        "a measure, a grouping, a filter or a period to change, or a new question",
                        [previous.plan.table],
                    )
                missing = None if ro.direction_dim else _unknown_grouping(r, ch_prev, idx)
                if missing:  # "by galaxy instead" with no galaxy anywhere: never re-run the old grouping silently
                    return _clarify(
                        idx,
                        f"a follow-up on the previous {previous.plan.table} result, grouped by “{missing}”",
                        f"a column of {previous.plan.table} matching “{missing}” to group by",
                        [previous.plan.table],
                    )
                plan, notes = merge(previous.plan, r, ro, idx)
                plan, unclosed = still_open(r.tokens, r.mentions, idx, plan)  # "only the unresolved ones"
                notes += [unclosed] if unclosed else []
                plan = rewhole(idx, plan)  # a ratio's whole in another table follows the part's new groups
                plan.chart_hint = hint or previous.plan.chart_hint
                return _decision(plan, idx, ch_prev, notes)
    listed = listed_with(r, idx)
    if listed is not None:  # "list sailings with their captain's name": the rows with the columns named after them
        return _decision(listed.plan, idx, listed.choice, [])
    active = active_members(r, idx)
    if active is not None:  # "daily active users": the distinct members with a row on each day
        return _decision(active[0], idx, None, [active[1]])
    spread = distinct_per(r, idx)
    if spread is not None:  # "how many different gadgets did each buyer order": through the rows pairing them
        return _decision(spread, idx, None, [])
    absent = absence_plan(r, idx, today)
    if absent is not None:  # "customers who never placed an order": the parent's rows no child row points at
        return _decision(finish(absent, idx, None, r), idx, None, [])
    late = overdue_plan(r, idx, ch, today) or open_now_plan(r, idx, ch, today)
    if late is not None:  # "overdue loans", "which items are overdue": open rows past their due date
        late[0].chart_hint = hint
        return _decision(*late)
    times = times_plan(r, idx)
    if times is not None:  # "goods ordered more than 100 times": the sales of each, counted (HAVING)
        # "how many customers ordered more than once": the members meeting the count, counted
        return _decision(members_meeting(r, idx, finish(times, idx, None, r)), idx, None, [])
    bridged = bridge_plan(r, idx, today)
    if bridged is not None:  # "number of races for each sailor", "gardeners who grow a rose": through a bridge table
        bridged.plan.chart_hint = hint
        return _decision(bridged.plan, idx, bridged.choice, bridged.notes)
    grouped = bridge_group_plan(r, idx, today)
    if grouped is not None:  # "average length of films per category": grouped through a bridge table
        grouped.plan.chart_hint = hint
        return _decision(grouped.plan, idx, grouped.choice, grouped.notes)
    outcome = outcome_table(r, idx)  # "wins per side", "number of draws": the rows whose two sides are compared
    if outcome is not None and (ch is None or ch.table.info.name != outcome):
        compared = _outcome_plan(r, idx, outcome, today)
        if compared is not None:
            compared[0].chart_hint = hint
            return _decision(*compared)
    routes = counted_routes(r, idx) if ch is None or ch.score < MIN_SCORE else None
    if routes is not None:  # "most common routes": the journeys counted per pair of ends
        plan, routed = route_pairs(r, idx, finish(routes, idx, None, r))
        return _decision(plan, idx, None, [routed] if routed else [])
    if ch is None or ch.score < MIN_SCORE:
        named = _named_tables(r)
        if not named:
            return _clarify(idx, "no table or column of the catalog in the question", "a measure or a table to look at")
        words_seen = ", ".join(f"“{e}”" for e in dict.fromkeys(_mention_words(r)))
        ranked = _unknown_ranked(r, idx)
        needs = f"a column matching “{ranked}” to rank" if ranked else "a measure or a grouping"
        return _clarify(idx, f"a question about {', '.join(named)} ({words_seen})", needs, named)
    # "average days from Stripping to Afloat by yard": the groups and filters read without the aggregate, which
    # totals the span between the two states the items' log records (state_spans.py)
    spanning = uncounted(r) if span_asked(r, idx) else r
    try:
        ro = read_roles(spanning, idx, ch, today)
        missing = None if ro.direction_dim else _unknown_grouping(r, ch, idx)
        if missing:
            raise NeedsMore(f"a column of {ch.table.info.name} matching “{missing}” to group by")
        # "who worked the most hours": the hours said are what is ranked, the verb before them no column to find
        timed = amount_at(r, idx) is not None and clocked(ch.table) is not None
        ranked = None if ro.direction_dim or timed else _unknown_ranked(r, idx)
        if ranked:
            raise NeedsMore(f"a column of {ch.table.info.name} matching “{ranked}” to rank")
        plan, notes = build_plan(spanning, idx, ch, ro)
        plan, spanned = state_span(r, idx, plan)  # "average days from Stripping to Afloat": per item, from its log
        notes = [spanned, *notes] if spanned else notes
        plan, unclosed = still_open(r.tokens, r.mentions, idx, plan)  # "open tickets by state": not closed yet
        notes += [unclosed] if unclosed else []
        plan, closed = already_closed(r.tokens, r.mentions, idx, plan)  # "finished voyages by harbour": closed already
        notes += [closed] if closed else []
        plan, notes = against_whole(r, idx, plan, notes)  # "agents with a resolution time above the overall average"
        notes += _rate_noun_notes(r, plan)
        plan, settled = settled_money(r.tokens, idx, plan)  # "revenue by month": the payments that went through
        notes += [settled] if settled else []
        # "orders by hour": the orders neither called off nor still open
        plan, completed = completed_sales(idx, plan, r.tokens)
        notes += [completed] if completed else []
        plan, real = real_rows(r.tokens, idx, plan)  # "new customers per month": not the test-mode nor deleted ones
        notes += [real] if real else []
        plan = distinct_count(r, plan)  # "how many different types of pets": one number
        plan = changed_entities(r, idx, plan)  # "how many parcels were rerouted": each parcel once
        plan = with_twins(r, idx, plan)  # loans out and archived loans in two alike tables: read as one
        notes += [f"I read the rows of {plan.table} and {', '.join(plan.twins)} together."] if plan.twins else []
        plan = both_conditions(r, plan)  # "countries with both singers over 40 and singers under 30"
        plan = members_meeting(r, idx, plan)  # "what share of customers placed more than 3 orders": one figure
        plan = parents_having(r, idx, plan)  # "percentage of jobs with a breakdown": over the jobs
        plan, filled = filled_share(r, idx, plan)  # "share of orders with a coupon": the rows where it is not null
        notes += [filled] if filled else []
        plan, rated = part_rate(r, idx, plan)  # "tip percentage by payment type": total tips over total fares
        notes = [rated, *notes] if rated else notes
        plan, apart = apart_ratio(r, idx, plan)  # "refunds as a share of sales by branch": each total on its own
        notes = [apart, *notes] if apart else notes
        plan, one = named_side(r, idx, plan)  # "how many matches did the Rovers win": on either side
        notes += [one] if one else []
        plan, sided = either_side(r, idx, plan)  # "goals scored by each side", "home win percentage"
        notes += [sided] if sided else []
        plan, added = side_figures(r, idx, plan)  # "matches with more than 5 goals": home plus away goals
        notes += [added] if added else []
        plan, routed = route_ends(r, idx, plan)  # "rides from Elmfold to the quayside": both ends of each row
        notes += [routed] if routed else []
        plan, paired = route_pairs(r, idx, plan)  # "top 5 routes by average fare": grouped by both ends
        notes += [paired] if paired else []
        notes = with_party_note(r, idx, plan, notes)  # "by bill-to state": along the bill-to key
        plan, each = figures_of_each(r, idx, plan)  # "median number of bookings per guest": one figure
        notes = [each, *notes] if each else notes
        plan, everyone = every_member(idx, plan)  # "average orders per customer": customers with none count as 0
        notes = [everyone, *notes] if everyone else notes
        plan, within = tops_per_group(r, idx, plan)  # "top 2 widgets in each shop": ranked within each group
        notes += [within] if within else []
    except NeedsMore as e:
        return _clarify(idx, f"a question about {ch.table.info.name}", str(e), [ch.table.info.name])
    plan.chart_hint = hint or _paired_groups(r, idx, plan)
    # "share of sales reimbursed" read over the sales, answered over the refunds: the ratio's note says which tables
    moved = apart is not None and plan.table != ch.table.info.name
    return _decision(plan, idx, None if moved else ch, notes)


def _rate_noun_notes(r: Reading, plan: AnalysisPlan) -> list[str]:
    """What an outcome noun said alone was read as ("the highest attrition": its rate, not the number of rows)."""
    if not any(m.share_of for m in plan.measures):
        return []
    out: list[str] = []
    for f in sorted(f for f in r.flags if f.startswith("rate_noun:")):
        _, word, column = f.split(":", 2)
        each = " in each group, so groups of different sizes compare fairly" if plan.dimensions else ""
        out.append(
            f"I read “{word}” as a rate: the percentage of rows with {column} = yes{each}; ask for the number of"
            f" them to count rows instead."
        )
    return out


def _outcome_plan(
    r: Reading, idx: CatalogIndex, table: str, today: dt.date | None
) -> tuple[AnalysisPlan, CatalogIndex, Choice, list[str]] | None:
    """The plan over the table whose rows' two sides an outcome word compares, when that reading applies to it."""
    found = plan_on(r, idx, table, today)
    if found is None:
        return None
    plan, ch, notes = found
    plan, sided = either_side(r, idx, plan)
    return (plan, idx, ch, [*notes, sided]) if sided else None


_CHART_NOUNS = frozenset({"chart", "graph", "plot", "diagram"})


def _chart_hint(r: Reading) -> str | None:
    """The kind of chart a word asks for ("as a line", "pie chart"), unless the word is part of a column's or a value's
    name ("by subject area", "product line") and no chart noun follows it."""
    named = {
        p for m in r.mentions if m.kind in ("column", "value") and m.via != "concept" for p in range(m.start, m.end)
    }
    for k, t in enumerate(r.tokens):
        w = t.lower
        if w not in CHART_WORDS or w in {"table", "column", "columns"}:
            continue
        if w == "box" and r.low(k + 1) not in _CHART_NOUNS | {"and", "whisker", "plots"}:
            continue  # a box alone may be a thing the rows hold (boxes packed); "box plot" asks for the chart
        if k not in named or r.low(k + 1) in _CHART_NOUNS:
            return CHART_WORDS[w]
    return None


def _paired_groups(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> str | None:
    """ "credit limit versus number of orders for each customer": two measures of each group set against each other
    are one point per group, a scatter (a third, "bubble size = number of rows", is each point's size); two figures of
    one kind ("estimated vs logged hours by crew") are bars."""
    paired = "scatter" in r.flags and plan.kind == Intent.AGGREGATE and len(plan.measures) in (2, 3)
    alike = all(m.column is not None for m in plan.measures) and alike_figures(
        idx, [m.column for m in plan.measures if m.column is not None]
    )
    asked = bool({t.lower for t in r.tokens} & lx.PAIR_WORDS)
    paired = paired and (asked or (not alike and not values_set_against(r, one_column=False)))
    return "scatter" if paired and len(plan.dimensions) == 1 and plan.dimensions[0].bucket is None else None


def _verb_form(r: Reading, m: Mention) -> bool:
    """A mention made of verb forms only ("changed", "growing"): weak evidence of a table's name."""
    return all(r.tokens[k].lower.endswith(("ed", "ing")) for k in range(m.start, m.end))


# Words saying a date is a plan or a forecast, not which date: "by expected close month", "by planned start week".
_DATE_QUALIFIERS = frozenset({"expected", "estimated", "planned", "projected", "forecast", "scheduled", "target"})


def _unknown_grouping(r: Reading, ch: Choice, idx: CatalogIndex) -> str | None:
    """The word after "by"/"per" when nothing in the catalog matches it (never guess a grouping)."""
    covered = {p for m in ch.mentions for p in range(m.start, m.end)}
    covered |= {p for start, end in ch.roles for p in range(start, end)}  # "by purchase hour": whose hour
    for i, t in enumerate(r.tokens):
        if t.lower not in {"by", "per"}:
            continue
        if agent_by(r, i):
            continue  # "invited by another user": who did it, no grouping
        j = i + 1 + (r.low(i + 1) in {"the", "a", "each"})
        j += calendar_unit(r, j) is not None  # "by calendar year": the year
        w = r.words[j] if j < len(r.words) else None
        if w is None or j in covered or r.low(j) in lx.STOPWORDS or lx.bucket_of(r.low(j)) or w in idx.house:
            continue
        if r.low(j + 1) == "of" and j + 2 in covered:
            continue  # "by type of contract": the head noun qualifies the column named after "of"
        if r.low(j) in _DATE_QUALIFIERS and j + 1 in covered:
            continue  # "by expected close month": the close date's month, the date being a forecast
        if j + 1 in covered and dates_named_at(ch, j + 1):
            continue  # "per model year": a word the catalog does not know qualifies the year named after it
        if j + 2 < len(r.tokens) and r.tokens[j + 1].owner and j + 2 in covered:
            continue  # "by the deal owner's <column>": whose owner, that column being grouped
        if t.lower == "per" and per_unit(r, ch.table, j) is not None:
            continue  # "charge per kilometre": a unit of one of the rows' figures, a rate
        if (
            t.lower == "per"
            and (divisor_anywhere(r, idx, ch, i) or divisor_at(r, idx, ch.table, i, counted=False)) is not None
        ):
            continue  # "value per resident": a figure of a parent's rows, a rate per group
        if r.low(j) in ROUTE_WORDS and journey_keys(idx, ch.table.info.name) is not None:
            continue  # "by route": the pair of a journey's ends (`route_pairs`)
        if r.tokens[j].number is None and not any(a.start <= j < a.end for a in r.aggs) and not lx.concept_of(w):
            return r.tokens[j].text
    return None


_MODIFIER_ENDINGS = ("ed", "ing", "ous", "est")
_RANKING_WORDS = frozenset(lx.SUPERLATIVES) | lx.TOP_WORDS | lx.BOTTOM_WORDS | {"most", "fewest", "least"}
_GENERIC_RANKED = lx.ROW_WORDS | {"one", "ones", "item", "items", "thing", "things", "value", "values", "row"}


def _unknown_ranked(r: Reading, idx: CatalogIndex) -> str | None:
    """The noun a ranking is about ("which customers spent the most", "top customers by spend") when nothing in the
    catalog names it: ranking something else (the largest single sale) would answer another question."""
    at = sorted(r.entity_at)
    if not at and r.ranked:  # "top customers by spend", "bottom 5 stores": the noun after the ranking word
        at = [
            j + 1 + (r.tokens[j + 1].number is not None if j + 1 < len(r.tokens) else 0)
            for j, t in enumerate(r.tokens)
            if t.lower in {"top", "bottom"}
        ][:1]
    named = {p for m in r.mentions for p in range(m.start, m.end)}
    # "which 5 vehicle makes": a word of the noun's phrase that the catalog names names the ranked noun
    # ("top 10 most prescribed medications": the phrase runs on to the noun)
    phrase = {k for j in at for k in range(j - 2, j + 1) if k >= 0 and r.low(k) not in lx.STOPWORDS}
    for j in at:
        k = j
        while k + 1 < len(r.tokens) and (r.low(k) in _RANKING_WORDS or r.low(k).endswith(_MODIFIER_ENDINGS)):
            k += 1
            phrase.add(k)
    if not r.ranked or not at or phrase & named:
        return None
    for j in at:
        if r.low(j) in _RANKING_WORDS:
            continue
        if j >= len(r.tokens) or r.words[j] is None or r.tokens[j].number is not None:
            continue
        if any(a.start <= j < a.end for a in r.aggs):
            continue
        t = r.tokens[j]
        if (
            t.lower in lx.STOPWORDS
            or t.lower in _GENERIC_RANKED
            or lx.bucket_of(t.lower)
            or lx.bucket_of(t.stem)
            or t.lower in idx.house
            or lx.concept_of(t.lower)
            or not t.text.isalpha()
            or (t.lower in ROUTE_WORDS and any(journey_keys(idx, name) for name in idx.tables))
        ):
            continue
        return t.text
    return None


def _hyphen_joined(question: str) -> set[str]:
    """Words the message writes only joined to another by a hyphen ("drop-in", "drop-off"): parts of a compound."""
    low = question.lower()
    joined = set(re.findall(r"([a-z]+)-(?=[a-z])", low)) | set(re.findall(r"(?<=[a-z]-)([a-z]+)", low))
    alone = set(re.findall(r"(?<![-a-z])([a-z]+)(?![-a-z])", low))
    return joined - alone


def _refuse(words: list[str], idx: CatalogIndex) -> tuple[str, str] | None:
    """Writes and predictions are out of scope: (what was understood, what is needed) instead of invented SQL."""
    if not words:
        return "an empty message", "a question about the data"
    if _changes(words) and not set(words) & {"chart", "plot", "show"}:
        return "a request to change the data", "a read-only question: I can only query and chart data"
    # "by forecast category" over a ForecastCategory column: the word names a column, it asks for no prediction.
    future = {w for i, w in enumerate(words) if w in lx.FUTURE_WORDS and not _names_column(words, i, idx)}
    # "time to the next order", "until the next change": a span up to the following row, no forecast
    if future and not (future == {"next"} and set(words) & {"to", "until", "till"}):
        return "a question about the future", "a question about data that exists; I do not forecast or browse the web"
    return None


def _names_column(words: list[str], i: int, idx: CatalogIndex) -> bool:
    """The word at i and the word after it are both words of one column's name."""
    nxt = words[i + 1] if i + 1 < len(words) else None
    return nxt is not None and any(nxt in c.words for c in idx.by_word.get(words[i], []))


def _changes(words: list[str]) -> bool:
    """Whether a change verb asks to change data: "how many posts did users write" reads what was written."""
    verbs = set(words) & lx.UNSUPPORTED_VERBS
    if not verbs or not _asks(words):
        return bool(verbs)
    return bool(verbs - lx.RECORDED_VERBS) or any(_new_after(words, i) for i, w in enumerate(words) if w in verbs)


def _asks(words: list[str]) -> bool:
    """A question that reads rows: it opens with how many/which/what/who, or "number/count of"."""
    if words[0] == "how":
        return len(words) > 1 and words[1] in {"many", "much", "often"}
    return words[0] in lx.ASKING_OPENERS


def _new_after(words: list[str], i: int) -> bool:
    """ "what would it take to create a new table": a new thing made is a change, not a reading."""
    after = [w for w in words[i + 1 : i + 3] if w not in {"a", "an", "the"}]
    return bool(after) and after[0] in {"new", "table", "tables", "row", "rows", "column", "columns", "index"}


def _named_tables(r: Reading) -> list[str]:
    """Tables the question's words point at, most strongly named first."""
    best: dict[str, float] = {}
    for m in r.mentions:
        best[m.table] = max(best.get(m.table, 0.0), m.score * m.spec)
    return sorted(best, key=lambda t: -best[t])


def _mention_words(r: Reading) -> list[str]:
    return [" ".join(r.tokens[i].text for i in range(m.start, m.end)) for m in r.mentions]


def _clarify(idx: CatalogIndex, understood: str, needs: str, prefer: list[str] | None = None) -> Clarification:
    """A clarification with suggested questions built from the catalog."""
    return Clarification(
        understood=f"I understood {understood}.", needs=f"I need {needs}.", suggestions=suggestions(idx, prefer)
    )


def output_columns(plan: AnalysisPlan, idx: CatalogIndex) -> list[tuple[str, ColumnKind]]:
    """Names and kinds of the columns the plan's SQL returns."""
    main = idx.tables[plan.table]

    def kind(table: str, column: str) -> ColumnKind:
        c = idx.tables[table].col(column)
        return c.info.kind if c else "other"

    if plan.kind == Intent.HISTOGRAM:
        # One histogram per group: the group column rides along.
        groups: list[tuple[str, ColumnKind]] = [(c.output(), kind(c.table, c.column)) for c in plan.histogram_groups()]
        return [(bin_alias(plan), "numeric"), *groups, ("count", "numeric")]
    if plan.kind in (Intent.SCATTER, Intent.ROWS):
        if not plan.columns:
            return [(c.name, c.info.kind) for c in main.columns]
        # A key names its row: a label on the chart, never a measure to plot.
        return [(c.output(), "text" if _is_key(idx, c) else kind(c.table, c.column)) for c in plan.columns]
    dims: list[tuple[str, ColumnKind]] = [
        (d.alias, ("text" if d.bucket in CYCLES else "temporal") if d.bucket else kind(d.column.table, d.column.column))
        for d in plan.dimensions
    ]
    # A numeric group-by key (year, bedrooms) acts as a category on the x axis, not as a measure.
    dims = [
        (n, "temporal" if k == "numeric" and _year_like(idx, plan, n) else ("text" if k == "numeric" else k))
        for n, k in dims
    ]
    if plan.periods:
        dims = [(n, "text" if k == "temporal" else k) for n, k in dims]  # compared periods are bar groups
    return dims + [(m.alias, "numeric") for m in plan.measures]


def _is_key(idx: CatalogIndex, c: ColumnRef) -> bool:
    entry = idx.tables[c.table].col(c.column) if c.table in idx.tables else None
    return entry is not None and entry.is_id


def _year_like(idx: CatalogIndex, plan: AnalysisPlan, alias: str) -> bool:
    d = next(d for d in plan.dimensions if d.alias == alias)
    c = idx.tables[d.column.table].col(d.column.column)
    return bool(c and c.is_year)


def estimate_rows(plan: AnalysisPlan, idx: CatalogIndex) -> int:
    """Rough result size for the chart choice before the query runs."""
    if plan.kind != Intent.AGGREGATE:
        return plan.limit
    n = 1
    for d in plan.dimensions:
        c = idx.tables[d.column.table].col(d.column.column)
        if d.bucket:
            n *= 50
        elif c and c.info.values:
            eq = [f for f in plan.filters if f.column == d.column and f.op in ("=", "in")]
            n *= len(eq[0].values) if eq else len(c.info.values)
        else:
            n *= (c.info.distinct_count if c else None) or 100
    return min(n, plan.top_n or plan.limit)


_BOXED = "Following up on the previous result: the five numbers of each group's values, drawn as a box plot."


def _decision(plan: AnalysisPlan, idx: CatalogIndex, ch: Choice | None, notes: list[str]) -> QueryDecision:
    """Assemble SQL, chart, title and thoughts for a plan."""
    boxed = box_plan(plan, idx) if plan.chart_hint == "box" else None
    plan = readable(boxed or plan, idx)
    chart = choose_chart(output_columns(plan, idx), estimate_rows(plan, idx), plan)
    sql = build_sql(plan, idx.catalog)
    lead = leader_note(plan)
    if lead:
        notes = [lead, *notes]
    tables = [plan.table] + [j.ref_table for j in plan.joins]
    follow = [n for n in notes if n.startswith("Following up")]
    thoughts = follow + thoughts_for(plan, ch if not follow else None, chart, [n for n in notes if n not in follow])
    kinds = kind_note(plan, idx)
    f = next((i for i, t in enumerate(thoughts) if t.startswith("Filtered to")), None)
    if kinds is not None and f is not None:  # "Refunds are payments rows whose payment kind is 'Refund'."
        thoughts[f] = kinds if len(plan.filters) == kinds.count(" are ") else f"{thoughts[f]} {kinds}"
    dropped = " or ".join(c.column for c in null_keys(plan, idx.catalog))
    k = next((i for i, t in enumerate(thoughts) if t.startswith("I compute")), None)
    if dropped and k is not None:
        thoughts[k] += f" Rows with no {dropped} are left out."
    if k is not None:
        thoughts[k] += unnest_note(plan, idx.catalog) + subunit_note(plan, idx)
    f = next((i for i, t in enumerate(thoughts) if t.startswith("Filtered to")), None)
    if f is not None:
        thoughts[f] += parts_note(plan, idx.catalog)
    return QueryDecision(plan=plan, sql=sql, tables=tables, thoughts=thoughts[:4], chart=chart, title=title_for(plan))
