"""Normalisation rules for calendar dates: absolute ("14 March 2022", "1998", "the 1990s")
and named periods resolved against the DCT ("Monday", "in October", "last week").

Each rule is a regex over the lower-cased expression (modifiers already
removed) and a handler returning a :class:`Normalised` or None.
"""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.festivals import FESTIVAL_VARIANTS
from timeline_app.extraction.temporal.holidays import HOLIDAY_NAMES, holiday_days
from timeline_app.extraction.temporal.lexicon import (
    DECADE_WORDS,
    ELECTION_DAY,
    MONTHS,
    ORDINALS,
    SEASONS,
    WEEKDAYS,
    alternation,
)
from timeline_app.extraction.temporal.lunar import LUNAR_LOWER_RE, canonical, last_day
from timeline_app.extraction.temporal.resolve import (
    FUTURE,
    PAST,
    month_value,
    month_year_near,
    parse_year,
    week_value,
    weekday_near,
    year_text,
)
from timeline_app.extraction.temporal.season_dates import season, season_after_reference, season_of_year
from timeline_app.extraction.temporal.spoken_years import spoken_year

MONTH = rf"(?P<month>{alternation(MONTHS)})\.?"
WEEKDAY = rf"(?P<weekday>{alternation(WEEKDAYS)})\.?"
DAYNUM = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
YEAR = r"(?P<year>\d{4}|'\d\d)"
ERA = r"(?P<era>bc|b\.c\.|bce|b\.c\.e\.|ad|a\.d\.|ce|c\.e\.)(?![a-z])"  # not the "ce" of "300 ceos"


def month_number(text: str) -> int:
    return MONTHS[text.rstrip(".")]


def _day_value(year: int, month: int, day: int) -> str | None:
    if not 1 <= day <= days_in_month(year, month):
        return None
    return Day(year, month, day).iso()


_PAST_PLAN_DAYS = 14  # a plan for a day this far back in last month is told of next year's day


def _year_for(month: int, day: int | None, ctx: Context) -> tuple[int, Anchor] | None:
    """Year of a month (and day) written without one: nearest in the tense's direction."""
    anchor = ctx.dct
    if anchor is None:
        return None
    year = month_year_near(anchor, month, ctx.direction)
    if ctx.direction == FUTURE and day is not None and 1 <= day <= days_in_month(year, month) and (
            anchor.number - Day(year, month, day).number > _PAST_PLAN_DAYS):
        year += 1  # "will open on Dec. 21" said in mid-January: this December, not the one weeks ago
    return year, Anchor.DOCUMENT_DATE


def _year_matching_weekday(month: int, day: int, weekday: int, dct: Day) -> int | None:
    """"Saturday, April 25": the year near the DCT in which that date is a Saturday."""
    for year in (dct.year, dct.year + 1, dct.year - 1):
        if day <= days_in_month(year, month) and Day(year, month, day).weekday == weekday:
            return year
    return None


