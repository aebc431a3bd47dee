"""A bare "the month", "the year" or "the decade" ("by the end of the year") is the one the story has just named:
"Protests began in June 2019 and continued until the end of the year", "In 1991 Hanlon promised the money would
be returned by the end of the year"."""

from __future__ import annotations

import re

from timeline_app.core.timespan import GRANULARITY_ORDER, Anchor, Granularity
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.clause_years import told_ahead_from_then
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.resolve import FUTURE, PAST, UNKNOWN, value_at
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_BREAK, breaks_sentence
from timeline_app.extraction.temporal.story import StoryContext, is_landmark, told_in_the_past

_BARE_UNIT = re.compile(r"(?:.*\s)?the\s+(month|year|decade)", re.I | re.S)
_UNIT_GRANULARITY = {"month": Granularity.MONTH, "year": Granularity.YEAR, "decade": Granularity.DECADE}
# "set in July 2019. Scientists say the month was": a report is told from the article's day.
# how many sentences on the story may still be in that period ("On 3 January 2020 ... Within a week, ... By the end
# of the month, ...")
_SENTENCES_ON = 2
_REPORTED = re.compile(r"\b(?:said|says|say|told|tells|announced|reported|added)\b", re.I)


def the_period_just_named(found: Normalised, text: str, doc_text: str, candidate: Candidate,
                          context: StoryContext, direction: int = UNKNOWN) -> Normalised | None:
    """"Imports rose in June, leaving a surplus for the month", "Protests began in June 2019 and continued
    until the end of the year": the month or year its sentence has just named, not the DCT's."""
    unit = _BARE_UNIT.fullmatch(text)
    reference = context.reference
    if unit is None or reference is None:
        return None
    granularity = _UNIT_GRANULARITY[unit.group(1).lower()]
    if breaks_sentence(doc_text, context.reference_end, candidate.start) and not _story_goes_on(
            doc_text, candidate, context, granularity, direction):
        return None
    order = GRANULARITY_ORDER
    if order.index(reference.granularity) > order.index(granularity) or reference.anchor is Anchor.INFERRED:
        return None
    if reference.granularity is not granularity and reference.anchor is not Anchor.EXPLICIT:
        return None  # "lifted the policy only last August ... since the start of the year": this year
    if direction == FUTURE and context.dct is not None and reference.end.number < context.dct.number - 365 and not (
            told_ahead_from_then(doc_text, context.reference_end, candidate.start)):
        return None  # "since the war began in April 2023, ... could top 5 million by the end of the year"
    value = value_at(reference.start, granularity)
    if value == found.value:
        return None
    return Normalised(found.type, value, found.mod, Anchor.REFERENCE_TIME)


def _story_goes_on(text: str, candidate: Candidate, context: StoryContext, granularity: Granularity,
                   direction: int) -> bool:
    """"The building opened in 1974. By the end of the decade it was a landmark.", "On 3 January 2020 a briefing
    described a cluster. By the end of the month, it had reached 18 countries": a story told in the past goes on in
    the period it has just written out, into the next sentence."""
    reference = context.reference
    if reference is None or direction != PAST or (
            reference.anchor is not Anchor.EXPLICIT) or not told_in_the_past(context, reference, direction) or (
            is_landmark(text, context.reference_start)):
        return False
    between = text[context.reference_end:candidate.start]
    return "\n" not in between and len(SENTENCE_BREAK.findall(between)) <= _SENTENCES_ON and (
        _REPORTED.search(between) is None)
