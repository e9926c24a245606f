"""Measures that are ratios of other measures, on catalogs the analyst has never seen (`ratio_catalogs.py`: a farm
contractor's job book in prefixed snake_case with declared keys, a canal-boat hire desk in camelCase without any): a
unit after "per" names the figure a rate divides by ("fee per mile", "per tonne" over kilograms, "per litre of fuel",
"per night" over a count of nights)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.ratio_catalogs import boat_hire, contractor

jobs = catalog_fixture(contractor)
hires = catalog_fixture(boat_hire)

JOBS_BY_KIND = "FROM job_book j JOIN mch_machine m ON m.mch_id = j.mch_id GROUP BY m.mch_kind"
JOBS_BY_REGION = "FROM job_book j JOIN frm_farm f ON f.frm_id = j.frm_id GROUP BY f.frm_region"
HIRES_BY_CLASS = 'FROM "Hires" h JOIN "Boats" b ON b."boatId" = h."boatId" GROUP BY b."boatClass"'
HIRES_BY_BASE = 'FROM "Hires" h JOIN "Boats" b ON b."boatId" = h."boatId" GROUP BY b."homeBase"'


# "average fee per mile": the one figure of the rows stored in a unit of that kind is the divisor, its total under the
# total of the figure before "per", read in the unit asked (kilograms per tonne, metres per kilometre).
def test_a_unit_after_per_names_the_figure_it_divides_by(jobs: Db, hires: Db) -> None:
    same(
        jobs,
        "average fee per mile for each machine kind",
        f"SELECT m.mch_kind, SUM(fee_amt) / SUM(road_mi) {JOBS_BY_KIND}",
    )
    same(
        jobs,
        "fee per tonne by machine kind",
        f"SELECT m.mch_kind, SUM(fee_amt) / SUM(load_kg / 1000.0) {JOBS_BY_KIND}",
    )
    same(
        hires,
        "fee per km for each boat class",
        f'SELECT b."boatClass", SUM("hireFee") / SUM("cruiseMetres" / 1000.0) {HIRES_BY_CLASS}',
    )
    same(
        hires,
        "fuel per kilometre by boat class",
        f'SELECT b."boatClass", SUM("fuelKg") / SUM("cruiseMetres" / 1000.0) {HIRES_BY_CLASS}',
    )
    same(hires, "fuel per km", 'SELECT SUM("fuelKg") / SUM("cruiseMetres" / 1000.0) FROM "Hires"')


# "per litre of fuel": the unit's figure named after "of"; "per hour" over hours a machine ran is a rate, no time axis.
def test_a_unit_of_a_named_figure_and_an_hourly_rate(jobs: Db, hires: Db) -> None:
    same(jobs, "fee per litre of fuel by region", f"SELECT f.frm_region, SUM(fee_amt) / SUM(fuel_l) {JOBS_BY_REGION}")
    same(jobs, "average fee per hour by machine kind", f"SELECT m.mch_kind, SUM(fee_amt) / SUM(run_hrs) {JOBS_BY_KIND}")
    same(hires, "hire fee per kilogram of fuel", 'SELECT SUM("hireFee") / SUM("fuelKg") FROM "Hires"')


# "fuel used per hour": a participle between the figure and "per" names nothing; the figure before it is divided.
def test_a_participle_between_the_figure_and_its_unit(jobs: Db, hires: Db) -> None:
    same(jobs, "fuel used per hour by machine kind", f"SELECT m.mch_kind, SUM(fuel_l) / SUM(run_hrs) {JOBS_BY_KIND}")
    same(hires, "fuel used per km", 'SELECT SUM("fuelKg") / SUM("cruiseMetres" / 1000.0) FROM "Hires"')


# "per night" over a column counting nights: the singular of what the column counts divides, it groups nothing.
def test_a_counted_unit_in_the_singular(jobs: Db, hires: Db) -> None:
    same(jobs, "average fee per bale by region", f"SELECT f.frm_region, SUM(fee_amt) / SUM(bales) {JOBS_BY_REGION}")
    same(
        hires,
        "average hire fee per night by boat class",
        f'SELECT b."boatClass", SUM("hireFee") / SUM(nights) {HIRES_BY_CLASS}',
    )
    same(hires, "hire fee per night by home base", f'SELECT b."homeBase", SUM("hireFee") / SUM(nights) {HIRES_BY_BASE}')


def _share_with(parent: str, key: str, child: str, among: str = "", denied: bool = False) -> str:
    """100 × the parent's rows whose key some (chosen) child row holds (or none does), over all of them."""
    where = f" WHERE {among}" if among else ""
    held = f"{parent}.{key} IN (SELECT {key} FROM {child}{where})"
    return f"100.0 * AVG(CASE WHEN {'NOT ' if denied else ''}{held} THEN 1 ELSE 0 END)"


