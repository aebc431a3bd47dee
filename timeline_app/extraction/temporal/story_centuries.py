""""In the 1800s the town was a textile hub, and by mid-century it had 20 mills": a part of "the century" said
after another century or one of its decades is of that century, not the DCT's."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.redate import redated

_OF_THE_CENTURY = re.compile(r"(?i)(?:the\s+)?(?:mid[\s-]century|(?:middle|end|start|beginning|turn|close|first"
                             r"|second|latter)\s+(?:half\s+|part\s+)?of\s+the\s+century)")
# a century or a decade named before ("the 1800s", "the 1850s", "the 19th century"); not a year, which may be a
# baseline ("emissions fell 30% from 1990 levels and must reach zero by mid-century")
_CENTURY_OF = re.compile(r"-?(?P<century>\d\d)\d?")
_REACH = 300  # characters


def with_centuries_of_the_story(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"by mid-century" after "the 1800s" is the nineteenth century's middle."""
    result = list(expressions)
    for index, expr in enumerate(result):
        if expr.type is not TimexType.DATE or not _OF_THE_CENTURY.fullmatch(expr.text) or not re.fullmatch(
                r"\d\d", expr.value):
            continue
        before = next((other for other in reversed(result[:index]) if other.type is TimexType.DATE
                       and expr.start - other.end <= _REACH and _CENTURY_OF.fullmatch(other.value)), None)
        if before is None or "\n\n" in text[before.end:expr.start]:
            continue
        found = _CENTURY_OF.fullmatch(before.value)
        if found is not None and found["century"] != expr.value:
            result[index] = redated(expr, found["century"])
    return result
