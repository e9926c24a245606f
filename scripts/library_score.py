"""How many of the librarians' questions of `backend/tests/library_catalogs.py` the offline analyst answers with the
gold rows: `python -m scripts.library_score [-v]` prints, per catalog, the strict count (rows equal) and the covered
count (the gold columns among the answer's, same rows)."""

from __future__ import annotations

import sys
from itertools import permutations
from typing import Any

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import norm, rows
from backend.tests.library_catalogs import QUESTIONS, koha_like, pascal_library


def _covered(got: list[tuple[Any, ...]], want: list[tuple[Any, ...]]) -> bool:
    width = len(want[0]) if want else 0
    if not got or not want:
        return got == want
    return any(
        sorted((tuple(norm(r[c]) for c in combo) for r in got), key=repr) == want
        for combo in permutations(range(len(got[0])), width)
    )


def main() -> None:
    verbose = "-v" in sys.argv
    makers = {"koha_like": koha_like, "pascal_library": pascal_library}
    for name, questions in QUESTIONS.items():
        con = makers[name]()
        catalog = build_catalog(con)
        strict = loose = 0
        for question, golds in questions:
            wants = [rows(con, g) for g in golds]
            mark, sql = "x", ""
            try:
                d = understand(question, catalog)
                if isinstance(d, QueryDecision):
                    sql = d.sql
                    got = rows(con, d.sql)
                    raw = con.execute(d.sql).fetchall()
                    if got in wants:
                        strict, mark = strict + 1, "="
                    if any(_covered(raw, w) for w in wants):
                        loose, mark = loose + 1, mark if mark == "=" else "~"
                else:
                    sql = f"<{type(d).__name__}>"
            except Exception as e:
                sql = f"!{e}"
            if verbose:
                print(f"  {mark} {question}\n      {' '.join(sql.split())[:400]}")
        print(f"{name}: strict {strict}/{len(questions)}, covered {loose}/{len(questions)}")


if __name__ == "__main__":
    main()
