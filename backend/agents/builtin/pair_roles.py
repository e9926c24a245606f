"""An entity each row references twice, under two roles its key columns name (a game's home and away side, a message's
sender and recipient, a payment's payer and payee), and figures kept once per role (home and away goals).

Asked of the entity without naming a role ("matches played by each side", "messages each user was involved in",
"goals scored by each side", "wins per side"), each row counts once for each side: the plan reads the table mirrored
(every row twice, the second time with each pair of role columns swapped, `AnalysisPlan.mirrored`), so the first key
is "this side" and the first figure of a pair is its own ("scored"), the second the other side's ("conceded").
Outcomes compare the two figures of a row: a win is own > other, a loss own < other, a draw equal; with one role named
("home win percentage", "matches where the away side scored more") the figures of that role are compared as they
stand. The two figures of a pair asked of without a role ("average goals per game") are added up within the row. A
key naming the side an outcome belongs to (winner_id, loser_id) answers it alone: "wins per player" counts the rows
whose winner each one is."""

from __future__ import annotations

from dataclasses import dataclass

from backend.agents.builtin import lexicon as lx
from backend.agents.builtin.catalog_index import CatalogIndex
from backend.agents.builtin.fk_roles import role_positions, role_words
from backend.agents.builtin.grouping import grouped_after
from backend.agents.builtin.models import AnalysisPlan, ColumnRef, Filter, FilterOp, Intent, Measure, OrderItem
from backend.agents.builtin.naming import plain_words
from backend.agents.builtin.reading import Reading
from backend.models.catalog import ForeignKey

# What a row's result is for a side, by the words that ask for it: its own figure against the other side's.
_OUTCOMES: dict[str, tuple[FilterOp, str]] = {
    **dict.fromkeys(("win", "wins", "won", "winning", "victory", "victories", "beat", "beats"), (">", "wins")),
    **dict.fromkeys(("loss", "losses", "lose", "loses", "lost", "losing", "defeat", "defeats"), ("<", "losses")),
    **dict.fromkeys(("draw", "draws", "drawn", "tie", "ties", "tied"), ("=", "draws")),
}
# The other side's figure, taken by this side: "goals conceded", "points against", "runs allowed".
_AGAINST = frozenset({"conceded", "concede", "concedes", "conceding", "against", "allowed", "opponent", "opponents"})
# Taking part under either role: "matches played by each side", "messages each user was involved in".
_EITHER = frozenset({"played", "involved", "involving", "appeared", "appearances", "participated", "participating",
                     "either", "both", "counting", "combined", "part"})  # fmt: skip
_NET = frozenset({"difference", "differential", "margin", "net"})
_FOR = frozenset({"scored", "for", "made"})
_MORE: dict[str, FilterOp] = {"more": ">", "higher": ">", "greater": ">", "fewer": "<", "less": "<", "lower": "<"}
_RATE = frozenset({"rate", "often", "%", "pct"}) | lx.SHARE_WORDS


@dataclass(frozen=True)
class Sides:
    """Two columns of one table naming the same kind of thing under two roles (keys to one table, or names held in
    the row), and the figures kept once per role."""

    table: str
    keys: tuple[str, str]  # the key columns, the first role's and the second role's
    roles: tuple[frozenset[str], frozenset[str]]  # the words naming each role
    figures: tuple[tuple[str, str, tuple[str, ...]], ...]  # (first role's column, second role's, the words they share)
    ref_table: str | None = None  # the table both keys reference; None for names held in the row (home_side)
    fks: tuple[ForeignKey, ...] = ()  # the two keys, when they reference a table


def sides_of(idx: CatalogIndex, table: str) -> list[Sides]:
    """The pairs of keys from `table` to one other table whose roles differ (home_side_id, away_side_id), and the
    pairs of text columns naming the same things under two roles (home_side, away_side), with the figures whose names
    differ by those roles alone (home_goals, away_goals)."""
    keys = [fk for fk in idx.foreign_keys if fk.table == table and fk.ref_table != table and fk.ref_table in idx.tables]
    found: list[Sides] = []
    for i, a in enumerate(keys):
        for b in keys[i + 1 :]:
            ra, rb = role_words(idx, a), role_words(idx, b)
            if ra - rb and rb - ra:  # the words both keys share (home_side_api_id, away_side_api_id) are no role's
                ra, rb = ra - rb, rb - ra
            # A date dimension's keys (booking and arrival date) are dates of the row, not two sides of it.
            if b.ref_table != a.ref_table or not ra or not rb or ra & rb or idx.tables[a.ref_table].calendar:
                continue
            figures = _figures(idx, table, ra, rb)
            found.append(Sides(table, (a.column, b.column), (ra, rb), figures, a.ref_table, (a, b)))
    return found + _named_sides(idx, table)


