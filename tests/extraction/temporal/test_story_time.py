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
