"""Forms of farm, sport, listings and Gulf news the general rules miss: "last season" (a crop or sport season),
"years late" (an unstated delay), "its hottest summer" (a season after a superlative), "Saturday 20th" (a
weekday with its day of the month, the month left out) and "Ramadan 29" (a day of a Hijri month).

``BODIES`` are candidate patterns for :mod:`patterns`; ``RULES`` normalise their lower-cased text.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lexicon import WEEKDAYS
from timeline_app.extraction.temporal.resolve import FUTURE, PAST

_WEEKDAY_CAPS = r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Hijri months as the Gulf press spells them, numbered as in the calendar.
HIJRI_MONTHS: dict[str, int] = {
    "muharram": 1, "safar": 2, "rabi al-awwal": 3, "rabi al-thani": 4, "rabi al-akhir": 4, "jumada al-ula": 5,
    "jumada al-awwal": 5, "jumada al-akhirah": 6, "jumada al-thani": 6, "rajab": 7, "shaban": 8, "sha'ban": 8,
    "ramadan": 9, "ramzan": 9, "shawwal": 10, "dhu al-qadah": 11, "dhul qadah": 11, "dhu al-qidah": 11,
    "dhu al-hijjah": 12, "dhul hijjah": 12, "dhul-hijjah": 12,
}
_HIJRI_LOWER = "|".join(re.escape(m) for m in sorted(HIJRI_MONTHS, key=len, reverse=True))
# Capitalised as a name is ("Ramadan 29", not "ramadan 29"); the rest of the spelling varies in case.
_HIJRI_CAPS = "(?:" + "|".join(f"(?-i:{m[0].upper()}){re.escape(m[1:])}"
                               for m in sorted(HIJRI_MONTHS, key=len, reverse=True)) + ")"

BODIES: dict[str, str] = {
    # "down from 36 million tonnes last season", "so far this season" (but not "this season of the show")
    "season_rel": r"(?:(?:last|this|next)|the\s+(?:previous|coming|current))\s+season(?!\s+of\b)(?![\w-])",
    # "The renovation ran years late"
    "units_late": r"(?:hours|days|weeks|months|years|decades)(?=\s+(?:late|overdue|behind\s+schedule)\b)",
    # "its hottest summer on record", "the wettest winter": the season of the story after a superlative
    "superlative_season": r"(?:(?<=\bits\s)|(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bthis\s))(?:\w{3,}est|worst|best)"
                          r"\s+(?-i:summer|winter|autumn|spring)(?!\s+(?:of|in)\s+(?:the\s+)?\d)",
    # "Steve Earle performs on Saturday 20th": the weekday and its day, the month left to the reader
    "weekday_ordinal": rf"{_WEEKDAY_CAPS}\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)(?![\w-])"
                       r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",
    # "from Ramadan 29 until Shawwal 3", "on 29 Ramadan"
    "hijri_day": rf"{_HIJRI_CAPS}\s+[1-3]?\d(?!\d|[:.,]\d)|[1-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_HIJRI_CAPS}",
}


def _season_rel(m: re.Match[str], ctx: Context) -> Normalised | None:
    """A season that spans two years is no calendar unit: the past, the present or the future of the story."""
    which = m["rel"]
    value = "PAST_REF" if which in ("last", "previous") else "FUTURE_REF" if which in ("next", "coming") else (
        "PRESENT_REF")
    return date(value, Anchor.DOCUMENT_DATE)


def _superlative_season(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"its hottest summer on record": this year's season, or last year's when it has not yet begun (a winter
    goes by the year it ends in, as "this winter" does in March)."""
    if ctx.dct is None:
        return None
    codes = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "winter": ("WI", 1)}
    code, first_month = codes[m["season"]]
    year = ctx.dct.year if ctx.dct.month >= first_month or ctx.direction == FUTURE else ctx.dct.year - 1
    return date(f"{year:04d}-{code}", Anchor.DOCUMENT_DATE)


def _weekday_ordinal(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Saturday 20th": the day of a nearby month that falls on that weekday, nearest the DCT (listings look
    ahead, reviews back: a tie goes the way the clause looks)."""
    if ctx.dct is None:
        return None
    weekday, day = WEEKDAYS[m["weekday"]], int(m["day"])
    options = []
    for shift in range(-3, 4):
        month_index = ctx.dct.year * 12 + ctx.dct.month - 1 + shift
        year, month = divmod(month_index, 12)
        if day <= days_in_month(year, month + 1) and (found := Day(year, month + 1, day)).weekday == weekday:
            options.append(found)
    if not options:
        return None
    dct = ctx.dct.number
    looks_back = ctx.direction == PAST  # a tie goes the way the clause looks

    def rank(day: Day) -> tuple[int, bool]:
        return abs(day.number - dct), (day.number > dct) if looks_back else (day.number < dct)

    nearest = min(options, key=rank)
    return date(nearest.iso(), Anchor.DOCUMENT_DATE)


@lru_cache(maxsize=256)
def _hijri_to_days(month: int, day: int, year: int) -> tuple[Day, ...]:
    """Gregorian days of Hijri ``month``/``day`` in and around Gregorian ``year`` (Umm al-Qura)."""
    from hijridate import Hijri

    estimate = round((year - 622) * 33 / 32)
    found = []
    for hijri_year in range(estimate - 1, estimate + 3):
        try:
            gregorian = Hijri(hijri_year, month, day).to_gregorian()
        except (OverflowError, ValueError):
            continue
        found.append(Day(gregorian.year, gregorian.month, gregorian.day))
    return tuple(found)


def _hijri_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Ramadan 29": that day of the Hijri month nearest the DCT."""
    if ctx.dct is None:
        return None
    month, day = HIJRI_MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
    if not 1 <= day <= 30:
        return None
    options = _hijri_to_days(month, day, ctx.dct.year)
    if not options:
        return None
    nearest = min(options, key=lambda o: abs(o.number - ctx.dct.number) if ctx.dct else 0)
    return date(nearest.iso(), Anchor.DOCUMENT_DATE)


_SEASONS = r"(?P<season>summer|winter|autumn|spring)"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?:the\s+)?(?P<rel>last|this|next|previous|coming|current)\s+season", _season_rel),
        (rf"(?:\w{{3,}}est|worst|best)\s+{_SEASONS}", _superlative_season),
        (rf"(?P<weekday>{'|'.join(WEEKDAYS)})\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)", _weekday_ordinal),
        (rf"(?P<month>{_HIJRI_LOWER})\s+(?P<day>[1-3]?\d)|(?P<day2>[1-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?"
         rf"(?P<month2>{_HIJRI_LOWER})", _hijri_day),
    )
)