def _named_sides(idx: CatalogIndex, table: str) -> list[Sides]:
    """Two text columns holding names of the same things under two roles (home_side, away_side): their names differ
    in one word and most values of each are the other's."""
    texts = [c for c in idx.tables[table].columns if c.info.kind == "text" and c.flag is None]
    found: list[Sides] = []
    for i, c in enumerate(texts):
        wc = plain_words(c.name, idx.type_tags)
        for d in texts[i + 1 :]:
            wd = plain_words(d.name, idx.type_tags)
            differ = [k for k in range(len(wc)) if len(wc) == len(wd) and wc[k] != wd[k]]
            if len(wc) < 2 or len(wc) != len(wd) or len(differ) != 1 or not _same_values(c.info.values, d.info.values):
                continue
            ra, rb = frozenset({wc[differ[0]]}), frozenset({wd[differ[0]]})
            found.append(Sides(table, (c.name, d.name), (ra, rb), _figures(idx, table, ra, rb)))
    return found


def _same_values(a: list[str] | None, b: list[str] | None) -> bool:
    """Both columns list their values, names (with letters: not clock ranges), and most of each are
    the other's."""
    if not a or not b or not all(any(ch.isalpha() for ch in v) for v in (*a, *b)):
        return False
    return len(set(a) & set(b)) * 2 >= max(len(set(a)), len(set(b)))


def _figures(
    idx: CatalogIndex, table: str, ra: frozenset[str], rb: frozenset[str]
) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    """Numbers of the table whose names differ by the two roles alone (home_goals, away_goals)."""
    figures: list[tuple[str, str, tuple[str, ...]]] = []
    # Scores kept per side are whole numbers (goals, points, sets): never money, a quantity in a unit, or coordinates.
    numbers = [
        c
        for c in idx.tables[table].columns
        if c.info.kind == "numeric"
        and not c.is_id
        and c.flag is None
        and "INT" in c.info.type.upper()
        and not c.is_money
        and c.unit is None
    ]
    for c in numbers:
        wc = plain_words(c.name, idx.type_tags)
        if not ra <= set(wc):
            continue
        rest = tuple(w for w in wc if w not in ra)
        for d in numbers:
            wd = plain_words(d.name, idx.type_tags)
            if d is not c and rest and rb <= set(wd) and tuple(w for w in wd if w not in rb) == rest:
                figures.append((c.name, d.name, rest))
    return tuple(figures)


def outcome_table(r: Reading, idx: CatalogIndex) -> str | None:
    """The table whose rows a win, a loss or a draw is asked of ("wins per side", "number of draws"): the one table
    with figures kept per role, or among several the one whose words or whose entity's the question names."""
    at = _outcome_positions(r)
    if not at or any(m.kind == "value" and m.start <= p < m.end for m in r.mentions for p in at):
        return None  # "deals we won" where a stage is 'Won': that value, not a compared pair
    asked: set[FilterOp] = {op for op, _ in _outcomes(r)}
    tables = [t for t in idx.tables if any(s.figures or _outcome_key(s, asked) is not None for s in sides_of(idx, t))]
    named = {m.table for m in r.mentions}
    if len(tables) > 1:
        tables = [t for t in tables if t in named or any(s.ref_table in named for s in sides_of(idx, t))]
    return tables[0] if len(tables) == 1 else None


def either_side(r: Reading, idx: CatalogIndex, plan: AnalysisPlan) -> tuple[AnalysisPlan, str | None]:
    """The plan with an entity's two roles read as one, or a row's figures compared or added; a note saying so."""
    if plan.mirrored or plan.kind not in (Intent.AGGREGATE, Intent.ROWS) or plan.table not in idx.tables:
        return plan, None
    for s in sides_of(idx, plan.table):
        done = _per_entity(r, idx, plan, s) or _one_side(r, idx, plan, s)
        if done is not None:
            return done
    return plan, None


