"""Days declared holidays: "has declared Wednesday and Thursday public holidays". The days are what was
declared, not when; like "declared Wednesday a national holiday" they are the nearest ones, usually ahead."""

from __future__ import annotations

import re

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_JOINED = r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)"
_DECLARED_BEFORE = re.compile(rf"\b(?:declar|proclaim|designat|nam|mak|made|set|mark)\w*\s+(?:{_WEEKDAY}{_JOINED})*$",
                              re.I)
_HOLIDAYS_AFTER = re.compile(rf"(?:{_JOINED}{_WEEKDAY})*\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+){{0,3}}?"
                             r"(?:holidays|days\s+off|days\s+of\s+mourning|holiday|day\s+off|observances?)\b", re.I)
_A_WEEKDAY = re.compile(_WEEKDAY)


def is_declared_day(text: str, start: int, end: int) -> bool:
    """The weekday at ``start:end`` is one of the days a verb of declaring makes holidays."""
    if _A_WEEKDAY.fullmatch(text, start, end) is None:
        return False
    return (_DECLARED_BEFORE.search(text, max(0, start - 80), start) is not None
            and _HOLIDAYS_AFTER.match(text, end) is not None)
