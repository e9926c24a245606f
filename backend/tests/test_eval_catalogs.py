"""The evaluation catalogs that are not the demo, their Postgres copy, and the regression gate's floors."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import asyncpg  # pyright: ignore[reportMissingTypeStubs]
import duckdb
import pytest

from backend.core.catalog import build_catalog
from eval.gate import Floor, load_floors, verdict
from eval.run_eval import DEMO_CATALOG, blind_totals, load_cases, set_catalog
from scripts.build_eval_catalogs import build
from scripts.eval_catalogs import (
    adsxfer,
    airline,
    bank,
    billing,
    city,
    clinic,
    coldchain,
    crm,
    devops,
    fitness,
    formula1,
    freight,
    hotel,
    hr,
    koha,
    league,
    ledger,
    mls,
    mobilegame,
    pos,
    rentals,
    saas,
    sapsd,
    school,
    sfdc,
    shopexport,
    stackdump,
    taxi,
    tracker,
    wholesale,
)
from scripts.eval_catalogs.postgres import TABLES, load_into_postgres

EVAL_DIR = Path(__file__).resolve().parents[2] / "eval"
PG_ADMIN = os.environ.get("VIZ_TEST_PG_DSN", "postgresql://postgres@127.0.0.1:5432/postgres")


@pytest.fixture(scope="module")
def erp() -> Path:
    return build("erp")  # skipped when data/erp.duckdb is current (`make eval-data`)


@pytest.fixture(scope="module")
def freight_db() -> Path:
    return build("freight")


def test_generation_is_deterministic() -> None:
    assert freight.build().batches == freight.build().batches


@pytest.mark.parametrize(
    ("module", "table", "target", "roles"),
    [
        (bank, "LOAN", "EMPL", {"ORIG_EMPL_ID", "APPRV_EMPL_ID"}),
        (bank, "TXN", "CUST_ACCT", {"ACCT_ID", "CNTRPTY_ACCT_ID"}),
        (clinic, "appointment", "doctor", {"doctor_id", "referring_doctor_id"}),
        (coldchain, "alarms", "technicians", {"acked_by", "cleared_by"}),
        (crm, "Opportunity", "User", {"OwnerId", "CreatedById"}),
        (fitness, "bookings_classsession", "auth_user", {"instructor_id", "substitute_id"}),
        (league, "games", "teams", {"home_team", "away_team"}),
        (formula1, "results", "drivers", {"driverId"}),
        (mobilegame, "friend_gifts", "pseudonymous_users", {"sender_pseudo_id", "recipient_pseudo_id"}),
        (rentals, "maintenance_workorder", "people_staffmember", {"logged_by_id", "assigned_to_id"}),
        (saas, "plan_change_events", "pricing_plans", {"previous_pricing_plan_id", "new_pricing_plan_id"}),
        (taxi, "yellow_tripdata", "taxi_zone_lookup", {"PULocationID", "DOLocationID"}),
        (tracker, "jira_issues", "jira_users", {"Assignee Id", "Reporter Id"}),
        (pos, "square_catalog_items", "square_catalog_categories", {"category_id", "reporting_category_id"}),
        (hr, "wd_job_requisitions", "wd_workers", {"Hiring_Manager_ID", "Recruiter_ID"}),
        (
            billing,
            "stripe_refunds",
            "stripe_balance_transactions",
            {"balance_transaction_id", "failure_balance_transaction_id"},
        ),
        (
            billing,
            "stripe_payouts",
            "stripe_balance_transactions",
            {"balance_transaction_id", "failure_balance_transaction_id"},
        ),
        (ledger, "customer", "address", {"bill_address_id", "shipping_address_id"}),
        (stackdump, "Posts", "Users", {"OwnerUserId", "LastEditorUserId"}),
        (stackdump, "PostLinks", "Posts", {"PostId", "RelatedPostId"}),
        (
            ledger,
            "bill_payment",
            "account",
            {"check_bank_account_id", "credit_card_account_id", "payable_account_id"},
        ),
        (
            hotel,
            "fact_reservation",
            "dim_date",
            {"booking_date_key", "arrival_date_key", "departure_date_key", "cancellation_date_key"},
        ),
    ],
)
def test_new_catalogs_declare_two_keys_to_one_table(module: object, table: str, target: str, roles: set[str]) -> None:
    path = build(module.__name__.rsplit(".", 1)[-1])
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
    assert {fk.column for fk in catalog.foreign_keys if fk.table == table and fk.ref_table == target} == roles


def test_warehouse_has_seven_related_tables_with_two_keys_to_one_table(erp: Path) -> None:
    with duckdb.connect(str(erp), read_only=True) as con:
        catalog = build_catalog(con)
    assert sorted(t.name for t in catalog.tables) == sorted(TABLES)
    to_warehouse = [fk.column for fk in catalog.foreign_keys if fk.table == "t_xfer" and fk.ref_table == "t_whse"]
    assert sorted(to_warehouse) == ["dst_whse_id", "src_whse_id"]
    assert any(fk.table == fk.ref_table == "t_emp" for fk in catalog.foreign_keys)
    channel = next(c for t in catalog.tables if t.name == "t_ord" for c in t.columns if c.name == "ord_chnl_cd")
    assert sorted(channel.values or []) == ["E", "P", "W"]


def test_freight_schema_is_camel_case_with_origin_and_destination(freight_db: Path) -> None:
    with duckdb.connect(str(freight_db), read_only=True) as con:
        catalog = build_catalog(con)
        undelivered = con.execute("SELECT count(*) FROM Shipments WHERE deliveredAt IS NULL").fetchone()
    assert {"Shipments", "Carriers", "Depots", "DeliveryIssues"} <= {t.name for t in catalog.tables}
    roles = {fk.column for fk in catalog.foreign_keys if fk.table == "Shipments" and fk.ref_table == "Depots"}
    assert roles == {"originDepotId", "destinationDepotId"}
    assert undelivered is not None and undelivered[0] > 0  # shipments still on their way


def test_school_workbook_keeps_spreadsheet_headers_and_declares_no_keys() -> None:
    path = build("school")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        in_progress = con.execute("""SELECT count(*) FROM "Grades" WHERE "Score (%)" IS NULL""").fetchone()
    assert school.build().batches == school.build().batches
    names = {t.name for t in catalog.tables}
    assert {"Students", "Grades", "Attendance Log", "Library Loans", "Fee Payments"} <= names
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"Student ID", "Score (%)", "Amount ($)", "Bus Route #", "Free/Reduced Lunch"} <= columns
    assert catalog.foreign_keys == []  # a workbook: sheets share key columns by name only
    assert in_progress is not None and in_progress[0] > 0


def test_wholesale_access_database_keeps_leszynski_names_and_declares_only_some_keys() -> None:
    path = build("wholesale")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        yes_no = con.execute("SELECT DISTINCT ysnTaxExempt FROM tblCustomer ORDER BY 1").fetchall()
        unshipped = con.execute("SELECT count(*) FROM tblOrder WHERE dtmShippedDate IS NULL").fetchone()
    assert wholesale.build().batches == wholesale.build().batches
    assert {t.name for t in catalog.tables} >= {"tblCustomer", "tblOrder", "tblOrderDetail", "tlkpRegion"}
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"lngCustomerID", "strCompanyName", "dtmOrderDate", "curUnitPrice", "intQty", "ysnDiscontinued"} <= columns
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    assert declared == {
        ("tblOrder", "lngCustomerID"),
        ("tblOrderDetail", "lngOrderID"),
        ("tblProduct", "lngCategoryID"),
    }
    assert yes_no == [(-1,), (0,)]  # Access's Yes/No kept as integers
    assert unshipped is not None and unshipped[0] > 0


def test_shop_export_is_one_wide_line_table_with_order_fields_on_first_lines() -> None:
    path = build("shopexport")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        first_lines = con.execute(
            """SELECT count(*) FILTER (WHERE "Shipping" IS NOT NULL), count(DISTINCT "Order ID") FROM orders_export_1"""
        ).fetchone()
        shipping_on_later_lines = con.execute(
            """SELECT count(*) FROM orders_export_1 WHERE "Line #" > 1 AND "Shipping" IS NOT NULL"""
        ).fetchone()
    assert shopexport.build().batches == shopexport.build().batches
    assert sorted(t.name for t in catalog.tables) == ["country_codes", "orders_export_1"]
    wide = next(t for t in catalog.tables if t.name == "orders_export_1")
    assert 25 <= len(wide.columns) <= 35
    assert {"Order Date", "Unit Price", "customer_email", "SKU", "Qty", "is_returned"} <= {c.name for c in wide.columns}
    assert catalog.foreign_keys == []  # the lookup sheet matches "Ship Country" by value only
    assert first_lines is not None and first_lines[0] == first_lines[1]
    assert shipping_on_later_lines == (0,)


def test_city_portal_squashes_names_and_keeps_text_dates_and_coded_comments() -> None:
    path = build("city")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE table_name IN ('parkingcitations', 'buildingpermits', 'servicerequests')"
            ).fetchall()
        )
        text_dates = con.execute(
            "SELECT count(*) FILTER (WHERE TRY_CAST(issuedate AS DATE) IS NULL),"
            " count(*) FILTER (WHERE issuetime NOT SIMILAR TO '[0-2][0-9]:[0-5][0-9]') FROM parkingcitations"
        ).fetchone()
        open_closed = con.execute(
            "SELECT count(*) FILTER (WHERE closeddate IS NULL), count(*) FILTER (WHERE status <> 'Closed')"
            " FROM servicerequests"
        ).fetchone()
        idle_district = con.execute(
            "SELECT districtname FROM districts d WHERE NOT EXISTS (SELECT 1 FROM buildingpermits p"
            " WHERE p.councildistrict = d.councildistrict AND year(p.issuedate) = 2025)"
        ).fetchall()
    assert city.build().batches == city.build().batches
    names = [t.name for t in catalog.tables] + [c.name for t in catalog.tables for c in t.columns]
    assert all(n == n.lower() and n.isalnum() for n in names)  # no separators, no capitals
    assert {"complainttype", "createddate", "closeddate", "councildistrict", "estcost", "fineamt"} <= set(names)
    assert types["parkingcitations.issuedate"] == types["buildingpermits.applieddate"] == "VARCHAR"
    assert types["buildingpermits.issuedate"] == "DATE" and types["servicerequests.createddate"] == "TIMESTAMP"
    assert text_dates == (0, 0)  # every text date parses, every time reads HH:MM
    comments = {c.name: c.comment for t in catalog.tables for c in t.columns if c.comment}
    assert "M = mobile app" in (comments.get("channeltype") or "")
    assert "D = dismissed" in (comments.get("paystatus") or "")
    assert {(fk.table, fk.column) for fk in catalog.foreign_keys} == {
        ("servicerequests", "agency"),
        ("parkingcitations", "violationcode"),
    }  # council districts are shared by name only
    assert open_closed is not None and open_closed[0] == open_closed[1] > 0
    assert idle_district == [("Old Harbor",)]


def test_crm_export_keeps_salesforce_names_text_ids_and_declares_only_some_keys() -> None:
    path = build("crm")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        ids = dict(
            con.execute("SELECT 'Account', Id FROM Account UNION ALL SELECT 'Case', Id FROM \"Case\"").fetchall()
        )
        lengths = con.execute(
            'SELECT DISTINCT length(Id) FROM Opportunity UNION SELECT length(Id) FROM "User"'
        ).fetchall()
        lost_with_lines = con.execute(
            "SELECT count(*) FROM Opportunity o JOIN OpportunityLineItem li ON li.OpportunityId = o.Id"
            " WHERE o.StageName = 'Closed Lost'"
        ).fetchone()
        open_cases = con.execute("""SELECT count(*) FROM "Case" WHERE ClosedDate IS NULL""").fetchone()
    assert crm.build().batches == crm.build().batches
    names = {t.name for t in catalog.tables}
    assert {"Account", "Opportunity", "OpportunityLineItem", "Product2", "User", "Case", "Lead", "Contact"} == names
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"StageName", "CloseDate", "IsWon", "Region__c", "Discount_Pct__c", "Churn_Risk__c"} <= columns
    assert ids["Account"].startswith("001") and ids["Case"].startswith("500") and lengths == [(18,)]
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    assert ("Opportunity", "AccountId") in declared and ("Case", "AccountId") not in declared
    assert ("OpportunityLineItem", "Product2Id") not in declared  # an export declares keys only partly
    segment = next(c for t in catalog.tables if t.name == "Account" for c in t.columns if c.name == "Segment__c")
    assert "ENT = enterprise" in (segment.comment or "")
    assert lost_with_lines == (0,) and open_cases is not None and open_cases[0] > 0


def test_tracker_keeps_jira_export_headers_text_account_ids_and_consistent_worklogs() -> None:
    path = build("tracker")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        keys = con.execute(
            """SELECT count(*) FROM jira_issues WHERE NOT regexp_full_match("Issue key", '[A-Z]+-[0-9]+')"""
        ).fetchone()
        spent = con.execute(
            """SELECT count(*) FROM jira_issues i LEFT JOIN (SELECT issueKey, sum(timeSpentSeconds) AS s FROM jira_worklogs"""
            """ GROUP BY issueKey) w ON w.issueKey = i."Issue key" WHERE i."Time Spent" IS DISTINCT FROM w.s"""
        ).fetchone()
        unresolved = con.execute("""SELECT count(*) FROM jira_issues WHERE "Resolution date" IS NULL""").fetchone()
        mismatched = con.execute(
            """SELECT count(*) FROM jira_issues WHERE ("Status" = 'Closed') <> ("Resolution date" IS NOT NULL)"""
        ).fetchone()
        reopened = con.execute(
            "SELECT count(DISTINCT issueKey) FROM jira_changelog WHERE toString = 'Reopened'"
        ).fetchone()
        states = con.execute("SELECT DISTINCT state FROM jira_sprints ORDER BY 1").fetchall()
        holiday = con.execute(
            """SELECT count(*) FILTER (WHERE "Creation date" BETWEEN '2024-12-23' AND '2024-12-31'),"""
            """ count(*) FILTER (WHERE "Creation date" BETWEEN '2024-12-02' AND '2024-12-10') FROM jira_issues"""
        ).fetchone()
    assert tracker.build().batches == tracker.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {"jira_issues", "jira_projects", "jira_users", "jira_sprints", "jira_worklogs", "jira_changelog",
                     "jira_components", "jira_issue_components"}  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {
        "Issue key",
        "Issue Type",
        "Story Points",
        "Custom field (Team)",
        "Original Estimate",
        "Time Spent",
    } <= columns
    assert {"accountId", "displayName", "timeSpentSeconds", "fromString", "toString"} <= columns
    assert keys == (0,) and spent == (0,) and mismatched == (0,)
    assert unresolved is not None and unresolved[0] > 500 and reopened is not None and reopened[0] > 100
    assert states == [("active",), ("closed",)]
    assert holiday is not None and holiday[0] * 2 < holiday[1]


def test_pos_keeps_square_api_names_money_in_cents_and_consistent_orders() -> None:
    path = build("pos")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        money = con.execute(
            "SELECT DISTINCT typeof(total_money_amount) FROM square_orders"
            " UNION SELECT typeof(tip_money_amount) FROM square_payments WHERE tip_money_amount IS NOT NULL"
        ).fetchall()
        unbalanced = con.execute(
            "SELECT count(*) FROM square_orders o JOIN (SELECT order_id, sum(total_money_amount) AS net,"
            " sum(total_tax_money_amount) AS tax FROM square_order_line_items GROUP BY 1) li ON li.order_id = o.id"
            " WHERE o.state = 'COMPLETED' AND o.total_money_amount <> li.net + li.tax + o.total_tip_money_amount"
        ).fetchone()
        tips = con.execute(
            "SELECT sum(p.tip_money_amount) = sum(o.total_tip_money_amount) FROM square_orders o"
            " LEFT JOIN (SELECT order_id, sum(tip_money_amount) AS tip_money_amount FROM square_payments"
            " WHERE status = 'COMPLETED' GROUP BY 1) p ON p.order_id = o.id"
        ).fetchone()
        covers = con.execute(
            "SELECT count(*) FILTER (WHERE dining_option = 'For Here' AND cover_count IS NULL),"
            " count(*) FILTER (WHERE dining_option <> 'For Here' AND cover_count IS NOT NULL) FROM square_orders"
        ).fetchone()
        walk_ins = con.execute("SELECT count(*) - count(customer_id) FROM square_orders").fetchone()
        before_opening = con.execute(
            "SELECT count(*) FROM square_orders o JOIN square_locations l ON l.id = o.location_id"
            " WHERE o.created_at < l.created_at"
        ).fetchone()
        weekend = con.execute(
            "SELECT count(*) FILTER (WHERE isodow(created_at) IN (5, 6) AND hour(created_at) >= 17) / 2,"
            " count(*) FILTER (WHERE isodow(created_at) IN (1, 2) AND hour(created_at) >= 17) / 2 FROM square_orders"
        ).fetchone()
        burger = con.execute(
            "SELECT min(base_price_money_amount) FILTER (WHERE o.created_at < '2024-03-01'),"
            " min(base_price_money_amount) FILTER (WHERE o.created_at >= '2024-03-01') FROM square_order_line_items li"
            " JOIN square_orders o ON o.id = li.order_id WHERE li.name = 'Hearth Burger'"
        ).fetchone()
        comps = con.execute(
            "SELECT count(*) FROM square_order_line_items WHERE comp_reason IS NOT NULL"
            " AND total_money_amount <> 0 OR void_reason IS NOT NULL AND gross_sales_money_amount <> 0"
        ).fetchone()
    assert pos.build().batches == pos.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {"square_locations", "square_catalog_categories", "square_catalog_items", "square_customers",
                     "square_team_members", "square_shifts", "square_orders", "square_order_line_items",
                     "square_order_line_item_modifiers", "square_payments"}  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"total_money_amount", "total_tip_money_amount", "processing_fee_money_amount", "refunded_money_amount",
            "wage_hourly_rate_amount", "card_details_card_brand", "gross_sales_money_amount"} <= columns  # fmt: skip
    assert money == [("BIGINT",)]
    assert unbalanced == (0,) and tips == (True,) and comps == (0,) and before_opening == (0,)
    assert covers == (0, 0) and walk_ins is not None and walk_ins[0] > 10_000
    assert weekend is not None and weekend[0] > 1.5 * weekend[1]
    assert burger == (1650, 1775)


def test_hr_keeps_workday_report_fields_a_manager_self_reference_and_its_hr_patterns() -> None:
    path = build("hr")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        status = con.execute(
            "SELECT count(*) FROM wd_workers WHERE (Active_Status = 1) <> (Termination_Date IS NULL)"
            " OR (Termination_Date IS NULL) <> (Termination_Category IS NULL)"
        ).fetchone()
        categories = con.execute("SELECT DISTINCT Termination_Category FROM wd_workers ORDER BY 1").fetchall()
        march = con.execute(
            "SELECT count(*) FILTER (WHERE month(Termination_Date) = 3),"
            " count(*) FILTER (WHERE month(Termination_Date) = 7) FROM wd_workers WHERE Termination_Category = 'V'"
        ).fetchone()
        freeze = con.execute(
            "SELECT count(*) FILTER (WHERE year(Hire_Date) = 2022), count(*) FILTER (WHERE year(Hire_Date) = 2023)"
            " FROM wd_workers"
        ).fetchone()
        unrated = con.execute("SELECT count(*) FROM wd_performance_reviews WHERE Performance_Rating IS NULL").fetchone()
        referral = con.execute(
            "SELECT Candidate_Source FROM wd_job_applications GROUP BY 1"
            " ORDER BY avg(CASE WHEN Recruiting_Stage = 'Hired' THEN 1 ELSE 0 END) DESC LIMIT 1"
        ).fetchone()
        hired = con.execute(
            "SELECT count(*) FROM wd_job_requisitions r LEFT JOIN wd_job_applications a"
            " ON a.Requisition_ID = r.Requisition_ID AND a.Recruiting_Stage = 'Hired'"
            " WHERE (r.Filled_Date IS NOT NULL) <> (a.Job_Application_ID IS NOT NULL)"
        ).fetchone()
        moved = con.execute(
            "SELECT count(*) FROM wd_job_history WHERE Business_Process_Type = 'Change Organization Assignments'"
            " AND Effective_Date = DATE '2024-03-01' AND Supervisory_Organization_ID = 'SUP-240'"
        ).fetchone()
    assert hr.build().batches == hr.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {"wd_workers", "wd_supervisory_orgs", "wd_cost_centers", "wd_job_history", "wd_compensation",
                     "wd_time_off", "wd_performance_reviews", "wd_job_requisitions", "wd_job_applications"}  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {
        "Employee_ID",
        "Original_Hire_Date",
        "Primary_Termination_Reason",
        "Compa_Ratio",
        "Recruiting_Stage",
    } <= columns
    assert any(fk.table == fk.ref_table == "wd_workers" for fk in catalog.foreign_keys)
    assert status == (0,) and categories == [("I",), ("V",), (None,)]
    assert march is not None and march[0] > 2 * march[1]
    assert freeze is not None and freeze[1] * 4 < freeze[0]
    assert unrated is not None and unrated[0] > 50 and referral == ("Employee Referral",)
    assert hired == (0,) and moved is not None and moved[0] > 5


def test_sapsd_keeps_sap_table_and_field_names_client_leading_zeros_and_dats_dates() -> None:
    path = build("sapsd")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        tables = [t.name for t in catalog.tables]
        clients = {t: con.execute(f"SELECT DISTINCT MANDT FROM {t}").fetchall() for t in tables}
        keys = con.execute(
            "SELECT count(*) FILTER (WHERE NOT regexp_full_match(KUNNR, '[0-9]{10}')) FROM KNA1"
            " UNION ALL SELECT count(*) FILTER (WHERE NOT regexp_full_match(MATNR, '0{6}[0-9]{12}')) FROM MARA"
            " UNION ALL SELECT count(*) FILTER (WHERE NOT regexp_full_match(VBELN, '00[0-9]{8}')"
            " OR NOT regexp_full_match(POSNR, '[0-9]{6}')) FROM VBAP"
        ).fetchall()
        dates = con.execute(
            "SELECT count(*) FILTER (WHERE try_strptime(ERDAT, '%Y%m%d') IS NULL OR try_strptime(VDATU, '%Y%m%d')"
            " IS NULL) FROM VBAK UNION ALL SELECT count(*) FILTER (WHERE WADAT_IST <> '00000000'"
            " AND try_strptime(WADAT_IST, '%Y%m%d') IS NULL) FROM LIKP"
            " UNION ALL SELECT count(*) FILTER (WHERE WADAT_IST = '00000000') FROM LIKP"
        ).fetchall()
        unbalanced = con.execute(
            "SELECT count(*) FROM VBAK k JOIN (SELECT VBELN, sum(NETWR) FILTER (WHERE ABGRU = '') AS net"
            " FROM VBAP GROUP BY 1) p ON p.VBELN = k.VBELN WHERE k.NETWR <> coalesce(p.net, 0)"
        ).fetchone()
        returns = con.execute(
            "SELECT count(*), count(o.VBELN) FROM VBAK r LEFT JOIN VBAK o ON o.VBELN = r.VGBEL AND o.AUART <> 'RE'"
            " WHERE r.AUART = 'RE'"
        ).fetchone()
        nulls = con.execute("SELECT count(*) FROM VBAP WHERE ABGRU IS NULL").fetchone()
        currencies = con.execute("SELECT DISTINCT WAERK FROM VBAK ORDER BY 1").fetchall()
        payers = con.execute("SELECT count(*) FROM VBRK WHERE KUNRG <> KUNAG").fetchone()
        cancelled = con.execute(
            "SELECT count(*) FILTER (WHERE FKSTO = 'X'), count(*) FILTER (WHERE FKART = 'S1') FROM VBRK"
        ).fetchone()
        mexico = con.execute("SELECT min(ERDAT) FROM VBAK WHERE VKORG = '3210'").fetchone()
        languages = con.execute("SELECT SPRAS, count(*) FROM MAKT GROUP BY 1 ORDER BY 1").fetchall()
        monday = con.execute(
            "SELECT count(*) FILTER (WHERE isodow(strptime(ERDAT, '%Y%m%d')) = 1),"
            " count(*) FILTER (WHERE isodow(strptime(ERDAT, '%Y%m%d')) = 5),"
            " count(*) FILTER (WHERE isodow(strptime(ERDAT, '%Y%m%d')) > 5) FROM VBAK"
        ).fetchone()
    assert sapsd.build().batches == sapsd.build().batches
    assert set(tables) == {"KNA1", "MARA", "MAKT", "T005T", "VBAK", "VBAP", "LIKP", "LIPS", "VBRK", "VBRP"}
    assert all(c.name.isupper() for t in catalog.tables for c in t.columns)
    assert all(t.columns[0].name == "MANDT" and clients[t.name] == [("200",)] for t in catalog.tables)
    assert catalog.foreign_keys == []  # a replica: SAP's dictionary keys are not declared
    comments = {(t.name, c.name): c.comment for t in catalog.tables for c in t.columns}
    assert comments[("VBAK", "NETWR")] == "Net Value of the Sales Order in Document Currency"
    assert "RE = Returns" in (comments[("VBAK", "AUART")] or "")
    assert keys == [(0,), (0,), (0,)] and dates[:2] == [(0,), (0,)] and dates[2][0] > 0
    assert unbalanced == (0,) and nulls == (0,) and returns is not None and returns[0] == returns[1] > 100
    assert currencies == [("MXN",), ("USD",)] and payers is not None and payers[0] > 100
    assert cancelled is not None and cancelled[0] == cancelled[1] > 50
    assert mexico == ("20230703",) and languages == [("D", 124), ("E", 124)]
    assert monday is not None and monday[0] > 1.4 * monday[1] and monday[2] == 0


def test_fitness_app_keeps_django_names_cents_slugs_and_an_m2m_table() -> None:
    path = build("fitness")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        statuses = con.execute("SELECT DISTINCT status FROM bookings_booking ORDER BY 1").fetchall()
        money = con.execute(
            "SELECT DISTINCT typeof(amount_cents) FROM billing_payment UNION SELECT typeof(price_cents) FROM members_membership"
        ).fetchall()
        future = con.execute(
            "SELECT count(*), count(b.checked_in_at) FROM bookings_booking b"
            " JOIN bookings_classsession cs ON cs.id = b.session_id WHERE cs.status = 'scheduled'"
        ).fetchone()
        idle = con.execute(
            "SELECT s.name FROM studios_studio s WHERE NOT EXISTS"
            " (SELECT 1 FROM bookings_classsession cs WHERE cs.studio_id = s.id)"
        ).fetchall()
        checked_in = con.execute(
            "SELECT count(*) FILTER (WHERE checked_in_at IS NOT NULL), count(*) FILTER (WHERE status = 'attended')"
            " FROM bookings_booking"
        ).fetchone()
        unpaid = con.execute(
            "SELECT count(*) FROM billing_payment WHERE status = 'failed' AND paid_at IS NOT NULL"
        ).fetchone()
        too_early = con.execute(
            "SELECT count(*) FROM billing_payment p JOIN members_member m ON m.id = p.member_id"
            " WHERE p.created_at < m.created_at UNION ALL SELECT count(*) FROM bookings_booking b"
            " JOIN members_member m ON m.id = b.member_id WHERE b.created_at < m.created_at"
        ).fetchall()
    assert fitness.build().batches == fitness.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {
        "auth_user",
        "studios_studio",
        "studios_classtype",
        "studios_classtype_instructors",
        "members_member",
        "members_membership",
        "bookings_classsession",
        "bookings_booking",
        "billing_payment",
    }
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"first_name", "last_name", "username", "date_joined", "is_staff", "created_at", "updated_at"} <= columns
    assert {"price_cents", "amount_cents", "drop_in_price_cents", "referred_by_id", "is_founding_member"} <= columns
    declared = {(fk.table, fk.column, fk.ref_table) for fk in catalog.foreign_keys}
    assert {
        ("studios_classtype_instructors", "classtype_id", "studios_classtype"),
        ("studios_classtype_instructors", "user_id", "auth_user"),
        ("members_member", "referred_by_id", "members_member"),
        ("members_member", "user_id", "auth_user"),
    } <= declared
    assert ("no_show",) in statuses and ("late_cancel",) in statuses  # choice fields stored as slugs
    assert money == [("INTEGER",)]  # money as integer cents
    assert future is not None and future[0] > 0 and future[1] == 0  # no check-in before a class happens
    assert idle == [("Pulse Domain",)]  # a planned studio with no classes yet
    assert checked_in is not None and checked_in[0] == checked_in[1] > 0
    assert unpaid == (0,)
    assert too_early == [(0,), (0,)]  # nobody books or pays before signing up


def test_league_keeps_box_score_abbreviations_text_team_codes_and_a_relocated_team() -> None:
    path = build("league")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        scores_add_up = con.execute(
            "SELECT count(*) FROM games g WHERE home_pts <> (SELECT sum(pts) FROM box_scores b"
            " WHERE b.game_id = g.game_id AND b.team_abbr = g.home_team) OR away_pts <> (SELECT sum(pts)"
            " FROM box_scores b WHERE b.game_id = g.game_id AND b.team_abbr = g.away_team)"
        ).fetchone()
        points = con.execute(
            "SELECT count(*) FROM box_scores WHERE pts <> 2 * fgm + fg3m + ftm OR reb <> oreb + dreb"
        ).fetchone()
        dnp = con.execute('SELECT count(*), count(pts), count(note) FROM box_scores WHERE "min" IS NULL').fetchone()
        home_wins = con.execute(
            "SELECT avg((home_pts > away_pts)::INT) FROM games WHERE home_pts IS NOT NULL"
        ).fetchone()
        knights = con.execute("SELECT team_abbr, city FROM teams WHERE team_name LIKE '%Knights' ORDER BY 1").fetchall()
        seasons = con.execute(
            "SELECT season, game_type, count(home_pts) > 0 FROM games GROUP BY ALL ORDER BY 1, 2"
        ).fetchall()
        still_out = con.execute("SELECT count(*) FROM injuries WHERE end_date IS NULL").fetchone()
        wave = con.execute(
            "SELECT count(*) FILTER (WHERE month(start_date) IN (1, 2)) > 2 * count(*) FILTER"
            " (WHERE month(start_date) IN (11, 12)) FROM injuries"
        ).fetchone()
        crowds = con.execute(
            "SELECT avg(att) FROM attendance JOIN games USING (game_id) WHERE game_type = 'R' GROUP BY season ORDER BY season"
        ).fetchall()
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE column_name IN ('season', 'ht', 'salary', 'team_abbr')"
            ).fetchall()
        )
    assert league.build().batches == league.build().batches
    columns = {c.name for t in catalog.tables for c in t.columns}
    stats = "gp gs min pts reb oreb dreb ast stl blk tov pf fgm fga fg3m fg3a ftm fta plus_minus att salary"
    assert set(stats.split()) <= columns
    assert {
        "team_abbr",
        "home_team",
        "away_team",
        "home_pts",
        "away_pts",
        "game_type",
        "draft_yr",
        "reports_to",
    } <= columns
    comments = {c.name: c.comment for t in catalog.tables for c in t.columns if c.comment}
    assert "P = playoffs" in (comments.get("game_type") or "") and "C = center" in (comments.get("pos") or "")
    assert ("coaches", "reports_to", "coaches") in {(fk.table, fk.column, fk.ref_table) for fk in catalog.foreign_keys}
    assert types["teams.team_abbr"] == types["games.season"] == types["players.ht"] == "VARCHAR"
    assert types["rosters.salary"] == "INTEGER"  # whole dollars
    assert scores_add_up == (0,) and points == (0,)  # a game's score is its box score's sum
    assert dnp is not None and dnp[0] == dnp[2] > 0 and dnp[1] == 0  # did not play: NULL minutes and stats
    assert home_wins is not None and home_wins[0] > 0.55  # home-court advantage
    assert knights == [("BRK", "Brookfield"), ("DUN", "Dunmore")]  # relocated after 2022-23
    assert seasons == [
        ("2022-23", "P", True), ("2022-23", "R", True), ("2023-24", "P", True), ("2023-24", "R", True),
        ("2024-25", "R", True),
    ]  # fmt: skip
    assert still_out is not None and still_out[0] > 0 and wave == (True,)
    assert [round(a) for (a,) in crowds] == sorted(round(a) for (a,) in crowds)  # growing attendance


def test_coldchain_telemetry_keeps_units_in_names_hourly_rows_and_hex_device_ids() -> None:
    path = build("coldchain")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        on_the_hour = con.execute(
            "SELECT count(*) FILTER (WHERE date_trunc('hour', ts) <> ts), count(*) - count(DISTINCT (device_eui, ts))"
            " FROM env_readings"
        ).fetchone()
        euis = con.execute(
            "SELECT DISTINCT length(device_eui), regexp_full_match(device_eui, '[0-9A-F]+') FROM devices"
        ).fetchall()
        summer = con.execute(
            "SELECT sum(energy_kwh) FILTER (WHERE month(ts) = 7) > 1.5 * sum(energy_kwh) FILTER (WHERE month(ts) = 1)"
            " FROM energy_readings WHERE year(ts) = 2024"
        ).fetchone()
        empty = con.execute(
            "SELECT (SELECT list(site_code) FROM sites s WHERE NOT EXISTS (SELECT 1 FROM devices d WHERE d.site_id = s.site_id)),"
            " (SELECT count(*) FROM devices d WHERE d.device_type = 'climate_sensor' AND NOT EXISTS"
            " (SELECT 1 FROM env_readings r WHERE r.device_eui = d.device_eui)),"
            " (SELECT count(*) FROM technicians t WHERE NOT EXISTS (SELECT 1 FROM alarms a WHERE a.acked_by = t.tech_id))"
        ).fetchone()
        active = con.execute("SELECT count(*) FROM alarms WHERE cleared_at IS NULL").fetchone()
    assert coldchain.build().batches == coldchain.build().batches
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {
        "temp_c",
        "rh_pct",
        "door_open_s",
        "batt_v",
        "rssi_dbm",
        "energy_kwh",
        "kw_peak",
        "floor_area_m2",
    } <= columns
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    assert ("alarms", "device_eui") in declared and ("env_readings", "device_eui") not in declared
    assert ("work_orders", "assigned_tech_id") not in declared  # by name only
    comments = {c.name: c.comment for t in catalog.tables for c in t.columns if c.comment}
    assert "B = blast freezer" in (comments.get("zone_type") or "") and "C = critical" in (
        comments.get("severity") or ""
    )
    assert on_the_hour == (0, 0)  # one row per device per hour
    assert euis == [(16, True)]
    assert summer == (True,)
    assert empty == (["WAW"], 1, 1)
    assert active is not None and active[0] > 0


def test_taxi_trips_keep_the_tlc_names_codes_and_a_fee_that_starts_in_2025() -> None:
    path = build("taxi")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        fee = con.execute(
            "SELECT count(cbd_congestion_fee) FILTER (WHERE year(tpep_pickup_datetime) = 2024),"
            " count(*) FILTER (WHERE cbd_congestion_fee > 0 AND tpep_pickup_datetime < DATE '2025-01-05')"
            " FROM yellow_tripdata"
        ).fetchone()
        flex = con.execute(
            "SELECT count(*), count(passenger_count), count(RatecodeID) FROM yellow_tripdata WHERE payment_type = 0"
        ).fetchone()
        cash_tips = con.execute("SELECT sum(tip_amount) FROM yellow_tripdata WHERE payment_type = 2").fetchone()
        unused = con.execute(
            "SELECT list(LocationID) FROM taxi_zone_lookup z WHERE NOT EXISTS (SELECT 1 FROM yellow_tripdata y"
            " WHERE z.LocationID IN (y.PULocationID, y.DOLocationID)) AND NOT EXISTS (SELECT 1 FROM green_tripdata g"
            " WHERE z.LocationID IN (g.PULocationID, g.DOLocationID))"
        ).fetchone()
        wet = con.execute(
            "SELECT avg(n) FILTER (WHERE PRCP >= 0.1) > avg(n) FILTER (WHERE PRCP = 0) FROM (SELECT"
            " CAST(tpep_pickup_datetime AS DATE) AS d, count(*) AS n FROM yellow_tripdata GROUP BY 1)"
            " JOIN central_park_weather ON DATE = d"
        ).fetchone()
    assert taxi.build().batches == taxi.build().batches
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"VendorID", "tpep_pickup_datetime", "lpep_dropoff_datetime", "RatecodeID", "PULocationID"} <= columns
    assert {"Airport_fee", "cbd_congestion_fee", "LocationID", "Borough", "service_zone", "PRCP", "TMAX"} <= columns
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    assert ("green_tripdata", "PULocationID") not in declared  # by name only
    comments = {c.name: c.comment for t in catalog.tables for c in t.columns if c.comment}
    assert "2 = JFK" in (comments.get("RatecodeID") or "") and "4 = dispute" in (comments.get("payment_type") or "")
    assert fee == (0, 0)  # the congestion relief zone fee starts on 5 January 2025
    assert flex is not None and flex[0] > 0 and flex[1] == flex[2] == 0
    assert cash_tips == (0.0,)  # cash tips are not recorded
    assert unused == ([245],) and wet == (True,)


def test_mobilegame_keeps_google_export_names_epoch_micros_and_text_dates() -> None:
    path = build("mobilegame")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE column_name IN ('event_timestamp', 'event_date', 'metrics_cost_micros', 'segments_date')"
            ).fetchall()
        )
        dates_agree = con.execute(
            "SELECT count(*) FROM events WHERE event_date <> strftime(make_timestamp(event_timestamp), '%Y%m%d')"
        ).fetchone()
        removes = con.execute("SELECT list(DISTINCT platform) FROM events WHERE event_name = 'app_remove'").fetchone()
        ltv = con.execute(
            "SELECT count(*) FROM pseudonymous_users u JOIN (SELECT user_pseudo_id, sum(event_value_in_usd) AS r,"
            " count(*) FILTER (WHERE event_name = 'session_start') AS s FROM events GROUP BY 1) e"
            " ON e.user_pseudo_id = u.pseudo_user_id"
            " WHERE abs(coalesce(e.r, 0) - u.user_ltv_revenue_in_usd) > 0.01 OR e.s <> u.user_ltv_sessions"
        ).fetchone()
        crash = con.execute(
            "SELECT app_info_version, count(*) FILTER (WHERE event_name = 'app_exception' AND param_fatal = 1)"
            " / count(*) FILTER (WHERE event_name = 'session_start') AS rate FROM events WHERE platform = 'ANDROID'"
            " GROUP BY 1 ORDER BY 2 DESC LIMIT 1"
        ).fetchone()
        unplayed = con.execute(
            "SELECT list(level_name) FROM level_config WHERE level_name NOT IN"
            " (SELECT param_level_name FROM events WHERE param_level_name IS NOT NULL)"
        ).fetchone()
        no_spend = con.execute(
            "SELECT list(campaign_name) FROM ads_Campaign_5802217391 WHERE campaign_id NOT IN"
            " (SELECT campaign_id FROM ads_CampaignBasicStats_5802217391)"
        ).fetchone()
    assert mobilegame.build().batches == mobilegame.build().batches
    assert {t.name for t in catalog.tables} == {
        "events",
        "pseudonymous_users",
        "level_config",
        "iap_products",
        "friend_gifts",
        "ads_Campaign_5802217391",
        "ads_CampaignBasicStats_5802217391",
    }
    assert types["events.event_timestamp"] == "BIGINT" and types["events.event_date"] == "VARCHAR"
    assert types["ads_CampaignBasicStats_5802217391.metrics_cost_micros"] == "BIGINT"
    declared = {(fk.table, fk.column) for fk in catalog.foreign_keys}
    assert ("events", "user_pseudo_id") not in declared  # pseudo_user_id in the user export: by name only
    assert dates_agree == (0,) and removes == (["ANDROID"],)  # Firebase logs app_remove on Android only
    assert ltv == (0,)  # the user export's lifetime figures add up from the events
    assert crash is not None and crash[0] == "2.4.0"  # the crash wave fixed by the 2.4.1 hotfix
    assert unplayed == (["Festival Bonus"],) and no_spend == (["LL_Test_tCPA_Android"],)


def test_airline_keeps_transtats_names_hhmm_times_and_declares_nothing() -> None:
    path = build("airline")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        causes = con.execute(
            "SELECT count(*) FILTER (WHERE ArrDel15 = 1 AND CarrierDelay IS NULL),"
            " count(*) FILTER (WHERE (ArrDel15 = 0 OR ArrDel15 IS NULL) AND CarrierDelay IS NOT NULL),"
            " count(*) FILTER (WHERE ArrDel15 = 1 AND CarrierDelay + WeatherDelay + NASDelay + SecurityDelay"
            " + LateAircraftDelay <> ArrDelay) FROM T_ONTIME_REPORTING"
        ).fetchone()
        cancelled = con.execute(
            "SELECT count(*), count(DepTime), count(ArrDelay), count(CancellationCode), count(Tail_Number) < count(*)"
            " FROM T_ONTIME_REPORTING WHERE Cancelled = 1"
        ).fetchone()
        clock = con.execute(
            "SELECT min(CRSDepTime), max(CRSDepTime), count(*) FILTER (WHERE CRSDepTime % 100 >= 60),"
            " count(*) FILTER (WHERE DayOfWeek <> isodow(FlightDate)) FROM T_ONTIME_REPORTING"
        ).fetchone()
        t100_end = con.execute("SELECT max(make_date(YEAR, MONTH, 1)) FROM T_T100D_SEGMENT_US_CARRIER_ONLY").fetchone()
        outage = con.execute(
            "SELECT count(*) FROM T_ONTIME_REPORTING WHERE Reporting_Airline = 'DL' AND CancellationCode = 'A'"
            " AND FlightDate BETWEEN DATE '2024-07-19' AND DATE '2024-07-23'"
        ).fetchone()
    assert airline.build().batches == airline.build().batches
    assert {t.name for t in catalog.tables} == {
        "T_ONTIME_REPORTING",
        "T_T100D_SEGMENT_US_CARRIER_ONLY",
        "L_UNIQUE_CARRIERS",
        "L_AIRPORT",
        "L_CANCELLATION",
        "L_WEEKDAYS",
        "L_AIRCRAFT_TYPE",
    }
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"FlightDate", "Reporting_Airline", "CRSDepTime", "DepDel15", "NASDelay", "PASSENGERS_CARRIED"} <= columns
    assert catalog.foreign_keys == [] and not any(c.comment for t in catalog.tables for c in t.columns)
    assert causes == (0, 0, 0)  # delay causes only on flights 15+ minutes late, adding up to the delay
    assert cancelled is not None and cancelled[0] > 0 and cancelled[1:4] == (0, 0, cancelled[0]) and cancelled[4]
    assert clock is not None and clock[0] >= 500 and clock[1] <= 2400 and clock[2:] == (0, 0)
    assert t100_end == (dt.date(2025, 3, 1),)  # T-100 is published three months late
    assert outage is not None and outage[0] >= 20


def test_koha_keeps_koha_names_split_loans_and_declares_koha_keys() -> None:
    path = build("koha")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        counters = con.execute(
            "SELECT count(*) FROM item_copies i WHERE i.issues <> (SELECT count(*) FROM old_issues o"
            " WHERE o.itemnumber = i.itemnumber) + (SELECT count(*) FROM issues c WHERE c.itemnumber = i.itemnumber)"
        ).fetchone()
        loans = con.execute(
            "SELECT count(*), count(returndate), max(issuedate) <= TIMESTAMP '2025-06-30 23:59:59',"
            " count(*) FILTER (WHERE date_due < TIMESTAMP '2025-06-30') FROM issues"
        ).fetchone()
        returned = con.execute(
            "SELECT count(*), count(returndate), count(*) FILTER (WHERE returndate < issuedate),"
            " count(*) FILTER (WHERE borrowernumber IS NULL), count(*) FILTER (WHERE returndate > date_due)"
            " FROM old_issues"
        ).fetchone()
        anonymised = con.execute(
            "SELECT count(*) FROM old_issues o JOIN borrowers b USING (borrowernumber) WHERE b.privacy = 2"
        ).fetchone()
        closed = con.execute(
            "SELECT count(*) FROM old_issues WHERE branchcode = 'MPL'"
            " AND issuedate BETWEEN TIMESTAMP '2023-03-01' AND TIMESTAMP '2023-08-31 23:59:59'"
        ).fetchone()
        unused = con.execute(
            "SELECT (SELECT count(*) FROM borrowers WHERE categorycode = 'HB'),"
            " (SELECT count(*) FROM item_copies WHERE itype = 'EBK'),"
            " (SELECT min(issuedate) FROM old_issues o JOIN item_copies i USING (itemnumber) WHERE i.itype = 'WIFI')"
        ).fetchone()
    assert koha.build().batches == koha.build().batches
    assert {t.name for t in catalog.tables} == {
        "library_branches",
        "patron_categories",
        "itemtypes",
        "biblio",
        "borrowers",
        "item_copies",
        "issues",
        "old_issues",
    }
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"biblionumber", "borrowernumber", "itemnumber", "dateaccessioned", "date_due", "itemlost"} <= columns
    fk_tables = {fk.table for fk in catalog.foreign_keys}
    assert {"borrowers", "item_copies", "issues"} <= fk_tables and "old_issues" not in fk_tables
    assert any("4 = Missing" in (c.comment or "") for t in catalog.tables for c in t.columns)
    assert counters == (0,)  # items.issues is the copy's checkout counter over both loan tables
    assert loans is not None and loans[0] > 1000 and loans[1:3] == (0, True) and loans[3] > 0
    assert returned is not None and returned[0] > 100_000 and returned[0] == returned[1] and returned[2] == 0
    assert returned[3] > 0 and returned[4] > 0 and anonymised == (0,)
    assert closed == (0,)  # Midway closed for renovation
    assert unused is not None and unused[:2] == (0, 0) and unused[2] is not None and unused[2].year == 2023


def test_rentals_keeps_django_table_names_choice_codes_an_m2m_table_and_growth() -> None:
    path = build("rentals")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        units_by_year = con.execute(
            "SELECT count(*) FILTER (WHERE b.acquired_on <= DATE '2022-07-01'), count(*)"
            " FROM properties_rentalunit u JOIN properties_building b ON b.id = u.building_id"
        ).fetchone()
        before_purchase = con.execute(
            "SELECT count(*) FROM leasing_rentpayment p JOIN leasing_leaseagreement l ON l.id = p.lease_id"
            " JOIN properties_rentalunit u ON u.id = l.unit_id JOIN properties_building b ON b.id = u.building_id"
            " WHERE p.period_month < b.acquired_on - INTERVAL 1 MONTH"
        ).fetchone()
        heating = con.execute(
            "SELECT count(*) FILTER (WHERE month(created_at) IN (12, 1, 2)),"
            " count(*) FILTER (WHERE month(created_at) IN (4, 5, 9)) FROM maintenance_workorder WHERE category = 'HVC'"
        ).fetchone()
        move_ins = con.execute(
            "SELECT count(*) FILTER (WHERE month(move_in_date) IN (6, 7, 8)),"
            " count(*) FILTER (WHERE month(move_in_date) IN (12, 1, 2)) FROM leasing_leaseagreement"
        ).fetchone()
        portal = con.execute(
            "SELECT count(*), count(logged_by_id) FROM maintenance_workorder WHERE source = 'PRT'"
        ).fetchone()
        statuses = {r[0] for r in con.execute("SELECT DISTINCT lease_status FROM leasing_leaseagreement").fetchall()}
    assert rentals.build().batches == rentals.build().batches
    assert {t.name for t in catalog.tables} == {
        "people_staffmember",
        "properties_building",
        "properties_rentalunit",
        "people_tenant",
        "leasing_leaseagreement",
        "leasing_leaseagreement_tenants",
        "leasing_rentpayment",
        "maintenance_vendor",
        "maintenance_workorder",
        "inspections_inspectionvisit",
    }
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"building_id", "primary_tenant_id", "leaseagreement_id", "created_at", "updated_at", "wo_status"} <= columns
    assert any("OPN = open" in (c.comment or "") for t in catalog.tables for c in t.columns)
    assert statuses == {"ONG", "EXP", "TRM", "PND"}
    assert units_by_year is not None and units_by_year[0] * 2 < units_by_year[1]  # four buildings bought later
    assert before_purchase == (0,)  # no rent before a building was bought
    assert heating is not None and heating[0] > 2 * heating[1]
    assert move_ins is not None and move_ins[0] > 3 * move_ins[1]
    assert portal is not None and portal[0] > 500 and portal[1] == 0


def test_mls_keeps_reso_names_text_keys_two_agent_keys_and_its_market_patterns() -> None:
    path = build("mls")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        unsold = con.execute(
            "SELECT count(*) FROM MlsProperty WHERE (StandardStatus = 'Closed') <> (ClosePrice IS NOT NULL)"
            " OR (ClosePrice IS NULL) <> (CloseDate IS NULL)"
        ).fetchone()
        codes = con.execute("SELECT DISTINCT StandardStatus, MlsStatus FROM MlsProperty ORDER BY 2").fetchall()
        orphans = con.execute(
            "SELECT count(*) FROM MlsProperty p WHERE p.ListAgentKey NOT IN (SELECT MemberKey FROM MlsMember)"
            " OR p.BuyerAgentKey NOT IN (SELECT MemberKey FROM MlsMember)"
            " OR p.ListOfficeKey NOT IN (SELECT OfficeKey FROM MlsOffice)"
        ).fetchone()
        buyers = con.execute(
            "SELECT count(*) FILTER (WHERE BuyerAgentKey IS NULL), count(*) FILTER (WHERE BuyerAgentKey = ListAgentKey)"
            " FROM MlsProperty WHERE StandardStatus = 'Closed'"
        ).fetchone()
        market = con.execute(
            "SELECT median(DaysOnMarket) FILTER (WHERE year(CloseDate) = 2021),"
            " median(DaysOnMarket) FILTER (WHERE year(CloseDate) = 2024),"
            " avg(ClosePrice / ListPrice) FILTER (WHERE year(CloseDate) = 2021),"
            " avg(ClosePrice / ListPrice) FILTER (WHERE year(CloseDate) = 2024)"
            " FROM MlsProperty WHERE PropertyType = 'Residential' AND StandardStatus = 'Closed'"
        ).fetchone()
        reductions = con.execute(
            "SELECT count(*) FILTER (WHERE ListPrice > OriginalListPrice), count(*) FILTER (WHERE ListPrice <"
            " OriginalListPrice) FROM MlsProperty"
        ).fetchone()
        thursday = con.execute(
            "SELECT dayname(ListingContractDate) FROM MlsProperty GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
        types = {
            f"{t}.{c}": d
            for t, c, d in con.execute("SELECT table_name, column_name, data_type FROM duckdb_columns()").fetchall()
        }
    assert mls.build().batches == mls.build().batches
    assert {t.name for t in catalog.tables} == {
        "MlsProperty",
        "MlsMember",
        "MlsOffice",
        "MlsOpenHouse",
        "MlsMedia",
        "MlsPropertyRooms",
        "MlsHistoryTransactional",
    }
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"ListingKey", "ListingId", "ListPrice", "OriginalListPrice", "ClosePrice", "CloseDate", "DaysOnMarket",
            "CumulativeDaysOnMarket", "ListAgentKey", "BuyerAgentKey", "MemberFullName", "OpenHouseStartTime"} <= columns  # fmt: skip
    assert all(c.name[0].isupper() and "_" not in c.name for t in catalog.tables for c in t.columns)
    assert catalog.foreign_keys == []  # RESO resources point to each other by their text keys, nothing declared
    assert types["MlsProperty.ClosePrice"].startswith("DECIMAL") and types["MlsProperty.ListingKey"] == "VARCHAR"
    assert unsold == (0,) and orphans == (0,)
    assert ("Closed", "S") in codes and ("Expired", "X") in codes and ("Active Under Contract", "U") in codes
    assert buyers is not None and buyers[0] == 0 and buyers[1] > 0  # dual agency now and then
    assert market is not None and market[0] < market[1] and market[2] > 1 > market[3]  # the 2022 rate shock
    assert reductions is not None and reductions[0] == 0 and reductions[1] > 500
    assert thursday == ("Thursday",)


def test_sfdc_keeps_salesforce_api_names_case_safe_ids_and_its_sales_patterns() -> None:
    path = build("sfdc")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        ids = con.execute(
            "SELECT bool_and(length(Id) = 18 AND Id LIKE '006%') FROM Opportunity"
            " UNION ALL SELECT bool_and(length(Id) = 18 AND Id LIKE '001%') FROM Account"
        ).fetchall()
        orphans = con.execute(
            'SELECT (SELECT count(*) FROM Opportunity o LEFT JOIN "User" u ON u.Id = o.OwnerId WHERE u.Id IS NULL),'
            " (SELECT count(*) FROM Opportunity o LEFT JOIN Account a ON a.Id = o.AccountId WHERE a.Id IS NULL),"
            ' (SELECT count(*) FROM "Case" c LEFT JOIN Account a ON a.Id = c.AccountId WHERE a.Id IS NULL),'
            " (SELECT count(*) FROM Lead l LEFT JOIN Opportunity o ON o.Id = l.ConvertedOpportunityId"
            "  WHERE l.ConvertedOpportunityId IS NOT NULL AND o.Id IS NULL)"
        ).fetchone()
        flags = con.execute(
            "SELECT count(*) FILTER (WHERE IsWon AND NOT IsClosed), count(*) FILTER (WHERE IsWon <> (StageName = 'Closed Won'))"
            " FROM Opportunity"
        ).fetchone()
        lines = con.execute(
            "SELECT count(*) FROM (SELECT o.Id FROM Opportunity o JOIN OpportunityLineItem li ON li.OpportunityId = o.Id"
            " GROUP BY o.Id, o.Amount HAVING abs(sum(li.TotalPrice) - o.Amount) > 0.05)"
        ).fetchone()
        rates = con.execute(
            "SELECT avg(IsWon::INT) FILTER (WHERE LeadSource = 'Partner Referral'),"
            " avg(IsWon::INT) FILTER (WHERE LeadSource = 'Purchased List') FROM Opportunity WHERE IsClosed"
        ).fetchone()
        push = con.execute(
            "SELECT avg((date_diff('day', CloseDate, CAST(date_trunc('quarter', CloseDate) + INTERVAL 3 MONTH"
            " - INTERVAL 1 DAY AS DATE)) < 14)::INT) FROM Opportunity WHERE IsWon"
        ).fetchone()
        growth = con.execute(
            "SELECT count(*) FILTER (WHERE year(CreatedDate) = 2024) / count(*) FILTER (WHERE year(CreatedDate) = 2022)"
            " FROM Lead"
        ).fetchone()
        sla = con.execute(
            "SELECT count(*) FILTER (WHERE IsClosed AND SLA_Violation__c IS NULL),"
            ' count(*) FILTER (WHERE NOT IsClosed AND SLA_Violation__c IS NOT NULL) FROM "Case"'
        ).fetchone()
    assert sfdc.build().batches == sfdc.build().batches
    names = {t.name for t in catalog.tables}
    assert {"Account", "Contact", "Lead", "Opportunity", "OpportunityLineItem", "OpportunityHistory", "Product2",
            "PricebookEntry", "Campaign", "CampaignMember", "Case", "Task", "User", "UserRole"} <= names  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"OwnerId", "CreatedById", "StageName", "ForecastCategoryName", "IsWon", "IsClosed", "CloseDate",
            "Region__c", "ARR__c", "Churn_Reason__c", "_fivetran_synced", "_fivetran_deleted"} <= columns  # fmt: skip
    assert not catalog.foreign_keys  # the connector declares no keys
    assert ids == [(True,), (True,)]
    assert orphans == (0, 0, 0, 0)
    assert flags == (0, 0) and lines == (0,)
    assert rates is not None and rates[0] > 2.5 * rates[1]
    assert push is not None and push[0] > 0.5
    assert growth is not None and growth[0] > 1.5
    assert sla == (0, 0)


OWN_CATALOG_SETS = sorted(n for n in load_floors(EVAL_DIR / "floors.json") if set_catalog(EVAL_DIR / n) != DEMO_CATALOG)


@pytest.mark.parametrize("name", OWN_CATALOG_SETS)
def test_every_gold_sql_of_a_set_on_its_own_catalog_runs(name: str) -> None:
    path = EVAL_DIR / name
    catalog = build(set_catalog(path).stem)  # skipped when current (`make eval-data`)
    assert catalog == set_catalog(path)
    cases = load_cases(path)
    assert len(cases) >= 40
    with duckdb.connect(str(catalog), read_only=True) as con:
        for case in cases:
            for turn in case.turns:
                rows = con.execute(turn.gold_sql).fetchall()
                assert rows, f"{case.id}: gold SQL returns no rows"


def test_every_question_set_has_a_floor() -> None:
    floors = load_floors(EVAL_DIR / "floors.json")
    sets = {p.name for p in EVAL_DIR.glob("*.jsonl")}
    assert sets == set(floors)


def test_gate_fails_below_either_floor_only() -> None:
    floor = Floor(data=80, chart=90)
    assert verdict("s", {"data_accuracy": 80.0, "chart_accuracy": 90.0}, floor) == []
    assert len(verdict("s", {"data_accuracy": 79.9, "chart_accuracy": 95.0}, floor)) == 1
    assert len(verdict("s", {"data_accuracy": 70.0, "chart_accuracy": 50.0}, floor)) == 2
    with pytest.raises(ValueError):
        Floor.model_validate(json.loads('{"data": 101, "chart": 0}'))


def test_a_blind_sets_totals_carry_no_figure_per_tag() -> None:
    summary = {"data_accuracy": 20.0, "chart_accuracy": 80.0, "data_accuracy_by_tag": {"ranking": 0.0}}
    assert blind_totals(summary) == {"data_accuracy": 20.0, "chart_accuracy": 80.0}


@pytest.fixture
def pg_database() -> Iterator[str]:
    name = f"eval_erp_{uuid.uuid4().hex[:8]}"

    async def admin(sql: str) -> None:
        conn = await asyncpg.connect(PG_ADMIN)
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    asyncio.run(admin(f"CREATE DATABASE {name}"))
    try:
        yield PG_ADMIN.rsplit("/", 1)[0] + "/" + name
    finally:
        asyncio.run(admin(f"DROP DATABASE {name} WITH (FORCE)"))


def test_warehouse_loads_into_postgres_with_its_keys(erp: Path, pg_database: str) -> None:
    counts = asyncio.run(load_into_postgres(erp, pg_database))
    with duckdb.connect(str(erp), read_only=True) as con:
        expected = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone() for t in TABLES}
        total = con.execute("SELECT sum(ord_net_amt) FROM t_ord").fetchone()
    assert counts == {t: row[0] for t, row in expected.items() if row}

    async def check() -> tuple[int, object]:
        conn = await asyncpg.connect(pg_database)
        try:
            fks = await conn.fetchval("SELECT count(*) FROM pg_constraint WHERE contype = 'f'")
            return int(fks), await conn.fetchval("SELECT sum(ord_net_amt) FROM t_ord")
        finally:
            await conn.close()

    fks, pg_total = asyncio.run(check())
    assert fks == 8
    assert total is not None and pg_total == total[0]


def test_adsxfer_keeps_the_google_ads_transfer_names_snapshots_and_micros() -> None:
    path = build("adsxfer")
    t = "_4728103956"
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        snapshots = con.execute(
            f"SELECT count(DISTINCT _DATA_DATE), count(*) / count(DISTINCT campaign_id) FROM ads_Campaign{t}"
        ).fetchone()
        paused = con.execute(
            f"SELECT campaign_status FROM ads_Campaign{t} WHERE campaign_name = 'Generic - Beds & Mattresses'"
            " ORDER BY _DATA_DATE"
        ).fetchall()
        micros = con.execute(
            f"SELECT bool_and(metrics_cost_micros % 10000 = 0), sum(metrics_conversions) <> round(sum(metrics_conversions))"
            f" FROM ads_CampaignBasicStats{t}"
        ).fetchone()
        rollup = con.execute(
            f"SELECT (SELECT sum(metrics_clicks) FROM ads_CampaignBasicStats{t} s JOIN ads_Campaign{t} c"
            f" ON c.campaign_id = s.campaign_id AND c._DATA_DATE = c._LATEST_DATE"
            f" WHERE c.campaign_advertising_channel_type <> 'PERFORMANCE_MAX'),"
            f" (SELECT sum(metrics_clicks) FROM ads_AdGroupBasicStats{t})"
        ).fetchone()
        hold = con.execute(
            f"SELECT count(*) FROM ads_CampaignBasicStats{t} WHERE segments_date IN ('2025-03-11', '2025-03-12')"
        ).fetchone()
        shared = con.execute(
            f"SELECT count(*) FROM (SELECT ad_group_criterion_criterion_id FROM ads_Keyword{t}"
            f" WHERE _DATA_DATE = _LATEST_DATE GROUP BY 1 HAVING count(DISTINCT ad_group_id) > 1)"
        ).fetchone()
        desktop = con.execute(
            f"SELECT sum(metrics_conversions) FILTER (WHERE segments_device = 'DESKTOP')"
            f" / sum(metrics_clicks) FILTER (WHERE segments_device = 'DESKTOP'),"
            f" sum(metrics_conversions) FILTER (WHERE segments_device = 'MOBILE')"
            f" / sum(metrics_clicks) FILTER (WHERE segments_device = 'MOBILE') FROM ads_CampaignBasicStats{t}"
        ).fetchone()
    assert adsxfer.build().batches == adsxfer.build().batches
    names = {table.name for table in catalog.tables}
    assert names == {f"ads_{r}{t}" for r in ("Customer", "Campaign", "AdGroup", "Keyword", "CampaignBasicStats",
                     "AdGroupBasicStats", "KeywordBasicStats", "CampaignConversionStats", "GeoStats")}  # fmt: skip
    assert not catalog.foreign_keys  # the transfer declares no keys
    columns = {c.name for table in catalog.tables for c in table.columns}
    assert {"campaign_id", "segments_date", "segments_device", "metrics_cost_micros", "_DATA_DATE", "_LATEST_DATE",
            "ad_group_criterion_keyword_text", "ad_group_criterion_keyword_match_type"} <= columns  # fmt: skip
    assert snapshots == (5, 5)  # one row per campaign per snapshot day
    assert [s for (s,) in paused] == ["ENABLED", "ENABLED", "PAUSED", "PAUSED", "PAUSED"]
    assert micros == (True, True)
    assert rollup is not None and rollup[0] == rollup[1]
    assert hold == (0,) and shared is not None and shared[0] >= 1
    assert desktop is not None and desktop[0] > 1.5 * desktop[1]


def test_billing_keeps_stripe_names_prefixed_ids_cents_and_its_saas_patterns() -> None:
    path = build("billing")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        prefixes = con.execute(
            "SELECT bool_and(id LIKE 'cus\\_%' ESCAPE '\\') FROM stripe_customers"
            " UNION ALL SELECT bool_and(id LIKE 'ch\\_%' ESCAPE '\\') FROM stripe_charges"
            " UNION ALL SELECT bool_and(id LIKE 'in\\_%' ESCAPE '\\') FROM stripe_invoices"
            " UNION ALL SELECT bool_and(id LIKE 'sub\\_%' ESCAPE '\\') FROM stripe_subscriptions"
        ).fetchall()
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE column_name IN ('amount', 'period_start', 'created_at', 'amount_due')"
            ).fetchall()
        )
        paid = con.execute(
            "SELECT count(*) FROM stripe_invoices i JOIN stripe_charges c ON c.id = i.charge_id"
            " WHERE i.status_transitions_paid_at IS NOT NULL AND (c.status = 'failed' OR c.amount <> i.amount_due)"
        ).fetchone()
        attempts = con.execute(
            "SELECT count(*) FROM stripe_invoices i JOIN (SELECT invoice_id, count(*) AS n FROM stripe_charges"
            " GROUP BY 1) c ON c.invoice_id = i.id WHERE c.n <> i.attempt_count"
        ).fetchone()
        refunded = con.execute(
            "SELECT count(*) FROM stripe_charges c JOIN (SELECT charge_id, sum(amount) AS amount FROM stripe_refunds"
            " WHERE status <> 'failed' GROUP BY 1) r ON r.charge_id = c.id WHERE r.amount <> c.amount_refunded"
        ).fetchone()
        growth = con.execute(
            "SELECT count(*) FILTER (WHERE year(created_at) = 2023), count(*) FILTER (WHERE year(created_at) = 2024)"
            " FROM stripe_customers WHERE livemode"
        ).fetchone()
        weekend = con.execute(
            "SELECT count(*) FILTER (WHERE isodow(created_at) >= 6) / 2, count(*) FILTER (WHERE isodow(created_at) <= 5) / 5"
            " FROM stripe_customers"
        ).fetchone()
        churn = con.execute(
            "SELECT count(*) FILTER (WHERE cancellation_details_reason = 'payment_failed'),"
            " count(*) FILTER (WHERE cancellation_details_reason = 'cancellation_requested') FROM stripe_subscriptions"
        ).fetchone()
        test_mode = con.execute("SELECT count(*) FROM stripe_charges WHERE NOT livemode").fetchone()
        rise = con.execute(
            "SELECT min(unit_amount_decimal) FILTER (WHERE NOT p.active), min(unit_amount_decimal) FILTER (WHERE p.active)"
            " FROM stripe_prices p JOIN stripe_products pr ON pr.id = p.product_id"
            " WHERE pr.name = 'Indie' AND recurring_interval = 'month'"
        ).fetchone()
    assert billing.build().batches == billing.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {f"stripe_{n}" for n in ("customers", "products", "prices", "subscriptions", "subscription_items",
                     "invoices", "invoice_line_items", "charges", "refunds", "disputes", "balance_transactions",
                     "payouts")}  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"livemode", "failure_code", "outcome_type", "cancel_at_period_end", "cancellation_details_reason",
            "status_transitions_paid_at", "recurring_interval", "network_reason_code", "amount_refunded"} <= columns  # fmt: skip
    assert prefixes == [(True,)] * 4
    assert types["stripe_charges.amount"] == "BIGINT" and types["stripe_invoices.period_start"] == "BIGINT"
    assert types["stripe_charges.created_at"] == "TIMESTAMP"
    assert paid == (0,) and attempts == (0,) and refunded == (0,)
    assert growth is not None and growth[1] > 1.4 * growth[0]
    assert weekend is not None and weekend[1] > 1.8 * weekend[0]
    assert churn is not None and churn[0] > 100 and churn[1] > 500
    assert test_mode is not None and test_mode[0] > 20
    assert rise == (2900, 3900)


def test_devops_keeps_airbyte_github_streams_json_objects_and_its_engineering_patterns() -> None:
    path = build("devops")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        types = dict(
            con.execute(
                "SELECT table_name || '.' || column_name, data_type FROM information_schema.columns"
                " WHERE column_name IN ('user', 'created_at', 'merged_by', 'repository', '_airbyte_extracted_at')"
            ).fetchall()
        )
        prs_in_issues = con.execute(
            "SELECT count(*) FROM pull_requests p JOIN issues i ON i.repository = p.repository AND i.number = p.number"
            " WHERE i.pull_request IS NOT NULL"
        ).fetchone()
        orphans = con.execute(
            "SELECT (SELECT count(*) FROM reviews r LEFT JOIN pull_requests p ON p.url = r.pull_request_url"
            "  WHERE p.id IS NULL),"
            " (SELECT count(*) FROM workflow_runs r LEFT JOIN workflows w ON w.id = r.workflow_id WHERE w.id IS NULL),"
            " (SELECT count(*) FROM pull_requests p LEFT JOIN pull_request_stats s ON s.id = p.id WHERE s.id IS NULL)"
        ).fetchone()
        merged = con.execute(
            "SELECT count(*) FROM pull_requests p JOIN pull_request_stats s ON s.id = p.id"
            " WHERE s.merged <> (p.merged_at IS NOT NULL) OR (p.merged_at IS NOT NULL AND p.state <> 'closed')"
        ).fetchone()
        growth = con.execute(
            "SELECT count(*) FILTER (WHERE year(created_at) = 2023), count(*) FILTER (WHERE year(created_at) = 2024)"
            " FROM pull_requests WHERE (\"user\"->>'type') = 'User'"
        ).fetchone()
        weekend = con.execute(
            "SELECT count(*) FILTER (WHERE isodow(created_at) >= 6), count(*) FROM pull_requests"
        ).fetchone()
        bots = con.execute(
            "SELECT count(*) FILTER (WHERE \"user\"->>'login' = 'dependabot[bot]'),"
            " count(*) FILTER (WHERE (\"user\"->>'type') = 'Bot') FROM pull_requests"
        ).fetchone()
        flaky = con.execute(
            "SELECT avg((r.conclusion = 'failure')::INT) FILTER (WHERE w.name = 'E2E'),"
            " avg((r.conclusion = 'failure')::INT) FILTER (WHERE w.name = 'Lint')"
            " FROM workflow_runs r JOIN workflows w ON w.id = r.workflow_id"
        ).fetchone()
        review = con.execute(
            "SELECT median(date_diff('minute', p.created_at, f.first)) FILTER (WHERE year(p.created_at) = 2023),"
            " median(date_diff('minute', p.created_at, f.first)) FILTER (WHERE year(p.created_at) = 2024)"
            " FROM pull_requests p JOIN (SELECT pull_request_url, min(submitted_at) AS first FROM reviews GROUP BY 1) f"
            " ON f.pull_request_url = p.url"
        ).fetchone()
        states = con.execute("SELECT DISTINCT state FROM pull_requests ORDER BY 1").fetchall()
        drafts = con.execute("SELECT count(*) FROM pull_requests WHERE draft AND state = 'open'").fetchone()
    assert devops.build().batches == devops.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {"repositories", "users", "teams", "team_members", "pull_requests", "pull_request_stats", "reviews",
                     "commits", "issues", "issue_labels", "comments", "workflows", "workflow_runs", "releases"}  # fmt: skip
    columns = {c.name for t in catalog.tables for c in t.columns}
    assert {"_airbyte_raw_id", "_airbyte_extracted_at", "_airbyte_meta", "_airbyte_generation_id", "merged_at",
            "pull_request_url", "run_attempt", "conclusion", "team_slug", "state_reason", "tag_name"} <= columns  # fmt: skip
    assert types["pull_requests.user"] == "JSON" and types["pull_request_stats.merged_by"] == "JSON"
    assert types["workflow_runs.repository"] == "JSON" and types["pull_requests.repository"] == "VARCHAR"
    assert types["pull_requests.created_at"] == "TIMESTAMP WITH TIME ZONE"
    assert prs_in_issues is not None and prs_in_issues[0] > 8000  # the issues stream holds pull requests too
    assert orphans == (0, 0, 0) and merged == (0,)
    assert growth is not None and growth[1] > 1.4 * growth[0]
    assert weekend is not None and weekend[0] < 0.05 * weekend[1]
    assert bots is not None and bots[0] == bots[1] > 800
    assert flaky is not None and flaky[0] > 3 * flaky[1]
    assert review is not None and review[1] < review[0]
    assert states == [("closed",), ("open",)]
    assert drafts is not None and drafts[0] > 0


def test_ledger_keeps_quickbooks_names_fivetran_columns_and_its_bookkeeping_patterns() -> None:
    path = build("ledger")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        subtotal = con.execute(
            "SELECT count(*) FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id"
            " AND l.detail_type = 'SubTotalLineDetail' JOIN (SELECT invoice_id, sum(amount) AS s FROM invoice_line"
            " WHERE detail_type = 'SalesItemLineDetail' GROUP BY 1) x ON x.invoice_id = i.id WHERE abs(x.s - l.amount) > 0.01"
        ).fetchone()
        totals = con.execute(
            "SELECT count(*) FROM invoice i JOIN (SELECT invoice_id, sum(CASE detail_type WHEN 'SalesItemLineDetail'"
            " THEN amount WHEN 'DiscountLineDetail' THEN -amount ELSE 0 END) AS t FROM invoice_line GROUP BY 1) x"
            " ON x.invoice_id = i.id WHERE abs(x.t - i.total_amount) > 0.02"
        ).fetchone()
        balances = con.execute(
            "SELECT count(*) FROM invoice i LEFT JOIN (SELECT invoice_id, sum(amount) AS paid FROM payment_line"
            " WHERE invoice_id IS NOT NULL GROUP BY 1) p ON p.invoice_id = i.id"
            " WHERE abs(i.total_amount - coalesce(p.paid, 0) - i.balance) > 0.02"
        ).fetchone()
        states = con.execute(
            "SELECT count(*) FILTER (WHERE private_note = 'Voided' AND total_amount = 0),"
            " count(*) FILTER (WHERE _fivetran_deleted), count(*) FILTER (WHERE balance > 0 AND NOT _fivetran_deleted),"
            " count(*) FILTER (WHERE balance > 0 AND balance < total_amount) FROM invoice"
        ).fetchone()
        journal = con.execute(
            "SELECT count(*) FROM (SELECT journal_entry_id FROM journal_entry_line GROUP BY 1"
            " HAVING abs(sum(amount) FILTER (WHERE posting_type = 'Debit') - sum(amount) FILTER"
            " (WHERE posting_type = 'Credit')) > 0.01)"
        ).fetchone()
        growth = con.execute(
            "SELECT sum(total_amount) FILTER (WHERE year(transaction_date) = 2023),"
            " sum(total_amount) FILTER (WHERE year(transaction_date) = 2024) FROM invoice WHERE NOT _fivetran_deleted"
        ).fetchone()
        season = con.execute(
            "SELECT sum(total_amount) FILTER (WHERE month(transaction_date) = 5),"
            " sum(total_amount) FILTER (WHERE month(transaction_date) = 11) FROM invoice"
        ).fetchone()
        bills = con.execute(
            "SELECT count(*) FILTER (WHERE balance > 0), count(*) FILTER (WHERE balance < 0) FROM bill"
        ).fetchone()
        classes = con.execute("SELECT DISTINCT classification FROM account ORDER BY 1").fetchall()
    assert ledger.build().batches == ledger.build().batches
    names = {t.name for t in catalog.tables}
    assert names == {"account", "address", "term", "payment_method", "class", "department", "customer", "vendor",
                     "item", "invoice", "invoice_line", "credit_memo", "credit_memo_line", "payment", "payment_line",
                     "bill", "bill_line", "bill_payment", "bill_payment_line", "journal_entry",
                     "journal_entry_line"}  # fmt: skip
    columns = {(t.name, c.name) for t in catalog.tables for c in t.columns}
    assert {("invoice", "total_amount"), ("invoice", "_fivetran_deleted"), ("invoice_line", "sales_item_item_id"),
            ("bill_line", "account_expense_account_id"), ("journal_entry_line", "posting_type"),
            ("account", "account_sub_type"), ("payment", "unapplied_amount")} <= columns  # fmt: skip
    assert subtotal == (0,) and totals == (0,) and balances == (0,) and journal == (0,)
    assert states is not None and all(n > 0 for n in states)
    assert growth is not None and growth[1] > 1.2 * growth[0]
    assert season is not None and season[0] > 2 * season[1]
    assert bills is not None and bills[0] > 0 and bills[1] == 0
    assert [c[0] for c in classes] == ["Asset", "Equity", "Expense", "Liability", "Revenue"]


def test_stackdump_keeps_stack_exchange_names_and_its_site_patterns() -> None:
    path = build("stackdump")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        yearly = dict(
            con.execute("SELECT year(CreationDate), count(*) FROM Posts WHERE PostTypeId = 1 GROUP BY 1").fetchall()
        )
        consistent = con.execute(
            "SELECT count(*) FILTER (WHERE q.AnswerCount <> coalesce(a.n, 0)), count(*) FILTER (WHERE q.Score <>"
            " coalesce(v.up, 0) - coalesce(v.down, 0)) FROM Posts q LEFT JOIN (SELECT ParentId, count(*) AS n FROM"
            " Posts WHERE PostTypeId = 2 GROUP BY 1) a ON a.ParentId = q.Id LEFT JOIN (SELECT PostId,"
            " count(*) FILTER (WHERE VoteTypeId = 2) AS up, count(*) FILTER (WHERE VoteTypeId = 3) AS down FROM Votes"
            " GROUP BY 1) v ON v.PostId = q.Id WHERE q.PostTypeId = 1"
        ).fetchone()
        accepted = con.execute(
            "SELECT count(*) FROM Posts q JOIN Posts a ON a.Id = q.AcceptedAnswerId WHERE a.ParentId <> q.Id"
        ).fetchone()
        weekend = con.execute(
            "SELECT count(*) FILTER (WHERE isodow(CreationDate) = 6), count(*) FILTER (WHERE isodow(CreationDate) = 2)"
            " FROM Posts WHERE PostTypeId = 1"
        ).fetchone()
        oddities = con.execute(
            "SELECT count(*) FILTER (WHERE OwnerUserId IS NULL AND OwnerDisplayName IS NOT NULL),"
            " count(*) FILTER (WHERE CommunityOwnedDate IS NOT NULL), count(*) FILTER (WHERE ClosedDate IS NOT NULL),"
            " count(*) FILTER (WHERE PostTypeId IN (4, 5) AND OwnerUserId = -1) FROM Posts"
        ).fetchone()
        tags = con.execute(
            "SELECT count(*) FROM Tags t WHERE t.Count <> (SELECT count(*) FROM Posts p WHERE p.PostTypeId = 1"
            " AND p.Tags LIKE '%<' || t.TagName || '>%')"
        ).fetchone()
        reputation = con.execute("SELECT max(Reputation), median(Reputation), min(Reputation) FROM Users").fetchone()
        community = con.execute("SELECT DisplayName FROM Users WHERE Id = -1").fetchone()
    assert stackdump.build().batches == stackdump.build().batches
    assert {t.name for t in catalog.tables} == {"Posts", "Users", "Comments", "Votes", "Badges", "PostHistory",
                                                "PostLinks", "Tags", "PostTypes", "VoteTypes", "PostHistoryTypes",
                                                "LinkTypes"}  # fmt: skip
    assert yearly[2019] > 2 * yearly[2015] and yearly[2020] > 3 * yearly[2024]
    assert consistent == (0, 0) and accepted == (0,) and tags == (0,)
    assert weekend is not None and weekend[0] < 0.75 * weekend[1]
    assert oddities is not None and all(n > 0 for n in oddities)
    assert reputation is not None and reputation[0] > 100 * reputation[1] and reputation[2] == 1
    assert community == ("Community",)


def test_formula1_keeps_ergast_names_text_times_position_codes_and_its_eras() -> None:
    path = build("formula1")
    with duckdb.connect(str(path), read_only=True) as con:
        catalog = build_catalog(con)
        codes = con.execute("SELECT DISTINCT positionText FROM results WHERE position IS NULL ORDER BY 1").fetchall()
        unclassified = con.execute(
            "SELECT count(*) FROM results WHERE (position IS NULL) <> (positionText IN ('R', 'D', 'W', 'N'))"
        ).fetchone()
        winners = con.execute("SELECT count(*) FROM results WHERE position = 1 AND time NOT LIKE '%:%:%.%'").fetchone()
        eras = con.execute(
            "SELECT r.year, c.constructorRef FROM constructorStandings s JOIN races r USING (raceId) JOIN constructors c"
            " USING (constructorId) WHERE s.position = 1 AND r.round = (SELECT max(round) FROM races x"
            " WHERE x.year = r.year) AND r.year IN (2011, 2015, 2023) ORDER BY 1"
        ).fetchall()
        points = con.execute(
            "SELECT max(points) FILTER (WHERE r.name = 'Abu Dhabi Grand Prix' AND r.year = 2014),"
            " max(points) FILTER (WHERE r.name = 'Belgian Grand Prix' AND r.year = 2021) FROM results JOIN races r"
            " USING (raceId)"
        ).fetchone()
        spans = con.execute(
            "SELECT min(r.year) FILTER (WHERE t = 'lap'), min(r.year) FILTER (WHERE t = 'pit') FROM (SELECT raceId,"
            " 'lap' AS t FROM lapTimes UNION ALL SELECT raceId, 'pit' FROM pitStops) JOIN races r USING (raceId)"
        ).fetchone()
        sauber = con.execute(
            "SELECT list(DISTINCT r.year ORDER BY r.year) FROM results JOIN races r USING (raceId) WHERE constructorId = 15"
        ).fetchone()
    assert formula1.build().batches == formula1.build().batches
    assert {t.name for t in catalog.tables} == {
        "circuits", "constructors", "drivers", "seasons", "status", "races", "results", "sprintResults",
        "qualifying", "lapTimes", "pitStops", "driverStandings", "constructorStandings", "constructorResults",
    }  # fmt: skip
    assert {c for (c,) in codes} == {"R", "D", "W", "N"}
    assert unclassified == (0,) and winners == (0,)
    assert eras == [(2011, "red_bull"), (2015, "mercedes"), (2023, "red_bull")]
    assert points == (50.0, 12.5)
    assert spans == (2018, 2011)
    assert sauber is not None and 2024 in sauber[0] and 2019 not in sauber[0]
