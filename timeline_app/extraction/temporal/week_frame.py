"""A weekday inside a sentence framed by "last week" or "next week" is that week's day.

"Last week its shares lost 45% on Tuesday" told on a Tuesday is the Tuesday a week ago, not today;
"Next week the board meets on Monday" is the Monday of next week, not the nearest one.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.lexicon import WEEKDAYS, alternation
from timeline_app.extraction.temporal.resolve import DAY_VALUE, FUTURE, PAST

_WEEKDAY_WORDS = alternation(WEEKDAYS)
_WEEKDAY_FIRST = re.compile(rf"(?:on\s+)?(?P<weekday>{_WEEKDAY_WORDS})\.?(?![a-z])(?:\s+(?:morning|afternoon|evening"
                            r"|night))?$", re.I)
# "last week" opening the frame, not "the last week" (the seven days up to now) nor "the week before last"; nor
# "will continue into next week" (a spell that reaches the week, whose weekdays may be nearer).
_WEEK_NAMED = re.compile(r"(?<![\w-])(?<!the\s)(?<!past\s)(?<!into\s)(?<!until\s)(?<!till\s)(?<!through\s)"
                         r"(?<!beyond\s)(?P<rel>last|next)\s+week\b(?!'s|\s+(?:on|of)\b)", re.I)
_WEEKDAY_BEFORE = re.compile(rf"\b(?:{_WEEKDAY_WORDS})\.?,?\s+$", re.I)  # "Friday last week": a day, not a frame
_SENTENCE_START = re.compile(r"[.!?][\"'”’)]*\s+(?=[A-Z\"'“‘(`])|\n\s*\n")
# "on Monday and Tuesday next week": the week named after a list of weekdays frames each of them.
_LIST_THEN_WEEK = re.compile(rf"(?:\s*(?:,|and|or|&)\s*(?:on\s+)?(?:{_WEEKDAY_WORDS})\.?(?![a-z]))+\s+"
                             r"(?P<rel>last|next)\s+week\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:who|whom|whose|which|that|where|when|after|before|because|since|while|although"
                          r"|if|until)\b", re.I)


def _frame_before(text: str, start: int) -> str | None:
    """"last" or "next" when the sentence before the expression names that week (the nearest such words)."""
    sentence_start = 0
    for match in _SENTENCE_START.finditer(text, max(0, start - 300), start):
        sentence_start = match.end()
    named = [m for m in _WEEK_NAMED.finditer(text, sentence_start, start)
             if not _WEEKDAY_BEFORE.search(text, max(0, m.start() - 12), m.start())]
    if not named or _SUBORDINATE.search(text, sentence_start, named[-1].start()):
        return None  # "An employee who was fired last week shot a woman Monday": the week of another clause
    return named[-1]["rel"].lower()


def weekday_in_week_named(found: Normalised, text: str, start: int, end: int, dct: Day | None,
                          direction: int) -> Normalised | None:
    """The weekday of the week the sentence is framed by; None when no frame applies. A day ahead is not
    moved into last week ("Last week he said he would resign on Friday"), nor a day gone into next week."""
    weekday = _WEEKDAY_FIRST.fullmatch(text, start, end)
    day_value = DAY_VALUE.match(found.value)
    if dct is None or weekday is None or day_value is None:
        return None
    after = _LIST_THEN_WEEK.match(text, end)
    rel = _frame_before(text, start) or (after["rel"].lower() if after else None)
    if rel is None or (rel == "last" and direction == FUTURE) or (rel == "next" and direction == PAST):
        return None
    monday = dct.plus_days(-dct.weekday + (7 if rel == "next" else -7))
    day = monday.plus_days(WEEKDAYS[weekday["weekday"].lower()])
    return Normalised(found.type, day.iso() + found.value[day_value.end():], found.mod, found.anchor)
