""""South Africans vote on 8 May. Voting stations will close at 21:00 on election day": when the story names its
election's day, "election day" (or "polling day", "voting day") is that day, not the US rule's November Tuesday.
"""

from __future__ import annotations

import re
from bisect import insort

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.redate import redated

_ELECTION_DAY = re.compile(r"\b(?:election|polling|voting)\s+day\b", re.I)
# "vote on 8 May", "the election on Wednesday", "polls of 7 December", "general election for 4 July"
# (not an opinion "poll completed on Saturday", nor a vote gone by: "the House voted on Tuesday")
_ELECTION_BEFORE = re.compile(r"\b(?:vote|votes|voting|elections?|polls|polling|ballot)\b(?:\s+[\w-]+){0,1}"
                              r"\s+(?:on|of|for|is|was|will\s+be)\s+$", re.I)
_DAY_VALUE = re.compile(r"-?\d{4}-\d\d-\d\d")


def with_stated_election_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` (sorted) with each "election day" after a stated election day on that day, and a
    "polling day" the patterns did not take added there."""
    result = list(expressions)
    for match in _ELECTION_DAY.finditer(text):
        stated = _stated_day(result, text, match.start())
        if stated is None:
            continue
        index = next((i for i, e in enumerate(result) if e.start < match.end() and e.end > match.start()), None)
        if index is None:
            span = TimeSpan.from_value(stated, None, Anchor.REFERENCE_TIME, match.group(0))
            insort(result, TemporalExpression(match.start(), match.end(), match.group(0), TimexType.DATE, stated,
                                              None, span), key=lambda e: e.start)
        elif result[index].type is TimexType.DATE and result[index].value != stated:
            result[index] = redated(result[index], stated, Anchor.REFERENCE_TIME)
    return result


def _stated_day(expressions: list[TemporalExpression], text: str, start: int) -> str | None:
    """The last day before ``start`` that the text gives as the day of the vote."""
    for expr in reversed(expressions):
        if expr.end > start:
            continue
        if expr.type is TimexType.DATE and _DAY_VALUE.fullmatch(expr.value) and _ELECTION_BEFORE.search(
                text, max(0, expr.start - 60), expr.start):
            return expr.value
    return None
