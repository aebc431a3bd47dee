"""Which year a month or day without one takes from its sentence, and ranges of months that run forward."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_a_day_in_the_month_just_named_takes_that_months_year(parsed_tag: Tagger) -> None:
    text = "In July 1995 Serb forces took Srebrenica, and on 14 July the killings began."
    assert _values(parsed_tag(text, Day(2001, 8, 2)))["14 July"] == "1995-07-14"


def test_since_a_month_in_the_present_is_this_years_month(parsed_tag: Tagger) -> None:
    text = "The rig, built in 2001, has been drilling here since February."
    assert _values(parsed_tag(text, Day(2010, 4, 21)))["February"] == "2010-02"
    text = "The company, which listed in 2006, is up 21 per cent since January."
    assert _values(parsed_tag(text, Day(2013, 5, 10)))["January"] == "2013-01"


def test_the_next_season_counts_from_the_story(tag: Tagger) -> None:
    found = _values(tag("I cut my first record in 1978. I moved to Nashville the next spring.", Day(2025, 10, 20)))
    assert found["the next spring"] == "1979-SP"


def test_a_range_of_months_runs_forward(parsed_tag: Tagger) -> None:
    ahead = _values(parsed_tag("The season runs from October to March.", Day(2019, 8, 21)))
    assert (ahead["October"], ahead["March"]) == ("2019-10", "2020-03")
    past = _values(parsed_tag("Inflation rose from July to February.", Day(2019, 8, 21)))
    assert (past["July"], past["February"]) == ("2018-07", "2019-02")
    current = _values(parsed_tag("Tenants had been offered relief from August to October.", Day(2019, 8, 21)))
    assert (current["August"], current["October"]) == ("2019-08", "2019-10")


def test_a_year_after_the_opens_a_plan_not_a_name(parsed_tag: Tagger) -> None:
    text = "The 2023 Response Plan, which runs from January to December, is 39 per cent funded."
    found = _values(parsed_tag(text, Day(2023, 11, 17)))
    assert (found["January"], found["December"]) == ("2023-01", "2023-12")


def test_a_weekday_then_a_month_is_no_range(parsed_tag: Tagger) -> None:
    text = "After a small downward revision Friday to December's figures, jobs grew."
    assert _values(parsed_tag(text, Day(1998, 2, 6)))["December"] == "1997-12"


def test_the_start_of_the_year_after_a_month_without_its_year_is_this_year(parsed_tag: Tagger) -> None:
    text = ("Hayami, who lifted the zero-rate policy only last August, said the economy had weakened since the "
            "start of the year.")
    found = {e.text: (e.value, e.mod) for e in parsed_tag(text, Day(2001, 3, 16))}
    assert found["the start of the year"] == ("2001", "START")


def test_a_year_earlier_than_the_month_named_in_the_clause(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Retail sales in July fell 11.4 per cent from a year earlier.", Day(2019, 8, 15)))
    assert found["a year earlier"] == "2018-07"


def test_a_year_ago_opening_the_next_sentence_is_not_tied_to_the_month_before(parsed_tag: Tagger) -> None:
    text = "His visit to Beijing in October yielded $24 billion in pledges. A year ago, such a visit was unthinkable."
    assert _values(parsed_tag(text, Day(2016, 11, 9)))["A year ago"] != "2015-10"


def test_a_morning_clock_after_a_late_evening_one_is_the_next_morning(parsed_tag: Tagger) -> None:
    text = ("Pollution peaked around 11 p.m. on Thursday, officials said. By 6 a.m. the readings had eased. "
            "Earlier, at 8 a.m. on Thursday, schools had closed.")
    found = _values(parsed_tag(text, Day(2017, 10, 20)))
    assert found["6 a.m."] == "2017-10-20T06:00"
    assert found["8 a.m. on Thursday"] == "2017-10-19T08:00"


def test_a_month_after_a_day_of_an_earlier_year_is_in_that_year(parsed_tag: Tagger) -> None:
    text = ("In 1991, polling was interrupted after the assassination of Rajiv Gandhi on May 21, and the remaining "
            "phases were held in June.")
    assert _values(parsed_tag(text, Day(1996, 5, 10)))["June"] == "1991-06"
    assert _values(parsed_tag("He was elected on May 21, 2019 and will step down in June."))["June"] == "2022-06"


def test_another_month_and_the_spring_equinox(parsed_tag: Tagger) -> None:
    found = parsed_tag("The rules were extended for another month, to the spring equinox.", Day(2020, 5, 1))
    assert [(e.text, e.value) for e in found] == [("another month", "P1M")]
    assert parsed_tag("We will fight another day.") == []
