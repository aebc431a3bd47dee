"""The other end of a day or clock range written once: "March 14-16", "14-16 March", "March 14 and 15",
"9am-5pm".

TimeML marks each point of a range separately ("March 14" and "16"), and a range's far end written as a bare
number is otherwise lost: without it the timeline shows a three-day summit as one day. The bare end takes the
month and year of the end that names them.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_ON_ANY_DAY, year_text

_DAY_VALUE = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)")
_JOIN = r"(?:\s*[-\u2013]\s*|\s+(?:to|and|through|until|till)\s+|,\s*(?=\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or)\s))"
# After the first end: "-16", " and 15". The number must end the phrase, not count something ("14 and 15 people").
# Not a clock ("March 14 - 15:30 GMT") nor a decimal.
_TAIL = re.compile(_JOIN + r"([0-3]?\d)(?:st|nd|rd|th)?(,?\s+(?:1[0-9]{3}|20[0-9]{2})(?!\d))?"
                   r"(?=\s*(?:[,.;:)](?!\s?\d)|\n|$|(?:in|at|on|when|with|for|as|and|to|from|after|before|during"
                   r"|while|under|amid|over|but|the|despite|because|until|ahead|following|including|only|this|next"
                   r"|last|or|so|if|where|which|that|this|respectively|each|both|via|through|across|into|within"
                   r"|near|around|against|throughout|alongside)\b))")
# Before a day-month end: "14-", "14 and ".
_HEAD = re.compile(r"(?<![\d,.$])([0-3]?\d)(?:st|nd|rd|th)?" + _JOIN + r"$")
_DAY_FIRST = re.compile(r"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s")
_CLOCK_TAIL = re.compile(r"[-\u2013]\s*(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*(?:([ap])\.\s?m\.|([ap])m\b)", re.I)
# A season or financial year written with its next year short: "2023-24", "the 2018/19 season".
_SHORT_YEAR_TAIL = re.compile(r"[-\u2013/](\d\d)(?![\d%])(?!\s*(?:percent|per\s+cent)\b)")


def _with_year(expr: TemporalExpression, year: int | None) -> TemporalExpression:
    """``expr`` (a day) in the year a range names once at its end ("March 14-16, 2023")."""
    day = _DAY_VALUE.fullmatch(expr.value)
    if year is None or day is None or int(day.group(1)) == year:
        return expr
    month, number = int(day.group(2)), int(day.group(3))
    if number > days_in_month(year, month):
        return expr
    value = Day(year, month, number).iso()
    return redated(expr, value, Anchor.EXPLICIT)


def _day_expression(text: str, start: int, end: int, first: TemporalExpression, day: int) -> TemporalExpression:
    year, month = _DAY_VALUE.match(first.value).group(1, 2)  # type: ignore[union-attr]
    value = f"{year}-{month}-{day:02d}"
    anchor = first.span.anchor if first.span is not None else Anchor.EXPLICIT
    span = TimeSpan.from_value(value, None, anchor, text[start:end])
    return TemporalExpression(start, end, text[start:end], TimexType.DATE, value, None, span)


def _valid_day(first: TemporalExpression, day: int, after: bool) -> bool:
    match = _DAY_VALUE.fullmatch(first.value)
    if match is None or first.mod is not None:
        return False
    year, month, own = (int(part) for part in match.groups())
    return 1 <= day <= days_in_month(year, month) and (day > own if after else day < own)


def _far_end(text: str, first: TemporalExpression) -> tuple[TemporalExpression, TemporalExpression] | None:
    """The first end (in the year written after the range) and the far end."""
    if _DAY_VALUE.fullmatch(first.value) is None or first.mod is not None or _DAY_FIRST.match(first.text):
        return None
    tail = _TAIL.match(text, first.end)
    if tail is None:
        return None
    year = int(re.sub(r"\D", "", tail.group(2))) if tail.group(2) else None
    first = _with_year(first, year)
    if not _valid_day(first, int(tail.group(1)), after=True):
        return None
    return first, _day_expression(text, tail.start(1), tail.end(), first, int(tail.group(1)))


def _near_end(text: str, last: TemporalExpression) -> TemporalExpression | None:
    if not _DAY_FIRST.match(last.text):
        return None
    head = _HEAD.search(text, max(0, last.start - 16), last.start)
    if head is None or not _valid_day(last, int(head.group(1)), after=False):
        return None
    return _day_expression(text, head.start(1), head.end(1), last, int(head.group(1)))


def _clock_end(text: str, first: TemporalExpression) -> TemporalExpression | None:
    """"9am-5pm": the later clock reading, on the next day when it is earlier ("10pm-2am")."""
    tail = _CLOCK_TAIL.match(text, first.end)
    value = CLOCK_ON_ANY_DAY.fullmatch(first.value)
    if tail is None or value is None or first.type is not TimexType.TIME or first.span is None:
        return None
    hour = int(tail.group(1)) % 12 + (12 if (tail.group(3) or tail.group(4)).lower() == "p" else 0)
    minute = int(tail.group(2) or 0)
    day = first.span.start
    if (hour, minute) < (int(value["hour"]), int(value["minute"])):
        day = day.plus_days(1)
    later = f"{day.iso()}T{hour:02d}:{minute:02d}"
    start = tail.start(1)
    span = TimeSpan.from_value(later, None, first.span.anchor, text[start:tail.end()])
    return TemporalExpression(start, tail.end(), text[start:tail.end()], TimexType.TIME, later, None, span)


_WEEKDAY_NAMED = re.compile(r"(?i:(?:next|this|coming|this\s+coming)\s+)?(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_AND = re.compile(r"\s*(?:,|and|or|&)\s*", re.I)
_TO = re.compile(r"\s*(?:to|through|until|till|[-\u2013])\s*", re.I)
_WEEKDAY_ONLY = re.compile(r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_MONTH_ONLY = re.compile(r"(?-i:January|February|March|April|May|June|July|August|September|October|November"
                         r"|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)")


def _in_order(expressions: list[TemporalExpression], text: str, dct: Day | None) -> list[TemporalExpression]:
    """"from Monday to Friday": the weekdays of a range run forward. When the end was read as past, the start
    is the week before ("worked from Monday to Friday"); otherwise the end is the week after."""
    ordered = list(expressions)
    for index in range(1, len(ordered)):
        first, last = ordered[index - 1], ordered[index]
        if _a_year_too_late(first, last, text):
            ordered[index] = redated(last, f"{year_text(int(last.value[:-3]) - 1)}{last.value[-3:]}")
            continue
        if first.span is None or last.span is None or not last.span.start < first.span.start:
            continue
        ahead = dct is not None and first.span.start > dct  # "on Wednesday and Thursday", "next Monday and Tuesday"
        joined = _TO.fullmatch(text, first.end, last.start) or (
            ahead and _AND.fullmatch(text, first.end, last.start) and _WEEKDAY_NAMED.fullmatch(first.text))
        if not joined:
            continue  # "on Wednesday and Thursday" runs forward too; "in June and March" need not
        for bare, move in ((_WEEKDAY_ONLY, _moved), (_MONTH_ONLY, _moved_a_year)):
            if not bare.fullmatch(last.text) or (move is _moved_a_year and not bare.fullmatch(first.text)):
                continue  # "a revision Friday to December's figures" is no range
            if dct is not None and last.span.start < dct and first.span.end < dct and bare.fullmatch(first.text):
                ordered[index - 1] = move(first, -1)  # "rose from August to February": last August
            else:
                ordered[index] = move(last, 1)  # "from August to February": the February after
    return ordered


_ROUGH_MONTH = re.compile(rf"(?:(?i:early|late|mid)[\s-]+)?{_MONTH_ONLY.pattern}")
_MONTH_VALUE = re.compile(r"-?\d{4}-\d\d")


def _a_year_too_late(first: TemporalExpression, last: TemporalExpression, text: str) -> bool:
    """"Last year's championship ran from June until late October": months of a range written without years lie
    less than a year apart, so an end read a year after its start's year belongs to that year."""
    if not _MONTH_ONLY.fullmatch(first.text) or not _ROUGH_MONTH.fullmatch(last.text):
        return False
    if not (_MONTH_VALUE.fullmatch(first.value) and _MONTH_VALUE.fullmatch(last.value)) or not _TO.fullmatch(
            text, first.end, last.start):
        return False
    first_year, first_month = int(first.value[:-3]), int(first.value[-2:])
    return (int(last.value[:-3]) - first_year) * 12 + int(last.value[-2:]) - first_month >= 12


