"""A key the catalog declares once is its table's key everywhere (`sensor_catalogs.py`: a brewery's tanks by a text tag,
a camelCase fleet's vehicles by VIN; neither name has an id word): an hourly log keyed by the same column, or by a column
ending on the key's last word under another role's name (a pump's feed_tag, a charger's chargerVin), joins through it
when every one of its values is among the key's, so "by hall" and "by depot" reach the table above."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sensor_catalogs import brewery, fleet

beer = catalog_fixture(brewery)
vans = catalog_fixture(fleet)


def test_same_named_column_joins_through_the_declared_key(beer: Db, vans: Db) -> None:
    same(
        beer,
        "average pressure by hall",
        "SELECT h.hall_name, AVG(l.pressure_bar) FROM tank_log l JOIN tanks t ON t.tank_tag = l.tank_tag "
        "JOIN halls h ON h.hall_id = t.hall_id GROUP BY h.hall_name",
    )
    same(
        vans,
        "average speed by depot",
        'SELECT d."depotName", AVG(t."speedKmh") FROM "Telemetry" t JOIN "Vehicles" v ON v."vehicleVin" = t."vehicleVin" '
        'JOIN "Depots" d ON d."depotId" = v."depotId" GROUP BY d."depotName"',
    )


def test_role_named_column_joins_through_the_declared_key(beer: Db, vans: Db) -> None:
    same(
        beer,
        "total power kwh by hall",
        "SELECT h.hall_name, SUM(p.power_kwh) FROM pump_log p JOIN tanks t ON t.tank_tag = p.feed_tag "
        "JOIN halls h ON h.hall_id = t.hall_id GROUP BY h.hall_name",
    )
    same(
        vans,
        "total charged kwh by depot",
        'SELECT d."depotName", SUM(c."chargedKwh") FROM "ChargeLog" c JOIN "Vehicles" v ON v."vehicleVin" = c."chargerVin" '
        'JOIN "Depots" d ON d."depotId" = v."depotId" GROUP BY d."depotName"',
    )
