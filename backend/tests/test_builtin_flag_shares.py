"""Yes/no columns named by a participle and shares of them: a verb's base says the flag its irregular participle names
("win rate", "did we win" of is_won; "did we lose" of IsLost); a state word that is a flag's whole name beats the same
word as one value of a category column ("closed bids" are is_closed, not status 'Closed'); and in "percentage of
closed bids that we won" the qualified rows are the whole and the other condition the part. On catalogs written for
the test (`flag_share_catalogs.py`): a snake_case bid book and a PascalCase listing board."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.flag_share_catalogs import bid_book, listing_board

bids = catalog_fixture(bid_book)
listings = catalog_fixture(listing_board)


def _pct(flag: str) -> str:
    return f"100.0 * avg(CASE WHEN {flag} THEN 1 ELSE 0 END)"


def test_base_of_an_irregular_verb_names_its_participle_flag(bids: Db, listings: Db) -> None:
    same(bids, "win rate by region", f"SELECT region, {_pct('is_won')} FROM bids GROUP BY 1")
    same(
        listings,
        "What percentage of listings did we lose?",
        f'SELECT {_pct(chr(34) + "IsLost" + chr(34))} FROM "Listings"',
    )


def test_flag_named_whole_beats_a_category_value_of_the_same_word(bids: Db, listings: Db) -> None:
    same(bids, "closed bids by region", "SELECT region, count(*) FROM bids WHERE is_closed GROUP BY 1")
    same(listings, "expired listings by city",
         'SELECT "City", count(*) FROM "Listings" WHERE "IsExpired" GROUP BY 1')  # fmt: skip


def test_qualified_rows_after_percentage_of_are_the_whole(bids: Db, listings: Db) -> None:
    same(bids, "What percentage of closed bids did we win?", f"SELECT {_pct('is_won')} FROM bids WHERE is_closed")
    same(listings, "What percentage of reduced listings were sold?",
         f'SELECT {_pct(chr(34) + "IsSold" + chr(34))} FROM "Listings" WHERE "IsReduced"')  # fmt: skip
