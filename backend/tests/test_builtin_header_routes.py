"""Lines of an order reach a party through their header by the role the question names: "revenue by billing country"
follows the order's bill-to key to the customer and reads its country, "revenue by shipping city" the ship-to key,
"sales by seller" / "revenue by purchaser" the seller or the buyer among the same companies; "sales by sales rep"
groups by the employee the order names as its rep (not by a job title spelled the same), and "revenue by account
manager" goes a step further up, from the order's customer to the employee managing that account. A role not named
is the paying party's (billed, buyer). Each line's revenue stays quantity × unit price less its discount, dated by
its order. On catalogs written for the test (`header_route_catalogs.py`): a snake_case wholesaler and a PascalCase
trading floor."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.header_route_catalogs import trading_floor, wholesaler

shop = catalog_fixture(wholesaler)
floor = catalog_fixture(trading_floor)

_LINES = "FROM order_lines l JOIN orders o ON l.order_id = o.order_id"
_REVENUE = "sum(l.quantity * l.unit_price * (1 - l.discount))"
_DETAILS = 'FROM "SalesOrderDetail" d JOIN "SalesOrderHeader" h ON d."SalesOrderID" = h."SalesOrderID"'
_SALES = 'sum(d."OrderQty" * d."UnitPrice" * (1 - d."UnitPriceDiscount"))'


def test_a_column_of_the_party_in_the_named_role(shop: Db) -> None:
    d = same(shop, "revenue by billing country",
             f"SELECT c.country, {_REVENUE} {_LINES} JOIN customers c ON o.bill_to_customer_id = c.customer_id "
             "GROUP BY 1")  # fmt: skip
    assert any("bill_to_customer_id" in t and "ship_to_customer_id" in t for t in d.thoughts), d.thoughts
    same(shop, "revenue by shipping city",
         f"SELECT c.city, {_REVENUE} {_LINES} JOIN customers c ON o.ship_to_customer_id = c.customer_id GROUP BY 1")  # fmt: skip
    same(shop, "revenue by delivery country",
         f"SELECT c.country, {_REVENUE} {_LINES} JOIN customers c ON o.ship_to_customer_id = c.customer_id "
         "GROUP BY 1")  # fmt: skip
    same(shop, "revenue by bill-to country",
         f"SELECT c.country, {_REVENUE} {_LINES} JOIN customers c ON o.bill_to_customer_id = c.customer_id "
         "GROUP BY 1")  # fmt: skip


def test_the_party_itself_in_the_named_role(shop: Db, floor: Db) -> None:
    same(shop, "top 5 ship-to customers by revenue",
         f"SELECT c.customer_name, {_REVENUE} {_LINES} JOIN customers c ON o.ship_to_customer_id = c.customer_id "
         "GROUP BY 1 ORDER BY 2 DESC LIMIT 5")  # fmt: skip
    same(floor, "sales by seller",
         f'SELECT c."CompanyName", {_SALES} {_DETAILS} JOIN "Company" c ON h."SellerID" = c."CompanyID" GROUP BY 1')  # fmt: skip
    d = same(floor, "revenue by purchaser",
             f'SELECT c."CompanyName", {_SALES} {_DETAILS} JOIN "Company" c ON h."BuyerID" = c."CompanyID" '
             "GROUP BY 1")  # fmt: skip
    assert any("“purchaser”" in t and "BuyerID" in t for t in d.thoughts), d.thoughts


def test_buyer_and_seller_among_the_same_companies(floor: Db) -> None:
    same(floor, "revenue by buyer country",
         f'SELECT c."Country", {_SALES} {_DETAILS} JOIN "Company" c ON h."BuyerID" = c."CompanyID" GROUP BY 1')  # fmt: skip
    same(floor, "sales by vendor city",
         f'SELECT c."City", {_SALES} {_DETAILS} JOIN "Company" c ON h."SellerID" = c."CompanyID" GROUP BY 1')  # fmt: skip


def test_the_employee_in_the_order_role_not_a_job_title(shop: Db, floor: Db) -> None:
    # 'Sales Rep' is also a job title: "by sales rep" groups by the order's rep, it filters no one.
    same(shop, "sales by sales rep",
         f"SELECT e.full_name, {_REVENUE} {_LINES} JOIN employees e ON o.sales_rep_id = e.employee_id GROUP BY 1")  # fmt: skip
    for question in ("sales by salesperson", "revenue by sales person"):
        same(floor, question,
             f'SELECT e."EmployeeName", {_SALES} {_DETAILS} JOIN "Employee" e ON h."SalesPersonID" = e."EmployeeID" '
             "GROUP BY 1")  # fmt: skip


def test_a_role_further_up_through_the_paying_party(shop: Db, floor: Db) -> None:
    d = same(shop, "revenue by account manager",
             f"SELECT e.full_name, {_REVENUE} {_LINES} JOIN customers c ON o.bill_to_customer_id = c.customer_id "
             "JOIN employees e ON c.account_manager_id = e.employee_id GROUP BY 1")  # fmt: skip
    assert any("bill_to_customer_id" in t for t in d.thoughts), d.thoughts
    same(floor, "revenue by account manager",
         f'SELECT e."EmployeeName", {_SALES} {_DETAILS} JOIN "Company" c ON h."BuyerID" = c."CompanyID" '
         'JOIN "Employee" e ON c."AccountManagerID" = e."EmployeeID" GROUP BY 1')  # fmt: skip
    same(shop, "number of orders by account manager",
         "SELECT e.full_name, count(*) FROM orders o JOIN customers c ON o.bill_to_customer_id = c.customer_id "
         "JOIN employees e ON c.account_manager_id = e.employee_id GROUP BY 1")  # fmt: skip


def test_lines_dated_by_their_order_per_party(shop: Db, floor: Db) -> None:
    same(shop, "monthly revenue by shipping country",
         f"SELECT date_trunc('month', o.order_date), c.country, {_REVENUE} {_LINES} "
         "JOIN customers c ON o.ship_to_customer_id = c.customer_id GROUP BY 1, 2")  # fmt: skip
    same(floor, "revenue by month for buyers in Germany",
         f"""SELECT date_trunc('month', h."OrderDate"), {_SALES} {_DETAILS}
         JOIN "Company" c ON h."BuyerID" = c."CompanyID" WHERE c."Country" = 'Germany' GROUP BY 1""")  # fmt: skip
