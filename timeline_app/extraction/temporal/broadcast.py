"""Spoken clocks and spans of broadcast transcripts: "seven this morning", "six-fifty last evening", "three in the
morning", "around one-thirty", "shortly before two", "two minutes past nine", "the next half hour", "the early
hours" (of the story's day), "the whole morning", "weeks away".

``BODIES`` are candidate patterns for :mod:`patterns` (``PRECEDED_BY`` the cues some need); ``RULES`` normalise
their lower-cased text. Clocks with no a.m./p.m. take the half of the day their part of the day says.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date, duration, number_of, time
from timeline_app.extraction.temporal.durations import duration_value
from timeline_app.extraction.temporal.lexicon import WEEKDAY_CAPITALISED
from timeline_app.extraction.temporal.spoken import HOUR12, MINUTE, NOT_COMPOUND, NOT_COUNTING, TWO_DIGITS, _number

_PART_AFTER = (r"(?:this|last|yesterday|tomorrow)[ \t]+(?:morning|afternoon|evening|night)|tonight"
               r"|in[ \t]+the[ \t]+(?:morning|afternoon|evening)|at[ \t]+night")
_SPOKEN_HM = rf"{HOUR12}(?:[\s-]{MINUTE})?"
_MINUTE_COUNT = r"(?:\d{1,2}|a\s+few|several|a\s+couple\s+of|(?:twenty|thirty|forty|fifty)[\s-]\w+|\w+)"
_UNTIL = r"(?:past|after|to|before)"
_APPROX_LEAD = r"(?:around|about|approximately|roughly)"
_NEAR_LEAD = r"(?:shortly|just|sometime|a\s+little|soon)\s+(?:before|after)"

BODIES: dict[str, str] = {
    # "at seven this morning", "around six-fifty last evening", "now three in the morning": after a clock cue
    "spoken_clock_part": rf"{_SPOKEN_HM}[ \t]+(?:{_PART_AFTER})",
    # "two minutes past nine", "ten minutes to midnight" (but "two minutes before nine people spoke")
    "minutes_past": rf"{_MINUTE_COUNT}\s+minutes?\s+{_UNTIL}\s+(?:{HOUR12}|midnight|noon)(?:\s+o['’]clock)?"
                    rf"(?:[ \t]+(?:{_PART_AFTER}))?{NOT_COUNTING}",
    # "a quarter to seven", "half past ten", "quarter past midnight"
    "quarter_clock": rf"(?:(?:a|one)\s+)?(?:quarter\s+(?:past|after|to|before)|half\s+past)\s+"
                     rf"(?:{HOUR12}|midnight|noon|1[0-2]|[1-9])(?![\w-])(?:\s+o['’]clock)?(?:[ \t]+(?:{_PART_AFTER})"
                     rf"|,?\s+on\s+(?:a\s+)?{WEEKDAY_CAPITALISED}(?:\s+(?:morning|afternoon|evening|night))?)?"
                     rf"{NOT_COUNTING}",
    # "around one-thirty", "shortly before two": a bare spoken clock after a word of nearness
    "near_clock": rf"{_APPROX_LEAD}\s+{HOUR12}[\s-]{MINUTE}{NOT_COMPOUND}{NOT_COUNTING}"
                  rf"|{_NEAR_LEAD}\s+{HOUR12}(?=\s*[.,;!?]|\s+(?:and|when|as|but|local|this|tonight|last|in\s+the)\b)",
    # "the next half hour", "the past half century"
    "half_unit": r"the\s+(?:next|past|last|coming|first|following|previous)\s+half[\s-](?:an?\s+)?"
                 r"(?:hour|day|year|decade|century)",
    # "the whole morning", "the entire week": the whole of one unit (TimeBank leaves "all day", "All week" untagged)
    "whole_unit": r"(?:the\s+whole|the\s+entire)\s+(?:day|night|week|month|year|morning|afternoon|evening)"
                  r"(?![\w-])(?!\s+(?:long|round)\b)",
    # "could be weeks away", "just hours before": an unstated number of units
    "units_away": r"(?:minutes|hours|days|weeks|months|years|decades)(?=\s+away\b)"
                  r"|(?<=\bjust\s)(?:minutes|hours|days|weeks|months)(?=\s+(?:before|after|earlier|later)\b)",
    # "in the next day or two": a short span, not the next day
    "unit_or_two": r"the\s+(?:next|coming|past|last)\s+(?:day|week|month|year)\s+or\s+two",
    # "Airlines spent the early hours trying...": the early morning of the story's day
    "early_hours_alone": r"the\s+(?:early|small|wee)\s+hours(?!\s+of\b)",
    # "Another year of delay": one more unit, told by "of" after it
    "another_unit_of": r"another\s+(?:hour|day|week|month|year|decade)(?=\s+of\s)",
    # "in seventeen seventy": a year of an earlier century said aloud, after a word that takes a year
    "early_spoken_year": rf"(?:thirteen|fourteen|fifteen|sixteen|seventeen)[\s-]+{TWO_DIGITS}{NOT_COMPOUND}"
                         rf"{NOT_COUNTING}",
    # "the twenty twenty-six midterms": a spoken year used as a modifier
    "spoken_year_modifier": rf"(?<=\bthe\s)twenty[\s-]+{TWO_DIGITS}(?![\w-])(?=\s+[a-z])",
    # "the nineteen-eighties", "the eighteen forties"
    "spoken_decade": r"(?:the\s+)?(?:nineteen|eighteen|seventeen|sixteen)[\s-](?:twen|thir|for|fif|six|seven|eigh"
                     r"|nine)ties(?![\w-])",
}
PRECEDED_BY: dict[str, re.Pattern[str]] = {
    "early_spoken_year": re.compile(r"\b(?:in|since|of|from|until|till|before|after)\s+$", re.I),
    "spoken_clock_part": re.compile(r"\b(?:at|by|until|till|since|from|around|about|before|after|it's|it\u2019s"
                                    r"|it\s+is|now)\s+(?:(?:about|around|approximately|roughly|exactly|just"
                                    r"|almost|nearly|shortly)\s+)?(?:(?:before|after)\s+)?$", re.I),
}
CUE_WINDOW = {"spoken_clock_part": 30}

_PART_CODE = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def _clock_number(words: str) -> int | None:
    return int(words) if words.isdigit() else _number(words)


def _day_of(rel: str | None, ctx: Context) -> tuple[Day, Anchor] | None:
    """"last night" is the day before the DCT; "this morning" the DCT; "in the morning" the story's day."""
    if rel in ("in", "at") and ctx.reference is not None and ctx.reference.granularity is Granularity.DAY:
        return ctx.reference.start, Anchor.REFERENCE_TIME
    if ctx.dct is None:
        return None
    offset = {"last": -1, "yesterday": -1, "tomorrow": 1}.get(rel or "", 0)
    return ctx.dct.plus_days(offset), Anchor.DOCUMENT_DATE


