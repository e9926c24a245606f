"""A name written short that its comment spells out (`sensor_catalogs.py`: temp_c commented "beer temperature" in a
brewery's snake_case tank log, cabinTempC commented "cabin air temperature" in a camelCase fleet's telemetry): the
question's word is the name's own word, so "temperature" is the logged reading, not another table's column whose
comment merely uses the word (a target temperature, a battery's temperature limit)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sensor_catalogs import brewery, fleet

beer = catalog_fixture(brewery)
vans = catalog_fixture(fleet)


def test_comment_spelling_out_an_abbreviated_name_names_it(beer: Db, vans: Db) -> None:
    same(
        beer,
        "average temperature by tank kind",
        "SELECT t.tank_kind, AVG(l.temp_c) FROM tank_log l JOIN tanks t ON t.tank_tag = l.tank_tag GROUP BY 1",
    )
    same(
        vans,
        "average temperature by depot",
        'SELECT d."depotName", AVG(t."cabinTempC") FROM "Telemetry" t JOIN "Vehicles" v ON v."vehicleVin" = t."vehicleVin" '
        'JOIN "Depots" d ON d."depotId" = v."depotId" GROUP BY 1',
    )