def _named(r: Reading, idx: CatalogIndex, s: Sides) -> list[bool]:
    """Whether the question names each role (a word of the key, or of the role: "home", "sender", "origin")."""
    if s.fks:
        return [bool(role_positions(r, idx, fk)) for fk in s.fks]
    said = {t.lower for t in r.tokens} | {t.stem for t in r.tokens} | {w for w in r.words if w}
    return [bool(said & roles) for roles in s.roles]


def _counting(r: Reading) -> bool:
    """ "how many", "number of", "count of": the rows are counted, not listed."""
    return any(a.agg in ("count", "count_distinct") for a in r.aggs) or bool(_words(r) & {"number", "count", "many"})


def _words(r: Reading) -> set[str]:
    return {t.lower for t in r.tokens}


def _outcomes(r: Reading) -> list[tuple[FilterOp, str]]:
    """Every outcome asked, in the question's order ("wins, draws and losses")."""
    return list(dict.fromkeys(_OUTCOMES[r.low(i)] for i in _outcome_positions(r)))


def _outcome(r: Reading) -> tuple[FilterOp, str] | None:
    return next(iter(_outcomes(r)), None)


def _outcome_positions(r: Reading) -> list[int]:
    """Where the question names an outcome; "draw" only as a noun ("ended in a draw"), not "draw a chart"."""
    return [
        i
        for i, t in enumerate(r.tokens)
        if t.lower in _OUTCOMES and (t.lower != "draw" or (i > 0 and r.low(i - 1) in ("a", "the")))
    ]


def _figure(r: Reading, plan: AnalysisPlan, s: Sides) -> tuple[str, str, tuple[str, ...]] | None:
    """The pair of figures the question is about: one a measure reads, else one whose shared words it says, else the
    first."""
    used = {m.column.column for m in plan.measures if m.column is not None}
    stems = {t.stem for t in r.tokens} | {w for w in r.words if w} | {t.lower for t in r.tokens}
    return (
        next((f for f in s.figures if used & {f[0], f[1]}), None)
        or next((f for f in s.figures if {lx.stem(w) for w in f[2]} <= stems or set(f[2]) <= stems), None)
        or (s.figures[0] if s.figures else None)
    )


def _entity_dims(plan: AnalysisPlan, s: Sides) -> bool:
    """The plan groups by the referenced table's rows, reached through either key, or by either key itself."""
    ref, cols = s.ref_table, set(s.keys)
    grouped = any(
        (ref is not None and d.column.table == ref) or (d.column.table == s.table and d.column.column in cols)
        for d in plan.dimensions
    )
    return grouped and all(
        j.ref_table != ref or (j.table == s.table and j.column in cols and j.alias is None) for j in plan.joins
    )


def _per_entity(r: Reading, idx: CatalogIndex, plan: AnalysisPlan, s: Sides) -> tuple[AnalysisPlan, str] | None:
    """ "wins per side", "goals conceded by each side", "matches played by each side": each row once for each side."""
    if plan.kind != Intent.AGGREGATE or not _entity_dims(plan, s):
        return None
    words = _words(r)
    named = _named(r, idx, s)
    outcomes = _outcomes(r)
    keyed = _outcome_key(s, {op for op, _ in outcomes}) if len(outcomes) == 1 and not words & _RATE else None
    if keyed is not None and not named[1 - keyed]:  # "wins per player" over winner_id and loser_id: the rows whose
        plan = plan.model_copy(deep=True)  # winner each one is
        _retarget(plan, s, s.keys[keyed], s.keys[1 - keyed])
        if all(m.column is None and not m.share_of for m in plan.measures):
            _replace_measures(plan, [Measure(agg="count", alias=outcomes[0][1])])
            plan.filters += _counted_outcomes(r, s, plan.measures[0])
        return plan, f"The {s.keys[keyed]} of a row says whose {outcomes[0][1].rstrip('es').rstrip('s')} it is."
    if named[0] != named[1] or (all(named) and not words & _EITHER):
        return None  # one role named ("home goals by side"), or both as two groupings
    figure = _figure(r, plan, s)
    own = [m for m in plan.measures if m.column is not None and figure and m.column.column in figure[:2]]
    plan = plan.model_copy(deep=True)
    if outcomes and figure is not None:
        measures: list[Measure] = []
        for op, noun in outcomes:
            cond = Filter(column=ColumnRef(table=s.table, column=figure[0]), op=op,
                          than_column=ColumnRef(table=s.table, column=figure[1]), label=noun)  # fmt: skip
            if words & _RATE:
                measures.append(Measure(agg="avg", alias=f"{noun}_pct", share_of=[cond], within=_played(s, figure)))
            else:
                measures.append(Measure(agg="count", alias=noun, within=[cond]))
                plan.filters += _counted_outcomes(r, s, measures[-1])
        _replace_measures(plan, measures)
        note = f"A win compares {figure[0]} with {figure[1]}, from the side of each row's {s.keys[0]}."
    elif own and figure is not None:
        mine, theirs = (ColumnRef(table=s.table, column=c) for c in figure[:2])
        agg = "avg" if words & lx.AVERAGE_WORDS else "sum"
        said = _said(r, figure[2])
        if words & _NET:  # "goal difference per side": own minus the other side's
            net = min(words & _NET)
            measures = [Measure(agg=agg, column=mine, minus=theirs, alias=f"{said}_{net}")]
        elif words & _AGAINST and words & _FOR:  # "goals scored and conceded by each side"
            measures = [
                Measure(agg=agg, column=mine, alias=said),
                Measure(agg=agg, column=theirs, alias=f"{said}_against"),
            ]
        elif words & _AGAINST:
            measures = [Measure(agg=agg, column=theirs, alias=f"{said}_against")]
        else:
            measures = [Measure(agg=agg, column=mine, alias=said)]
        _replace_measures(plan, measures)
        note = f"Each row counts for both sides: its {figure[0]} for one, its {figure[1]} for the other."
    elif words & _EITHER or all(named):  # "payments each party was involved in", "amount moved counting both sides"
        note = f"Each row counts once for its {s.keys[0]} and once for its {s.keys[1]}."
    else:
        return None
    plan.mirrored = [s.keys] + [(a, b) for a, b, _ in s.figures]
    _retarget(plan, s, *s.keys)
    return plan, note


