"""Follow-up turns keep what they do not change: "and by year instead" replaces the grouping (it does not add a year
beside it), "same but only sales made in 2024" keeps the previous top N and adds the year as a filter (no monthly
axis), "what about only customers in Chile" filters the previous answer (no group per customer), "as a bar chart"
after a box plot asks again for one figure per group (the average, said in a thought), and a grouping the catalog
cannot name is asked about rather than silently dropped. On two catalogs written here: a snake_case bakery chain
with declared keys, and a PascalCase clinic group without them."""

from __future__ import annotations

import duckdb

from backend.agents.builtin import Clarification, PresentationDecision, QueryDecision, understand
from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows


def bakery_chain() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute("CREATE TABLE shops(shop_id INTEGER PRIMARY KEY, shop_name VARCHAR, region VARCHAR)")
    con.execute(
        """INSERT INTO shops SELECT i, 'Shop ' || i, ['North', 'South', 'Coast'][1 + i % 3] FROM range(1, 10) t(i)"""
    )
    con.execute("CREATE TABLE customers(customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, country VARCHAR)")
    con.execute(
        """INSERT INTO customers SELECT i, 'Customer ' || i, ['Chile', 'Norway', 'Kenya'][1 + i % 3]
        FROM range(1, 41) t(i)"""
    )
    con.execute(
        "CREATE TABLE orders(order_id INTEGER PRIMARY KEY, shop_id INTEGER REFERENCES shops(shop_id), "
        "customer_id INTEGER REFERENCES customers(customer_id), channel VARCHAR, sale_date DATE, "
        "amount DECIMAL(10,2))"
    )
    con.execute(
        """INSERT INTO orders SELECT i, 1 + (i * 7) % 9, 1 + (i * 11) % 40, ['web', 'counter', 'phone'][1 + i % 3],
        DATE '2023-01-01' + CAST((i * 3) % 1000 AS INTEGER), 5 + (i * 37) % 60 FROM range(1, 601) t(i)"""
    )
    con.execute(
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, staff_name VARCHAR, department VARCHAR, salary INTEGER)"
    )
    con.execute(
        """INSERT INTO staff SELECT i, 'Staff ' || i, ['Baking', 'Sales', 'Delivery'][1 + i % 3],
        25000 + (i * 7919) % 30000 FROM range(1, 46) t(i)"""
    )
    return con


def clinic_group() -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Clinics"("ClinicId" INTEGER, "ClinicName" VARCHAR, "Region" VARCHAR)')
    con.execute(
        """INSERT INTO "Clinics" SELECT i, 'Clinic ' || i, ['Alpine', 'Lowland'][1 + i % 2] FROM range(1, 8) t(i)"""
    )
    con.execute('CREATE TABLE "Patients"("PatientId" INTEGER, "PatientName" VARCHAR, "Country" VARCHAR)')
    con.execute(
        """INSERT INTO "Patients" SELECT i, 'Patient ' || i, ['Peru', 'Japan', 'Malta'][1 + i % 3]
        FROM range(1, 61) t(i)"""
    )
    con.execute(
        'CREATE TABLE "Visits"("VisitId" INTEGER, "ClinicId" INTEGER, "PatientId" INTEGER, "Channel" VARCHAR, '
        '"VisitDate" DATE, "Fee" DECIMAL(10,2))'
    )
    con.execute(
        """INSERT INTO "Visits" SELECT i, 1 + (i * 5) % 7, 1 + (i * 13) % 60, ['referral', 'walk-in', 'online'][1 + i % 3],
        DATE '2023-01-01' + CAST((i * 2) % 900 AS INTEGER), 40 + (i * 29) % 120 FROM range(1, 701) t(i)"""
    )
    con.execute('CREATE TABLE "Nurses"("NurseId" INTEGER, "NurseName" VARCHAR, "Ward" VARCHAR, "Salary" INTEGER)')
    con.execute(
        """INSERT INTO "Nurses" SELECT i, 'Nurse ' || i, ['Surgery', 'Maternity', 'Oncology'][1 + i % 3],
        38000 + (i * 6151) % 30000 FROM range(1, 40) t(i)"""
    )
    return con


bakery = catalog_fixture(bakery_chain)
clinics = catalog_fixture(clinic_group)


def follow(db: Db, first: str, then: str) -> QueryDecision:
    """The follow-up's decision, asked after the first question's."""
    return answer(db, then, previous=answer(db, first))


def same_after(db: Db, first: str, then: str, gold: str) -> QueryDecision:
    """The follow-up's rows are the gold SQL's rows (any order)."""
    d = follow(db, first, then)
    assert rows(db[0], d.sql) == rows(db[0], gold), f"{then!r} → {d.sql}"
    return d


_BAKERY_AVG = "average order amount by channel"
_CLINIC_AVG = "average visit fee by channel"


def test_instead_replaces_the_grouping(bakery: Db, clinics: Db) -> None:
    for then in ("and by year instead", "by year instead"):
        same_after(
            bakery,
            _BAKERY_AVG,
            then,
            "SELECT DATE_TRUNC('year', sale_date), AVG(amount) FROM orders GROUP BY 1",
        )
    same_after(
        bakery,
        _BAKERY_AVG,
        "instead show it per month",
        "SELECT DATE_TRUNC('month', sale_date), AVG(amount) FROM orders GROUP BY 1",
    )
    same_after(
        bakery,
        _BAKERY_AVG,
        "by region instead",
        "SELECT s.region, AVG(o.amount) FROM orders o JOIN shops s ON o.shop_id = s.shop_id GROUP BY 1",
    )
    same_after(
        clinics,
        _CLINIC_AVG,
        "and by year instead",
        """SELECT DATE_TRUNC('year', "VisitDate"), AVG("Fee") FROM "Visits" GROUP BY 1""",
    )
    same_after(
        clinics,
        _CLINIC_AVG,
        "by region instead",
        """SELECT c."Region", AVG(v."Fee") FROM "Visits" v JOIN "Clinics" c ON v."ClinicId" = c."ClinicId" GROUP BY 1""",
    )


