"""The clocks of a schedule stay on the day their clause set.

"Voting ends on Sunday evening, when Italy closes its polls at 11 p.m." is Sunday's 11 p.m.; "sites open at 7 a.m.
and stay open until 8 p.m." closes on the day it opened.
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clock_days import names_a_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, TIME_ON_DAY

# ", when Italy closes its polls at": a clause about the same moment as the day before it.
_SAME_MOMENT_GAP = re.compile(r",?\s+(?:when|as)\s+[^.;!?\n(]{0,50}?\b(?:at|by|from|until)\s+(?:about\s+|around\s+)?",
                              re.I)
# " and stay open until", " and close at": a clock later in the same timetable.
_SAME_DAY_GAP = re.compile(r",?\s+(?:and|then)\s+[^.;!?\n(]{0,30}?\b(?:at|until|till|to)\s+(?:about\s+|around\s+)?",
                           re.I)
_ON_A_DAY = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)(?:T(?:MO|AF|EV|NI|\d\d:\d\d))?")


def with_schedule_clocks_on_their_day(expressions: list[TemporalExpression],
                                      text: str) -> list[TemporalExpression]:
    """A clock with no day of its own, written after a day (", when ... at") or after a clock of that day
    (" and ... until"), is on that day."""
    result = list(expressions)
    for index in range(1, len(result)):
        before, clock = result[index - 1], result[index]
        reading = CLOCK_VALUE.fullmatch(clock.value)
        if reading is None or clock.type is not TimexType.TIME or names_a_day(clock.text):
            continue
        day = _day_of(before)
        if day is None or day == reading["day"]:
            continue
        gap = text[before.end:clock.start]
        earlier = CLOCK_VALUE.fullmatch(before.value)
        is_clock = earlier is not None
        if earlier is not None and not "00:00" <= earlier["clock"] < reading["clock"] < "24:00":
            continue  # "ran past midnight, and the Commons was adjourned at 1.17am": the next day
        if (_SAME_DAY_GAP if is_clock else _SAME_MOMENT_GAP).fullmatch(gap) and not names_a_day(gap):
            result[index] = redated(clock, f"{day}T{reading['clock']}")
    return result


def _day_of(expr: TemporalExpression) -> str | None:
    """The day of a date, a part of a day or a clock reading (None for anything coarser)."""
    if expr.type not in (TimexType.DATE, TimexType.TIME):
        return None
    found = _ON_A_DAY.fullmatch(expr.value)
    if found is None or (expr.type is TimexType.TIME and TIME_ON_DAY.fullmatch(expr.value) is None):
        return None
    return found["day"]
