"""How the analyst reads measures, on two catalogs written for the tests (`measure_catalogs.py`): money charged or paid
per row (charges, surcharges, commissions, tips) adds up unless an average is asked."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.measure_catalogs import ferry_line, grooming_chain

ferry = catalog_fixture(ferry_line)
grooming = catalog_fixture(grooming_chain)


_GROOMER = 'FROM "Appointments" a JOIN "Groomers" g ON g."groomerId" = a."groomerId" '
_SALON = _GROOMER + 'JOIN "Salons" s ON s."salonId" = g."salonId" '


# Money charged or paid on each row adds up: "charges by groomer" is their total, "average charge" still averages.
def test_money_charged_per_row_is_summed_in_a_ferry_line(ferry: Db) -> None:
    same(
        ferry,
        "port surcharges by month",
        "SELECT DATE_TRUNC('month', sailed_on), SUM(port_surcharge) FROM sailing GROUP BY 1",
    )
    d = same(
        ferry,
        "port surcharge by region",
        "SELECT r.region, SUM(s.port_surcharge) FROM sailing s JOIN route r ON r.route_id = s.route_id GROUP BY 1",
    )
    assert d.title.startswith("Total"), d.title
    same(
        ferry,
        "average port surcharge by region",
        "SELECT r.region, AVG(s.port_surcharge) FROM sailing s JOIN route r ON r.route_id = s.route_id GROUP BY 1",
    )


def test_money_charged_per_row_is_summed_in_a_grooming_chain(grooming: Db) -> None:
    same(
        grooming,
        "grooming charges by groomer",
        'SELECT g."groomerName", SUM(a."groomingCharge") ' + _GROOMER + "GROUP BY 1",
    )
    same(grooming, "tips paid by salon", 'SELECT s."salonName", SUM(a."tipPaid") ' + _SALON + "GROUP BY 1")
    same(
        grooming,
        "average grooming charge by coat type",
        'SELECT "coatType", AVG("groomingCharge") FROM "Appointments" GROUP BY 1',
    )


_ROUTE = "FROM sailing s JOIN route r ON r.route_id = s.route_id "


# One measure divided by another ("divided by", "/", "per" a measure, "ratio of A to B") is the ratio of their totals;
# another aggregate asked of it is taken of the ratio row by row.
def test_a_ratio_of_two_measures_in_a_ferry_line(ferry: Db) -> None:
    ratio = "SELECT r.route_nm, SUM(s.base_fare_amt) / SUM(s.passengers_qty) " + _ROUTE + "GROUP BY 1"
    for question in (
        "base fare divided by passengers by route",
        "total base fare divided by the total passengers for each route",
        "base fare / passengers by route",
        "base fare per passenger by route",
    ):
        d = same(ferry, question, ratio)
        assert len(d.plan.measures) == 1 and d.title.lower().startswith("base fare"), (question, d.title)
    same(
        ferry,
        "ratio of base fare to cargo tonnes by vessel class",
        "SELECT vessel_class, SUM(base_fare_amt) / SUM(cargo_tonnes) FROM sailing GROUP BY 1",
    )
    same(
        ferry,
        "average of base fare divided by passengers by region",
        "SELECT r.region, AVG(s.base_fare_amt / s.passengers_qty) " + _ROUTE + "GROUP BY 1",
    )


def test_a_ratio_of_two_measures_in_a_grooming_chain(grooming: Db) -> None:
    same(
        grooming,
        "grooming charge / dog weight by groomer",
        'SELECT g."groomerName", SUM(a."groomingCharge") / SUM(a."dogWeightKg") ' + _GROOMER + "GROUP BY 1",
    )
    same(
        grooming,
        "total tips divided by total grooming charges in 2024",
        'SELECT SUM("tipPaid") / SUM("groomingCharge") FROM "Appointments" WHERE YEAR("bookedFor") = 2024',
    )


# Aggregate words listed with slashes: one measure each.
def test_aggregates_listed_with_slashes(ferry: Db, grooming: Db) -> None:
    same(
        ferry,
        "min / avg / max base fare by route",
        "SELECT r.route_nm, MIN(s.base_fare_amt), AVG(s.base_fare_amt), MAX(s.base_fare_amt) " + _ROUTE + "GROUP BY 1",
    )
    same(
        grooming,
        "min/avg/max dog weight by coat type",
        'SELECT "coatType", MIN("dogWeightKg"), AVG("dogWeightKg"), MAX("dogWeightKg") FROM "Appointments" GROUP BY 1',
    )


# "all … combined", "in total": one total over everything, no grouping and no trend.
def test_everything_combined_is_one_total(ferry: Db, grooming: Db) -> None:
    d = same(ferry, "port surcharges of all vessel classes combined", "SELECT SUM(port_surcharge) FROM sailing")
    assert d.chart.chart_type == "kpi", d.chart
    d = same(grooming, "all groomers' tips combined", 'SELECT SUM("tipPaid") FROM "Appointments"')
    assert d.chart.chart_type == "kpi", d.chart
    same(
        grooming,
        "grooming charges of all salons combined in 2024",
        'SELECT SUM("groomingCharge") FROM "Appointments" WHERE YEAR("bookedFor") = 2024',
    )


# Columns added within each row ("A + B", "A plus B", "total of A and B") are one measure of their sum.
def test_a_sum_within_each_row_in_a_ferry_line(ferry: Db) -> None:
    gold = "SELECT r.region, SUM(s.base_fare_amt + s.port_surcharge) " + _ROUTE + "GROUP BY 1"
    for question in (
        "base fare + port surcharge by region",
        "base fare plus port surcharge by region",
        "total of base fare and port surcharge by region",
    ):
        d = same(ferry, question, gold)
        assert len(d.plan.measures) == 1, (question, d.sql)


def test_a_sum_within_each_row_in_a_grooming_chain(grooming: Db) -> None:
    same(
        grooming,
        "grooming charge + product fee + tip by salon",
        'SELECT s."salonName", SUM(a."groomingCharge" + a."productFee" + a."tipPaid") ' + _SALON + "GROUP BY 1",
    )
    same(
        grooming,
        "average grooming charge plus tip by groomer",
        'SELECT g."groomerName", AVG(a."groomingCharge" + a."tipPaid") ' + _GROOMER + "GROUP BY 1",
    )


# "A net of B" subtracts B; where B names both a parent's rate and the row's own amount, the row's amount.
def test_net_of_subtracts_the_rows_own_amount(ferry: Db) -> None:
    same(
        ferry,
        "base fare net of agent commission by route",
        "SELECT r.route_nm, SUM(s.base_fare_amt - s.agent_commission) " + _ROUTE + "GROUP BY 1",
    )


# A count "per" an entity "by" another grouping counts each pair of groups; an average count stays the ratio.
def test_a_count_per_entity_by_a_grouping_is_counted_in_each_pair(ferry: Db, grooming: Db) -> None:
    same(
        ferry,
        "number of sailings per route by vessel class",
        "SELECT r.route_nm, s.vessel_class, COUNT(*) " + _ROUTE + "GROUP BY 1, 2",
    )
    same(
        grooming,
        "number of appointments per groomer by coat type",
        'SELECT g."groomerName", a."coatType", COUNT(*) ' + _GROOMER + "GROUP BY 1, 2",
    )
    same(
        grooming,
        "average number of appointments per groomer by coat type",
        'SELECT "coatType", COUNT(*) / COUNT(DISTINCT "groomerId") FROM "Appointments" GROUP BY 1',
    )


# A measure "per" the table's own rows ("tips per appointment") is the average of a row, with no grouping by them.
def test_a_measure_per_row_of_its_own_table_is_averaged(ferry: Db, grooming: Db) -> None:
    same(
        grooming,
        "tips per appointment by groomer",
        'SELECT g."groomerName", AVG(a."tipPaid") ' + _GROOMER + "GROUP BY 1",
    )
    d = same(ferry, "base fare per sailing", "SELECT AVG(base_fare_amt) FROM sailing")
    assert d.chart.chart_type == "kpi", d.chart


# Words naming both a parent's rate (a percentage, which never adds up) and an amount of the rows counted mean the
# rows' amount.
def test_an_amount_of_the_rows_over_a_parents_rate(ferry: Db, grooming: Db) -> None:
    same(
        ferry,
        "number of sailings and total commission by region",
        "SELECT r.region, COUNT(*), SUM(s.agent_commission) " + _ROUTE + "GROUP BY 1",
    )
    same(
        grooming,
        "number of appointments and total fees by salon",
        'SELECT s."salonName", COUNT(*), SUM(a."productFee") ' + _SALON + "GROUP BY 1",
    )
