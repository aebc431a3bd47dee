"""Which time a relative expression counts from: the story's (reference) time or the article's date."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def _values(found: list) -> dict[str, str]:
    return {e.text: e.value for e in found}


def test_that_spring_and_the_following_august_count_from_the_story(tag: Tagger) -> None:
    text = ("Protests began in June 2011. That autumn the army moved in. The following August, a chemical "
            "attack killed hundreds. Prices had peaked the previous May.")
    found = _values(tag(text, Day(2021, 3, 15)))
    assert found["That autumn"] == "2011-FA"
    assert found["The following August"] == "2012-08"
    assert found["the previous May"] == "2012-05"


def test_that_opening_a_clause_points_to_nothing(tag: Tagger) -> None:
    found = _values(tag("Protests began in June 2011. Officials said that August was calm.", Day(2021, 3, 15)))
    assert found == {"June 2011": "2011-06", "August": "2020-08"}


def test_a_clock_after_a_background_day_is_on_the_article_date(parsed_tag: Tagger) -> None:
    text = "The quake on Sept. 7 killed nearly 100 people. The airport resumed flights shortly after 5 p.m."
    assert _values(parsed_tag(text, Day(2017, 9, 19)))["5 p.m."] == "2017-09-19T17:00"
    text = "Elections are scheduled for 6 September. The first man was detained at 12:30."
    assert _values(parsed_tag(text, Day(2020, 7, 1)))["12:30"] == "2020-07-01T12:30"


def test_a_clock_after_the_storys_day_is_on_that_day(parsed_tag: Tagger) -> None:
    text = "The quake struck on Sunday. Rescuers reached the town at 5 p.m."
    assert _values(parsed_tag(text, Day(2017, 9, 19)))["5 p.m."] == "2017-09-17T17:00"


def test_overnight_is_the_night_ahead_of_the_article_not_of_a_bound(parsed_tag: Tagger) -> None:
    text = "Flags will fly at half-mast until Sunday. Temperatures are forecast to drop overnight."
    assert _values(parsed_tag(text, Day(2023, 2, 6)))["overnight"] == "2023-02-06TNI"


def test_the_second_in_n_days_and_in_the_next_n_weeks_are_spans(parsed_tag: Tagger) -> None:
    found = parsed_tag("Macron will speak again, his second speech in five days. A decision will be made in "
                       "the next four weeks.", Day(2020, 3, 16))
    assert [(e.text, e.type.value, e.value) for e in found] == [
        ("five days", "DURATION", "P5D"), ("the next four weeks", "DURATION", "P4W")]


def test_a_year_opening_the_sentence_dates_the_days_in_it(tag: Tagger) -> None:
    found = _values(tag("In 2019, the summit was held on 3 May. Last year, Ramadan began on 2 April.",
                        Day(2023, 3, 22)))
    assert found == {"2019": "2019", "3 May": "2019-05-03", "Last year": "2022", "Ramadan": "2022-04-02",
                     "2 April": "2022-04-02"}


def test_a_year_named_in_passing_does_not_date_the_days_after_it(tag: Tagger) -> None:
    found = _values(tag("The index, created in 1987, closed at a record on March 3.", Day(2023, 3, 22)))
    assert found["March 3"] == "2023-03-03"


def test_chronology_entries_follow_the_year_of_the_entry_before(tag: Tagger) -> None:
    text = ("Timeline:\n24 February 2022: Russia invades.\n2 April: Troops retake Bucha.\n"
            "11 November - Kherson is retaken.\n3 January: A missile strike.\n")
    found = _values(tag(text, Day(2023, 2, 24)))
    assert found == {"24 February 2022": "2022-02-24", "2 April": "2022-04-02", "11 November": "2022-11-11",
                     "3 January": "2023-01-03"}


def test_a_bound_or_a_landmark_year_frames_nothing_after_it(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("He will rule until 2022, well into the next decade.", Day(2012, 11, 8)))
    assert found["the next decade"] == "202"
    text = ("The country is in its worst crisis since the 1990 war, with the pound losing 80% of its value "
            "since October.")
    assert _values(parsed_tag(text, Day(2020, 8, 4)))["October"] == "2019-10"


def test_plans_and_deadlines_point_ahead(parsed_tag: Tagger) -> None:
    cases = [
        ("2004-07-08", "The results will be announced on Friday.", "2004-07-09"),
        ("2004-07-08", "The results were announced on Friday.", "2004-07-02"),
        ("2013-08-07", "The Opposition has demanded a statement by Thursday noon.", "2013-08-08T12:00"),
        ("2018-03-02", "The prime minister said she wanted a deal by the autumn.", "2018-FA"),
        ("2018-03-02", "Brussels has set October as the deadline for a withdrawal agreement.", "2018-10"),
        ("2018-03-02", "She hopes to reach a deal in October.", "2018-10"),
        ("2023-01-28", "Lawmakers rejected a bill to hold the election in October.", "2023-10"),
        ("2016-11-12", "Investors bet that Tuesday's election would bring tax cuts.", "2016-11-08"),
        ("2008-10-31", "Polls open on Tuesday at 7 a.m.", "2008-11-04T07:00"),
    ]
    for dct, sentence, value in cases:
        assert [e.value for e in parsed_tag(sentence, Day.parse(dct))] == [value], sentence


def test_clocks_of_a_plan_take_the_planned_day(parsed_tag: Tagger) -> None:
    found = [(e.text, e.value) for e in parsed_tag("In Georgia, polls open at 7 a.m. and close at 7 p.m. Tuesday.",
                                                  Day(2008, 10, 31))]
    assert found == [("7 a.m.", "2008-11-04T07:00"), ("7 p.m. Tuesday", "2008-11-04T19:00")]
    text = ("The party will vote on June 24, officials said Saturday. The committee will meet at 10 a.m. that day. "
            "The vote was held on Oct. 26. Polls closed at 8 p.m.")
    found = [(e.text, e.value) for e in parsed_tag(text, Day(1995, 6, 10))]
    assert ("10 a.m.", "1995-06-24T10:00") in found and ("that day", "1995-06-24") in found
    found = _values(parsed_tag("The vote was held on Oct. 26. Polls closed at 8 p.m.", Day(2024, 10, 30)))
    assert found["8 p.m."] == "2024-10-26T20:00"
    found = _values(parsed_tag("Voting was held between 11 April and 19 May. He conceded defeat shortly after "
                               "18:00.", Day(2019, 5, 23)))
    assert found["18:00"] == "2019-05-23T18:00"


def test_a_clock_takes_the_latest_day_it_can_be_on(parsed_tag: Tagger) -> None:
    text = ("National won last night's election. Key will leave for Peru on Friday. Helen Clark announced "
            "shortly after 11pm that she would step down.")
    assert _values(parsed_tag(text, Day(2008, 11, 9)))["11pm"] == "2008-11-08T23:00"


def test_a_frame_year_reaches_early_and_late_months(tag: Tagger) -> None:
    found = _values(tag("Last year, farmers harvested a bumper crop in early May.", Day(2017, 4, 8)))
    assert found["early May"] == "2016-05"


def test_a_causative_plan_is_ahead(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("Singapore hopes to have most adults fully vaccinated by August 9.", Day(2021, 6, 5)))
    assert found["August 9"] == "2021-08-09"


def test_a_clock_does_not_reach_back_past_several_planned_days(parsed_tag: Tagger) -> None:
    text = ("The Proteas trained on Friday evening. The tournament begins on October 16, and India play Pakistan "
            "on October 23. Fans have been queuing since early morning.")
    assert _values(parsed_tag(text, Day(2022, 10, 1)))["early morning"] == "2022-10-01TMO"


def test_live_blog_entry_times_are_on_the_article_day(parsed_tag: Tagger) -> None:
    text = ("The storm hit on Friday morning.\n\n16:30 The Red Cross estimates that 1,200 people have died.\n"
            "Update, 10:30: The quake struck at 11:56 on Saturday.\n4:15 p.m. ET — Biden to visit Florida on Sunday\n"
            "13:10 GMT - Russian forces captured the town.\n")
    found = _values(parsed_tag(text, Day(2013, 11, 9)))
    assert found["16:30"] == "2013-11-09T16:30" and found["10:30"] == "2013-11-09T10:30"
    assert found["4:15 p.m. ET"] == "2013-11-09T16:15"
    assert found["13:10 GMT"] == "2013-11-09T13:10"


def test_a_season_or_month_opening_the_sentence_frames_it(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("In the summer of 2011, a deal was reached on July 31.", Day(2023, 5, 12)))
    assert found["July 31"] == "2011-07-31"
    found = _values(parsed_tag("In the 1960s she ran a small laboratory, and by the end of the decade she had become "
                               "chair.", Day(2019, 6, 15)))
    assert found["the end of the decade"] == "196"


def test_a_headlines_to_infinitive_is_ahead(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("Biden to visit Florida on Sunday", Day(2024, 10, 10))) == {"Sunday": "2024-10-13"}


def test_a_day_in_an_aside_is_not_the_day_a_clock_is_on(parsed_tag: Tagger) -> None:
    text = ("Schools, which were closed on Monday, will remain shut until Thursday, the minister said. "
            "The deputy president voted at 6.15am.")
    found = {e.text: e.value for e in parsed_tag(text, Day(2022, 8, 10))}
    assert found["6.15am"] != "2022-08-08T06:15"
