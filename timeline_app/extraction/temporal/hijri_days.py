"""Days of Hijri months as the Gulf press writes them: "Ramadan 29", "29 Ramadan", "10 Shawwal last year".

The day is read in the Umm al-Qura calendar and given as the Gregorian day nearest the DCT, or in the year named
after it ("Ramadan 29 last year", "1 Muharram 2023"). ``BODIES`` are candidate patterns for :mod:`patterns`;
``RULES`` normalise their lower-cased text.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lunar import hijri_days_around

# Hijri months as the Gulf press spells them, numbered as in the calendar.
HIJRI_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi al-thani": 4, "rabi al-akhir": 4, "jumada al-ula": 5,
    "jumada al-awwal": 5, "jumada al-akhirah": 6, "jumada al-thani": 6, "rajab": 7, "shaban": 8, "sha'ban": 8,
    "ramadan": 9, "ramzan": 9, "shawwal": 10, "dhu al-qadah": 11, "dhul qadah": 11, "dhu al-qidah": 11,
    "dhu al-hijjah": 12, "dhul hijjah": 12, "dhul-hijjah": 12,
}
_BY_LENGTH = sorted(HIJRI_MONTHS, key=len, reverse=True)
_HIJRI_LOWER = "|".join(re.escape(m) for m in _BY_LENGTH)
# Capitalised as a name is ("Ramadan 29", not "ramadan 29"); the rest of the spelling varies in case.
_HIJRI_CAPS = "(?:" + "|".join(f"(?-i:{m[0].upper()}){re.escape(m[1:])}" for m in _BY_LENGTH) + ")"
# "Ramadan 29 last year", "10 Shawwal, 2023": the Gregorian year the day fell in
_YEAR_AFTER = r"(?:,?\s+(?:(?:last|this|next)\s+year|(?:19|20)\d\d)(?!\d))?"

BODIES: dict[str, str] = {
    # "from Ramadan 29 until Shawwal 3", "on 29 Ramadan", "met on Ramadan 29 last year"
    "hijri_day": rf"(?:{_HIJRI_CAPS}\s+[1-3]?\d(?!\d|[:.,]\d)|[1-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_HIJRI_CAPS})"
                 rf"{_YEAR_AFTER}",
}


def _target(m: re.Match[str], dct: Day) -> tuple[Day, int | None]:
    """The day to come nearest and the Gregorian year the day must fall in (None: any year)."""
    if m["year"]:
        year = int(m["year"])
    elif m["rel"]:
        year = dct.year + {"last": -1, "this": 0, "next": 1}[m["rel"]]
    else:
        return dct, None
    return Day(year, dct.month, min(dct.day, 28)), year


def _hijri_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Ramadan 29": that day of the Hijri month nearest the DCT (or in the year named after it)."""
    dct = ctx.dct
    if dct is None:
        return None
    month, day = HIJRI_MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
    if not 1 <= day <= 30:
        return None
    near, year = _target(m, dct)
    options = [o for o in hijri_days_around(month, day, near.year) if year is None or o.year == year]
    if not options:
        return None
    nearest = min(options, key=lambda o: abs(o.number - near.number))
    return date(nearest.iso(), Anchor.DOCUMENT_DATE)


_YEAR_RULE = r"(?:,?\s+(?:(?P<rel>last|this|next)\s+year|(?P<year>\d{4})))?"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (
    (re.compile(rf"(?:(?P<month>{_HIJRI_LOWER})\s+(?P<day>[1-3]?\d)|(?P<day2>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
                rf"(?P<month2>{_HIJRI_LOWER})){_YEAR_RULE}"), _hijri_day),
)
