"""Figures recorded per repetition and thresholds said in another unit (`conversion_catalogs.py`: a snake_case gym log
and a PascalCase running club). The weight lifted in full is the weight of a set times its reps (times its sets),
added up, while an average weight stays the weight of a set; "longer than 10 miles" on kilometres compares with
16.09 km and says so; a total compared in another unit is a HAVING in the column's unit; an answer "in tonnes" or "in
kg" converts the figure shown."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.conversion_catalogs import gym_log, running_club

gym = catalog_fixture(gym_log)
club = catalog_fixture(running_club)

_LIFTS_BY_MEMBER = (
    "FROM lift_sets s JOIN workouts w ON w.workout_id = s.workout_id JOIN members m ON m.member_id = w.member_id "
)


def test_the_weight_lifted_is_the_weight_times_its_reps(gym: Db) -> None:
    d = same(gym, "total weight lifted in tonnes", "SELECT SUM(weight_kg * reps) / 1000.0 FROM lift_sets")
    assert any("weight_kg × reps" in t for t in d.thoughts), d.thoughts
    same(
        gym,
        "total weight lifted by member",
        f"SELECT m.member_name, SUM(s.weight_kg * s.reps) {_LIFTS_BY_MEMBER}GROUP BY 1",
    )
    d = same(
        gym,
        "which member lifted the most weight",
        f"SELECT m.member_name, SUM(s.weight_kg * s.reps) {_LIFTS_BY_MEMBER}GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )
    assert d.plan.measures[0].times is not None
    # An average, or a total that says nothing was lifted, stays the weight of a set.
    same(gym, "average weight per exercise", "SELECT exercise, AVG(weight_kg) FROM lift_sets GROUP BY 1")
    same(gym, "average weight lifted per exercise", "SELECT exercise, AVG(weight_kg) FROM lift_sets GROUP BY 1")
    same(gym, "total weight by exercise", "SELECT exercise, SUM(weight_kg) FROM lift_sets GROUP BY 1")


def test_sets_of_reps_at_a_load_multiply_all_three(club: Db) -> None:
    d = same(
        club,
        "total load lifted by exercise",
        'SELECT "Exercise", SUM("LoadLb" * "Sets" * "Reps") FROM "StrengthSessions" GROUP BY 1',
    )
    assert any("× Sets × Reps" in t for t in d.thoughts), d.thoughts
    d = same(
        club,
        "total load lifted in kg by runner",
        'SELECT r."RunnerName", SUM(s."LoadLb" * s."Sets" * s."Reps") * 0.45359237 FROM "StrengthSessions" s '
        'JOIN "Runners" r ON r."RunnerId" = s."RunnerId" GROUP BY 1',
    )
    assert d.plan.measures[0].alias == "total_load_kg"


def test_a_threshold_in_another_unit_says_what_it_reads_as(gym: Db, club: Db) -> None:
    d = same(
        club, "how many runs were longer than 10 miles", 'SELECT COUNT(*) FROM "Runs" WHERE "DistanceKm" > 16.09344'
    )
    assert any("10 miles = 16.09 km" in t for t in d.thoughts), d.thoughts
    d = same(gym, "sets heavier than 200 lb", "SELECT exercise, weight_kg FROM lift_sets WHERE weight_kg > 90.718474")
    assert any("200 lb = 90.72 kg" in t for t in d.thoughts), d.thoughts
    d = same(
        gym, "how many workouts lasted more than 1.5 hours", "SELECT COUNT(*) FROM workouts WHERE duration_min > 90"
    )
    assert any("1.5 hours = 90 minutes" in t for t in d.thoughts), d.thoughts


def test_a_total_compared_in_another_unit(gym: Db, club: Db) -> None:
    d = same(
        club,
        "runners whose total distance is more than 100 miles",
        'SELECT r."RunnerName", SUM(u."DistanceKm") FROM "Runs" u JOIN "Runners" r ON r."RunnerId" = u."RunnerId" '
        'GROUP BY 1 HAVING SUM(u."DistanceKm") > 160.9344',
    )
    assert any("100 miles = 160.93 km" in t for t in d.thoughts), d.thoughts
    same(
        gym,
        "members whose total weight lifted is more than 10 tonnes",
        f"SELECT m.member_name, SUM(s.weight_kg * s.reps) {_LIFTS_BY_MEMBER}GROUP BY 1 "
        "HAVING SUM(s.weight_kg * s.reps) > 10000",
    )


def test_an_answer_in_another_unit(club: Db) -> None:
    same(
        club,
        "total distance in miles by runner",
        'SELECT r."RunnerName", SUM(u."DistanceKm") / 1.609344 FROM "Runs" u '
        'JOIN "Runners" r ON r."RunnerId" = u."RunnerId" GROUP BY 1',
    )
    d = answer(club, "average run duration in hours by age group")
    assert d.plan.measures[0].alias == "avg_duration_hours"


def test_a_total_said_in_total_or_by_what_was_done_is_compared_in_the_columns_unit(gym: Db, club: Db) -> None:
    d = same(
        club,
        "runners who ran more than 100 miles in total",
        'SELECT r."RunnerName", SUM(u."DistanceKm") FROM "Runs" u JOIN "Runners" r ON r."RunnerId" = u."RunnerId" '
        'GROUP BY 1 HAVING SUM(u."DistanceKm") > 160.9344',
    )
    assert any("100 miles = 160.93 km" in t for t in d.thoughts), d.thoughts
    same(
        gym,
        "members that trained more than 20 hours in total",
        "SELECT m.member_name, SUM(w.duration_min) FROM workouts w JOIN members m ON m.member_id = w.member_id "
        "GROUP BY 1 HAVING SUM(w.duration_min) > 1200",
    )
    d = same(
        gym,
        "members who lifted more than 10 tonnes",
        f"SELECT m.member_name, SUM(s.weight_kg * s.reps) {_LIFTS_BY_MEMBER}GROUP BY 1 "
        "HAVING SUM(s.weight_kg * s.reps) > 10000",
    )
    assert any("10 tonnes = 10,000 kg" in t for t in d.thoughts), d.thoughts
    # a set's own weight compared: a row filter, nothing added up
    same(
        gym,
        "exercises with sets heavier than 100 kg",
        "SELECT exercise, COUNT(*) FROM lift_sets WHERE weight_kg > 100 GROUP BY 1",
    )


def test_a_threshold_is_said_with_its_comparison_and_number(gym: Db, club: Db) -> None:
    # the thought keeps the comparison and the decimal point ("reps 8" and "Distance km 12 5" read as nothing)
    d = answer(gym, "sets with more than 8 reps")
    assert "Filtered to reps above 8." in d.thoughts, d.thoughts
    d = answer(gym, "how many sets with at most 3 reps")
    assert "Filtered to reps at or below 3." in d.thoughts, d.thoughts
    d = answer(club, "runs longer than 12.5 km")
    assert "Filtered to Distance (km) above 12.5." in d.thoughts, d.thoughts
    d = answer(club, "runners with more than 10 runs")
    assert "Filtered to run count above 10." in d.thoughts, d.thoughts
