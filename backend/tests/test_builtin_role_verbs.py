"""A key's role is named by a verb or an agent noun as well as by its word: "approved by" finds apprv_emp_id,
"loans per approver" finds approverId — on two catalogs written for the test."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.models.catalog import Catalog

Db = tuple[duckdb.DuckDBPyConnection, Catalog]


@pytest.fixture(scope="module")
def claims() -> Db:
    con = duckdb.connect()
    con.execute("CREATE TABLE emp(emp_id INTEGER PRIMARY KEY, emp_nm VARCHAR)")
    con.execute("INSERT INTO emp SELECT i, 'Person ' || i FROM range(1, 9) t(i)")
    con.execute(
        "CREATE TABLE claim(claim_id INTEGER PRIMARY KEY, rvw_emp_id INTEGER REFERENCES emp(emp_id), "
        "apprv_emp_id INTEGER REFERENCES emp(emp_id), claim_amt DECIMAL(10,2))"
    )
    con.execute("INSERT INTO claim SELECT i, 1 + i % 3, 4 + i % 5, i FROM range(200) t(i)")
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def lending() -> Db:
    con = duckdb.connect()
    con.execute('CREATE TABLE "Staff"("staffId" INTEGER PRIMARY KEY, "fullName" VARCHAR)')
    con.execute("""INSERT INTO "Staff" SELECT i, 'Officer ' || i FROM range(1, 9) t(i)""")
    con.execute(
        'CREATE TABLE "Loans"("loanId" INTEGER PRIMARY KEY, "originatorId" INTEGER REFERENCES "Staff"("staffId"), '
        '"approverId" INTEGER REFERENCES "Staff"("staffId"), "principal" DOUBLE)'
    )
    con.execute("""INSERT INTO "Loans" SELECT i, 1 + i % 2, 3 + i % 6, 1000 + i FROM range(300) t(i)""")
    return con, build_catalog(con)


@pytest.mark.parametrize(
    ("question", "key"),
    [("number of claims approved by each employee", "apprv_emp_id"),
     ("number of claims reviewed by each employee", "rvw_emp_id"),
     ("claims approved per employee", "apprv_emp_id")],
)  # fmt: skip
def test_verbs_name_abbreviated_roles(claims: Db, question: str, key: str) -> None:
    d = understand(question, claims[1])
    assert isinstance(d, QueryDecision), d
    assert [j.column for j in d.plan.joins] == [key], d.sql
    assert len(claims[0].execute(d.sql).fetchall()) == (3 if key == "rvw_emp_id" else 5)


@pytest.mark.parametrize(
    ("question", "key"),
    [("total principal approved by each staff member", "approverId"),
     ("total principal originated by each staff member", "originatorId")],
)  # fmt: skip
def test_verbs_name_agent_noun_roles(lending: Db, question: str, key: str) -> None:
    d = understand(question, lending[1])
    assert isinstance(d, QueryDecision), d
    assert [j.column for j in d.plan.joins] == [key], d.sql
