"""Histograms of a figure taken per group cut bins that fit the figures' spread: average ratios from 0.1 to 0.9 per
group fall into bins of 0.05 (1, 2 or 5 times a power of ten, about 20 bins), not all into one bin of width 1; counts
stay in whole units. On `review_catalogs.py`: a snake_case tea estate and a PascalCase network of surgeries."""

from __future__ import annotations

from backend.tests.builtin_checks import Db, catalog_fixture, same
from backend.tests.review_catalogs import surgeries, tea_estate

estate = catalog_fixture(tea_estate)
practice = catalog_fixture(surgeries)


def test_average_ratios_per_group_in_fine_bins(estate: Db, practice: Db) -> None:
    same(estate, "histogram of average fine ratio per garden",
         """SELECT ROUND(FLOOR(a / 0.05) * 0.05, 9) AS b, COUNT(*) FROM
            (SELECT AVG(fine_ratio) AS a FROM pickings GROUP BY garden_id) GROUP BY b""")  # fmt: skip
    same(practice, "histogram of the average wait fraction per surgery",
         """SELECT ROUND(FLOOR(a / 0.05) * 0.05, 9) AS b, COUNT(*) FROM
            (SELECT AVG("WaitFraction") AS a FROM "Visits" GROUP BY "SurgeryID") GROUP BY b""")  # fmt: skip


def test_counts_per_group_stay_in_whole_units(estate: Db, practice: Db) -> None:
    same(
        estate,
        "histogram of the number of pickings per garden",
        _whole_bins("SELECT COUNT(*) AS n FROM pickings GROUP BY garden_id"),
    )
    same(
        practice,
        "distribution of visits per surgery",
        _whole_bins('SELECT COUNT(*) AS n FROM "Visits" GROUP BY "SurgeryID"'),
    )


def _whole_bins(per_group: str) -> str:
    """The groups counted per bin of whole units, about 20 bins over the counts' spread."""
    return f"""WITH g AS ({per_group}), w AS (SELECT GREATEST(1, CEIL((MAX(n) - MIN(n)) / 20)) AS w FROM g)
               SELECT FLOOR(n / w) * w AS b, COUNT(*) FROM g, w GROUP BY b"""
