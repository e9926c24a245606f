"""An age from a birth date: "average age of customers by country", "how old are clients on average", "median age",
"age distribution" take each person's age in whole years from the birth date to today (a year counted once its
birthday has come); "at signup", "when they joined" take it at the row's own event date; "oldest"/"youngest" people
are ordered by their birth dates. On two catalogs written for the test (`store_catalogs.py`): a snake_case corner shop
(birth_date, signup_date) and a PascalCase agency (DateOfBirth, JoinedOn)."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, rows, same
from backend.tests.store_catalogs import agency, corner_shop

shop = catalog_fixture(corner_shop)
firm = catalog_fixture(agency)


def test_average_age_by_a_group(shop: Db, firm: Db) -> None:
    same(shop, "average age of customers by country",
         "SELECT country, AVG(date_part('year', age(current_date, birth_date))) FROM customers GROUP BY 1")  # fmt: skip
    same(firm, "average age of clients by region",
         """SELECT "Region", AVG(date_part('year', age(current_date, "DateOfBirth"))) FROM "Clients" GROUP BY 1""")  # fmt: skip


def test_one_figure(shop: Db, firm: Db) -> None:
    same(shop, "how old are customers on average",
         "SELECT AVG(date_part('year', age(current_date, birth_date))) FROM customers")  # fmt: skip
    same(firm, "median age of clients",
         """SELECT MEDIAN(date_part('year', age(current_date, "DateOfBirth"))) FROM "Clients" """)  # fmt: skip


def test_age_at_the_rows_own_event(shop: Db, firm: Db) -> None:
    same(shop, "average age of customers at signup",
         "SELECT AVG(date_part('year', age(signup_date, birth_date))) FROM customers")  # fmt: skip
    same(firm, "how old were clients when they joined",
         """SELECT AVG(date_part('year', age("JoinedOn", "DateOfBirth"))) FROM "Clients" """)  # fmt: skip


def test_age_distribution_counts_every_person(shop: Db) -> None:
    d = answer(shop, "age distribution of customers")
    got = shop[0].execute(d.sql).fetchall()
    assert sum(n for _, n in got) == 40 and len(got) > 3, d.sql
    ages = rows(shop[0], "SELECT date_part('year', age(current_date, birth_date)) FROM customers")
    assert min(b for b, _ in got) <= min(a for (a,) in ages) <= max(a for (a,) in ages) <= max(b for b, _ in got) + 5


def test_oldest_and_youngest_people_by_birth_date(shop: Db, firm: Db) -> None:
    same(shop, "oldest customers", "SELECT customer_name, birth_date FROM customers ORDER BY birth_date LIMIT 10")
    same(firm, "youngest client",
         """SELECT "ClientName", "DateOfBirth" FROM "Clients" ORDER BY "DateOfBirth" DESC LIMIT 1""")  # fmt: skip
