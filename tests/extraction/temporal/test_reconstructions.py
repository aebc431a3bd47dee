"""The days of clocks and parts of the day in a night told again after the fact: police appeals, inquests, cold
cases and vote counts."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _values(expressions: list[TemporalExpression]) -> dict[str, str]:
    return {expr.text: expr.value for expr in expressions}


def test_a_clock_told_in_the_past_after_a_day_more_than_a_week_back_is_on_that_day(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("He was killed on May 26. A neighbor called 911 at 2:20 a.m.", Day(2024, 6, 3)))
    assert values["2:20 a.m."] == "2024-05-26T02:20"


def test_a_clock_opening_its_sentence_after_a_day_decades_back_is_on_that_day(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("She left home on July 20, 1982. At about 8.50pm a driver saw her.", Day(2012, 7, 18)))
    assert values["8.50pm"] == "1982-07-20T20:50"


def test_a_clock_after_a_day_only_in_a_noun_phrase_stays_on_the_dct(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The quake on Sept. 7 killed 100 people. Flights resumed after 5 p.m.",
                                Day(2022, 9, 19)))
    assert values["5 p.m."] == "2022-09-19T17:00"


def test_a_clock_told_now_after_a_far_day_stays_on_the_dct(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("He was killed on May 26. The police will hold a news conference at 2 p.m.",
                                Day(2024, 6, 3)))
    assert values["2 p.m."] == "2024-06-03T14:00"


def test_the_account_goes_on_through_a_sentence_the_parse_gives_no_verb(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("He closed the bar at 1:45am on May 26. The two parted ways at 2:07am.",
                                Day(2024, 6, 3)))
    assert values["2:07am"] == "2024-05-26T02:07"


def test_earlier_that_night_after_the_small_hours_is_the_night_before(tag: Tagger) -> None:
    values = _values(tag("Police said he was shot at 2:19 a.m. on May 26. The man had been seen in the area earlier "
                         "that night, at about 11:30 p.m.", Day(2024, 6, 3)))
    assert values["earlier that night"] == "2024-05-25TNI"
    assert values["11:30 p.m."] == "2024-05-25T23:30"


def test_the_earlier_part_of_the_evening_is_the_evening_of_the_attack(tag: Tagger) -> None:
    values = _values(tag("The man was attacked between 10pm and midnight on Saturday. Officers believe he had spent "
                         "the earlier part of the evening at a bar, which he left at about 9.45pm.", Day(2019, 3, 11)))
    assert values["the evening"] == "2019-03-09TEV"
    assert values["9.45pm"] == "2019-03-09T21:45"


def test_a_deal_shortly_before_2am_after_an_afternoon_is_the_next_night(tag: Tagger) -> None:
    values = _values(tag("Talks had run since Monday afternoon, and a deal appeared close shortly before 2am.",
                         Day(2002, 11, 13)))
    assert values["2am"] == "2002-11-12T02:00"


def test_the_dawn_a_night_lasted_until_is_the_next_day(tag: Tagger) -> None:
    values = _values(tag("Veterans held a vigil on Sunday night that lasted until dawn.", Day(2012, 4, 3)))
    assert values["dawn"] == "2012-04-02TMO"


def test_a_dawn_of_its_own_is_not_moved(tag: Tagger) -> None:
    values = _values(tag("Veterans held a vigil on Sunday night. Protesters gathered at dawn.", Day(2012, 4, 3)))
    assert values["dawn"] != "2012-04-02TMO"


def test_clocks_in_a_quotation_are_on_the_day_the_speaker_named(tag: Tagger) -> None:
    values = _values(tag('He was arrested on Sunday morning. "It was a busy Saturday night. I would urge anyone who '
                         'was on Caroline Street between 10pm and midnight to come forward."', Day(2019, 3, 11)))
    assert values["10pm"] == "2019-03-09T22:00"
    assert values["midnight"] == "2019-03-09T24:00"


def test_a_clock_after_a_quotation_keeps_the_story_day(tag: Tagger) -> None:
    values = _values(tag('He was arrested on Sunday morning. "It was a busy Saturday night," he said. He was '
                         'charged at 10pm.', Day(2019, 3, 11)))
    assert values["10pm"] != "2019-03-09T22:00"


def test_a_later_clock_told_in_the_past_perfect_is_the_day_before(tag: Tagger) -> None:
    values = _values(tag("Results were published Wednesday morning. Exit polls at 10 p.m. had shown a tie.",
                         Day(2015, 3, 18)))
    assert values["10 p.m."] == "2015-03-17T22:00"


def test_an_earlier_clock_told_in_the_past_perfect_stays_on_the_day(tag: Tagger) -> None:
    values = _values(tag("Results were published Wednesday afternoon. Counting had finished at 11 a.m.",
                         Day(2015, 3, 18)))
    assert values["11 a.m."] == "2015-03-18T11:00"


def test_a_clock_after_an_older_aside_is_on_the_story_day(parsed_tag: Tagger) -> None:
    text = ("The carrier left Norfolk on Monday. The budget request, released March 12, proposes retiring the "
            "Truman. A farewell ceremony on the pier began at 8 a.m.")
    values = _values(parsed_tag(text, Day(2019, 4, 2)))
    assert values["8 a.m."] == "2019-04-01T08:00"


def test_a_part_of_the_day_is_on_the_day_named_after_its_noun(tag: Tagger) -> None:
    values = _values(tag("The union will stage a protest during the morning rush hour on Friday.", Day(1999, 3, 17)))
    assert values["the morning"] == "1999-03-19TMO"


def test_the_early_morning_hours_of_a_date_are_one_time_on_that_date(tag: Tagger) -> None:
    expressions = tag("He set fire to the house in the early morning hours of Dec. 27, 2008.", Day(2010, 5, 7))
    assert [(expr.type.value, expr.value) for expr in expressions] == [("TIME", "2008-12-27TMO")]


def test_a_clock_that_friday_is_one_time_on_the_friday_named_before(tag: Tagger) -> None:
    expressions = tag("She was last seen on Friday 29 September. Her mother flew in on Sunday. Anyone who saw her at "
                      "2am that Friday should call police.", Day(2023, 10, 5))
    assert [(expr.text, expr.value) for expr in expressions][-1] == ("2am that Friday", "2023-09-29T02:00")


def test_that_friday_without_a_friday_named_before_is_left_alone(tag: Tagger) -> None:
    values = _values(tag("She was last seen on Thursday. Anyone who saw her that Friday should call police.",
                         Day(2023, 10, 5)))
    assert "Friday" in values


def test_a_past_perfect_in_another_clause_does_not_move_the_clock(tag: Tagger) -> None:
    values = _values(tag("The ban came into force at 12.01am. Police said in a statement issued at 3.45am that "
                         "officers had fired 24 rounds of tear gas.", Day(2019, 10, 5)))
    assert values["3.45am"] == "2019-10-05T03:45"


def test_a_clock_after_the_story_came_back_to_the_present_stays_on_the_dct(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("Some 240 people were abducted on October 7, and the army has been pounding Gaza for "
                                "seven weeks. Sirens sounded near the border at 7:04 a.m.", Day(2023, 11, 24)))
    assert values["7:04 a.m."] == "2023-11-24T07:04"


def test_a_clock_after_a_far_day_the_story_moved_to_is_not_on_the_day_before_it(parsed_tag: Tagger) -> None:
    values = _values(parsed_tag("The deal was approved early Wednesday after an overnight session. Some 240 people "
                                "were abducted on October 7, and the army has been pounding Gaza for seven weeks. "
                                "Sirens sounded near the border at 7:04 a.m.", Day(2023, 11, 24)))
    assert values["7:04 a.m."] == "2023-11-24T07:04"


def test_a_past_perfect_after_a_clause_set_off_by_commas_still_moves_the_clock(tag: Tagger) -> None:
    values = _values(tag("Results were published Wednesday morning. Exit polls broadcast at 10 p.m., when voting "
                         "closed, had shown a tie.", Day(2015, 3, 18)))
    assert values["10 p.m."] == "2015-03-17T22:00"
