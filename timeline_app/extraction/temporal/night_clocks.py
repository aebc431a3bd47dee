"""Clocks beside their part of the day, as broadcasts say them: "Last night at nine o'clock" (21:00 the day
before), "eight p.m. Eastern last night", "midnight last night" (the end of the day before); and the first clock
of a pair, which takes its half of the day from the second: "between eight and eleven p.m.", "ten or eleven
o'clock tonight"."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.spoken import HOUR12, MINUTE, _number

_CLOCK_VALUE = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?P<hour>\d\d):(?P<minute>\d\d)")
_PART_VALUE = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?P<part>AF|EV|NI)")
_AM_PM = re.compile(r"\b[ap]\.?\s?m\b\.?|\d(?:am|pm)\b", re.I)
_PM = re.compile(r"\bp\.?\s?m\b\.?|\dpm\b", re.I)
_MIDNIGHT = re.compile(r"\bmidnight\b", re.I)
# "Last night at nine", "last night, at ten-fifteen": the part first, the clock after
_PART_THEN_CLOCK = re.compile(r"[\s,]*(?:at|around|about|shortly\s+after|just\s+after)?\s*")
# "eight p.m. Eastern last night", "midnight last night": the clock first, a zone between
_CLOCK_THEN_PART = re.compile(r"\s*(?:(?-i:Eastern|Central|Mountain|Pacific|[A-Z]{2,4})(?:\s+[Tt]ime)?|local\s+time)?"
                              r"\s*,?\s*")


def with_clocks_of_their_night(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A clock right beside "last night" / "this evening" is on that part's day, and a clock with no a.m./p.m.
    is in the evening's half of the day; midnight beside a night is the night's end."""
    result = list(expressions)
    for index, expr in enumerate(result):
        clock = _CLOCK_VALUE.match(expr.value) if expr.type is TimexType.TIME else None
        if clock is None:
            continue
        part = _part_beside(result, index, text)
        if part is None:
            continue
        value = _clock_in_part(expr, clock, part)
        if value is not None and value != expr.value:
            result[index] = redated(expr, value)
    return result


def _part_beside(expressions: list[TemporalExpression], index: int, text: str) -> re.Match[str] | None:
    expr = expressions[index]
    if index > 0:
        before = expressions[index - 1]
        found = _PART_VALUE.fullmatch(before.value)
        if found and _PART_THEN_CLOCK.fullmatch(text, before.end, expr.start):
            return found
    if index + 1 < len(expressions):
        after = expressions[index + 1]
        found = _PART_VALUE.fullmatch(after.value)
        if found and _CLOCK_THEN_PART.fullmatch(text, expr.end, after.start):
            return found
    return None


def _clock_in_part(expr: TemporalExpression, clock: re.Match[str], part: re.Match[str]) -> str | None:
    day, hour, minute = part["day"], int(clock["hour"]), clock["minute"]
    if _MIDNIGHT.search(expr.text):
        return f"{day}T24:00" if part["part"] in ("EV", "NI") else None
    if not _AM_PM.search(expr.text) and 1 <= hour < 12 and (hour >= 6 or part["part"] != "NI"):
        hour += 12
    elif _AM_PM.search(expr.text) and not _PM.search(expr.text):
        return None  # "two a.m. last night": the small hours, not that evening's date
    return f"{day}T{hour:02d}:{minute}"


_FIRST_OF_PAIR = re.compile(rf"(?<![\w-])(?P<hour>{HOUR12}|1[0-2]|[1-9])(?:(?:[\s-]|:)(?P<minute>{MINUTE}|[0-5]\d))?"
                            r"\s+(?:and|or|to|until|till)\s+$", re.I)
_SAYS_HALF = re.compile(r"\b[ap]\.?\s?m\b|\d(?:am|pm)\b|o['’]clock", re.I)


