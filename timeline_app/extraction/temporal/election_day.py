""""South Africans vote on 8 May. Voting stations will close at 21:00 on election day": when the story names its
election's day, "election day" (or "polling day", "voting day") is that day, not the US rule's November Tuesday.
"""

from __future__ import annotations

import re
from bisect import insort

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, DAY_VALUE

_ELECTION_DAY = re.compile(r"\b(?:election|polling|voting)\s+day\b", re.I)
# "vote on 8 May", "the election on Wednesday", "polls of 7 December", "general election for 4 July"
# (not an opinion "poll completed on Saturday", nor a vote gone by: "the House voted on Tuesday")
_ELECTION_BEFORE = re.compile(r"\b(?:vote|votes|voting|elections?|polls|polling|ballot)\b"
                              r"(?:\s+(?!(?:postponed|delayed|cancelled|called|announced)\b)[\w-]+){0,2}"
                              r"\s+(?:on|of|for|is|was|will\s+be)\s+$", re.I)
# "last Thursday's presidential election", "Monday's by-election"
_ELECTION_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,2}?(?:elections?|by-elections?|polls|vote|ballot)\b", re.I)
# "setting polling day for October 20": the day is being stated, not used
_STATING_AFTER = re.compile(r"\s+(?:for|on|as|is|was|will\s+be)\b", re.I)
_CLOCK_ON = re.compile(r"\s+on\s+$", re.I)


def with_stated_election_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` (sorted) with each "election day" after a stated election day on that day, "3pm on polling
    day" one reading on it, and a "polling day" the patterns did not take added there."""
    result = list(expressions)
    for match in _ELECTION_DAY.finditer(text):
        stated = _stated_day(result, text, match.start())
        if stated is None:
            continue
        index = next((i for i, e in enumerate(result) if e.start < match.end() and e.end > match.start()), None)
        if index is not None:
            if result[index].type is TimexType.DATE and result[index].value != stated:
                result[index] = redated(result[index], stated, Anchor.REFERENCE_TIME)
            continue
        clock_index = _clock_before(result, text, match.start())
        if clock_index is not None:
            clock = result.pop(clock_index)
            reading = CLOCK_VALUE.fullmatch(clock.value)
            value = f"{stated}T{reading['clock'] if reading else '00:00'}"
            added = TemporalExpression(clock.start, match.end(), text[clock.start:match.end()], TimexType.TIME, value,
                                       clock.mod, TimeSpan.from_value(value, clock.mod, Anchor.REFERENCE_TIME))
        elif _STATING_AFTER.match(text, match.end()):
            continue
        else:
            added = TemporalExpression(match.start(), match.end(), match.group(0), TimexType.DATE, stated, None,
                                       TimeSpan.from_value(stated, None, Anchor.REFERENCE_TIME, match.group(0)))
        insort(result, added, key=lambda e: e.start)
    return result


def _clock_before(expressions: list[TemporalExpression], text: str, start: int) -> int | None:
    """The index of a clock reading written right before " on polling day"."""
    for index, expr in enumerate(expressions):
        if expr.type is TimexType.TIME and CLOCK_VALUE.fullmatch(expr.value) and _CLOCK_ON.fullmatch(
                text[expr.end:start]):
            return index
    return None


def _stated_day(expressions: list[TemporalExpression], text: str, start: int) -> str | None:
    """The last day before ``start`` that the text gives as the day of the vote."""
    for expr in reversed(expressions):
        if expr.end > start:
            continue
        if expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value) and (_ELECTION_BEFORE.search(
                text, max(0, expr.start - 60), expr.start) or _ELECTION_AFTER.match(text, expr.end)):
            return expr.value
    return None
