""" "only japanese motorcycles", "average price per kg of kenyan lots by leaf grade": a demonym reads the nation's
stored value in a column holding some nations' names beside other places (a region, "Other"), where too few of its
values are nations for it to be a column of nations (`mixed_place_catalogs.py`: a snake_case motorcycle register and
a camelCase tea auction)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.mixed_place_catalogs import motorcycle_register, tea_auction

register = catalog_fixture(motorcycle_register)
auction = catalog_fixture(tea_auction)


def test_a_demonym_reads_a_nation_beside_regions(register: Db) -> None:
    same(
        register,
        "average top speed by engine cc of italian motorcycles",
        "SELECT engine_cc, AVG(top_speed_kmh) FROM motorcycles WHERE maker_region = 'Italy' GROUP BY 1",
    )
    first = answer(register, "average top speed by engine cc")
    d = answer(register, "only japanese motorcycles", previous=first)
    assert "maker_region = 'Japan'" in d.sql, d.sql


def test_a_demonym_reads_a_nation_beside_other(auction: Db) -> None:
    same(
        auction,
        "average price per kg of kenyan lots by leaf grade",
        'SELECT "leafGrade", AVG("pricePerKg") FROM "teaLots" WHERE "originCountry" = \'Kenya\' GROUP BY 1',
    )
    same(auction, "how many indian lots", 'SELECT COUNT(*) FROM "teaLots" WHERE "originCountry" = \'India\'')
