"""Forms and readings found in the ninth session: last session's known misses and the new probe sets
(European, pharma, South Asian, briefs, regulation, religion, long reads)."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger

_MONDAY = Day(2024, 6, 3)


def _found(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


@pytest.mark.parametrize(("sentence", "value"), [
    ("Wednesday Macron flies to Berlin for talks with Scholz.", "2024-06-05"),
    ("Tuesday Biden heads to Ohio.", "2024-06-04"),
    ("Wednesday Obama flew to Berlin.", "2024-05-29"),
    ("Monday Sunak went to Kyiv.", "2024-06-03"),
])
def test_a_weekday_opening_the_sentence_before_the_subject_dates_its_verb(
        parsed_tag: Tagger, sentence: str, value: str) -> None:
    assert [e.value for e in parsed_tag(sentence, _MONDAY)] == [value]


def test_a_weekday_glued_to_a_brand_stays_a_name(parsed_tag: Tagger) -> None:
    assert parsed_tag("Friday Rush tickets went on sale.", _MONDAY) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The documentary airs on Sunday at 9 p.m.", "Sunday at 9 p.m.", "2024-06-09T21:00"),
    ("The show airs on Sunday.", "Sunday", "2024-06-09"),
    ("The film screens on Friday at the Curzon.", "Friday", "2024-06-07"),
    ("The series premieres on Friday.", "Friday", "2024-06-07"),
    ("The interview airs Thursday.", "Thursday", "2024-06-06"),
    ("The documentary aired on Sunday.", "Sunday", "2024-06-02"),
])
def test_a_showing_told_in_the_present_is_ahead(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, _MONDAY))[text] == value


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The meeting starts at a quarter to seven.", "a quarter to seven", "2024-06-03T06:45"),
    ("They met at half past ten.", "half past ten", "2024-06-03T10:30"),
    ("The alarm went off at quarter past midnight.", "quarter past midnight", "2024-06-03T00:15"),
    ("Polls close at half past nine tonight.", "half past nine tonight", "2024-06-03T21:30"),
])
def test_clocks_said_in_quarters_and_halves(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, _MONDAY))[text] == value


@pytest.mark.parametrize("sentence", ["He won a quarter of the vote.", "Sales rose by a quarter to 20 million."])
def test_a_quarter_of_something_is_no_clock(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, _MONDAY) == []


@pytest.mark.parametrize(("dct", "sentence", "value"), [
    (Day(2024, 6, 3), "Two and a half months ago, the factory closed.", "2024-03"),
    (Day(2024, 6, 20), "Two and a half months ago, the factory closed.", "2024-04"),
    (Day(2024, 6, 3), "A month and a half ago it rained.", "2024-04"),
    (Day(2024, 6, 3), "The factory closed two and a half years ago.", "2021-12"),
])
def test_months_and_a_half_ago(parsed_tag: Tagger, dct: Day, sentence: str, value: str) -> None:
    assert [e.value for e in parsed_tag(sentence, dct)] == [value]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The mall will open in December.", "2024-12"),
    ("The mall will open in early December.", "2024-12"),
    ("Officials said the mall will not be finished until December.", "2024-12"),
    ("The mall opened in December.", "2023-12"),
    ("We will report December sales soon.", "2023-12"),
])
def test_last_month_after_will_is_next_years(parsed_tag: Tagger, sentence: str, value: str) -> None:
    assert [e.value for e in parsed_tag(sentence, Day(2024, 1, 10))] == [value]


@pytest.mark.parametrize("sentence", [
    "In a letter on Wednesday, May asked for a short extension.",
    "Two years ago, on 29 March 2017, May triggered Article 50.",
])
def test_theresa_may_acting_is_no_month(parsed_tag: Tagger, sentence: str) -> None:
    assert "May" not in _found(parsed_tag(sentence, Day(2019, 3, 21)))


@pytest.mark.parametrize("sentence", [
    "May ended with a storm.",
    "In April, May and June, prices rose.",
    "The WTI May contract expires on Tuesday.",
])
def test_the_month_may_stays_a_month(parsed_tag: Tagger, sentence: str) -> None:
    assert _found(parsed_tag(sentence, Day(2019, 3, 21)))["May"].endswith("-05")


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Ascension Day is another bank holiday.", "Ascension Day", "2017-05-25"),
    ("Germany marks German Unity Day on 3 October.", "German Unity Day", "2017-10-03"),
    ("The Pope washed feet on Holy Thursday.", "Holy Thursday", "2017-04-13"),
    ("Flowers sold out before Mothering Sunday.", "Mothering Sunday", "2017-03-26"),
    ("Reformation Day is a holiday in nine states.", "Reformation Day", "2017-10-31"),
    ("Unions marched on Labour Day in Paris.", "Labour Day", "2017-05-01"),
    ("Orthodox believers celebrated Christmas in Moscow.", "Christmas", "2017-01-07"),
    ("Jews gathered on the eve of Yom Kippur.", "the eve of Yom Kippur", "2016-10-11"),
    ("Families gathered on Lunar New Year's Eve.", "Lunar New Year's Eve", "2017-01-27"),
])
def test_european_and_religious_holidays(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2017, 5, 8)))[text] == value


def test_an_epiphany_in_prose_is_no_holiday(parsed_tag: Tagger) -> None:
    assert parsed_tag("She had an epiphany.", Day(2017, 5, 8)) == []


@pytest.mark.parametrize("sentence", [
    "Bangladesh will host Pakistan for three one-day internationals.",
    "He played in the One Day International.",
])
def test_one_day_cricket_is_no_duration(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, Day(2023, 5, 1)) == []


def test_a_one_day_strike_lasts_a_day(parsed_tag: Tagger) -> None:
    assert _found(parsed_tag("It was a one-day strike.", Day(2023, 5, 1)))["one-day"] == "P1D"


def test_christmas_told_after_the_julian_calendar_is_in_january(parsed_tag: Tagger) -> None:
    text = ("The Russian Orthodox Church still follows the Julian calendar. As a result, Christmas falls on Jan. 7. "
            "Catholics celebrate Christmas on Dec. 25.")
    found = [e.value for e in parsed_tag(text, Day(2001, 1, 7)) if e.text == "Christmas"]
    assert found[0] == "2001-01-07" and found[1].endswith("-12-25")


def test_how_much_earlier_keeps_more_than(parsed_tag: Tagger) -> None:
    found = parsed_tag("Easter falls on 31 March, more than three weeks earlier than in 2019.", Day(2024, 3, 29))
    amount = next(e for e in found if e.text == "more than three weeks earlier")
    assert (amount.value, amount.mod) == ("P3W", "MORE_THAN")


@pytest.mark.parametrize(("sentence", "text", "value", "mod"), [
    ("After a quiet start to the year, workers must wait.", "start to the year", "2026", "START"),
    ("Markets had a strong start to 2025.", "start to 2025", "2025", "START"),
    ("It was a fitting end to the year.", "end to the year", "2026", "END"),
])
def test_a_start_to_the_year(parsed_tag: Tagger, sentence: str, text: str, value: str, mod: str) -> None:
    found = {e.text: (e.value, e.mod) for e in parsed_tag(sentence, Day(2026, 1, 5))}
    assert found[text] == (value, mod)


def test_an_end_to_a_war_is_no_time(parsed_tag: Tagger) -> None:
    assert parsed_tag("They want to put an end to the war.", Day(2026, 1, 5)) == []


def test_a_clock_ahead_of_an_opening_is_on_the_reports_day(parsed_tag: Tagger) -> None:
    text = "Fed officials cut rates last Thursday. Futures were little changed ahead of the 9:30 a.m. open."
    assert _found(parsed_tag(text, Day(2024, 11, 13)))["9:30 a.m."] == "2024-11-13T09:30"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("He arrived at half past eight on Tuesday morning.", "half past eight on Tuesday morning", "2024-06-04T08:30"),
    ("The meeting started at a quarter past nine on Monday.", "a quarter past nine on Monday", "2024-06-03T09:15"),
    ("The blast occurred at about half past three on Sunday afternoon.", "half past three on Sunday afternoon",
     "2024-06-02T15:30"),
    ("We're live at a quarter to seven on a Wednesday evening.", "a quarter to seven on a Wednesday evening",
     "2024-06-05T18:45"),
])
def test_clocks_in_words_take_the_day_after_them(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 6, 5)))[text] == value


def test_named_days_take_the_year_of_their_written_date(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("KEY DATES\n- Oct. 31: Reformation Day\n- Nov. 1: All Saints' Day", Day(2024, 9, 10)))
    assert (found["Reformation Day"], found["All Saints' Day"]) == ("2024-10-31", "2024-11-01")


@pytest.mark.parametrize("sentence", ["The Epiphany Choir performed.", "The Christmas Foundation donated $1m."])
def test_holiday_names_of_organisations_are_no_dates(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, Day(2024, 4, 20)) == []


def test_that_christmas_is_the_storys(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("The factory closed in 2007. By that Christmas, workers had left.", Day(2010, 5, 1)))
    assert found["that Christmas"] == "2007-12-25"


def test_a_weekday_of_a_month_moved_to_next_year_is_that_years(parsed_tag: Tagger) -> None:
    text = ("This is the second year of the extended period, which now runs from the last Sunday in September to the "
            "first Sunday in April. Daylight saving will end at 3am on April 5 next year.")
    found = _found(parsed_tag(text, Day(2008, 9, 28)))
    assert Day.parse(found["the first Sunday in April"]).weekday == 6


@pytest.mark.parametrize(("sentence", "text", "value", "mod"), [
    ("Countries must reach net zero by mid-century.", "mid-century", "20", "MID"),
    ("The planet has warmed since the mid-1800s.", "the mid-1800s", "18", "MID"),
    ("Factories boomed in the 1800s.", "the 1800s", "18", None),
    ("Growth slowed in the 2000s.", "the 2000s", "200", None),
    ("Sales of iPods tripled during the holiday quarter.", "the holiday quarter", "2021-Q4", None),
])
def test_centuries_and_quarters_of_the_trade(parsed_tag: Tagger, sentence: str, text: str, value: str,
                                           mod: str | None) -> None:
    found = {e.text: (e.value, e.mod) for e in parsed_tag(sentence, Day(2022, 1, 14))}
    assert found[text] == (value, mod)


def test_a_mid_century_house_is_a_style(parsed_tag: Tagger) -> None:
    assert parsed_tag("It is a mid-century modern house.", Day(2022, 1, 14)) == []


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Crowds gathered on Anzac Day.", "Anzac Day", "2021-04-25"),
    ("Waitangi Day celebrations were calm.", "Waitangi Day", "2021-02-06"),
    ("The carnival continues on Thursday.", "Thursday", "2021-11-18"),
])
def test_oceania_holidays_and_present_continuations(parsed_tag: Tagger, sentence: str, text: str,
                                                    value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2021, 11, 13)))[text] == value


def test_may_who_stepped_down_is_a_person(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("May, who stepped down as leader on Friday, will remain prime minister.",
                              Day(2019, 6, 12)))
    assert "May" not in found


@pytest.mark.parametrize(("sentence", "values"), [
    ("The troops landed on 25 April 1915 and withdrew in December and January.", ["1915-12", "1916-01"]),
    ("Sales rose in November, December and January.", ["2021-11", "2021-12", "2022-01"]),
    ("Snow will fall in December and January.", ["2022-12", "2023-01"]),
])
def test_listed_months_follow_one_another(parsed_tag: Tagger, sentence: str, values: list[str]) -> None:
    found = [e.value for e in parsed_tag(sentence, Day(2022, 11, 1)) if "-" in e.value and len(e.value) == 7]
    assert found == values


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("The train left at a quarter to midnight on Sunday.", "a quarter to midnight on Sunday", "2024-06-02T23:45"),
    ("The crash happened at a quarter to one on Monday morning.", "a quarter to one on Monday morning",
     "2024-06-03T00:45"),
])
def test_clocks_in_words_around_midnight(parsed_tag: Tagger, sentence: str, text: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 6, 5)))[text] == value


@pytest.mark.parametrize(("sentence", "value"), [
    ("In the 1800s the town was a hub, and by mid-century it had 20 mills.", "18"),
    ("Emissions fell 30% from 1990 levels and must reach zero by mid-century.", "20"),
])
def test_mid_century_of_the_century_named_before(parsed_tag: Tagger, sentence: str, value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 6, 5)))["mid-century"] == value


@pytest.mark.parametrize("sentence", ["The Australia Day Council announced the awards.",
                                      "Mid-century homes sell fast."])
def test_names_and_styles_are_no_dates(parsed_tag: Tagger, sentence: str) -> None:
    assert parsed_tag(sentence, Day(2024, 6, 5)) == []


def test_months_out_of_order_keep_their_years(parsed_tag: Tagger) -> None:
    assert [e.value for e in parsed_tag("Sales in June and May rose.", Day(2024, 6, 5))] == ["2024-06", "2024-05"]


def test_a_date_in_apposition_names_the_holiday(parsed_tag: Tagger) -> None:
    found = _found(parsed_tag("Labour Day, 1 May, is a public holiday.", Day(2024, 6, 5)))
    assert found["Labour Day"] == found["1 May"]


@pytest.mark.parametrize(("sentence", "value"), [
    ("Vantory will lay off about 11% of its staff, or roughly 1,300 people, by the end of March, chief executive "
     "Dana Whitfield told employees in a memo on Wednesday.", "2023-03"),
    ("The company cut 500 jobs in March, the chief executive said on Wednesday.", "2022-03"),
])
def test_a_date_before_the_reporting_verb_takes_the_reported_tense(parsed_tag: Tagger, sentence: str,
                                                                    value: str) -> None:
    assert next(e.value for e in parsed_tag(sentence, Day(2022, 11, 16))) == value


def test_the_month_two_sentences_on_in_a_past_story(parsed_tag: Tagger) -> None:
    text = ("On 3 January 2020 a briefing described a cluster. Within a week, scientists had sequenced the virus. "
            "By the end of the month, it had reached 18 countries.")
    assert _found(parsed_tag(text, Day(2021, 3, 11)))["the end of the month"] == "2020-01"


@pytest.mark.parametrize(("sentence", "text", "value"), [
    ("Analysts said the holiday quarter would be weak.", "the holiday quarter", "2024-Q4"),
    ("Analysts said December would be busy.", "December", "2024-12"),
    ("He said Friday would be a big day.", "Friday", "2024-06-07"),
    ("He said Friday that prices would rise.", "Friday", "2024-05-31"),
])
def test_a_date_said_to_be_something_is_the_subject_not_the_saying(parsed_tag: Tagger, sentence: str, text: str,
                                                                   value: str) -> None:
    assert _found(parsed_tag(sentence, Day(2024, 6, 5)))[text] == value
