"""The time between two states of an item in a log of changes (rows recording the state left and the state reached,
with a date): "average days from Under Review to Approved by permit kind" is, per item, the first time it reached the
start state to the last time it reached the end state (the items that are in the end state now), or from a date of
the item's own row ("from opening") to the first time it reached a state; totalled over the groups asked for. On the
catalogs of `state_log_catalogs.py`: a snake_case permit office and a PascalCase dry dock."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.state_log_catalogs import dry_dock, permit_office

office = catalog_fixture(permit_office)
dock = catalog_fixture(dry_dock)

_PERMIT_SPANS = """WITH t AS (SELECT permit_id,
    MIN(changed_at) FILTER (WHERE new_state = 'Under Review') AS began,
    MAX(changed_at) FILTER (WHERE new_state = 'Approved') AS ended
  FROM permit_events GROUP BY permit_id)"""


def test_days_between_two_states_per_group(office: Db, dock: Db) -> None:
    d = same(
        office,
        "average days from Under Review to Approved by permit kind",
        f"""{_PERMIT_SPANS} SELECT p.permit_kind, AVG(date_diff('microsecond', t.began, t.ended)) / 86400e6
            FROM t JOIN permits p USING (permit_id)
            WHERE p.status = 'Approved' AND t.began IS NOT NULL AND t.ended IS NOT NULL GROUP BY 1""",
    )
    assert d.chart.chart_type == "bar"
    same(
        dock,
        "median days from Stripping to Afloat per yard",
        """WITH t AS (SELECT "RefitId", MIN("LoggedAt") FILTER (WHERE "ToStage" = 'Stripping') AS began,
               MAX("LoggedAt") FILTER (WHERE "ToStage" = 'Afloat') AS ended FROM "RefitLog" GROUP BY 1)
           SELECT r."Yard", MEDIAN(date_diff('microsecond', t.began, t.ended)) / 86400e6
           FROM t JOIN "Refits" r USING ("RefitId")
           WHERE r."Stage" = 'Afloat' AND t.began IS NOT NULL AND t.ended IS NOT NULL GROUP BY 1""",
    )


def test_one_figure_over_every_item(office: Db) -> None:
    same(
        office,
        "average time from Under Review to Approved",
        f"""{_PERMIT_SPANS} SELECT AVG(date_diff('microsecond', t.began, t.ended)) / 86400e6
            FROM t JOIN permits p USING (permit_id)
            WHERE p.status = 'Approved' AND t.began IS NOT NULL AND t.ended IS NOT NULL""",
    )


def test_from_a_date_of_the_item_to_the_first_time_a_state_was_reached(dock: Db) -> None:
    same(
        dock,
        "average days from opening to first Painting by yard",
        """WITH t AS (SELECT "RefitId", MIN("LoggedAt") FILTER (WHERE "ToStage" = 'Painting') AS reached
               FROM "RefitLog" GROUP BY 1)
           SELECT r."Yard", AVG(date_diff('microsecond', r."OpenedOn", t.reached)) / 86400e6
           FROM t JOIN "Refits" r USING ("RefitId") WHERE t.reached IS NOT NULL GROUP BY 1""",
    )


def test_per_month_the_end_state_was_reached(office: Db) -> None:
    same(
        office,
        "median hours from Under Review to Approved per month",
        f"""{_PERMIT_SPANS} SELECT date_trunc('month', t.ended), MEDIAN(date_diff('microsecond', t.began, t.ended)) / 3600e6
            FROM t JOIN permits p USING (permit_id)
            WHERE p.status = 'Approved' AND t.began IS NOT NULL AND t.ended IS NOT NULL GROUP BY 1""",
    )
