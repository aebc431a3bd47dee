"""A weekday in brackets after a full date ("June 28, 2019 (Friday)") repeats that date's day of the week.

South Asian papers write dates so; the weekday is a gloss on the date before it, not a second date (read on
its own it would be the Friday nearest the story, often another day).
"""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.resolve import DAY_VALUE

_WEEKDAY = re.compile(r"(?-i:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?")


def without_bracketed_weekdays(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` without a bare weekday that stands in brackets straight after a dated day."""
    kept: list[TemporalExpression] = []
    for expr in expressions:
        before = kept[-1] if kept else None
        if (before is not None and before.type is TimexType.DATE and DAY_VALUE.fullmatch(before.value)
                and _WEEKDAY.fullmatch(expr.text) and re.fullmatch(r"\s*\(\s*", text[before.end:expr.start])
                and re.match(r"\s*\)", text[expr.end:])):
            continue
        kept.append(expr)
    return kept
