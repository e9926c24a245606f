"""Librarians' questions on a library system's own database (`library_catalogs.py`): a lowercase catalog in the
style of a well-known open-source library system (loans still out and returned loans in two tables, codes as keys)
and a PascalCase one (one loans table, a NULL return date while out). Answers' rows are compared with gold SQL."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers, same
from backend.tests.library_catalogs import koha_like, pascal_library, pascal_library_archived

koha = catalog_fixture(koha_like)
pascal = catalog_fixture(pascal_library)
archived = catalog_fixture(pascal_library_archived)


def test_a_rows_length_runs_from_its_own_date_to_its_end_not_from_its_due_date(koha: Db, pascal: Db) -> None:
    """ "loan duration", "how long is the average loan": the row's own date (LoanDate of Loans) is where it starts,
    its return where it ends; the due date between them is a plan, no start."""
    for q in ("What is the average loan duration?", "How long is the average loan?"):
        same(pascal, q, 'SELECT AVG("ReturnDate" - "LoanDate") FROM "Loans"')
    same(
        pascal,
        "average loan length by genre",
        'SELECT b."Genre", AVG(l."ReturnDate" - l."LoanDate") FROM "Loans" l JOIN "Copies" c ON c."CopyId" = '
        'l."CopyId" JOIN "Books" b ON b."BookId" = c."BookId" GROUP BY 1',
    )
    for q in ("how long is the average old issue", "average old issue duration"):
        same(koha, q, "SELECT AVG(epoch(returndate - issuedate)) / 86400 FROM old_issues")
    same(pascal, "average days from loan to due date", 'SELECT AVG("DueDate" - "LoanDate") FROM "Loans"')


def test_overdue_rows_are_open_rows_past_their_due_date(pascal: Db) -> None:
    """ "overdue loans": due before today and not returned yet (a loan returned late is no longer overdue)."""
    late = 'FROM "Loans" WHERE "ReturnDate" IS NULL AND "DueDate" < CURRENT_DATE'
    d = same(pascal, "Which loans are overdue?", f"SELECT * {late}")
    assert any(t.startswith("Overdue:") for t in d.thoughts), d.thoughts
    same(pascal, "how many loans are overdue", f"SELECT COUNT(*) {late}")
    same(
        pascal,
        "overdue loans by branch",
        'SELECT b."Name", COUNT(*) FROM "Loans" l JOIN "Copies" c ON c."CopyId" = l."CopyId" JOIN "Branches" b '
        'ON b."BranchId" = c."BranchId" WHERE l."ReturnDate" IS NULL AND l."DueDate" < CURRENT_DATE GROUP BY 1',
    )


def test_overdue_things_are_read_on_the_open_rows_pointing_at_them(koha: Db) -> None:
    """ "overdue items" of a catalog whose items have no due date: the loans still out (one table) pointing at them,
    not the returned ones kept in a table alike; counted or listed, never grouped by the item's name."""
    late = "FROM issues WHERE date_due < CURRENT_DATE"
    same(koha, "How many overdue items are there?", f"SELECT COUNT(*) {late}")
    covers(koha, "Which items are overdue?", f"SELECT itemnumber, date_due {late}")
    covers(
        koha,
        "overdue items by branch",
        "SELECT b.branchname, COUNT(*) FROM issues s JOIN branches b ON b.branchcode = s.branchcode "
        "WHERE s.date_due < CURRENT_DATE GROUP BY 1",
    )


