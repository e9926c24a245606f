"""Each member's first and last dated rows (`duration_catalogs.py`: a snake_case video rental shop with declared keys
and a PascalCase support desk without): "each customer's first and last rental date" is MIN and MAX of the rentals'
date per customer, "when did each client last open a ticket" the latest ticket's date per client, "most recent payment
per customer" no ranking of one customer; "first"/"last" there name no first or last name, and a date whose own name
holds the word ("first reply") stays that date."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.duration_catalogs import support_desk, video_shop

shop = catalog_fixture(video_shop)
desk = catalog_fixture(support_desk)


def test_each_members_first_and_last_dates(shop: Db, desk: Db) -> None:
    d = covers(
        shop,
        "each customer's first and last rental date",
        "SELECT customer_id, MIN(rented_at), MAX(rented_at) FROM rentals GROUP BY customer_id",
    )
    assert [m.agg for m in d.plan.measures] == ["min", "max"]
    covers(
        desk,
        "first and last ticket date of each client",
        'SELECT c."CompanyName", MIN(t."OpenedAt"), MAX(t."OpenedAt") FROM "Tickets" t '
        'JOIN "Clients" c ON c."ClientId" = t."ClientId" GROUP BY 1',
    )


def test_when_each_member_last_did_something(shop: Db, desk: Db) -> None:
    covers(shop, "when did each customer last rent", "SELECT customer_id, MAX(rented_at) FROM rentals GROUP BY 1")
    covers(
        desk,
        "when did each agent first post a note",
        'SELECT a."AgentName", MIN(n."PostedAt") FROM "TicketNotes" n JOIN "Agents" a ON a."AgentId" = n."AgentId" '
        "GROUP BY 1",
    )


def test_a_most_recent_row_per_group_ranks_no_group(shop: Db, desk: Db) -> None:
    d = covers(shop, "most recent payment per customer", "SELECT customer_id, MAX(paid_at) FROM payments GROUP BY 1")
    assert d.plan.top_n is None
    covers(
        desk,
        "date of the latest ticket per agent",
        'SELECT a."AgentName", MAX(t."OpenedAt") FROM "Tickets" t JOIN "Agents" a ON a."AgentId" = t."AgentId" '
        "GROUP BY 1",
    )
