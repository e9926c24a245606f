"""Held-out evaluation: ask every question of eval/questions.jsonl over `/chat`, compare with gold SQL.

    .venv/bin/python -m eval.run_eval [--url http://127.0.0.1:8000] [--only ID] [--verbose] [--json out.json]

Without a backend answering at --url it starts one (uvicorn on a free port) and stops it afterwards;
`--start` always starts one, `--no-start` never does. The exit code is 0 whatever the accuracy (this is a
measurement) and 2 when no backend can be reached or the inputs are missing.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from collections import defaultdict
from contextlib import ExitStack
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Literal, cast

import duckdb
import httpx
from pydantic import BaseModel, Field

from eval.client import REPO_ROOT, Backend, TurnEvents, chat_turn, fetch_result, is_up
from eval.compare import Verdict, check_histogram, coerce_answer_rows, compare_rows


class Turn(BaseModel):
    """One user message with its gold SQL and the chart kinds accepted for it."""

    message: str
    gold_sql: str
    charts: list[str]
    presentation_only: bool = False
    order_matters: bool = False
    compare: Literal["rows", "columns", "histogram"] = "rows"


class Case(BaseModel):
    """A conversation of one or more turns."""

    id: str
    turns: list[Turn] = Field(min_length=1)
    tags: list[str] = Field(default_factory=list)


@dataclass
class TurnResult:
    """The verdict on one turn, as printed and written to --json."""

    case: str
    turn: int
    message: str
    data_ok: bool
    chart_ok: bool
    reason: str
    seconds: float
    chart_type: str | None
    sql: list[str]
    error: str | None
    tags: list[str]


DEMO_CATALOG = REPO_ROOT / "data" / "demo.duckdb"
_CATALOG_HEADER = "# catalog:"


def load_cases(path: Path) -> list[Case]:
    """Parse the question set (one JSON object per line, `#` lines and blanks ignored)."""
    lines = path.read_text().splitlines()
    return [Case.model_validate_json(line) for line in lines if line.strip() and not line.startswith("#")]


def set_catalog(path: Path) -> Path:
    """The DuckDB file a set's gold SQL is written for: its `# catalog: data/x.duckdb` line, else the demo."""
    for line in path.read_text().splitlines():
        if line.startswith(_CATALOG_HEADER):
            return REPO_ROOT / line.removeprefix(_CATALOG_HEADER).strip()
    return DEMO_CATALOG


