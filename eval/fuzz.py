"""Crash fuzzer: questions made from each eval catalog's own names and values, asked of the built-in analyst
and carried through what the app does with each answer, so a crash on a new catalog is found without anyone's
question set (the blind sets are never read).

For every catalog of `floors.json` (the sweep's list) it words questions the way a user types a catalog's names
(`price_cents` -> "price cents", `createdAt` -> "created at") from templates of the kinds of request in issue 15
(averages by a grouping, monthly totals, cycles, counts in a year, histograms, two measures against each other,
top N, shares, "above the average", values per week, period comparisons, running totals) with follow-ups ("only
<value>", "by <text> instead", "as a pie chart", "what about <value>"), chained as in one chat. Each turn takes the
app's path: the built-in analyst's replay of the chat (`BuiltinAnalyst.decide`, understand with the value
lookup, a chart type chosen by a presentation follow-up kept) -> guard and row limit (`prepare_query`) -> the
local DuckDB engine with a time limit -> result store and chart reduction -> chart choice, the spec's columns
checked against the result (`check_output`), the leader and empty-result notes -> the chart's params and
component code (`chart_events`); a presentation follow-up restyles the previous chart (`restyle_events`), and a
clarification must validate as the app's `NeedsClarification`. Any exception, a refused or failing query, or a
key summed or averaged (the sweep's check) is a failure. Deterministic (fixed seed), a few hundred turns a
catalog. Exit 1 on any failure; `make eval` runs it after the sweep.

    .venv/bin/python -m eval.fuzz [--verbose] [--catalog NAME]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import random
import re
import sys
import tempfile
import time
import zlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic_ai.messages import ModelMessage, ModelRequest, ToolReturnPart, UserPromptPart

from backend.agents.analyst import summarize
from backend.agents.builtin import Clarification, PresentationDecision, QueryDecision
from backend.agents.builtin.catalog_index import build_index
from backend.agents.builtin.charts import choose_chart
from backend.agents.builtin.empty_result import empty_result_note
from backend.agents.builtin.sql_builder import WHOLE_ANSWER_ROWS, whole_answer
from backend.agents.builtin_model import BuiltinAnalyst, leader_sentence, spec_from_choice
from backend.agents.output_checks import check_output
from backend.agents.tools import RunSQLTool
from backend.core.duckdb_local import DuckDBLocalEngine
from backend.core.guarded_query import prepare_query, run_prepared
from backend.core.reduce import reduce_for_chart
from backend.core.result_store import ResultStore, StoredResult
from backend.core.serialize import to_records
from backend.models.catalog import Catalog, ColumnInfo, TableInfo
from backend.models.conversations import Turn
from backend.models.events import ParamsEvent
from backend.models.viz import NeedsClarification, ParamsChange
from backend.services.chart_step import chart_events, restyle_events
from backend.settings import Settings
from eval.sweep import KeyAsMeasureError, catalogs, failure_kind, summed_keys

SEED = 20261201
CONVERSATIONS_PER_CATALOG = 120  # about 250 turns with the follow-ups
SLOW_MS = 1000.0  # a query slower than this is reported (not a failure)
_KEY_ENDINGS = {"id", "key", "uuid", "guid", "pk", "fk"}


def spoken(name: str) -> str:
    """A name as a user types it: `price_cents` -> "price cents", `createdAt` -> "created at", "Score (%)" -> "score"."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", name)
    spaced = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", spaced)
    return " ".join(w for w in re.split(r"[^A-Za-z0-9]+", spaced.lower()) if w)


def _is_key(column: ColumnInfo) -> bool:
    words = spoken(column.name).split()
    return not words or words[-1] in _KEY_ENDINGS or column.name.lower().endswith("id")


@dataclass
class _Table:
    """One table's words for the templates."""

    names: list[str]  # the whole name spoken, and its last word ("members member" -> "member")
    numbers: list[str]
    texts: list[str]
    values: dict[str, list[str]]  # text column words -> a few of its values
    years: list[int] = field(default_factory=list[int])
    flags: list[str] = field(default_factory=list[str])  # yes/no columns
    # The text columns and values of the tables its foreign keys point to (a grouping or filter through a join).
    related_texts: list[str] = field(default_factory=list[str])
    related_values: dict[str, list[str]] = field(default_factory=dict[str, list[str]])


def _years(column: ColumnInfo) -> list[int]:
    found = [
        int(m) for v in (column.min, column.max) if v is not None for m in re.findall(r"\b(19\d\d|20\d\d)\b", str(v))
    ]
    if len(found) < 2:
        return found
    return list(range(min(found), max(found) + 1))


