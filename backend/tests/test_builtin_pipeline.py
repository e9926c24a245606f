"""The pipeline of a sales table ("open pipeline by category", "pipeline by expected close month") is the total of its
money column over the rows still open, never a count of rows whose category is 'Pipeline'; "by the deal owner's
region" groups by the owner's region alone (the rows' noun says whose owner); "by close month" is the close date's
month, not a term in months. On catalogs written for the test (`open_pipeline_catalogs.py`): a snake_case deal book with an
is_closed flag and a PascalCase quote desk with an IsOpen flag."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.open_pipeline_catalogs import deal_book, quote_desk

deals = catalog_fixture(deal_book)
quotes = catalog_fixture(quote_desk)

_DEALS_OPEN = "FROM deals d JOIN reps r ON d.owner_id = r.rep_id WHERE NOT d.is_closed"
_QUOTES_OPEN = 'FROM "Quote" q JOIN "SalesAgent" a ON q."OwnerId" = a."AgentId" WHERE q."IsOpen"'


def test_open_pipeline_is_the_open_rows_money(deals: Db, quotes: Db) -> None:
    same(deals, "open pipeline by category", f"SELECT d.category, sum(d.deal_value) {_DEALS_OPEN} GROUP BY 1")
    same(quotes, "open pipeline by phase", f'SELECT q."Phase", sum(q."QuoteValue") {_QUOTES_OPEN} GROUP BY 1')


def test_pipeline_by_the_rows_owners_attribute(deals: Db, quotes: Db) -> None:
    same(deals, "pipeline by the deal owner's region", f"SELECT r.region, sum(d.deal_value) {_DEALS_OPEN} GROUP BY 1")
    same(quotes, "pipeline by the quote owner's territory",
         f'SELECT a."Territory", sum(q."QuoteValue") {_QUOTES_OPEN} GROUP BY 1')  # fmt: skip


def test_pipeline_by_expected_close_month(deals: Db, quotes: Db) -> None:
    same(deals, "pipeline by expected close month",
         f"SELECT date_trunc('month', d.close_date), sum(d.deal_value) {_DEALS_OPEN} GROUP BY 1")  # fmt: skip
    same(quotes, "pipeline by expected close month",
         f'SELECT date_trunc(\'month\', q."CloseDate"), sum(q."QuoteValue") {_QUOTES_OPEN} GROUP BY 1')  # fmt: skip


def test_close_month_is_the_dates_month_not_a_term_in_months(deals: Db, quotes: Db) -> None:
    same(deals, "total deal value by close month",
         "SELECT date_trunc('month', close_date), sum(deal_value) FROM deals GROUP BY 1")  # fmt: skip
    same(quotes, "total quote value by close month",
         'SELECT date_trunc(\'month\', "CloseDate"), sum("QuoteValue") FROM "Quote" GROUP BY 1')  # fmt: skip
