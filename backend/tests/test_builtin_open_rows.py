"""Rows still open and the rows' own words read before a joined table's (`logged_time_catalogs.py`: a snake_case repair
cooperative, a camelCase print studio): "open cases by urgency", "how many urgent cases are still open", "10 oldest
unresolved cases" keep the rows whose closing date is empty (never a time axis on the opened date); "only the open
ones" after a grouped count adds that condition; "active presses" are those whose own status is 'active', not those
run by an active staff member; "posters by priority" counts the jobs, not the change log naming the priority field."""

from __future__ import annotations

import duckdb

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.logged_time_catalogs import print_studio, repair_coop

coop = catalog_fixture(repair_coop)
studio = catalog_fixture(print_studio)


def _ward_office() -> duckdb.DuckDBPyConnection:
    """A snake_case permit office with declared keys: permits of a kind and priority, and a history of the field each
    change touched (its text 'priority' or 'kind')."""
    con = duckdb.connect()
    con.execute("CREATE TABLE permits(permit_id INTEGER PRIMARY KEY, kind VARCHAR, priority VARCHAR)")
    con.executemany(
        "INSERT INTO permits VALUES (?, ?, ?)",
        [(k, ["Fence", "Shed", "Porch"][k % 3], ["Low", "High"][k % 2]) for k in range(1, 61)],
    )
    con.execute(
        "CREATE TABLE permit_history(history_id INTEGER PRIMARY KEY, "
        "permit_id INTEGER REFERENCES permits(permit_id), field VARCHAR, changed_on DATE)"
    )
    con.execute("COMMENT ON COLUMN permit_history.field IS 'the changed field: kind or priority'")
    con.executemany(
        "INSERT INTO permit_history VALUES (?, ?, ?, DATE '2024-01-01' + ?)",
        [(k, 1 + k % 60, ["priority", "kind"][k % 2], k) for k in range(1, 301)],
    )
    return con


ward = catalog_fixture(_ward_office)


def test_open_rows_have_no_closing_date_yet(coop: Db, studio: Db) -> None:
    same(coop, "open cases by urgency",
         "SELECT urgency, COUNT(*) FROM cases WHERE closed_at IS NULL GROUP BY 1")  # fmt: skip
    same(studio, "open jobs by format",
         'SELECT format, COUNT(*) FROM jobs WHERE "finishedAt" IS NULL GROUP BY 1')  # fmt: skip


def test_still_open_is_a_state_not_the_opened_date(coop: Db) -> None:
    d = same(coop, "how many urgent cases are still open",
             "SELECT COUNT(*) FROM cases WHERE urgency = 'Urgent' AND closed_at IS NULL")  # fmt: skip
    assert d.chart.chart_type == "kpi"


def test_unresolved_rows_listed_oldest_first(coop: Db) -> None:
    d = answer(coop, "10 oldest unresolved cases")
    got = coop[0].execute(d.sql).fetchall()
    want = [
        r[0]
        for r in coop[0].execute("SELECT opened_at FROM cases WHERE closed_at IS NULL ORDER BY 1 LIMIT 10").fetchall()
    ]
    assert any([row[j] for row in got] == want for j in range(len(got[0]))), d.sql


def test_only_the_open_ones_as_a_follow_up(coop: Db, studio: Db) -> None:
    first = answer(coop, "Leak cases by urgency")
    d = answer(coop, "only the open ones", previous=first)
    want = "SELECT urgency, COUNT(*) FROM cases WHERE kind = 'Leak' AND closed_at IS NULL GROUP BY 1"
    assert sorted(coop[0].execute(d.sql).fetchall()) == sorted(coop[0].execute(want).fetchall())
    first = answer(studio, "Posters by priority")
    d = answer(studio, "only the unfinished ones", previous=first)
    want = "SELECT priority, COUNT(*) FROM jobs WHERE format = 'Poster' AND \"finishedAt\" IS NULL GROUP BY 1"
    assert sorted(studio[0].execute(d.sql).fetchall()) == sorted(studio[0].execute(want).fetchall())


def test_the_rows_own_state_value_wins_over_a_joined_flag(coop: Db, studio: Db) -> None:
    same(coop, "how many active rotas", "SELECT COUNT(*) FROM rotas WHERE state = 'active'")
    d = same(studio, "list the active presses", "SELECT \"pressName\" FROM presses WHERE status = 'active'")
    assert "staff" not in d.sql


def test_a_column_named_after_by_is_no_value_of_a_change_log(studio: Db, ward: Db) -> None:
    same(studio, "Posters by priority",
         "SELECT priority, COUNT(*) FROM jobs WHERE format = 'Poster' GROUP BY 1")  # fmt: skip
    same(ward, "Sheds by priority", "SELECT priority, COUNT(*) FROM permits WHERE kind = 'Shed' GROUP BY 1")
