"""Years of other calendars and the Chinese zodiac, which are not Gregorian years.

"The new year 1402 in the Iranian calendar" is 2023, not the Middle Ages; "1445 AH" is a Hijri year; "the last
Year of the Dragon" names a zodiac year, not last year. Such expressions are left untagged rather than placed
centuries away on the timeline.
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.patterns import Candidate

_CALENDAR = (r"(?:Iranian|Persian|Solar\s+Hijri|Hijri|Hijra|Islamic|Muslim|lunar|Shamsi|Hebrew|Jewish|Buddhist"
             r"|Nepali|Nepalese|Bikram\s+Sambat|Vikram\s+Samvat|Saka|Thai|Ethiopian|Coptic|Bengali|Juche)")
# "the Iranian year 1402", "Hijri year 1445", "the Buddhist Era 2566"
_CALENDAR_BEFORE = re.compile(rf"\b{_CALENDAR}\s+(?:calendar\s+)?(?:new\s+)?(?:year|era)\s+$", re.I)
# "1402 in the Iranian calendar", "1445 AH", "2080 B.S."
_CALENDAR_AFTER = re.compile(rf"\s+(?:(?:in|of|on|by)\s+the\s+(?:[\w-]+\s+){{0,2}}?{_CALENDAR}\s+calendar\b"
                             r"|(?-i:AH|A\.H\.|SH|S\.H\.|BS|B\.S\.|BE|B\.E\.)(?!\w))", re.I)
_YEAR_NUMBER = re.compile(r"(?:the\s+)?(?:new\s+)?(?:year\s+)?\d{3,4}", re.I)
_ZODIAC = re.compile(r"\byears?\s+of\s+the\s+(?:Rat|Ox|Buffalo|Tiger|Rabbit|Hare|Dragon|Snake|Horse|Goat|Sheep|Ram"
                     r"|Monkey|Rooster|Dog|Pig|Boar)\b", re.I)


def names_another_calendar(text: str, candidate: Candidate) -> bool:
    """A year number of a calendar other than the Gregorian, or a year of the Chinese zodiac."""
    zodiac = _ZODIAC.search(text, candidate.start, min(len(text), candidate.end + 40))
    if zodiac is not None and zodiac.start() < candidate.end:
        return True
    if not _YEAR_NUMBER.fullmatch(text, candidate.start, candidate.end):
        return False
    return bool(_CALENDAR_BEFORE.search(text, max(0, candidate.start - 40), candidate.start)
                or _CALENDAR_AFTER.match(text, candidate.end))