def _played(s: Sides, figure: tuple[str, str, tuple[str, ...]]) -> list[Filter]:
    """The rows whose two figures are both kept: a fixture not played yet (no score) is no win and no loss."""
    return [Filter(column=ColumnRef(table=s.table, column=c), op="not_null", label=f"{c} is known") for c in figure[:2]]


def _retarget(plan: AnalysisPlan, s: Sides, key: str, other: str) -> None:
    """Joins and groupings through `other` go through `key` instead."""
    plan.joins = [
        j.model_copy(update={"column": key}) if j.table == s.table and j.column == other else j for j in plan.joins
    ]
    plan.dimensions = [
        d.model_copy(update={"column": d.column.model_copy(update={"column": key})})
        if d.column.table == s.table and d.column.column == other
        else d
        for d in plan.dimensions
    ]


# The role of the side an outcome belongs to, by how its name begins: winner_id, winning_team; loser_id, losing_team.
_OUTCOME_ROLES: dict[FilterOp, tuple[str, ...]] = {">": ("win", "victor"), "<": ("los", "defeat")}


def _outcome_key(s: Sides, ops: set[FilterOp]) -> int | None:
    """Which key names the side an asked outcome belongs to (0 or 1), when one does."""
    for k in (0, 1):
        if any(w.startswith(_OUTCOME_ROLES.get(op, ("\0",))) for op in ops for w in s.roles[k]):
            return k
    return None


def _counted_outcomes(r: Reading, s: Sides, count: Measure) -> list[Filter]:
    """ "sides with more than 10 wins": a number right before the outcome word is a condition on each group's count."""
    at = set(_outcome_positions(r))
    key = ColumnRef(table=s.table, column=s.keys[0])
    return [
        Filter(
            column=key, op=c.op, values=[int(c.values[0])], label=f"{count.alias} {c.op} {c.values[0]:g}", having=count
        )
        for c in r.comparisons
        if c.end in at and len(c.values) == 1 and c.values[0].is_integer() and c.op in (">", ">=", "<", "<=", "=")
    ]


def _said(r: Reading, shared: tuple[str, ...]) -> str:
    """The figure's name as the question says it ("goals" for home_goals and away_goals)."""
    said = [next((t.lower for t in r.tokens if t.stem == lx.stem(w) or t.lower == w), w) for w in shared]
    return "_".join(said)


def _replace_measures(plan: AnalysisPlan, measures: list[Measure]) -> None:
    old = {m.alias for m in plan.measures}
    plan.measures = measures
    plan.order = [OrderItem(alias=measures[0].alias, desc=o.desc) if o.alias in old else o for o in plan.order]
    if not plan.order and plan.dimensions and plan.kind == Intent.AGGREGATE:
        plan.order = [OrderItem(alias=measures[0].alias, desc=True)]


