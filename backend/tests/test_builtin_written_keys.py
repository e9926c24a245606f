"""A group reached through a key whose every value is a word of capitals people write ('NORTH', 'OXF') shows that key
beside the group's name when the counted table holds the key (one met on the way through another table is left out:
earlier tests hold that a plain key on the way is no label). On the catalogs
of `written_key_catalogs.py`: a snake_case freight yard with declared keys and a PascalCase chess federation
without."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, covers
from backend.tests.written_key_catalogs import chess_federation, freight_yard

yard = catalog_fixture(freight_yard)
chess = catalog_fixture(chess_federation)


def test_the_written_key_is_shown_beside_the_name(yard: Db, chess: Db) -> None:
    covers(yard, "number of shipments per site",
           """SELECT s.site_key, s.site_name, COUNT(*) FROM shipments h JOIN sites s ON s.site_key = h.site_key
              GROUP BY 1, 2""")  # fmt: skip
    covers(chess, "how many players does each club have",
           """SELECT c."ClubKey", c."ClubName", COUNT(*) FROM "Players" p JOIN "Clubs" c ON c."ClubKey" = p."ClubKey"
              GROUP BY 1, 2""")  # fmt: skip
