"""Normalisation rules for times of day: "10 a.m. local time", "10:35 p.m. EST Monday",
"noon Thursday", "Monday morning", "last night", "this afternoon"."""

from __future__ import annotations

import re
from collections.abc import Callable

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, Granularity
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, time
from timeline_app.extraction.temporal.lexicon import WEEKDAYS, ZONE_NAMES_RE
from timeline_app.extraction.temporal.resolve import PAST

DateResolver = Callable[[str, Context], Normalised | None]

_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI",
          "tonight": "NI", "dawn": "MO", "daybreak": "MO", "sunrise": "MO", "dusk": "EV", "sunset": "EV",
          "nightfall": "EV", "lunchtime": "MI", "midafternoon": "AF", "mid-afternoon": "AF", "midmorning": "MO",
          "mid-morning": "MO", "midday": "T12:00", "noon": "T12:00", "midnight": "T24:00"}
ZONE = rf"(?:\s+(?:{ZONE_NAMES_RE.lower()}|local time|local|[a-z]+ (?:standard |daylight )?time)\b)?"
CLOCK = (r"(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d)(?::(?P<second>[0-5]\d))?)?\s*(?P<ampm>a\.?m\.?|p\.?m\.?|o'clock)"
         + ZONE)
_DAY_VALUE = re.compile(r"-?\d{4}-\d\d-\d\d|XXXX-XX-XX")
# "10:30", and "04.17 local time" (a dotted 24-hour clock needs its zone: "4.17" alone is a number).
# "10h00" and a two-digit dotted hour ("18.00", which the candidate patterns take only after "at") are European.
CLOCK_24 = (r"(?P<hour>\d{1,2})[:h](?P<minute>\d\d)(?::(?P<second>[0-5]\d))?(?:\s*(?:hours|hrs)\b)?" + ZONE
            + r"|(?P<hour1>[01]?\d|2[0-3])\.(?P<minute1>[0-5]\d)" + ZONE[:-1]
            + r"|(?P<hour3>[01]\d|2[0-3])\.(?P<minute3>[0-5]\d)(?:\s*(?:hours|hrs)\b)?")
# Wire copy's four-digit clock: "1530 GMT", "0600 hours", "0500 on Thursday" (a zone or a leading zero;
# a bare "1530" is a year).
# and "1800 today".
WIRE_CLOCK = (r"(?:(?P<hour>[01]\d|2[0-3])(?P<minute>[0-5]\d)(?:\s*(?:hours|hrs)\b|" + ZONE[:-1] + ")"
              r"|(?P<hour0>0\d)(?P<minute0>[0-5]\d)"
              r"|(?P<hour2>[01]\d|2[0-3])(?P<minute2>[0-5]\d)(?=\s+(?:today|tonight|this\s|on\s)))")


def _date_part(text: str | None, ctx: Context, resolve_date: DateResolver) -> tuple[str, Anchor] | None:
    """The day a time belongs to: stated ("Monday", "today"), else the reference day or the DCT."""
    if text:
        found = resolve_date(text.strip(" ,"), ctx)
        day = _DAY_VALUE.match(found.value) if found is not None else None
        if found is None or day is None:
            return None
        return day.group(0), found.anchor
    if ctx.reference is not None and ctx.reference.granularity is Granularity.DAY:
        return ctx.reference.start.iso(), Anchor.REFERENCE_TIME
    if ctx.dct is not None:
        return ctx.dct.iso(), Anchor.DOCUMENT_DATE
    return "XXXX-XX-XX", Anchor.EXPLICIT


