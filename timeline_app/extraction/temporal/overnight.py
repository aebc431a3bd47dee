"""A story told through the night: "around 11 p.m. on Thursday ... By 6 a.m. the readings had eased".

A bare morning clock that follows a late-evening reading of the same day, with no day of its own, is the next
morning: the story has moved on through midnight, not back to the morning before. After an afternoon of a day
before the DCT ("struck at 1.04pm yesterday. The airport reopened at 6am") the story has moved on as well, up
to the DCT at the latest; a clock looking back ("They had opened at 7am") stays on the day.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.clause_tense import PAST_PERFECT, PLAN_IN_PAST_PERFECT
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_END

_EVENING_PART = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?:NI|EV)")
_AFTERNOON_PART = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)TAF")
_SMALL_HOURS_ALONE = re.compile(r"the\s+(?:early|small|wee)\s+hours", re.I)  # still the night's
_DAYTIME_PART = re.compile(r"-?\d{4}-\d\d-\d\dT(?:MO|AF|MI|DT)")
_EVENING_FROM = 18
_AFTERNOON_FROM = 12
_MORNING_UNTIL = 12
_REACH = 400  # characters: the next few sentences of the same passage
# "Earlier, at 8 a.m.", "before 6 a.m.": looking back within the day, not forward through the night.
_FORWARD_CUE = re.compile(r"\b(?:by|until|till|through|then|later|and\s+again)\s+(?:about\s+|around\s+)?$", re.I)
_BACK_CUE = re.compile(r"\b(?:earlier|before|after|having|previously|had(?:\s+been)?\s+\w+|since)\b[^.]{0,30}$",
                       re.I)
# "lost his seat shortly after 3am", "a deal appeared close shortly before 2am": just by the clock, the story
# going on, not a look back
_JUST_BY_THE_CLOCK = re.compile(r"\b(?:shortly|just|soon|minutes|moments)\s+(?:after|before)\s+$", re.I)
# "closed at 11 p.m. on Tuesday, and voting in Alaska ended at 1 a.m.": the next clause, told after it
_NEXT_CLAUSE = re.compile(r",\s+and\b|;")
# "worked through Monday night and were expected to resume talks at 9 a.m.": what stopped for the night goes on
_RESUMED = re.compile(r"\b(?:resum|reconven|reopen|restart)\w*\b[^.;]{0,30}$", re.I)
_PAST_BEFORE = re.compile(r"\b(?:past|after|beyond)\s+$", re.I)
_NIGHT_WITHOUT_DAY = re.compile(r"(?:the\s+)?(?:whole\s+|entire\s+)?night|overnight", re.I)
_WORDS_WITH_A_DAY = re.compile(r"(?i:today|tonight|yesterday|tomorrow|day|morning|afternoon|evening|night)|"
                               r"(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def with_overnight_clocks(expressions: list[TemporalExpression], text: str,
                          dct: Day | None = None) -> list[TemporalExpression]:
    """Move a bare morning clock after a same-day evening clock (or an afternoon before ``dct``) to the next
    day."""
    result = list(expressions)
    evening: TemporalExpression | None = None
    for index, expr in enumerate(result):
        reading = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if reading is not None and evening is not None and len(SENTENCE_END.findall(
                text, evening.end, expr.start)) <= 1 and (on_evening := _on_the_evenings_day(evening, expr, reading)):
            aligned = CLOCK_VALUE.fullmatch(on_evening.value)
            if aligned is not None and _follows_through_the_night(evening, on_evening, aligned, text):
                expr, reading = on_evening, aligned  # then moved past midnight below
        if reading is not None and evening is not None and _follows_through_the_night(
                evening, expr, reading, text) and not _day_named_with(result[index + 1:index + 2], expr, reading, text):
            result[index] = expr = _next_day(expr, reading)
            evening = replace(evening, start=expr.start, end=expr.end)  # "after 2:15 a.m. ... by 3:30 a.m.": still on
            continue
        if reading is not None:
            evening = expr if _late_in_the_day(int(reading["hour"]), reading["day"], dct) else None
        elif expr.type is TimexType.TIME and (night := _EVENING_PART.fullmatch(expr.value)):
            if not _NIGHT_WITHOUT_DAY.fullmatch(expr.text) or _before_dct(night["day"], dct):
                # "celebrations last night went on till 4am"; "Overnight, ... at 6:20 a.m."; but "worked through
                # the night. The building collapsed at 3am": a night of no day named may be the one before the DCT
                evening = expr
        elif expr.type is TimexType.TIME and (afternoon := _AFTERNOON_PART.fullmatch(expr.value)):
            evening = expr if _before_dct(afternoon["day"], dct) else None  # "swept in yesterday afternoon"
        elif expr.type is TimexType.TIME and _DAYTIME_PART.fullmatch(expr.value) and not _told_looking_back(
                text, expr.start) and not _SMALL_HOURS_ALONE.fullmatch(expr.text):  # "Through the early hours"
            evening = None  # "this morning, at 10.50am": the story is back in the day
    return result


def _on_the_evenings_day(evening: TemporalExpression, expr: TemporalExpression,
                         reading: re.Match[str]) -> TemporalExpression | None:
    """A morning clock that only had the DCT's day, told after an evening of an earlier day the story is at
    ("On July 20 ... At 10pm, it capsized. Rescuers arrived at 3am."): read it on that evening's day first."""
    before = CLOCK_VALUE.fullmatch(evening.value) or _EVENING_PART.fullmatch(evening.value)
    if before is None or expr.span is None or expr.span.anchor is not Anchor.DOCUMENT_DATE:
        return None
    if before["day"].startswith("-") or not before["day"] < reading["day"]:
        return None
    return redated(expr, f"{before['day']}T{reading['hour']}:{reading['minute']}")


