"""The other end of a day or clock range written once: "March 14-16", "14-16 March", "March 14 and 15",
"9am-5pm".

TimeML marks each point of a range separately ("March 14" and "16"), and a range's far end written as a bare
number is otherwise lost: without it the timeline shows a three-day summit as one day. The bare end takes the
month and year of the end that names them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan

_DAY_VALUE = re.compile(r"(-?\d{4,})-(\d\d)-(\d\d)")
_JOIN = r"(?:\s*[-\u2013]\s*|\s+(?:to|and|through|until|till)\s+|,\s*(?=\d{1,2}(?:st|nd|rd|th)?,?\s+(?:and|or)\s))"
# After the first end: "-16", " and 15". The number must end the phrase, not count something ("14 and 15 people").
_TAIL = re.compile(_JOIN + r"([0-3]?\d)(?:st|nd|rd|th)?(,?\s+(?:1[0-9]{3}|20[0-9]{2})(?!\d))?"
                   r"(?=\s*(?:[,.;:)\n]|$|(?:in|at|on|when|with|for|as|and|to|from|after|before|during|while|under"
                   r"|amid|over|but|the)\b))")
# Before a day-month end: "14-", "14 and ".
_HEAD = re.compile(r"(?<![\d,.$])([0-3]?\d)(?:st|nd|rd|th)?" + _JOIN + r"$")
_DAY_FIRST = re.compile(r"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)?\s")
_CLOCK_TAIL = re.compile(r"[-\u2013]\s*(1[0-2]|0?[1-9])(?::([0-5]\d))?\s*(?:([ap])\.\s?m\.|([ap])m\b)", re.I)
_CLOCK_VALUE = re.compile(r"(.+T)(\d\d):(\d\d)")


def _with_year(expr: TemporalExpression, year: int | None) -> TemporalExpression:
    """``expr`` in the year a range names once at its end ("March 14-16, 2023")."""
    if year is None or expr.value.startswith(f"{year:04d}-"):
        return expr
    value = f"{year:04d}{expr.value[expr.value.index('-', 1):]}"
    return replace(expr, value=value, span=TimeSpan.from_value(value, expr.mod, Anchor.EXPLICIT, expr.text))


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
    tail = _TAIL.match(text, first.end)
    if tail is None or _DAY_FIRST.match(first.text):
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
    tail = _CLOCK_TAIL.match(text, first.end)
    value = _CLOCK_VALUE.fullmatch(first.value)
    if tail is None or value is None or first.type is not TimexType.TIME:
        return None
    hour = int(tail.group(1)) % 12 + (12 if (tail.group(3) or tail.group(4)).lower() == "p" else 0)
    later = f"{value.group(1)}{hour:02d}:{tail.group(2) or '00'}"
    start = tail.start(1)
    span = TimeSpan.from_value(later, None, first.span.anchor, text[start:tail.end()]) if first.span else None
    return TemporalExpression(start, tail.end(), text[start:tail.end()], TimexType.TIME, later, None, span)


def _apart(one: TemporalExpression, other: TemporalExpression) -> bool:
    return one.end <= other.start or one.start >= other.end


_TO = re.compile(r"\s*(?:to|through|until|till|[-\u2013])\s*", re.I)
_WEEKDAY_ONLY = re.compile(r"(?-i:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")


def _in_order(expressions: list[TemporalExpression], text: str, dct: Day | None) -> list[TemporalExpression]:
    """"from Monday to Friday": the weekdays of a range run forward. When the end was read as past, the start
    is the week before ("worked from Monday to Friday"); otherwise the end is the week after."""
    ordered = list(expressions)
    for index in range(1, len(ordered)):
        first, last = ordered[index - 1], ordered[index]
        if first.span is None or last.span is None or not _WEEKDAY_ONLY.fullmatch(last.text):
            continue
        if not _TO.fullmatch(text, first.end, last.start) or not last.span.start < first.span.start:
            continue
        if dct is not None and last.span.start < dct and _WEEKDAY_ONLY.fullmatch(first.text):
            ordered[index - 1] = _moved(first, -7)
        else:
            ordered[index] = _moved(last, 7)
    return ordered


def _moved(expr: TemporalExpression, days: int) -> TemporalExpression:
    span = expr.span
    if span is None:
        return expr
    value = span.start.plus_days(days).iso()
    return replace(expr, value=value, span=TimeSpan.from_value(value, None, span.anchor, expr.text))


def with_range_ends(expressions: list[TemporalExpression], text: str,
                    dct: Day | None = None) -> list[TemporalExpression]:
    """``expressions`` plus the bare ends of the ranges they begin or end, in text order. A year written
    after the far end is the whole range's: it joins the far end and no longer stands alone."""
    result = list(expressions)
    queue = list(expressions)
    while queue:
        expr = queue.pop(0)
        far = _far_end(text, expr)
        if far is not None and expr in result:
            dated, end = far
            result = [dated if e is expr else e for e in result if e is expr or _apart(e, end)] + [end]
            queue.append(end)  # "March 29, 30 and 31": the end of one pair begins the next
        for bare in (_near_end(text, expr), _clock_end(text, expr)):
            if bare is not None and all(_apart(bare, other) for other in result):
                result.append(bare)
    return _in_order(sorted(result, key=lambda e: e.start), text, dct)
