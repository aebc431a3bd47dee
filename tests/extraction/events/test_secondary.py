"""Secondary trigger mentions: other words of a kept event's clause become further sources of it."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.extraction.pipeline import extract_events

DCT = Day(2023, 6, 9)  # a Friday


def _events(text: str) -> list[Event]:
    return extract_events(Article(text=text, published=DCT))


def _triggers(event: Event) -> list[str]:
    return [s.trigger or "" for s in event.sources]


def test_a_noun_of_the_same_happening_is_one_more_source(model_required: None) -> None:
    events = _events("Four soldiers were killed in an attack in Kandahar on Monday.")
    assert len(events) == 1, "the attack is the killing: no second event on the timeline"
    killed = events[0]
    assert killed.when.value == "2023-06-05"
    assert _triggers(killed)[0] == "killed" and "attack" in _triggers(killed)
    text = "Four soldiers were killed in an attack in Kandahar on Monday."
    for source in killed.sources:
        assert text[source.trigger_start:source.trigger_end] == source.trigger
        assert source.sentence == text


def test_earlier_or_merely_mentioned_happenings_are_not_sources(model_required: None) -> None:
    events = _events("Police arrested a man on Tuesday after a shooting in Lyon. "
                     "The court charged him with murder on Thursday. "
                     "On Wednesday the minister criticized Russia's invasion of Ukraine.")
    triggers = {t for e in events for t in _triggers(e)}
    assert {"arrested", "charged"} <= triggers
    assert not {"shooting", "murder", "invasion"} & triggers


def test_secondary_sources_do_not_change_the_events(model_required: None) -> None:
    text = "Rebels captured the town of Kidal on Sunday, killing three guards during the assault."
    events = _events(text)
    assert [e.when.value for e in events] == ["2023-06-04"]
    assert len(events[0].sources) >= 2 and all(s.time_start is None for s in events[0].sources[1:])


def test_a_later_sentence_repeating_the_event_word_is_one_more_source(model_required: None) -> None:
    text = ("Police arrested a man in Leeds on Wednesday.\n\n"
            "The arrest took place near the station.")
    events = _events(text)
    assert len(events) == 1, "the repetition adds no event"
    arrest = events[0]
    assert arrest.when.value == "2023-06-07" and arrest.type == "COERCE"
    later = text.index("The arrest") + len("The ")
    assert later in {s.trigger_start for s in arrest.sources}


def test_the_headline_joins_the_event_it_names_by_the_same_word(model_required: None) -> None:
    body = "Police arrested two men in Leeds on Tuesday over the theft of a painting."
    headline = "Two men arrested over painting theft"
    article = Article(text=headline + "\n\n" + body, title=headline, published=DCT)
    events = extract_events(article)
    arrest = next(e for e in events if e.type == "COERCE")
    assert arrest.when.value == "2023-06-06"
    assert {s.sentence for s in arrest.sources} == {headline, body}
    assert len([e for e in events if e.type == "COERCE"]) == 1


def test_action_verbs_and_outcomes_of_the_clause_are_sources(model_required: None) -> None:
    events = _events("Gunmen attacked a bus near Kano on Monday, leaving four passengers dead. "
                     "Rebels seized the town on Sunday and made the mayor a prisoner.")
    attack = next(e for e in events if e.type == "ASSAULT")
    assert attack.when.value == "2023-06-05" and "dead" in _triggers(attack)
    seized = next(e for e in events if e.type == "COERCE")
    assert seized.when.value == "2023-06-04" and "made" in _triggers(seized)
    assert not {"bus", "passengers", "mayor", "prisoner"} & {t for e in events for t in _triggers(e)}
    assert len(events) == 2


def test_other_times_and_uncertain_events_take_no_secondary_mentions(model_required: None) -> None:
    events = _events("Ahead of the summit, troops killed two rebels in Goma on Monday. "
                     "The minister said on Tuesday that China would face sanctions if it sent weapons.")
    triggers = {t for e in events for t in _triggers(e)}
    assert "killed" in triggers and "summit" not in triggers
    assert not {"sanctions", "sent", "weapons"} & triggers


def test_the_offence_of_a_charge_is_the_crime_the_article_reports(model_required: None) -> None:
    events = _events("A gunman shot two guards outside a bank in Leeds on Monday. "
                     "Police arrested a man on Wednesday on suspicion of attempted murder.")
    shooting = next(e for e in events if "shot" in _triggers(e))
    assert shooting.when.value == "2023-06-05" and "murder" in _triggers(shooting)
    arrest = next(e for e in events if "arrested" in _triggers(e))
    assert arrest.when.value == "2023-06-07" and "murder" not in _triggers(arrest)
    assert not any(e.sources[0].trigger == "murder" for e in events), "the offence is no event of its own"


def test_a_happening_owned_by_a_pronoun_is_part_of_the_clause(model_required: None) -> None:
    events = _events("A climber fell to his death on Mount Cook on Saturday, police said.")
    fell = next(e for e in events if "fell" in _triggers(e))
    assert fell.when.value == "2023-06-03" and "death" in _triggers(fell), "'his death' is the fall's outcome"


def test_a_noun_made_from_a_verb_names_part_of_the_happening(model_required: None) -> None:
    completed = _events("Engineers completed the installation of the new cable on Monday.")[0]
    assert completed.when.value == "2023-06-05" and "installation" in _triggers(completed)
    searched = _events("Police searched the apartment of the suspect on Monday.")[0]
    assert "apartment" not in _triggers(searched), "an apartment is a thing, not a happening"
