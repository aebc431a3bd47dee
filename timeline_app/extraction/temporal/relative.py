"""Normalisation rules for periods named relative to the DCT or to the text's reference time:
"yesterday", "last week", "this year", "the third quarter", "a year ago", "the next day",
"two days later", "that week".
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.ago_parts import ago_this, halved
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date, number_of
from timeline_app.extraction.temporal.dates import YEAR
from timeline_app.extraction.temporal.lexicon import (
    GENERATIONS_AGO,
    NUMBER_WORD_RE,
    ORDINALS,
    VAGUE_RE,
    WEEKDAYS,
)
from timeline_app.extraction.temporal.quarters import (
    holiday_quarter,
    latest_quarter_period,
    months_quarter_period,
    numbered_quarter,
    quarter_abbreviation_period,
    week_number_period,
    year_ago_adjective_period,
    year_end_period,
    year_to_date_period,
)
from timeline_app.extraction.temporal.resolve import (
    CLOCK_VALUE,
    FUTURE,
    PAST,
    plus_months_day,
    shift_span,
    value_at,
    weekday_near,
    year_text,
)

_WEEKDAYS = "|".join(w for w in WEEKDAYS if w.endswith("day"))

_UNIT_GRANULARITY = {
    "day": Granularity.DAY, "week": Granularity.WEEK, "weekend": Granularity.WEEK, "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER, "year": Granularity.YEAR, "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}
_UNIT_LETTER = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "year": "Y"}
_PART_CODES = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_BACK = ("last", "past", "previous", "prior", "preceding")
_FORWARD = ("next", "coming", "following", "upcoming")


def _dct_span(ctx: Context) -> TimeSpan | None:
    return TimeSpan.of_day(ctx.dct) if ctx.dct else None


def _period(day: Day, unit: str) -> str:
    value = value_at(day, _UNIT_GRANULARITY[unit])
    return value + "-WE" if unit == "weekend" else value


def _moved(day: Day, unit: str, amount: int) -> Day:
    if unit in ("day",):
        return day.plus_days(amount)
    if unit in ("week", "weekend"):
        return day.plus_days(7 * amount)
    if unit == "month":
        return plus_months_day(day, amount)
    if unit == "quarter":
        return plus_months_day(day, 3 * amount)
    if unit == "decade":
        return plus_months_day(day, 120 * amount)
    if unit == "century":
        return plus_months_day(day, 1200 * amount)
    return plus_months_day(day, 12 * amount)


def _named_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """this/last/next/the following/that + week, month, year ..."""
    rel, unit = (m["rel"] or "").replace("the ", ""), m["unit"]
    if m["the"] and rel in ("last", "past") and unit not in ("year", "month", "decade", "century"):
        return None  # "over the past week" is read as a duration, "in the past year" as the last year
    uses_reference = rel in ("following", "previous", "preceding", "prior", "same", "that") or (
        m["the"] is not None and rel == "next")
    base = ctx.reference if uses_reference and ctx.reference else _dct_span(ctx)
    if base is None:
        return None
    anchor = Anchor.REFERENCE_TIME if base is ctx.reference else Anchor.DOCUMENT_DATE
    amount = -1 if rel in _BACK else 1 if rel in _FORWARD else 0
    if unit == "weekend" and (amount == 0 or _coming_weekend(rel, m["the"], base.start, anchor)):
        return date(_weekend_near(base.start, FUTURE if amount else ctx.direction), anchor)
    if unit == "week" and rel == "this" and ctx.direction == FUTURE and base.start.weekday == 6:
        amount = 1  # "will meet this week" written on a Sunday: the week that starts tomorrow
    return date(_period(_moved(base.start, unit, amount), unit), anchor)


def _coming_weekend(rel: str, the: str | None, day: Day, anchor: Anchor) -> bool:
    """"Next weekend's releases" written on a Monday or Tuesday: the weekend ahead, while "the weekend" is still
    the one just gone (later in the week "next weekend" is the one after the coming one)."""
    return rel == "next" and the is None and anchor is Anchor.DOCUMENT_DATE and day.weekday <= 1


def _weekend_near(day: Day, direction: int) -> str:
    """The weekend just past (PAST, or early in the week) or the coming one."""
    if direction == PAST or (direction != FUTURE and day.weekday <= 1):
        day = day.plus_days(-((day.weekday - 5) % 7))
    return _period(day, "weekend")


_POINT_MODS = {"end": "END", "close": "END", "rest": "",  # "the rest of the decade": the decade, as TimeML has it
               "start": "START", "beginning": "START", "middle": "MID", "turn": "START"}


def _bare_period(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the year", "the week": the current one ("the weekend": the nearest in the tense's direction)."""
    if ctx.dct is None:
        return None
    if m["unit"] == "weekend":
        return date(_weekend_near(ctx.dct, ctx.direction), Anchor.DOCUMENT_DATE)
    found = date(_period(ctx.dct, m["unit"]), Anchor.DOCUMENT_DATE)
    point = m.groupdict().get("point")
    if point:  # "by the end of the decade": a point of the current decade, not ten years
        return found.with_mod(_POINT_MODS[point.split()[-2].lower()])
    return found


