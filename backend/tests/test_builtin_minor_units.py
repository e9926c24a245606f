"""Money stored in minor units (price_cents, valuePence, cost_micros, a comment saying "in pence") is answered in major
units and named without the unit — on two catalogs of application databases, one in snake_case with declared keys
and one in camelCase without any."""

from __future__ import annotations

from backend.tests.app_catalogs import allotments, climbing_gym
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same

gym = catalog_fixture(climbing_gym)
plots = catalog_fixture(allotments)


def columns(db: Db, sql: str) -> list[str]:
    return [d[0] for d in db[0].execute(sql).description]


def test_cents_and_micros_in_a_name_are_summed_in_major_units_and_named_without_the_unit(gym: Db) -> None:
    d = same(gym, "total revenue by class kind", "SELECT class_kind, SUM(price_cents) / 100.0 FROM booking GROUP BY 1")
    assert columns(gym, d.sql) == ["class_kind", "total_price"] and "cents" not in d.title.lower()
    same(gym, "total ad cost by campaign", "SELECT campaign, SUM(cost_micros) / 1e6 FROM ad_spend GROUP BY 1")


def test_a_comparison_with_money_in_minor_units_is_in_major_units(gym: Db) -> None:
    d = answer(gym, "bookings with a price over 25")
    assert len(rows(gym[0], d.sql)) == len(rows(gym[0], "SELECT * FROM booking WHERE price_cents > 2500"))
    assert "price" in columns(gym, d.sql)


def test_pence_in_a_camel_case_name_or_a_comment_are_read_as_pounds(plots: Db) -> None:
    d = same(
        plots,
        "total harvest value by month",
        'SELECT DATE_TRUNC(\'month\', "harvestedOn"), SUM("valuePence") / 100.0 FROM harvests GROUP BY 1',
    )
    assert columns(plots, d.sql)[-1] == "total_value"
    same(plots, "average annual fee of gardeners", 'SELECT AVG("annualFee") / 100.0 FROM gardeners')
