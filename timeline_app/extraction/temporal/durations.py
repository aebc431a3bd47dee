"""Normalisation rules for durations ("seven hours", "the past two years", "a decade"),
sets ("every week", "annually", "Tuesdays") and vague references ("now", "recently", "the future").
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import days_in_month
from timeline_app.core.model import TimexType
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date, duration, number_of
from timeline_app.extraction.temporal.hijri_days import RULES as HIJRI_DAY_RULES
from timeline_app.extraction.temporal.lexicon import (
    FULL_MONTHS,
    MONTHS,
    NUMBER_WORD_RE,
    SEASONS,
    VAGUE_RE,
    WEEKDAYS,
    alternation,
)
from timeline_app.extraction.temporal.unit_forms import RULES as UNIT_FORM_RULES
from timeline_app.extraction.temporal.unit_forms import UNIT_QUALIFIERS
from timeline_app.extraction.temporal.unstated_periods import RULES as UNSTATED_PERIOD_RULES

_LETTERS = {
    "second": ("T", "S", 1), "minute": ("T", "M", 1), "hour": ("T", "H", 1), "day": ("", "D", 1),
    "night": ("", "D", 1), "week": ("", "W", 1), "fortnight": ("", "W", 2), "month": ("", "M", 1),
    "quarter": ("", "Q", 1), "year": ("", "Y", 1), "decade": ("", "Y", 10), "century": ("", "Y", 100),
    "centurie": ("", "Y", 100), "millennium": ("", "Y", 1000), "millennia": ("", "Y", 1000),
    "weekend": ("", "D", 2),
}
_VAGUE_LETTER = {"decade": "E", "century": "C", "centurie": "C", "millennium": "L", "millennia": "L"}
_SMALLER = {"Y": ("M", 12), "D": ("H", 24), "H": ("M", 60), "M": ("D", 30), "W": ("D", 7)}
_SMALLER_CLOCK = {"H": ("M", 60), "M": ("S", 60)}  # PT1.5M is a minute and 30 seconds, not 15 days


def _unit_key(word: str) -> str:
    word = word.lower()
    if word in _LETTERS:
        return word
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and word[:-1] in _LETTERS else word


def duration_value(amount: float | None, unit: str) -> str | None:
    """TIMEX3 duration value: (3, "day") -> P3D, (7, "hour") -> PT7H, (None, "year") -> PXY."""
    key = _unit_key(unit)
    if key not in _LETTERS:
        return None
    time_part, letter, factor = _LETTERS[key]
    if amount is None:
        return f"P{time_part}X{_VAGUE_LETTER.get(key, letter)}"
    amount *= factor  # "half a century" is fifty years, not half a year
    whole = int(amount)
    smaller_units = _SMALLER_CLOCK if time_part else _SMALLER
    if amount != whole and letter in smaller_units:
        smaller, ratio = smaller_units[letter]
        rest = round((amount - whole) * ratio)
        if letter == "D":
            return f"P{whole}DT{rest}H" if whole else f"PT{rest}H"
        head = f"P{time_part}{whole}{letter}" if whole else f"P{time_part}"
        return f"{head}{rest}{smaller}"
    if amount != whole:
        return f"P{time_part}{round(amount, 3):g}{letter}"  # "9.58 seconds": PT9.58S
    return f"P{time_part}{whole}{letter}"


_QUARTER_OF = re.compile(r"(?:(a|one|three)\s+)?quarters?\s+of\s+an?")


_RANGE_TO = re.compile(r"\d\s+(?:to|or)\s+|\d\s*-\s*\w")
_BIG = re.compile(r"(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(million|billion))?")
_MULTIPLIERS = {"": 1, "million": 1_000_000, "billion": 1_000_000_000}


def _amount(text: str | None, half: str | None) -> float | None:
    if text is None:
        return 1
    text = text.strip()
    if text in ("half a", "half an", "a half"):
        return 0.5  # "a half hour" is thirty minutes, not none
    fraction = _QUARTER_OF.fullmatch(text)
    if fraction:
        return (3 if fraction.group(1) == "three" else 1) / 4
    number = number_of(text)
    if number is None:
        big = _BIG.fullmatch(text)
        if big is not None:
            return float(big.group(1).replace(",", "")) * _MULTIPLIERS[big.group(2) or ""]
        try:
            number_f = float(text)
        except ValueError:
            return None
        return number_f + (0.5 if half else 0)
    return number + (0.5 if half else 0)


def _duration(m: re.Match[str], ctx: Context) -> Normalised | None:
    unstated = m["num"] == ""
    half = m["half"] or m.groupdict().get("half2")
    amount = (None if m["unit"].endswith("s") else 1.0 + (0.5 if half else 0)) if unstated else _amount(m["num"], half)
    if amount is not None and 1000 <= amount <= 2400 and m["unit"].startswith("hour") and "," not in m["num"]:
        return None  # "at 1800 hours": a clock reading, not 1,800 hours
    if amount is not None and 1000 <= amount <= 2100 and "," not in m["num"] and (
            m["unit"].lower() == "year" or _RANGE_TO.search(m.group(0))):
        return None  # "the 2010 calendar year", "sentenced in March 2021 to five years": the year, not years
    value = duration_value(amount, m["unit"])
    return duration(value) if value else None


def _vague_units(m: re.Match[str], ctx: Context) -> Normalised | None:
    if m["rel"] == "recent" and m["unit"].startswith("year"):
        return date("PAST_REF")
    value = duration_value(None, m["unit"])
    return duration(value) if value else None


def _set(m: re.Match[str], ctx: Context) -> Normalised | None:
    what = m["what"]
    if what.rstrip(".") in WEEKDAYS:
        return Normalised(TimexType.SET, f"XXXX-WXX-{WEEKDAYS[what.rstrip('.')] + 1}")
    if what in MONTHS:
        return Normalised(TimexType.SET, f"XXXX-{MONTHS[what]:02d}")
    if what in _PARTS:
        return Normalised(TimexType.SET, f"XXXX-XX-XXT{_PARTS[what]}")
    if what in SEASONS:
        return Normalised(TimexType.SET, f"XXXX-{SEASONS[what]}")  # "every summer"
    if what == "weekday" and m["num"] is None:
        return Normalised(TimexType.SET, "XXXX-WXX-WD")  # "each weekday": every working day
    if what == "weekend" and m["num"] is None:
        return Normalised(TimexType.SET, "XXXX-WXX-WE")  # "every weekend": the weekends, not each two days
    value = duration_value(_amount(m["num"], None), what)
    return Normalised(TimexType.SET, value) if value else None


_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
_ADVERB_SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y", "hourly": "PT1H",
    "nightly": "P1D", "biweekly": "P2W", "semiannually": "P6M", "biannually": "P6M",
    "every day": "P1D", "each day": "P1D",
}


def _adverb_set(m: re.Match[str], ctx: Context) -> Normalised | None:
    return Normalised(TimexType.SET, _ADVERB_SETS[m["word"]])


def _weekdays_or_weekends(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"Trains run on weekdays", "closed at weekends": every working day, every weekend."""
    return Normalised(TimexType.SET, "XXXX-WXX-WD" if m["days"] == "weekdays" else "XXXX-WXX-WE")


