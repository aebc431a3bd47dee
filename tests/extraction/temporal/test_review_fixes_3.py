"""Ordinary news the latest rules must leave alone (found in the second review), DCT 2024-03-14 unless stated."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2024, 3, 14)


@pytest.mark.parametrize("sentence", [
    "The company valued the deal at 12.50 million euros.",
    "The index closed at 18.50 points.",
    "The film runs 2h15.",
    "He scored another second-half goal.",
    "A second, smaller fire broke out.",
])
def test_no_time_in_ordinary_numbers(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, DCT) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Since the attack on October 7, 2023, more than 30,000 people have died, officials said in February.",
     "February", "2024-02"),
    ("The firm was founded on 4 July 2010 and reported its first profit in January.", "January", "2024-01"),
    ("Police warned of more clashes after violence erupted on Saturday.", "Saturday", "2024-03-09"),
    ("The government announced compensation for Sunday's flood victims.", "Sunday", "2024-03-10"),
    ("The summit, which opens on Monday, will start at 9 a.m.", "9 a.m.", "2024-03-18T09:00"),
    ("The company was founded on July 30, 1966. Its shares rose 3% at 10 a.m.", "10 a.m.", "2024-03-14T10:00"),
    ("The party began on Saturday evening. At 2 a.m., police arrived.", "2 a.m.", "2024-03-10T02:00"),
    ("For a second, the crowd went silent.", "a second", "PT1S"),
    ("Polls close at 20h00 CET and results are due at 23h00.", "23h00", "2024-03-14T23:00"),
])
def test_values_the_latest_rules_must_not_change(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in parsed_tag(sentence, DCT)}[text] == value


def test_last_december_said_in_january_is_the_month_just_gone(tag: Tagger) -> None:
    assert [e.value for e in tag("Prices have risen since last December.", Day(2024, 1, 10))] == ["2023-12"]


def test_overnight_to_a_day_is_not_one_night(parsed_tag: Tagger) -> None:
    found = {e.text: e.value for e in parsed_tag("The deadline was extended overnight to Friday.", Day(2024, 3, 13))}
    assert found["Friday"] == "2024-03-15"