def _clock(m: re.Match[str]) -> str | None:
    groups = m.groupdict()
    hour = int(groups.get("hour") or groups.get("hour1") or groups.get("hour2") or groups.get("hour3")
               or groups["hour0"])
    minute_text = (groups.get("minute") or groups.get("minute1") or groups.get("minute2") or groups.get("minute3")
                   or groups.get("minute0"))
    minute = int(minute_text) if minute_text else None
    ampm = (m.groupdict().get("ampm") or "").replace(".", "")
    if ampm == "pm" and hour < 12:
        hour += 12
    elif ampm == "am" and hour == 12:
        hour = 0
    if hour > 24 or (minute is not None and minute > 59):
        return None
    if minute is None:
        return f"T{hour:02d}:00"
    second = groups.get("second")  # "18:15:59": a moment told to the second
    return f"T{hour:02d}:{minute:02d}" + (f":{second}" if second else "")


_LATE_PART = re.compile(r"(?:afternoon|evening|night|tonight)$")


def _in_the_part(clock: str, m: re.Match[str], date_text: str | None) -> str:
    """"ten o'clock last night" is 22:00: a clock without a.m./p.m. told by the part of the day after it."""
    hour = int(clock[1:3])
    if (m.groupdict().get("ampm") or "o'clock") != "o'clock" or not date_text or not _LATE_PART.search(date_text):
        return clock
    if 1 <= hour < 12 and (hour >= 6 or not date_text.endswith("night")):
        return f"T{hour + 12:02d}{clock[3:]}"
    return clock


def _past_on_dct(day: str, ctx: Context) -> bool:
    """A past midnight on the DCT's own day ("took effect at midnight", "since midnight"): tonight's is still
    ahead, so it is the one that began the day."""
    if ctx.dct is None or day != ctx.dct.iso() or ctx.direction != PAST:
        return False
    evening = ctx.reference is not None and _EVENING_VALUE.fullmatch(ctx.reference.value) is not None
    return not evening  # "opened Friday night ... declared the Games open shortly before midnight": that night's


_EVENING_VALUE = re.compile(r"-?\d{4}-\d\d-\d\dT(?:NI|EV|1[89]:\d\d|2[0-4]:\d\d)")


