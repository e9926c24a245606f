"""Two catalogs written in Hungarian/Leszynski notation, as desktop databases are upsized (neither the demo nor an eval
catalog): a veterinary practice in camelCase (tblVisit, tlkpSpecies; lngPetID, dtmVisitDate, curFee, ysnInsured), and
a lending library in snake_case (tbl_loan, lkp_branch; lng_member_id, dtm_loaned, cur_late_fee). Keys are only partly
declared, yes/no answers are kept as -1/0 numbers beside BOOLEANs, and a date's comment mentions its table's rows."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import duckdb


def vet_practice() -> duckdb.DuckDBPyConnection:
    """Owners, pets of four species, three clinics and visits with a fee, a visit date and a paid date (NULL while
    unpaid, its comment speaking of "the visit"); pets reference owners by a declared key, species only by name."""
    con = duckdb.connect()
    rnd = random.Random(23)
    con.execute("CREATE TABLE tlkpSpecies(lngSpeciesID INTEGER PRIMARY KEY, strSpeciesName VARCHAR)")
    con.executemany("INSERT INTO tlkpSpecies VALUES (?, ?)", [(1, "Dog"), (2, "Cat"), (3, "Rabbit"), (4, "Parrot")])
    con.execute("CREATE TABLE tlkpClinic(lngClinicID INTEGER PRIMARY KEY, strClinicName VARCHAR)")
    con.executemany("INSERT INTO tlkpClinic VALUES (?, ?)", [(1, "Northgate"), (2, "Riverside"), (3, "Old Mill")])
    con.execute(
        "CREATE TABLE tblOwner(lngOwnerID INTEGER PRIMARY KEY, strOwnerName VARCHAR, strCompanyName VARCHAR, "
        "strTown VARCHAR, chrOwnrType VARCHAR, ysnMember SMALLINT, dtmJoined TIMESTAMP)"
    )
    towns = ["Ashby", "Brampton", "Colwick"]
    con.executemany(
        "INSERT INTO tblOwner VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                f"Owner {i:03d}",
                f"Farm {i % 30}" if i % 5 == 0 else None,
                towns[i % 3],
                ["Private", "Farm", "Breeder"][i % 3 if i % 5 else 0],
                -1 if i % 4 == 0 else 0,
                dt.datetime(2018, 1, 1) + dt.timedelta(days=5 * i),
            )
            for i in range(1, 201)
        ],
    )
    con.execute(
        "CREATE TABLE tblPet(lngPetID INTEGER PRIMARY KEY, strPetName VARCHAR, "
        "lngOwnerID INTEGER REFERENCES tblOwner(lngOwnerID), lngSpeciesID INTEGER, dtmBorn TIMESTAMP, "
        "ysnInsured SMALLINT, sngWeightKg FLOAT)"
    )
    con.executemany(
        "INSERT INTO tblPet VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (
                i,
                f"Pet {i:03d}",
                1 + i % 200,
                1 + i % 4,
                dt.datetime(2012, 1, 1) + dt.timedelta(days=11 * i),
                -1 if i % 3 == 0 else 0,
                round(rnd.uniform(0.3, 40), 1),
            )
            for i in range(1, 301)
        ],
    )
    con.execute(
        "CREATE TABLE tblVisit(lngVisitID INTEGER PRIMARY KEY, lngPetID INTEGER REFERENCES tblPet(lngPetID), "
        "lngClinicID INTEGER, dtmVisitDate TIMESTAMP, dtmPaidDate TIMESTAMP, curFee DECIMAL(19,4), "
        "ysnEmergency BOOLEAN, chrVisType VARCHAR, memNotes VARCHAR)"
    )
    con.execute("COMMENT ON COLUMN tblVisit.dtmPaidDate IS 'empty until the visit is paid'")
    visits: list[tuple[Any, ...]] = []
    for k in range(1, 2401):
        day = dt.datetime(2022, 1, 3) + dt.timedelta(days=rnd.randrange(900))
        paid = day + dt.timedelta(days=rnd.randint(0, 40)) if k % 7 else None
        visits.append(
            (k, rnd.randint(1, 300), rnd.randint(1, 3), day, paid, round(rnd.uniform(25, 400), 2), rnd.random() < 0.1,
             rnd.choice(["Checkup", "Vaccination", "Surgery"]), rnd.choice([None, "Follow-up booked", "Nervous"]))
        )  # fmt: skip
    con.executemany("INSERT INTO tblVisit VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", visits)
    return con


# 250 members' names ("Ada Finch"): too many to list in the catalog, found by the value lookup.
READERS = [
    f"{first} {last}"
    for first in ("Ada", "Ben", "Cora", "Dev", "Elif", "Finn", "Gwen", "Hugo", "Iris", "Jude", "Kit", "Lena", "Milo",
                  "Nell", "Omar", "Pia", "Quin", "Rosa", "Sami", "Tess", "Uma", "Vik", "Wren", "Xavi", "Yara")
    for last in ("Finch", "Marsh", "Quill", "Stone", "Vale", "Thorne", "Reed", "Frost", "Lark", "Birch")
]  # fmt: skip


def lending_library() -> duckdb.DuckDBPyConnection:
    """Members, books in genres, two lookup lists and loans with a loan date and a return date (NULL while out, its
    comment speaking of "the loan"); no key is declared: the lookups are found by their keys' names."""
    con = duckdb.connect()
    rnd = random.Random(41)
    con.execute(
        "CREATE TABLE lkp_branch(lng_branch_id INTEGER, str_branch_name VARCHAR, cur_float_amount DECIMAL(19,4))"
    )
    con.executemany(
        "INSERT INTO lkp_branch VALUES (?, ?, ?)", [(1, "Central", 200), (2, "Eastside", 150), (3, "Harbour", 100)]
    )
    con.execute("CREATE TABLE lkp_genre(lng_genre_id INTEGER, str_genre_name VARCHAR)")
    genres = ["Crime", "Poetry", "History", "Travel", "Cookery"]
    con.executemany("INSERT INTO lkp_genre VALUES (?, ?)", list(enumerate(genres, start=1)))
    con.execute(
        "CREATE TABLE tbl_member(lng_member_id INTEGER, str_full_name VARCHAR, str_city VARCHAR, "
        "dtm_joined TIMESTAMP, ysn_student SMALLINT)"
    )
    con.executemany(
        "INSERT INTO tbl_member VALUES (?, ?, ?, ?, ?)",
        [
            (
                i,
                name,
                ["Leith", "Perth"][i % 2],
                dt.datetime(2019, 5, 1) + dt.timedelta(days=3 * i),
                -1 if i % 5 == 0 else 0,
            )
            for i, name in enumerate(READERS, 1)
        ],
    )
    con.execute(
        "CREATE TABLE tbl_book(lng_book_id INTEGER, str_title VARCHAR, lng_genre_id INTEGER, int_pages INTEGER)"
    )
    con.executemany(
        "INSERT INTO tbl_book VALUES (?, ?, ?, ?)",
        [(i, f"Volume {i:03d}", 1 + i % 5, rnd.randint(90, 700)) for i in range(1, 181)],
    )
    con.execute(
        "CREATE TABLE tbl_loan(lng_loan_id INTEGER, lng_member_id INTEGER, lng_book_id INTEGER, "
        "lng_branch_id INTEGER, dtm_loaned TIMESTAMP, dtm_returned TIMESTAMP, cur_late_fee DECIMAL(19,4), "
        "ysn_renewed BOOLEAN)"
    )
    con.execute("COMMENT ON COLUMN tbl_loan.dtm_returned IS 'empty while the loan is out'")
    loans: list[tuple[Any, ...]] = []
    for k in range(1, 3001):
        out = dt.datetime(2023, 1, 2) + dt.timedelta(days=rnd.randrange(600))
        back = out + dt.timedelta(days=rnd.randint(3, 60)) if k % 9 else None
        loans.append(
            (k, rnd.randint(1, 250), rnd.randint(1, 180), rnd.randint(1, 3), out, back,
             round(rnd.choice([0, 0, 0, 0.5, 1.5, 3]), 2), rnd.random() < 0.3)
        )  # fmt: skip
    con.executemany("INSERT INTO tbl_loan VALUES (?, ?, ?, ?, ?, ?, ?, ?)", loans)
    return con
