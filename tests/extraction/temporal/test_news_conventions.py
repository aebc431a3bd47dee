"""News-writing conventions the tagger follows (TimeML as annotated in TimeBank/AQUAINT), DCT 2022-03-14."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day

from .conftest import Tagger


def test_stock_index_levels_are_not_years(tag: Tagger) -> None:
    found = tag("The index shed 47.3 points to close at 2082.1, and the transport average ended at 1190.43.")
    assert found == []


def test_a_year_earlier_after_year_to_date_figures_is_the_previous_year(tag: Tagger) -> None:
    found = tag("Profit rose in the third quarter from a year earlier. For the nine months, net fell "
                "from $3 million a year earlier.")
    values = [(e.text, e.value) for e in found if e.text == "a year earlier"]
    assert values == [("a year earlier", "2020-Q3"), ("a year earlier", "2020")]


def test_the_near_term_is_future_but_a_long_term_lot_is_not(tag: Tagger) -> None:
    found = {e.text: e.value for e in tag("Margins will stay thin in the near term. The car sat in the long-term lot.")}
    assert found == {"the near term": "FUTURE_REF"}


def test_the_unit_of_a_rate_is_not_a_time_but_twice_a_year_is_a_set(tag: Tagger) -> None:
    assert tag("The plan saves $2 million a year and 30,000 flights a week.") == []
    (found,) = tag("The board meets twice a year.")
    assert (found.text, found.type.value, found.value) == ("a year", "SET", "P1Y")


def test_processions_and_programmes_named_like_dates_are_not_dates(tag: Tagger) -> None:
    text = ('Protesters joined the annual March for Life. Baker said on ABC\'s "This Week" that talks '
            "would resume. This is VOA Today. They met in March and will meet again this week.")
    found = [(e.text, e.value) for e in tag(text)]
    assert found == [("March", "2022-03"), ("this week", "2022-W11")]


def test_a_second_group_is_an_ordinal_but_a_second_later_is_time(tag: Tagger) -> None:
    assert tag("A second group of directors objected. He said on CBS's \"60 Minutes\" it was wrong.") == []
    assert [e.value for e in tag("The light flickered for a second.")] == ["PT1S"]


def test_the_past_year_is_the_last_year_but_the_past_week_a_duration(tag: Tagger) -> None:
    found = {e.text: (e.type.value, e.value) for e in tag("Hate groups grew over the past year and in the past week.")}
    assert found == {"the past year": ("DATE", "2021"), "the past week": ("DURATION", "P1W")}


@pytest.mark.parametrize(("sentence", "value"), [
    ("The prosecutor has scheduled a news conference Thursday to announce a development.", "2022-03-17"),
    ("Protesters planned a large demonstration in the capital on Tuesday.", "2022-03-15"),
    ("On Friday, the government planned to pay the families.", "2022-03-11"),
    ("The ministers met in Rome on Thursday.", "2022-03-10"),
])
def test_a_weekday_after_a_plan_told_in_the_past_is_the_nearest_one(parsed_tag: Tagger, sentence: str,
                                                                     value: str) -> None:
    found = [e.value for e in parsed_tag(sentence)]
    assert found == [value]


def test_adjectival_unit_durations_and_years_end(tag: Tagger) -> None:
    found = {e.text: (e.type.value, e.value) for e in tag(
        "After a day-long meeting and a decades-long feud, rules should be in place by year's end.")}
    assert found == {"day-long": ("DURATION", "P1D"), "decades-long": ("DURATION", "PXE"),
                     "year's end": ("DATE", "2022")}


def test_next_years_quarter_and_a_minute_and_a_half(tag: Tagger) -> None:
    found = {e.text: e.value for e in tag(
        "The spin-off could be effective as early as next year's first quarter. A minute and a half later, "
        "the pilot called; the flight took an hour and a half.")}
    assert found == {"next year's first quarter": "2023-Q1", "A minute and a half": "PT1M30S",
                     "an hour and a half": "PT1H30M"}


def test_until_then_is_the_time_last_named(tag: Tagger) -> None:
    text = "Rights will terminate on Nov. 30. Until then, the stock stays convertible. He was angry then."
    found = [(e.text, e.value) for e in tag(text)]
    assert found == [("Nov. 30", "2022-11-30"), ("then", "2022-11-30")]


def test_compound_adjectives_like_quarter_to_quarter_are_not_expressions(tag: Tagger) -> None:
    found = [e.text for e in tag("The quarter-to-quarter comparison and year-on-year sales improved in the quarter.")]
    assert found == ["the quarter"]


def test_in_five_years_ahead_is_a_date_but_a_past_span_stays_a_duration(tag: Tagger) -> None:
    found = {e.text: (e.type.value, e.value) for e in tag(
        "The company will redeem the stock in five years. Spending rose by the most in a year.")}
    assert found == {"five years": ("DATE", "2027"), "a year": ("DURATION", "P1Y")}


def test_couple_of_years_and_within_weeks(tag: Tagger) -> None:
    text = "Over the next couple of years sales may double; troops arrive within weeks."
    found = {e.text: e.value for e in tag(text)}
    assert found == {"the next couple of years": "P2Y", "weeks": "PXW"}


def test_a_title_case_headline_keeps_its_dates(tag: Tagger) -> None:
    found = [(e.text, e.value) for e in tag("Talks Resume Next Week\n\n\"Today we start again,\" he said.")]
    assert found == [("Next Week", "2022-W12"), ("Today", "2022-03-14")]
    assert [e.value for e in tag("Prices Rose in March for Third Month")] == ["2022-03"]


def test_a_two_digit_decade_is_the_latest_one_begun_by_the_article_date(tag: Tagger) -> None:
    text = "Sales peaked in the '80s, fell in the '20s and in the last half of the '90s."
    found = {e.text: e.value for e in tag(text)}
    assert found == {"the '80s": "198", "the '20s": "202", "the last half of the '90s": "199"}
    half = tag("They met in the second half of the 1990s.")[0]
    assert (half.value, half.mod) == ("199", "END")


def test_a_holiday_week_is_the_iso_week_of_the_holiday(tag: Tagger) -> None:
    found = tag("Protesters prayed last year as Easter week began.")
    assert [(e.text, e.value) for e in found] == [("last year", "2021"), ("Easter week", "2021-W13")]


def test_a_failure_to_reach_someone_on_a_weekday_is_in_the_past(parsed_tag: Tagger) -> None:
    def value(sentence: str) -> str:
        return parsed_tag(sentence)[0].value

    assert value("Neither he nor his aides could be located Wednesday.") == "2022-03-09"
    assert value("He could not be reached for comment Friday.") == "2022-03-11"
    assert value("They could meet on Friday.") == "2022-03-18"


def test_a_time_of_day_on_a_named_day_is_one_expression_of_that_day(tag: Tagger) -> None:
    found = tag("The alarm was raised at about 6am on Sunday morning.", Day(2013, 7, 22))
    assert [(e.text, e.value) for e in found] == [("6am on Sunday morning", "2013-07-21T06:00")]
    found = tag("He was arrested early morning on Sunday, February 1, 2009.", Day(2009, 2, 4))
    assert [(e.text, e.value) for e in found] == [("early morning on Sunday, February 1, 2009", "2009-02-01TMO")]


def test_a_hearing_pencilled_in_for_a_month_is_ahead(tag: Tagger) -> None:
    assert tag("A trial hearing was penciled in for October.", Day(2013, 6, 12))[0].value == "2013-10"


def test_the_early_hours_of_a_day_are_its_morning(tag: Tagger) -> None:
    found = tag("Russian forces attacked in the early hours of Thursday.")
    assert [(e.text, e.value) for e in found] == [("the early hours of Thursday", "2022-03-10TMO")]


def test_the_first_and_last_weeks_of_a_month_are_its_start_and_end(tag: Tagger) -> None:
    text = "Elections are due in the first week of April, not the last days of May."
    found = [(e.text, e.value, e.mod) for e in tag(text)]
    assert found == [("the first week of April", "2022-04", "START"), ("the last days of May", "2022-05", "END")]


def test_a_financial_year_to_a_date_is_a_period(tag: Tagger) -> None:
    found = tag("The company reported results for the year to March 31.")
    assert [(e.text, e.value) for e in found] == [("the year", "P1Y"), ("March 31", "2022-03-31")]


def test_n_days_before_with_nothing_after_counts_back_from_the_reference(tag: Tagger) -> None:
    found = tag("He had arrived two days before, and left. Two days before the election, he resigned.")
    assert [(e.text, e.value) for e in found] == [("two days before", "2022-03-12"), ("Two days", "P2D")]


def test_a_plan_told_in_the_past_perfect_was_for_a_day_now_past(tag: Tagger) -> None:
    assert tag("The offer had been due to expire Friday.", Day(1989, 10, 30))[0].value == "1989-10-27"
    assert tag("The offer expires Friday.", Day(1989, 10, 30))[0].value == "1989-11-03"


@pytest.mark.parametrize(("sentence", "value"), [
    ("Shares rose on takeover talk, rising to a high in June from $29.75 in October.", "2021-10"),
    ("They said they would appeal the decision, announced Wednesday by the commissioner.", "2022-03-09"),
    ("Among the first countries to join the alliance on Friday were Poland and Hungary.", "2022-03-11"),
    ("Banks have extended the company $90 million in loans through January.", "2023-01"),
    ("Officials postponed until Thursday any action on the permit.", "2022-03-17"),
])
def test_participles_conjuncts_and_until_take_their_direction_from_the_clause(parsed_tag: Tagger, sentence: str,
                                                                             value: str) -> None:
    found = [e.value for e in parsed_tag(sentence)]
    assert found[-1] == value


def test_the_day_beside_a_named_day_and_later_in_the_day(tag: Tagger) -> None:
    found = tag("The day before last Tuesday's hearing, he left. He returned later in the day. "
                "The day after Christmas, they met.")
    assert [(e.text, e.value) for e in found] == [
        ("The day before last Tuesday", "2022-03-07"), ("later in the day", "2022-03-07"),
        ("The day after Christmas", "2021-12-26")]


def test_spelled_out_thousands_of_years(tag: Tagger) -> None:
    (found,) = tag("Families have kept their secrets for more than two thousand years.")
    assert (found.text, found.value, found.mod) == ("more than two thousand years", "P2000Y", "MORE_THAN")


def test_a_weekday_of_a_named_week(tag: Tagger) -> None:
    found = tag("Last week Friday, the firm restored service. They will meet Tuesday of next week.")
    assert [(e.text, e.value) for e in found] == [("Last week Friday", "2022-03-11"),
                                                  ("Tuesday of next week", "2022-03-22")]


def test_clock_digits_are_not_a_day_of_the_month_or_a_duration(tag: Tagger) -> None:
    found = tag("Circuits were restored as of 4 November 02:00 GMT. The quake struck at 09:10 hours.", Day(2021, 11, 5))
    assert [(e.text, e.value) for e in found] == [("4 November 02:00 GMT", "2021-11-04T02:00"),
                                                  ("09:10", "2021-11-04T09:10")]


def test_clocks_split_apart_by_tokenised_copies_are_still_clocks(tag: Tagger) -> None:
    found = tag("The fire was reported at 3: 33 a. m. and was out by 6. 30am. Last updated at 12: 41 GMT. "
                "Acts 3: 33 says so. Links were restored as of 14 March 02: 00 GMT and traffic resumed at 10: 57.")
    assert [(e.text, e.value) for e in found] == [
        ("3: 33 a. m.", "2022-03-14T03:33"), ("6. 30am", "2022-03-14T06:30"), ("12: 41 GMT", "2022-03-14T12:41"),
        ("14 March 02: 00 GMT", "2022-03-14T02:00"), ("10: 57", "2022-03-14T10:57")]


@pytest.mark.parametrize(("sentence", "value"), [
    ("The negotiations resume on Tuesday.", "2022-03-15"),
    ("The ceasefire expired at midnight on Saturday.", "2022-03-12T24:00"),
    ("The GM move follows Tuesday's declaration by Ford.", "2022-03-08"),
    ("Zelenskiy is meeting Polish leaders on Wednesday.", "2022-03-16"),
    ("The election is expected in October.", "2022-10"),
    ("The verdict is due in September.", "2022-09"),
    ("The minister said on Friday she would resign on June 7.", "2022-03-11"),
    ("Ukraine repels attack Saturday", "2022-03-12"),
    ("He said he would visit Kyiv on Friday.", "2022-03-18"),
])
def test_a_timetable_or_plan_in_the_present_points_ahead_but_a_headline_back(parsed_tag: Tagger, sentence: str,
                                                                            value: str) -> None:
    assert next(e.value for e in parsed_tag(sentence)) == value


def test_periods_of_the_year_and_named_time_zones(tag: Tagger) -> None:
    found = tag("Inflation hit 7.9% in the year to February. Output will grow in the second half of the year. "
                "The bank will announce its decision at 2 pm Eastern Time on Wednesday.")
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("the year", "DURATION", "P1Y"), ("February", "DATE", "2022-02"),
        ("the second half of the year", "DATE", "2022-H2"),
        ("2 pm Eastern Time on Wednesday", "TIME", "2022-03-16T14:00")]


def test_wire_clock_readings_are_times_of_the_day_their_clause_names(tag: Tagger) -> None:
    found = tag("Trading halted by 1530 GMT. Polls will open at 7 a.m. (0500 GMT) on Sunday. In 1530, the city fell.")
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("1530 GMT", "TIME", "2022-03-14T15:30"), ("7 a.m.", "TIME", "2022-03-20T07:00"),
        ("0500 GMT", "TIME", "2022-03-20T05:00"), ("Sunday", "DATE", "2022-03-20"), ("1530", "DATE", "1530")]


def test_results_of_a_quarter_are_for_one_already_over(tag: Tagger) -> None:
    found = tag("The company will report fourth-quarter results next week. Sales will rise in the fourth quarter.")
    assert [(e.text, e.value) for e in found] == [
        ("fourth-quarter", "2021-Q4"), ("next week", "2022-W12"), ("the fourth quarter", "2022-Q4")]


def test_the_future_of_a_past_report_counts_from_the_day_of_the_report(parsed_tag: Tagger) -> None:
    text = "The ministry said on Saturday that Putin would speak to Macron on Sunday."
    assert [e.value for e in parsed_tag(text)] == ["2022-03-12", "2022-03-13"]


@pytest.mark.parametrize(("sentence", "dct", "values"), [
    ("Erdogan is expected to be sworn in on Saturday.", Day(2023, 5, 29), ["2023-06-03"]),
    ("Macron, who had been due to address the nation on Monday, cancelled.", Day(2019, 4, 17), ["2019-04-15"]),
    ("Unions have called a general strike for Tuesday.", Day(2017, 10, 2), ["2017-10-03"]),
    ("It has been in turmoil since the Nov. 8 election.", Day(2021, 2, 2), ["2020-11-08"]),
    ("Elections are due in November and December 2022.", Day(2018, 7, 16), ["2022-11", "2022-12"]),
    ("She ran for president last year before dropping out in December.", Day(2020, 11, 7), ["2019", "2019-12"]),
    ("The fair, due in April, was moved to June.", Day(2020, 3, 1), ["2020-04", "2020-06"]),
    ("It was calm as recently as February. A day earlier, troops shelled the city.", Day(2022, 3, 14),
     ["PAST_REF", "2022-02", "2022-02"]),
    ("Biden will speak at 8 p.m. tonight.", Day(2020, 11, 7), ["2020-11-07T20:00"]),
    ("Sweden will impose checks on Monday, the first such controls in more than half a century.",
     Day(2015, 12, 31), ["2016-01-04", "P50Y"]),
    ("Organisers said the 2020 edition would take place from May 12.", Day(2019, 5, 25), ["2020", "2020-05-12"]),
    ("The runoff had originally been scheduled for Nov. 7 but was delayed.", Day(2018, 1, 2), ["2017-11-07"]),
    ("The Fed made a quarter-point cut.", Day(2019, 7, 31), []),
    ("The conference runs through Friday. The keynote began at 10 a.m. PT.", Day(2023, 6, 6),
     ["2023-06-09", "2023-06-06T10:00"]),
    ("The rocket launched two months earlier than planned.", Day(2019, 7, 31), ["P2M"]),
    ("The opposition is calling for a general strike on Wednesday.", Day(2020, 8, 10), ["2020-08-12"]),
    ("The deal requires Athens to pass reforms by Wednesday.", Day(2015, 7, 13), ["2015-07-15"]),
    ("Thailand imposed a three-day mourning period starting Tuesday.", Day(2004, 12, 27), ["P3D", "2004-12-28"]),
    ("It was the worst session since the Sept. 11 attacks.", Day(2008, 9, 16), ["2001-09-11"]),
    ("Congress left for the Presidents Day recess.", Day(2009, 2, 12), ["2009-02-16"]),
    ("Live updates\n\n12:00 GMT - On Monday, Putin spoke.\n\n13:10 GMT - Troops took the zone.", Day(2022, 2, 24),
     ["2022-02-24T12:00", "2022-02-21", "2022-02-24T13:10"]),
    ("It was expected to regain strength and hit South Carolina on Friday afternoon.", Day(2022, 9, 29),
     ["2022-09-30TAF"]),
    ("IPOs raised $7.7 billion in the first half of the year. Mehta stepped down two years ago.",
     Day(2023, 9, 19), ["2023-H1", "2021"]),
    ("The economy grew in the April-June quarter after a daylong debate.", Day(2019, 7, 31),
     ["2019-Q2", "P1D"]),
    ("A fire on Monday destroyed the spire, officials said on Tuesday. The blaze was reported at 6:20 p.m. "
     "An hour later, the spire fell.", Day(2019, 4, 16), ["2019-04-15", "2019-04-16", "2019-04-15T18:20",
                                                           "2019-04-15T19:20"]),
])
def test_direction_and_reference_from_the_clause_that_holds_the_date(parsed_tag: Tagger, sentence: str, dct: Day,
                                                                       values: list[str]) -> None:
    assert [e.value for e in parsed_tag(sentence, dct)] == values


@pytest.mark.parametrize(("sentence", "values"), [
    ("Ukrainian forces retook the town on Sunday.", ["2022-03-13"]),
    ("Polls opened at 7 a.m. Voting ends on Sunday.", ["2022-03-14T07:00", "2022-03-20"]),
    ("He was elected in 2019 and will step down in March.", ["2019", "2022-03"]),
    ("Prices rose in March and 2019 was worse.", ["2022-03", "2019"]),
    ("The deal was signed by Biden. March will bring new talks.", ["2022-03"]),
    ("Starting March, fares rise.", ["2022-03"]),
    ("He told NBC News Tuesday that he would run.", ["2022-03-08"]),
    ("Minutes of the Fed's March meeting showed concern.", ["2022-03"]),
])
def test_rules_for_names_clocks_and_months_leave_ordinary_dates_alone(parsed_tag: Tagger, sentence: str,
                                                                     values: list[str]) -> None:
    assert [e.value for e in parsed_tag(sentence)] == values


def test_a_day_declared_a_holiday_is_the_nearest_such_day_not_the_verbs_past(tag: Tagger) -> None:
    (found,) = tag("The government declared Wednesday a national day of mourning.")
    assert found.value == "2022-03-16"
    (said,) = tag("He declared Wednesday that the war was over.")
    assert said.value == "2022-03-09"


def test_wire_forms_of_sets_clocks_and_bounds(tag: Tagger) -> None:
    found = [(e.text, e.type.value, e.value, e.mod) for e in tag(
        "Residents may visit three times a week. Protests take place every weekend. The quake hit at 04.17 local "
        "time. Putin spoke at 6:00 am Moscow time. The Fed has kept rates high for over a year, though prices "
        "rose 5% over a year. Pilgrims will number 5 million by the end of the decade.")]
    assert found == [
        ("a week", "SET", "P1W", None), ("every weekend", "SET", "XXXX-WXX-WE", None),
        ("04.17 local time", "TIME", "2022-03-14T04:17", None),
        ("6:00 am Moscow time", "TIME", "2022-03-14T06:00", None),
        ("over a year", "DURATION", "P1Y", "MORE_THAN"), ("a year", "DURATION", "P1Y", None),
        ("the end of the decade", "DATE", "202", "END")]


def test_parts_of_other_things_are_not_times(parsed_tag: Tagger) -> None:
    text = ("Thousands marched on the 23rd anniversary of the handover. The vote sets up the second half of the "
            "season. Exports rose from the same period of 2019. He spoke shortly before 6 am.")
    assert [(e.text, e.value) for e in parsed_tag(text)] == [("2019", "2019"), ("6 am", "2022-03-14T06:00")]


def test_events_said_to_be_on_a_day_in_the_present_are_ahead(parsed_tag: Tagger) -> None:
    dct = Day(2022, 4, 15)  # a Friday
    found = [(e.text, e.value) for e in parsed_tag(
        "The final is on Sunday. The match is this Sunday. Easter falls on Sunday. The capital is likely to see "
        "rain on Tuesday. The match will be called off if it rains on Sunday. The victim was on holiday on Tuesday.",
        dct)]
    assert found == [("Sunday", "2022-04-17"), ("this Sunday", "2022-04-17"), ("Easter", "2022-04-17"),
                     ("Sunday", "2022-04-17"), ("Tuesday", "2022-04-19"), ("Sunday", "2022-04-17"),
                     ("Tuesday", "2022-04-12")]


def test_weekday_ranges_run_forward(parsed_tag: Tagger) -> None:
    dct = Day(2019, 10, 30)  # a Wednesday
    assert [(e.text, e.value) for e in parsed_tag("He worked from Monday to Friday.", dct)] == [
        ("Monday", "2019-10-21"), ("Friday", "2019-10-25")]
    assert [e.value for e in parsed_tag("Talks take place from Monday to Wednesday.", dct)] == [
        "2019-11-04", "2019-11-06"]
    assert [e.value for e in parsed_tag("The ministry announced a curfew from Thursday.", dct)] == ["2019-10-31"]


def test_half_of_a_named_thing_and_a_range_after_since_are_no_dates(parsed_tag: Tagger) -> None:
    assert parsed_tag("It sets up a bruising second half of Donald Trump's first term.") == []
    text = "It is the worst crisis since the 1975-1990 civil war, with the pound losing 80% since October."
    assert [(e.text, e.value) for e in parsed_tag(text, Day(2020, 8, 4))][-1] == ("October", "2019-10")


def test_parts_of_the_day_in_market_and_rescue_copy(tag: Tagger) -> None:
    found = [(e.text, e.value) for e in tag(
        "Shares rose in afternoon trading. The Nikkei ended the morning session higher. Rescuers worked through "
        "the night. The night was cold.")]
    assert found == [("afternoon", "2022-03-14TAF"), ("morning", "2022-03-14TMO"), ("the night", "2022-03-14TNI")]


def test_this_quarters_results_are_the_quarter_reported_on(tag: Tagger) -> None:
    text = ("The company reported a loss for the fourth quarter ended Dec. 31. This quarter's loss includes charges. "
            "Sales will rise this quarter.")
    found = [(e.text, e.value) for e in tag(text, Day(2022, 2, 2))]
    assert ("This quarter", "2021-Q4") in found and ("this quarter", "2022-Q1") in found


def test_business_periods(parsed_tag: Tagger) -> None:
    found = [(e.text, e.value) for e in parsed_tag(
        "India's economy grew 6.1% in the March quarter, as fast as in the January-March period. "
        "Imports rose 14.1% in June, leaving a surplus of $41.6 billion for the month. Elections are due in "
        "April-May next year.", Day(2023, 7, 13))]
    assert found[:2] == [("the March quarter", "2023-Q1"), ("the January-March period", "2023-Q1")]
    assert ("the month", "2023-06") in found and ("May next year", "2024-05") in found


def test_seasons_around_the_turn_of_the_year(tag: Tagger) -> None:
    october, january = Day(2021, 10, 9), Day(2022, 1, 15)
    assert [e.value for e in tag("Bills will soar this winter. Snow fell last winter.", october)] == [
        "2021-WI", "2020-WI"]
    assert [e.value for e in tag("Bills soared this winter. Talks resume this spring.", january)] == [
        "2021-WI", "2022-SP"]


def test_a_day_of_that_year_and_a_clock_on_a_day_first_date(tag: Tagger) -> None:
    found = [(e.text, e.value) for e in tag(
        "Elections would be held in April 2024 and the new government sworn in on July 28 of that year. "
        "The deadline was midnight on 20 April.", Day(2023, 1, 28))]
    assert found == [("April 2024", "2024-04"), ("July 28 of that year", "2024-07-28"),
                     ("midnight on 20 April", "2022-04-20T24:00")]


def test_rate_words_are_not_times_and_the_next_meeting_is_ahead(parsed_tag: Tagger) -> None:
    assert parsed_tag("The bank cut its cash rate by a quarter point. The Fed lifted its overnight rate.") == []
    found = parsed_tag("Powell said a move at the next meeting on Sept. 19 was possible.", Day(2023, 7, 26))
    assert [e.value for e in found] == ["2023-09-19"]


def test_half_of_the_year_is_this_years_whatever_the_tense(parsed_tag: Tagger) -> None:
    found = parsed_tag("Economists said weak demand poses risks in the second half of the year.", Day(2023, 5, 31))
    assert [e.value for e in found] == ["2023-H2"]


def test_british_weeks_and_fortnights(tag: Tagger) -> None:
    found = [(e.text, e.value) for e in tag("Pupils return on Friday week. Aid arrived over the past fortnight.")]
    assert found == [("Friday week", "2022-03-25"), ("the past fortnight", "P2W")]  # DCT Monday 14 March


def test_durations_in_two_units_are_one(tag: Tagger) -> None:
    found = [(e.text, e.value, e.mod) for e in tag(
        "She needed 1 hour 20 minutes. The flight took about three hours and 50 minutes. He waited 20 minutes "
        "and two hours.")]
    assert found == [("1 hour 20 minutes", "PT1H20M", None), ("three hours and 50 minutes", "PT3H50M", "APPROX"),
                     ("20 minutes", "PT20M", None), ("two hours", "PT2H", None)]


def test_a_timetable_date_after_here_is_ahead(parsed_tag: Tagger) -> None:
    found = parsed_tag("The teams meet at the Barsapara Cricket Stadium here on Sunday.", Day(2022, 10, 1))
    assert [e.value for e in found] == ["2022-10-02"]


def test_every_season_is_a_set_and_a_zone_offset_is_no_clock(tag: Tagger) -> None:
    found = [(e.text, e.type.value, e.value) for e in tag("Every summer he toured Europe. All times GMT+5:45.")]
    assert found == [("Every summer", "SET", "XXXX-SU")]


def test_the_days_turning_points(parsed_tag: Tagger) -> None:
    found = [(e.text, e.value) for e in parsed_tag(
        "Shelling has continued since dawn. The planes are due to arrive by nightfall. Flights have been grounded "
        "since Thursday lunchtime. Troops advanced at dawn on Sunday. The Dawn newspaper reported it.")]
    assert found == [("dawn", "2022-03-14TMO"), ("nightfall", "2022-03-14TEV"), ("Thursday lunchtime", "2022-03-10TMI"),
                     ("dawn", "2022-03-13TMO"), ("Sunday", "2022-03-13")]


def test_bare_24_hour_clocks_only_where_the_blog_gives_its_times_once(tag: Tagger) -> None:
    blog = ("Copenhagen summit as it happened. All times GMT.\n\n2305 Heads of state are still locked in talks.\n"
            "The conference was due to close at 1800 today.\n")
    found = [(e.text, e.value) for e in tag(blog, Day(2009, 12, 18))]
    assert found == [("2305", "2009-12-18T23:05"), ("1800 today", "2009-12-18T18:00")]
    chronology = "Timeline\n1989 Berlin Wall falls.\n1990 Germany reunites in 1990 and joins NATO in 1955.\n"
    assert {e.value for e in tag(chronology)} == {"1989", "1990", "1955"}


def test_a_clock_is_not_dated_by_the_day_of_a_comparison(parsed_tag: Tagger) -> None:
    found = parsed_tag("The yen was at 105.80 at 0230 GMT, down from 104.90 late on Thursday.", Day(2016, 7, 15))
    assert (found[0].text, found[0].value) == ("0230 GMT", "2016-07-15T02:30")


def test_the_current_account_is_not_a_time(parsed_tag: Tagger) -> None:
    assert parsed_tag("The current account deficit widened to 2.1% of GDP.") == []


def test_ages_with_and_older_are_not_durations(parsed_tag: Tagger) -> None:
    assert parsed_tag("Adults 65 years and older and children 5 years and under are at risk.") == []
    assert [e.value for e in parsed_tag("It lasted 10 years and over time it grew.")] == ["P10Y"]


def test_a_weekday_part_in_the_plural_is_a_set(tag: Tagger) -> None:
    assert [e.value for e in tag("Meetings are held on Friday afternoons.")] == ["XXXX-WXX-5TAF"]


def test_the_afternoon_of_a_date_is_a_time_but_the_night_of_a_date_is_the_date(tag: Tagger) -> None:
    assert [e.value for e in tag("The strike came on the afternoon of Nov. 11.", Day(2022, 11, 12))] == [
        "2022-11-11TAF"]
    assert [e.value for e in tag("He was shot on the night of Oct. 23.", Day(2022, 11, 12))] == ["2022-10-23"]


def test_a_day_of_hours_back_is_the_day_before(tag: Tagger) -> None:
    found = tag("Mubarak resigned on Friday. Just 24 hours earlier, he had defied the protesters.", Day(2011, 2, 12))
    assert [e.value for e in found] == ["2011-02-11", "2011-02-10"]


def test_the_end_of_the_year_ahead_is_not_the_year_of_a_landmark(parsed_tag: Tagger) -> None:
    text = "The number displaced since the war began in April 2023 could top 5 million by the end of the year."
    found = {e.text: (e.value, e.mod) for e in parsed_tag(text, Day(2026, 3, 5))}
    assert found["the end of the year"] == ("2026", "END")


def test_post_and_pre_years(tag: Tagger) -> None:
    found = [(e.text, e.value, e.mod) for e in tag("In the post-2008 era trade slowed from pre-2008 levels.")]
    assert found == [("post-2008", "2008", "AFTER"), ("pre-2008", "2008", "BEFORE")]
    assert tag("a pre-tax profit") == []


def test_a_matter_of_days_is_a_duration(tag: Tagger) -> None:
    found = tag("It is just a matter of days before he is reunited with his father.")
    assert [(e.text, e.type.value, e.value) for e in found] == [("days", "DURATION", "PXD")]


def test_last_february_said_in_march_is_a_year_before(tag: Tagger) -> None:
    assert [e.value for e in tag("Two helicopters crashed last February.", Day(1998, 3, 1))] == ["1997-02"]
    assert [e.value for e in tag("Two helicopters crashed last January.", Day(1998, 3, 1))] == ["1998-01"]


def test_the_past_and_next_decade_are_spans_but_the_last_decade_is_the_previous_one(tag: Tagger) -> None:
    found = tag("The past decade of war left Americans weary; over the next decade costs will rise.", Day(2013, 9, 6))
    assert [(e.type.value, e.value) for e in found] == [("DURATION", "P10Y"), ("DURATION", "P10Y")]
    assert [e.value for e in tag("He will rule well into the next decade.", Day(2012, 11, 8))] == ["202"]
    assert [e.value for e in tag("The economy grew faster than in the last decade.", Day(1998, 2, 6))] == ["198"]


def test_under_a_year(tag: Tagger) -> None:
    assert [(e.value, e.mod) for e in tag("Prices doubled in under a year.")] == [("P1Y", "LESS_THAN")]
