"""Broadcast transcripts: spoken clocks with their part of the day, night clocks, midnight, "and a half ago",
spoken years and decades, whole units and short spans, compound nouns that are no time, far pasts."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

from .conftest import Tagger


def _found(found: list[TemporalExpression]) -> list[tuple[str, str, str, str | None]]:
    return [(e.text, e.type.value, e.value, e.mod) for e in found]


def _by_text(found: list[TemporalExpression]) -> dict[str, tuple[str, str, str | None]]:
    return {e.text: (e.type.value, e.value, e.mod) for e in found}


def test_a_spoken_clock_takes_its_part_of_the_day(tag: Tagger) -> None:
    found = tag("Polls open at seven this morning and close at seven tonight.", Day(2026, 3, 3))
    assert _found(found) == [("seven this morning", "TIME", "2026-03-03T07:00", None),
                             ("seven tonight", "TIME", "2026-03-03T19:00", None)]
    evening = tag("The blaze broke out around six-fifty last evening.", Day(2019, 4, 16))
    assert [(e.value, e.mod) for e in evening] == [("2019-04-15T18:50", "APPROX")]
    assert [e.value for e in tag("It's now three in the morning there.", Day(1997, 6, 30))
            if e.type.value == "TIME"] == ["1997-06-30T03:00"]


def test_a_number_before_this_morning_without_a_clock_cue_is_a_count(tag: Tagger) -> None:
    found = tag("Police arrested seven this morning.", Day(2026, 3, 3))
    assert [e.text for e in found] == ["this morning"]


def test_bare_spoken_clocks_after_a_word_of_nearness(tag: Tagger) -> None:
    day = Day(2016, 11, 9)
    assert _found(tag("The networks called Pennsylvania around one-thirty.", day)) == [
        ("around one-thirty", "TIME", "2016-11-09T01:30", "APPROX")]
    assert [(e.value, e.mod) for e in tag("Podesta came out shortly before two and spoke.", day)] == [
        ("2016-11-09T02:00", "BEFORE")]
    assert tag("He finished just before two others did.", day) == []


def test_minutes_past_an_hour_is_a_clock_not_a_duration(tag: Tagger) -> None:
    day = Day(1995, 4, 19)
    assert _found(tag("The bomb exploded at two minutes past nine, local time.", day)) == [
        ("two minutes past nine", "TIME", "1995-04-19T09:02", None)]
    assert [e.value for e in tag("The ball drops at ten minutes to midnight.", day)] == ["1995-04-18T23:50"]
    assert [(e.type.value, e.mod) for e in tag("It is a few minutes past nine o'clock.", day)] == [("TIME", "AFTER")]


def test_the_first_clock_of_a_pair_takes_the_second_ones_half_of_the_day(tag: Tagger) -> None:
    day = Day(2012, 10, 29)
    between = _by_text(tag("Landfall is expected tonight, probably between eight and eleven p.m.", day))
    assert between["eight"][1] == "2012-10-29T20:00" and between["eleven p.m."][1] == "2012-10-29T23:00"
    either = _by_text(tag("We could know by ten or eleven o'clock tonight.", day))
    assert either["ten"][1] == "2012-10-29T22:00"


def test_spoken_utc_hours(tag: Tagger) -> None:
    assert [e.value for e in tag("It's eighteen hundred Universal Time.", Day(2004, 12, 27))] == [
        "2004-12-27T18:00"]


def test_a_clock_beside_last_night_is_that_evening(tag: Tagger) -> None:
    values = {e.text: e.value for e in tag("Last night at nine o'clock Eastern, the president spoke.",
                                           Day(2020, 3, 12))}
    assert values["nine o'clock"] == "2020-03-11T21:00"
    after_comma = {e.text: e.value for e in tag("He spoke to the nation last night, at ten-fifteen.",
                                                Day(2003, 3, 20))}
    assert after_comma["ten-fifteen"] == "2003-03-19T22:15"
    zone = {e.text: e.value for e in tag("The deadline expired at eight p.m. Eastern last night.", Day(2003, 3, 20))}
    assert zone["eight p.m."] == "2003-03-19T20:00"


def test_midnight_last_night_ends_the_day_before(tag: Tagger) -> None:
    found = _by_text(tag("Both campaigns were out until almost midnight last night.", Day(2026, 3, 3)))
    assert found["midnight"] == ("TIME", "2026-03-02T24:00", "APPROX")


def test_and_a_half_ago_is_a_date(tag: Tagger) -> None:
    day = Day(2016, 11, 9)
    assert _found(tag("A year and a half ago, he came down that escalator.", day)) == [
        ("A year and a half ago", "DATE", "2015-05", None)]
    assert [e.value for e in tag("Two and a half years ago, he ran.", day)] == ["2014-05"]
    assert [(e.type.value, e.value, e.mod) for e in tag("She called about half an hour ago to concede.", day)] == [
        ("DATE", "2016-11-09", "APPROX")]


def test_spoken_years_and_decades(tag: Tagger) -> None:
    assert [e.value for e in tag("The last major one was in seventeen seventy.", Day(2010, 1, 13))] == ["1770"]
    assert "2026" in [e.value for e in tag("The twenty twenty-six midterms begin today.", Day(2026, 3, 3))]
    assert [e.value for e in tag("The embassy was built in the nineteen-eighties.", Day(1998, 8, 7))] == ["198"]
    assert [e.value for e in tag("Restored in the eighteen-forties.", Day(2019, 4, 16))] == ["184"]
    assert tag("The price rose to fifteen twenty.", Day(2010, 1, 13)) == []


def test_whole_units_and_short_spans(tag: Tagger) -> None:
    day = Day(1995, 4, 19)
    assert _found(tag("Our correspondent has been at the scene the whole day.", day)) == [
        ("the whole day", "DURATION", "P1D", None)]
    assert tag("It rained all year.", day) == []  # as TimeBank leaves "all day" and "All week"
    assert [e.value for e in tag("We'll have more in the next half hour.", day)] == ["PT30M"]
    assert [e.value for e in tag("The peak could still be weeks away.", day)] == ["PXW"]
    assert [e.value for e in tag("And just hours before that, the bank agreed.", day)] == ["PTXH"]
    assert _found(tag("It needs to raise cash in the next day or two.", day)) == [
        ("the next day or two", "DURATION", "P2D", None)]


def test_the_early_hours_alone_are_the_story_days_morning(tag: Tagger) -> None:
    found = tag("Airlines spent the early hours trying to work it out.", Day(2020, 3, 12))
    assert _found(found) == [("the early hours", "TIME", "2020-03-12TMO", None)]


def test_compound_nouns_and_fractional_sets(tag: Tagger) -> None:
    assert tag("A day care center on the second floor was full.", Day(1995, 4, 19)) == []
    assert [e.value for e in tag("A one-day trip.", Day(1995, 4, 19))] == ["P1D"]
    assert [(e.type.value, e.value) for e in tag("He runs daily.", Day(2020, 3, 12))] == [("SET", "P1D")]
    assert _found(tag("Trains will run every two and a half minutes.", Day(2018, 8, 31))) == [
        ("every two and a half minutes", "SET", "PT2M30S", None)]
    assert [(e.type.value, e.value) for e in tag("Trains will run every 2.5 minutes.", Day(2018, 8, 31))] == [
        ("SET", "PT2M30S")]


def test_another_unit_of_something(tag: Tagger) -> None:
    found = tag("Another year of delay is another year of gridlock.", Day(2010, 7, 15))
    assert [(e.type.value, e.value) for e in found] == [("DURATION", "P1Y"), ("DURATION", "P1Y")]


def test_far_pasts_and_seasons_of_an_era(tag: Tagger) -> None:
    found = tag("The hunting scene was dated to about 44,000 years ago.", Day(2025, 6, 18))
    assert [(e.type.value, e.value, e.mod) for e in found] == [("DATE", "PAST_REF", "APPROX")]
    assert _found(tag("Timbers were felled in the spring of 920 BC.", Day(1999, 3, 16))) == [
        ("the spring of 920 BC", "DATE", "-0919-SP", None)]


def test_a_ban_starting_at_midnight_friday_is_told_ahead(tag: Tagger) -> None:
    found = _by_text(tag("The president announced a thirty-day ban on most travel from Europe, starting at midnight "
                         "Friday.", Day(2020, 3, 12)))
    assert found["midnight Friday"][1] == "2020-03-13T24:00"
    assert [e.value for e in tag("Sales fell sharply, beginning in January.", Day(2020, 3, 12))] == ["2020-01"]
    told_before = tag("The order keeps them home for 10 days, starting at midnight on Monday.", Day(2003, 4, 1))
    assert [e.value for e in told_before if e.type.value == "TIME"] == ["2003-03-31T24:00"]


def test_its_a_spoken_clock_tells_the_time_now(tag: Tagger) -> None:
    found = _by_text(tag("Relief flights will begin arriving tomorrow. It's eighteen hundred Universal Time.",
                         Day(2004, 12, 27)))
    assert found["eighteen hundred Universal Time"][1] == "2004-12-27T18:00"


def test_a_bare_decade_after_a_decade_shares_its_century(tag: Tagger) -> None:
    found = tag("The last restoration, in the eighteen-forties and fifties, took years.", Day(2019, 4, 16))
    assert [(e.text, e.value) for e in found if e.type.value == "DATE"] == [
        ("the eighteen-forties", "184"), ("fifties", "185")]
    assert [e.value for e in tag("In the 1980s and nineties it grew.", Day(2019, 4, 16))] == ["198", "199"]


def test_a_bare_clock_soon_after_an_evening_clock_is_that_evening(tag: Tagger) -> None:
    day = Day(2003, 3, 20)
    found = _by_text(tag("The deadline expired at eight p.m. Eastern last night. The president spoke to the nation "
                         "shortly afterward, at ten-fifteen.", day))
    assert found["ten-fifteen"][1] == "2003-03-19T22:15"
    next_morning = _by_text(tag("The raid began at 9 p.m. Friday. At 10:15 the next morning they left.", day))
    assert next_morning["10:15"][1] == "2003-03-21T10:15"


def test_parts_of_the_day_told_as_now_are_on_the_broadcast_day(tag: Tagger) -> None:
    found = _by_text(tag("The deadline expired at eight p.m. last night. Now it's mid-afternoon here, and the city "
                         "has been quiet since dawn.", Day(2003, 3, 20)))
    assert found["mid-afternoon"][1] == "2003-03-20TAF" and found["dawn"][1] == "2003-03-20TMO"
    story = _by_text(tag("The deadline expired at eight p.m. last night. Troops crossed at dawn.", Day(2003, 3, 20)))
    assert story["dawn"][1] == "2003-03-19TMO"


def test_the_early_hours_after_an_evening_are_the_next_mornings(tag: Tagger) -> None:
    found = _by_text(tag("Polls closed at 10pm on Thursday. The first result was declared at 10.45pm. Through the "
                         "early hours seat after seat fell, and he lost shortly after 3am.", Day(1997, 5, 2)))
    assert found["the early hours"][1] == "1997-05-02TMO" and found["3am"][1] == "1997-05-02T03:00"