def _month_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    month, day = month_number(m["month"]), int(m["day"])
    if m["year"]:
        value = _day_value(parse_year(m["year"], ctx.dct), month, day)
        return date(value) if value else None
    if m["yrel"] in ("that", "the same") or (m["yrel"] or "").startswith("the"):
        # "sworn in on July 28 of that year": the year the story is in
        if ctx.reference is None:
            return None
        value = _day_value(ctx.reference.start.year, month, day)
        return date(value, Anchor.REFERENCE_TIME) if value else None
    if m["yrel"] and ctx.dct is not None:
        value = _day_value(ctx.dct.year + {"last": -1, "next": 1}.get(m["yrel"], 0), month, day)
        return date(value, Anchor.DOCUMENT_DATE) if value else None
    if m["weekday"] and ctx.dct is not None:
        year = _year_matching_weekday(month, day, WEEKDAYS[m["weekday"]], ctx.dct)
        if year is not None:
            return date(Day(year, month, day).iso(), Anchor.DOCUMENT_DATE)
    found = _year_for(month, day, ctx)
    if found is None:
        return date(f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= 31 else None
    value = _day_value(found[0], month, day)
    return date(value, found[1]) if value else None


def _year_from_reference(month: int, rel: str, ctx: Context) -> int | None:
    """The year of ``month`` said relative to the reference time: "that" and "the same" are its year,
    "the following" the first such month after it, "the previous" the last one before it."""
    if ctx.reference is None:
        return None
    start, end = ctx.reference.start, ctx.reference.end
    if rel.endswith(("following", "next")):
        return end.year if month > end.month else end.year + 1
    if rel.endswith(("previous", "preceding")):
        return start.year if month < start.month else start.year - 1
    return start.year if start.year == end.year else None


def _month_after_reference(m: re.Match[str], ctx: Context) -> Normalised | None:
    month = month_number(m["month"])
    year = _year_from_reference(month, m["refrel"], ctx)
    return None if year is None else date(month_value(year, month), Anchor.REFERENCE_TIME)


def _month_only(m: re.Match[str], ctx: Context) -> Normalised | None:
    month = month_number(m["month"])
    if m["year"]:
        return date(month_value(parse_year(m["year"], ctx.dct), month))
    anchor = ctx.dct
    if m["yrel"] and not m["yrel"].startswith(("this", "last", "next")):
        # "in November of that year": the year the story is in
        return None if ctx.reference is None else date(month_value(ctx.reference.start.year, month),
                                                       Anchor.REFERENCE_TIME)
    if m["yrel"] and anchor is not None:
        year = anchor.year + {"last": -1, "next": 1}.get(m["yrel"], 0)
        return date(month_value(year, month), Anchor.DOCUMENT_DATE)
    rel = m["rel"] or ""
    if anchor is None:
        return date(f"XXXX-{month:02d}")
    if rel in ("last", "past", "this past"):
        year = anchor.year if month < anchor.month else anchor.year - 1
        if rel == "last" and anchor.month - month == 1:
            year -= 1  # "last February" said in March: the month just gone would be "last month"
    elif rel in ("next", "coming", "this coming"):
        year = anchor.year if month > anchor.month else anchor.year + 1
    elif rel == "this":
        year = anchor.year
    else:
        year = month_year_near(anchor, month, ctx.direction)
    return date(month_value(year, month), Anchor.DOCUMENT_DATE)


def _year(m: re.Match[str], ctx: Context) -> Normalised | None:
    number = int(m["num"])
    era = (m["era"] or "").replace(".", "")
    if era in ("bc", "bce"):
        if number == 0:
            return None
        return date(year_text(1 - number))
    if not era and len(m["num"]) != 4:
        return None
    return date(year_text(number))


def _short_year(m: re.Match[str], ctx: Context) -> Normalised:
    return date(year_text(parse_year(m["short"], ctx.dct)))


def _decade(m: re.Match[str], ctx: Context) -> Normalised | None:
    if m["digits"]:
        if m["digits"].endswith("00") and int(m["digits"][:4]) < 2000:
            return date(m["digits"][:2])  # "the 1800s": the nineteenth century (but "the 2000s" is a decade)
        return date(m["digits"][:3])
    if m["short"]:
        # "the '80s" said in 2022 is the 1980s: the latest such decade that has begun by the DCT.
        century = (ctx.dct.year // 100) if ctx.dct else 19
        if ctx.dct is not None and century * 100 + int(m["short"]) > ctx.dct.year:
            century -= 1
        return date(f"{century:02d}{m['short'][0]}")
    return date(f"19{DECADE_WORDS[m['word']]}")


def _century(m: re.Match[str], ctx: Context) -> Normalised | None:
    text = m["ord"]
    number = int(re.sub(r"\D", "", text)) if text[0].isdigit() else ORDINALS.get(text, 0)
    if not 1 <= number <= 99:
        return None
    if m["era"]:
        return date(f"-{number - 1:02d}")
    return date(f"{number - 1:02d}")


def _weekday(m: re.Match[str], ctx: Context) -> Normalised | None:
    weekday = WEEKDAYS[m["weekday"]]
    if ctx.dct is None:
        return date(f"XXXX-WXX-{weekday + 1}")
    rel = m["rel"] or ""
    if rel in ("last", "this past", "past"):
        day = weekday_near(ctx.dct.plus_days(-1), weekday, PAST)
    elif rel in ("next", "coming", "this coming"):
        day = weekday_near(ctx.dct.plus_days(1), weekday, FUTURE)
    elif rel == "this":  # "the match is this Sunday": the one to come, unless the verb says it is past
        day = weekday_near(ctx.dct, weekday, PAST if ctx.direction == PAST else FUTURE)
    else:
        day = weekday_near(ctx.dct, weekday, ctx.direction if ctx.direction else PAST)
    return date(day.iso(), Anchor.DOCUMENT_DATE)


def _holiday(m: re.Match[str], ctx: Context) -> Normalised | None:
    name = canonical(m["name"])
    year = parse_year(m["year"], ctx.dct) if m["year"] else None
    if year is None and m["rel"] == "that":  # "By that Christmas": the story's year
        if ctx.reference is None:
            return None
        days = holiday_days(name, ctx.reference.start.year)
        day, anchor = (days[0] if days else None), Anchor.REFERENCE_TIME
    elif year is not None:
        days = holiday_days(name, year)
        day, anchor = (days[0] if days else None), Anchor.EXPLICIT
    elif ctx.dct is not None:
        rel = m["rel"] or ""
        direction = PAST if rel == "last" else FUTURE if rel == "next" else ctx.direction
        day = _holiday_occurrence(name, ctx.dct, direction, bool(m["week"]), explicit=rel in ("last", "next"))
        anchor = Anchor.DOCUMENT_DATE
    else:
        return None
    if day is None:
        return None
    found = date(week_value(day) if m["week"] else day.iso(), anchor)
    last = None if m["week"] else last_day(name, day)
    return replace(found, last=last) if last is not None else found


_HOLIDAY_SOON = 14  # days
_COUNT_DAYS = 10  # days after an election day its count and its results are still the news


def _holiday_occurrence(name: str, dct: Day, direction: int, week: bool, explicit: bool = False) -> Day | None:
    """The day of the holiday (or, for "Easter week", the Monday of its week) last passed (PAST),
    next to come (FUTURE), else nearest the DCT."""
    days = [day for year in (dct.year - 1, dct.year, dct.year + 1) for day in holiday_days(name, year)]
    keyed = [(day.plus_days(-day.weekday) if week else day, day) for day in days]
    if not keyed:
        return None
    soon = [day for key, day in keyed if 0 < key.number - dct.number <= _HOLIDAY_SOON]
    if soon and not explicit:
        return soon[0]  # "a truce over Christmas" told on 20 December is this Christmas, whatever the tense
    counting = [day for key, day in keyed if 0 <= dct.number - key.number <= _COUNT_DAYS]
    if name == ELECTION_DAY and counting and not explicit:
        return counting[0]  # "ballots that arrive within three days after Election Day" told the day after
    if direction == PAST:
        return max((key, day) for key, day in keyed if key <= dct)[1]
    running = [day for day in days if day <= dct <= (last_day(name, day) or day)]
    if running and not week and not explicit:
        return running[0]  # "Ramadan will complete 30 days" told in its third week: the Ramadan going on
    if direction == FUTURE:
        return min((key, day) for key, day in keyed if key >= dct)[1]
    return min(keyed, key=lambda pair: abs(pair[0].number - dct.number))[1]


def _day_of_month(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the 14th": that day of the reference month, else of the DCT's month."""
    base = ctx.reference.start if ctx.reference and ctx.reference.granularity.value in ("day", "month") else ctx.dct
    if base is None:
        return None
    value = _day_value(base.year, base.month, int(m["day"]))
    return date(value, Anchor.REFERENCE_TIME if base is not ctx.dct else Anchor.DOCUMENT_DATE) if value else None


def _week_of(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the week of March 6": the ISO week containing that day."""
    for pattern, handler in RULES[:2]:
        inner = pattern.fullmatch(m["inner"])
        if inner:
            found = handler(inner, ctx)
            if found is None:
                return None
            return date(week_value(Day.parse(found.value)), found.anchor)
    return None


def _numeric(m: re.Match[str], ctx: Context) -> Normalised | None:
    """ISO 2022-03-14, US 3/14/2022 (or 14/3/2022 when the first number cannot be a month), European 14.03.2022."""
    if m["iso_year"]:
        value = _day_value(int(m["iso_year"]), int(m["iso_month"]), int(m["iso_day"]))
        return date(value) if value and 1 <= int(m["iso_month"]) <= 12 else None
    if m["eu_day"]:
        month, day, year_digits = int(m["eu_month"]), int(m["eu_day"]), m["eu_year"]
    else:
        month, day, year_digits = int(m["us_month"]), int(m["us_day"]), m["us_year"]
        if month > 12 >= day:  # 14/03/2022 can only be day/month/year
            month, day = day, month
    if not 1 <= month <= 12:
        return None
    year = parse_year(year_digits if len(year_digits) == 4 else "'" + year_digits, ctx.dct)
    value = _day_value(year, month, day)
    return date(value) if value else None


_HOLIDAY_WORDS = alternation((*HOLIDAY_NAMES, *FESTIVAL_VARIANTS))
REL = r"(?:(?P<rel>last|next|this|coming|past|this past|this coming)\s+)?"
_HOLIDAY_REL = r"(?:(?P<rel>last|next|this|coming|past|this past|this coming|that)\s+)?"
# "That spring", "the following August": from the time the story has reached, not from the DCT.
REF_REL = r"(?P<refrel>that|(?:the\s+)?(?:following|same|previous|preceding)|the\s+next)\s+"
_YEAR_REL = r",?\s+(?:of\s+)?(?P<yrel>this|last|next|that|the\s+same)\s+year"  # "Jan. 6 last year", "of that year"
# "next Wednesday, 22 February": the stated day decides, the weekday and its word only confirm it
_WEEKDAY_LEAD = rf"(?:(?:(?:this\s+coming|this|next|last|coming)\s+)?{WEEKDAY},?\s+)?"
# "Sunday, March 8", "March 8, 2020": a month and a day (with its weekday), the rule others reuse.
WEEKDAY_MONTH_DAY: tuple[re.Pattern[str], Handler] = (
    re.compile(rf"{_WEEKDAY_LEAD}{MONTH}\s+{DAYNUM}(?:,?\s+{YEAR}|{_YEAR_REL})?"), _month_day)
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = (WEEKDAY_MONTH_DAY, *(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (rf"{_WEEKDAY_LEAD}(?:the\s+)?{DAYNUM}\s+(?:of\s+)?{MONTH},?(?:\s+{YEAR}|{_YEAR_REL})?", _month_day),
        (rf"{REL}{MONTH}(?:,?\s+(?:of\s+)?{YEAR}|\s+(?:of\s+)?(?P<yrel>this|last|next|that|the\s+same)\s+year)?",
         _month_only),
        (rf"{REF_REL}{MONTH}", _month_after_reference),
        (rf"{REF_REL}(?P<season>{alternation(SEASONS)})", season_after_reference),
        (r"(?:the\s+)?week\s+of\s+(?P<inner>.+)", _week_of),
        (r"(?:the\s+year\s+)?(?P<spoken>(?:nineteen|eighteen|twenty)[\s-]+\S+(?:[\s-]\S+)?|two thousand(?:"
         r"\s+and)?(?:[\s-]+\S+)?)", spoken_year),
        (rf"(?:fiscal\s+|the\s+year\s+|(?:fiscal\s+|financial\s+)?year\s+)?(?P<num>\d{{1,4}})(?:\s*{ERA})?", _year),
        (rf"{ERA}\s*(?P<num>\d{{1,4}})", _year),
        (r"(?:fiscal\s+)?'(?P<short>\d\d)", _short_year),
        (r"(?:the\s+)?(?:(?P<digits>\d{3}0)'?s|'?(?P<short>\d0)'?s|(?P<word>"
         + alternation(DECADE_WORDS) + "))", _decade),
        (rf"(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINALS)})[\s-]+century(?:\s+{ERA})?", _century),
        (rf"{REL}{WEEKDAY}", _weekday),
        (rf"(?:the\s+)?{REL}(?P<season>{alternation(SEASONS)})(?:\s+(?:of\s+)?{YEAR})?", season),
        (rf"(?:the\s+)?{YEAR}\s+(?P<season>{alternation(SEASONS)})", season),
        (rf"(?:the\s+)?(?P<season>{alternation(SEASONS)})\s+of\s+(?P<yrel>this|last|next|that|the\s+same)\s+year",
         season_of_year),
        (rf"{_HOLIDAY_REL}(?P<name>{_HOLIDAY_WORDS}|{LUNAR_LOWER_RE})(?:,?\s+{YEAR})?(?P<week>\s+week)?", _holiday),
        (r"the\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)", _day_of_month),
        (r"(?P<iso_year>\d{4})-(?P<iso_month>\d\d)-(?P<iso_day>\d\d)|"
         r"(?P<us_month>\d{1,2})/(?P<us_day>\d{1,2})/(?P<us_year>\d{4}|\d\d)|"
         r"(?P<eu_day>\d{1,2})\.(?P<eu_month>\d{1,2})\.(?P<eu_year>\d{4})", _numeric),
    )
))
