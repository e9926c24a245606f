"""Three catalogs with keys to people, written for the analyst's self-reference and role-key tests (neither the demo
nor an eval catalog): a snake_case boatyard with declared keys (staff.manager_id to staff, charters' skipper and sales
rep), a camelCase lender without any (Employees.supervisorId, Loans.loanOfficerId and approvedBy) and a snake_case
service desk without any (agents.manager_id, tickets.handled_by and reviewer_id)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def boatyard() -> duckdb.DuckDBPyConnection:
    """Staff who report to a manager among them; charters with a skipper and a sales rep from the staff."""
    con = duckdb.connect()
    rnd = random.Random(31)
    con.execute(
        "CREATE TABLE staff(staff_id INTEGER PRIMARY KEY, full_name VARCHAR, manager_id INTEGER REFERENCES "
        "staff(staff_id), yard VARCHAR, salary DOUBLE)"
    )
    staff: list[tuple[Any, ...]] = [(1, "Ada Quill", None, "North", 91000.0), (2, "Bo Reyes", 1, "North", 70000.0),
                                    (3, "Cy Dunn", 1, "South", 72000.0)]  # fmt: skip
    staff += [
        (i, f"Crew {i:02d}", rnd.choice([1, 2, 3, 3]), rnd.choice(["North", "South"]), round(rnd.uniform(3e4, 6e4)))
        for i in range(4, 31)
    ]
    con.executemany("INSERT INTO staff VALUES (?, ?, ?, ?, ?)", staff)
    con.execute(
        "CREATE TABLE charters(charter_id INTEGER PRIMARY KEY, skipper_id INTEGER REFERENCES staff(staff_id), "
        "sales_rep_id INTEGER REFERENCES staff(staff_id), start_date DATE, fare DOUBLE)"
    )
    charters = [
        (k, rnd.randint(4, 30), rnd.randint(4, 12), dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(600)),
         round(rnd.uniform(100, 3000), 2))
        for k in range(1, 301)
    ]  # fmt: skip
    con.executemany("INSERT INTO charters VALUES (?, ?, ?, ?, ?)", charters)
    return con


def lender() -> duckdb.DuckDBPyConnection:
    """Employees who report to a supervisor among them; loans with a loan officer and an approver, no keys declared."""
    con = duckdb.connect()
    rnd = random.Random(37)
    con.execute(
        'CREATE TABLE "Employees"("employeeId" INTEGER, "employeeName" VARCHAR, "supervisorId" INTEGER, '
        '"branchName" VARCHAR)'
    )
    employees: list[tuple[Any, ...]] = [(1, "Mina Holt", None, "Harbor"), (2, "Otto Lang", 1, "Harbor"),
                                        (3, "Pia Marsh", 1, "Ridge")]  # fmt: skip
    employees += [(i, f"Clerk {i}", rnd.choice([1, 2, 3]), rnd.choice(["Harbor", "Ridge"])) for i in range(4, 26)]
    con.executemany('INSERT INTO "Employees" VALUES (?, ?, ?, ?)', employees)
    con.execute(
        'CREATE TABLE "Loans"("loanId" INTEGER, "borrowerName" VARCHAR, "loanOfficerId" INTEGER, "approvedBy" INTEGER, '
        '"amountUsd" DOUBLE, "appliedOn" DATE)'
    )
    loans = [
        (k, f"Borrower {k}", rnd.randint(4, 25), rnd.randint(1, 3), round(rnd.uniform(1000, 50000), 2),
         dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)))
        for k in range(1, 401)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Loans" VALUES (?, ?, ?, ?, ?, ?)', loans)
    return con


def service_desk() -> duckdb.DuckDBPyConnection:
    """Agents who report to a manager among them; tickets handled by one agent and reviewed by another, no keys
    declared."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute("CREATE TABLE agents(agent_id INTEGER, agent_name VARCHAR, manager_id INTEGER, team VARCHAR)")
    agents: list[tuple[Any, ...]] = [
        (1, "Rue Park", None, "Core"),
        (2, "Sol Vega", 1, "Core"),
        (3, "Tam Ito", 1, "Edge"),
    ]
    agents += [(i, f"Agent {i}", rnd.choice([2, 3]), rnd.choice(["Core", "Edge"])) for i in range(4, 21)]
    con.executemany("INSERT INTO agents VALUES (?, ?, ?, ?)", agents)
    con.execute(
        "CREATE TABLE tickets(ticket_id INTEGER, handled_by INTEGER, reviewer_id INTEGER, priority VARCHAR, "
        "opened_on DATE, cost DOUBLE)"
    )
    tickets = [
        (k, rnd.randint(4, 20), rnd.randint(1, 3), rnd.choice(["High", "Low"]),
         dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(300)), round(rnd.uniform(5, 500), 2))
        for k in range(1, 501)
    ]  # fmt: skip
    con.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?, ?, ?)", tickets)
    return con
