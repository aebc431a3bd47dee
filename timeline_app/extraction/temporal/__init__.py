"""Temporal expressions: recognise TIMEX3 in text and normalise them to values and TimeSpans.

Callers use :func:`tag_doc` on a Doc of ``base_pipeline()`` (or :func:`tag_text`),
:func:`governing_token` to find the verb an expression depends on, :func:`is_entry` to
tell a chronology entry's date, and :func:`annotate_timeml_dir` for the ``timeml`` command.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.annotate import annotate_timeml_dir
from timeline_app.extraction.temporal.tagger import tag_doc, tag_text
from timeline_app.extraction.temporal.tense import direction_of
from timeline_app.extraction.temporal.tense import governing_token as _governing_token
from timeline_app.extraction.temporal.years import is_entry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from timeline_app.core.model import TemporalExpression

__all__ = ["annotate_timeml_dir", "direction_of", "governing_token", "is_entry", "tag_doc", "tag_text"]


def governing_token(doc: Doc, expr: TemporalExpression) -> Token | None:
    """The verb ``expr`` depends on in ``doc`` (None without a dependency parse)."""
    return _governing_token(doc, expr.start, expr.end)