def with_first_clocks_of_pairs(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"between eight and eleven p.m.": "eight" is 20:00 on the day of "eleven p.m."."""
    result: list[TemporalExpression] = []
    for index, expr in enumerate(expressions):
        clock = _CLOCK_VALUE.match(expr.value) if expr.type is TimexType.TIME else None
        previous_end = expressions[index - 1].end if index > 0 else 0
        window_start = max(previous_end, expr.start - 30)
        pair = _FIRST_OF_PAIR.search(text, window_start, expr.start)
        if clock is not None and pair is not None and _SAYS_HALF.search(expr.text):
            first = _first_clock(pair, clock, expr, text)
            if first is not None:
                result.append(first)
        result.append(expr)
    return result


def _first_clock(pair: re.Match[str], second: re.Match[str], expr: TemporalExpression,
                 text: str) -> TemporalExpression | None:
    hour = int(pair["hour"]) if pair["hour"].isdigit() else _number(pair["hour"].lower())
    minute_words = pair["minute"]
    minute = (int(minute_words) if minute_words.isdigit() else _number(minute_words.lower())) if minute_words else 0
    if hour is None or minute is None or minute > 59:
        return None
    second_hour = int(second["hour"])
    if second_hour >= 12 and hour < 12 and hour + 12 <= second_hour:
        hour += 12
    if hour > second_hour:
        return None  # "eleven to one a.m.": runs over midnight; left alone
    value = f"{second['day']}T{hour:02d}:{minute:02d}"
    start, end = pair.start("hour"), pair.end("minute") if minute_words else pair.end("hour")
    anchor = expr.span.anchor if expr.span is not None else Anchor.EXPLICIT
    span = TimeSpan.from_value(value, None, anchor, text[start:end])
    return TemporalExpression(start, end, text[start:end], TimexType.TIME, value, None, span)


_BARE_SPOKEN_CLOCK = re.compile(rf"(?:{HOUR12})(?:[\s-](?:{MINUTE}))?|(?:1[0-2]|[1-9]):[0-5]\d", re.I)
_EVENING_WORD = re.compile(r"\b(?:evening|night|tonight)\b", re.I)
_MORNING_BETWEEN = re.compile(r"\b(?:morning|a\.?m\b|dawn|daybreak|tomorrow|next\s+day|overnight|midnight)", re.I)


def with_bare_clocks_after_evening_clocks(expressions: list[TemporalExpression],
                                          text: str) -> list[TemporalExpression]:
    """"The deadline expired at eight p.m. last night. The president spoke shortly afterward, at ten-fifteen": a
    clock with no a.m./p.m. soon after an evening clock is later that evening."""
    result = list(expressions)
    for index, expr in enumerate(result):
        clock = _CLOCK_VALUE.match(expr.value) if expr.type is TimexType.TIME else None
        evening = _evening_clock_before(result, index, text)
        if clock is None or evening is None or not _BARE_SPOKEN_CLOCK.fullmatch(expr.text):
            continue
        hour = int(clock["hour"])
        if not 1 <= hour < 12 or int(evening["hour"]) > hour + 12 or (
                _MORNING_BETWEEN.search(text, expr.end, min(len(text), expr.end + 30))):
            continue
        result[index] = redated(expr, f"{evening['day']}T{hour + 12:02d}:{clock['minute']}")
    return result


def _evening_clock_before(expressions: list[TemporalExpression], index: int, text: str) -> re.Match[str] | None:
    """The p.m. clock shortly before ``expressions[index]``, with only its own day's words between."""
    end = expressions[index].start
    for before in reversed(expressions[max(0, index - 3):index]):
        if end - before.end > 160 or _MORNING_BETWEEN.search(text, before.end, end):
            return None
        found = _CLOCK_VALUE.match(before.value) if before.type is TimexType.TIME else None
        if found is not None:
            said_pm = _PM.search(before.text) or _EVENING_WORD.search(before.text)
            return found if int(found["hour"]) > 12 and said_pm else None  # not a 24-hour clock ("16:30")
        if before.type is not TimexType.TIME:
            return None
    return None
