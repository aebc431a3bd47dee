"""The TempEval-3 scorer used by benchmarks/temporal_accuracy.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from timeline_app.extraction.temporal.scoring import canonical_value, score
from timeline_app.extraction.temporal.timeml import GoldTimex, read_timeml

GOLD = [GoldTimex(0, 6, "Monday", "DATE", "2022-03-14", None),
        GoldTimex(20, 29, "last week", "DATE", "2022-W10", None),
        GoldTimex(40, 51, "three years", "DURATION", "P3Y", None)]


def test_gold_against_itself_scores_one() -> None:
    table = score([(GOLD, GOLD)]).table()
    assert all(measure == (1.0, 1.0, 1.0) for measure in table.values())


def test_partial_overlap_is_relaxed_not_strict_and_wrong_value_is_not_value() -> None:
    system = [GoldTimex(0, 6, "Monday", "DATE", "2022-03-14", None),
              GoldTimex(15, 29, "early last week", "DATE", "2022-W09", None),
              GoldTimex(60, 64, "1998", "DATE", "1998", None)]
    counts = score([(GOLD, system)])
    assert (counts.strict, counts.relaxed, counts.value, counts.type) == (1, 2, 1, 2)
    precision, recall, f1 = counts.f1(counts.relaxed)
    assert (precision, recall) == (2 / 3, 2 / 3)
    assert f1 == pytest.approx(2 / 3)
    assert counts.value_errors[("last week", "2022-W10", "2022-W09")] == 1


def test_one_system_expression_matches_one_gold_only() -> None:
    system = [GoldTimex(0, 29, "Monday ... last week", "DATE", "2022-03-14", None)]
    counts = score([(GOLD, system)])
    assert counts.relaxed == 1


def test_nothing_found_scores_zero_without_dividing_by_zero() -> None:
    assert score([(GOLD, [])]).table()["relaxed"] == (0.0, 0.0, 0.0)


@pytest.mark.corpus
def test_a_corpus_file_scored_against_itself_is_perfect(shared_data: Path) -> None:
    path = sorted((shared_data / "timeml" / "timebank").glob("*.tml"))[0]
    gold = read_timeml(path).timexes
    assert score([(gold, gold)]).table()["value"] == (1.0, 1.0, 1.0)


def test_notations_of_one_value_count_as_that_value_only_in_value_star() -> None:
    gold = [GoldTimex(0, 9, "this week", "DATE", "2000-W7", None), GoldTimex(20, 26, "1990s", "DATE", "199X", None),
            GoldTimex(30, 35, "5 p.m", "TIME", "2000-01-05T17", None)]
    system = [GoldTimex(0, 9, "this week", "DATE", "2000-W07", None), GoldTimex(20, 26, "1990s", "DATE", "199", None),
              GoldTimex(30, 35, "5 p.m", "TIME", "2000-01-05T17:00", None)]
    counts = score([(gold, system)])
    assert (counts.value, counts.value_notation) == (0, 3)
    assert canonical_value("2000-W11") == "2000-W11" and canonical_value("P1W") == "P1W"
