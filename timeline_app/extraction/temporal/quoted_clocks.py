"""The day of a clock in a quotation: "It was a busy Saturday night. I would urge anyone who was on Caroline
Street between 10pm and midnight to come forward." The speaker's clocks told in the past, after a day the
speaker named, are on that day; a plan ("The press conference is at 4pm", "I will be at the station at 8pm"),
a clock with a day word of its own ("We open at 9am tomorrow") or a day counted from ("Since March 3") is not.
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clock_days import in_quotation, names_a_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_END

_DAY_OF = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?:T.*)?")
_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")
_REACH = 400  # characters: about a paragraph
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+\w+\s+on\s+)?$", re.I)
_DEICTIC_DAY = re.compile(r"\b(?:today|tonight|tomorrow|now)\b", re.I)
# The verb nearest before a clock in its clause: past ("who was on Caroline Street between 10pm") or not ("is at
# 4pm", "will be at the station at 8pm", "would come at 2am").
_CLAUSE_VERB = re.compile(r"\b(?:will|would|shall|can|could|must|is|are|am|was|were|had|did|\w+ed)\b|'(?:ll|s|re)\b",
                          re.I)
_PAST_VERB = re.compile(r"was|were|had|did|\w+ed", re.I)
_CLAUSE_OPENING = re.compile(r",\s+(?:and|but|or|so)\b|;|:|[\"\u201c]")
_CLAUSE_CLOSING = re.compile(r"[,;:.!?\"\u201d]")


def with_clocks_of_the_quoted_day(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """Move a bare clock told in the past in a quotation to the day the speaker named before it there."""
    result = list(expressions)
    for index, expr in enumerate(result):
        clock = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if clock is None or names_a_day(expr.text) or not in_quotation(text, expr.start):
            continue
        named = next((other for other in reversed(result[:index]) if other.span is not None
                      and other.span.days <= 1 and _DAY_OF.fullmatch(other.value)), None)
        if named is None or not _speaker_named(text, named, expr) or not _told_in_the_past(text, expr):
            continue
        day = named.value[:10]
        if day != clock["day"]:
            result[index] = redated(expr, f"{day}T{clock['clock']}")
    return result


def _speaker_named(text: str, named: TemporalExpression, clock: TemporalExpression) -> bool:
    """``named`` is a day the same quotation names before ``clock``, not one it counts from."""
    if not in_quotation(text, named.start) or clock.start - named.end > _REACH:
        return False
    if _QUOTE_MARKS.search(text, named.end, clock.start) or "\n" in text[named.end:clock.start]:
        return False
    return _SINCE_BEFORE.search(text, max(0, named.start - 24), named.start) is None


def _told_in_the_past(text: str, clock: TemporalExpression) -> bool:
    """The clock's own clause is told in the past (its nearest verb before it, or else its first after it: a parse
    hangs "between 10pm" on "would urge" as often as on "was"), with no day word of its own in its sentence."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, clock.start - 300), clock.start)),
                default=max(0, clock.start - 300))
    after = SENTENCE_END.search(text, clock.end)
    if _DEICTIC_DAY.search(text, begin, after.start() if after else len(text)):
        return False
    begin = max((m.end() for m in _CLAUSE_OPENING.finditer(text, begin, clock.start)), default=begin)
    verbs = list(_CLAUSE_VERB.finditer(text, begin, clock.start))
    if not verbs:  # "By 6am the river had burst its banks": the verb after the clock
        closing = _CLAUSE_CLOSING.search(text, clock.end)
        verbs = list(_CLAUSE_VERB.finditer(text, clock.end, closing.start() if closing else len(text)))[:1]
    return bool(verbs) and _PAST_VERB.fullmatch(verbs[-1].group(0)) is not None
