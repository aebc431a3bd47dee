"""The extraction facade across articles: one meeting reported twice is one event; another
meeting of the same people a month later is not."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.merge import merge_reports
from timeline_app.core.model import Article, Event
from timeline_app.extraction.pipeline import extract_events

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LATER_MEETING = (
    "Sullivan and Yang meet again\n\n"
    "Jake Sullivan, the US national security adviser, met Chinese foreign policy chief Yang Jiechi in "
    "Rome on Thursday, a month after their first talks in the Italian capital, officials said.\n"
)


@pytest.fixture(scope="module")
def model() -> None:
    from timeline_app.extraction.nlp import model_status

    if model_status().rule_only:
        pytest.skip("no English spaCy model installed")


def _merged(*batches: list[Event]) -> list[Event]:
    events: list[Event] = []
    for batch in batches:
        merge_reports(events, batch)
    return events


def _rome_talks(events: list[Event]) -> list[Event]:
    return [e for e in events if e.type == "CONSULT" and e.location == "Rome"]


def _dw_like() -> Article:
    text = (
        "US and China hold Ukraine talks\n\n"
        "US National Security Adviser Jake Sullivan and top diplomat Yang Jiechi have met in Rome.\n\n"
        "Sullivan met with China's top diplomat, Yang Jiechi, for seven hours on Monday, US officials said.\n"
    )
    return Article(text=text, title="US and China hold Ukraine talks", published=Day(2022, 3, 14))


def test_two_reports_of_the_rome_talks_are_one_event(model: None) -> None:
    second = Article(text=(FIXTURES / "rome-talks-2022-03-15.txt").read_text(encoding="utf-8"),
                     title="Washington and Beijing trade warnings after Rome meeting", published=Day(2022, 3, 15))
    first_events, second_events = extract_events(_dw_like()), extract_events(second)
    assert [e.when.value for e in _rome_talks(second_events)] == ["2022-03-14"]
    talks = _rome_talks(_merged(first_events, second_events))
    assert len(talks) == 1
    assert {s.article_id for s in talks[0].sources} == {_dw_like().id, second.id}
    assert talks[0].when.value == "2022-03-14"


def test_a_meeting_a_month_later_stays_apart(model: None) -> None:
    later = Article(text=LATER_MEETING, title="Sullivan and Yang meet again", published=Day(2022, 4, 15))
    later_events = extract_events(later)
    assert [e.when.value for e in _rome_talks(later_events)] == ["2022-04-14"]
    assert len(_rome_talks(_merged(extract_events(_dw_like()), later_events))) == 2


def test_empty_article_has_no_events() -> None:
    assert extract_events(Article(text="   \n", published=Day(2022, 1, 1))) == []


def test_importing_the_facade_does_not_load_spacy() -> None:
    code = "import sys, timeline_app.extraction.pipeline; print('spacy' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_secondary_words_of_a_report_add_no_confidence_across_articles(model: None) -> None:
    first = Article(text="Militants killed four soldiers in Kandahar on Monday.", published=Day(2023, 6, 9))
    second = Article(text="Militants killed four soldiers in Kandahar on Monday, leaving them dead in an attack.",
                     published=Day(2023, 6, 9))
    killed, again = extract_events(first)[0], extract_events(second)[0]
    assert len({s.start for s in again.sources}) == 1 < len(again.sources), "one sentence, several words"
    expected = round(max(killed.confidence, again.confidence) + 0.03, 2)  # one further sentence
    merged = _merged([killed], [again])
    assert len(merged) == 1 and merged[0].confidence == expected
