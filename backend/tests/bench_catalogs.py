"""Two small catalogs in the shape text-to-SQL benchmarks use (entities, a bridge table of two keys, years kept as text
or whole numbers), written for the tests of the wording those benchmarks use: a regatta in snake_case with a bridge
`sailor_in_race` and a text `race_year`, and an allotment society in PascalCase with a bridge `GardenerGrowsPlant`
and an integer `ShowYear`."""

from __future__ import annotations

import duckdb


def regatta() -> duckdb.DuckDBPyConnection:
    """Sailors, races at harbours, and which sailors sailed which race (a bridge of two keys)."""
    con = duckdb.connect(":memory:")
    con.execute(
        "CREATE TABLE harbour (harbour_id INTEGER PRIMARY KEY, name VARCHAR, town VARCHAR, berths INTEGER, harbour_type VARCHAR)"
    )
    harbours = [("Gull Point", "Penmor", 120, "marina"), ("Saltmarsh Quay", "Aldwick", 80, "fishing"),
                ("Kestrel Haven", "Penmor", 45, "marina"), ("Ferny Cove", "Brightsea", 60, "marina")]  # fmt: skip
    for i, h in enumerate(harbours):
        con.execute("INSERT INTO harbour VALUES (?, ?, ?, ?, ?)", [i + 1, *h])
    con.execute(
        "CREATE TABLE sailor (sailor_id INTEGER PRIMARY KEY, name VARCHAR, nation VARCHAR, boat_name VARCHAR, "
        "boat_launch_year VARCHAR, age INTEGER, hull_type VARCHAR)"
    )
    sailors = [
        ("Maren Holt", "Norway", "Sea Wolf", "2009", 44, "keel"),
        ("Pieter Staal", "Netherlands", "Blue Heron", "2012", 29, "catamaran"),
        ("Ana Ribeiro", "Portugal", "Wind Dancer", "2015", 35, "keel"),
        ("Tomas Vik", "Norway", "Storm Petrel", "2012", 51, "dinghy"),
        ("Lucia Marino", "Italy", "Wolf Moon", "2018", 26, "keel"),
        ("Joris Anderson", "Netherlands", "Gannet", "2009", 38, "catamaran"),
        ("Ines Faria", "Portugal", "Little Wolf", "2020", 23, "dinghy"),
    ]
    for i, s in enumerate(sailors):
        con.execute("INSERT INTO sailor VALUES (?, ?, ?, ?, ?, ?, ?)", [i + 1, *s])
    con.execute(
        "CREATE TABLE race (race_id INTEGER PRIMARY KEY, race_name VARCHAR, sponsor VARCHAR, "
        "harbour_id INTEGER REFERENCES harbour(harbour_id), race_year VARCHAR)"
    )
    races = [("Spring Dash", "Tidewell", 1, "2021"), ("Lighthouse Cup", "Tidewell", 2, "2021"),
             ("Autumn Long", "Marlin Co", 1, "2022"), ("Night Run", "Marlin Co", 3, "2023"),
             ("Harbour Sprint", "Keelson", 2, "2022"), ("Winter Chase", "Keelson", 2, "2023")]  # fmt: skip
    for i, r in enumerate(races):
        con.execute("INSERT INTO race VALUES (?, ?, ?, ?, ?)", [i + 1, *r])
    con.execute(
        "CREATE TABLE sailor_in_race (race_id INTEGER REFERENCES race(race_id), "
        "sailor_id INTEGER REFERENCES sailor(sailor_id), PRIMARY KEY (race_id, sailor_id))"
    )
    for r, s in [(1, 1), (1, 2), (1, 4), (2, 2), (2, 5), (3, 4), (3, 1), (4, 3), (4, 1), (5, 5), (5, 2), (6, 1)]:
        con.execute("INSERT INTO sailor_in_race VALUES (?, ?)", [r, s])
    return con


def allotment() -> duckdb.DuckDBPyConnection:
    """Gardeners, plants, which gardener grows which plant (a bridge without declared keys), and flower shows."""
    con = duckdb.connect(":memory:")
    con.execute(
        'CREATE TABLE "Gardeners" ("GardenerId" INTEGER PRIMARY KEY, "FirstName" VARCHAR, "LastName" VARCHAR, '
        '"Age" INTEGER, "Village" VARCHAR, "PlotName" VARCHAR)'
    )
    gardeners = [("Olive", "Thatcher", 61, "Brookend", "Sunny Corner"), ("Rufus", "Pennant", 34, "Millford", "Bean Row"),
                 ("Mabel", "Crouch", 47, "Brookend", "Old Orchard"), ("Albert", "Quill", 29, "Ashcombe", "Top Plot"),
                 ("Hetty", "Dawson", 55, "Millford", "Herb Patch"), ("Cyril", "Hobson", 72, "Ashcombe", "Far End")]  # fmt: skip
    for i, g in enumerate(gardeners):
        con.execute('INSERT INTO "Gardeners" VALUES (?, ?, ?, ?, ?, ?)', [101 + i, *g])
    con.execute(
        'CREATE TABLE "Plants" ("PlantId" INTEGER PRIMARY KEY, "PlantKind" VARCHAR, "PlantAge" INTEGER, '
        '"Height" DOUBLE)'
    )
    plants = [("rose", 3, 1.2), ("tulip", 1, 0.4), ("rose", 5, 1.6), ("fern", 2, 0.7), ("tulip", 2, 0.5)]
    for i, p in enumerate(plants):
        con.execute('INSERT INTO "Plants" VALUES (?, ?, ?, ?)', [201 + i, *p])
    con.execute('CREATE TABLE "GardenerGrowsPlant" ("GardenerId" INTEGER, "PlantId" INTEGER)')
    for g, p in [
        (101, 201),
        (101, 202),
        (102, 203),
        (103, 204),
        (103, 205),
        (105, 202),
        (102, 201),
        (105, 203),
        (101, 204),
        (103, 202),
    ]:
        con.execute('INSERT INTO "GardenerGrowsPlant" VALUES (?, ?)', [g, p])
    con.execute(
        'CREATE TABLE "FlowerShows" ("ShowId" INTEGER PRIMARY KEY, "ShowName" VARCHAR, "Judge" VARCHAR, '
        '"ShowYear" INTEGER, "Entrants" INTEGER)'
    )
    shows = [("Brookend Bloom", "Ida Marsh", 2019, 40), ("Millford Fair", "Ned Sallow", 2020, 25),
             ("Ashcombe Autumn", "Ida Marsh", 2021, 31), ("Summer Parade", "Ned Sallow", 2021, 52),
             ("Harvest Home", "Vera Lind", 2022, 18)]  # fmt: skip
    for i, s in enumerate(shows):
        con.execute('INSERT INTO "FlowerShows" VALUES (?, ?, ?, ?, ?)', [i + 1, *s])
    return con
