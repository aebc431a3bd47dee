"""Forms and readings found by the eighth session's probe sets (strikes, crime, arts, farming, defence, press)."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _found(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The strike will begin next Wednesday, 22 February, unions said.", "next Wednesday, 22 February", "2023-02-22"),
    ("They met last Friday, February 10, in Geneva.", "last Friday, February 10", "2023-02-10"),
    ("The parade is next Saturday, February 18, at noon.", "next Saturday, February 18, at noon",
     "2023-02-18T12:00"),
])
def test_a_relative_weekday_in_apposition_with_its_date_is_one_expression(
        parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2023, 2, 15)))[text] == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Sixty years ago this month, Zambia became independent.", "Sixty years ago this month", "1964-10"),
    ("Twenty years ago tonight, the handover took place.", "Twenty years ago tonight", "2004-10-19TNI"),
    ("A year ago this week, the bank collapsed.", "A year ago this week", "2023-W42"),
    ("Forty-five years ago this spring, the shah fell.", "Forty-five years ago this spring", "1979-SP"),
    ("The lesson of the past half century is clear.", "the past half century", "P50Y"),
    ("The next quarter-century will be harder.", "The next quarter-century", "P25Y"),
    ("It happened a half century ago.", "a half century ago", "1974"),
    ("It happened half a century ago.", "half a century ago", "1974"),
    ("A generation ago, the high street was busy.", "A generation ago", "PAST_REF"),
    ("Japan faced a similar moment in the late 1960s, and South Korea two decades later.", "two decades later",
     "198"),
])
def test_anniversaries_and_long_spans_of_features(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 10, 19)))[text] == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("It was the first rise after five consecutive quarters of decline.", "five consecutive quarters", "P5Q"),
    ("It was the first fall after two straight quarters of growth.", "two straight quarters", "P2Q"),
    ("The deal should close at midyear.", "midyear", "1999"),
    ("He has held a rally every May 1 since 1988.", "every May 1", "XXXX-05-01"),
])
def test_wire_forms(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(1999, 6, 10)))[text] == value


@pytest.mark.parametrize("sentence", [
    "Three quarters of the market went to rivals.",
    "The deal was agreed by Juncker and May in Brussels.",
    "May said she would resign.",
])
def test_fractions_and_people_are_no_dates(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, Day(2017, 6, 30)) == []


def test_an_aside_after_a_comma_is_not_a_second_unit(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("The company said it would cut costs within two years, a week after its chief "
                              "executive resigned.", Day(1998, 5, 14)))
    assert found["two years"] == "P2Y"
    assert "two years, a week" not in found


def test_months_after_and_stay_months(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("Sales rose in April and May.", Day(2017, 6, 30)))
    assert found["May"] == "2017-05"


def test_a_season_after_a_month_of_a_past_year_does_not_crash(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("Work started in November 2005 and was delayed in the summer.", Day(2010, 7, 15)))
    assert found["November 2005"] == "2005-11"
    assert "the summer" in found


def test_a_failing_pass_costs_only_its_own_refinement(monkeypatch: pytest.MonkeyPatch) -> None:
    from timeline_app.extraction.temporal import tagger

    def broken(expressions: list, view: object, dct: object) -> list:
        raise ValueError("a rule that did not foresee this text")

    monkeypatch.setattr(tagger, "_PASSES", (("broken", broken), *tagger._PASSES))
    found = _found(tagger.tag_text("The talks began on Monday and ended two days later.", Day(2022, 3, 16)))
    assert found == {"Monday": "2022-03-14", "two days later": "2022-03-16"}


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("A report released in May said inflation would fall.", "May", "2023-05"),
    ("Rain fell in London and March was cold.", "March", "2024-03"),
    ("Prices rose between Easter and May.", "May", "2023-05"),
])
def test_months_beside_names_and_speech_stay_months(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 3, 10)))[text] == value


def test_a_list_of_units_after_a_comma_is_one_duration(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("The war lasted two years, a month and three days.", Day(2024, 3, 10)))
    assert found["two years, a month and three days"] == "P2Y1M3D"


_NEWEST_FIRST = ("Live: Storm Ciaran batters Europe\n\n"
                 "02:10 GMT - Power has been restored to 40,000 homes in Brittany, the operator says.\n\n"
                 "01:45 GMT - Wind gusts of 200 km/h were recorded at Pointe du Raz.\n\n"
                 "23:50 GMT - French authorities say one person has died in Aisne.\n\n"
                 "23:15 GMT - Gusts are strongest on the Atlantic coast.\n\n"
                 "22:30 GMT - Welcome to our live coverage of the storm.\n")


def test_a_newest_first_live_blog_runs_back_across_midnight(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag(_NEWEST_FIRST, Day(2023, 11, 2)))
    assert found["02:10 GMT"] == "2023-11-02T02:10"
    assert found["23:50 GMT"] == "2023-11-01T23:50"
    assert found["22:30 GMT"] == "2023-11-01T22:30"


def test_a_newest_first_blog_dated_by_its_first_day_names_the_day_after(parsed_tag: Tagger) -> None:
    text = _NEWEST_FIRST.replace("the operator says.", "the operator said on Thursday.")
    found = _found(parsed_tag(text, Day(2023, 11, 1)))
    assert found["02:10 GMT"] == "2023-11-02T02:10"
    assert found["23:50 GMT"] == "2023-11-01T23:50"


def test_an_oldest_first_blog_keeps_its_entries_on_the_day(parsed_tag: Tagger) -> None:
    lines = [line for line in _NEWEST_FIRST.split("\n\n")[1:]]
    found = _found(parsed_tag("Live: Storm Ciaran batters Europe\n\n" + "\n\n".join(reversed(lines)), Day(2023, 11, 2)))
    assert found["23:50 GMT"] == "2023-11-02T23:50"


@pytest.mark.parametrize(("sentence", "absent"), [
    ('She starred in "Last Summer" in 2005.', "Last Summer"),
    ('Orwell wrote "Nineteen Eighty-Four" in 1948.', "Nineteen Eighty-Four"),
    ("Trade between Britain and May's government soured.", "May"),
    ("After two years, a month ago, he was freed.", "two years, a month"),
])
def test_titles_owners_and_asides_are_not_read_as_one_date(parsed_tag: Tagger, sentence: str, absent: str) -> None:
    assert absent not in _found(parsed_tag(sentence, Day(2024, 6, 10)))


def test_a_quoted_holiday_is_still_a_date(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag('Retailers are preparing for "Black Friday" next week.', Day(2024, 11, 17)))
    assert found["Black Friday"] == "2024-11-29"


@pytest.mark.parametrize(("story", "clock", "value"), [
    ("She was stabbed on Feb. 2. Officers were called at 9:40 p.m. and found her injured.", "9:40 p.m.",
     "2024-02-02T21:40"),
    ("The crash happened on February 2. Police were called at 4:10 p.m.", "4:10 p.m.", "2024-02-02T16:10"),
    ("The suspect fled on March 1. He was caught at 6 a.m. in Texas.", "6 a.m.", "2024-03-13T06:00"),
])
def test_clocks_of_an_incident_with_abbreviated_months(parsed_tag: Tagger, story: str, clock: str, value: str) -> None:
    assert _found(parsed_tag(story, Day(2024, 3, 13)))[clock] == value


def test_the_early_hours_of_an_event_are_no_time_of_the_story(parsed_tag: Tagger) -> None:
    assert parsed_tag("The early hours of the war were chaotic.", Day(2024, 3, 13)) == []
    found = _found(parsed_tag("It happened in the early hours of Monday.", Day(2024, 3, 13)))
    assert found["the early hours of Monday"] == "2024-03-11TMO"


def test_dawn_on_a_named_day_is_that_days(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("The market has been quiet since dawn on Monday.", Day(2024, 3, 13)))
    assert found["dawn"] == "2024-03-11TMO"


def test_a_habit_keeps_a_moving_holiday_on_its_day(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("He usually visits his mother at Easter and at Christmas.", Day(2024, 3, 13)))
    assert found["Easter"] == "2024-03-31" and found["Christmas"] == "XXXX-12-25"