def _table_words(table: TableInfo, catalog: Catalog | None = None) -> _Table:
    whole = spoken(table.name)
    names = [whole] + ([whole.split()[-1]] if len(whole.split()) > 1 else [])
    numbers: list[str] = []
    texts: list[str] = []
    values: dict[str, list[str]] = {}
    years: list[int] = []
    flags: list[str] = []
    for column in table.columns:
        words = spoken(column.name)
        if not words:
            continue
        if column.kind == "numeric" and not _is_key(column):
            numbers.append(words)
        elif column.kind == "text" and not _is_key(column):
            texts.append(words)
            shown = [
                str(v) for v in (column.values or column.samples) if v is not None and 0 < len(str(v).strip()) <= 40
            ]
            if shown:
                values[words] = shown[:6]
        elif column.kind == "temporal":
            years.extend(_years(column))
        elif column.kind == "boolean":
            flags.append(words)
    words = _Table(names, numbers, texts, values, sorted(set(years)), flags)
    if catalog is not None:
        for fk in catalog.foreign_keys:
            parent = catalog.table(fk.ref_table) if fk.table == table.name and fk.ref_table != table.name else None
            if parent is not None:
                other = _table_words(parent)
                words.related_texts += other.texts
                words.related_values |= other.values
    return words


def _pick(rng: random.Random, items: list[str]) -> str | None:
    return rng.choice(items) if items else None


def _value(rng: random.Random, t: _Table) -> str | None:
    column = _pick(rng, sorted(t.values))
    return rng.choice(t.values[column]) if column else None


def _related_value(rng: random.Random, t: _Table) -> str | None:
    column = _pick(rng, sorted(t.related_values))
    return rng.choice(t.related_values[column]) if column else None


def _first(rng: random.Random, t: _Table, o: _Table) -> str | None:
    """One first question from a random template whose slots the table (and another table `o`) can fill."""
    name, oname = rng.choice(t.names), rng.choice(o.names)
    otext, ovalue = _pick(rng, o.texts), _value(rng, o)
    num, num2 = rng.sample(t.numbers, 2) if len(t.numbers) > 1 else [*t.numbers, None, None][:2]
    text, value, value2 = _pick(rng, t.texts), _value(rng, t), _value(rng, t)
    year = rng.choice(t.years) if t.years else None
    rtext, rvalue, flag = _pick(rng, t.related_texts), _related_value(rng, t), _pick(rng, t.flags)
    templates: list[str | None] = [
        f"average {num} by {text}" if num and text else None,
        f"total {num} per month" if num else None,
        f"{num} by month of year" if num else None,
        f"number of {name} by {text} in {year}" if text and year else None,
        f"number of {name} by {text}" if text else None,
        f"histogram of {num}" if num else None,
        f"{num} versus {num2}" if num and num2 else None,
        f"scatter plot of {num} against {num2} for each {name}" if num and num2 else None,
        f"top 5 {text} by {num}" if num and text else None,
        f"which {text} has the most {name}" if text else None,
        f"share of {name} by {text}" if text else None,
        f"{name} with {num} above the average" if num else None,
        f"{value} {name} per week" if value else None,
        f"how many {name} are {value}" if value else None,
        f"compare {num} in {year - 1} vs {year}" if num and year else None,
        f"running total of {num} by month" if num else None,
        f"lowest and highest {num} per {text}" if num and text else None,
        f"{num} by day of week" if num else None,
        f"monthly trend of {name}" if t.years else None,
        f"average {num} grouped by the number of {text}" if num and text else None,
        f"how many {name} in the second half of {year}" if year else None,
        f"{num} of each {text} over time" if num and text else None,
        f"difference between {num} and {num2} by {text}" if num and num2 and text else None,
        f"median {num} in {year}" if num and year else None,
        f"show {name}",
        f"how many {name}",
        f"bubble chart of {num} and {num2} by {text}" if num and num2 and text else None,
        f"{text} with no {name}" if text else None,
        f"average {num} by {rtext}" if num and rtext else None,
        f"number of {name} by {rtext} per month" if rtext and t.years else None,
        f"top 5 {rtext} by total {num}" if num and rtext else None,
        f"total {num} for {rvalue}" if num and rvalue else None,
        f"how many {name} for {rvalue} by {text}" if rvalue and text else None,
        f"share of {num} by {rtext} as a pie chart" if num and rtext else None,
        f"number of {name} by {flag}" if flag else None,
        f"percentage of {name} that are {flag}" if flag else None,
        f"average {num} per {name} by year" if num and t.years else None,
        f"bar chart of {num} by {text} and {rtext}" if num and text and rtext else None,
        f"line chart of {num} over time" if num and t.years else None,
        f"count of {name} by hour of day" if t.years else None,
        f"{name} by quarter in {year}" if year else None,
        f"{num} from {year - 2} to {year}" if num and year else None,
        f"average {num} for {value} compared to {value2}" if num and value and value2 and value != value2 else None,
        # Words of another table, related or not: a join the catalog may not offer.
        f"average {num} by {otext}" if num and otext else None,
        f"number of {name} per {oname}" if oname != name else None,
        f"total {num} for {ovalue}" if num and ovalue else None,
        f"{name} and {oname} by month" if oname != name and t.years else None,
    ]
    usable = [q for q in templates if q]
    return rng.choice(usable) if usable else None


