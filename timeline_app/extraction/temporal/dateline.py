"""The day a wire story was written, from its dateline: "NEW DELHI, Aug. 15 (Reuters) -".

Agencies date a story where and when it was filed; a paper or an archive often publishes it a day later. The
story's "today", "yesterday" and weekdays are the dateline's, so that day, when it is a little before the
document's date, is the one to count from.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.extraction.temporal.lexicon import MONTHS

_DATELINE = re.compile(
    r"(?m:^)[ \t]*[A-Z][A-Za-z.'-]+(?:[ \t,]+[A-Z][A-Za-z.'-]+){0,4}[ \t]*,[ \t]+(?:\([A-Za-z]+\)[ \t]*)?"
    r"(?:[A-Z][a-z]+day,?[ \t]+)?(?P<month>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?[ \t]+"
    r"(?P<day>\d{1,2})\b"
    # or a line that opens with the day and a dash: "March 19 - The deadline expires at 8 p.m."
    r"|(?m:^)[ \t]*(?P<month2>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*)\.?[ \t]+(?P<day2>\d{1,2})"
    r"[ \t]*(?:\([A-Za-z]+\)[ \t]*)?[-\u2013\u2014][ \t]")
_HEAD = 300  # characters: a dateline opens the story
_DAYS_BEFORE = 3  # a story filed up to this many days before the document's date


def dateline_day(text: str, dct: Day | None) -> Day | None:
    """The dateline's day when it falls shortly before ``dct`` (None when there is none, or it is the DCT)."""
    if dct is None:
        return None
    found = _DATELINE.search(text, 0, min(len(text), _HEAD))
    if found is None:
        return None
    month = MONTHS.get((found["month"] or found["month2"]).lower().rstrip("."))
    day = int(found["day"] or found["day2"])
    if month is None:
        return None
    for year in (dct.year, dct.year - 1):
        if 1 <= day <= days_in_month(year, month):
            filed = Day(year, month, day)
            if 0 < dct.number - filed.number <= _DAYS_BEFORE:
                return filed
    return None
