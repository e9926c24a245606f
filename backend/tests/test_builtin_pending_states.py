"""A date its comment says is empty while the row is in some state (`sensor_catalogs.py`: a brewery's cleanings
"NULL while the cleaning is still running", a camelCase fleet's services "NULL while the service is still open"): the
state named in a question ("still running", "open services") is the rows where that date is empty, not a time axis on
it."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.sensor_catalogs import brewery, fleet

beer = catalog_fixture(brewery)
vans = catalog_fixture(fleet)


def test_state_a_comment_gives_an_empty_date_is_that_filter(beer: Db, vans: Db) -> None:
    same(beer, "how many cleanings are still running", "SELECT COUNT(*) FROM cleanings WHERE finished_at IS NULL")
    same(vans, "how many services are still open", 'SELECT COUNT(*) FROM "Services" WHERE "closedAt" IS NULL')


def test_state_before_the_rows_it_qualifies(beer: Db, vans: Db) -> None:
    same(
        beer,
        "cleanings still running by hall",
        "SELECT h.hall_name, COUNT(*) FROM cleanings c JOIN tanks t ON t.tank_tag = c.tank_tag "
        "JOIN halls h ON h.hall_id = t.hall_id WHERE c.finished_at IS NULL GROUP BY 1",
    )
    same(
        vans,
        "open services by depot",
        'SELECT d."depotName", COUNT(*) FROM "Services" s JOIN "Vehicles" v ON v."vehicleVin" = s."vehicleVin" '
        'JOIN "Depots" d ON d."depotId" = v."depotId" WHERE s."closedAt" IS NULL GROUP BY 1',
    )