def _deictic_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    if ctx.dct is None:
        return None
    offset = {"today": 0, "yesterday": -1, "tomorrow": 1, "the day before yesterday": -2,
              "the day after tomorrow": 2, "tonight": 0}[m["word"]]
    return date(ctx.dct.plus_days(offset).iso(), Anchor.DOCUMENT_DATE)


def _ago(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"three years ago", "two days later", "a week earlier", "a month from now"."""
    unit, amount = halved(m["unit"] or "century", number_of(m["num"]), m["num"])  # "five centuries ago"
    word = m["dir"]
    from_dct = word in ("ago", "from now", "hence", "from today")
    base = _dct_span(ctx) if from_dct or ctx.reference is None else ctx.reference
    if base is None:
        return None
    anchor = Anchor.DOCUMENT_DATE if from_dct or base.value == (ctx.dct.iso() if ctx.dct else "") else (
        Anchor.REFERENCE_TIME)
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    if m["today"] and amount is not None and unit in ("year", "decade", "century"):
        # "Two hundred and fifty years ago today", "Sixty years ago this month": that part of the year, years back
        return ago_this(m["today"], _moved(base.start, unit, sign * amount), anchor)
    if amount is None:
        return date("PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if unit == "year" and sign < 0 and _before_dated_years(base.start.year - amount, amount):
        return date("PAST_REF", anchor)  # "about 44,000 years ago": no four-digit year can hold it
    if unit == "year" and (millennium := _round_millennium(base.start.year - amount, amount)):
        return Normalised(TimexType.DATE, millennium, "APPROX", anchor)
    if unit in ("hour", "minute", "second"):
        clock = _clock_moved(base.value, unit, sign * amount)
        if clock:
            return Normalised(TimexType.TIME, clock, None, anchor)
        whole_days = int(amount // 24) if unit == "hour" else 0  # "24 hours earlier": the day before
        return date(base.start.plus_days(sign * whole_days).iso(), anchor)
    if unit in ("decade", "century"):
        moved = _moved(base.start, unit, sign * amount)
        # "in the late 1960s, and South Korea two decades later": a decade after a decade
        wide = base.granularity if base.granularity in (Granularity.DECADE, Granularity.CENTURY) else Granularity.YEAR
        return date(value_at(moved, wide), anchor)
    letter = _UNIT_LETTER[unit]
    if unit == "year" and ctx.period is not None and sign < 0 and amount == 1:
        value = shift_span(ctx.period, -amount * 4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    if from_dct:
        moved = _moved(base.start, unit, sign * amount)
        return date(value_at(moved, _ago_granularity(unit)), anchor)
    value = shift_span(base, sign * amount, letter)
    return date(value, anchor) if value else None


def _part_before(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the night before (the killing)": that part of the day before the day the story is at."""
    base = ctx.reference if ctx.reference and ctx.reference.granularity is Granularity.DAY else _dct_span(ctx)
    if base is None:
        return None
    anchor = Anchor.REFERENCE_TIME if base is ctx.reference else Anchor.DOCUMENT_DATE
    return Normalised(TimexType.TIME, f"{base.start.plus_days(-1).iso()}T{_PART_CODES[m['part']]}", None, anchor)


def _unit_beside(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Mariupol was bombed on March 9. The day before, ...": one unit off the time last named."""
    base = ctx.reference or _dct_span(ctx)
    if base is None:
        return None
    sign = -1 if m["dir"] == "before" else 1
    value = shift_span(base, sign, _UNIT_LETTER[m["unit"]])
    anchor = Anchor.REFERENCE_TIME if ctx.reference is not None else Anchor.DOCUMENT_DATE
    return date(value, anchor) if value else None




def _clock_moved(value: str, unit: str, amount: int) -> str | None:
    """"About an hour later" after "6:20 p.m.": 19:20 that day (None without a clock reading)."""
    match = CLOCK_VALUE.fullmatch(value)
    if match is None or unit == "second":
        return None
    minutes = int(match["hour"]) * 60 + int(match["minute"]) + amount * (60 if unit == "hour" else 1)
    day = Day.parse(match["day"]).plus_days(minutes // (24 * 60))
    minutes %= 24 * 60
    return f"{day.iso()}T{minutes // 60:02d}:{minutes % 60:02d}"


def _ago_granularity(unit: str) -> Granularity:
    return {"day": Granularity.DAY, "week": Granularity.WEEK, "weekend": Granularity.WEEK,
            "month": Granularity.MONTH, "quarter": Granularity.QUARTER}.get(unit, Granularity.YEAR)


def _relative_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the next day", "the previous day", "that day", "the same day": from the latest day named
    (the DCT when the reference time is coarser than a day)."""
    day_reference = ctx.reference if ctx.reference and ctx.reference.granularity is Granularity.DAY else None
    base = day_reference or _dct_span(ctx)
    if base is None:
        return None
    rel = m["rel"]
    offset = 1 if rel in ("next", "following") else -1 if rel in ("previous", "preceding", "prior") else 0
    anchor = Anchor.REFERENCE_TIME if base is ctx.reference else Anchor.DOCUMENT_DATE
    day = base.start.plus_days(offset).iso()
    if m.groupdict().get("part"):  # "the following evening": a part of that day, a time
        return Normalised(TimexType.TIME, f"{day}T{_PART_CODES[m['part']]}", None, anchor)
    return date(day, anchor)


def _generations_ago(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"A generation ago": some decades back, no year a reader could be given."""
    return date("PAST_REF", Anchor.DOCUMENT_DATE)


def _this_day_in(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"On this day in 1966": the DCT's month and day in that year."""
    year = int(m["year"])
    if ctx.dct is None:
        return None
    if ctx.dct.day > days_in_month(year, ctx.dct.month):
        return date(year_text(year))  # "On this day in 2015" said on 29 February
    return date(Day(year, ctx.dct.month, ctx.dct.day).iso(), Anchor.DOCUMENT_DATE)


def _round_millennium(year: int, amount: float) -> str | None:
    """"Around 10,000 years ago": a round count of ten thousand years or more is told to its millennium ("-7",
    8000-7001 BC), not to a year. Smaller round thousands ("2,000 years ago") are written for a known year;
    TIMEX3 has no millennium before 9999 BC ("800,000 years ago" stays a span of years)."""
    if amount < 10000 or amount % 1000 or not -9999 <= year <= -1000:
        return None
    return f"-{-year // 1000}"


def _before_dated_years(year: int, amount: float) -> bool:
    """Earlier than 9999 BC but within the last 100,000 years: a past point (the spans of geology, "800,000 years
    ago", stay counts of years)."""
    return year < -9999 and amount < 100_000


def _deictic_day_of_dct(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"On this day, Caesar was stabbed": the history column's "today" (patterns.py takes it only after "on")."""
    return None if ctx.dct is None else date(ctx.dct.iso(), Anchor.DOCUMENT_DATE)


def _relative_weekday(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the previous Friday", "the following Monday": from the reference day, not the DCT."""
    base = ctx.reference if ctx.reference and ctx.reference.granularity is Granularity.DAY else _dct_span(ctx)
    if base is None:
        return None
    weekday = WEEKDAYS[m["weekday"]]
    if m["rel"] in ("previous", "preceding", "prior"):
        day = weekday_near(base.start.plus_days(-1), weekday, PAST)
    else:
        day = weekday_near(base.start.plus_days(1), weekday, FUTURE)
    anchor = Anchor.REFERENCE_TIME if base is ctx.reference else Anchor.DOCUMENT_DATE
    return date(day.iso(), anchor)


def _weekday_week(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"on Monday week": a week after the coming Monday."""
    if ctx.dct is None:
        return None
    coming = weekday_near(ctx.dct.plus_days(1), WEEKDAYS[m["weekday"]], FUTURE)
    return date(coming.plus_days(7).iso(), Anchor.DOCUMENT_DATE)


def _weekday_of_week(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Friday last week", "last week Friday", "Tuesday of next week": that day of the named week."""
    if ctx.dct is None:
        return None
    weeks = {"last": -1, "this": 0, "next": 1}[m["rel"] or m["rel2"]]
    monday = ctx.dct.plus_days(-ctx.dct.weekday + 7 * weeks)
    day = monday.plus_days(WEEKDAYS[m["weekday"] or m["weekday2"]])
    return date(day.iso(), Anchor.DOCUMENT_DATE)


def _turn_of_century(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the turn of the century": around the century year nearest the DCT (2000 for a 2022 story)."""
    if ctx.dct is None:
        return None
    size = 1000 if m["unit"] == "millennium" else 100
    year = (ctx.dct.year + size // 2) // size * size
    return Normalised(TimexType.DATE, year_text(year), "APPROX", Anchor.DOCUMENT_DATE)


def _then(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"until then", "by then": the time the text last named."""
    if ctx.reference is None:
        return None
    return date(ctx.reference.value, Anchor.REFERENCE_TIME)


NUM = rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+|{NUMBER_WORD_RE}|a|an|{VAGUE_RE})"
UNIT1 = r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|hour|minute|second)"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?P<word>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)",
         _deictic_day),
        (r"(?P<the>the\s+)?(?P<rel>this|last|next|past|coming|previous|following|current|same|that|prior|"
         r"preceding|upcoming|present)\s+(?:fiscal\s+|financial\s+|calendar\s+)?(?P<unit>week|weekend|month|year|quarter|decade"
         r"|century)",
         _named_period),
        (r"(?:the\s+|its\s+|their\s+)?(?:fiscal\s+|financial\s+|calendar\s+|full\s+)?(?P<unit>year|week|weekend|month)",
         _bare_period),
        (r"(?P<point>(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close|rest)\s+of\s+)the\s+"
         r"(?P<unit>decade|century)", _bare_period),
        (rf"{NUM}[\s-]+(?:(?:more|full|long|whole|entire)\s+)?(?:{UNIT1}s?|centuries)(?:\s+or\s+so)?\s+"
         r"(?P<dir>ago|earlier|later|before|after|previously|from now|hence|from today)"
         r"(?P<today>(?<=ago) (?:today|tonight|this (?:month|week|spring|summer|autumn|fall|winter)))?",
         _ago),
        (r"(?:the\s+)?(?P<rel>next|following|previous|preceding|prior|same|that)\s+(?:day|(?P<part>morning|afternoon"
         r"|evening|night))"
         r"|(?:later|earlier)\s+(?:in|during)\s+the\s+day",
         _relative_day),
        (rf"(?:the\s+)?(?:(?P<yrel0>this|last|next)\s+year's\s+)?"
         rf"(?:(?:fiscal|calendar|year's|current|latest|recent|(?P<ago>year-ago|year-earlier))\s+)*"
         rf"(?:{YEAR.replace('?P<year>', '?P<year0>')}\s+)?(?P<ord>{'|'.join(ORDINALS)})[\s-]+"
         r"(?:fiscal[\s-]+)?(?P<kind>quarter|half|two\s+quarters)"
         rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?:{YEAR}|(?P<yrel>this|last|next)\s+year)|\s+of\s+(?P<the>the)\s+year)?",
         numbered_quarter),
        (r"(?:the\s+)?(?:fiscal\s+)?year(?:[\s-]|'s\s+)end", year_end_period),
        (r"(?:the\s+)?year[\s-]+to[\s-]+date", year_to_date_period),
        (r"this\s+day\s+in\s+(?P<year>\d{4})", _this_day_in),
        (GENERATIONS_AGO, _generations_ago),
        (r"this\s+day", _deictic_day_of_dct),
        (r"(?:epidemiological|epi|calendar|iso|reporting)\s+week\s+(?P<week>[1-5]?\d)"
         r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", week_number_period),
        (r"week\s+(?P<week>[1-5]?\d),?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)", week_number_period),
        (r"(?P<kind>[qh])(?P<n>[1-4])(?:[\s-]?(?:fy)?(?P<y1>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d)[\s-]"
         r"(?P<kind2>[qh])(?P<n2>[1-4])|fy\s?(?P<fy>(?:19|20)?\d\d)", quarter_abbreviation_period),
        (r"(?:the\s+)?(?P<ago>(?:comparable\s+|corresponding\s+|same\s+)?(?:year-ago|year-earlier)\s+)?"
         r"(?P<which>latest|current|recent|most recent|just-ended|just-completed)?\s*(?:fiscal\s+)?"
         rf"(?:{YEAR}\s+)?(?:quarter|period)", latest_quarter_period),
        (r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier|year-before)"
         r"(?:\s+(?:quarter|period))?|(?:the\s+)?(?:comparable|corresponding|same)\s+(?:quarter|period)\s+"
         r"(?:a year (?:ago|earlier)|last year)|last year's (?:quarter|period)|(?:the\s+)?(?:quarter|period)\s+"
         r"a year (?:ago|earlier)", year_ago_adjective_period),
        (rf"(?:the\s+)?(?P<rel>previous|preceding|prior|following|next)\s+(?P<weekday>{_WEEKDAYS})",
         _relative_weekday),
        (rf"(?P<weekday>{_WEEKDAYS})\s+week", _weekday_week),
        (rf"(?:on\s+)?(?P<weekday>{_WEEKDAYS})\s+(?:of\s+)?(?P<rel>last|this|next)\s+week"
         rf"|(?P<rel2>last|this|next)\s+week(?:\s+on)?\s+(?P<weekday2>{_WEEKDAYS})", _weekday_of_week),
        (r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)", _unit_beside),
        (r"the\s+(?P<part>night|evening|morning)\s+before", _part_before),
        (r"the\s+turn\s+of\s+the\s+(?P<unit>century|millennium)", _turn_of_century),
        (r"(?:the\s+)?(?P<m1>[a-z]+\.?)\s*[-\u2013]\s*(?P<m2>[a-z]+\.?)\s+(?:quarter|period)", months_quarter_period),
        (r"the\s+(?P<m1>)(?P<m2>march|june|september|december)\s+quarter", months_quarter_period),
        (r"the\s+holiday(?:s|-season)?\s+quarter", holiday_quarter),
        (r"then", _then),
    )
)
