"""Which day a clock reading without a day of its own is on, when the readings around it say more than its
words: a day named inside a quotation is the speaker's memory, "8 p.m. EST (0100 GMT on Thursday)" is one moment
written twice, "from 5:30 p.m. to 6:30 p.m. JST (9:30 a.m. BST)" are readings of one day, and "every Saturday
from 7am" is on no one date. (What the verb's tense says is in clause_tense.py.)
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.lexicon import WEEKDAYS, alternation
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, DAY_VALUE

_WEEKDAY = re.compile(rf"\b(?-i:{alternation(w.capitalize() for w in WEEKDAYS)})\b")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")
# Between a clock and its conversion into another zone: "7 p.m. (1700 GMT)", "10:05 p.m. Sunday local time (".
_CONVERSION_BRACKET = re.compile(r"\s*(?:(?:local\s+)?time\s*|[A-Z]{2,4}\s*)?\(\s*")


def opens_a_conversion(text: str, clock_end: int, start: int) -> bool:
    """The text between a clock ending at ``clock_end`` and an expression at ``start`` opens a bracket: the
    expression is the same moment written in another zone."""
    return _CONVERSION_BRACKET.fullmatch(text, clock_end, start) is not None


def in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` is inside a quotation opened earlier in its paragraph ("\u201cThe water was cut off
    last Wednesday.\u201d")."""
    paragraph = text[text.rfind("\n", 0, start) + 1:start]
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def with_converted_clock_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"8 p.m. EST (0100 GMT on Thursday)": the bracketed reading is the same moment in another zone, so its
    weekday is the clock's day or a day either side of it, not the one a week back."""
    result = list(expressions)
    for index in range(1, len(result)):
        clock, other = result[index - 1], result[index]
        before, after = CLOCK_VALUE.fullmatch(clock.value), CLOCK_VALUE.fullmatch(other.value)
        if before is None or after is None or other.type is not TimexType.TIME:
            continue
        if not _OPEN_BRACKET.fullmatch(text, clock.end, other.start) or not names_a_day(other.text):
            continue
        if not names_a_day(clock.text) and clock.span is not None and clock.span.anchor is Anchor.DOCUMENT_DATE:
            # "9 p.m. ET (0100 GMT Wednesday)": a clock with only the DCT's day takes the bracket's
            result[index - 1] = redated(clock, f"{_same_moment_day(other.value, before['clock']).iso()}T"
                                               f"{before['clock']}")
            continue
        if not _WEEKDAY.search(other.text):
            continue
        day, own = Day.parse(before["day"]), Day.parse(after["day"])
        if abs(own.number - day.number) <= 1:
            continue
        near = [day.plus_days(shift) for shift in (-1, 0, 1) if day.plus_days(shift).weekday == own.weekday]
        if len(near) == 1:
            result[index] = redated(other, f"{near[0].iso()}T{after['clock']}")
    return result


def _same_moment_day(other_value: str, clock: str) -> Day:
    """The day of a clock reading written as the same moment as ``other_value`` in another zone: zones lie
    within half a day of each other, so "9 p.m. ET" beside "Wednesday 01:00 GMT" is Tuesday's."""
    other = CLOCK_VALUE.fullmatch(other_value)
    assert other is not None
    day = Day.parse(other["day"])
    gap = _minutes(clock) - _minutes(other["clock"])
    return day.plus_days(-1) if gap > 12 * 60 else day.plus_days(1) if gap < -12 * 60 else day


def _minutes(clock: str) -> int:
    hours, _, minutes = clock.partition(":")
    return int(hours) * 60 + int(minutes or 0)


# How two clock readings written together are joined: a range, a list, or the same moment in another zone.
_RANGE_LINK = re.compile(r"\s*(?:-|\u2013|\u2014|(?:to|until|till)\b)\s*", re.I)
_LIST_LINK = re.compile(r"\s*(?:and|or|&|,)\s*", re.I)
# The weekdays' own names, not any word in "-day": "midday" is a clock reading, not a day it names.
_WEEKDAY_NAMES = alternation(w for w in WEEKDAYS if w.endswith("day"))
_WORDS_WITH_A_DAY = re.compile(rf"(?i:\b(?:{_WEEKDAY_NAMES}|today|yesterday|tonight|morning|afternoon|evening|night"
                               r"|eve)\b)|"
                               r"(?-i:\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))"
                               r"|\d{1,2}\s+(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")


def names_a_day(text: str) -> bool:
    """"6.10pm on Saturday", "0100 GMT on Thursday", "noon on 1 January" name their day; "five a.m." does not."""
    return _WORDS_WITH_A_DAY.search(text) is not None


def midnight_opening(clock: str, text: str, end: int, day_text: str) -> str:
    """"from midnight until noon on 1 January": a midnight that opens a range is the start of the day named
    (but "from midnight to 5 a.m. tonight" is tonight's)."""
    opens = clock == "T24:00" and _RANGE_LINK.match(text, end) is not None
    return "T00:00" if opens and "tonight" not in day_text.lower() else clock


