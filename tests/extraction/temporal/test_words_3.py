"""Words and periods testers found missed or misread: national days of Kenya, South Africa and Nigeria, Labour
Day outside North America, "the new year", spans of a year, seasons and days in the year their sentence names,
"the coming financial year", product versions before a month, points of a quarter or fiscal year."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(expressions: list[TemporalExpression]) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.value, e.mod) for e in expressions]


def _value_of(expressions: list[TemporalExpression], surface: str) -> str:
    return next(e.value for e in expressions if e.text == surface)


def test_kenyan_national_days_are_their_own_days(tag: Tagger) -> None:
    found = tag("Kenyans marked Madaraka Day on Sunday. Mashujaa Day was quiet.", Day(2025, 6, 3))
    assert _value_of(found, "Madaraka Day") == "2025-06-01"
    assert _value_of(found, "Mashujaa Day") == "2024-10-20"
    assert _value_of(tag("Jamhuri Day will be marked in Nairobi.", Day(2025, 11, 1)), "Jamhuri Day") == "2025-12-12"


def test_south_african_days_are_read_by_their_country(tag: Tagger) -> None:
    found = tag("South Africa celebrated Freedom Day. Youth Day and Heritage Day will follow.", Day(2025, 5, 2))
    assert _value_of(found, "Freedom Day") == "2025-04-27"
    assert _value_of(found, "Youth Day") == "2025-06-16"
    assert _value_of(found, "Heritage Day") == "2025-09-24"
    # another country's Youth Day is that country's
    assert _value_of(tag("China marked Youth Day on campuses.", Day(2025, 5, 6)), "Youth Day") == "2025-05-04"


def test_nigerias_democracy_day_moved_in_2019(tag: Tagger) -> None:
    assert _value_of(tag("Nigeria marked Democracy Day.", Day(2018, 6, 2)), "Democracy Day") == "2018-05-29"
    assert _value_of(tag("Nigeria marked Democracy Day.", Day(2022, 6, 20)), "Democracy Day") == "2022-06-12"


def test_labour_day_is_may_day_outside_north_america(tag: Tagger) -> None:
    kenya = tag("Unions in Nairobi marched on Workers' Day. Labour Day rallies were held across Kenya.",
                Day(2025, 5, 3))
    assert [(e.text, e.value) for e in kenya] == [("Workers' Day", "2025-05-01"), ("Labour Day", "2025-05-01")]
    canada = tag("Unions in Toronto marched on Labour Day.", Day(2025, 9, 3))
    assert _value_of(canada, "Labour Day") == "2025-09-01"
    # no country named: the reading stays the North American one
    assert _value_of(tag("Stores close on Labor Day.", Day(2025, 8, 20)), "Labor Day") == "2025-09-01"


def test_a_possessive_name_day_is_no_one_day_duration(parsed_tag: Tagger) -> None:
    found = parsed_tag("Zambians marked Heroes' Day on Monday.", Day(2025, 7, 9))
    assert all(e.type.value != "DURATION" for e in found)


def test_early_in_the_new_year_is_the_coming_year(tag: Tagger) -> None:
    assert _found(tag("It will table amendments early in the new year.", Day(2001, 12, 18))) == [
        ("early in the new year", "2002", "START")]
    assert _value_of(tag("The new year brought little relief.", Day(2026, 1, 20)), "The new year") == "2026"


def test_a_year_is_a_span_after_a_noun_too(tag: Tagger) -> None:
    assert _found(tag("The rules take effect a year after the bill is passed.", Day(2014, 11, 20))) == [
        ("a year", "P1Y", None)]
    assert _found(tag("It will offer customers a year of free credit monitoring.", Day(2014, 9, 19))) == [
        ("a year", "P1Y", None)]
    # a rate's unit is still no span
    assert tag("The plant costs $2 million a year to run.", Day(2014, 9, 19)) == []


def test_hyphenated_and_a_half_counts(tag: Tagger) -> None:
    found = tag("The president is elected for a two-and-a-half-year term.", Day(2019, 4, 18))
    assert [(e.type.value, e.value) for e in found] == [("DURATION", "P2Y6M")]


def test_a_season_takes_the_year_its_sentence_names(tag: Tagger) -> None:
    found = tag("In 2014 the process stalled in the autumn.", Day(2019, 4, 18))
    assert _value_of(found, "the autumn") == "2014-FA"
    found = tag("Congress last cut short its summer break in 1994.", Day(2011, 7, 29))
    assert all(not e.value.endswith("-SU") or e.value == "1994-SU" for e in found)


def test_a_season_thing_dated_after_it(parsed_tag: Tagger) -> None:
    found = parsed_tag("Congress last cut short its summer break in 1994.", Day(2011, 7, 29))
    assert _value_of(found, "summer") == "1994-SU"


def test_the_coming_financial_year_is_one_date(tag: Tagger) -> None:
    assert _found(tag("Spending will rise in the coming financial year.", Day(2026, 2, 25))) == [
        ("the coming financial year", "2026", None)]


def test_that_before_a_month_and_day_opens_a_clause(tag: Tagger) -> None:
    found = tag("He noted that June 12 is a holiday.", Day(2022, 6, 10))
    assert [(e.text, e.value) for e in found] == [("June 12", "2022-06-12")]
    found = tag("Officials said that March 3 was the wettest day.", Day(2022, 6, 10))
    assert [(e.text, e.value) for e in found] == [("March 3", "2022-03-03")]


def test_a_version_number_before_a_month_is_no_day(tag: Tagger) -> None:
    assert [(e.text, e.value) for e in tag("The Windows 10 May 2019 Update ships soon.", Day(2019, 3, 14))] == [
        ("May 2019", "2019-05")]
    assert _value_of(tag("Windows 10 shipped on 29 July 2015.", Day(2019, 3, 14)), "29 July 2015") == "2015-07-29"


def test_a_point_of_the_quarter_or_fiscal_year_is_one_date(tag: Tagger) -> None:
    assert _found(tag("Orders slowed in the final weeks of the quarter.", Day(2008, 7, 22))) == [
        ("the final weeks of the quarter", "2008-Q2", "END")]
    assert _found(tag("Kestrel reported record sales at the end of its fiscal year.", Day(2023, 6, 6))) == [
        ("the end of its fiscal year", "2023", "END")]


def test_a_period_scheduled_for_is_ahead(tag: Tagger) -> None:
    found = tag("Microsoft said an update was scheduled for the fourth quarter.", Day(1995, 8, 22))
    assert _value_of(found, "the fourth quarter") == "1995-Q4"


def test_a_year_owning_a_noun_frames_no_day(tag: Tagger) -> None:
    found = tag("Investors will get a first look at next year's products on May 21.", Day(2024, 4, 26))
    assert _value_of(found, "May 21") == "2024-05-21"
    # a day the year owns is still that year's
    found = tag("Six sitting weeks are set aside for the spring, with the year's final sitting day on December 3.",
                Day(2026, 2, 5))
    assert _value_of(found, "December 3") == "2026-12-03"


def test_a_count_ties_a_day_to_the_year_named(tag: Tagger) -> None:
    found = tag("Kenya attained self-rule in 1963, six months before full independence on December 12.",
                Day(2025, 5, 30))
    assert _value_of(found, "December 12") == "1963-12-12"


def test_a_fiscal_year_label_does_not_frame_a_season(parsed_tag: Tagger) -> None:
    text = "NASA's budget request for fiscal year 2027, due in the spring, is expected to include money."
    assert {e.text: e.value for e in parsed_tag(text, Day(2026, 3, 12))}["the spring"] == "2026-SP"


def test_a_season_of_next_year_and_a_plane_model(tag: Tagger) -> None:
    found = {e.text: e.value for e in tag("Its report comes in the spring of next year. Five Beech 1900s were "
                                          "grounded in the 1990s.", Day(2021, 8, 19))}
    assert found == {"the spring of next year": "2022-SP", "the 1990s": "199"}


def test_a_national_day_of_another_country_is_not_south_africas(tag: Tagger) -> None:
    found = tag("National Freedom Day is observed in the US on February 1.", Day(2023, 1, 25))
    assert {e.text: e.value for e in found}["Freedom Day"] == "XXXX-XX-XX"


def test_a_peoples_plural_names_the_country_of_its_national_day(tag: Tagger) -> None:
    found = tag("Nigerians celebrated Independence Day on Sunday.", Day(2023, 10, 3))
    assert {e.text: e.value for e in found}["Independence Day"] == "2023-10-01"
