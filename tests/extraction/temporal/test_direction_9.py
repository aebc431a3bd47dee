"""Past or future: participles and gerunds under "will", declared holidays, "is in November", headline
infinitives, "KEY DATES" boxes, reduced passives in the subject of a reported "would", weekdays dated in
brackets and the calendar told in the present."""

from __future__ import annotations

import pytest
from spacy.language import Language

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.extraction.temporal import tag_doc

from .conftest import Tagger


def _values(found: list[TemporalExpression]) -> dict[str, str]:
    return {expr.text: expr.value for expr in found}


# --- a date on a participle or gerund inside the object of a "will" clause (needs the parse)


@pytest.mark.parametrize(("dct", "text", "expr", "value"), [
    (Day(2023, 5, 16), "Importers will have to report the emissions embedded in their goods from October 1.",
     "October 1", "2023-10-01"),
    (Day(2019, 5, 10), "His office will begin the process of adding tariffs on Monday.", "Monday", "2019-05-13"),
    (Day(2019, 5, 10), "They will start the work of adding tariffs on Monday.", "Monday", "2019-05-13"),
])
def test_a_date_on_a_participle_under_will_lies_ahead(parsed_tag: Tagger, dct: Day, text: str, expr: str,
                                                      value: str) -> None:
    assert _values(parsed_tag(text, dct))[expr] == value


def test_a_gerund_under_a_past_verb_stays_in_the_past(parsed_tag: Tagger) -> None:
    # DCT Friday 2019-05-10: the process began, so its Monday is the one gone by
    found = _values(parsed_tag("His office began the process of adding tariffs on Monday.", Day(2019, 5, 10)))
    assert found["Monday"] == "2019-05-06"


def test_a_reduced_passive_without_a_start_date_is_what_was_done(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("The court will review the decision announced on Wednesday.", Day(2019, 5, 10)))
    assert found["Wednesday"] == "2019-05-08"


def test_the_subject_of_a_reported_would_is_still_ahead(parsed_tag: Tagger) -> None:
    text = "Mr Ahern said in Dublin yesterday that the decisions taken this weekend would shape the Union."
    assert _values(parsed_tag(text, Day(1997, 12, 12)))["this weekend"] == "1997-W50-WE"


# --- days declared holidays


@pytest.mark.parametrize("text", [
    "The government has declared Wednesday and Thursday public holidays.",
    "The government has declared Wednesday, Thursday and Friday as public holidays.",
])
def test_days_declared_holidays_are_the_coming_ones(tag: Tagger, parsed_tag: Tagger,
                                                    text: str) -> None:
    for tagger in (tag, parsed_tag):
        found = _values(tagger(text, Day(2016, 4, 12)))  # a Tuesday
        assert (found["Wednesday"], found["Thursday"]) == ("2016-04-13", "2016-04-14")


def test_a_day_declared_in_a_sentence_about_the_past_is_not_moved(tag: Tagger) -> None:
    found = _values(tag("The strike on Wednesday closed schools.", Day(2016, 4, 14)))
    assert found["Wednesday"] == "2016-04-13"


# --- "is in November": a present copula with a month names what is to come


