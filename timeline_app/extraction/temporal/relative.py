"""Normalisation rules for periods named relative to the DCT or to the text's reference time:
"yesterday", "last week", "this year", "the third quarter", "a year ago", "the next day",
"two days later", "that week".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.core.calendar import Day, iso_week_of, iso_weeks_in_year
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.base import Context, Normalised, date, number_of
from timeline_app.extraction.temporal.dates import YEAR, parse_year
from timeline_app.extraction.temporal.lexicon import MONTHS, NUMBER_WORD_RE, ORDINALS, VAGUE_RE, WEEKDAYS
from timeline_app.extraction.temporal.resolve import (
    FUTURE,
    PAST,
    plus_months_day,
    plus_quarters,
    quarter_of,
    shift_span,
    value_at,
    weekday_near,
    year_text,
)

_WEEKDAYS = "|".join(w for w in WEEKDAYS if w.endswith("day"))
Handler = Callable[[re.Match[str], Context], Normalised | None]

_UNIT_GRANULARITY = {
    "day": Granularity.DAY, "week": Granularity.WEEK, "weekend": Granularity.WEEK, "month": Granularity.MONTH,
    "quarter": Granularity.QUARTER, "year": Granularity.YEAR, "decade": Granularity.DECADE,
    "century": Granularity.CENTURY,
}
_UNIT_LETTER = {"day": "D", "week": "W", "weekend": "W", "month": "M", "quarter": "Q", "year": "Y"}
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
    if unit == "weekend" and amount == 0:
        return date(_weekend_near(base.start, ctx.direction), anchor)
    if unit == "week" and rel == "this" and ctx.direction == FUTURE and base.start.weekday == 6:
        amount = 1  # "will meet this week" written on a Sunday: the week that starts tomorrow
    return date(_period(_moved(base.start, unit, amount), unit), anchor)


def _weekend_near(day: Day, direction: int) -> str:
    """The weekend just past (PAST, or early in the week) or the coming one."""
    if direction == PAST or (direction != FUTURE and day.weekday <= 1):
        day = day.plus_days(-((day.weekday - 5) % 7))
    return _period(day, "weekend")


_POINT_MODS = {"end": "END", "close": "END", "start": "START", "beginning": "START", "middle": "MID", "turn": "START"}


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
    unit = m["unit"]
    amount = number_of(m["num"])
    word = m["dir"]
    from_dct = word in ("ago", "from now", "hence", "from today")
    base = _dct_span(ctx) if from_dct or ctx.reference is None else ctx.reference
    if base is None:
        return None
    anchor = Anchor.DOCUMENT_DATE if from_dct or base.value == (ctx.dct.iso() if ctx.dct else "") else (
        Anchor.REFERENCE_TIME)
    sign = -1 if word in ("ago", "earlier", "before", "previously") else 1
    if amount is None:
        return date("PAST_REF" if sign < 0 else "FUTURE_REF", anchor)
    if unit in ("hour", "minute", "second"):
        clock = _clock_moved(base.value, unit, sign * amount)
        if clock:
            return Normalised(TimexType.TIME, clock, None, anchor)
        whole_days = int(amount // 24) if unit == "hour" else 0  # "24 hours earlier": the day before
        return date(base.start.plus_days(sign * whole_days).iso(), anchor)
    if unit in ("decade", "century"):
        moved = _moved(base.start, unit, sign * amount)
        return date(value_at(moved, Granularity.YEAR), anchor)
    letter = _UNIT_LETTER[unit]
    if unit == "year" and ctx.period is not None and sign < 0 and amount == 1:
        value = shift_span(ctx.period, -amount * 4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    if from_dct:
        moved = _moved(base.start, unit, sign * amount)
        return date(value_at(moved, _ago_granularity(unit)), anchor)
    value = shift_span(base, sign * amount, letter)
    return date(value, anchor) if value else None


def _unit_beside(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Mariupol was bombed on March 9. The day before, ...": one unit off the time last named."""
    base = ctx.reference or _dct_span(ctx)
    if base is None:
        return None
    sign = -1 if m["dir"] == "before" else 1
    value = shift_span(base, sign, _UNIT_LETTER[m["unit"]])
    anchor = Anchor.REFERENCE_TIME if ctx.reference is not None else Anchor.DOCUMENT_DATE
    return date(value, anchor) if value else None


