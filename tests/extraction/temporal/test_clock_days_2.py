"""Which day a clock or a part of the day is on, in wire copy, market reports and live coverage."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_market_session_is_the_report_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The Fed raised rates yesterday evening. Sterling fell in afternoon trading.",
                               Day(2023, 2, 2)))
    assert found["afternoon"] == "2023-02-02TAF"


def test_clock_told_in_the_past_is_not_on_the_day_ahead_of_the_next_clause(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The suspect was arrested at 9 p.m. and will appear in court on Friday.",
                               Day(2019, 5, 6)))
    assert (found["9 p.m."], found["Friday"]) == ("2019-05-06T21:00", "2019-05-10")


def test_clock_ahead_still_takes_the_day_its_clause_names(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The suspect will appear at 9 a.m. in court on Friday.", Day(2019, 5, 6)))
    assert found["9 a.m."] == "2019-05-10T09:00"


def test_bracketed_conversion_is_not_the_story_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The gunman opened fire at 10:05 p.m. Sunday local time (1:05 a.m. ET Monday). "
                               "Officers reached his room at 11:20 p.m.", Day(2017, 10, 2)))
    assert found["11:20 p.m."] == "2017-10-01T23:20"


def test_plan_in_past_perfect_does_not_look_back(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The Boeing 777, which departed Kuala Lumpur at 12.41am, had been due to land in "
                               "Beijing at 6.30am local time.", Day(2014, 3, 8)))
    assert found["6.30am local time"] == "2014-03-08T06:30"


def test_night_of_no_day_does_not_carry_a_later_clock_past_midnight(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Rescuers worked through the night. The building collapsed at about 3am.",
                               Day(2020, 1, 10)))
    assert found["3am"] == "2020-01-10T03:00"


def test_clock_right_after_a_reported_day_is_on_it(parsed_tag: Tagger) -> None:
    found = parsed_tag("Medvedev said on Tuesday at around 1pm that the war was over.", Day(2008, 8, 13))
    clock = next(e for e in found if e.text == "1pm")
    assert (clock.value, clock.mod) == ("2008-08-12T13:00", "APPROX")


def test_effective_day_is_no_story_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The bank cut its deposit rate, effective January 22. The announcement at 10:30 a.m. "
                               "local time caught traders by surprise.", Day(2015, 1, 15)))
    assert found["10:30 a.m. local time"] == "2015-01-15T10:30"


def test_clocks_of_a_day_told_minute_by_minute_weeks_ago(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The freighter left Mogadishu at 01:35 local time (22:35 GMT on 15 May) and was due "
                               "to land at 04:10. It hit a hillside short of the runway at 04:02, killing its crew. "
                               "The interim statement, published on Monday, says the captain was tired.",
                               Day(2015, 6, 9)))
    assert [found[clock] for clock in ("01:35 local time", "04:10", "04:02")] == [
        "2015-05-16T01:35", "2015-05-16T04:10", "2015-05-16T04:02"]


def test_day_named_without_a_clock_does_not_date_later_clocks(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The quake on Sept. 7 killed 100 people. Flights resumed after 5 p.m.",
                               Day(2023, 9, 19)))
    assert found["5 p.m."] == "2023-09-19T17:00"


def test_minutes_later_count_from_the_clock_not_its_day(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Flight 4312 departed Nice at 21:05 local time (19:05 GMT) on August 19 and "
                               "disappeared from radar 23 minutes later. The crew declared an emergency at 21:26.",
                               Day(2006, 9, 8)))
    assert (found["23 minutes later"], found["21:26"]) == ("2006-08-19T21:28", "2006-08-19T21:26")


def test_clock_of_a_daily_part_of_the_day_recurs(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("He skated every morning at 6 a.m.", Day(2004, 3, 15)))
    assert found["6 a.m."] == "XXXX-XX-XXT06:00"