def test_an_event_said_to_be_in_a_month_is_ahead(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The election is in November.", Day(2024, 5, 14)))["November"] == "2024-11"


def test_a_past_copula_with_a_month_stays_past(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("The election was in November.", Day(2024, 5, 14)))["November"] == "2023-11"


# --- a headline's "X to visit": the parser may read the name as a noun with a relative clause


@pytest.mark.parametrize("subject", ["Starmer", "Trump", "Biden"])
def test_a_headline_infinitive_points_ahead(parsed_tag: Tagger, subject: str) -> None:
    found = _values(parsed_tag(f"{subject} to visit Tokyo on Friday.", Day(2025, 2, 3)))
    assert found["Friday"] == "2025-02-07"


def test_an_infinitive_after_a_past_clause_is_not_a_headline(parsed_tag: Tagger) -> None:
    found = _values(parsed_tag("He was the first leader to visit Tokyo on Friday.", Day(2025, 2, 3)))
    assert found["Friday"] == "2025-01-31"


# --- a "KEY DATES" box: its entries are the nearest dates, even when the lines run into one sentence


def test_a_key_dates_box_of_labels_lists_what_is_to_come(parsed_tag: Tagger) -> None:
    text = ("The pound fell on Wednesday.\n\nKEY DATES\n- Sept. 19: State funeral; markets closed\n"
            "- Nov. 3: BOE decision and Monetary Policy Report")
    found = _values(parsed_tag(text, Day(2022, 9, 14)))
    assert (found["Sept. 19"], found["Nov. 3"]) == ("2022-09-19", "2022-11-03")
    text = ("The pound fell.\n\nKey dates\n- 28-29 June: EU leaders meet in Brussels\n"
            "- 2 September: Conservative Party deadline for nominating a new leader")
    assert _values(parsed_tag(text, Day(2016, 6, 27)))["2 September"] == "2016-09-02"


def test_key_dates_told_as_sentences_are_a_chronology(parsed_tag: Tagger) -> None:
    text = "Key dates\nMarch 16 - JP Morgan agrees to buy Bear Stearns.\nJune 9 - Lehman announces a loss."
    found = _values(parsed_tag(text, Day(2008, 9, 16)))
    assert (found["March 16"], found["June 9"]) == ("2008-03-16", "2008-06-09")


def test_a_chronology_with_past_verbs_stays_past(tag: Tagger) -> None:
    text = "Timeline of the crisis\n- Nov. 3: Protesters stormed the parliament.\n- Nov. 5: The cabinet resigned."
    found = _values(tag(text, Day(2022, 9, 14)))
    assert found["Nov. 3"] == "2021-11-03"


# --- "on Tuesday (6 January)": the bracketed date says which Tuesday


def test_a_weekday_takes_the_date_in_brackets_after_it(tag: Tagger) -> None:
    found = _values(tag("Epiphany on Tuesday (6 January) is a holiday.", Day(2026, 1, 5)))
    assert (found["Tuesday"], found["6 January"]) == ("2026-01-06", "2026-01-06")


def test_a_weekday_that_disagrees_with_the_bracket_is_not_moved(tag: Tagger) -> None:
    found = _values(tag("Epiphany on Wednesday (6 January) is a holiday.", Day(2026, 1, 5)))
    assert found["Wednesday"] != "2026-01-06"


# --- opening hours and a holiday's weekday told in the present: the holiday to come


@pytest.mark.parametrize(("text", "expected"), [
    ("Shops close at 2pm on Christmas Eve.", {"Christmas Eve": "2026-12-24", "2pm": "2026-12-24T14:00"}),
    ("Christmas Day and Boxing Day fall on a Friday and Saturday.",
     {"Christmas Day": "2026-12-25", "Boxing Day": "2026-12-26"}),
])
def test_the_calendar_told_in_the_present_is_the_coming_one(nlp: Language, text: str,
                                                            expected: dict[str, str]) -> None:
    found = _values(tag_doc(nlp(text), Day(2026, 1, 5)))
    assert {key: found[key] for key in expected} == expected


@pytest.mark.parametrize("text", ["Shops closed at 2pm on Christmas Eve.", "Christmas Day fell on a Thursday."])
def test_the_calendar_told_in_the_past_is_the_last_one(nlp: Language, text: str) -> None:
    found = _values(tag_doc(nlp(text), Day(2026, 1, 5)))
    assert found[next(key for key in found if key.startswith("Christmas"))].startswith("2025-12-2")


# --- a month owning an event in an apposition; a wish in the past perfect; "midnight Saturday"


def test_a_month_owning_an_election_in_an_apposition_is_the_nearest(parsed_tag: Tagger) -> None:
    text = "Trump, Biden's Republican rival in November's election, has said he wants a 60% tariff."
    assert _values(parsed_tag(text, Day(2024, 6, 14)))["November"] == "2024-11"


def test_a_month_owning_an_event_in_a_past_subject_is_past(parsed_tag: Tagger) -> None:
    assert _values(parsed_tag("Turnout in November's election was low.", Day(2024, 5, 14)))["November"] == "2023-11"


def test_a_wish_in_the_past_perfect_is_for_a_day_gone_by(parsed_tag: Tagger) -> None:
    # DCT Friday 1997-12-12: the Monday just gone, although next Monday is a day nearer
    text = "The presidency had hoped to settle the matter at a meeting on Monday."
    assert _values(parsed_tag(text, Day(1997, 12, 12)))["Monday"] == "1997-12-08"
    assert _values(parsed_tag("The summit had been due to open on Monday.", Day(1997, 12, 12)))["Monday"] == (
        "1997-12-15")


def test_midnight_of_the_day_before_the_story_opens_its_day(nlp: Language) -> None:
    text = "The military said it would impose a closure from midnight Saturday until midnight on Monday."
    found = _values(tag_doc(nlp(text), Day(2023, 9, 24)))  # a Sunday
    assert (found["midnight Saturday"], found["midnight on Monday"]) == ("2023-09-23T24:00", "2023-09-25T24:00")
    found = _values(tag_doc(nlp("The strike will end at midnight on Tuesday next week."), Day(1995, 11, 1)))
    assert found["midnight on Tuesday"] == "1995-11-07T24:00"
