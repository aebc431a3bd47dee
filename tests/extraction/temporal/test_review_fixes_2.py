"""Counts, names and ratios the new rules must not read as times (found in review), DCT 2022-03-14 unless stated."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


@pytest.mark.parametrize("sentence", [
    "The vote was carried by three hundred votes.",
    "The rate fell to one in twenty-one.",
    "Two thousand nine people were evacuated.",
    "Employment fell by 2300.",
])
def test_counts_are_not_times(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence) == []


def test_a_change_by_a_number_is_not_a_far_year(parsed_tag: Tagger) -> None:
    assert [e.text for e in parsed_tag("Unemployment rose by 2200 in June.", Day(2023, 5, 10))] == ["June"]
    assert [e.value for e in parsed_tag("Sea levels may rise 1 metre by 2100.", Day(2022, 7, 20))] == ["2100"]


def test_holiday_words_inside_names(parsed_tag: Tagger) -> None:
    found = parsed_tag("Egyptian striker Mohamed Eid scored twice on Saturday.", Day(2023, 5, 10))
    assert [e.text for e in found] == ["Saturday"]
    found = parsed_tag("The Prague Spring Festival opens on May 20.", Day(2023, 5, 10))
    assert [e.text for e in found] == ["May 20"]
    assert [e.text for e in parsed_tag("Families celebrated Eid with prayers.", Day(2023, 5, 10))] == ["Eid"]


def test_or_up_to_is_not_an_age(parsed_tag: Tagger) -> None:
    found = parsed_tag("Sentences range from five years or up to 10 years in prison.", Day(2023, 5, 10))
    assert [e.value for e in found] == ["P5Y", "P10Y"]


def test_capitalised_words_after_a_number_are_no_evidence_of_day_first_dates(tag: Tagger) -> None:
    found = tag("Officials said 12 Marines were hurt. The order dated 04/05/2022 was signed.")
    assert [e.value for e in found] == ["2022-04-05"]


def test_clocks_told_out_of_order_in_one_sentence_stay_on_their_day(parsed_tag: Tagger) -> None:
    found = parsed_tag("Voting ended at 8 p.m. after polls opened at 7 a.m.")
    assert [e.value for e in found] == ["2022-03-14T20:00", "2022-03-14T07:00"]


def test_a_numbered_week_later_in_the_year_is_last_years(tag: Tagger) -> None:
    found = tag("In epidemiological week 52, cases rose by 12%.", Day(2022, 1, 10))
    assert [e.value for e in found] == ["2021-W52"]


def test_a_quarter_ended_early_in_january_closes_the_previous_december(tag: Tagger) -> None:
    found = {e.text: e.value for e in tag("Sales fell for the quarter ended Jan. 2, 2021.", Day(2023, 3, 10))}
    assert found["the quarter"] == "2020-Q4"
