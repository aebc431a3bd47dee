"""A period a speaker counts from the day of speaking: "The tests would continue until March 15. \u201cThe next week
will be a test of nerves,\u201d he said." is the week after the report, not the week after March 15."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.clock_days import in_quotation
from timeline_app.extraction.temporal.resolve import PAST

_THE_NEXT = re.compile(r"the\s+next\s+(?:week|month|year)", re.I)


def counts_from_the_speaker(text: str, start: int, expression: str, reference_end: int, direction: int) -> bool:
    """Whether ``expression`` ("the next week") opens no story of its own: it is in a quotation that opened after
    the date named last, and not told in the past ("'The next week, we stayed home'" follows the story)."""
    if direction == PAST or not _THE_NEXT.fullmatch(expression) or not in_quotation(text, start):
        return False
    paragraph_start = text.rfind("\n", 0, start) + 1
    opening = max(text.rfind('"', paragraph_start, start), text.rfind("\u201c", paragraph_start, start))
    return opening >= reference_end
