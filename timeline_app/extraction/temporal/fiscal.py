"""Company reporting periods named by the day they end: "the quarter ended July 31".

A company whose quarter ends on July 31 reports May, June and July; TimeML values such a quarter as the
calendar quarter holding most of those months (2023-Q2), the one a reader would compare it with.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month, iso_week_of
from timeline_app.extraction.temporal.lexicon import MONTHS
from timeline_app.extraction.temporal.resolve import year_text

# "the quarter", "the latest quarter", "its fiscal quarter", but not "the fourth quarter": a quarter that
# carries its own number keeps it.
UNNUMBERED_QUARTER = re.compile(r"(?:the\s+|its\s+)?(?:(?:latest|most\s+recent|fiscal|just-ended)\s+)*quarter", re.I)
_ENDED_ON = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|to)\s+(?:on\s+)?"
                       r"(?:(?P<month>[A-Z][a-z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]+))"
                       r"(?:,?\s+(?P<year>(?:19|20)\d\d))?")


def quarter_ended(text: str, end: int, dct: Day | None) -> str | None:
    """The calendar quarter of the three months that end on the date written after ``end``, or None."""
    found = _ENDED_ON.match(text, end)
    if found is None:
        return None
    month = MONTHS.get((found["month"] or found["month2"]).lower())
    day = int(found["day"] or found["day2"])
    if month is None or not 1 <= day <= 31:
        return None
    year = int(found["year"]) if found["year"] else _latest_year_of(month, dct)
    if year is None:
        return None
    closing = year * 12 + month - 1 - (1 if day < 15 else 0)  # "ended Oct. 1" closes September's books
    middle = closing - 1  # the quarter holding most of the three months
    return f"{year_text(middle // 12)}-Q{(middle % 12) // 3 + 1}"


THE_WEEK = re.compile(r"(?:the\s+)?week", re.I)


def week_ended(text: str, end: int, dct: Day | None) -> str | None:
    """"in the week ending 19 April": the ISO week of that day."""
    found = _ENDED_ON.match(text, end)
    if found is None:
        return None
    month = MONTHS.get((found["month"] or found["month2"]).lower())
    day = int(found["day"] or found["day2"])
    year = int(found["year"]) if found["year"] else _latest_year_of(month, dct) if month else None
    if month is None or year is None or not 1 <= day <= days_in_month(year, month):
        return None
    if not found["year"] and dct is not None and Day(year, month, day) > dct:
        year -= 1  # a week reported on has ended
    if not 1 <= day <= days_in_month(year, month):
        return None
    week_year, week = iso_week_of(Day(year, month, day))
    return f"{year_text(week_year)}-W{week:02d}"


def _latest_year_of(month: int, dct: Day | None) -> int | None:
    """A period reported on has ended: the latest end of ``month`` not after the DCT."""
    if dct is None:
        return None
    return dct.year if month <= dct.month else dct.year - 1
