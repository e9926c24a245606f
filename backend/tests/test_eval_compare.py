"""The evaluation's result comparison (eval/compare.py): pure functions, no backend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from eval.client import parse_sse
from eval.compare import check_histogram, coerce_answer_rows, column_forms, compare_rows, normalise, round_sig
from eval.run_eval import REPO_ROOT, is_blind, print_totals
from eval.run_eval import main as run_eval_main


def test_numbers_equal_within_six_significant_digits() -> None:
    assert normalise(1234567.0) == normalise(1234567.4)
    assert normalise(0.1 + 0.2) == normalise(0.3)
    assert normalise(Decimal("12.50")) == normalise(12.5)
    assert normalise(3) == normalise(3.0)
    assert normalise(1.0) != normalise(1.001)
    assert round_sig(1e-12) == 0.0


def test_float_noise_does_not_move_a_value_across_the_rounding_half_way_point() -> None:
    # A DECIMAL sum sent as a JSON float picks up noise in the 17th digit; the gold DECIMAL has none.
    assert normalise(37841.450000000004) == normalise(Decimal("37841.45"))
    assert normalise(44534.449999999997) == normalise(Decimal("44534.45"))


def test_timestamp_at_midnight_equals_its_date() -> None:
    day = dt.date(2024, 3, 1)
    assert normalise(dt.datetime(2024, 3, 1)) == normalise(day)
    assert normalise("2024-03-01T00:00:00") == normalise(day)
    assert normalise("2024-03-01 00:00:00") == normalise(day)
    assert normalise("2024-03-01") == normalise(day)
    assert normalise(dt.datetime(2024, 3, 1, 5, 30)) == normalise("2024-03-01T05:30:00")
    assert normalise(dt.datetime(2024, 3, 1, 5, 30)) != normalise(day)


def test_null_equals_null_only() -> None:
    assert normalise(None) == normalise(None)
    assert normalise(None) != normalise(0)
    assert normalise(None) != normalise("")


def test_columns_matched_regardless_of_names_and_order() -> None:
    gold = [("Europe", Decimal("10.50"), 3), ("Asia Pacific", Decimal("7.25"), 2)]
    answer = [[2, 7.25, "Asia Pacific"], [3, 10.5, "Europe"]]
    assert compare_rows(["region", "revenue", "n"], gold, ["orders", "total", "r"], answer).ok


def test_extra_answer_columns_are_allowed_missing_ones_are_not() -> None:
    gold = [("a", 1), ("b", 2)]
    assert compare_rows(["k", "v"], gold, ["k", "v", "share"], [["a", 1, 0.33], ["b", 2, 0.67]]).ok
    verdict = compare_rows(["k", "v"], gold, ["k"], [["a"], ["b"]])
    assert not verdict.ok and "columns" in verdict.reason


def test_columns_with_equal_values_must_also_pair_up_row_by_row() -> None:
    gold = [("a", 1), ("b", 2)]
    assert not compare_rows(["k", "v"], gold, ["k", "v"], [["a", 2], ["b", 1]]).ok


def test_ambiguous_columns_are_resolved_by_rows() -> None:
    # Both answer columns hold {1, 2}; only one assignment reproduces the gold rows.
    gold = [(1, 2), (2, 1)]
    assert compare_rows(["x", "y"], gold, ["p", "q"], [[2, 1], [1, 2]]).ok


def test_row_order_checked_only_when_it_matters() -> None:
    gold = [("a", 3), ("b", 2), ("c", 1)]
    answer = [["c", 1], ["b", 2], ["a", 3]]
    assert compare_rows(["k", "v"], gold, ["k", "v"], answer).ok
    assert not compare_rows(["k", "v"], gold, ["k", "v"], answer, order_matters=True).ok
    assert compare_rows(["k", "v"], gold, ["k", "v"], list(reversed(answer)), order_matters=True).ok


def test_row_count_mismatch_fails_with_reason() -> None:
    verdict = compare_rows(["v"], [(1,), (2,)], ["v"], [[1]])
    assert not verdict.ok and "row count" in verdict.reason


def test_date_buckets_match_their_coarser_labels() -> None:
    months = [(dt.date(2024, 1, 1), 5), (dt.date(2024, 2, 1), 6)]
    assert compare_rows(["m", "v"], months, ["m", "v"], [["2024-01", 5], ["2024-02", 6]]).ok
    years = [(2023, 10), (2024, 12)]
    assert compare_rows(["y", "v"], years, ["y", "v"], [["2023-01-01T00:00:00", 10], ["2024-01-01", 12]]).ok
    quarters = [(dt.datetime(2024, 4, 1), 1)]
    assert compare_rows(["q", "v"], quarters, ["q", "v"], [["2024-Q2", 1]]).ok
    assert len(column_forms([normalise(dt.date(2024, 1, 15))])) == 1


def test_decimal_strings_become_numbers_when_the_column_is_numeric() -> None:
    rows = coerce_answer_rows(["VARCHAR", "DECIMAL(12,2)"], [["x", "12.50"]])
    assert rows == [["x", 12.5]]
    assert compare_rows(["k", "v"], [("x", Decimal("12.5"))], ["k", "v"], rows).ok


def test_scatter_ignores_incomplete_points() -> None:
    gold = [(130, 3504), (None, 2000), (165, 3693)]
    answer = [["a", 165, 3693], ["b", 130, 3504]]
    assert compare_rows(["hp", "weight"], gold, ["name", "hp", "weight"], answer, mode="columns").ok
    wrong = [["a", 165, 3504], ["b", 130, 3693]]
    assert not compare_rows(["hp", "weight"], gold, ["name", "hp", "weight"], wrong, mode="columns").ok


def test_histogram_counts_must_sum_to_non_null_values() -> None:
    bins = [[170.0, 180.0, 40], [180.0, 190.0, 100], [190.0, 200.0, 202]]
    assert check_histogram(342, ["bin_start", "bin_end", "count"], bins).ok
    verdict = check_histogram(344, ["bin_start", "bin_end", "count"], bins)
    assert not verdict.ok and "342" in verdict.reason
    assert not check_histogram(342, ["count"], [[342]]).ok
    assert check_histogram(3, ["v"], [[1.5], [2.5], [3.5]], raw_match=True).ok


def test_sse_lines_are_parsed_into_events() -> None:
    lines = ["event: sql", 'data: {"type": "sql", "query": "SELECT 1"}', "", ": ping", "event: done", "data: {}", ""]
    assert list(parse_sse(lines)) == [("sql", {"type": "sql", "query": "SELECT 1"}), ("done", {})]


def test_month_and_weekday_names_match_other_spellings_and_engine_numbers() -> None:
    months = [("January", 10), ("March", 30), ("December", 5)]
    assert compare_rows(["m", "v"], months, ["m", "v"], [["Jan", 10], ["Mar", 30], ["Dec", 5]]).ok
    assert compare_rows(["m", "v"], months, ["m", "v"], [[1, 10], [3, 30], [12, 5]]).ok
    assert not compare_rows(["m", "v"], months, ["m", "v"], [[1, 10], [3, 5], [12, 30]]).ok
    days = [("Monday", 4), ("Sunday", 1)]
    assert compare_rows(["d", "v"], days, ["d", "v"], [["Mon", 4], ["Sun", 1]]).ok
    assert compare_rows(["d", "v"], days, ["d", "v"], [[1, 4], [7, 1]]).ok  # ISO
    assert compare_rows(["d", "v"], days, ["d", "v"], [[1, 4], [0, 1]]).ok  # Sunday 0
    assert compare_rows(["d", "v"], days, ["d", "v"], [[2, 4], [1, 1]]).ok  # Sunday 1
    assert not compare_rows(["d", "v"], days, ["d", "v"], [[3, 4], [7, 1]]).ok
    # Words that are not all month or day names are compared as they are.
    assert not compare_rows(["k", "v"], [("May", 1), ("Other", 2)], ["k", "v"], [[5, 1], ["Other", 2]]).ok


def test_numbered_month_and_weekday_labels_match_their_names() -> None:
    # An analyst may label a cycle "01 January" so that the axis sorts as text; it is the same month.
    months = [("January", 10), ("March", 30), ("December", 5)]
    assert compare_rows(["m", "v"], months, ["m", "v"], [["01 January", 10], ["03 March", 30], ["12 December", 5]]).ok
    assert compare_rows(["m", "v"], months, ["m", "v"], [["1-Jan", 10], ["3-Mar", 30], ["12-Dec", 5]]).ok
    assert not compare_rows(
        ["m", "v"], months, ["m", "v"], [["01 January", 30], ["03 March", 10], ["12 December", 5]]
    ).ok
    # The number must agree with the name: "02 January" is not a month label.
    assert not compare_rows(
        ["m", "v"], months, ["m", "v"], [["02 January", 10], ["03 March", 30], ["12 December", 5]]
    ).ok
    days = [("Monday", 4), ("Sunday", 1)]
    assert compare_rows(["d", "v"], days, ["d", "v"], [["1 Monday", 4], ["7 Sunday", 1]]).ok  # ISO
    assert compare_rows(["d", "v"], days, ["d", "v"], [["1 Mon", 4], ["0 Sun", 1]]).ok  # Sunday 0


def test_a_blind_set_shows_only_its_totals(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # Asking for one case or the verbose report of a blind set is refused before any question is asked.
    floors = tmp_path / "floors.json"
    floors.write_text('{"_comment": "x", "blind_x.jsonl": {"data": 1, "chart": 1, "blind": true}, "dev_x.jsonl": {}}')
    assert is_blind(Path("eval/blind_x.jsonl"), floors)
    assert not is_blind(Path("eval/dev_x.jsonl"), floors) and not is_blind(Path("eval/other.jsonl"), floors)
    for every_blind_set in [p for p in (REPO_ROOT / "eval").glob("blind_*.jsonl")]:
        assert is_blind(every_blind_set), f"{every_blind_set.name} is not marked blind in eval/floors.json"
        assert run_eval_main(["--file", str(every_blind_set), "--only", "x*", "--no-start"]) == 2
        assert run_eval_main(["--file", str(every_blind_set), "--verbose", "--no-start"]) == 2
    assert "only its totals" in capsys.readouterr().err
    totals = {"cases": 2, "cases_fully_correct": 1, "turns": 3, "data_accuracy": 66.7, "chart_accuracy": 100.0,
              "errors": 0, "median_turn_s": 0.04, "p95_turn_s": 0.05}  # fmt: skip
    print_totals(totals)
    shown = capsys.readouterr().out
    assert "66.7%" in shown and "tag" not in shown