def _moved_a_year(expr: TemporalExpression, years: int) -> TemporalExpression:
    month = re.fullmatch(r"(-?\d{4})-(\d\d)", expr.value)
    if month is None or expr.span is None:
        return expr
    value = f"{year_text(int(month.group(1)) + years)}-{month.group(2)}"
    return redated(expr, value, mod=None)


def _moved(expr: TemporalExpression, weeks: int) -> TemporalExpression:
    span = expr.span
    if span is None:
        return expr
    value = span.start.plus_days(7 * weeks).iso()
    return redated(expr, value, mod=None)


_CLOSING_JOIN = re.compile(r"\s*(?:to|and|through|until|till|-|\u2013)\s*", re.I)
_OPENING_WORD = re.compile(r"\b(?:between|from)\s+$", re.I)


def closes_range(text: str, expressions: list[TemporalExpression]) -> bool:
    """"between 11 April and 19 May", "from 2019 to 2021": the last expression closes a range, a bound."""
    if len(expressions) < 2:
        return False
    first, last = expressions[-2], expressions[-1]
    return _CLOSING_JOIN.fullmatch(text, first.end, last.start) is not None and _OPENING_WORD.search(
        text, max(0, first.start - 12), first.start) is not None


def with_range_ends(expressions: list[TemporalExpression], text: str,
                    dct: Day | None = None) -> list[TemporalExpression]:
    """``expressions`` (sorted, apart) plus the bare ends of the ranges they begin or end, in text order. A
    year written after the far end is the whole range's: it joins the far end and no longer stands alone."""
    result = sorted(expressions, key=lambda e: e.start)
    index = 0
    while index < len(result):
        expr = result[index]
        far = _far_end(text, expr)
        if far is not None:
            dated, end = far
            after = index + 1
            while after < len(result) and result[after].start < end.end:
                after += 1
            if all(_is_year_in(result[k], end) for k in range(index + 1, after)):
                result[index:after] = [dated, end]  # "March 29, 30 and 31": the far end may begin the next pair
                index += 1
                continue
        near = _near_end(text, expr)
        if near is not None and (index == 0 or result[index - 1].end <= near.start):
            result.insert(index, near)
            index += 1
        later = _clock_end(text, expr) or _short_year_end(text, expr)
        if later is not None and (index + 1 == len(result) or later.end <= result[index + 1].start):
            result.insert(index + 1, later)
        index += 1
    return _clocks_in_order(_in_order(result, text, dct), text)


