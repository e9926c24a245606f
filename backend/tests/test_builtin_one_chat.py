"""Questions asked one after another in one chat: a complete new question is answered as if asked alone (not
merged into the previous answer, not pulled to the previous table), while a message that points back at the
previous answer or names no subject of its own still refines it."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable

import duckdb
import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.tests.builtin_checks import Db, answer, rows

FOLLOWING = "Following up on the previous result"


def in_one_chat(db: Db, questions: list[str]) -> list[tuple[str, QueryDecision, QueryDecision]]:
    """Each question's answer in one running chat, beside its answer when asked alone."""
    out: list[tuple[str, QueryDecision, QueryDecision]] = []
    previous: QueryDecision | None = None
    for q in questions:
        chained = answer(db, q, previous)
        out.append((q, answer(db, q), chained))
        previous = chained
    return out


HR_QUESTIONS = [
    "average salary by department",
    "how many employees were hired in 2020?",
    "which department has the most employees",
    "histogram of employee ages",
    "total transfer cost by month",
    "what is the highest bonus in the Research department?",
    "bonus versus salary for each employee",
    "number of transfers per target department",
    "show me the employees hired since 2022",
]
SHOP_QUESTIONS = [
    "total revenue by region",
    "how many orders were placed in 2024?",
    "scatter plot of weight against retail price for every product",
    "average revenue per sales channel",
    "compare revenue in 2023 vs 2024",
    "what was the total cost in March 2024?",
    "price of each product over time",
    "number of orders per buyer region",
    "monthly revenue in 2023",
]


@pytest.mark.parametrize(("catalog", "questions"), [("hr", HR_QUESTIONS), ("market", SHOP_QUESTIONS)])
def test_new_questions_in_one_chat_are_answered_as_if_asked_alone(
    catalog: str, questions: list[str], request: pytest.FixtureRequest
) -> None:
    db: Db = request.getfixturevalue(catalog)
    for q, alone, chained in in_one_chat(db, questions):
        assert not chained.thoughts[0].startswith(FOLLOWING), f"{q!r} was read as a follow-up: {chained.thoughts}"
        assert chained.sql == alone.sql, f"{q!r} in a chat:\n{chained.sql}\nalone:\n{alone.sql}"


def test_messages_that_point_back_or_name_no_subject_still_refine_the_answer(hr: Db, market: Db) -> None:
    first = answer(hr, "average salary by department")
    for follow_up in ["only Finance", "what about Research and Legal", "by year instead", "top 3", "in 2020",
                      "how has that changed by year", "split it by hire year", "and the bonus too", "show the bonus instead"]:  # fmt: skip
        d = understand(follow_up, hr[1], previous=first)
        assert isinstance(d, QueryDecision) and d.thoughts[0].startswith(FOLLOWING), (follow_up, d)
        assert d.plan.table == first.plan.table
    first = answer(market, "total revenue by region")
    for follow_up in ["compare it with 2023", "just the Trade segment", "for 2024", "how about cost"]:
        d = understand(follow_up, market[1], previous=first)
        assert isinstance(d, QueryDecision) and d.thoughts[0].startswith(FOLLOWING), (follow_up, d)


@pytest.mark.parametrize(
    ("catalog", "before", "question", "table"),
    [
        ("market", "price of each product over time", "number of products per category", "Products"),
        ("market", "price of each product over time", "average weight by category", "Products"),
        ("hr", "total transfer cost by month", "departments by region", "hr_dept"),
    ],
)
def test_a_new_question_is_not_pulled_to_the_previous_table(
    catalog: str, before: str, question: str, table: str, request: pytest.FixtureRequest
) -> None:
    # After a question about price changes, one about products is answered from the products table, as alone.
    db: Db = request.getfixturevalue(catalog)
    d = answer(db, question, answer(db, before))
    assert d.plan.table == table and d.sql == answer(db, question).sql


