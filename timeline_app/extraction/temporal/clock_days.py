"""Which day a clock reading without a day of its own is on, when the sentence around it says more than its
words: "claimed victory on Wednesday evening" is the story's day (an act, not a report), a day named inside a
quotation is the speaker's memory, "has imposed a curfew from 6pm" is now, "8 p.m. EST (0100 GMT on
Thursday)" is one moment written twice, "from 5:30 p.m. to 6:30 p.m. JST (9:30 a.m. BST)" are readings of one
day, "will report results on Nov. 17" is an event ahead, and "every Saturday from 7am" is on no one date.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import FUTURE

if TYPE_CHECKING:
    from spacy.tokens import Token

# Reporting verbs that, with a noun object and no clause, are acts: "claimed victory", "declared a state of
# emergency", "claimed responsibility" happen on the story's day; "claimed that he won" reports.
_ACT_WITH_OBJECT = frozenset({"claim", "declare"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis"})
_PRESENT_PERFECT_AUX = frozenset({"has", "have", "'s", "'ve"})
_PRESENT_AUX = frozenset({"is", "are", "am", "'s", "'re"})
_CLOCK_DAY = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?P<clock>\d\d:\d\d)")
_WEEKDAY = re.compile(r"\b(?-i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\b")
_OPEN_BRACKET = re.compile(r"\s*\(\s*")


def is_act_not_report(verb: Token) -> bool:
    """"claimed victory on Wednesday": the date of the claim is the day the story happened."""
    if verb.lemma_ not in _ACT_WITH_OBJECT:
        return False
    children = list(verb.children)
    if any(child.dep_ in _CLAUSE_DEPS for child in children):
        return False
    return any(child.dep_ == "dobj" and child.pos_ in ("NOUN", "PROPN") for child in children)


_FUTURE_AUX = frozenset({"will", "'ll", "shall", "would", "wo"})


def told_ahead(verb: Token | None) -> bool:
    """"will report results on Thursday, Nov. 17", "plans to announce on Monday": a reporting verb told ahead is
    an event the story looks forward to, so its day is one the later clocks ("that day") can be on."""
    if verb is None:
        return False
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return bool(aux & _FUTURE_AUX) or (verb.tag_ == "VB" and "to" in aux)


def in_quotation(text: str, start: int) -> bool:
    """Whether ``start`` is inside a quotation opened earlier in its paragraph ("\u201cThe water was cut off
    last Wednesday.\u201d")."""
    paragraph = text[text.rfind("\n", 0, start) + 1:start]
    return paragraph.count('"') % 2 == 1 or paragraph.count("\u201c") > paragraph.count("\u201d")


def in_relative_clause(verb: Token | None) -> bool:
    """"following negotiations that began on Friday afternoon": a past day that describes a thing is background
    (but "The summit, which opens on Monday, will start at 9 a.m." is the day ahead, and "a climber who fell on
    Friday morning" is the story's own event)."""
    if verb is None or verb.dep_ != "relcl":
        return False
    had = any(child.lower_ == "had" for child in verb.children if child.dep_ == "aux")
    if not had and any(child.lower_ == "who" and child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return False
    return verb.tag_ == "VBD" or had


def told_as_now(verb: Token | None) -> bool:
    """A clause in the present or present perfect ("has imposed a curfew", "are patrolling") tells how things
    stand on the day of writing."""
    while verb is not None and verb.tag_ == "VB" and verb.dep_ in ("xcomp", "advcl") and verb.head.i != verb.i:
        verb = verb.head  # "have ordered shops to close at 4 p.m.": an infinitive takes its head's tense
    if verb is None:
        return False
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if verb.tag_ == "VBN" and aux and aux <= _PRESENT_PERFECT_AUX:
        return True
    if verb.tag_ == "VBG" and aux and aux <= _PRESENT_AUX:
        return True
    return verb.tag_ in ("VBZ", "VBP") and not aux and verb.lemma_ != "be"


def timetable_ahead(verb: Token | None, direction: int) -> bool:
    """"It starts at 10:00" after "will be on Saturday": a simple present told ahead is the event's timetable,
    not how things stand today."""
    return direction == FUTURE and verb is not None and verb.tag_ in ("VBZ", "VBP")


def told_in_the_past(verb: Token | None) -> bool:
    """"Voting was extended until 9pm": a bound told in the past is on the story's day gone by, not ahead."""
    if verb is None:
        return False
    aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    return (verb.tag_ == "VBD" and not aux) or (verb.tag_ == "VBN" and bool(aux) and aux <= {"was", "were"})


def with_converted_clock_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"8 p.m. EST (0100 GMT on Thursday)": the bracketed reading is the same moment in another zone, so its
    weekday is the clock's day or a day either side of it, not the one a week back."""
    result = list(expressions)
    for index in range(1, len(result)):
        clock, other = result[index - 1], result[index]
        before, after = _CLOCK_DAY.fullmatch(clock.value), _CLOCK_DAY.fullmatch(other.value)
        if before is None or after is None or other.type is not TimexType.TIME:
            continue
        if not _OPEN_BRACKET.fullmatch(text, clock.end, other.start) or not _WEEKDAY.search(other.text):
            continue
        if not names_a_day(clock.text) and clock.span is not None and clock.span.anchor is Anchor.DOCUMENT_DATE:
            # "9 p.m. ET (0100 GMT Wednesday)": a clock with only the DCT's day takes the bracket's
            result[index - 1] = redated(clock, f"{_same_moment_day(other.value, before['clock']).iso()}T"
                                               f"{before['clock']}")
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
    other = _CLOCK_DAY.fullmatch(other_value)
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
_WORDS_WITH_A_DAY = re.compile(r"(?i:\b(?:\w*day|tonight|morning|afternoon|evening|night|eve)\b)|"
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
        before, after = _CLOCK_DAY.fullmatch(first.value), _CLOCK_DAY.fullmatch(second.value)
        if before is None or after is None or first.type is not TimexType.TIME or second.type is not TimexType.TIME:
            continue
        if names_a_day(second.text):
            continue  # "8 p.m. EST (0100 GMT on Thursday)": it names its own day
        gap = text[first.end:second.start]
        day = Day.parse(before["day"])
        if _RANGE_LINK.fullmatch(gap) and after["clock"] < before["clock"]:
            day = day.plus_days(1)
        elif not (_RANGE_LINK.fullmatch(gap) or _LIST_LINK.fullmatch(gap) or _OPEN_BRACKET.fullmatch(gap)):
            continue
        if day.iso() != after["day"]:
            result[index] = redated(second, f"{day.iso()}T{after['clock']}")
    return result


# "every Saturday from 7am to noon", "until 9 p.m. on Fridays", "at 9am daily": a clock of a recurring day.
_SET_THEN_CLOCK = re.compile(r",?\s+(?:from|at|between|until|till|by|starting\s+at|opening\s+at)\s+"
                             r"(?:about\s+|around\s+)?", re.I)
_CLOCK_THEN_SET = re.compile(r",?\s+(?:on\s+|every\s+|each\s+)?", re.I)
_DAILY_OR_WEEKDAY_SET = re.compile(r"XXXX-WXX-(?:\d|WE|WD)|P1[DW]")


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


def _recurs_with(other: TemporalExpression, clock: TemporalExpression, text: str, after: bool) -> bool:
    """Whether ``clock`` (bare) goes with ``other``, a recurring day or an already recurring clock beside it."""
    if clock.type is not TimexType.TIME or _CLOCK_DAY.fullmatch(clock.value) is None or names_a_day(clock.text):
        return False
    gap = text[clock.end:other.start] if after else text[other.end:clock.start]
    if other.type is TimexType.SET and _DAILY_OR_WEEKDAY_SET.match(other.value):
        return (_CLOCK_THEN_SET if after else _SET_THEN_CLOCK).fullmatch(gap) is not None
    if other.type is TimexType.TIME and other.value.startswith("XXXX-XX-XXT"):
        return (_RANGE_LINK.fullmatch(gap) or _LIST_LINK.fullmatch(gap)) is not None
    return False


def _undated(clock: TemporalExpression) -> TemporalExpression:
    return redated(clock, "XXXX-XX-XX" + clock.value[clock.value.index("T"):])
