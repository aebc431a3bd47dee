"""Events from short made-up reports: participants, place, kind, time, factuality, titles."""

from __future__ import annotations

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event, Factuality
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 9)  # a Friday


def _events(text: str, model_required: None) -> list[Event]:
    return extract_events(Article(text=text, published=DCT))


def test_conjoined_subjects_meet_as_one_consult(model_required: None) -> None:
    events = _events("Angela Merkel and Emmanuel Macron met in Paris on Tuesday to discuss the budget.",
                     model_required)
    consult = [e for e in events if e.type == "CONSULT"]
    assert len(consult) == 1
    assert consult[0].actors == ["Angela Merkel", "Emmanuel Macron"]
    assert consult[0].location == "Paris" and consult[0].when.value == "2023-06-06"
    assert consult[0].title == "Merkel and Macron hold talks in Paris"


def test_passive_agent_is_the_actor_and_subject_the_target(model_required: None) -> None:
    events = _events("Three protesters were arrested by police in Lagos on Monday.", model_required)
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.when.value == "2023-06-05" and arrest.location == "Lagos"
    assert arrest.actors == ["police"]


def test_future_events_are_planned_not_past(model_required: None) -> None:
    events = _events("The foreign minister will visit Tokyo next week, officials said.", model_required)
    visit = next(e for e in events if e.type == "CONSULT")
    assert visit.factuality is Factuality.PLANNED
    assert visit.when.start > DCT


def test_negated_event_is_flagged(model_required: None) -> None:
    events = _events("On Thursday, the government did not impose sanctions on the company.", model_required)
    assert events and all(e.factuality is Factuality.NEGATED for e in events)


def test_since_becomes_the_mod(model_required: None) -> None:
    events = _events("Rebels have fought government troops in the north since March.", model_required)
    fight = next(e for e in events if e.type == "FIGHT")
    assert fight.when.value == "2023-03" and fight.when.mod == "AFTER"


def test_undated_action_is_inferred_with_lower_confidence(model_required: None) -> None:
    events = _events("Protesters in Nairobi stormed the parliament building. "
                     "The police arrested forty people on Monday.", model_required)
    stormed = next(e for e in events if any(s.trigger == "stormed" for s in e.sources))
    dated = next(e for e in events if e.when.value == "2023-06-05" and e is not stormed)
    # Before a day is named, the news is the day the next sentence names (Monday, of the week before).
    assert stormed.when.anchor is Anchor.INFERRED and stormed.when.value == "2023-06-05"
    assert all(s.time_start is None and s.time_end is None for s in stormed.sources)
    assert stormed.confidence < dated.confidence


def test_a_duration_never_dates_an_event(model_required: None) -> None:
    events = _events("The two leaders held a three-hour meeting.", model_required)
    assert all(e.when.anchor is Anchor.INFERRED for e in events)


@pytest.mark.parametrize("text", ["", "Nothing happened.", "Talks!\n\n\n", "Ünïcödé só ñicé — 2020."])
def test_odd_inputs_do_not_crash(text: str) -> None:
    extract_events(Article(text=text or " ", published=DCT))


def test_rule_only_blank_pipeline_does_not_crash() -> None:
    import spacy

    from timeline_app.extraction.events import build_mentions, events_of
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.temporal import tag_doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    article = Article(text="Leaders met in Rome on Monday.\nThe ministers signed a trade deal.", published=DCT)
    doc = parse(nlp, article.text)
    events = events_of(build_mentions(doc, tag_doc(doc, DCT), DCT), article)
    dated = [e for e in events if e.when.anchor is not Anchor.INFERRED]
    assert [(e.when.value, e.sources[0].trigger) for e in dated] == [("2023-06-05", "met")]
    assert all(e.confidence < 0.5 for e in events)


def test_without_an_article_date_the_paragraph_reference_time_dates_undated_events(model_required: None) -> None:
    text = ("Angela Merkel met Emmanuel Macron in Paris on 14 March 2022. Protesters stormed the parliament.\n\n"
            "Rebels seized the airport.")
    events = extract_events(Article(text=text, published=None))
    assert [(e.when.value, e.when.anchor) for e in events] == [
        ("2022-03-14", Anchor.EXPLICIT), ("2022-03-14", Anchor.INFERRED)]


def test_a_capital_acts_for_its_country_but_stays_a_city_as_a_place(model_required: None) -> None:
    text = ("Beijing warned Washington on Monday against new export controls. "
            "Wang Yi met Antony Blinken in Beijing on Wednesday, and Blinken thanked Wang.")
    events = extract_events(Article(text=text, published=DCT))
    warning = next(e for e in events if e.when.value == "2023-06-05")
    assert warning.actors == ["China"] and warning.type == "THREATEN"
    meeting = next(e for e in events if e.type == "CONSULT")
    assert meeting.location == "Beijing" and meeting.actors == ["Wang Yi", "Antony Blinken"]


def test_dateline_places_the_articles_own_events(model_required: None) -> None:
    text = ("Top envoys hold talks\n\nROME (Reuters) - Jake Sullivan and Yang Jiechi have met, officials said. "
            "Sullivan visited Zurich in October.\n")
    events = extract_events(Article(text=text, title="Top envoys hold talks", published=DCT))
    talks = next(e for e in events if e.when.value == DCT.iso())
    assert talks.location == "Rome" and talks.type == "CONSULT"
    october = next(e for e in events if e.when.value == "2022-10")
    assert october.location == "Zurich"


def test_headline_place_and_no_false_dateline(model_required: None) -> None:
    from timeline_app.extraction.events.places import article_place

    assert article_place("US - China talks resume\n\nThey met.", [], "") is None
    events = extract_events(Article(text="Envoys meet in Geneva\n\nThe two envoys met on Thursday.",
                                    title="Envoys meet in Geneva", published=DCT))
    assert [(e.when.value, e.location) for e in events] == [("2023-06-08", "Geneva")]
