"""Small lookup tables (an id and a name) referenced by id from the tables of things:

- a name of a lookup said as a noun ("books", "incidents") names the rows of that kind in the table referencing the
  lookup (counted, listed, grouped there, filtered on the name through the key), and a thought says so;
- a grouping by a lookup, or by a referenced table of people, shows their names, also where no key is declared
  (TicketTypeId → TicketTypes.Id, OwnerAgentId → Agents.Id);
- "most common channel", where every name is one row of its own table, counts the rows that reference it.

On two catalogs written here (lookup_catalogs.py): a snake_case library with declared keys, a PascalCase help desk
without."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.lookup_catalogs import help_desk, library

books = catalog_fixture(library)
desk = catalog_fixture(help_desk)


def test_a_kind_said_as_a_noun_names_the_rows_of_that_kind(books: Db, desk: Db) -> None:
    d = same(
        books,
        "number of books per year",
        "SELECT date_trunc('year', i.published_on), COUNT(*) FROM items i JOIN item_types t ON i.item_type_id = t.id "
        "WHERE t.name = 'Book' GROUP BY 1",
    )
    assert any("Books are items rows whose item type is 'Book'" in t for t in d.thoughts), d.thoughts
    same(
        books,
        "how many films are there",
        "SELECT COUNT(*) FROM items i JOIN item_types t ON i.item_type_id = t.id WHERE t.name = 'Film'",
    )
    same(
        books,
        "list the magazines",
        "SELECT i.title FROM items i JOIN item_types t ON i.item_type_id = t.id WHERE t.name = 'Magazine'",
    )
    d = same(
        desk,
        "number of incidents per month",
        """SELECT date_trunc('month', k."OpenedAt"), COUNT(*) FROM "Tickets" k
        JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id" WHERE t."Name" = 'Incident' GROUP BY 1""",
    )
    assert any("Incidents are Tickets rows whose ticket type is 'Incident'" in t for t in d.thoughts), d.thoughts
    same(
        desk,
        "how many complaints",
        """SELECT COUNT(*) FROM "Tickets" k JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id"
        WHERE t."Name" = 'Complaint'""",
    )


def test_a_kind_said_as_a_noun_is_grouped_in_the_rows_of_that_kind(books: Db, desk: Db) -> None:
    same(
        books,
        "books per genre",
        "SELECT g.name, COUNT(*) FROM items i JOIN item_types t ON i.item_type_id = t.id "
        "JOIN genres g ON i.genre_id = g.id WHERE t.name = 'Book' GROUP BY 1",
    )
    same(
        desk,
        "requests per channel",
        """SELECT c."Name", COUNT(*) FROM "Tickets" k JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id"
        JOIN "Channels" c ON k."ChannelId" = c."Id" WHERE t."Name" = 'Request' GROUP BY 1""",
    )


def test_a_grouping_by_a_lookup_or_a_person_shows_names_not_ids(books: Db, desk: Db) -> None:
    same(
        books,
        "count of loans by loan kind",
        "SELECT k.name, COUNT(*) FROM loans l JOIN loan_kinds k ON l.loan_kind_id = k.id GROUP BY 1",
    )
    same(
        desk,
        "count of notes by note kind",
        """SELECT k."Name", COUNT(*) FROM "Notes" n JOIN "NoteKinds" k ON n."NoteKindId" = k."Id" GROUP BY 1""",
    )
    same(
        desk,
        "notes per ticket type",
        """SELECT t."Name", COUNT(*) FROM "Notes" n JOIN "Tickets" k ON n."TicketId" = k."Id"
        JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id" GROUP BY 1""",
    )
    same(
        desk,
        "which agent has the most notes",
        """SELECT a."DisplayName", COUNT(*) FROM "Notes" n JOIN "Agents" a ON n."AgentId" = a."Id"
        GROUP BY 1 ORDER BY 2 DESC LIMIT 1""",
    )
    same(
        desk,
        "tickets per agent",
        """SELECT a."DisplayName", COUNT(*) FROM "Tickets" k JOIN "Agents" a ON k."OwnerAgentId" = a."Id"
        GROUP BY 1""",
    )


def test_the_most_common_kind_counts_the_rows_referencing_it(books: Db, desk: Db) -> None:
    same(
        books,
        "most common genre",
        "SELECT g.name, COUNT(*) FROM items i JOIN genres g ON i.genre_id = g.id GROUP BY 1 ORDER BY 2 DESC LIMIT 1",
    )
    same(
        desk,
        "most common channel",
        """SELECT c."Name", COUNT(*) FROM "Tickets" k JOIN "Channels" c ON k."ChannelId" = c."Id"
        GROUP BY 1 ORDER BY 2 DESC LIMIT 1""",
    )
    same(
        desk,
        "which channel is the least used",
        """SELECT c."Name", COUNT(*) FROM "Tickets" k JOIN "Channels" c ON k."ChannelId" = c."Id"
        GROUP BY 1 ORDER BY 2 LIMIT 1""",
    )


def test_rows_of_a_kind_are_ranked_and_averaged_not_grouped_by_it(books: Db, desk: Db) -> None:
    same(
        books,
        "the 4 highest rated films",
        "SELECT i.title, i.rating FROM items i JOIN item_types t ON i.item_type_id = t.id WHERE t.name = 'Film' "
        "ORDER BY 2 DESC LIMIT 4",
    )
    same(
        books,
        "average number of copies per book",
        "SELECT AVG(i.copies) FROM items i JOIN item_types t ON i.item_type_id = t.id WHERE t.name = 'Book'",
    )
    same(
        desk,
        "top 5 requests by hours open",
        """SELECT k."Subject", k."HoursOpen" FROM "Tickets" k JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id"
        WHERE t."Name" = 'Request' ORDER BY 2 DESC LIMIT 5""",
    )
    same(
        desk,
        "average number of replies per request",
        """SELECT AVG(k."ReplyCount") FROM "Tickets" k JOIN "TicketTypes" t ON k."TicketTypeId" = t."Id"
        WHERE t."Name" = 'Request'""",
    )