def with_linked_clock_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"from 5:30 p.m. to 6:30 p.m. JST (9:30 a.m. to 10:30 a.m. BST)", "on 27 January at 11:00 CET (10:00 GMT)",
    "the 9pm and midnight displays": a clock written straight after another, with no day of its own, is on the
    other's day (a range that runs back on the clock, "from 11 p.m. to 2 a.m.", ends the next day)."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        before, after = CLOCK_VALUE.fullmatch(first.value), CLOCK_VALUE.fullmatch(second.value)
        if before is None or after is None or first.type is not TimexType.TIME or second.type is not TimexType.TIME:
            continue
        if names_a_day(second.text):
            continue  # "8 p.m. EST (0100 GMT on Thursday)": it names its own day
        gap = text[first.end:second.start]
        day = Day.parse(before["day"])
        ranged = _RANGE_LINK.fullmatch(gap) is not None or (_AND.fullmatch(gap) is not None and _BETWEEN_BEFORE.search(
            text, max(0, first.start - 12), first.start) is not None)  # "between 8.57pm and 12.28am"
        if ranged and after["clock"] < before["clock"]:
            day = day.plus_days(1)
        elif not (_RANGE_LINK.fullmatch(gap) or _LIST_LINK.fullmatch(gap) or _OPEN_BRACKET.fullmatch(gap)):
            continue
        if day.iso() != after["day"]:
            result[index] = redated(second, f"{day.iso()}T{after['clock']}")
    return result


_AND = re.compile(r"\s+and\s+", re.I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_DAY_THEN_CLOCK = re.compile(r",?\s+at\s+(?:around|about|approximately|roughly|some|precisely|exactly)\s+", re.I)


def with_clocks_after_their_day(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"said on Tuesday at around 1pm that the war was over": a clock written straight after a day, with no day
    of its own, is on that day (whether or not the day is the one the story is at)."""
    result = list(expressions)
    for index in range(1, len(result)):
        day, clock = result[index - 1], result[index]
        reading = CLOCK_VALUE.fullmatch(clock.value)
        if reading is None or clock.type is not TimexType.TIME or names_a_day(clock.text):
            continue
        if day.type is not TimexType.DATE or not DAY_VALUE.fullmatch(day.value):
            continue
        if _DAY_THEN_CLOCK.fullmatch(text, day.end, clock.start) and day.value != reading["day"]:
            result[index] = redated(clock, f"{day.value}T{reading['clock']}")
    return result


# "every Saturday from 7am to noon", "until 9 p.m. on Fridays", "at 9am daily": a clock of a recurring day.
_SET_THEN_CLOCK = re.compile(r",?\s+(?:from|at|between|until|till|by|starting\s+at|opening\s+at)\s+"
                             r"(?:about\s+|around\s+)?", re.I)
_CLOCK_THEN_SET = re.compile(r",?\s+(?:on\s+|every\s+|each\s+)?", re.I)
_DAILY_OR_WEEKDAY_SET = re.compile(r"XXXX-WXX-(?:\d|WE|WD)|P1[DW]|XXXX-XX-XXT(?:MO|AF|EV|NI)")


def with_recurring_clocks(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"The market runs every Saturday from 7am to noon", "extend meter hours until 9 p.m. on Fridays": a clock
    of a recurring day is on no one date (XXXX-XX-XX), and a range or list it opens or closes is the same."""
    result = list(expressions)
    for index in range(len(result)):
        if index > 0 and _recurs_with(result[index - 1], result[index], text, after=False):
            result[index] = _undated(result[index])
    for index in reversed(range(len(result) - 1)):
        if _recurs_with(result[index + 1], result[index], text, after=True):
            result[index] = _undated(result[index])
    return result


_WEEKDAY_SET = re.compile(r"XXXX-WXX-(?P<weekday>\d)")
_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


def with_recurring_days_listed(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"every Wednesday and Thursday": a weekday listed after a recurring one recurs too."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, day = result[index - 1], result[index]
        if first.type is not TimexType.SET or not _WEEKDAY_SET.fullmatch(first.value):
            continue
        if day.type is TimexType.DATE and _WEEKDAY.fullmatch(day.text) and _LISTED.fullmatch(
                text, first.end, day.start):
            weekday = WEEKDAYS[day.text.lower().rstrip(".")] + 1  # (from the word: the value may have no date)
            result[index] = redated(day, f"XXXX-WXX-{weekday}", timex_type=TimexType.SET)
    return result


def _recurs_with(other: TemporalExpression, clock: TemporalExpression, text: str, after: bool) -> bool:
    """Whether ``clock`` (bare) goes with ``other``, a recurring day or an already recurring clock beside it."""
    if clock.type is not TimexType.TIME or CLOCK_VALUE.fullmatch(clock.value) is None or names_a_day(clock.text):
        return False
    gap = text[clock.end:other.start] if after else text[other.end:clock.start]
    if other.type is TimexType.SET and _DAILY_OR_WEEKDAY_SET.match(other.value):
        return (_CLOCK_THEN_SET if after else _SET_THEN_CLOCK).fullmatch(gap) is not None
    if other.type is TimexType.TIME and other.value.startswith("XXXX-XX-XXT"):
        return (_RANGE_LINK.fullmatch(gap) or _LIST_LINK.fullmatch(gap)) is not None
    return False


def _undated(clock: TemporalExpression) -> TemporalExpression:
    return redated(clock, "XXXX-XX-XX" + clock.value[clock.value.index("T"):])
