"""Units written in column names (`sensor_catalogs.py`: a brewery and a water board in snake_case, a fleet in camelCase).
A column measured in a unit of metered energy (power_kwh, chargedKwh) adds up like an amount when no aggregate is named;
a unit of volume or area said in words ("in cubic metres") names no column sharing a word with it (a table of meters);
a share word before "of" ("percentage of checks") asks for a share, not a column whose comment says "in percent"."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sensor_catalogs import brewery, fleet, water_board

beer = catalog_fixture(brewery)
vans = catalog_fixture(fleet)
water = catalog_fixture(water_board)


def test_metered_energy_adds_up(beer: Db, vans: Db) -> None:
    same(
        beer,
        "power by day",
        "SELECT date_trunc('day', logged_at), SUM(power_kwh) FROM pump_log GROUP BY 1",
    )
    same(
        vans,
        "charged kwh per month",
        'SELECT date_trunc(\'month\', "chargedAt"), SUM("chargedKwh") FROM "ChargeLog" GROUP BY 1',
    )


def test_units_said_in_words_name_no_column(beer: Db, water: Db) -> None:
    same(
        beer,
        "total capacity in cubic metres by hall",
        "SELECT h.hall_name, SUM(t.capacity_m3) FROM tanks t JOIN halls h ON h.hall_id = t.hall_id GROUP BY 1",
    )
    same(
        water,
        "total capacity in cubic metres by district",
        "SELECT d.district_name, SUM(r.capacity_m3) FROM reservoirs r JOIN districts d ON d.district_id = r.district_id "
        "GROUP BY 1",
    )


def test_share_word_names_no_column_commented_in_percent(beer: Db, water: Db) -> None:
    # "percentage of checks": the share of the checks, not the alcohol a check measures "in percent".
    same(
        beer,
        "percentage of checks by hall",
        "SELECT h.hall_name, COUNT(*), 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM quality_checks q "
        "JOIN tanks t ON t.tank_tag = q.tank_tag JOIN halls h ON h.hall_id = t.hall_id GROUP BY 1",
    )
    same(
        water,
        "what percentage of repairs were in each district",
        "SELECT d.district_name, COUNT(*), 100.0 * COUNT(*) / SUM(COUNT(*)) OVER () FROM leak_repairs r "
        "JOIN meters m ON m.meter_no = r.meter_no JOIN districts d ON d.district_id = m.district_id GROUP BY 1",
    )
