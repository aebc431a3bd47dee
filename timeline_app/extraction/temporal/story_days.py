"""Which days a story names are the day it is at, for the clock readings that follow: a deadline ("due by
Christmas") and a named event ("the winner of Monday's election") are not; the end of one phase followed by the
next ("until 5am on Wednesday, followed by Stage 4 from 5am") is; and "earlier in the day" looks back to the
last day gone by, not to a day ahead the story has just mentioned.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Granularity
from timeline_app.extraction.temporal.clock_days import names_a_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, DAY_VALUE

_BY_BEFORE = re.compile(r"\bby\s+(?:the\s+end\s+of\s+)?$", re.I)
_NEXT_PHASE_AFTER = re.compile(r",?\s+(?:and\s+)?(?:followed\s+by|then|after\s+which|thereafter)\b", re.I)
_DATED_THING = re.compile(r"\b(?:the|a|an)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|in|on|at|of|for|when|while|as|by|after|before|until|with|from|that"
                         r"|which|was|is|were|are|had|has|will|would)\b)[a-z][a-z-]+\b")
_OWNER_BEFORE = re.compile(r"\b(?!(?i:it|that|what|there|here|he|she|who|where|when|let)['\u2019])"
                           r"[A-Za-z]+['\u2019]s\s+$")
_RANGE_JOIN = re.compile(r"\s*[-\u2013]\s*|\s+(?:to|and)\s+")
_RANGE_REST = re.compile(r"(?:\s*[-\u2013]\s*|\s+(?:to|and)\s+)(?:[A-Z][a-z]+\.?\s+)?\d{1,2}\b(?!:)")
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s\s")
_SENTENCE_BREAK = re.compile(r"[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c\u2018'(])|[!?]|\n")
_EARLIER_IN_THE_DAY = re.compile(r"earlier\s+(?:in|during)\s+the\s+day", re.I)
_REACH = 400  # characters: about a paragraph


def is_deadline(text: str, expr: TemporalExpression) -> bool:
    """"The report is due by Christmas": a date after "by" is a bound, not the day the story is at. (A day after
    "since" still is: "She has been missing since Friday. She was last seen at 6pm" is Friday's 6pm.)"""
    if expr.type is not TimexType.DATE:
        return False
    return _BY_BEFORE.search(text, max(0, expr.start - 20), expr.start) is not None


def with_next_phase_clocks(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"until 5am on Wednesday, followed by Stage 4 from 5am until 4pm": the end of one phase is the day the next
    begins, so the bare clocks of the next phase, in the same sentence, are on that day."""
    result = list(expressions)
    for index, bound in enumerate(result):
        day = DAY_VALUE.match(bound.value)
        if day is None or not _NEXT_PHASE_AFTER.match(text, bound.end) or not (
                len(bound.value) == 10 or (bound.type is TimexType.TIME and names_a_day(bound.text))):
            continue
        for later_index in range(index + 1, len(result)):
            later = result[later_index]
            clock = CLOCK_VALUE.fullmatch(later.value)
            if _SENTENCE_BREAK.search(text, bound.end, later.start) or clock is None or names_a_day(later.text):
                break
            result[later_index] = redated(later, f"{day.group(0)}T{clock['clock']}")
    return result


def names_an_event(text: str, expr: TemporalExpression, earlier: list[TemporalExpression],
                   dct: Day | None = None) -> bool:
    """"was yesterday declared the winner of Monday's election": a weekday's possessive names an event; the
    sentence's own day, named before it, stays the story's day. A plan named before a day gone by is no such day
    ("will meet in a runoff on October 30 after Sunday's first round": Sunday is the day the story is at)."""
    if expr.type is TimexType.DATE and _dates_a_thing(text, expr, earlier):
        return True  # "who says Kibaki stole the Dec. 27 election, told reporters at midday": a dated thing
    if expr.type is not TimexType.DATE or not _POSSESSIVE_AFTER.match(text, expr.end):
        return False
    day_before = next((e for e in reversed(earlier) if e.span is not None and e.span.granularity is Granularity.DAY
                       and e.end <= expr.start), None)
    if day_before is None or _SENTENCE_BREAK.search(text, day_before.end, expr.start) is not None:
        return False
    return not (dct is not None and day_before.span is not None and expr.span is not None
                and day_before.span.start > dct >= expr.span.end)


def _dates_a_thing(text: str, expr: TemporalExpression, earlier: list[TemporalExpression]) -> bool:
    """"the Dec. 27 election", "the Fed's April 30-May 1 meeting": a day (or both ends of a range of days) written
    before a noun after an article or a possessive."""
    start = expr.start
    if earlier and _RANGE_JOIN.fullmatch(text, earlier[-1].end, expr.start):
        start = earlier[-1].start  # "May 1" of "the Fed's April 30-May 1 meeting"
    if not (_DATED_THING.search(text, max(0, start - 5), start) or _OWNER_BEFORE.search(text, max(0, start - 30),
                                                                                         start)):
        return False
    rest = _RANGE_REST.match(text, expr.end)  # "April 30" of the same
    return _NOUN_AFTER.match(text, rest.end() if rest else expr.end) is not None


def with_earlier_in_the_day_looking_back(expressions: list[TemporalExpression], text: str,
                                         dct: Day | None) -> list[TemporalExpression]:
    """"declared the winner yesterday. He will be sworn in on January 7. Earlier in the day, supporters
    clashed": the day of the story told before, not the day ahead it has just mentioned."""
    if dct is None:
        return expressions
    result = list(expressions)
    for index, expr in enumerate(result):
        own = DAY_VALUE.fullmatch(expr.value)
        if own is None or not _EARLIER_IN_THE_DAY.fullmatch(expr.text) or not Day.parse(own.group(0)) > dct:
            continue
        past = _last_day_gone_by(result[:index], text, expr.start, dct)
        if past is not None:
            result[index] = redated(expr, past)
    return result


def _last_day_gone_by(earlier: list[TemporalExpression], text: str, start: int, dct: Day) -> str | None:
    for other in reversed(earlier):
        if start - other.end > _REACH and "\n" in text[other.end:start]:
            return None
        day = DAY_VALUE.match(other.value)
        if other.type is TimexType.DATE and day is not None and len(other.value) == 10 and (
                Day.parse(day.group(0)) <= dct):
            return day.group(0)
    return None