_CLOCK_OF_DAY = re.compile(r"(-?\d{4,}-\d\d-\d\d)T(\d\d:\d\d)")
_NAMES_A_DAY = re.compile(r"day|tonight|tomorrow|morning|afternoon|evening|night", re.I)


def _clocks_in_order(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"from midnight to five a.m.", "10 p.m. to 6 a.m.": a clock range ending at an earlier hour ends the next
    day (unless its end names its own day)."""
    ordered = list(expressions)
    for index in range(1, len(ordered)):
        first, last = ordered[index - 1], ordered[index]
        start, end = _CLOCK_OF_DAY.fullmatch(first.value), _CLOCK_OF_DAY.fullmatch(last.value)
        if start is None or end is None or start.group(1) != end.group(1) or end.group(2) >= start.group(2):
            continue
        if (_TO.fullmatch(text, first.end, last.start) or _between_and(text, first, last)) and not (
                _NAMES_A_DAY.search(last.text)):
            value = Day.parse(end.group(1)).plus_days(1).iso() + "T" + end.group(2)
            anchor = last.span.anchor if last.span is not None else Anchor.EXPLICIT
            ordered[index] = redated(last, value, anchor)
    return ordered


def _between_and(text: str, first: TemporalExpression, last: TemporalExpression) -> bool:
    """"between 8.57pm and 12.28am": a range written with "between ... and"."""
    return re.fullmatch(r"\s+and\s+", text[first.end:last.start]) is not None and _OPENING_WORD.search(
        text, max(0, first.start - 12), first.start) is not None


def _short_year_end(text: str, first: TemporalExpression) -> TemporalExpression | None:
    """"2023-24": the second year of a split year, written with two digits."""
    tail = _SHORT_YEAR_TAIL.match(text, first.end)
    if tail is None or re.fullmatch(r"\d{4}", first.value) is None or first.mod is not None:
        return None
    year = int(first.value)
    if int(tail.group(1)) != (year + 1) % 100:
        return None
    value = f"{year + 1:04d}"
    span = TimeSpan.from_value(value, None, first.span.anchor if first.span else Anchor.EXPLICIT, tail.group(1))
    return TemporalExpression(tail.start(1), tail.end(1), tail.group(1), TimexType.DATE, value, None, span)


def _is_year_in(expr: TemporalExpression, end: TemporalExpression) -> bool:
    """The year a range's far end takes in ("16, 2023"), tagged on its own before."""
    return re.fullmatch(r"\d{4}", expr.value) is not None and end.start <= expr.start and expr.end <= end.end