def _follow_up(rng: random.Random, t: _Table) -> str | None:
    text, value = _pick(rng, t.texts), _value(rng, t)
    year = rng.choice(t.years) if t.years else None
    num = _pick(rng, t.numbers)
    rtext, rvalue, flag = _pick(rng, t.related_texts), _related_value(rng, t), _pick(rng, t.flags)
    options: list[str | None] = [
        f"only {value}" if value else None,
        f"by {text} instead" if text else None,
        "as a pie chart",
        "make it a line chart",
        f"what about {value}" if value else None,
        f"in {year}" if year else None,
        "top 5",
        f"and the average {num}" if num else None,
        "by month",
        "as a table",
        "as a bar chart",
        "by year",
        "per quarter",
        "sort ascending",
        "show the top 10",
        f"exclude {value}" if value else None,
        f"by {rtext}" if rtext else None,
        f"only {rvalue}" if rvalue else None,
        f"and by {flag}" if flag else None,
    ]
    usable = [q for q in options if q]
    return rng.choice(usable) if usable else None


def conversations(catalog: Catalog, seed: int = SEED) -> list[list[str]]:
    """Deterministic chats for one catalog: a first question, then zero to two follow-ups."""
    rng = random.Random(seed)
    tables = [_table_words(t, catalog) for t in catalog.tables if t.columns]
    chats: list[list[str]] = []
    for _ in range(CONVERSATIONS_PER_CATALOG if tables else 0):
        t = rng.choice(tables)
        first = _first(rng, t, rng.choice(tables))
        if first is None:
            continue
        chat = [first]
        for _ in range(rng.choice((0, 1, 1, 2))):
            if (more := _follow_up(rng, t)) is not None:
                chat.append(more)
        chats.append(chat)
    return chats


@dataclass
class Report:
    turns: int = 0
    failures: Counter[str] = field(default_factory=Counter[str])
    first: dict[str, str] = field(default_factory=dict[str, str])
    slow: list[tuple[float, str]] = field(default_factory=list[tuple[float, str]])
    kinds: Counter[str] = field(default_factory=Counter[str])


class PresentationWithoutChartError(Exception):
    """A presentation-only answer with no previous chart: the app's output check refuses it on every retry."""