def test_a_period_after_a_top_n_keeps_its_shape(bakery: Db, clinics: Db) -> None:
    d = same_after(
        bakery,
        "top 3 shops by total amount",
        "same but only sales made in 2024",
        """SELECT s.shop_name, SUM(o.amount) AS t FROM orders o JOIN shops s ON o.shop_id = s.shop_id
        WHERE o.sale_date >= DATE '2024-01-01' AND o.sale_date < DATE '2025-01-01'
        GROUP BY 1 ORDER BY t DESC LIMIT 3""",
    )
    assert d.plan.top_n == 3 and len(d.plan.dimensions) == 1, d.sql
    same_after(
        clinics,
        "top 3 clinics by total fee",
        "same but only visits dated 2024",
        """SELECT c."ClinicName", SUM(v."Fee") AS t FROM "Visits" v JOIN "Clinics" c ON v."ClinicId" = c."ClinicId"
        WHERE v."VisitDate" >= DATE '2024-01-01' AND v."VisitDate" < DATE '2025-01-01'
        GROUP BY 1 ORDER BY t DESC LIMIT 3""",
    )
    # Asking for a time axis still gets one.
    d = follow(bakery, "top 3 shops by total amount", "same but monthly in 2024")
    assert any(x.bucket == "month" for x in d.plan.dimensions), d.sql


def test_a_condition_on_another_tables_rows_keeps_the_grouping(bakery: Db, clinics: Db) -> None:
    same_after(
        bakery,
        _BAKERY_AVG,
        "what about only customers in Chile",
        """SELECT o.channel, AVG(o.amount) FROM orders o JOIN customers c ON o.customer_id = c.customer_id
        WHERE c.country = 'Chile' GROUP BY 1""",
    )
    same_after(
        clinics,
        _CLINIC_AVG,
        "only for patients from Japan",
        """SELECT v."Channel", AVG(v."Fee") FROM "Visits" v JOIN "Patients" p ON v."PatientId" = p."PatientId"
        WHERE p."Country" = 'Japan' GROUP BY 1""",
    )


def test_other_refinements_keep_the_measure_and_grouping(bakery: Db, clinics: Db) -> None:
    same_after(
        bakery,
        _BAKERY_AVG,
        "now only for 2025",
        "SELECT channel, AVG(amount) FROM orders WHERE YEAR(sale_date) = 2025 GROUP BY 1",
    )
    same_after(
        bakery,
        _BAKERY_AVG,
        "exclude phone",
        "SELECT channel, AVG(amount) FROM orders WHERE channel <> 'phone' GROUP BY 1",
    )
    d = same_after(
        clinics,
        _CLINIC_AVG,
        "just the top 2",
        """SELECT "Channel", AVG("Fee") AS a FROM "Visits" GROUP BY 1 ORDER BY a DESC LIMIT 2""",
    )
    assert d.plan.top_n == 2
    same_after(
        clinics,
        _CLINIC_AVG,
        "split that by region",
        """SELECT v."Channel", c."Region", AVG(v."Fee") FROM "Visits" v JOIN "Clinics" c
        ON v."ClinicId" = c."ClinicId" GROUP BY 1, 2""",
    )


def test_a_data_follow_up_keeps_a_chart_type_chosen_before(bakery: Db, clinics: Db) -> None:
    for db, first, then in ((bakery, _BAKERY_AVG, "only Chile"), (clinics, _CLINIC_AVG, "only Japan")):
        before = answer(db, first)
        restyled = understand("make it a line chart", db[1], previous=before)
        assert isinstance(restyled, PresentationDecision) and restyled.updates == {"chart_type": "line"}
        # The app carries the restyle into the plan a later follow-up refines (BuiltinAnalyst._replay).
        lined = before.model_copy(update={"plan": before.plan.model_copy(update={"chart_hint": "line"})})
        d = answer(db, then, previous=lined)
        assert d.chart.chart_type == "line" and d.plan.filters, d.sql


def test_a_bar_chart_after_a_box_plot_shows_the_average_of_each_group(bakery: Db, clinics: Db) -> None:
    for db, first, gold in (
        (bakery, "box plot of salary by department", "SELECT department, AVG(salary) FROM staff GROUP BY 1"),
        (clinics, "box plot of Salary by Ward", 'SELECT "Ward", AVG("Salary") FROM "Nurses" GROUP BY 1'),
    ):
        boxed = answer(db, first)
        assert boxed.chart.chart_type == "box", boxed.sql
        for then, kind in (("as a bar chart", "bar"), ("show it as a line chart", "line")):
            d = understand(then, db[1], previous=boxed)
            assert isinstance(d, QueryDecision), d
            assert rows(db[0], d.sql) == rows(db[0], gold), d.sql
            assert d.chart.chart_type == kind
            assert any("average" in t for t in d.thoughts), d.thoughts
        # Restyling a box plot in ways that keep its five numbers stays a presentation change.
        assert isinstance(understand("green colours", db[1], previous=boxed), PresentationDecision)


def test_a_grouping_the_catalog_cannot_name_is_asked_about(bakery: Db, clinics: Db) -> None:
    for db, first in ((bakery, _BAKERY_AVG), (clinics, _CLINIC_AVG)):
        d = understand("by galaxy instead", db[1], previous=answer(db, first))
        assert isinstance(d, Clarification), d
        assert "galaxy" in d.needs
