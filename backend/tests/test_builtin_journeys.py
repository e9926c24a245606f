"""Journeys between two rows of one table that each row references twice (a trip's pickup and dropoff dock, a
sailing's origin and destination port), and how long each row lasts.

The two ends are read by the words before the values whatever their order ("trips to B from A"), "between A and B"
in either direction, one end alone ("trips to B", "sailings from A"), and "routes" as the pairs of ends ("top 3
routes"). A duration no unit is said for is counted in the unit its rows' lengths are of (minutes for trips that last
minutes, hours for sailings), and its rows are kept or ranked by it ("trips longer than half an hour", "longest
sailings"). On two catalogs written here: a snake_case bike share's docks and trips, and a PascalCase ferry's ports and
sailings."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, answer, catalog_fixture, same
from backend.tests.journey_catalogs import bike_share, ferry

trips = catalog_fixture(bike_share)
sailings = catalog_fixture(ferry)

_TRIP_ENDS = "FROM trips t JOIN docks o ON o.dock_id = t.pickup_dock_id JOIN docks d ON d.dock_id = t.dropoff_dock_id"
_SAILING_ENDS = """FROM "Sailings" s JOIN "Ports" o ON o."PortId" = s."OriginPortId"
JOIN "Ports" d ON d."PortId" = s."DestinationPortId\""""


def test_the_end_said_first_is_read_by_its_own_word(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "how many trips to Old Mill from Harbour Gate",
        f"SELECT COUNT(*) {_TRIP_ENDS} WHERE o.dock_name = 'Harbour Gate' AND d.dock_name = 'Old Mill'",
    )
    same(
        sailings,
        "average fare of sailings to Saltmarsh from Greyhaven",
        f"""SELECT AVG(s."Fare") {_SAILING_ENDS} WHERE o."PortName" = 'Greyhaven' AND d."PortName" = 'Saltmarsh'""",
    )
    d = answer(trips, "trips to Old Mill from Harbour Gate")
    listed = trips[0].execute(d.sql).fetchall()
    gold = f"SELECT COUNT(*) {_TRIP_ENDS} WHERE o.dock_name = 'Harbour Gate' AND d.dock_name = 'Old Mill'"
    assert [(len(listed),)] == trips[0].execute(gold).fetchall(), d.sql


def test_between_two_ends_counts_both_directions(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "how many trips between Harbour Gate and Old Mill",
        f"SELECT COUNT(*) {_TRIP_ENDS} WHERE (o.dock_name, d.dock_name) IN "
        "(('Harbour Gate', 'Old Mill'), ('Old Mill', 'Harbour Gate'))",
    )
    same(
        sailings,
        "number of sailings between Port Ardent and Kestrel Bay",
        f"""SELECT COUNT(*) {_SAILING_ENDS} WHERE (o."PortName", d."PortName") IN
        (('Port Ardent', 'Kestrel Bay'), ('Kestrel Bay', 'Port Ardent'))""",
    )


def test_one_end_alone_is_read_through_its_key(trips: Db, sailings: Db) -> None:
    same(trips, "how many trips to Old Mill", f"SELECT COUNT(*) {_TRIP_ENDS} WHERE d.dock_name = 'Old Mill'")
    same(trips, "how many trips from Old Mill", f"SELECT COUNT(*) {_TRIP_ENDS} WHERE o.dock_name = 'Old Mill'")
    same(
        sailings,
        "number of sailings to Greyhaven",
        f"""SELECT COUNT(*) {_SAILING_ENDS} WHERE d."PortName" = 'Greyhaven'""",
    )


def test_routes_are_the_pairs_of_ends(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "top 3 routes",
        f"SELECT o.dock_name, d.dock_name, COUNT(*) AS n {_TRIP_ENDS} GROUP BY 1, 2 ORDER BY n DESC LIMIT 3",
    )
    same(
        sailings,
        "most common routes",
        f"""SELECT o."PortName", d."PortName", COUNT(*) AS n {_SAILING_ENDS} GROUP BY 1, 2 ORDER BY n DESC LIMIT 10""",
    )


def test_routes_carry_the_figure_asked(trips: Db, sailings: Db) -> None:
    same(
        trips,
        "top 4 routes by average fare",
        f"SELECT o.dock_name, d.dock_name, AVG(t.fare) AS f {_TRIP_ENDS} GROUP BY 1, 2 ORDER BY f DESC LIMIT 4",
    )
    same(
        sailings,
        "number of sailings per route",
        f"""SELECT o."PortName", d."PortName", COUNT(*) {_SAILING_ENDS} GROUP BY 1, 2""",
    )
