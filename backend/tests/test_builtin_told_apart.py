"""Rows a condition picks that no column names (a log's entries, a ledger's receipts) are listed with their own key,
the key of the row they belong to and the moment they happened, beside the columns the question named; a name that
many rows share ("Kiln Street" on hundreds of receipts) names none of them. On the catalogs of
`told_apart_catalogs.py`: a snake_case fault log with declared keys and PascalCase toll receipts without any."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.told_apart_catalogs import fault_log, toll_receipts

log = catalog_fixture(fault_log)
tolls = catalog_fixture(toll_receipts)


def test_a_picked_entry_shows_its_key_its_parent_and_its_moment(log: Db) -> None:
    covers(log, "Show all grave faults", "SELECT fault_id, beacon_id, raised_at FROM faults WHERE urgency = 'grave'")
    covers(
        log,
        "list the lens faults with high urgency",
        "SELECT fault_id, beacon_id, raised_at FROM faults WHERE fault_kind = 'Lens' AND urgency = 'high'",
    )


def test_a_receipt_shows_its_number_and_plaza(tolls: Db) -> None:
    covers(
        tolls,
        "toll receipts over $30 in March 2031",
        """SELECT "ReceiptNo", "PlazaCode", "AmountPaid" FROM "TollReceipts"
        WHERE "AmountPaid" > 30 AND "PaidOn" BETWEEN '2031-03-01' AND '2031-03-31'""",
    )


def test_a_name_many_rows_share_names_none_of_them(tolls: Db) -> None:
    covers(
        tolls,
        "show the cash receipts on Kiln Street",
        """SELECT "ReceiptNo", "PaidOn" FROM "TollReceipts" WHERE "PayMethod" = 'Cash' AND "StreetName" = 'Kiln Street'""",
    )
