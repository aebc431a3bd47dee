"""A night the story spends rather than ends at: "Negotiators worked through Monday night and were expected to
resume talks at 9 a.m." is a stretch the story goes through (its next morning follows it), not a bound like
"the offer runs through Friday"."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType

_THROUGH_BEFORE = re.compile(r"\b(?:through|throughout|into)\s+$", re.I)
_NIGHT_VALUE = re.compile(r"-?\d{4}-\d\d-\d\dTNI")


def spends_the_night(text: str, expr: TemporalExpression) -> bool:
    """Whether ``expr`` is a named day's night the story goes through ("worked through Monday night")."""
    return expr.type is TimexType.TIME and _NIGHT_VALUE.fullmatch(expr.value) is not None and (
        _THROUGH_BEFORE.search(text, max(0, expr.start - 16), expr.start) is not None)
