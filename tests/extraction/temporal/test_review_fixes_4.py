"""Ordinary news that this session's new rules first got wrong (found by a review), DCT 2024-03-14 unless stated."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2024, 3, 14)


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("In 2008 Ford cut 10,000 jobs.", "2008", "2008"),
    ("Today's jobs report showed 275,000 new jobs.", "Today", "2024-03-14"),
    ("Tomorrow's game against Chelsea will be televised.", "Tomorrow", "2024-03-15"),
    ("She attends a daily White House briefing.", "daily", "P1D"),
    ("In the local 2022 elections, turnout fell.", "2022", "2022"),
    ("The couple were happy, and one day she simply vanished.", "one day", "P1D"),
    ("The tour runs in summer and fall.", "fall", "2024-FA"),
    ("The 2024-2025 school year starts in September.", "September", "2024-09"),
    ("In 2023-24, exports fell.", "2023-24", "2023"),
])
def test_values_the_new_rules_must_not_take_away(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in parsed_tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "word"), [
    ("The Communist Party daily Granma printed the letter.", "daily"),
    ("The next feature update, version 1903, is expected in late May.", "1903"),
    ("Call 555-1234 for tickets.", "1234"),
])
def test_labels_papers_and_phone_numbers_stay_out(tag: Tagger, sentence: str, word: str) -> None:
    assert word not in [e.text for e in tag(sentence, DCT)]


def test_friday_last_week_is_a_day_not_a_frame(parsed_tag: Tagger) -> None:
    found = parsed_tag("The senator, who resigned on Friday last week, spoke on Monday.", DCT)
    assert {e.text: e.value for e in found}["Monday"] == "2024-03-11"


def test_a_clock_takes_the_day_of_its_bracketed_other_zone(parsed_tag: Tagger) -> None:
    found = parsed_tag("The announcement came at 9 p.m. ET (0100 GMT Wednesday).", DCT)
    assert {e.text: e.value for e in found}["9 p.m. ET"] == "2024-03-12T21:00"


def test_a_fiscal_year_label_spans_its_own_months(tag: Tagger) -> None:
    found = {e.text: e for e in tag("In FY2019-20 exports fell.", DCT)}["FY2019-20"]
    assert found.span is not None and (found.span.start.iso(), found.span.end.iso()) == ("2019-04-01", "2020-03-31")


def test_a_year_entry_places_no_weekday(tag: Tagger) -> None:
    found = tag("2019: In an interview on Monday, he said he would quit.\n", DCT)
    assert {e.text: e.value for e in found}["Monday"] != "2019-01-07"


def test_a_month_in_a_seasons_first_half_of_the_year_is_in_its_second_year(parsed_tag: Tagger) -> None:
    text = "In the 2025/26 season, which ends in June, Brazil produced 55.7 million bags."
    found = parsed_tag(text, Day(2026, 1, 20))
    assert {e.text: e.value for e in found}["June"] == "2026-06"


def test_a_day_in_a_whom_clause_told_in_the_past_perfect_is_background(parsed_tag: Tagger) -> None:
    text = ("Bolsonaro, whom pollsters had placed 14 points behind as recently as last Thursday, took 43.2 percent. "
            "The court had counted all ballots by 11:45 pm.")
    assert {e.text: e.value for e in parsed_tag(text, Day(2022, 10, 3))}["11:45 pm"] == "2022-10-03T23:45"


def test_a_day_ahead_inside_a_season_keeps_its_own_year(parsed_tag: Tagger) -> None:
    text = "Newcastle will learn their fixtures for the 2019-20 season on June 13."
    assert {e.text: e.value for e in parsed_tag(text, Day(2019, 5, 26))}["June 13"] == "2019-06-13"


@pytest.mark.parametrize(("sentence", "dct", "expected"), [
    ("He was sentenced in March 2021 to five years in prison.", Day(2026, 2, 11),
     [("March 2021", "2021-03"), ("five years", "P5Y")]),
    ("Since January, 17 journalists have been killed.", Day(2012, 12, 18), [("January", "2012-01")]),
])
def test_sentences_and_since_in_year_end_reviews(tag: Tagger, sentence: str, dct: Day,
                                                 expected: list[tuple[str, str]]) -> None:
    assert [(e.text, e.value) for e in tag(sentence, dct)] == expected


def test_since_as_because_does_not_move_a_holiday_back(tag: Tagger) -> None:
    text = "Monday, June 2, is a public holiday since Madaraka Day falls on a Sunday this year."
    assert {e.text: e.value for e in tag(text, Day(2025, 5, 30))}["Madaraka Day"] == "2025-06-01"


def test_the_new_year_told_in_the_past_has_begun(parsed_tag: Tagger) -> None:
    found = parsed_tag("The new year brought new hopes for peace.", Day(2023, 8, 1))
    assert {e.text: e.value for e in found}["The new year"] == "2023"


def test_a_morning_after_an_evening_the_story_narrates_is_the_next_day(parsed_tag: Tagger) -> None:
    text = "On July 20, the ferry left Dakar. At 10pm, it capsized. Rescuers arrived at 3am."
    assert {e.text: e.value for e in parsed_tag(text, Day(2023, 8, 1))}["3am"] == "2023-07-21T03:00"
