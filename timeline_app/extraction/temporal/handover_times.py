"""Parts of the day a broadcast says are now: "Now it's mid-afternoon here", "the city has been quiet since dawn"
are on the day of the broadcast, whatever day the story told before (a reporter's hand-over resets the time)."""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.redate import redated

_PART_VALUE = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)(?P<part>T(?:MO|AF|EV|NI|MI))")
_BARE_PART = re.compile(r"(?:the\s+)?(?:mid-?)?(?:morning|afternoon|evening|night|dawn|daybreak|sunrise|dusk"
                        r"|sunset|nightfall)", re.I)
# "it's mid-afternoon", "it is now evening"; "has been quiet since dawn"
_NOW_BEFORE = re.compile(r"\b(?:it's|it\u2019s|it\s+is)\s+(?:now\s+|already\s+|just\s+|still\s+)?$"
                         r"|\b(?:has|have|'s|\u2019s)\s+been\s+(?:[a-z]+\s+){0,4}since\s+$", re.I)

# "since dawn on Monday", "since the morning of March 3": the part of a day the text names, not of now
_ITS_DAY_AFTER = re.compile(r",?\s+(?:on|of)\s+(?:the\s+)?(?:[A-Z]|\d)")


def with_parts_of_now(expressions: list[TemporalExpression], text: str, dct: Day | None) -> list[TemporalExpression]:
    """A bare part of the day told as now (or as the start of what has lasted until now) is on the DCT."""
    if dct is None:
        return expressions
    result = list(expressions)
    for index, expr in enumerate(result):
        found = _PART_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if found is None or found["day"] == dct.iso() or not _BARE_PART.fullmatch(expr.text):
            continue
        if _NOW_BEFORE.search(text, max(0, expr.start - 60), expr.start) and not _ITS_DAY_AFTER.match(text, expr.end):
            result[index] = redated(expr, dct.iso() + found["part"], Anchor.DOCUMENT_DATE)
    return result
