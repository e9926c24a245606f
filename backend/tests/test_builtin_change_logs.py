"""A log of changes, each row the state a thing left and the state it reached (old_value / new_value, FromValue /
ToValue): a value both sides hold is the state reached unless "from" is said; the things that changed are counted once
each; "by the new <field>" groups by the state reached among the changes of that field. On the catalogs of
`change_log_catalogs.py`: a snake_case parcel depot with declared keys and a PascalCase help desk without."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.change_log_catalogs import help_desk, parcel_depot

depot = catalog_fixture(parcel_depot)
desk = catalog_fixture(help_desk)


def test_a_value_of_a_change_is_the_state_reached(depot: Db, desk: Db) -> None:
    same(depot, "how many orders were rerouted",
         "SELECT COUNT(DISTINCT order_id) FROM order_history WHERE new_value = 'Rerouted'")  # fmt: skip
    same(desk, "how many tickets were reopened",
         """SELECT COUNT(DISTINCT "TicketID") FROM "TicketAudit" WHERE "ToValue" = 'Reopened'""")  # fmt: skip


def test_from_names_the_state_left(depot: Db, desk: Db) -> None:
    same(depot, "how many orders were moved from Rerouted",
         "SELECT COUNT(DISTINCT order_id) FROM order_history WHERE old_value = 'Rerouted'")  # fmt: skip
    same(desk, "how many tickets moved from Reopened",
         """SELECT COUNT(DISTINCT "TicketID") FROM "TicketAudit" WHERE "FromValue" = 'Reopened'""")  # fmt: skip


def test_things_that_changed_are_counted_once_each_per_group(depot: Db, desk: Db) -> None:
    same(depot, "which customers have the most rerouted orders",
         """SELECT o.customer, COUNT(DISTINCT h.order_id) FROM order_history h JOIN orders o ON o.order_id = h.order_id
            WHERE h.new_value = 'Rerouted' GROUP BY 1""")  # fmt: skip
    same(desk, "reopened tickets by product",
         """SELECT t."Product", COUNT(DISTINCT a."TicketID") FROM "TicketAudit" a
            JOIN "Tickets" t ON t."TicketID" = a."TicketID" WHERE a."ToValue" = 'Reopened' GROUP BY 1""")  # fmt: skip


def test_changes_of_a_field_by_the_new_value(depot: Db, desk: Db) -> None:
    same(depot, "count urgency changes by the new urgency",
         """SELECT new_value, COUNT(*) FROM order_history WHERE field_name = 'urgency' GROUP BY 1""")  # fmt: skip
    same(desk, "count queue changes by the old queue",
         """SELECT "FromValue", COUNT(*) FROM "TicketAudit" WHERE "Field" = 'Queue' GROUP BY 1""")  # fmt: skip


def test_a_value_moved_to_is_read_in_the_log_not_the_current_rows(depot: Db, desk: Db) -> None:
    same(depot, "how many orders were escalated to Urgent after being created with a lower urgency",
         "SELECT COUNT(DISTINCT order_id) FROM order_history WHERE new_value = 'Urgent'")  # fmt: skip
    same(desk, "how many tickets were moved to Hardware",
         """SELECT COUNT(DISTINCT "TicketID") FROM "TicketAudit" WHERE "ToValue" = 'Hardware'""")  # fmt: skip


def test_a_change_said_with_its_verb(depot: Db, desk: Db) -> None:
    same(depot, "number of times the urgency was changed, by the new urgency",
         """SELECT new_value, COUNT(*) FROM order_history WHERE field_name = 'urgency' GROUP BY 1""")  # fmt: skip
    same(desk, "number of times the queue was changed, by the old queue",
         """SELECT "FromValue", COUNT(*) FROM "TicketAudit" WHERE "Field" = 'Queue' GROUP BY 1""")  # fmt: skip