def _hour_in_part(hour: int, part: str) -> tuple[int, int]:
    """The 24-hour hour of a spoken hour in a part of the day, and the days it runs past that day's date."""
    if part == "morning":
        return hour % 12, 0
    if part in ("afternoon", "evening"):
        return hour % 12 + 12, 0
    if hour == 12:
        return 24, 0  # "twelve tonight": the midnight that ends the day
    return (hour + 12, 0) if hour >= 6 else (hour, 1)  # "two tonight" is early next morning


def _clock_value(day: Day, hour: int, minute: int) -> str:
    if hour == 24:
        return f"{day.iso()}T24:00"
    return f"{day.iso()}T{hour:02d}:{minute:02d}"


def _part_parts(text: str) -> tuple[str | None, str]:
    """("last", "night") for "last night", ("this", "night") for "tonight", ("in", "morning")."""
    if text == "tonight":
        return "this", "night"
    words = text.split()
    return words[0], words[-1]


def _spoken_clock_part(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"seven this morning", "six-fifty last evening", "three in the morning", "seven tonight"."""
    hour, minute = _clock_number(m["hour"]), _clock_number(m["minute"]) if m["minute"] else 0
    if hour is None or minute is None or not 1 <= hour <= 12 or minute > 59:
        return None
    rel, part = _part_parts(m["part"])
    found = _day_of(rel, ctx)
    if found is None:
        return None
    hour, later = _hour_in_part(hour, part)
    return time(_clock_value(found[0].plus_days(later), hour, minute), found[1])


_NEAR_MODS = {"around": "APPROX", "about": "APPROX", "approximately": "APPROX", "roughly": "APPROX",
              "before": "BEFORE", "after": "AFTER"}


def _story_day(ctx: Context) -> tuple[Day, Anchor] | None:
    if ctx.reference is not None and ctx.reference.granularity is Granularity.DAY:
        return ctx.reference.start, Anchor.REFERENCE_TIME
    return (ctx.dct, Anchor.DOCUMENT_DATE) if ctx.dct is not None else None


def _near_clock(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"around one-thirty" (APPROX), "shortly before two" (BEFORE): on the story's day, the hour as said."""
    hour, minute = _clock_number(m["hour"]), _clock_number(m["minute"]) if m["minute"] else 0
    day = _story_day(ctx)
    if hour is None or minute is None or minute > 59 or day is None:
        return None
    mod = _NEAR_MODS[m["lead"].split()[-1]]
    return Normalised(TimexType.TIME, _clock_value(day[0], hour, minute), mod, day[1])


_VAGUE_COUNT = ("a few", "several", "a couple of")


def _minutes_past(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"two minutes past nine" = 9:02; "ten minutes to midnight" = 23:50; "a few minutes past nine" = after 9:00."""
    vague = " ".join(m["count"].split()) in _VAGUE_COUNT
    return _off_the_hour(m, 0 if vague else number_of(m["count"]), vague, ctx)


def _quarter_clock(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"a quarter to seven" = 6:45; "half past ten" = 10:30."""
    return _off_the_hour(m, 30 if m["count"] == "half" else 15, False, ctx)


def _off_the_hour(m: re.Match[str], count: int | None, vague: bool, ctx: Context) -> Normalised | None:
    """The clock ``count`` minutes past or to the hour of ``m`` (groups hour, dir, part)."""
    hour = {"midnight": 0, "noon": 12}.get(m["hour"]) if m["hour"] in ("midnight", "noon") else (
        _clock_number(m["hour"]))
    if hour is None or count is None or count >= 60:
        return None
    rel, part = _part_parts(m["part"]) if m["part"] else (None, "")
    day = _day_of(rel, ctx) if rel else _story_day(ctx)
    if day is None:
        return None
    later = 0
    if part:
        hour, later = _hour_in_part(hour, part)
    past = m["dir"] in ("past", "after")
    minutes = hour * 60 + (count if past else -count)
    start = day[0].plus_days(later + minutes // (24 * 60))
    minutes %= 24 * 60
    mod = ("AFTER" if past else "BEFORE") if vague else None
    return Normalised(TimexType.TIME, _clock_value(start, minutes // 60, minutes % 60), mod, day[1])


_HALF_VALUES = {"hour": "PT30M", "day": "PT12H", "year": "P6M", "decade": "P5Y", "century": "P50Y"}


def _half_unit(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the next half hour": thirty minutes."""
    return duration(_HALF_VALUES[m["unit"]])


_WHOLE_VALUES = {"day": "P1D", "night": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}


def _whole_unit(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the whole day" is a day long; "the whole morning" is that part of the day (TIME, as "this morning")."""
    unit = m["unit"]
    if unit in _WHOLE_VALUES:
        return duration(_WHOLE_VALUES[unit])
    day = _story_day(ctx)
    return time(f"{day[0].iso()}T{_PART_CODE[unit]}", day[1]) if day is not None else None


def _units_away(m: re.Match[str], ctx: Context) -> Normalised | None:
    value = duration_value(None, m["unit"])
    return duration(value) if value else None


def _unit_or_two(m: re.Match[str], ctx: Context) -> Normalised | None:
    value = duration_value(2, m["unit"])
    return duration(value) if value else None


_EVENING = re.compile(r"T(?:EV|1[89]:\d\d|2[0-4]:\d\d)$")


def _after_an_evening(ctx: Context) -> bool:
    """The story is at an evening ("declared at 10.45pm"), or at a night before the DCT ("last night")."""
    reference = ctx.reference
    if reference is None:
        return False
    night_before = reference.value.endswith("TNI") and ctx.dct is not None and reference.start < ctx.dct
    return night_before or _EVENING.search(reference.value) is not None


def _early_hours_alone(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the early hours": the small hours of the story's day (of the day after, when the story is at an evening)."""
    day = _story_day(ctx)
    if day is None:
        return None
    return time(f"{day[0].plus_days(1 if _after_an_evening(ctx) else 0).iso()}TMO", day[1])


def _another_unit(m: re.Match[str], ctx: Context) -> Normalised | None:
    value = duration_value(1, m["unit"])
    return duration(value) if value else None


def _every_fraction(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"every two and a half minutes", "every 2.5 minutes": a SET whose period has a fraction."""
    count = float(m["num"]) if m["num"][0].isdigit() else number_of(m["num"])
    if count is None:
        return None
    value = duration_value(count + (0.5 if m["half"] else 0), m["unit"])
    return Normalised(TimexType.SET, value) if value else None


_CENTURY_WORDS = {"nineteen": 19, "eighteen": 18, "seventeen": 17, "sixteen": 16}
_DECADE_WORDS = {"twen": 2, "thir": 3, "for": 4, "fif": 5, "six": 6, "seven": 7, "eigh": 8, "nine": 9}


def _spoken_decade(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"the nineteen-eighties" = the 1980s (value "198")."""
    return date(f"{_CENTURY_WORDS[m['century']]}{_DECADE_WORDS[m['decade']]}")


_HOUR_WORDS = rf"(?P<hour>{HOUR12}|1[0-2]|[1-9])"
_PARTS_RE = (r"(?P<part>(?:this|last|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|tonight"
             r"|(?:in|at)\s+(?:the\s+)?(?:morning|afternoon|evening|night))")
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (rf"{_HOUR_WORDS}(?:[\s:-](?P<minute>{MINUTE}|[0-5]\d))?\s+{_PARTS_RE}", _spoken_clock_part),
        (rf"(?P<lead>{_APPROX_LEAD}|{_NEAR_LEAD})\s+{_HOUR_WORDS}(?:[\s:-](?P<minute>{MINUTE}|[0-5]\d))?",
         _near_clock),
        (rf"(?P<count>{_MINUTE_COUNT})\s+minutes?\s+(?P<dir>{_UNTIL})\s+(?P<hour>{HOUR12}|midnight|noon|1[0-2]|[1-9])"
         rf"(?:\s+o'clock)?(?:\s+{_PARTS_RE})?", _minutes_past),
        (rf"(?:(?:a|one)\s+)?(?P<count>quarter|half)\s+(?P<dir>past|after|to|before)\s+"
         rf"(?P<hour>{HOUR12}|midnight|noon|1[0-2]|[1-9])(?:\s+o'clock)?(?:\s+{_PARTS_RE})?", _quarter_clock),
        (r"the\s+(?:next|past|last|coming|first|following|previous)\s+half[\s-](?:an?\s+)?"
         r"(?P<unit>hour|day|year|decade|century)", _half_unit),
        (r"(?:the\s+whole|the\s+entire)\s+(?P<unit>day|night|week|month|year|morning|afternoon|evening)",
         _whole_unit),
        (r"(?P<unit>minutes|hours|days|weeks|months|years|decades)", _units_away),
        (r"the\s+(?:next|coming|past|last)\s+(?P<unit>day|week|month|year)\s+or\s+two", _unit_or_two),
        (r"the\s+(?:early|small|wee)\s+hours", _early_hours_alone),
        (r"another\s+(?P<unit>hour|day|week|month|year|decade)", _another_unit),
        (r"(?:the\s+)?(?P<century>nineteen|eighteen|seventeen|sixteen)[\s-](?P<decade>twen|thir|for|fif|six|seven"
         r"|eigh|nine)ties", _spoken_decade),
        (r"(?:every|each)\s+(?P<num>\d+(?:\.\d+)?|[a-z]+(?:-[a-z]+)?)(?P<half>\s+and\s+a\s+half)?"
         r"\s+(?P<unit>seconds|minutes|hours|days|weeks|months|years)", _every_fraction),
    )
)
