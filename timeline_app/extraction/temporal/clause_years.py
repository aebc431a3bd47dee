"""The year a clause names for the days and months written in it without one: "Last year Ramadan began on March
11", "In 2019 it was delayed until June 20", "than in 2019, when it fell on 21 April", "In 1991 Hanlon promised
the money would be returned by the end of the year", "By 2001 it had a new doctor"."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression
from timeline_app.core.timespan import Granularity, TimeSpan

# A year opening its sentence: "In 2019 it was", "Last year Ramadan began", "By 2001 it had".
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"'\u201d\u2019]\s*)(?:(?-i:In|During|By)\s+)?$")
# What may follow such a year without a comma and still leave it the frame: a clause's first word, not a list or
# range ("In 2019 and 2020"), a possessive ("Last year's"), a season label ("In 2019-20") or a noun it qualifies.
_CLAUSE_AFTER = re.compile(r"\s+(?!(?:and|or|to|through|until|till|alone|as|than|for|of|was|were|is|are|had|has"
                           r"|season|election|budget|census|edition)\b)(?:the|a|an|it|he|she|they|we|I|its|his|her"
                           r"|their|our|[A-Z][a-z]+)\b")
_NOT_A_YEAR_WORD = re.compile(r"\d{4}|(?:last|this|next)\s+year", re.I)
_BY = re.compile(r"\bBy\s+$")
# "than in 2019, when it fell on 21 April", "last year, when it was on January 29": a when-clause telling the time
# of the year it follows.
_WHEN_AFTER = re.compile(r"\s*,\s*when\b[^.;:!?()]*$")
# "promised the money would be returned by the end of the year": a future told from the past.
_FUTURE_IN_THE_PAST = re.compile(r"\b(?:would|was\s+(?:to|going\s+to|due\s+to)|were\s+(?:to|going\s+to|due\s+to)"
                                 r"|(?:promised|pledged|vowed|planned|hoped|expected|predicted|forecast)\s+to)\b",
                                 re.I)


def opens_without_comma(text: str, expr: TemporalExpression) -> bool:
    """"Last year Ramadan began on March 11", "In 2019 it was delayed": a year written out or named relative to the
    DCT, opening its sentence, frames it even without the comma."""
    if expr.span is None or expr.span.granularity is not Granularity.YEAR or not _NOT_A_YEAR_WORD.fullmatch(
            text[expr.start:expr.end]):
        return False
    return _SENTENCE_OPENING.search(text, max(0, expr.start - 12), expr.start) is not None and (
        _CLAUSE_AFTER.match(text, expr.end) is not None)


def opens_with_by(text: str, expr: TemporalExpression) -> bool:
    """"By 2001 it had a new doctor": a year bound that opens its sentence is where the story has got to."""
    if _BY.search(text, max(0, expr.start - 4), expr.start) is None:
        return False
    return opens_without_comma(text, expr) or (text.startswith(",", expr.end) and expr.span is not None and (
        expr.span.granularity is Granularity.YEAR) and _SENTENCE_OPENING.search(
        text, max(0, expr.start - 12), expr.start) is not None)


def in_its_when_clause(text: str, year_end: int, start: int) -> bool:
    """"in 2019, when it fell on 21 April": the day is in the when-clause right after the year."""
    return _WHEN_AFTER.match(text[year_end:start]) is not None


def told_ahead_from_then(text: str, frame_end: int, start: int) -> bool:
    """"In 1991 Hanlon promised the money would be returned by the end of the year": a future seen from the year
    the sentence opened with."""
    return _FUTURE_IN_THE_PAST.search(text, frame_end, start) is not None


_SINCE_BEFORE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|hasn't|haven't)\b", re.I)
_CLAUSE_START = re.compile(r"[.!?;]")


def _own_clause_before(text: str, start: int) -> str:
    before = text[max(0, start - 120):start]
    return _CLAUSE_START.split(before)[-1]


def since_told_from_now(text: str, start: int) -> bool:
    """"The Tigers have not played a home ODI since October": "since" with the present perfect counts back from
    the DCT, whatever year the story told before."""
    return _SINCE_BEFORE.search(text, max(0, start - 12), start) is not None and _PRESENT_PERFECT.search(
        _own_clause_before(text, start)) is not None


_PLUPERFECT = re.compile(r"\bhad\b", re.I)
_MONTH_VALUE = re.compile(r"\d{4}-(\d\d)")
_MONTHS_ON = 6
_SPAN_OF_TIME = re.compile(r"\b(?:years?|months?|decades?|later|afterwards?)\b", re.I)


def month_the_story_moves_on_to(value: str, story: TimeSpan, text: str, story_end: int, start: int, end: int,
                                dct: Day | None) -> str | None:
    """"The first case was recorded in December 2002. In January, 19 patients died.": a month earlier in the
    calendar than the story's own is the next year's, when it comes within half a year and is not told in the
    pluperfect ("In March, police had warned") nor after a span of time ("dragged on for four years, ending in
    March")."""
    month = _MONTH_VALUE.fullmatch(value)
    if month is None or not 0 < (int(month.group(1)) - story.start.month) % 12 <= _MONTHS_ON or int(
            month.group(1)) >= story.start.month:
        return None
    moved = f"{story.start.year + 1:04d}-{month.group(1)}"
    if (dct is not None and moved > f"{dct.year:04d}-{dct.month:02d}") or _SPAN_OF_TIME.search(text, story_end, start):
        return None
    sentence_end = _CLAUSE_START.search(text, end)
    sentence = _own_clause_before(text, start) + text[end:sentence_end.start() if sentence_end else len(text)]
    return None if _PLUPERFECT.search(sentence) else moved


# "A memo dated 23 December", "a letter signed on 4 May": the date of a document the story has come upon.
_DATED_BEFORE = re.compile(r"\b(?:dated|signed|written|sent|postmarked)\s+(?:on\s+)?$", re.I)


def is_dated_by(text: str, start: int) -> bool:
    """The day a document found in the story bears: told from the story's past, whatever the verb."""
    return _DATED_BEFORE.search(text, max(0, start - 16), start) is not None
