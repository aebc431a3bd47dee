"""A weekday set beside a full date ("on the afternoon of 24 September 1989, a Sunday") is that date's day of the
week: the date it names, not a day of the DCT's week, and the story stays where the date put it."""

from __future__ import annotations

import re

from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.lexicon import MONTHS, WEEKDAYS, alternation

_APPOSED = re.compile(r"\s*,\s*(?:an?\s+|the\s+)?$", re.I)


def weekday_of_the_date_before(text: str, weekday_text: str, start: int, reference: TimeSpan | None,
                               reference_end: int) -> Normalised | None:
    """The date just written, when ``weekday_text`` (at ``start``) only names its day of the week."""
    weekday = WEEKDAYS.get(weekday_text.lower().rstrip("."))
    if weekday is None or reference is None or reference.start != reference.end:
        return None  # one day written out (a part of it, "the afternoon of 24 September 1989", too)
    if not _APPOSED.fullmatch(text, reference_end, start) or reference.start.weekday != weekday:
        return None
    return Normalised(TimexType.DATE, reference.start.iso(), None, Anchor.REFERENCE_TIME)


# "It was a Friday in late November 2008": one Friday of the month named after it, which day the text leaves open.
_MONTH_AFTER = re.compile(rf"\s+in\s+(?:(?:early|late|mid)[\s-]+)?(?:{alternation(MONTHS)})\.?,?\s+\d{{4}}\b", re.I)
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|one)\s+$", re.I)


def weekday_of_a_month_named_after(text: str, weekday_text: str, start: int, end: int) -> Normalised | None:
    """"a Friday in late November 2008": some Friday (XXXX-WXX-5) that month, not a day of the DCT's week; the
    month written after it is where the story is."""
    weekday = WEEKDAYS.get(weekday_text.lower().rstrip("."))
    if weekday is None or _INDEFINITE_BEFORE.search(text, max(0, start - 6), start) is None or (
            _MONTH_AFTER.match(text, end) is None):
        return None
    return Normalised(TimexType.DATE, f"XXXX-WXX-{weekday + 1}")
