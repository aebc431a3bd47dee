"""Review 9's findings on the word rules: years after "at least"/"up to" are years unless a plural count noun
follows, a season on the weather record takes the year its sentence names, quoted dates and headline weekdays stay
dates, the final season of a show is no time, "Christmas-time" is Christmas, "Windows 2000" is a product and
"Ramadan 29 last year" falls in last year."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.lexicon import FULL_MONTHS

from .conftest import Tagger

_DCT = Day(2024, 3, 10)  # a Sunday


def _found(tag: Tagger, text: str, dct: Day = _DCT) -> list[tuple[str, str]]:
    return [(e.text, e.value) for e in tag(text, dct)]


def test_a_year_after_at_least_or_up_to_stays_a_year(tag: Tagger) -> None:
    assert _found(tag, "The plant won't be ready until at least 2027 because of delays.") == [("2027", "2027")]
    assert _found(tag, "The contract was extended up to 2030 under the new deal.") == [("2030", "2030")]
    assert _found(tag, "Air traffic recovered to almost 2019 levels.") == [("2019", "2019")]
    assert _found(tag, "Prices climbed up to 2022 highs.") == [("2022", "2022")]


def test_a_number_before_a_plural_count_noun_is_a_count(tag: Tagger) -> None:
    assert tag("There is a backlog of more than 1000 jury trials.") == []
    assert tag("The charity fed nearly 2000 families.") == []


def test_a_weather_record_season_takes_the_year_its_sentence_names(tag: Tagger) -> None:
    found = _found(tag, "In 2018 Britain had its hottest summer on record.", Day(2024, 8, 10))
    assert found == [("2018", "2018"), ("hottest summer", "2018-SU")]
    found = _found(tag, "Last year Britain recorded its wettest winter.", Day(2024, 2, 10))
    assert found == [("Last year", "2023"), ("wettest winter", "2023-WI")]
    assert _found(tag, "Britain is having its hottest summer on record.", Day(2024, 8, 10)) == [
        ("hottest summer", "2024-SU")]


def test_a_season_after_a_superlative_of_no_weather_is_no_time(tag: Tagger) -> None:
    assert tag("It was the best summer of his life.", Day(2024, 2, 10)) == []
    assert tag("It was the busiest spring of her career.", Day(2024, 2, 10)) == []


def test_a_weekday_opening_a_sentence_before_a_name_and_its_verb_in_s_is_a_date(tag: Tagger) -> None:
    found = tag("Wednesday Macron flies to Berlin for talks.", _DCT)
    assert [e.text for e in found] == ["Wednesday"] and found[0].value[:8] == "2024-03-"
    assert [e.text for e in tag("Tuesday Biden travels to Ohio.", _DCT)] == ["Tuesday"]
    assert tag("Friday Rush tickets will continue to be released online.", Day(2017, 2, 22)) == []


def test_a_quotation_that_is_the_date_itself_or_quoted_speech_keeps_its_date(tag: Tagger) -> None:
    found = _found(tag, 'Retailers are preparing for "Black Friday" next week.', Day(2024, 11, 17))
    assert ("Black Friday", "2024-11-29") in found
    assert _found(tag, 'The deadline, "March 31," was firm.') == [("March 31", "2024-03-31")]
    assert _found(tag, 'He told reporters: "Tomorrow We Vote."') == [("Tomorrow", "2024-03-11")]
    assert tag('The drama "Last Summer in Tangier" earned eight nominations.', Day(2016, 1, 14)) == []


def test_the_final_season_of_a_show_or_a_player_is_no_time(tag: Tagger) -> None:
    assert _found(tag, "The show's last season aired in 2019.") == [("2019", "2019")]
    assert tag("He scored ten goals in his last season at the club.") == []
    assert tag("This season of the show is darker.") == []
    assert _found(tag, "Output fell to 36 million tonnes last season.") == [("last season", "PAST_REF")]


def test_this_season_of_a_show_is_no_time_when_the_model_finds_it(parsed_tag: Tagger) -> None:
    assert parsed_tag("This season of the show is darker.", _DCT) == []


def test_a_holiday_before_time_is_still_the_holiday(tag: Tagger) -> None:
    assert [e.text for e in tag("The shops were busy at Christmas-time.")] == ["Christmas"]
    assert _found(tag, "The drills will end in a night-time crossing on June 16.", Day(2016, 6, 7)) == [
        ("June 16", "2016-06-16")]


def test_a_year_after_a_product_name_in_a_headline_is_no_date(tag: Tagger) -> None:
    assert tag("Microsoft Ends Windows 2000 Support") == []
    assert _found(tag, "Police Reopen 1979 Killing of Teenage Waitress", Day(2016, 4, 19)) == [("1979", "1979")]


def test_a_hijri_day_takes_the_year_named_after_it(tag: Tagger) -> None:
    assert _found(tag, "They met on Ramadan 29 last year.") == [("Ramadan 29 last year", "2023-04-20")]
    assert _found(tag, "They will meet on Ramadan 29.") == [("Ramadan 29", "2024-04-08")]


def test_full_month_names_are_one_list() -> None:
    assert {"may", "june", "july", "march", "september"} <= set(FULL_MONTHS)
    assert not {"mar", "sept", "jun"} & set(FULL_MONTHS)


def test_a_generation_ago_is_still_read(tag: Tagger) -> None:
    assert [e.text for e in tag("A generation ago the town had three mills.")] == ["A generation ago"]