_CLOCK_VALUE = re.compile(r"(?P<day>-?\d{4}-\d\d-\d\d)T(?P<hour>\d\d):(?P<minute>\d\d)")


def _clock_moved(value: str, unit: str, amount: int) -> str | None:
    """"About an hour later" after "6:20 p.m.": 19:20 that day (None without a clock reading)."""
    match = _CLOCK_VALUE.fullmatch(value)
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
    return date(base.start.plus_days(offset).iso(), anchor)


def _quarter(m: re.Match[str], ctx: Context) -> Normalised | None:
    ordinal = ORDINALS.get(m["ord"], 0)
    kind = m["kind"]
    if kind.startswith("two"):  # "the first two quarters of 1990" is its first half
        if ordinal not in (1, 3) and m["ord"] not in ("last", "final"):
            return None
        kind, ordinal = "half", 1 if ordinal == 1 else 2
    if kind == "half" and ordinal > 2 and m["ord"] not in ("last", "final"):
        return None
    if kind == "half":
        ordinal = min(ordinal, 2)
    letter = "Q" if kind == "quarter" else "H"
    year = _quarter_year(m, ctx, ordinal if kind == "quarter" else ordinal * 2)
    if year is None:
        return date(f"XXXX-{letter}{ordinal}")
    anchor = Anchor.EXPLICIT if m["year"] or m["year0"] else Anchor.DOCUMENT_DATE
    if m["ago"]:
        year, anchor = year - 1, Anchor.REFERENCE_TIME
    return date(f"{year_text(year)}-{letter}{ordinal}", anchor)


