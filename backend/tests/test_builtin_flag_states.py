"""The built-in analyst on a row's yes/no states and on names a platform marks, each on two catalogs written for the
test (a deal desk in snake_case, a service desk in PascalCase): a flag said as an adjective of the measured noun
("average won deal size") keeps its yes rows, "open" is the no of a closed flag, a column named "forecast …" is no
request for a forecast, a table named with a version number (plan2, Article2) is named by its noun, and a custom
field's `__c` mark is no word of its name."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.pipeline_catalogs import deal_desk, service_desk

deals = catalog_fixture(deal_desk)
tickets = catalog_fixture(service_desk)

_BY_COMPANY = "FROM deals d JOIN companies c ON c.id = d.company_id"


def test_a_flag_before_the_measured_noun_keeps_its_yes_rows(deals: Db, tickets: Db) -> None:
    same(deals, "average won deal size by industry",
         f"SELECT c.industry, avg(d.amount) {_BY_COMPANY} WHERE d.is_won GROUP BY 1")  # fmt: skip
    same(deals, "total won amount by region", f"SELECT c.region, sum(d.amount) {_BY_COMPANY} WHERE d.is_won GROUP BY 1")
    same(tickets, "average escalated ticket cost by priority",
         """SELECT "Priority", avg("CostUsd") FROM "Ticket" WHERE "IsEscalated" GROUP BY 1""")  # fmt: skip
    same(tickets, "total closed ticket cost by priority",
         """SELECT "Priority", sum("CostUsd") FROM "Ticket" WHERE "IsClosed" GROUP BY 1""")  # fmt: skip


def test_a_median_of_the_flagged_rows_per_row_money_stays_a_median(deals: Db, tickets: Db) -> None:
    same(deals, "median won deal size by industry",
         f"SELECT c.industry, median(d.amount) {_BY_COMPANY} WHERE d.is_won GROUP BY 1")  # fmt: skip
    same(tickets, "median escalated ticket size by priority",
         """SELECT "Priority", median("CostUsd") FROM "Ticket" WHERE "IsEscalated" GROUP BY 1""")  # fmt: skip


def test_open_rows_are_the_ones_a_closed_flag_says_no_of(deals: Db, tickets: Db) -> None:
    same(deals, "how many open deals are there", "SELECT count(*) FROM deals WHERE NOT is_closed")
    same(deals, "number of open deals by region",
         f"SELECT c.region, count(*) {_BY_COMPANY} WHERE NOT d.is_closed GROUP BY 1")  # fmt: skip
    # An OpenedOn date beside the flag: "open" is still the state, never the date.
    same(tickets, "open tickets by priority",
         """SELECT "Priority", count(*) FROM "Ticket" WHERE NOT "IsClosed" GROUP BY 1""")  # fmt: skip
    same(tickets, "average cost of open tickets", """SELECT avg("CostUsd") FROM "Ticket" WHERE NOT "IsClosed" """)


def test_a_column_named_forecast_is_grouped_by_not_refused(deals: Db, tickets: Db) -> None:
    same(deals, "total amount by forecast category", "SELECT forecast_category, sum(amount) FROM deals GROUP BY 1")
    same(tickets, "tickets by forecast bucket", """SELECT "ForecastBucket", count(*) FROM "Ticket" GROUP BY 1""")


def test_a_table_named_with_a_version_number_is_named_by_its_noun(deals: Db, tickets: Db) -> None:
    same(deals, "number of plans", "SELECT count(*) FROM plan2")
    # A plan_term column of the lines beside: "plans" still names the plan2 table.
    same(deals, "total seats per plan",
         "SELECT p.name, sum(l.seats) FROM deal_lines l JOIN plan2 p ON p.id = l.plan2_id GROUP BY 1")  # fmt: skip
    same(tickets, "number of articles by topic", """SELECT "Topic", count(*) FROM "Article2" GROUP BY 1""")
    same(tickets, "average helpful per article",
         """SELECT a."Title", avg(t."Helpful") FROM "TicketArticle" t JOIN "Article2" a USING ("Article2Id")
         GROUP BY 1""")  # fmt: skip


def test_a_custom_field_mark_is_no_word_of_its_name(deals: Db, tickets: Db) -> None:
    same(deals, "average list price by tier", "SELECT tier, avg(list_price__c) FROM plan2 GROUP BY 1")
    # Beside the lines' own list_price, the plans' list_price__c is the one their noun names.
    same(deals, "which plans have a list price above the average",
         "SELECT name, list_price__c FROM plan2 WHERE list_price__c > (SELECT avg(list_price__c) FROM plan2)")  # fmt: skip
    # Beside a ReadMinutes column of the citations, the articles' own ReadMinutes__c is the one their noun names.
    same(tickets, "articles with read minutes above the average",
         """SELECT "Title", "ReadMinutes__c" FROM "Article2"
         WHERE "ReadMinutes__c" > (SELECT avg("ReadMinutes__c") FROM "Article2")""")  # fmt: skip
