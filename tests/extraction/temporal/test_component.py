"""The "timeline_timex" spaCy component and the helpers other extraction code calls."""

from __future__ import annotations

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal import direction_of, governing_token, tag_text
from timeline_app.extraction.temporal.component import COMPONENT_NAME, add_to
from timeline_app.extraction.temporal.resolve import FUTURE, PAST

from .conftest import has_model


def test_component_reads_the_dct_and_sets_timexes() -> None:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    add_to(nlp)
    add_to(nlp)  # idempotent
    assert nlp.pipe_names.count(COMPONENT_NAME) == 1
    doc = nlp.make_doc("The ministers met on Monday.")
    doc._.dct = Day(2022, 3, 14)
    for _, component in nlp.pipeline:
        doc = component(doc)
    assert [(e.text, e.value) for e in doc._.timexes] == [("Monday", "2022-03-14")]


def test_tense_decides_the_direction() -> None:
    past = "The two met in Zurich in October."
    future = "The two will meet in Zurich in October."
    found_past = {e.text: e.value for e in tag_text(past, Day(2022, 3, 14))}
    found_future = {e.text: e.value for e in tag_text(future, Day(2022, 3, 14))}
    assert (found_past["October"], found_future["October"]) == ("2021-10", "2022-10")


def test_governing_token_is_the_verb_when_a_parse_exists() -> None:
    from timeline_app.extraction.nlp import base_pipeline

    text = "Sullivan met Yang in Rome on Monday."
    doc = base_pipeline()(text)
    (expr,) = tag_text(text, Day(2022, 3, 14))
    verb = governing_token(doc, expr)
    if has_model():
        assert verb is not None and verb.text == "met"
        assert direction_of(doc, expr.start, expr.end) == PAST
        will = "Sullivan will meet Yang on Friday."
        assert direction_of(base_pipeline()(will), will.index("Friday"), will.index("Friday") + 6) == FUTURE
    else:
        assert verb is None
