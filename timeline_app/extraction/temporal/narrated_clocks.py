"""A day told minute by minute, weeks before the article: "Flight 4312 departed Nice at 21:05 on August 19 and
disappeared from radar 23 minutes later. The crew declared an emergency at 21:26, the report said."

A clock reading that was given a day of its own, well before the DCT, makes that day the one the next clocks told
in the past are on (an accident report, a reconstruction), until another day is named. A day named without a clock
("The quake on Sept. 7 killed 100. Flights resumed after 5 p.m.") does not: the story may have moved to the
present.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Granularity
from timeline_app.extraction.temporal.clause_tense import PRESENT_OR_MODAL_TAGS, told_as_gone_by
from timeline_app.extraction.temporal.clock_days import names_a_day, opens_a_conversion
from timeline_app.extraction.temporal.early_hours import finite_verb_before
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_BREAK
from timeline_app.extraction.temporal.story_clocks import is_live_entry
from timeline_app.extraction.temporal.tense import DocView, governing_token

# Testimony, evidence or a report read out: the account is of a day the hearing looks back on.
_PROCEEDINGS = re.compile(r"\b(?:jury|jurors|court|trial|hearing|judge|inquest|tribunal|verdict|sentenc\w*"
                          r"|adjourn\w*|retired\s+to|deliberat\w*|testif\w*)\b", re.I)
_HEARD = re.compile(r"\b(?:court|jury|jurors|inquest|tribunal|trial|hearing|inquiry)\s+(?:was\s+|were\s+)?"
                    r"(?:heard|told|shown)\b"
                    r"|\btold\s+(?:the\s+)?(?:court|jury|inquest|tribunal|trial|hearing|inquiry)\b", re.I)
_REACH = 600  # characters: the paragraph of the account
_SENTENCES = 3  # sentence breaks between the clock that set the day and a later one
_NEAR_DCT_DAYS = 1  # a day this close to the DCT is handled by the story's day (story_clocks.py)


def with_clocks_of_the_narrated_day(expressions: list[TemporalExpression], view: DocView,
                                    dct: Day | None) -> list[TemporalExpression]:
    """Move clocks told in the past, left on the DCT, to the far day the account before them is at."""
    if dct is None:
        return expressions
    result = list(expressions)
    narrated: TemporalExpression | None = None
    for index, expr in enumerate(result):
        reading = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if reading is None:
            if narrated is not None and _names_another_day(expr, narrated):
                narrated = None  # another day named: the account has moved on
            continue
        day = Day.parse(reading["day"])
        if day.number < dct.number - _NEAR_DCT_DAYS:
            previous = result[index - 1] if index > 0 else None
            if previous is None or not opens_a_conversion(view.text, previous.end, expr.start):
                narrated = expr  # (not "(22:35 GMT on 15 May)": the same moment in another zone)
            continue
        if narrated is not None and day == dct and _goes_on(narrated, expr, view):
            narrated_day = narrated.value[:narrated.value.index("T")]
            result[index] = narrated = redated(expr, f"{narrated_day}T{reading['clock']}")
        elif day == dct:
            narrated = None
    return result


def _sentence_with(text: str, position: int) -> str:
    begin = max((m.end() for m in SENTENCE_BREAK.finditer(text, max(0, position - 300), position)),
                default=max(0, position - 300))
    after = SENTENCE_BREAK.search(text, position)
    return text[begin:after.start() if after else len(text)]


def _names_another_day(expr: TemporalExpression, narrated: TemporalExpression) -> bool:
    return expr.span is not None and expr.span.granularity is Granularity.DAY and not narrated.value.startswith(
        expr.value[:10])


def _goes_on(narrated: TemporalExpression, expr: TemporalExpression, view: DocView) -> bool:
    """``expr`` carries on the account ``narrated`` belongs to: close after it, with no day of its own, told in
    the past."""
    text = view.text
    between = text[narrated.end:expr.start]
    if len(between) > _REACH or "\n\n" in between or len(SENTENCE_BREAK.findall(between)) > _SENTENCES:
        return False
    if names_a_day(expr.text) or re.search(r"\b(?:today|tonight|now)\b", between, re.I):
        return False
    if is_live_entry(text, expr.start, expr.end):
        return False
    if _HEARD.search(_sentence_with(text, narrated.end)) and _PROCEEDINGS.search(_sentence_with(text, expr.start)):
        return False  # "was attacked at 11pm on January 5, the court heard. The jury retired at 2.30pm": the trial
    return told_as_gone_by(governing_token(view, expr.start, expr.end)) or told_as_gone_by(
        finite_verb_before(view, expr)) or _past_in_a_verbless_parse(view, expr)



def _past_in_a_verbless_parse(view: DocView, expr: TemporalExpression) -> bool:
    """"The two parted ways at 2:07am", parsed with "ways" as its root: a sentence the parse gives no verb,
    with a past form before the clock and no present or modal one, is told in the past."""
    if not view.parsed:
        return False
    span = view.doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or span.sent.root.pos_ in ("VERB", "AUX"):
        return False
    before = view.doc[span.sent.start:span.start]
    return any(token.tag_ in ("VBD", "VBN") for token in before) and not any(
        token.tag_ in PRESENT_OR_MODAL_TAGS for token in before)
