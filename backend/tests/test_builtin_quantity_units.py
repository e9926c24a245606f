"""Quantities asked about in another unit than the one they are stored in (`quantity_catalogs.py`: a courier firm in
snake_case and a camelCase file-sharing app). A threshold written with a unit is compared in the column's unit ("longer
than 2 hours" on seconds is 7200, "over 5 MB" on bytes is 5 × 1024²), the unit names the column when nothing else
does, and a negative number keeps its sign ("warmer than -18 °C")."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.quantity_catalogs import courier, file_share

trips = catalog_fixture(courier)
files = catalog_fixture(file_share)


def test_a_time_threshold_is_compared_in_the_columns_unit(trips: Db, files: Db) -> None:
    same(trips, "how many trips took less than 30 minutes", "SELECT COUNT(*) FROM trips WHERE duration_s < 1800")
    same(trips, "trips that waited more than 1 hour", "SELECT wait_min FROM trips WHERE wait_min > 60")
    same(
        files,
        "how many uploads took more than 2 seconds",
        'SELECT COUNT(*) FROM "Uploads" WHERE "transferMs" > 2000',
    )


def test_a_unit_said_only_by_the_comment_converts_too(files: Db) -> None:
    same(files, "how many sessions lasted under 10 min", 'SELECT COUNT(*) FROM "Sessions" WHERE elapsed < 600')
    same(files, "sessions longer than 10 minutes", 'SELECT elapsed FROM "Sessions" WHERE elapsed > 600')


def test_length_mass_and_data_size_thresholds(trips: Db, files: Db) -> None:
    same(trips, "how many trips were over 5 km", "SELECT COUNT(*) FROM trips WHERE distance_m > 5000")
    same(trips, "parcels heavier than 2 kg", "SELECT weight_g FROM parcels WHERE weight_g > 2000")
    same(files, "uploads over 5 MB", 'SELECT "sizeBytes" FROM "Uploads" WHERE "sizeBytes" > 5 * 1024 * 1024')
    same(
        files,
        "uploads smaller than 1 MB by account",
        'SELECT a."accountName", COUNT(*) FROM "Uploads" u JOIN "Accounts" a ON a."accountId" = u."accountId" '
        'WHERE u."sizeBytes" < 1024 * 1024 GROUP BY 1',
    )


def test_a_negative_temperature_keeps_its_sign(trips: Db) -> None:
    same(
        trips,
        "how many trips had cargo warmer than -18 °C",
        "SELECT COUNT(*) FROM trips WHERE cargo_temp_c > -18",
    )
    same(trips, "trips colder than -20 C", "SELECT cargo_temp_c FROM trips WHERE cargo_temp_c < -20")


def test_units_read_from_names_and_comments() -> None:
    from backend.agents.builtin.quantities import comment_unit, name_unit

    def label(name: str, comment: str = "") -> str | None:
        u = name_unit(name) or comment_unit(comment)
        return u.label if u else None

    assert [label(n) for n in ("duration_s", "transferMs", "sizeBytes", "weight_kg", "wait_m", "labour_hrs")] == [
        "seconds", "ms", "bytes", "kg", "minutes", "hours"
    ]  # fmt: skip
    # a rate's divisor, a lowest value, a tag, millions and a point in a cycle are no units
    assert [label(n) for n in ("diesel_eur_per_l", "tariff_eur_kwh", "temp_min", "Amount__c", "revenue_m")] == [
        None
    ] * 5
    assert label("pickup_hour") is None and label("running_time_min") == "minutes"
    assert label("elapsed", "length of the session in seconds") == "seconds"
    assert label("open_time", "seconds the door stood open during the hour") == "seconds"
    assert label("reading", "energy used during the hour, kWh") == "kwh"
    assert label("air", "air temperature, degrees Celsius; NULL on a probe error") == "c"
    assert label("mass", "weight (g)") == "g"
    assert label("status", "C = critical, M = major") is None
    assert label("started", "seconds since the Unix epoch") is None


def test_the_unit_picks_the_table_holding_that_kind_of_quantity(trips: Db, files: Db) -> None:
    # Two logs of readings: the number's unit says which one is meant.
    same(trips, "how many readings were warmer than -18 C", "SELECT COUNT(*) FROM box_readings WHERE box_c > -18")
    same(trips, "how many readings were below 20 litres", "SELECT COUNT(*) FROM tank_readings WHERE level < 20")
    same(files, "how many logs were over 500 ms", 'SELECT COUNT(*) FROM "PingLogs" WHERE "latencyMs" > 500')
    same(files, "logs over 2 GB", 'SELECT "usedBytes" FROM "QuotaLogs" WHERE "usedBytes" > 2147483648')