_FULL_MONTH_RE = alternation(FULL_MONTHS)  # full names, not "mar"


def _yearly_day(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"every April 25th": that day of every year."""
    day = int(m["day"])
    month = MONTHS[m["month"]]
    return Normalised(TimexType.SET, f"XXXX-{month:02d}-{day:02d}") if 1 <= day <= days_in_month(2000, month) else None


def _weekday_plural(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"on Fridays", "on Friday afternoons": every such day (or part of it)."""
    part = f"T{_PARTS[m['part'].rstrip('s')]}" if m.groupdict().get("part") else ""
    return Normalised(TimexType.SET, f"XXXX-WXX-{WEEKDAYS[m['weekday']] + 1}{part}")


_VAGUE = {
    "now": "PRESENT_REF", "right now": "PRESENT_REF", "just now": "PRESENT_REF", "currently": "PRESENT_REF",
    "current": "PRESENT_REF", "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "presently": "PRESENT_REF",
    "the present": "PRESENT_REF", "present": "PRESENT_REF", "at present": "PRESENT_REF",
    "the present time": "PRESENT_REF", "this time": "PRESENT_REF", "the moment": "PRESENT_REF",
    "recently": "PAST_REF", "recent": "PAST_REF", "lately": "PAST_REF", "previously": "PAST_REF",
    "formerly": "PAST_REF", "the past": "PAST_REF", "past": "PAST_REF", "long ago": "PAST_REF",
    "a while ago": "PAST_REF", "some time ago": "PAST_REF", "once": "PAST_REF", "earlier": "PAST_REF",
    "the future": "FUTURE_REF", "future": "FUTURE_REF", "soon": "FUTURE_REF", "shortly": "FUTURE_REF",
    "the near future": "FUTURE_REF", "the coming": "FUTURE_REF", "later": "FUTURE_REF",
    "the foreseeable future": "FUTURE_REF", "the distant future": "FUTURE_REF", "the distant past": "PAST_REF",
    "the recent past": "PAST_REF", "the time being": "PRESENT_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF", "the long term": "FUTURE_REF",
    "the medium term": "FUTURE_REF",
}


def _vague(m: re.Match[str], ctx: Context) -> Normalised | None:
    return date(_VAGUE[m["word"]])


NUM = (rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?\s+(?:million|billion)|\d+(?:\.\d+)?|{NUMBER_WORD_RE}|an?"
       rf"|{VAGUE_RE}|half an?|(?:a|one|three)\s+quarters?\s+of\s+an?)")
UNIT = r"(?P<unit>seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?|decades?" \
       r"|century|centuries|millennium|millennia|weekends?)"
UNITS = r"(?P<unit>seconds|minutes|hours|days|nights|weeks|months|quarters|years|decades|centuries|millennia)"
_REL = r"(?:(?:past|last|next|first|previous|coming|following|latest|final|remaining|initial|additional|further" \
       r"|ensuing|preceding|prior|same|current|full|entire|whole|recent|year-earlier|year-ago|comparable|another)\s+)"
RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (r"(?:on\s+|at\s+)?(?P<days>weekdays|weekends)", _weekdays_or_weekends),
        (rf"(?:(?:the|an?|its|their|this|that)\s+)?(?:each\s+of\s+the\s+)?{_REL}*{NUM}(?P<half>\s+1/2|[\s-]+and[\s-]+a[\s-]+half)?"
         rf"(?:\s+(?:to|or|-)\s+{NUM.replace('?P<num>', '')})?"
         rf"(?:[\s-]+(?:more|additional|full|straight|consecutive|long|whole|extra))?"
         rf"[\s-]+(?:{UNIT_QUALIFIERS}\s+)?{UNIT}"
         r"(?P<half2>\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?(?:\s+(?:or\s+so|term|period|span|stint))?",
         _duration),
        (rf"(?:the\s+)?(?:(?P<rel>past|last|next|coming|recent|few|several|many|ensuing)\s+)*{UNITS}"
         r"(?:[\s-]+(?:long|old))?", _vague_units),
        (rf"(?:the\s+)?{_REL}*(?P<num>)(?P<half>){UNIT}(?P<half2>\s+and\s+a\s+half)?(?:-?long)?", _duration),
        (r"(?:every|each|per)\s+(?:other\s+)?(?:(?P<num>\d+|few|couple of|" + NUMBER_WORD_RE + r")\s+)?"
         r"(?P<what>[a-z.]+?)s?",
         _set),
        (r"(?:a|an|per)\s+(?P<num>)(?P<what>second|minute|hour|day|week|month|quarter|year)", _set),
        (r"(?:every|each)\s+(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
         r"(?P<part>morning|afternoon|evening|night)s?", _weekday_plural),
        (r"(?:every|each)\s+(?P<month>" + _FULL_MONTH_RE + r")\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?", _yearly_day),
        (r"(?P<month>" + "|".join(MONTHS) + r")\.?\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?:each|every)\s+year",
         _yearly_day),  # "by Nov. 1 each year"
        (r"(?P<word>" + "|".join(sorted(_ADVERB_SETS, key=len, reverse=True)) + ")", _adverb_set),
        (r"(?:on\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)s", _weekday_plural),
        (r"(?:on\s+)?(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
         r"(?P<part>mornings|afternoons|evenings|nights)", _weekday_plural),
        (r"(?P<word>" + "|".join(sorted(_VAGUE, key=len, reverse=True)) + ")", _vague),
    )
) + UNIT_FORM_RULES + UNSTATED_PERIOD_RULES + HIJRI_DAY_RULES
