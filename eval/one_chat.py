"""One-chat check: each open set's questions (first turns, never a blind set's) asked one after another in a single
conversation, as a user asks them in one chat, against the same questions asked alone. A question answered
differently in the chat was taken for a follow-up of the one before (or pulled to its table). Prints each set's
count; `--verbose` prints the questions. A report, not a gate.

    .venv/bin/python -m eval.one_chat [--verbose]
"""

from __future__ import annotations

import argparse
import sys

from backend.agents.builtin import QueryDecision, understand
from eval.run_eval import load_cases, set_catalog
from eval.sweep import open_catalog, open_sets


def _sql(decision: object) -> str | None:
    return decision.sql if isinstance(decision, QueryDecision) else None


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.one_chat", description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print the questions answered differently")
    args = parser.parse_args()
    differ_all = asked_all = 0
    for path in open_sets():
        with open_catalog(set_catalog(path)) as opened:
            catalog, index = opened.catalog, opened.index
            previous: QueryDecision | None = None
            differ = 0
            questions = [case.turns[0].message for case in load_cases(path)]
            for q in questions:
                alone = understand(q, catalog, index=index)
                chained = understand(q, catalog, index=index, previous=previous)
                if type(alone) is not type(chained) or _sql(alone) != _sql(chained):
                    differ += 1
                    if args.verbose:
                        print(f"    {q!r}: {(getattr(chained, 'thoughts', None) or [''])[0][:110]}")
                if isinstance(chained, QueryDecision):
                    previous = chained
        print(f"{path.name:<28} {differ:>3} of {len(questions)} questions answered differently in one chat")
        differ_all += differ
        asked_all += len(questions)
    print(f"one chat: {differ_all} of {asked_all} questions answered differently than when asked alone")
    return 0


if __name__ == "__main__":
    sys.exit(main())
