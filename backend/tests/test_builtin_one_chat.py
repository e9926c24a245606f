"""Questions asked one after another in one chat: a complete new question is answered as if asked alone (not
merged into the previous answer, not pulled to the previous table), while a message that points back at the
previous answer or names no subject of its own still refines it."""

from __future__ import annotations

import pytest

from backend.agents.builtin import QueryDecision, understand
from backend.core.catalog import build_catalog
from backend.tests.analysis_catalogs import hr_warehouse, shop
from backend.tests.builtin_checks import Db, answer

FOLLOWING = "Following up on the previous result"


@pytest.fixture(scope="module")
def hr() -> Db:
    con = hr_warehouse()
    return con, build_catalog(con)


@pytest.fixture(scope="module")
def market() -> Db:
    con = shop()
    return con, build_catalog(con)


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