class Gold:
    """Gold results from a read-only connection to the set's catalog, cached by SQL."""

    def __init__(self, db: Path) -> None:
        self.con = duckdb.connect(str(db), read_only=True)
        self._cache: dict[str, tuple[list[str], list[tuple[Any, ...]]]] = {}

    def rows(self, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Column names and all rows of `sql`."""
        if sql not in self._cache:
            cur = self.con.execute(sql)
            self._cache[sql] = ([d[0] for d in cur.description or []], cur.fetchall())
        return self._cache[sql]

    def counts(self, sql: str) -> tuple[int, int]:
        """(non-null values of the first column, rows) without fetching the rows."""
        cur = self.con.execute(f"SELECT * FROM ({sql}) AS g LIMIT 0")
        col = (cur.description or [("",)])[0][0].replace('"', '""')
        row = self.con.execute(f'SELECT count("{col}"), count(*) FROM ({sql}) AS g').fetchone()
        assert row is not None
        return int(row[0]), int(row[1])


def judge_data(
    turn: Turn, events: TurnEvents, previous_data_id: str | None, gold: Gold, client: httpx.Client
) -> Verdict:
    """Data accuracy of one turn."""
    if turn.presentation_only:
        if events.sql:
            return Verdict(False, "presentation-only follow-up ran a new query")
        data_id = (events.data or {}).get("data_id")
        if data_id is not None and data_id != previous_data_id:
            return Verdict(False, "presentation-only follow-up produced new data")
        if events.errors:
            return Verdict(False, f"error: {events.errors[0].get('message', '')}")
        return Verdict(True)
    if events.data is None:
        detail = events.errors[0].get("message", "") if events.errors else "no data event"
        return Verdict(False, f"error: {detail}" if events.errors else detail)
    result = fetch_result(client, str(events.data["url"]))
    columns = [str(c.get("name")) for c in result.get("columns", [])]
    types = [str(c.get("type", "")) for c in result.get("columns", [])]
    raw_rows = result.get("rows", [])
    if raw_rows and isinstance(raw_rows[0], dict):
        raw_rows = [[row.get(name) for name in columns] for row in raw_rows]
    rows = coerce_answer_rows(types, raw_rows)
    if turn.compare == "histogram":
        non_null, total = gold.counts(turn.gold_sql)
        raw_match = False
        if len(rows) in (non_null, total) and not result.get("truncated"):
            gold_columns, gold_rows = gold.rows(turn.gold_sql)
            raw_match = compare_rows(gold_columns, gold_rows, columns, rows, mode="columns").ok
        return check_histogram(non_null, columns, rows, raw_match=raw_match)
    gold_columns, gold_rows = gold.rows(turn.gold_sql)
    verdict = compare_rows(gold_columns, gold_rows, columns, rows, order_matters=turn.order_matters, mode=turn.compare)
    if not verdict.ok and (result.get("truncated") or events.data.get("truncated")):
        return Verdict(False, f"{verdict.reason} (answer flagged truncated)")
    return verdict


def run_case(case: Case, client: httpx.Client, gold: Gold, timeout: float) -> list[TurnResult]:
    """Play a conversation turn by turn, carrying the conversation id."""
    results: list[TurnResult] = []
    conversation_id: str | None = None
    data_id: str | None = None
    for index, turn in enumerate(case.turns, start=1):
        try:
            events = chat_turn(client, turn.message, conversation_id, timeout)
            verdict = judge_data(turn, events, data_id, gold, client)
        except (httpx.HTTPError, duckdb.Error, KeyError, ValueError) as exc:
            events, verdict = TurnEvents(), Verdict(False, f"{type(exc).__name__}: {exc}"[:300])
        chart_ok = events.chart_type in turn.charts
        reason = verdict.reason
        if not chart_ok:
            reason = "; ".join(filter(None, [reason, f"chart {events.chart_type} not in {turn.charts}"]))
        error = str(events.errors[0].get("message", "")) if events.errors else None
        results.append(
            TurnResult(
                case.id, index, turn.message, verdict.ok, chart_ok, reason, round(events.seconds, 3),
                events.chart_type, events.sql, error, case.tags,
            )
        )  # fmt: skip
        conversation_id = events.conversation_id or conversation_id
        data_id = (events.data or {}).get("data_id", data_id)
    return results


def percentile(values: list[float], q: float) -> float:
    """Nearest-rank percentile (0 for no values)."""
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * len(ordered) + 0.5) - 1))]


def summarise(results: list[TurnResult], n_cases: int) -> dict[str, Any]:
    """Totals: accuracies, errors, timings and data accuracy per tag."""
    n = len(results) or 1
    times = [r.seconds for r in results if r.seconds > 0]
    by_case: dict[str, bool] = defaultdict(lambda: True)
    by_tag: dict[str, list[bool]] = defaultdict(list)
    for r in results:
        by_case[r.case] &= r.data_ok and r.chart_ok
        for tag in r.tags:
            by_tag[tag].append(r.data_ok)
    return {
        "cases": n_cases,
        "turns": len(results),
        "data_accuracy": round(100 * sum(r.data_ok for r in results) / n, 1),
        "chart_accuracy": round(100 * sum(r.chart_ok for r in results) / n, 1),
        "cases_fully_correct": sum(by_case.values()),
        "errors": sum(r.error is not None for r in results),
        "median_turn_s": round(statistics.median(times), 3) if times else 0.0,
        "p95_turn_s": round(percentile(times, 0.95), 3),
        "data_accuracy_by_tag": {t: round(100 * sum(v) / len(v), 1) for t, v in sorted(by_tag.items())},
    }


def blind_totals(summary: dict[str, Any]) -> dict[str, Any]:
    """What may be shown of a blind set: its totals, nothing per tag (a tag's figure points at its questions)."""
    return {k: v for k, v in summary.items() if k != "data_accuracy_by_tag"}


def print_totals(summary: dict[str, Any]) -> None:
    """A blind set's report: its totals and nothing that points at a question (no turns, no tags)."""
    print(f"cases {summary['cases']} ({summary['cases_fully_correct']} fully correct), turns {summary['turns']}")
    print(f"data accuracy  {summary['data_accuracy']:5.1f}%")
    print(f"chart accuracy {summary['chart_accuracy']:5.1f}%")
    print(
        f"errors {summary['errors']}, turn time median {summary['median_turn_s']:.3f} s, p95 {summary['p95_turn_s']:.3f} s"
    )


def print_report(results: list[TurnResult], summary: dict[str, Any], verbose: bool) -> None:
    """A table of turns, then the totals."""
    width = max([len(r.case) for r in results] + [4])
    print(f"{'case':<{width}}  turn  data  chart  secs   reason")
    for r in results:
        data, chart = "ok" if r.data_ok else "FAIL", "ok" if r.chart_ok else "FAIL"
        print(f"{r.case:<{width}}  {r.turn:>4}  {data:<4}  {chart:<5}  {r.seconds:5.2f}  {r.reason}")
        if verbose:
            print(f"{'':<{width}}        message: {r.message}")
            for sql in r.sql:
                print(f"{'':<{width}}        sql: {' '.join(sql.split())}")
            print(f"{'':<{width}}        chart_type: {r.chart_type}  error: {r.error}")
    print()
    print_totals(summary)
    tags = ", ".join(f"{t} {v:.0f}%" for t, v in summary["data_accuracy_by_tag"].items())
    print(f"data accuracy by tag: {tags}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The command line."""
    parser = argparse.ArgumentParser(prog="python -m eval.run_eval", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--url", default="http://127.0.0.1:8000", help="backend base URL")
    parser.add_argument("--only", action="append", default=[], help="case id (repeatable; a trailing * is a prefix)")
    parser.add_argument("--verbose", "-v", action="store_true", help="show messages, SQL and chart types")
    parser.add_argument("--json", type=Path, help="write per-turn details and totals here")
    start = parser.add_mutually_exclusive_group()
    start.add_argument("--start", action="store_true", help="always start a backend on a free port")
    start.add_argument("--no-start", action="store_true", help="never start a backend")
    parser.add_argument(
        "--questions", "--file", type=Path, default=REPO_ROOT / "eval" / "questions.jsonl", help="question set (JSONL)"
    )
    parser.add_argument("--db", type=Path, help="catalog for gold SQL and a started backend (default: the set's)")
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per turn")
    return parser.parse_args(argv)


def selected(cases: list[Case], only: list[str]) -> list[Case]:
    """The cases named by --only (all when empty)."""
    if not only:
        return cases

    def wanted(case_id: str) -> bool:
        return any(case_id == o or (o.endswith("*") and case_id.startswith(o[:-1])) for o in only)

    return [c for c in cases if wanted(c.id)]


def evaluate(
    path: Path, db: Path, args: argparse.Namespace, backend: Backend | None = None
) -> tuple[list[TurnResult], dict[str, Any]] | int:
    """Ask one set: at `backend`, at --url when it serves `db`, or at a backend started on `db`.

    Returns the per-turn results and totals, or an exit code when the inputs or the backend are missing.
    """
    if not db.exists():
        print(f"catalog {db} is missing: run `make data eval-data` first", file=sys.stderr)
        return 2
    cases = selected(load_cases(path), args.only)
    if not cases:
        print(f"no case matches {args.only}", file=sys.stderr)
        return 2
    gold = Gold(db)
    with ExitStack() as stack:
        url = backend.url if backend else args.url.rstrip("/")
        # A running backend at --url serves the demo catalog unless told otherwise (--no-start).
        own_catalog = db.resolve() != DEMO_CATALOG.resolve()
        if backend is None and (args.start or (not args.no_start and (own_catalog or not is_up(url)))):
            if not args.start and not own_catalog:
                print(f"no backend answers at {url}; starting one", file=sys.stderr)
            try:
                url = stack.enter_context(Backend(catalog=db)).url
            except RuntimeError as exc:
                print(f"could not start a backend: {exc}", file=sys.stderr)
                return 2
        elif not is_up(url):
            print(f"backend unreachable at {url} (GET /health failed); start it or drop --no-start", file=sys.stderr)
            return 2
        print(f"evaluating {len(cases)} cases of {path.name} against {url} ({db.name})", file=sys.stderr)
        results: list[TurnResult] = []
        with httpx.Client(base_url=url) as client:
            for case in cases:
                results.extend(run_case(case, client, gold, args.timeout))
    gold.con.close()
    return results, summarise(results, len(cases))


def is_blind(path: Path, floors: Path = REPO_ROOT / "eval" / "floors.json") -> bool:
    """True when floors.json marks the set blind: nobody sees its questions or per-turn results, only totals."""
    raw: dict[str, Any] = json.loads(floors.read_text()) if floors.exists() else {}
    entry = raw.get(path.name)
    return isinstance(entry, dict) and bool(cast(dict[str, Any], entry).get("blind"))


def main(argv: list[str] | None = None) -> int:
    """Run the evaluation; 0 unless the backend or the inputs are missing."""
    args = parse_args(argv)
    blind = is_blind(args.questions)
    if blind and (args.only or args.verbose):
        print(f"{args.questions.name} is blind: only its totals are shown (no --only, no --verbose)", file=sys.stderr)
        return 2
    outcome = evaluate(args.questions, args.db or set_catalog(args.questions), args)
    if isinstance(outcome, int):
        return outcome
    results, summary = outcome
    if blind:
        summary = blind_totals(summary)
        print_totals(summary)
    else:
        print_report(results, summary, args.verbose)
    if args.json:
        turns = [] if blind else [asdict(r) for r in results]
        args.json.write_text(json.dumps({"summary": summary, "turns": turns}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
