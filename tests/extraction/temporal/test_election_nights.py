"""Election nights: the count runs past midnight and the results come out on the next day."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_evening_clock_told_after_early_hours_is_the_evening_before(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Democrats won the House early Wednesday. The first polls closed at 6 p.m. EST.",
                               Day(2006, 11, 8)))
    assert found["6 p.m. EST"] == "2006-11-07T18:00"


def test_clock_converted_in_brackets_goes_back_with_it(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Macron topped the first round, results released early on Monday showed. Polling "
                               "stations closed at 7 p.m. (1700 GMT) in most of France.", Day(2017, 4, 24)))
    assert (found["7 p.m."], found["1700 GMT"]) == ("2017-04-23T19:00", "2017-04-23T17:00")


def test_evening_ahead_of_early_hours_stays_on_the_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Democrats won the House early Wednesday. Leaders will meet at 7 p.m.",
                               Day(2006, 11, 8)))
    assert found["7 p.m."] == "2006-11-08T19:00"


def test_possessive_day_after_a_plan_ahead_is_the_story_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Lula and Bolsonaro will meet in a runoff on October 30 after neither won a majority "
                               "in Sunday's first round. Polls closed at 5:00 pm Brasilia time.", Day(2022, 10, 3)))
    assert (found["Sunday"], found["5:00 pm"]) == ("2022-10-02", "2022-10-02T17:00")


def test_day_gone_by_before_a_plan_stays_gone_by(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The Liberals will form the next government after Monday's federal election.",
                              Day(2025, 4, 29)))["Monday"] == "2025-04-28"
    assert _values(parsed_tag("Macron and Le Pen will face each other in a runoff after topping the first round on "
                              "Sunday.", Day(2017, 4, 24)))["Sunday"] == "2017-04-23"


def test_day_ahead_before_a_plan_stays_ahead(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The parties will meet after Friday's vote.", Day(2025, 4, 30)))["Friday"] == (
        "2025-05-02")


def test_small_hours_after_an_evening_keep_moving_on(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("At 7:50 p.m. last night the networks called Florida for Gore. Shortly after 2:15 "
                               "a.m., they called it for Bush. But by 3:30 a.m. his lead had shrunk.",
                               Day(2000, 11, 8)))
    assert (found["2:15 a.m."], found["3:30 a.m."]) == ("2000-11-08T02:15", "2000-11-08T03:30")


def test_next_clause_after_a_late_clock_is_past_midnight(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The last polls closed at 11 p.m. EST on Tuesday, and voting in Alaska ended at "
                               "1 a.m. EST.", Day(2020, 11, 4)))
    assert found["1 a.m. EST"] == "2020-11-04T01:00"


def test_evening_before_results_in_the_early_hours(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The SPD narrowly won Sunday's election, according to results released in the early "
                               "hours of Monday. Polling stations closed at 6 p.m. local time (1600 UTC).",
                               Day(2021, 9, 27)))
    assert (found["6 p.m. local time"], found["1600 UTC"]) == ("2021-09-26T18:00", "2021-09-26T16:00")


def test_evening_clocks_of_a_clause_hanging_on_a_past_verb(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("It was not clear early Tuesday whether they had a majority. Polls closed across six "
                               "time zones, starting at 7 p.m. Newfoundland time, or 5:30 p.m. Eastern, and ending "
                               "at 10 p.m. Eastern.", Day(2025, 4, 29)))
    assert [found[clock] for clock in ("7 p.m.", "5:30 p.m.", "10 p.m.")] == [
        "2025-04-28T19:00", "2025-04-28T17:30", "2025-04-28T22:00"]


def test_evening_told_in_the_past_perfect_goes_back_too(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Democrats won the House early Wednesday. By 8 p.m. EST most of the East Coast had "
                               "stopped voting.", Day(2006, 11, 8)))
    assert found["8 p.m. EST"] == "2006-11-07T20:00"


def test_election_day_just_gone_while_the_count_goes_on(parsed_tag: Tagger) -> None:
    sentence = "Votes can be counted if they arrive within three days after Election Day."
    found = _values(parsed_tag(sentence, Day(2020, 11, 4)))
    assert found["Election Day"] == "2020-11-03"
    later = _values(parsed_tag(sentence, Day(2021, 1, 4)))
    assert later["Election Day"] == "2021-11-02"
