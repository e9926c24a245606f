"""Points for groups, chart words inside names and ratios whose sides share a qualifier, on catalogs the analyst has
never seen (`share_catalogs.py`: a prefixed snake_case bike-share scheme with declared keys, a camelCase tutoring marketplace
without any)."""

from __future__ import annotations

import random

import duckdb

from backend.agents.builtin.models import Intent
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.share_catalogs import bike_share, tutoring

bikes = catalog_fixture(bike_share)
lessons = catalog_fixture(tutoring)


BY_DOCK = "FROM ride_log r JOIN stn_dock d ON d.stn_id = r.stn_id GROUP BY d.stn_name"
BY_TUTOR = 'FROM lessons l JOIN tutors t ON t."tutorId" = l."tutorId" GROUP BY t."tutorName"'


# Aggregates named for each group and set against each other are one point per group (a bubble's size the third).
def test_a_bubble_or_scatter_of_aggregates_is_one_point_per_group(bikes: Db, lessons: Db) -> None:
    d = same(
        bikes,
        "Bubble chart, one bubble per dock: average fee on x, average distance on y, bubble size = number of rides",
        f"SELECT d.stn_name, AVG(fee_amt), AVG(dist_km), COUNT(*) {BY_DOCK}",
    )
    assert d.plan.kind == Intent.AGGREGATE and d.chart.chart_type == "scatter", d.chart
    assert (d.chart.x, d.chart.y, d.chart.size) == ("avg_fee_amt", ["avg_dist_km"], "ride_count"), d.chart
    d = same(
        lessons,
        "bubble chart, one bubble per tutor: average fee on x, average rating on y, size = number of lessons",
        f'SELECT t."tutorName", AVG("feeAmount"), AVG(rating), COUNT(*) {BY_TUTOR}',
    )
    assert d.chart.chart_type == "scatter" and d.chart.size == "lesson_count", d.chart
    d = same(
        bikes,
        "scatter of average fee against average rating for each rider country",
        "SELECT p.rdr_country, AVG(fee_amt), AVG(rating) FROM ride_log r JOIN rdr_rider p ON p.rdr_id = r.rdr_id "
        "GROUP BY p.rdr_country",
    )
    assert d.chart.chart_type == "scatter" and d.chart.series is None, d.chart
    # Measures of each row stay one point per row.
    d = answer(bikes, "scatter of fee against distance coloured by plan")
    assert d.plan.kind == Intent.SCATTER, d.sql


# A chart word inside a column's name ("subject area") asks for no chart; followed by "chart" it does.
def test_a_chart_word_inside_a_name(lessons: Db) -> None:
    d = same(
        lessons,
        "average fee vs average rating for each subject area",
        'SELECT t."subjectArea", AVG("feeAmount"), AVG(rating) FROM lessons l JOIN tutors t '
        'ON t."tutorId" = l."tutorId" GROUP BY t."subjectArea"',
    )
    assert d.chart.chart_type == "scatter", d.chart
    d = answer(lessons, "number of lessons by subject area as an area chart")
    assert d.plan.chart_hint == "area", d.plan


def _pallet_moves() -> Db:
    """Pallet moves in prefixed snake_case: a gross weight and a volume whose name does not say gross."""
    con = duckdb.connect()
    rnd = random.Random(3)
    con.execute("CREATE TABLE plt_move(move_id INTEGER, gross_weight_kg DOUBLE, vol_m3 DOUBLE, dock_cd VARCHAR)")
    con.executemany(
        "INSERT INTO plt_move VALUES (?, ?, ?, ?)",
        [(i, rnd.uniform(50, 900), rnd.uniform(0.2, 3), rnd.choice(["D1", "D2", "D3"])) for i in range(400)],
    )
    return con, build_catalog(con)


def _crate_runs() -> Db:
    """Crate runs in camelCase: a net weight and a volume whose name does not say net."""
    con = duckdb.connect()
    rnd = random.Random(4)
    con.execute('CREATE TABLE "crateRuns"("runId" INTEGER, "netWeight" DOUBLE, "cubicVolume" DOUBLE, depot VARCHAR)')
    con.executemany(
        'INSERT INTO "crateRuns" VALUES (?, ?, ?, ?)',
        [(i, rnd.uniform(5, 90), rnd.uniform(0.1, 2), rnd.choice(["North", "South"])) for i in range(300)],
    )
    return con, build_catalog(con)


# "gross weight / gross volume": a qualifier written on both sides of "/" qualifies each, so the second side is the
# column named after it even when that column's name leaves the qualifier out.
def test_a_ratio_whose_sides_share_a_qualifier() -> None:
    same(
        _pallet_moves(),
        "gross weight / gross volume by dock",
        "SELECT dock_cd, SUM(gross_weight_kg) / SUM(vol_m3) FROM plt_move GROUP BY dock_cd",
    )
    same(
        _crate_runs(),
        "net weight / net volume by depot",
        'SELECT depot, SUM("netWeight") / SUM("cubicVolume") FROM "crateRuns" GROUP BY depot',
    )
