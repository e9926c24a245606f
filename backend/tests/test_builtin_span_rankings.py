"""Spans ranked and their extremes (`duration_catalogs.py`: a snake_case video rental shop with declared keys and a
PascalCase support desk without): "top 5 longest rentals", "5 fastest resolved tickets", "top 10 tickets by resolution
time", "top 3 orders that took longest to ship" rank the rows themselves (key, and name when there is one) by the
span; "longest rental duration" is its maximum and "longest resolution time by priority" the maximum per priority, no
top-1 ranking; "fastest" ranks the shortest spans first; "time to close" ends at the row's closing date."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.duration_catalogs import support_desk, video_shop

shop = catalog_fixture(video_shop)
desk = catalog_fixture(support_desk)

_KEPT = "epoch(returned_at - rented_at) / 86400.0"
_OPEN = 'epoch("ResolvedAt" - "OpenedAt")'


def test_the_rows_ranked_by_their_span(shop: Db, desk: Db) -> None:
    covers(
        shop,
        "top 5 longest rentals",
        f"SELECT rental_id, {_KEPT} FROM rentals WHERE returned_at IS NOT NULL ORDER BY 2 DESC LIMIT 5",
    )
    covers(
        shop,
        "top 3 orders that took longest to ship",
        "SELECT date_diff('day', ordered_on, shipped_on) FROM postal_orders ORDER BY 1 DESC LIMIT 3",
    )
    covers(
        desk,
        "5 fastest resolved tickets",
        f'SELECT "TicketId" FROM "Tickets" WHERE "ResolvedAt" IS NOT NULL ORDER BY {_OPEN} LIMIT 5',
    )
    covers(
        desk,
        "top 10 tickets by resolution time",
        f'SELECT "TicketId" FROM "Tickets" WHERE "ResolvedAt" IS NOT NULL ORDER BY {_OPEN} DESC LIMIT 10',
    )


def test_a_superlative_of_a_span_is_its_extreme(shop: Db, desk: Db) -> None:
    d = same(shop, "longest rental duration", f"SELECT MAX({_KEPT}) FROM rentals")
    assert d.plan.top_n is None
    same(
        desk,
        "shortest resolution time by priority",
        f'SELECT p."PriorityName", MIN({_OPEN} / 86400.0) FROM "Tickets" t '
        'JOIN "Priorities" p ON p."PriorityId" = t."PriorityId" GROUP BY 1',
    )


def test_the_fastest_average_is_the_shortest(desk: Db) -> None:
    same(
        desk,
        "which agent has the fastest average resolution time",
        f'SELECT a."AgentName", AVG({_OPEN} / 86400.0) FROM "Tickets" t JOIN "Agents" a ON a."AgentId" = t."AgentId" '
        "GROUP BY 1 ORDER BY 2 LIMIT 1",
    )
