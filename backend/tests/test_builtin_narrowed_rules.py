"""Rules of session 18 kept to what they are for (found by a review on catalogs shaped unlike the tests'):
coordinates or money kept per side are no scores to compare or add; a rate per day is still money; a share of
customers with an order is one figure, not one per customer."""

from __future__ import annotations

import random

import duckdb

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same


def bike_rides() -> duckdb.DuckDBPyConnection:
    """Bike-share rides in snake_case: start and end station names and coordinates per ride."""
    rng = random.Random(81)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE rides (ride_id VARCHAR, start_station_name VARCHAR, end_station_name VARCHAR, "
        "start_lat DOUBLE, start_lng DOUBLE, end_lat DOUBLE, end_lng DOUBLE, member_casual VARCHAR)"
    )
    stations = ["Canal St", "Lake Shore", "Wabash Ave", "Clark St"]
    rows = [
        (
            f"R{i}",
            rng.choice(stations),
            rng.choice(stations),
            41.8 + rng.random() / 10,
            -87.6 - rng.random() / 10,
            41.8 + rng.random() / 10,
            -87.6 - rng.random() / 10,
            rng.choice(["member", "casual"]),
        )
        for i in range(300)
    ]
    con.executemany("INSERT INTO rides VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con


def plant_hire() -> duckdb.DuckDBPyConnection:
    """Plant hire in snake_case: a cost per day money column."""
    rng = random.Random(82)
    con = duckdb.connect()
    con.execute(
        "CREATE TABLE rentals (rental_id INTEGER PRIMARY KEY, machine_type VARCHAR, cost_per_day DECIMAL(8, 2))"
    )
    rows = [(i, rng.choice(["Digger", "Crane", "Lift"]), round(rng.uniform(40, 200), 2)) for i in range(1, 121)]
    con.executemany("INSERT INTO rentals VALUES (?, ?, ?)", rows)
    return con


def shop_customers() -> duckdb.DuckDBPyConnection:
    """Customers with names and their orders; some customers never ordered."""
    rng = random.Random(83)
    con = duckdb.connect()
    con.execute("CREATE TABLE customers (customer_id INTEGER PRIMARY KEY, customer_name VARCHAR, segment VARCHAR)")
    con.execute(
        "CREATE TABLE orders (order_id INTEGER PRIMARY KEY, "
        "customer_id INTEGER REFERENCES customers (customer_id), amount DECIMAL(8, 2))"
    )
    con.executemany(
        "INSERT INTO customers VALUES (?, ?, ?)",
        [(i, f"Customer {i}", rng.choice(["Retail", "Trade"])) for i in range(1, 51)],
    )
    orders = [(k, rng.randint(1, 35), round(rng.uniform(5, 90), 2)) for k in range(1, 101)]
    con.executemany("INSERT INTO orders VALUES (?, ?, ?)", orders)
    return con


bikes = catalog_fixture(bike_rides)
hire = catalog_fixture(plant_hire)
shop = catalog_fixture(shop_customers)


def test_more_rides_is_no_comparison_of_coordinates(bikes: Db) -> None:
    same(
        bikes,
        "which start stations have more rides",
        "SELECT start_station_name, COUNT(*) FROM rides GROUP BY start_station_name",
    )


def test_a_cost_per_day_is_money(hire: Db) -> None:
    covers(  # the money reading; other columns may ride along
        hire,
        "rentals over $120",
        "SELECT machine_type, cost_per_day FROM rentals WHERE cost_per_day > 120",
    )


def test_share_of_customers_with_an_order_is_one_figure(shop: Db) -> None:
    same(
        shop,
        "percentage of customers with an order",
        "SELECT 100.0 * AVG(CASE WHEN customer_id IN (SELECT customer_id FROM orders) THEN 1 ELSE 0 END) "
        "FROM customers",
    )
