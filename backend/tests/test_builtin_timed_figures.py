"""Figures counted in a unit their names end on, on two catalogs written for the test (`timed_figure_catalogs.py`: a
snake_case kiln workshop with a COOLDOWN event kind and kilns priced per kWh, a PascalCase print shop with a SETUP
alert type and presses priced per kWh): a duration noun after a figure's name says its unit of time ("cooldown time"
is cooldown_minutes, "setup time" SetupSec, not the events of that kind), and a unit said alone names the figures
counted in it ("total kWh" is gas_kwh, not a price per kWh), while the price stays what "price per kWh" asks."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.timed_figure_catalogs import kiln_workshop, print_shop

kilns = catalog_fixture(kiln_workshop)
shop = catalog_fixture(print_shop)


def test_a_duration_noun_names_the_figure_counted_in_time(kilns: Db, shop: Db) -> None:
    covers(kilns, "total cooldown time by kiln",
         "SELECT k.kiln_name, sum(f.cooldown_minutes) FROM kiln_firings f JOIN kilns k USING (kiln_code) GROUP BY 1")  # fmt: skip
    same(shop, "average setup time by press", 'SELECT "PressName", avg("SetupSec") FROM "PressRuns" GROUP BY 1')
    same(kilns, "number of cooldown events", "SELECT count(*) FROM kiln_events WHERE event_kind = 'COOLDOWN'")


def test_a_unit_said_alone_names_the_figures_counted_in_it(kilns: Db, shop: Db) -> None:
    same(kilns, "total kWh in the first half of 2024",
         "SELECT sum(gas_kwh) FROM kiln_firings WHERE fired_at >= DATE '2024-01-01' AND fired_at < DATE '2024-07-01'")  # fmt: skip
    same(shop, "total kWh by month",
         'SELECT date_trunc(\'month\', "StartedAt"), sum("EnergyKwh") FROM "PressRuns" GROUP BY 1')  # fmt: skip
    same(kilns, "average price per kWh by site", "SELECT site, avg(price_eur_kwh) FROM kilns GROUP BY 1")
