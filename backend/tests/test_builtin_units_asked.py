"""Answers in the unit the question asks for (`unit_catalogs.py`: a snake_case cycle hire scheme and a PascalCase field
service firm): "average charging duration in hours" over seconds is the average of seconds / 3600 named in hours,
"in kg" over grams divides by 1000, "in MB" over bytes by 1024², "in minutes" over hours multiplies by 60; the unit
asked names no column of its own."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.unit_catalogs import cycle_hire, field_service

hire = catalog_fixture(cycle_hire)
service = catalog_fixture(field_service)


def test_a_duration_in_seconds_asked_in_hours(hire: Db) -> None:
    d = same(hire, "average charging duration in hours", "SELECT AVG(duration_s / 3600.0) FROM charging_sessions")
    assert d.plan.measures[0].alias == "avg_duration_hours"
    assert "(h)" in d.title
    same(
        hire,
        "average charge duration in minutes by station",
        "SELECT s.station_name, AVG(c.duration_s / 60.0) FROM charging_sessions c "
        "JOIN stations s ON s.station_id = c.station_id GROUP BY 1",
    )


def test_a_data_size_in_bytes_asked_in_megabytes(hire: Db) -> None:
    same(hire, "total telemetry in MB", "SELECT SUM(telemetry_bytes) / 1024.0 / 1024.0 FROM charging_sessions")


def test_a_weight_in_grams_asked_in_kilograms(service: Db) -> None:
    d = same(service, "average part weight in kg", 'SELECT AVG("WeightGrams") / 1000.0 FROM "Parts"')
    assert "kg" in d.title
    same(
        service,
        "total part weight in kg by technician",
        'SELECT t."TechnicianName", SUM(p."WeightGrams") / 1000.0 FROM "Parts" p '
        'JOIN "WorkOrders" w ON w."WorkOrderId" = p."WorkOrderId" '
        'JOIN "Technicians" t ON t."TechnicianId" = w."TechnicianId" GROUP BY 1',
    )


def test_hours_asked_in_minutes_multiply(service: Db) -> None:
    same(
        service,
        "total hours in minutes by technician",
        'SELECT t."TechnicianName", SUM(s."Hours") * 60 FROM "Timesheets" s '
        'JOIN "Technicians" t ON t."TechnicianId" = s."TechnicianId" GROUP BY 1',
    )


def test_the_unit_asked_names_no_column(hire: Db) -> None:
    # "minutes" is no column: the month's average charge, not a second measure.
    d = same(
        hire,
        "average session duration in minutes per month",
        "SELECT DATE_TRUNC('month', plugged_at), AVG(duration_s / 60.0) FROM charging_sessions GROUP BY 1",
    )
    assert len(d.plan.measures) == 1