def _one_side(r: Reading, idx: CatalogIndex, plan: AnalysisPlan, s: Sides) -> tuple[AnalysisPlan, str] | None:
    """ "home win percentage", "number of draws", "matches where the away side scored more": the row's two figures
    compared as they stand; "average goals per game": added up within the row."""
    figure = _figure(r, plan, s)
    if figure is None:
        return None
    words = _words(r)
    named = _named(r, idx, s)
    outcome: tuple[FilterOp, str] | None = _outcome(r)
    more: FilterOp | None = next((_MORE[t.lower] for t in r.tokens if t.lower in _MORE), None)
    if outcome is None and more is not None and named[0] != named[1] and not r.comparisons:
        outcome = (more, "")
    if outcome is not None and (named[0] != named[1] or outcome[0] == "="):
        a, b = figure[:2] if named[0] or not named[1] else (figure[1], figure[0])
        side = next(iter(s.roles[0] if named[0] else s.roles[1]), "") if any(named) else ""
        cond = Filter(column=ColumnRef(table=s.table, column=a), op=outcome[0],
                      than_column=ColumnRef(table=s.table, column=b), label=f"{a} {outcome[0]} {b}")  # fmt: skip
        plan = plan.model_copy(deep=True)
        name = "_".join(w for w in (side, outcome[1] or "rows") if w)
        # "home win percentage": "home" names the role, no grouping by the home side; "guest wins by side": by the
        # guest side only
        grouped = grouped_after(r)
        keys = {s.keys[1] if named[0] else s.keys[0]} if grouped else set(s.keys)
        plan.dimensions = [d for d in plan.dimensions if not (d.column.table == s.table and d.column.column in keys)]
        listed = not grouped and not plan.dimensions and not words & _RATE and not _counting(r)
        if listed and plan.kind == Intent.AGGREGATE:  # "matches the away side won": those rows
            plan.kind, plan.measures, plan.order, plan.columns = Intent.ROWS, [], [], []
        if words & _RATE:  # "home win percentage", "how often does the home side win"
            if plan.kind == Intent.ROWS:
                plan.kind, plan.columns, plan.order, plan.distinct, plan.top_n = Intent.AGGREGATE, [], [], False, None
            share = Measure(agg="avg", alias=f"{name}_pct", share_of=[cond], within=_played(s, figure))
            _replace_measures(plan, [share])
        elif plan.kind == Intent.ROWS:
            plan.filters.append(cond)
            plan.limit = max(plan.limit, 1000)
        else:
            plan.filters.append(cond)
            _replace_measures(plan, [Measure(agg="count", alias=name)])
        return plan, f"I compared {a} with {b} on each row."
    measured = [m for m in plan.measures if m.column is not None and m.column.column in figure[:2] and not m.plus]
    if any(named) or not measured or plan.kind != Intent.AGGREGATE:
        return None
    plan = plan.model_copy(deep=True)
    total = _said(r, figure[2])
    per_row = _per_row(r, idx, s.table)
    for m in plan.measures:
        if m in measured or (m.column is not None and m.column.column in figure[:2] and not m.plus):
            m.column = ColumnRef(table=s.table, column=figure[0])
            m.plus = [ColumnRef(table=s.table, column=figure[1])]
            if per_row:  # "total goals per game": each row's total, averaged over the rows
                m.agg = "avg"
            old, m.alias = m.alias, f"{m.agg}_{total}" if m.agg != "sum" else f"total_{total}"
            plan.order = [o.model_copy(update={"alias": m.alias}) if o.alias == old else o for o in plan.order]
    return plan, f"{total.replace('_', ' ').capitalize()} of a row are its {figure[0]} plus its {figure[1]}."


def _per_row(r: Reading, idx: CatalogIndex, table: str) -> bool:
    """ "goals per game", "points per match": per before a noun of the table's rows (or no noun of the catalog)."""
    own = set(idx.tables[table].words)
    nouns = {w for t in idx.tables.values() for w in t.words}
    for i, t in enumerate(r.tokens[:-1]):
        if t.lower == "per":
            nxt = r.tokens[i + 1]
            if nxt.stem in own or (nxt.stem not in nouns and not any(m.start == i + 1 for m in r.mentions)):
                return True
    return False