def _quarter_year(m: re.Match[str], ctx: Context, quarter: int) -> int | None:
    if m["year"] or m["year0"]:
        return parse_year(m["year"] or m["year0"], ctx.dct)
    if ctx.dct is None:
        return None
    rel = m["yrel"] or m["yrel0"] or ""
    if rel:
        return ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    if m["the"]:
        return ctx.dct.year  # "risks in the second half of the year": this year's, whatever the tense
    if m["kind"] == "half":
        return _year_of_part(quarter // 2, 1 if ctx.dct.month <= 6 else 2, ctx.dct, ctx.direction, 0)
    return _year_of_part(quarter, quarter_of(ctx.dct.month), ctx.dct, ctx.direction)


def _year_to_date(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"up 12% year to date": the DCT's year, so far."""
    if ctx.dct is None:
        return None
    return Normalised(TimexType.DATE, year_text(ctx.dct.year), None, Anchor.DOCUMENT_DATE)


def _week_number(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"epidemiological week 31": ISO week 31 of the year written, or of the DCT's."""
    week = int(m["week"])
    if m["year"]:
        year = int(m["year"])
    elif ctx.dct is not None:
        # "In epidemiological week 52, cases rose" said in January: last year's week 52, unless ahead
        year = ctx.dct.year
        if ctx.direction != FUTURE and week > iso_week_of(ctx.dct)[1] and iso_week_of(ctx.dct)[0] == year:
            year -= 1
    else:
        return None
    if not 1 <= week <= iso_weeks_in_year(year):
        return None
    return date(f"{year_text(year)}-W{week:02d}", Anchor.EXPLICIT if m["year"] else Anchor.DOCUMENT_DATE)


def _year_end(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"year-end", "around year end": the end of the DCT's year."""
    if ctx.dct is None:
        return None
    return Normalised(TimexType.DATE, year_text(ctx.dct.year), "END", Anchor.DOCUMENT_DATE)


def _quarter_abbreviation(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Q3 2021", "2021-Q3", "H1", "FY2021": business shorthand for quarters, halves and fiscal years."""
    if m["fy"]:
        digits = m["fy"]
        year = int(digits) if len(digits) == 4 else parse_year("'" + digits, ctx.dct)
        return date(year_text(year))
    letter, number = (m["kind"] or m["kind2"]).upper(), int(m["n"] or m["n2"])
    if letter == "H" and number > 2:
        return None
    year_digits = m["y1"] or m["y2"]
    if year_digits:
        return date(f"{year_digits}-{letter}{number}")
    if ctx.dct is None:
        return date(f"XXXX-{letter}{number}")
    current = quarter_of(ctx.dct.month) if letter == "Q" else (1 if ctx.dct.month <= 6 else 2)
    year = _year_of_part(number, current, ctx.dct, ctx.direction, 1 if letter == "Q" else 0)
    return date(f"{year_text(year)}-{letter}{number}", Anchor.DOCUMENT_DATE)


def _year_of_part(number: int, current: int, dct: Day, direction: int, just_ended: int = 1) -> int:
    """The year of quarter or half ``number`` named without one: this year's unless the tense puts it on
    the other side ("will arrive in Q1" said in September is next year's; "rose in Q4" said in May last year's).
    The quarter just ended (``just_ended`` = 1) stays this year's even ahead, for its results are still to come:
    "expects to report a third-quarter loss" in October. A half-year has no such lag (0)."""
    if direction == FUTURE:
        return dct.year + 1 if number < current - just_ended else dct.year
    return dct.year if number <= current else dct.year - 1


def _latest_quarter(m: re.Match[str], ctx: Context) -> Normalised | None:
    """Financial news: "the quarter", "the latest quarter" = the last completed quarter."""
    if ctx.dct is None:
        return None
    if m["ago"] and ctx.period is not None:
        value = shift_span(ctx.period, -4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    current = quarter_of(ctx.dct.month)
    if m["which"] == "current":
        year, quarter = ctx.dct.year, current
    else:
        year, quarter = plus_quarters(ctx.dct.year, current, -1)
    if m["ago"]:
        year -= 1
    if m.groupdict().get("year"):
        year = parse_year(m["year"], ctx.dct)
    return date(f"{year_text(year)}-Q{quarter}", Anchor.DOCUMENT_DATE)


def _year_ago_adjective(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"year-earlier results", "last year's quarter": the compared period a year before."""
    if ctx.period is not None:
        value = shift_span(ctx.period, -4, "Q")
        return date(value, Anchor.REFERENCE_TIME) if value else None
    if ctx.dct is None:
        return None
    return date(year_text(ctx.dct.year - 1), Anchor.DOCUMENT_DATE)


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


def _months_quarter(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the April-June quarter", "the January-March period", "the March quarter" (Indian and Australian
    usage: the quarter ending in March): the calendar quarter those months make up."""
    last = MONTHS.get(m["m2"].rstrip("."))
    first = MONTHS.get(m["m1"].rstrip(".")) if m["m1"] else (last - 2 if last else None)
    if first is None or last is None or first % 3 != 1 or last != first + 2 or ctx.dct is None:
        return None
    quarter = quarter_of(first)
    year = ctx.dct.year
    if quarter > quarter_of(ctx.dct.month) and ctx.direction != FUTURE:
        year -= 1
    return date(f"{year_text(year)}-Q{quarter}", Anchor.DOCUMENT_DATE)


def _then(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"until then", "by then": the time the text last named."""
    if ctx.reference is None:
        return None
    return date(ctx.reference.value, Anchor.REFERENCE_TIME)


NUM = rf"(?P<num>\d+|{NUMBER_WORD_RE}|a|an|{VAGUE_RE})"
UNIT1 = r"(?P<unit>day|week|weekend|month|quarter|year|decade|century|hour|minute|second)"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?P<word>today|yesterday|tomorrow|tonight|the day before yesterday|the day after tomorrow)",
         _deictic_day),
        (r"(?P<the>the\s+)?(?P<rel>this|last|next|past|coming|previous|following|current|same|that|prior|"
         r"preceding|upcoming|present)\s+(?:fiscal\s+|calendar\s+)?(?P<unit>week|weekend|month|year|quarter|decade"
         r"|century)",
         _named_period),
        (r"(?:the\s+)?(?:fiscal\s+|financial\s+|calendar\s+|full\s+)?(?P<unit>year|week|weekend|month)", _bare_period),
        (r"(?P<point>(?:the\s+)?(?:very\s+)?(?:end|start|beginning|middle|close)\s+of\s+)the\s+"
         r"(?P<unit>decade|century)", _bare_period),
        (rf"{NUM}[\s-]+(?:(?:more|full|long|whole|entire)\s+)?{UNIT1}s?(?:\s+or\s+so)?\s+"
         r"(?P<dir>ago|earlier|later|before|after|previously|from now|hence|from today)", _ago),
        (r"(?:the\s+)?(?P<rel>next|following|previous|preceding|prior|same|that)\s+(?:day|morning|night)"
         r"|(?:later|earlier)\s+(?:in|during)\s+the\s+day",
         _relative_day),
        (rf"(?:the\s+)?(?:(?P<yrel0>this|last|next)\s+year's\s+)?"
         rf"(?:(?:fiscal|calendar|year's|current|latest|recent|(?P<ago>year-ago|year-earlier))\s+)*"
         rf"(?:{YEAR.replace('?P<year>', '?P<year0>')}\s+)?(?P<ord>{'|'.join(ORDINALS)})[\s-]+"
         r"(?:fiscal[\s-]+)?(?P<kind>quarter|half|two\s+quarters)"
         rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?:{YEAR}|(?P<yrel>this|last|next)\s+year)|\s+of\s+(?P<the>the)\s+year)?",
         _quarter),
        (r"(?:the\s+)?(?:fiscal\s+)?year(?:[\s-]|'s\s+)end", _year_end),
        (r"(?:the\s+)?year[\s-]+to[\s-]+date", _year_to_date),
        (r"(?:epidemiological|epi|calendar|iso|reporting)\s+week\s+(?P<week>[1-5]?\d)"
         r"(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?", _week_number),
        (r"week\s+(?P<week>[1-5]?\d),?\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)", _week_number),
        (r"(?P<kind>[qh])(?P<n>[1-4])(?:[\s-]?(?:fy)?(?P<y1>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d)[\s-]"
         r"(?P<kind2>[qh])(?P<n2>[1-4])|fy\s?(?P<fy>(?:19|20)?\d\d)", _quarter_abbreviation),
        (r"(?:the\s+)?(?P<ago>(?:comparable\s+|corresponding\s+|same\s+)?(?:year-ago|year-earlier)\s+)?"
         r"(?P<which>latest|current|recent|most recent|just-ended|just-completed)?\s*(?:fiscal\s+)?"
         rf"(?:{YEAR}\s+)?(?:quarter|period)", _latest_quarter),
        (r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier|year-before)"
         r"(?:\s+(?:quarter|period))?|(?:the\s+)?(?:comparable|corresponding|same)\s+(?:quarter|period)\s+"
         r"(?:a year (?:ago|earlier)|last year)|last year's (?:quarter|period)|(?:the\s+)?(?:quarter|period)\s+"
         r"a year (?:ago|earlier)", _year_ago_adjective),
        (rf"(?:the\s+)?(?P<rel>previous|preceding|prior|following|next)\s+(?P<weekday>{_WEEKDAYS})",
         _relative_weekday),
        (rf"(?P<weekday>{_WEEKDAYS})\s+week", _weekday_week),
        (rf"(?:on\s+)?(?P<weekday>{_WEEKDAYS})\s+(?:of\s+)?(?P<rel>last|this|next)\s+week"
         rf"|(?P<rel2>last|this|next)\s+week(?:\s+on)?\s+(?P<weekday2>{_WEEKDAYS})", _weekday_of_week),
        (r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)", _unit_beside),
        (r"the\s+turn\s+of\s+the\s+(?P<unit>century|millennium)", _turn_of_century),
        (r"(?:the\s+)?(?P<m1>[a-z]+\.?)\s*[-\u2013]\s*(?P<m2>[a-z]+\.?)\s+(?:quarter|period)", _months_quarter),
        (r"the\s+(?P<m1>)(?P<m2>march|june|september|december)\s+quarter", _months_quarter),
        (r"then", _then),
    )
)
