"""Counted and ordered forms the general rules miss: "three straight sessions" (trading days), "five days a
week" (a schedule), "every year on 15 March" (a yearly day), "the 13th day of the new year" and "the second
week of December" (a day or week counted into a period), "years in the making" (an unstated span).

``BODIES`` are candidate patterns for :mod:`patterns`; ``RULES`` normalise their lower-cased text.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month, iso_week_of
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date, duration, number_of
from timeline_app.extraction.temporal.lexicon import FULL_MONTHS, HOLIDAYS, MONTHS, NUMBER_WORD_RE, ORDINALS

_MONTH_CAPS = "(?-i:" + "|".join(sorted((m.capitalize() for m in FULL_MONTHS), key=len, reverse=True)) + ")"
_MONTH_LOWER = "|".join(sorted(FULL_MONTHS, key=len, reverse=True))
_COUNT = rf"(?:\d{{1,3}}|{NUMBER_WORD_RE})"
_WEEK_ORDINAL = r"(?:second|third|fourth|2nd|3rd|4th)"  # "the first week of April" is April's START
_DAY_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
# Holidays on a fixed day of the year: "every Christmas" is that day of every year
_FIXED_HOLIDAY = "|".join(re.escape(name).replace("'", "['\u2019]") for name in sorted(HOLIDAYS, key=len, reverse=True))

BODIES: dict[str, str] = {
    # "fell for three straight sessions": a market's sessions are its trading days
    "sessions": rf"{_COUNT}\s+(?:straight|consecutive|successive)\s+(?:trading\s+)?sessions",
    # "work five days a week": how often, within which period
    "days_a_period": rf"{_COUNT}\s+(?:days|nights|evenings|mornings)\s+(?:a|per|each|every)\s+(?:week|month|year)",
    # "Every year on 15 March", "each year on April 25": that day of every year
    "yearly_day": rf"(?:every|each)\s+year,?\s+on\s+(?:the\s+)?(?:[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_CAPS}"
                  rf"|{_MONTH_CAPS}\s+[0-3]?\d(?:st|nd|rd|th)?)(?!\d)",
    # "Every Christmas we relive it": the holiday's day of every year
    "yearly_holiday": rf"(?:every|each)\s+(?:{_FIXED_HOLIDAY})\b",
    # "the 13th day of the new year", "the 100th day of 2024"
    "nth_day_of_year": rf"the\s+{_DAY_ORDINAL}\s+day\s+of\s+(?:the\s+(?-i:new)\s+year|this\s+year|(?:19|20)\d\d)",
    # "the second week of December": the ISO week around the month's 11th
    "nth_week_of_month": rf"the\s+{_WEEK_ORDINAL}\s+week\s+of\s+{_MONTH_CAPS}(?:,?\s+(?:19|20)\d\d)?",
    # "has been years in the making"
    "units_in_making": r"(?:hours|days|weeks|months|years|decades)(?=\s+in\s+the\s+making\b)",
}


def _count(text: str) -> int | None:
    return int(text) if text.isdigit() else number_of(text)


def _sessions(m: re.Match[str], ctx: Context) -> Normalised | None:
    count = _count(m["num"])
    return duration(f"P{count}D") if count else None


def _days_a_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """TimeML writes "five days a week" as value P1W with freq 5D; the model holds no freq, so the period."""
    count = _count(m["num"])
    return Normalised(TimexType.SET, f"P1{m['period'][0].upper()}") if count else None


def _yearly_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    month, day = MONTHS[m["month"] or m["month2"]], int(m["day"] or m["day2"])
    return Normalised(TimexType.SET, f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= days_in_month(2000, month) else None


def _year_of(text: str, ctx: Context) -> int | None:
    if text.isdigit():
        return int(text)
    if ctx.dct is None:
        return None
    return ctx.dct.year + (1 if text == "the new year" and ctx.dct.month >= 7 else 0)


def _nth_day_of_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    year, nth = _year_of(m["year"], ctx), int(m["nth"])
    if year is None or not 1 <= nth <= 337 + days_in_month(year, 2):
        return None
    anchor = Anchor.EXPLICIT if m["year"].isdigit() else Anchor.DOCUMENT_DATE
    return date(Day(year, 1, 1).plus_days(nth - 1).iso(), anchor)


def _month_year(month: int, stated: str | None, ctx: Context) -> int | None:
    """A stated year, else the one that puts the month nearest the DCT."""
    if stated:
        return int(stated)
    if ctx.dct is None:
        return None
    gap = month - ctx.dct.month
    return ctx.dct.year + (1 if gap < -6 else -1 if gap > 6 else 0)


def _nth_week_of_month(m: re.Match[str], ctx: Context) -> Normalised | None:
    month = MONTHS[m["month"]]
    year = _month_year(month, m["year"], ctx)
    if year is None:
        return None
    middle = Day(year, month, 7 * ORDINALS[m["nth"]] - 3)  # most of the week's days fall in this ISO week
    iso_year, week = iso_week_of(middle)
    return date(f"{iso_year:04d}-W{week:02d}", Anchor.EXPLICIT if m["year"] else Anchor.DOCUMENT_DATE)


def _yearly_holiday(m: re.Match[str], ctx: Context) -> Normalised | None:
    month, day = HOLIDAYS[m["name"]]
    return Normalised(TimexType.SET, f"XXXX-{month:02d}-{day:02d}")


_NUM = rf"(?P<num>\d{{1,3}}|{NUMBER_WORD_RE})"
_MONTH = rf"(?P<month>{_MONTH_LOWER})"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (rf"{_NUM}\s+(?:straight|consecutive|successive)\s+(?:trading\s+)?sessions", _sessions),
        (rf"{_NUM}\s+(?:days|nights|evenings|mornings)\s+(?:a|per|each|every)\s+(?P<period>week|month|year)",
         _days_a_period),
        (rf"(?:every|each)\s+year,?\s+on\s+(?:the\s+)?(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}"
         rf"|(?P<month2>{_MONTH_LOWER})\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?)", _yearly_day),
        (rf"(?:every|each)\s+(?P<name>{_FIXED_HOLIDAY})", _yearly_holiday),
        (r"the\s+(?P<nth>\d{1,3})(?:st|nd|rd|th)\s+day\s+of\s+"
         r"(?P<year>the\s+new\s+year|this\s+year|(?:19|20)\d\d)",
         _nth_day_of_year),
        (rf"the\s+(?P<nth>{_WEEK_ORDINAL})\s+week\s+of\s+{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?",
         _nth_week_of_month),
    )
)

# Fragments the general candidate patterns of :mod:`patterns` take from here.
# "three trading days", "31 Earth days": words between a count and its unit
UNIT_QUALIFIERS = r"(?:trading|business|working|calendar|fiscal|school|full|straight|consecutive|single|earth|martian" \
    r"|lunar|solar|sidereal)"
HEDGES = r"perhaps|possibly|maybe|probably|or\s+even"  # "for months, perhaps years"
# "caused by months of rains", "amid years of war", "follows days of pressure": an unstated span after a
# preposition or a verb of sequence
SPAN_OF_CUES = r"after|by|amid|despite|following|during|follows|followed|ends|ended|ending|end"
NOT_PRECEDED_BY: dict[str, re.Pattern[str]] = {
    # "4.6bn years ago": a (glued) amount, which the vague span would drop
    "vague_units": re.compile(r"\d(?:bn|m|mn|k)?\s+$|\b(?:million|billion|thousand)\s+$", re.I),
}
