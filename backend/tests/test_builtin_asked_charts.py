"""A chart type the user asks for is drawn when it fits the result; when it cannot draw it, the analyst says why
in its thoughts instead of silently drawing something else."""

from __future__ import annotations

import pytest

from backend.tests.builtin_checks import Db, answer


def test_an_asked_chart_that_fits_is_drawn(hr: Db, market: Db) -> None:
    assert answer(hr, "number of employees by department as a pie chart").chart.chart_type == "pie"
    assert answer(market, "pie chart of total revenue by sales channel").chart.chart_type == "pie"


@pytest.mark.parametrize(
    ("catalog", "question", "why"),
    [
        ("hr", "average salary by department as a pie chart", "does not add up"),
        ("market", "pie chart of the average retail price per category", "does not add up"),
        ("market", "pie chart of revenue by sales channel and segment of the buyer", "one measure split one way"),
        ("hr", "scatter plot of salary by department", "needs two measures"),
    ],
)
def test_an_asked_chart_that_cannot_draw_the_result_is_explained(
    catalog: str, question: str, why: str, request: pytest.FixtureRequest
) -> None:
    d = answer(request.getfixturevalue(catalog), question)
    asked = question.split(" chart")[0].split()[-1] if " chart" in question else "scatter"
    assert d.chart.chart_type != asked
    said = " ".join(d.thoughts)
    assert f"You asked for a {asked} chart, but" in said and why in said, said
