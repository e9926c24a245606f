"""Rows with two keys to one table of people, the owner's and the creator's (owner_id and created_by,
OwnerId and CreatedById): "by" of the creator's key is its preposition, not its role, so "amount by user" and "deals
owned by each user" follow the owner's key, and "created by each user" or "by creator" the creator's; "created per quarter" or "created in 2024" alone names the
created date, not the creator's key. On catalogs
written for the test (`creator_owner_catalogs.py`): a snake_case sales pipeline and a PascalCase service desk."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.creator_owner_catalogs import desk, pipeline

sales = catalog_fixture(pipeline)
tickets = catalog_fixture(desk)

_BY_OWNER = "SELECT u.full_name, count(*) FROM deals d JOIN users u ON d.owner_id = u.user_id GROUP BY 1"
_BY_CREATOR = "SELECT u.full_name, count(*) FROM deals d JOIN users u ON d.created_by = u.user_id GROUP BY 1"


def test_owned_by_each_person_follows_the_owner_key(sales: Db, tickets: Db) -> None:
    same(sales, "number of deals owned by each user", _BY_OWNER)
    same(sales, "total amount of deals by user",
         "SELECT u.full_name, sum(d.amount) FROM deals d JOIN users u ON d.owner_id = u.user_id GROUP BY 1")  # fmt: skip
    same(tickets, "number of tickets owned by each staff member",
         'SELECT s."Name", count(*) FROM "Ticket" t JOIN "Staff" s ON t."OwnerId" = s."Id" GROUP BY 1')  # fmt: skip
    same(tickets, "average score by staff",
         'SELECT s."Name", avg(t."Score") FROM "Ticket" t JOIN "Staff" s ON t."OwnerId" = s."Id" GROUP BY 1')  # fmt: skip


def test_created_by_each_person_follows_the_creator_key(sales: Db, tickets: Db) -> None:
    same(sales, "number of deals created by each user", _BY_CREATOR)
    same(tickets, "number of tickets created by each staff member",
         'SELECT s."Name", count(*) FROM "Ticket" t JOIN "Staff" s ON t."CreatedById" = s."Id" GROUP BY 1')  # fmt: skip
    same(tickets, "average score by creator",
         'SELECT s."Name", avg(t."Score") FROM "Ticket" t JOIN "Staff" s ON t."CreatedById" = s."Id" GROUP BY 1')  # fmt: skip


def test_rows_created_per_period_follow_the_created_date(sales: Db, tickets: Db) -> None:
    same(sales, "number of deals created per quarter",
         "SELECT date_trunc('quarter', created_date), count(*) FROM deals GROUP BY 1")  # fmt: skip
    same(sales, "number of deals created in 2024", "SELECT count(*) FROM deals WHERE year(created_date) = 2024")
    same(tickets, "how many tickets were created each year",
         'SELECT date_trunc(\'year\', "CreatedDate"), count(*) FROM "Ticket" GROUP BY 1')  # fmt: skip
    same(tickets, "number of tickets created in 2024",
         'SELECT count(*) FROM "Ticket" WHERE year("CreatedDate") = 2024')  # fmt: skip