def _told_looking_back(text: str, start: int) -> bool:
    """"Voting hours had been extended because of queues in the morning": a look back from later on."""
    sentence = max(0, text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    return PAST_PERFECT.search(text, sentence, start) is not None


def _late_in_the_day(hour: int, day: str, dct: Day | None) -> bool:
    """An evening reading, or an afternoon one of a day before the DCT (the story has since moved on)."""
    return hour >= _EVENING_FROM or (hour >= _AFTERNOON_FROM and _before_dct(day, dct))


def _before_dct(day: str, dct: Day | None) -> bool:
    return dct is not None and not day.startswith("-") and Day.parse(day) < dct


def _follows_through_the_night(evening: TemporalExpression, expr: TemporalExpression, reading: re.Match[str],
                               text: str) -> bool:
    before = (CLOCK_VALUE.fullmatch(evening.value) or _EVENING_PART.fullmatch(evening.value)
              or _AFTERNOON_PART.fullmatch(evening.value))
    if before is None or before["day"] != reading["day"] or int(reading["hour"]) >= _MORNING_UNTIL:
        return False
    if expr.start - evening.end > _REACH or "\n\n" in text[evening.end:expr.start]:
        return False
    shortly = _JUST_BY_THE_CLOCK.search(text, max(0, expr.start - 24), expr.start)
    cue_end = shortly.start() if shortly else expr.start  # "shortly after 3am" carries on; "had left" looks back
    if _WORDS_WITH_A_DAY.search(expr.text) or _BACK_CUE.search(text, max(0, expr.start - 40), cue_end):
        return False
    # Within one sentence the clocks may be told out of order ("ended at 8 p.m. after polls opened at 7 a.m.");
    # only a word that carries the story on moves the later one past midnight.
    one_sentence = SENTENCE_END.search(text, evening.end, expr.start) is None
    return not one_sentence or _FORWARD_CUE.search(text, max(0, expr.start - 24), expr.start) is not None or (
        _past_midnight(evening, text)) or _NEXT_CLAUSE.search(text, evening.end, expr.start) is not None or (
        _RESUMED.search(text, max(0, expr.start - 40), expr.start) is not None)


def _past_midnight(evening: TemporalExpression, text: str) -> bool:
    """"ran past midnight and the Commons was adjourned at 1.17am": the story has crossed into the next day."""
    return evening.value.endswith("T24:00") and _PAST_BEFORE.search(text, max(0, evening.start - 12),
                                                                    evening.start) is not None


def with_clocks_looked_back_on(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"An update was posted at 01:20 UTC today, after engineers had restored most volumes by 18:30 UTC": a clock
    told in the past perfect, later in the day than a clock told before it in the sentence, is the day before."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, later = result[index - 1], result[index]
        told, bare = CLOCK_VALUE.fullmatch(first.value), CLOCK_VALUE.fullmatch(later.value)
        if told is None or bare is None or later.type is not TimexType.TIME or told["day"] != bare["day"]:
            continue
        if _WORDS_WITH_A_DAY.search(later.text) or (bare["hour"], bare["minute"]) <= (told["hour"], told["minute"]):
            continue
        between = text[first.end:later.start]
        between = between[max((m.end() for m in _NEXT_CLAUSE.finditer(between)), default=0):]  # the clock's clause
        if SENTENCE_END.search(between) is None and PAST_PERFECT.search(between) and later.span is not None and (
                PLAN_IN_PAST_PERFECT.search(between) is None):
            day = later.span.start.plus_days(-1).iso()
            result[index] = redated(later, f"{day}T{bare['hour']}:{bare['minute']}")
    return result


def _day_named_with(following: list[TemporalExpression], expr: TemporalExpression, reading: re.Match[str],
                    text: str) -> bool:
    """"High tides are forecast at 5.42am and 6.10pm on Saturday": the clause names the clock's day after it."""
    if not following:
        return False
    later = following[0]
    gap = text[expr.end:later.start]
    return (len(gap) <= 40 and SENTENCE_END.search(gap) is None and re.search(r"[;.]", gap) is None
            and _WORDS_WITH_A_DAY.search(later.text) is not None and later.value.startswith(reading["day"]))


def _next_day(expr: TemporalExpression, reading: re.Match[str]) -> TemporalExpression:
    span = expr.span
    if span is None:
        return expr
    day = span.start.plus_days(1).iso()
    value = f"{day}T{reading['hour']}:{reading['minute']}"
    return redated(expr, value)