async def _fuzz(db: Path, settings: Settings, verbose: bool, seed: int = SEED) -> Report:
    engine = DuckDBLocalEngine.open(db, threads=1)
    report = Report()
    try:
        catalog = engine.catalog_snapshot()
        tables = catalog.table_names()
        analyst = BuiltinAnalyst(
            catalog, lookup=engine.values.lookup, index=build_index(catalog), max_rows=settings.max_row_limit
        )
        index = analyst.index
        with tempfile.TemporaryDirectory(prefix="viz-fuzz-") as tmp:
            store = ResultStore(
                Path(tmp),
                memory_bytes=settings.result_memory_bytes,
                json_row_limit=settings.json_row_limit,
                ttl_s=3600,
            )
            for chat in conversations(catalog, seed=seed + zlib.crc32(db.name.encode())):
                history: list[ModelMessage] = []
                shown: tuple[Turn, StoredResult] | None = None
                for message in chat:
                    report.turns += 1
                    try:
                        # The app's own replay: every earlier question re-read, the plan of the last answered one
                        # (with a chart type a presentation follow-up chose) is the context of this one.
                        history.append(ModelRequest(parts=[UserPromptPart(message)]))
                        decision = analyst.decide(history)[1]
                        assert decision is not None, "a question read as SQL"
                        report.kinds[type(decision).__name__] += 1
                        if isinstance(decision, QueryDecision):
                            limit = WHOLE_ANSWER_ROWS if whole_answer(decision.plan) else decision.plan.limit
                            RunSQLTool(query=decision.sql, limit=limit)  # the tool call's arguments validate
                            prepared = prepare_query(
                                decision.sql,
                                allowed_tables=tables,
                                limit=min(limit, settings.max_row_limit),
                                default_limit=settings.default_row_limit,
                                max_limit=settings.max_row_limit,
                            )
                            started = time.perf_counter()
                            result = await run_prepared(prepared, engine, timeout=settings.query_timeout_s)
                            elapsed = (time.perf_counter() - started) * 1000
                            if elapsed > SLOW_MS:
                                report.slow.append((elapsed, f"{db.name}: {message}"))
                            if keys := summed_keys(decision.sql):
                                raise KeyAsMeasureError(f"aggregates the key(s) {', '.join(sorted(set(keys)))}")
                            stored = store.put(result)
                            stored.reduced = await reduce_for_chart(
                                engine,
                                stored,
                                result.table,
                                store,
                                allowed_tables=tables,
                                timeout=settings.query_timeout_s,
                            )
                            cap = settings.model_sample_rows
                            sample = result.table.slice(0, cap).rename_columns(stored.column_names)
                            summary = summarize(stored, to_records(sample), cap)
                            plan = decision.plan
                            choice = choose_chart([(c.name, c.kind) for c in summary.columns], summary.row_count, plan)
                            spec = spec_from_choice(choice, decision.title, fallback="Query result")
                            spec = spec.model_copy(update={"data_id": stored.id})
                            check_output(spec, [stored], None)
                            leader_sentence(plan, summary, choice.x)
                            if summary.row_count == 0:
                                empty_result_note(plan, index)
                            events = list(chart_events(spec, stored, shown_data_id=stored.id))
                            params = next(e for e in events if isinstance(e, ParamsEvent))
                            turn = Turn(
                                id="fuzz", prompt=message, params=params.parameters, param_schema=params.schema_
                            )
                            shown = (turn, stored)
                            history.append(
                                ModelRequest(parts=[ToolReturnPart("run_sql", summary.model_dump(), tool_call_id="q")])
                            )
                            store.discard(stored.id)
                        elif isinstance(decision, PresentationDecision):
                            if shown is None:
                                raise PresentationWithoutChartError("a presentation change with no chart before it")
                            change = ParamsChange(updates=decision.updates, reason=" ".join(decision.thoughts))
                            list(restyle_events(change, *shown))
                        else:
                            assert isinstance(decision, Clarification)
                            NeedsClarification(
                                understood=decision.understood, needs=decision.needs, suggestions=decision.suggestions
                            )
                        if verbose:
                            print(f"  ok   {message!r}")
                    except Exception as exc:
                        kind = failure_kind(exc)
                        report.failures[kind] += 1
                        report.first.setdefault(kind, message)
                        if verbose:
                            print(f"  FAIL {message!r}: {kind}")
                        break
    finally:
        await engine.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--verbose", action="store_true", help="print every question")
    parser.add_argument("--catalog", help="only the catalog whose file name contains this")
    parser.add_argument("--seed", type=int, default=SEED, help="another seed asks other questions (to explore)")
    args = parser.parse_args(argv)
    logging.getLogger("sqlglot").setLevel(
        logging.ERROR
    )  # "… contains unsupported syntax" when a question is tried as SQL
    settings = Settings()
    total = failed = 0
    started = time.perf_counter()
    slow: list[tuple[float, str]] = []
    dbs = [db for db in catalogs() if args.catalog is None or args.catalog in db.name]
    for db in dbs:
        report = asyncio.run(_fuzz(db, settings, args.verbose, args.seed))
        total += report.turns
        failed += sum(report.failures.values())
        slow += report.slow
        answered = ", ".join(f"{n} {k}" for k, n in sorted(report.kinds.items()))
        print(f"{db.name:<20} {report.turns} turns ({answered}), {sum(report.failures.values())} failures")
        for kind, n in report.failures.most_common():
            print(f"    {n} x {kind}\n        first: {report.first[kind]!r}")
    for ms, where in sorted(slow, reverse=True)[:10]:
        print(f"    slow query ({ms:.0f} ms): {where}")
    elapsed = time.perf_counter() - started
    print(f"crash fuzzer: {total} turns over {len(dbs)} catalogs, {failed} failures, {len(slow)} slow, {elapsed:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
