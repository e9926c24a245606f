"""Conditions on the time between two dates of a row (`duration_catalogs.py`: a snake_case video rental shop with
declared keys and a PascalCase support desk without): "rentals kept longer than 7 days" (the row's whole length),
"tickets resolved within 24 hours" (the date a verb names, from the row's start), "orders that took more than 3 days to
ship" (the date after "to"), "delivered within 2 days of shipping" (from the date after "of"), in the unit written,
"a week" being one."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.duration_catalogs import support_desk, video_shop

shop = catalog_fixture(video_shop)
desk = catalog_fixture(support_desk)

_KEPT = "epoch(returned_at - rented_at)"
_OPEN = 'epoch("ResolvedAt" - "OpenedAt")'


def test_the_rows_whole_length_compared(shop: Db) -> None:
    covers(shop, "rentals kept longer than 7 days", f"SELECT rental_id FROM rentals WHERE {_KEPT} > 7 * 86400")
    same(shop, "number of rentals kept more than a week", f"SELECT COUNT(*) FROM rentals WHERE {_KEPT} > 7 * 86400")
    same(shop, "how many rentals lasted less than 1 day", f"SELECT COUNT(*) FROM rentals WHERE {_KEPT} < 86400")


def test_the_date_a_verb_names_from_the_rows_start(shop: Db, desk: Db) -> None:
    same(
        desk, "how many tickets were resolved within 24 hours", f'SELECT COUNT(*) FROM "Tickets" WHERE {_OPEN} <= 86400'
    )
    same(
        desk,
        "how many tickets per agent were resolved in under 4 hours",
        f'SELECT a."AgentName", COUNT(*) FROM "Tickets" t JOIN "Agents" a ON a."AgentId" = t."AgentId" '
        f"WHERE {_OPEN} < 4 * 3600 GROUP BY 1",
    )
    same(
        shop,
        "how many postal orders took more than 3 days to ship",
        "SELECT COUNT(*) FROM postal_orders WHERE date_diff('day', ordered_on, shipped_on) > 3",
    )


def test_a_span_from_a_named_date(shop: Db) -> None:
    same(
        shop,
        "how many orders were delivered within 2 days of shipping",
        "SELECT COUNT(*) FROM postal_orders WHERE date_diff('day', shipped_on, delivered_on) <= 2",
    )
    same(
        shop,
        "how many rentals were returned more than 10 days after they were rented",
        f"SELECT COUNT(*) FROM rentals WHERE {_KEPT} > 10 * 86400",
    )


def test_a_share_of_rows_within_a_span(desk: Db) -> None:
    same(
        desk,
        "percentage of tickets resolved within 24 hours",
        f'SELECT 100.0 * COUNT(*) FILTER (WHERE {_OPEN} <= 86400) / COUNT(*) FROM "Tickets"',
    )


def test_words_between_the_verb_and_the_number(shop: Db) -> None:
    same(
        shop, "how many rentals were kept for more than 10 days", f"SELECT COUNT(*) FROM rentals WHERE {_KEPT} > 864000"
    )
    same(
        shop,
        "how many rentals were returned after more than 2 weeks",
        f"SELECT COUNT(*) FROM rentals WHERE {_KEPT} > 14 * 86400",
    )
