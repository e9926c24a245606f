"""Members whose events stopped (`duration_catalogs.py`: a snake_case video rental shop with declared keys and a
PascalCase support desk without): a denied verb naming another table's event ("customers who haven't rented since June
2024", "clients who haven't opened a ticket in the last 90 days") is an anti-join on the rows dated in that range; a
member's last event before a day ("customers whose last rental was before July 2024") keeps the members with events,
none of them from that day on; a month after before/after/until is a bound, not the period."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.duration_catalogs import support_desk, video_shop

shop = catalog_fixture(video_shop)
desk = catalog_fixture(support_desk)


def test_a_denied_verb_names_the_event_a_member_has_not_had(shop: Db, desk: Db) -> None:
    same(
        shop,
        "customers who haven't rented since June 2024",
        "SELECT customer_id, first_name || ' ' || last_name FROM customers c WHERE NOT EXISTS "
        "(SELECT 1 FROM rentals r WHERE r.customer_id = c.customer_id AND r.rented_at >= '2024-06-01')",
    )
    same(
        shop,
        "how many customers have not made a payment since September 2024",
        "SELECT COUNT(*) FROM customers c WHERE NOT EXISTS "
        "(SELECT 1 FROM payments p WHERE p.customer_id = c.customer_id AND p.paid_at >= '2024-09-01')",
    )
    same(
        desk,
        "how many clients haven't opened a ticket in the last 90 days",
        'SELECT COUNT(*) FROM "Clients" c WHERE NOT EXISTS (SELECT 1 FROM "Tickets" t WHERE t."ClientId" = c."ClientId" '
        'AND t."OpenedAt" >= (SELECT CAST(MAX("OpenedAt") AS DATE) + 1 - 90 FROM "Tickets"))',
    )


def test_no_rows_of_a_table_two_tables_are_named_after(desk: Db) -> None:
    # "tickets" names the tickets and their notes; only the tickets point at the clients.
    same(
        desk,
        "how many clients had no tickets since June 2024",
        'SELECT COUNT(*) FROM "Clients" c WHERE NOT EXISTS '
        '(SELECT 1 FROM "Tickets" t WHERE t."ClientId" = c."ClientId" AND t."OpenedAt" >= \'2024-06-01\')',
    )


def test_a_members_last_event_before_a_day(shop: Db, desk: Db) -> None:
    same(
        shop,
        "how many customers had their last rental before July 2024",
        "SELECT COUNT(*) FROM (SELECT customer_id FROM rentals GROUP BY 1 HAVING MAX(rented_at) < '2024-07-01')",
    )
    same(
        desk,
        "number of clients whose most recent ticket was before August 2024",
        'SELECT COUNT(*) FROM (SELECT "ClientId" FROM "Tickets" GROUP BY 1 HAVING MAX("OpenedAt") < \'2024-08-01\')',
    )


def test_a_month_after_before_is_a_bound(shop: Db) -> None:
    same(shop, "how many rentals before March 2024", "SELECT COUNT(*) FROM rentals WHERE rented_at < '2024-03-01'")
    same(shop, "number of payments after October 2024", "SELECT COUNT(*) FROM payments WHERE paid_at >= '2024-11-01'")
