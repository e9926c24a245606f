"""Names written short the way stats sheets and legacy schemas write them: a plural's abbreviation ("points" ~ pts,
"hours" ~ hrs), a name column called *_nm that labels its rows (not the code beside it), and a code key (club_cd) that
is the plain way to its table, where another key names a role the question does not say (a race's home club).
Two catalogs: a rowing league and an orchard co-op."""

from __future__ import annotations

import duckdb
import pytest

from backend.agents.builtin.models import Intent
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, covers, same


@pytest.fixture(scope="module")
def rowing() -> Db:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE clubs (club_cd VARCHAR PRIMARY KEY, club_nm VARCHAR, city VARCHAR)")
    clubs = [("TYN", "Tyne Amateur", "Newcastle"), ("ISI", "Isis", "Oxford"), ("CAM", "Cam Boat", "Cambridge")]
    con.executemany("INSERT INTO clubs VALUES (?, ?, ?)", clubs)
    con.execute(
        "CREATE TABLE crews (crew_id INTEGER PRIMARY KEY, club_cd VARCHAR REFERENCES clubs(club_cd), "
        "crew_nm VARCHAR, wt_kg DOUBLE)"
    )
    for i in range(9):
        con.execute("INSERT INTO crews VALUES (?, ?, ?, ?)", [i + 1, clubs[i % 3][0], f"Crew {i + 1}", 70 + i])
    con.execute(
        "CREATE TABLE races (race_id INTEGER PRIMARY KEY, race_dt DATE, home_club VARCHAR REFERENCES "
        "clubs(club_cd), venue VARCHAR, dist_m INTEGER, wind_kph DOUBLE)"
    )
    for r in range(12):
        con.execute(
            "INSERT INTO races VALUES (?, ?, ?, ?, ?, ?)",
            [
                r + 1,
                f"2024-0{1 + r % 9}-10",
                clubs[r % 2][0],
                ["Dorney", "Henley"][r % 2],
                1000 + 500 * (r % 3),
                4 + r * 2.5,
            ],
        )
    con.execute(
        "CREATE TABLE results (race_id INTEGER REFERENCES races(race_id), crew_id INTEGER REFERENCES "
        "crews(crew_id), pos INTEGER, pts INTEGER)"
    )
    for r in range(12):
        for k in range(3):
            crew = 1 + (r + k * 4) % 9
            con.execute("INSERT INTO results VALUES (?, ?, ?, ?)", [r + 1, crew, k + 1, 10 - 3 * k + r % 2])
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def orchard() -> Db:
    con = duckdb.connect(":memory:")
    con.execute("CREATE TABLE coops (coop_cd VARCHAR PRIMARY KEY, coop_nm VARCHAR, region VARCHAR)")
    coops = [("NV", "North Vale", "north"), ("SM", "South Meadow", "south"), ("EH", "East Hill", "east")]
    con.executemany("INSERT INTO coops VALUES (?, ?, ?)", coops)
    con.execute(
        "CREATE TABLE growers (grwr_id INTEGER PRIMARY KEY, grwr_nm VARCHAR, coop_cd VARCHAR REFERENCES coops(coop_cd))"
    )
    for g in range(10):
        con.execute("INSERT INTO growers VALUES (?, ?, ?)", [g + 1, f"Grower {g + 1}", coops[g % 3][0]])
    con.execute(
        "CREATE TABLE pickings (pick_id INTEGER PRIMARY KEY, grwr_id INTEGER REFERENCES growers(grwr_id), "
        "pick_dt DATE, hrs DOUBLE, bins INTEGER, dist_km DOUBLE)"
    )
    for p in range(40):
        con.execute(
            "INSERT INTO pickings VALUES (?, ?, ?, ?, ?, ?)",
            [p + 1, 1 + p % 10, f"2024-{1 + p % 12:02d}-05", 2.5 + p % 7, 3 + p % 5, 0.5 + p % 9],
        )
    return con, build_catalog(con)


def test_a_plural_finds_its_abbreviation(rowing: Db, orchard: Db) -> None:
    same(rowing, "top 3 crews by total points", "SELECT c.crew_nm, SUM(r.pts) AS p FROM results r JOIN crews c "
         "USING (crew_id) GROUP BY c.crew_nm ORDER BY p DESC LIMIT 3")  # fmt: skip
    same(orchard, "total hours picked", "SELECT SUM(hrs) FROM pickings")


def test_the_name_column_labels_and_the_plain_key_leads_to_it(rowing: Db, orchard: Db) -> None:
    # By the crew's own club (club_cd), named by club_nm, not by the race's home club nor by the code.
    same(rowing, "total points by club", "SELECT cl.club_nm, SUM(r.pts) FROM results r JOIN crews c USING (crew_id) "
         "JOIN clubs cl ON c.club_cd = cl.club_cd GROUP BY cl.club_nm")  # fmt: skip
    # By the grower's co-op, named by coop_nm, not by its code.
    same(orchard, "total hours by coop", "SELECT co.coop_nm, SUM(p.hrs) FROM pickings p JOIN growers g USING "
         "(grwr_id) JOIN coops co ON g.coop_cd = co.coop_cd GROUP BY co.coop_nm")  # fmt: skip


def test_function_words_are_no_abbreviations(rowing: Db, orchard: Db) -> None:
    # "distinct" and "distribution" start like dist_m / dist_km, yet they ask for a count and a histogram.
    same(rowing, "how many distinct venues are there", "SELECT COUNT(DISTINCT venue) FROM races")
    d = answer(orchard, "distribution of hours")
    assert d.plan.kind == Intent.HISTOGRAM and d.plan.columns[0].column == "hrs", d.sql


def test_a_word_between_a_column_and_its_threshold(rowing: Db, orchard: Db) -> None:
    # "wind speed over 20": the word between names nothing of the catalog, the threshold is the wind column's.
    covers(rowing, "races with wind speed over 20", "SELECT wind_kph FROM races WHERE wind_kph > 20")
    covers(orchard, "pickings with bins loaded over 5", "SELECT bins FROM pickings WHERE bins > 5")


def test_the_noun_after_a_superlative_is_ranked_by_the_column(rowing: Db, orchard: Db) -> None:
    # A small table's whole-number column after "by" ranks the noun, it groups nothing.
    d = answer(rowing, "best crew by points")
    assert [x.column.column for x in d.plan.dimensions] == ["crew_nm"] and d.plan.order[0].desc, d.sql
    d = answer(orchard, "the best grower by bins")
    assert [x.column.column for x in d.plan.dimensions] == ["grwr_nm"] and d.plan.order[0].desc, d.sql


def test_a_value_named_with_of_or_equal_to(rowing: Db, orchard: Db) -> None:
    same(rowing, "How many results have a position of 1?", "SELECT COUNT(*) FROM results WHERE pos = 1")
    same(orchard, "how many pickings have bins equal to 4", "SELECT COUNT(*) FROM pickings WHERE bins = 4")
