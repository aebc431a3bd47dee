"""One happening told twice in an article shows once on the timeline; different happenings of one
day stay apart."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2014, 2, 7)  # a Friday


def _events(text: str) -> list[Event]:
    return extract_events(Article(text=text, published=DCT))


def test_an_event_noun_and_its_verb_are_one_event(model_required: None) -> None:
    events = _events("A violent storm hit the coast of Brittany on Thursday.")
    assert len(events) == 1
    assert "storm" in events[0].title.lower()


def test_a_headline_title_wins_over_a_sentence_title(model_required: None) -> None:
    events = _events("A violent storm hit the coast of Brittany on Thursday, flooding streets in Brest, "
                     "the regional prefecture said in a statement released to local radio stations.")
    assert all(not e.title.endswith("\u2026") for e in events)


def test_two_police_actions_of_one_day_stay_apart(model_required: None) -> None:
    events = _events("Police arrested a teacher in Lyon on Thursday. Police evacuated a school in Lyon on Thursday.")
    assert len(events) == 2


def test_a_mere_it_began_without_date_or_name_is_not_an_event(model_required: None) -> None:
    events = _events("Rebels attacked the town of Goma on Thursday. The fighting began near the airport.")
    assert [e.sources[0].trigger for e in events] == ["attacked"]


def test_a_split_contraction_is_no_event(model_required: None) -> None:
    events = _events("On Monday the fire was out. \u201c It \u2019 s a miracle, \u201d the mayor told the crowd.")
    assert all(e.sources[0].trigger.lower() != "s" for e in events)


def test_one_days_earthquake_told_by_different_verbs_is_one_event(model_required: None) -> None:
    events = _events("A strong earthquake killed a child in Peru on Thursday. "
                     "The quake hit the southern province of Arequipa on Thursday.")
    quake = [e for e in events if "quake" in e.title.lower()]
    assert len(quake) == 1


def test_a_toll_told_again_is_one_event(model_required: None) -> None:
    events = _events("Dozens of people were injured on Thursday. At least nine people were injured on Thursday.")
    assert len(events) == 1


def test_arrests_of_one_day_by_police_stay_apart_from_other_police_acts(model_required: None) -> None:
    events = _events("Police arrested two men in Leeds on Thursday. Police closed the station in Leeds on Thursday.")
    assert len(events) == 2


def test_the_incident_happened_is_one_more_source_of_that_days_event(model_required: None) -> None:
    events = _events("The coast guard rescued twelve fishermen off Crete on Thursday. "
                     "The incident happened on Thursday when their boat sank in a storm.")
    assert all(not e.title.startswith("Incident") for e in events)
    rescue = [e for e in events if "rescue" in e.title.lower()]
    assert rescue and len(rescue[0].sources) >= 2
    assert rescue[0].actors == ["coast guard"]