def campsite() -> Db:
    """A snake_case campsite: stays (status No-show, kind Walk-in, a pets flag, an arrival date) at sites."""
    con = duckdb.connect()
    rnd = random.Random(5)
    con.execute("CREATE TABLE camp_site(site_id INTEGER PRIMARY KEY, site_nm VARCHAR, site_zone VARCHAR)")
    con.executemany(
        "INSERT INTO camp_site VALUES (?, ?, ?)", [(1, "Birch", "Lake"), (2, "Fern", "Forest"), (3, "Dune", "Lake")]
    )
    con.execute(
        "CREATE TABLE camp_stay(stay_id INTEGER PRIMARY KEY, stay_site_id INTEGER REFERENCES camp_site(site_id), "
        "stay_status VARCHAR, stay_kind VARCHAR, stay_nights INTEGER, stay_fee_amt DECIMAL(8,2), stay_arrival_dt DATE, "
        "stay_pets_flag BOOLEAN)"
    )
    rows = [
        (i, rnd.randint(1, 3), rnd.choice(["Checked-out", "Checked-out", "No-show", "Cancelled"]),
         rnd.choice(["Walk-in", "Online", "Group"]), rnd.randint(1, 9), round(rnd.uniform(15, 240), 2),
         dt.date(2023, 1, 1) + dt.timedelta(days=rnd.randrange(700)), rnd.random() < 0.3)
        for i in range(1, 301)
    ]  # fmt: skip
    con.executemany("INSERT INTO camp_stay VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
    return con, build_catalog(con)


def orchard() -> Db:
    """A PascalCase orchard: harvests (Variety, Grade with Windfall and Premium, WeightKg, PickedOn) of orchards."""
    con = duckdb.connect()
    rnd = random.Random(8)
    con.execute('CREATE TABLE "Orchards"("OrchardId" INTEGER PRIMARY KEY, "OrchardName" VARCHAR, "Valley" VARCHAR)')
    con.executemany('INSERT INTO "Orchards" VALUES (?, ?, ?)', [(1, "Sunny Slope", "North"), (2, "Old Creek", "South")])
    con.execute(
        'CREATE TABLE "Harvests"("HarvestId" INTEGER PRIMARY KEY, "OrchardId" INTEGER REFERENCES "Orchards"("OrchardId"), '
        '"Variety" VARCHAR, "Grade" VARCHAR, "WeightKg" DOUBLE, "PickedOn" DATE, "IsOrganic" BOOLEAN)'
    )
    rows = [
        (i, rnd.randint(1, 2), rnd.choice(["Gala", "Fuji", "Braeburn"]), rnd.choice(["Premium", "Juice", "Windfall"]),
         round(rnd.uniform(50, 900), 1), dt.date(2023, 3, 1) + dt.timedelta(days=rnd.randrange(600)), rnd.random() < 0.4)
        for i in range(1, 301)
    ]  # fmt: skip
    con.executemany('INSERT INTO "Harvests" VALUES (?, ?, ?, ?, ?, ?, ?)', rows)
    return con, build_catalog(con)


# Questions led by a value, a flag or the rows' own date, with their own grouping or time axis, and aggregates of a
# measure, asked one after another: each is answered as if asked alone, with the rows of the gold query.
CAMPSITE_CHAT = [
    ("average fee by site", None),
    ("no-shows by weekday", "SELECT isodow(stay_arrival_dt) || ' ' || dayname(stay_arrival_dt), count(*) FROM camp_stay WHERE stay_status = 'No-show' GROUP BY 1"),
    ("walk-in arrivals per month", "SELECT date_trunc('month', stay_arrival_dt), count(*) FROM camp_stay WHERE stay_kind = 'Walk-in' GROUP BY 1"),
    ("lowest fee", "SELECT min(stay_fee_amt) FROM camp_stay"),
    ("split of fees by kind", "SELECT stay_kind, sum(stay_fee_amt) FROM camp_stay GROUP BY 1"),
    ("arrivals per month", "SELECT date_trunc('month', stay_arrival_dt), count(*) FROM camp_stay GROUP BY 1"),
    ("no-shows per site", "SELECT site_nm, count(*) FROM camp_stay JOIN camp_site ON stay_site_id = site_id WHERE stay_status = 'No-show' GROUP BY 1"),
    ("highest fee in 2024", "SELECT max(stay_fee_amt) FROM camp_stay WHERE year(stay_arrival_dt) = 2024"),
]  # fmt: skip
ORCHARD_CHAT = [
    ("total weight by variety", None),
    ("windfalls per month", """SELECT date_trunc('month', "PickedOn"), count(*) FROM "Harvests" WHERE "Grade" = 'Windfall' GROUP BY 1"""),
    ("highest weight", 'SELECT max("WeightKg") FROM "Harvests"'),
    ("Premium picks per week", """SELECT date_trunc('week', "PickedOn"), count(*) FROM "Harvests" WHERE "Grade" = 'Premium' GROUP BY 1"""),
    ("smallest weight", 'SELECT min("WeightKg") FROM "Harvests"'),
    ("windfalls by variety", """SELECT "Variety", count(*) FROM "Harvests" WHERE "Grade" = 'Windfall' GROUP BY 1"""),
]  # fmt: skip


@pytest.mark.parametrize(("make", "chat"), [(campsite, CAMPSITE_CHAT), (orchard, ORCHARD_CHAT)])
def test_questions_led_by_a_value_or_an_aggregate_are_new_questions_in_a_chat(
    make: Callable[[], Db], chat: list[tuple[str, str | None]]
) -> None:
    db = make()
    golds = dict(chat)
    for q, alone, chained in in_one_chat(db, [q for q, _ in chat]):
        assert not chained.thoughts[0].startswith(FOLLOWING), f"{q!r} was read as a follow-up: {chained.thoughts}"
        assert chained.sql == alone.sql, f"{q!r} in a chat:\n{chained.sql}\nalone:\n{alone.sql}"
        gold = golds[q]
        if gold is not None:
            assert rows(db[0], chained.sql) == rows(db[0], gold), f"{q!r}: {chained.sql}"


@pytest.mark.parametrize(
    ("make", "first", "follow_ups"),
    [
        (campsite, "no-shows by weekday",
         ["only Walk-in", "and by zone", "what about Cancelled", "by site instead", "split it by kind", "same for Group",
          "by month for Online", "Online only", "max instead", "and the nights too"]),
        (orchard, "windfalls per month",
         ["only Gala", "and by valley", "what about Premium", "by orchard instead", "split it by variety",
          "same for Juice", "by week in 2024", "Fuji only", "the average weight instead"]),
    ],
)  # fmt: skip
def test_a_value_after_a_cue_or_a_condition_word_still_refines_the_answer(
    make: Callable[[], Db], first: str, follow_ups: list[str]
) -> None:
    db = make()
    before = answer(db, first)
    for follow_up in follow_ups:
        d = understand(follow_up, db[1], previous=before)
        assert isinstance(d, QueryDecision) and d.thoughts[0].startswith(FOLLOWING), (follow_up, d)
        assert d.plan.table == before.plan.table