# "percentage of jobs with a breakdown": the share of the parent's rows that some child row points at, over all of
# them (those with none count too), in each of the parent's groups; the child's value says which child rows count.
def test_share_of_parents_that_have_a_child_row(jobs: Db, hires: Db) -> None:
    broke = _share_with("j", "job_id", "brk_breakdown")
    same(jobs, "percentage of jobs with a breakdown", f"SELECT {broke} FROM job_book j")
    same(jobs, "percentage of jobs with a breakdown by region", f"SELECT f.frm_region, {broke} {JOBS_BY_REGION}")
    tyre = _share_with("j", "job_id", "brk_breakdown", "brk_cause = 'Tyre'")
    same(jobs, "share of jobs that had a tyre breakdown by machine kind", f"SELECT m.mch_kind, {tyre} {JOBS_BY_KIND}")
    complained = _share_with("h", '"hireId"', '"Complaints"')
    same(hires, "percentage of hires with a complaint", f'SELECT {complained} FROM "Hires" h')
    same(
        hires, "share of hires that had a complaint by home base", f'SELECT b."homeBase", {complained} {HIRES_BY_BASE}'
    )
    engine = _share_with("h", '"hireId"', '"Complaints"', "\"complaintTopic\" = 'Engine'")
    same(
        hires,
        "what percentage of hires had an engine complaint by boat class",
        f'SELECT b."boatClass", {engine} {HIRES_BY_CLASS}',
    )
    same(
        hires,
        "proportion of hires with at least one complaint in 2023",
        f'SELECT {complained} FROM "Hires" h WHERE year("startDate") = 2023',
    )


# "percentage of jobs with no breakdown by region": the rows no child row points at, in each group.
def test_share_of_parents_without_a_child_row_by_group(jobs: Db, hires: Db) -> None:
    intact = _share_with("j", "job_id", "brk_breakdown", denied=True)
    same(jobs, "percentage of jobs with no breakdown by region", f"SELECT f.frm_region, {intact} {JOBS_BY_REGION}")
    calm = _share_with("h", '"hireId"', '"Complaints"', denied=True)
    same(
        hires, "percentage of hires without a complaint by boat class", f'SELECT b."boatClass", {calm} {HIRES_BY_CLASS}'
    )
    same(
        hires, "share of hires that never had a complaint by home base", f'SELECT b."homeBase", {calm} {HIRES_BY_BASE}'
    )


# "tolls as a percentage of fee": one figure over another of the same rows, in percent (100 × total / total), in
# each group; no share of the grand total rides along.
def test_a_figure_as_a_percentage_of_another(jobs: Db, hires: Db) -> None:
    same(
        jobs,
        "tolls as a percentage of fee by region",
        f"SELECT f.frm_region, 100.0 * SUM(toll_amt) / SUM(fee_amt) {JOBS_BY_REGION}",
    )
    same(jobs, "toll amount as a share of the fees", "SELECT 100.0 * SUM(toll_amt) / SUM(fee_amt) FROM job_book")
    same(
        hires,
        "tip as a percentage of hire fee by payment method",
        'SELECT "paymentMethod", 100.0 * SUM("tipAmount") / SUM("hireFee") FROM "Hires" GROUP BY "paymentMethod"',
    )
    same(
        hires,
        "tip amount as % of the hire fee for each boat class",
        f'SELECT b."boatClass", 100.0 * SUM("tipAmount") / SUM("hireFee") {HIRES_BY_CLASS}',
    )
