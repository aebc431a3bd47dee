"""Fixtures: a blank English pipeline (no model needed) and the DCT of the acceptance examples."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

if TYPE_CHECKING:
    from spacy.language import Language

DCT = Day(2022, 3, 14)  # a Monday
Tagger = Callable[..., list[TemporalExpression]]


@pytest.fixture(scope="session")
def blank_nlp() -> Language:
    """spacy.blank("en") + sentencizer: what runs when no model is installed."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


@pytest.fixture(scope="session")
def tag(blank_nlp: Language) -> Tagger:
    """Tag a text rule-only (no model) against a DCT."""
    from timeline_app.extraction.temporal import tag_doc

    def run(text: str, dct: Day | None = DCT) -> list[TemporalExpression]:
        return tag_doc(blank_nlp(text), dct)

    return run


@pytest.fixture
def parsed_tag() -> Tagger:
    """Tag a text with the model's parse (the governing verb needs it); skips without the model."""
    if not has_model():
        pytest.skip("the governing verb needs the model's parse")
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    def run(text: str, dct: Day | None = DCT) -> list[TemporalExpression]:
        return tag_doc(base_pipeline()(text), dct)

    return run


def has_model() -> bool:
    from timeline_app.extraction.nlp import model_status

    return not model_status().rule_only


@pytest.fixture(params=["blank", "model"])
def nlp(request: pytest.FixtureRequest, blank_nlp: Language) -> Language:
    """Each test runs rule-only and, when installed, with the English model."""
    if request.param == "blank":
        return blank_nlp
    if not has_model():
        pytest.skip("no English spaCy model installed")
    from timeline_app.extraction.nlp import base_pipeline

    return base_pipeline()
