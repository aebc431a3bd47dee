"""A bare decade after a decade of another century shares that century: "in the eighteen-forties and fifties",
"the 1840s and '50s" (the fifties of the 1800s, not of the 1900s)."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated

_DECADE = re.compile(r"-?\d{3}")
_BARE_DECADE = re.compile(r"(?:the\s+)?(?:['\u2019]\d0s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)", re.I)
_JOINED = re.compile(r"\s*,?\s+(?:and|or|to|through|into)\s+(?:the\s+)?", re.I)


def with_decades_of_the_century_before(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """A bare decade joined to the decade before it takes that decade's century."""
    result = list(expressions)
    for index in range(1, len(result)):
        first, second = result[index - 1], result[index]
        if not (first.type is TimexType.DATE and second.type is TimexType.DATE and _DECADE.fullmatch(first.value)
                and _DECADE.fullmatch(second.value) and _BARE_DECADE.fullmatch(second.text)
                and _JOINED.fullmatch(text, first.end, second.start)):
            continue
        value = first.value[:-1] + second.value[-1]
        if value != second.value and value > first.value:
            result[index] = redated(second, value)
    return result
