"""A bare "N o'clock" after an afternoon or evening clock: "teed off at 2:12 p.m. and finished shortly before
7 o'clock", "Kick-off is at 8pm on Saturday; the gates open at 6 o'clock" (19:00 and 18:00, on that day).

Read on its own, "7 o'clock" is the morning; after a p.m. clock of the same passage, the morning reading would
jump back (or on to the next day), so it is the afternoon or evening of the day of that clock.
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE

_BARE_OCLOCK = re.compile(r"(?:(?:about|around|approximately|just|shortly)\s+(?:before|after\s+)?)?"
                          r"(?P<hour>[1-9]|1[01])\s+o'clock", re.I)
# "7 o'clock in the morning", "6 o'clock tomorrow", "until 7 o'clock the next day": the text says which.
_SAYS_WHICH_AFTER = re.compile(r"\s+(?:in\s+the\s+|this\s+|next\s+|the\s+next\s+|tomorrow|on\s+)", re.I)
_BREAK = re.compile(r"\n\s*\n|[.!?]\s+[A-Z][^.!?]*[.!?]\s+[A-Z]")  # a new paragraph, or a whole sentence between
_NEAR = 160  # characters: the clock read before must be in the same passage


def _afternoon_clock_before(expr: TemporalExpression, before: list[TemporalExpression],
                            text: str) -> re.Match[str] | None:
    """The value of the clock read last before ``expr`` in the same passage, when it is p.m."""
    for earlier in reversed(before):
        if expr.start - earlier.end > _NEAR or _BREAK.search(text, earlier.end, expr.start):
            return None
        if earlier.type is not TimexType.TIME:
            continue
        clock = CLOCK_VALUE.match(earlier.value)
        return clock if clock is not None and int(clock["hour"]) >= 12 else None
    return None


def with_afternoon_oclocks(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with each bare "N o'clock" after a p.m. clock read in the afternoon or evening."""
    read: list[TemporalExpression] = []
    for expr in expressions:
        oclock = _BARE_OCLOCK.fullmatch(expr.text)
        clock = _afternoon_clock_before(expr, read, text) if oclock and expr.type is TimexType.TIME else None
        if oclock is not None and clock is not None and not _SAYS_WHICH_AFTER.match(text, expr.end):
            own = CLOCK_VALUE.match(expr.value)
            expr = redated(expr, f"{clock['day']}T{int(oclock['hour']) + 12:02d}:{own['minute'] if own else '00'}")
        read.append(expr)
    return read