def test_never_lent_reaches_the_rows_through_their_copies(koha: Db, pascal: Db) -> None:
    """ "books never borrowed": loans point at copies, copies at books; a book none of whose copies was lent."""
    lent = 'SELECT c."BookId" FROM "Loans" l JOIN "Copies" c ON c."CopyId" = l."CopyId"'
    same(
        pascal,
        "Which books have never been borrowed?",
        f'SELECT "BookId", "Title" FROM "Books" WHERE "BookId" NOT IN ({lent})',
    )
    same(
        pascal,
        "how many books have never been borrowed",
        f'SELECT COUNT(*) FROM "Books" WHERE "BookId" NOT IN ({lent})',
    )
    same(
        pascal,
        "books never borrowed in 2024",
        f'SELECT "BookId", "Title" FROM "Books" WHERE "BookId" NOT IN ({lent} WHERE year(l."LoanDate") = 2024)',
    )

    # a table the rows point at directly wins over one two keys away ("patrons" also names patron types)
    same(
        pascal,
        "How many patrons have never borrowed a book?",
        'SELECT COUNT(*) FROM "Patrons" WHERE "PatronId" NOT IN (SELECT "PatronId" FROM "Loans")',
    )

    # loans still out and returned loans in two alike tables (issues, old_issues): never in either
    def issued(year: int) -> str:
        return (
            "SELECT i.biblionumber FROM items i WHERE i.itemnumber IN (SELECT itemnumber FROM issues WHERE "
            f"year(issuedate) = {year} UNION ALL SELECT itemnumber FROM old_issues WHERE year(issuedate) = {year})"
        )

    same(
        koha,
        "Which titles have never been issued in 2024?",
        f"SELECT biblionumber, title FROM biblio WHERE biblionumber NOT IN ({issued(2024)})",
    )
    same(
        koha,
        "how many titles were never issued in 2023",
        f"SELECT COUNT(*) FROM biblio WHERE biblionumber NOT IN ({issued(2023)})",
    )


def test_rows_kept_in_two_alike_tables_are_read_together(koha: Db, archived: Db) -> None:
    """Loans still out in one table and returned ones in another of the same columns (issues, old_issues), open holds
    and archived ones (Holds, HoldHistory): a question about the rows means both; a word only one table's name has
    ("old issues") picks that one."""
    every = "(SELECT * FROM issues UNION ALL SELECT * FROM old_issues)"
    d = same(koha, "issues per month", f"SELECT date_trunc('month', issuedate), COUNT(*) FROM {every} GROUP BY 1")
    assert "I read the rows of issues and old_issues together." in d.thoughts, d.thoughts
    covers(
        koha,
        "number of issues per branch in 2024",
        f"SELECT b.branchname, COUNT(*) FROM {every} l JOIN branches b ON b.branchcode = l.branchcode "
        "WHERE year(l.issuedate) = 2024 GROUP BY 1",
    )
    same(koha, "old issues per month", "SELECT date_trunc('month', issuedate), COUNT(*) FROM old_issues GROUP BY 1")
    holds = '(SELECT * FROM "Holds" UNION ALL SELECT * FROM "HoldHistory")'
    same(archived, "holds by status", f'SELECT "Status", COUNT(*) FROM {holds} GROUP BY 1')
    same(archived, "how many holds were placed in 2024", f'SELECT COUNT(*) FROM {holds} WHERE year("PlacedOn") = 2024')
    same(
        archived,
        "holds per branch",
        f'SELECT b."Name", COUNT(*) FROM {holds} h JOIN "Branches" b ON b."BranchId" = h."PickupBranchId" GROUP BY 1',
    )


def test_a_prefix_denies_a_yes_no_column(koha: Db, pascal: Db) -> None:
    """ "unpaid fines", "undamaged items": the rows whose yes/no column of the word without its prefix says no."""
    same(pascal, "total unpaid fines", 'SELECT SUM("Amount") FROM "Fines" WHERE NOT "Paid"')
    same(pascal, "how many fines are unpaid", 'SELECT COUNT(*) FROM "Fines" WHERE NOT "Paid"')
    same(koha, "How many undamaged items are there?", "SELECT COUNT(*) FROM items WHERE damaged = 0")
    same(
        koha,
        "undamaged items by branch",
        "SELECT homebranch, COUNT(*) FROM items WHERE damaged = 0 GROUP BY 1",
    )