def _recurring_clock(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"each Sunday at noon", "every Wednesday at 9.30am": a reading on every such day, not one dated day."""
    clock = _PARTS[m["part"]] if m["part"] else _clock(m)
    if clock is None:
        return None
    return Normalised(TimexType.SET, f"XXXX-WXX-{WEEKDAYS[m['weekday']] + 1}{clock}")


_EVERY_WEEKDAY_AT = r"(?:every|each)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+at\s+"


class _TimeHandlers:
    """The time rules' handlers; they read a time's date part ("Monday", "Nov. 9") with the date rules."""

    def __init__(self, resolve_date: DateResolver) -> None:
        self._resolve_date = resolve_date

    def clock_time(self, m: re.Match[str], ctx: Context) -> Normalised | None:
        """"10 a.m. Monday", "Monday, 10:35 p.m. EST": a clock reading on its stated day, else the story's."""
        clock = _clock(m)
        date_text = m["date"] or m.groupdict().get("date2")
        day = _date_part(date_text, ctx, self._resolve_date)
        if clock is None or day is None:
            return None
        return time(day[0] + _in_the_part(clock, m, date_text), day[1])

    def hour_of_part(self, m: re.Match[str], ctx: Context) -> Normalised | None:
        """"4 in the morning", "8 in the evening": a clock reading told by the part of day."""
        hour = int(m["hour"]) % 12
        if m["part"] in ("afternoon", "evening") or (m["part"] == "night" and hour >= 6):
            hour += 12
        minute = int(m["minute"]) if m["minute"] else 0
        day = _date_part(None, ctx, self._resolve_date)
        return time(f"{day[0]}T{hour:02d}:{minute:02d}", day[1]) if day is not None and minute < 60 else None

    def part_of_day(self, m: re.Match[str], ctx: Context) -> Normalised | None:
        """"noon Thursday", "last night", "this afternoon": a part of a day, or noon or midnight, on its day."""
        part = _PARTS[m["part"]]
        date_text = m["date"] or m.groupdict().get("date2")
        rel = m.groupdict().get("rel") or ("this" if m["part"] == "tonight" else None)
        day: tuple[str, Anchor] | None
        if rel == "last":
            if ctx.dct is None:
                return None
            day = (ctx.dct.plus_days(-1).iso(), Anchor.DOCUMENT_DATE)
        elif rel == "this":
            day = _date_part("today", ctx, self._resolve_date)
        else:
            day = _date_part(date_text, ctx, self._resolve_date)
        if day is None:
            return None
        if part == "T24:00" and not date_text and rel is None and _past_on_dct(day[0], ctx):
            return time(day[0] + "T00:00", day[1])  # "took effect at midnight": the one that began today
        return time(day[0] + (part if part.startswith("T") else "T" + part), day[1])

    def night_before(self, m: re.Match[str], ctx: Context) -> Normalised | None:
        """"overnight into Thursday": the night that ends on Thursday morning, Wednesday's."""
        day = _date_part(m["date"], ctx, self._resolve_date)
        if day is None or day[0].startswith("X"):
            return None
        return time(Day.parse(day[0]).plus_days(-1).iso() + "TNI", day[1])

    def early_hours(self, m: re.Match[str], ctx: Context) -> Normalised | None:
        """"the early hours of Monday (morning)", "the small hours of the morning": that day's morning."""
        day = _date_part(m["date"], ctx, self._resolve_date)
        return time(day[0] + "TMO", day[1]) if day is not None else None


def make_rules(resolve_date: DateResolver) -> tuple[tuple[re.Pattern[str], Handler], ...]:
    """The time rules; ``resolve_date`` normalises the date part ("Monday", "Nov. 9")."""
    handlers = _TimeHandlers(resolve_date)
    named = r"(?P<part>noon|midday|midnight)"
    part = (r"(?P<part>morning|afternoon|evening|night|dawn|daybreak|sunrise|dusk|sunset|nightfall|lunchtime"
            r"|mid-?afternoon|mid-?morning)")
    return tuple(
        (re.compile(pattern), handler)
        for pattern, handler in (
            (rf"{_EVERY_WEEKDAY_AT}(?:{CLOCK}|(?P<part>noon|midday|midnight))", _recurring_clock),
            (rf"{_EVERY_WEEKDAY_AT}(?:{CLOCK_24})(?P<part>)", _recurring_clock),
            (rf"(?:(?P<date2>.+?),?\s+(?:at\s+)?)?{CLOCK}(?:,?\s+(?:on\s+)?(?P<date>.+))?", handlers.clock_time),
            (rf"(?:(?P<date2>.+?),?\s+(?:at\s+)?)?(?:{CLOCK_24})(?:,?\s+(?:on\s+)?(?P<date>.+))?", handlers.clock_time),
            (rf"{WIRE_CLOCK}(?:,?\s+(?:on\s+)?(?P<date>.+))?", handlers.clock_time),
            (rf"{named}(?:,?\s+(?:on\s+)?(?P<date>.+))?", handlers.part_of_day),
            (rf"(?P<date>.+?),?\s+(?:at\s+)?{named}", handlers.part_of_day),
            # "the afternoon of Nov. 11" (but "the night of Oct. 23" names the day: a night runs into the next)
            (rf"(?:(?P<rel>this|last|that|the|early|late)\s+)?{part}(?:,?\s+(?:on\s+|(?<!night\s)of\s+)?(?P<date>.+))?",
             handlers.part_of_day),
            (rf"(?P<date>.+?)\s+{part}", handlers.part_of_day),
            (r"(?P<part>tonight|overnight)(?P<date>)", handlers.part_of_day),
            (r"overnight\s+into\s+(?P<date>.+?)(?:\s+morning)?", handlers.night_before),
            (r"(?P<hour>1[0-2]|0?[1-9])(?::(?P<minute>\d\d))?\s+in\s+the\s+(?P<part>morning|afternoon|evening|night)",
             handlers.hour_of_part),
            (r"(?:the\s+)?(?:early|small|wee)\s+(?:morning\s+)?hours\s+of\s+(?:the\s+morning|(?P<date>.+?)(?:\s+morning)?)",
             handlers.early_hours),
        )
    )
