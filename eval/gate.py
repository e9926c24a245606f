"""Regression gate (`make eval`): ask every set named in eval/floors.json, fail when one drops below its floor.

    .venv/bin/python -m eval.gate [--floors eval/floors.json] [--only SET] [--json out.json]

Each set runs against a backend with the built-in analyst started on its own catalog (the set's `# catalog:` line, else the demo);
sets sharing a catalog share the backend. The built-in analyst is deterministic, so a figure below the floor
is a regression, not noise. Blind sets print their totals only: their questions and failures stay unseen
by whoever tunes the parser. Exit code 0 when every set holds its floors, 1 when one does not, 2 when a
set could not be run.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import BaseModel, Field

from eval.client import REPO_ROOT, Backend
from eval.run_eval import TurnResult, blind_totals, evaluate, parse_args, set_catalog

FLOORS = REPO_ROOT / "eval" / "floors.json"


class Floor(BaseModel):
    """The lowest accepted figures of one set (percent of turns), and whether its questions stay unseen."""

    data: float = Field(ge=0, le=100)
    chart: float = Field(ge=0, le=100)
    blind: bool = False


def load_floors(path: Path) -> dict[str, Floor]:
    """Set file name (under eval/) → floor."""
    raw: dict[str, Any] = json.loads(path.read_text())
    return {name: Floor.model_validate(value) for name, value in raw.items() if not name.startswith("_")}


def verdict(name: str, summary: dict[str, Any], floor: Floor) -> list[str]:
    """The ways `summary` falls below `floor` (empty when it holds)."""
    problems: list[str] = []
    for key, label in (("data", "data_accuracy"), ("chart", "chart_accuracy")):
        if summary[label] < getattr(floor, key):
            problems.append(f"{name}: {key} accuracy {summary[label]:.1f}% < floor {getattr(floor, key):.1f}%")
    return problems


def report(name: str, results: list[TurnResult], summary: dict[str, Any], floor: Floor) -> None:
    """One line of totals; the failing turns too, unless the set is blind."""
    print(
        f"{name:<28} data {summary['data_accuracy']:5.1f}% (floor {floor.data:5.1f})  "
        f"chart {summary['chart_accuracy']:5.1f}% (floor {floor.chart:5.1f})  "
        f"turns {summary['turns']:3d}  errors {summary['errors']}  median {1000 * summary['median_turn_s']:.0f} ms"
        + ("  [blind]" if floor.blind else "")
    )
    if not floor.blind:
        for r in results:
            if not (r.data_ok and r.chart_ok):
                print(f"    {r.case} turn {r.turn}: {r.reason}")


def main(argv: list[str] | None = None) -> int:
    """Run the gate."""
    parser = argparse.ArgumentParser(prog="python -m eval.gate", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--floors", type=Path, default=FLOORS)
    parser.add_argument("--only", action="append", default=[], help="set file name (repeatable)")
    parser.add_argument("--json", type=Path, help="write every set's totals here")
    args = parser.parse_args(argv)
    floors = load_floors(args.floors)
    names = [n for n in floors if not args.only or n in args.only]
    by_catalog: dict[Path, list[str]] = defaultdict(list)
    for name in names:
        by_catalog[set_catalog(args.floors.parent / name)].append(name)
    run_args = parse_args([])
    problems: list[str] = []
    totals: dict[str, Any] = {}
    for catalog, sets in by_catalog.items():
        if not catalog.exists():
            print(f"catalog {catalog} is missing: run `make data eval-data` first", file=sys.stderr)
            return 2
        try:
            with Backend(catalog=catalog, model="builtin") as backend:
                for name in sets:
                    outcome = evaluate(args.floors.parent / name, catalog, run_args, backend)
                    if isinstance(outcome, int):
                        return outcome
                    results, summary = outcome
                    report(name, results, summary, floors[name])
                    problems += verdict(name, summary, floors[name])
                    totals[name] = blind_totals(summary) if floors[name].blind else summary
        except RuntimeError as exc:
            print(f"could not start a backend on {catalog.name}: {exc}", file=sys.stderr)
            return 2
    if args.json:
        args.json.write_text(json.dumps(totals, indent=2))
    for problem in problems:
        print(f"BELOW FLOOR {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
