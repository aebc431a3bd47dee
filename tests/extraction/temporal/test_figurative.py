"""Time words that stand for something else: a car, a newspaper, an idiom, an age in general, some day ahead."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

DCT = Day(2024, 3, 14)


@pytest.mark.parametrize(("sentence", "word"), [
    ("Police found his 1987 Chevrolet Cavalier near the border.", "1987"),
    ("The suspect was driving a 2015 Toyota Camry.", "2015"),
    ("The Communist Party daily Granma printed the letter.", "daily"),
    ("The daily said the minister would resign.", "daily"),
    ("It felt like a scene from High Noon.", "Noon"),
    ("For the people of Poland, high noon comes at last.", "noon"),
    ("The case matters for today's youth.", "today"),
    ("Phones are the computers of today's world.", "today"),
    ("If I were choosing the people of tomorrow, I would choose them.", "tomorrow"),
])
def test_time_words_that_name_something_else_are_not_times(tag: Tagger, sentence: str, word: str) -> None:
    assert word not in [e.text for e in tag(sentence, DCT)]


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Police said the 1987 robbery was never solved.", "1987", "1987"),
    ("Trading averaged 3 million shares daily.", "daily", "P1D"),
    ("The talks will resume at noon.", "noon", "2024-03-14T12:00"),
    ("Today's vote was postponed.", "Today", "2024-03-14"),
    ("Tomorrow's meeting will decide.", "Tomorrow", "2024-03-15"),
    ("She hopes to one day run for office.", "one day", "FUTURE_REF"),
    ("Islam will one day be the second largest religion in the country.", "one day", "FUTURE_REF"),
    ("The strike lasted one day.", "one day", "P1D"),
    ("He was jailed for one day and released.", "one day", "P1D"),
])
def test_the_same_words_used_as_times_keep_their_value(tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert {e.text: e.value for e in tag(sentence, DCT)}[text] == value


@pytest.mark.parametrize(("sentence", "word"), [
    ("The council adopted resolution 1441 in November.", "1441"),
    ("Flight 2046 landed safely in Rome.", "2046"),
    ("Judges cited Article 1959 of the code.", "1959"),
])
def test_numbers_that_label_a_thing_are_not_years(tag: Tagger, sentence: str, word: str) -> None:
    assert word not in [e.text for e in tag(sentence, DCT)]


def test_an_island_named_after_a_holiday_is_not_the_holiday(tag: Tagger) -> None:
    assert [e.text for e in tag("The ship reached Christmas Island on Wednesday.", DCT)] == ["Wednesday"]
