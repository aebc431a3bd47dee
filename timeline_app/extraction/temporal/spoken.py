"""Numbers as broadcast transcripts speak them: "three forty-four a.m.", "January twentieth",
"nineteen oh-five", "the spring of two thousand six", "in ninety-five".

Recognition (:mod:`patterns`) uses the word fragments here; normalisation turns the words into the digits the
date and time rules already read ("3:44 a.m.", "january 20th", "1905"). Conversions that the words themselves
make safe (a.m., o'clock, a zone, a month beside an ordinal) happen on every expression (:func:`digits_for_spoken`);
those that rest on a cue outside the expression ("at nine thirty", "in ninety-five") only for the candidates
found with that cue (:func:`written_for`).
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.halves import halves_counted
from timeline_app.extraction.temporal.lexicon import MONTHS, SEASONS, alternation
from timeline_app.extraction.temporal.resolve import parse_year, year_text

_ONES = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen")
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_ORDINAL_ONES = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_ORDINAL_TEENS = ("tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                  "seventeenth", "eighteenth", "nineteenth")
_VALUES: dict[str, int] = {
    **{word: n for n, word in enumerate(_ONES, 1)}, **{word: n for n, word in enumerate(_TEENS, 10)},
    **{word: n for n, word in enumerate(_TENS, 2)},  # tens count in tens: see _number
    **{word: n for n, word in enumerate(_ORDINAL_ONES, 1)}, **{word: n for n, word in enumerate(_ORDINAL_TEENS, 10)},
    "twentieth": 20, "thirtieth": 30, "oh": 0, "o": 0, "zero": 0, "ought": 0, "aught": 0,
}


ONES = rf"(?:{alternation(_ONES)})"
# An hour of a twelve-hour clock, and of a twenty-four-hour one ("thirteen hundred hours").
HOUR12 = rf"(?:{alternation(('ten', 'eleven', 'twelve', *_ONES))})"
HOUR24 = rf"(?:(?:oh|zero)[\s-]?{ONES}|{alternation(_TEENS)}|twenty(?:[\s-](?:one|two|three))?|{ONES})"
# The minutes after a spoken hour: "oh-five", "ten", "forty-four".
MINUTE = rf"(?:(?:oh|o)[\s-]?{ONES}|{alternation(_TEENS)}|(?:twenty|thirty|forty|fifty)(?:[\s-]{ONES})?)"
# A day of the month as an ordinal word: "seventh", "twenty-ninth", "thirty-first".
ORDINAL_DAY = (rf"(?:(?:twenty|thirty)[\s-](?:{alternation(_ORDINAL_ONES)})|twentieth|thirtieth"
               rf"|{alternation(_ORDINAL_TEENS)}|{alternation(_ORDINAL_ONES)})(?![\w-])")
# Years: "nineteen oh-five", "twenty twenty-eight", "two thousand and six".
TWO_DIGITS = rf"(?:{alternation(_TEENS)}|(?:{alternation(_TENS)})(?:[\s-]{ONES})?)"
YEAR_OH = rf"(?:nineteen|eighteen)[\s-]+(?:oh|o|ought|aught)[\s-]+{ONES}"
YEAR_TWENTY = rf"twenty[\s-]+{TWO_DIGITS}"
YEAR_THOUSAND = rf"two[\s-]thousand(?:\s+and)?[\s-]+(?:{TWO_DIGITS}|{ONES})(?![\s-]+(?:hundred|thousand))"
# Not the first number of a compound ("nine thirty-year bonds") or of a count ("two thousand six workers").
NOT_COMPOUND = r"(?![\w-])(?!\s+(?:percent|per\b|hundred|thousand|million|billion))"
NOT_COUNTING = (r"(?!\s+(?!(?:was|is|has|had|as|this|its|his|her|their|does|did|plus|saw|marks|and|or|but|when|while"
                r"|in|on|at|to|for|of|by|with|after|before|until|since|the|a|an|that|which|where|will|would)\b)[a-z])")
# Spelled-out hours take a.m. with its dots ("nine am I right" is no clock).
AMPM = r"(?:a\.\s?m\.?|p\.\s?m\.?|o['’]clock)(?![a-z])"

_MONTH_WORDS = alternation(list(MONTHS))
_SEASON_WORDS = alternation(list(SEASONS))


def _number(words: str) -> int | None:
    """"forty-four" = 44, "oh-five" = 5, "thirteen" = 13; None for anything else."""
    parts = [p for p in re.split(r"[\s-]+", words) if p and p != "and"]
    if not parts or any(p not in _VALUES for p in parts):
        return None
    first = parts[0]
    value = _VALUES[first] * 10 if first in _TENS else _VALUES[first]
    if len(parts) == 1:
        return value
    if len(parts) == 2 and (first in _TENS or _VALUES[first] == 0) and _VALUES[parts[1]] < 10:
        return value + _VALUES[parts[1]]
    return None


def _clock_digits(hour_words: str, minute_words: str | None) -> str | None:
    hour = _number(hour_words)
    minute = _number(minute_words) if minute_words else None
    if hour is None or hour > 24 or (minute_words and (minute is None or minute > 59)):
        return None
    return f"{hour}:{minute:02d}" if minute is not None else str(hour)


_CLOCK_BEFORE_AMPM = re.compile(rf"\b(?P<hour>{HOUR12})(?:[\s-](?P<minute>{MINUTE}))?(?=\s*{AMPM})")
_HOUR_AND_MINUTE = re.compile(rf"\b(?P<hour>{HOUR12})[\s-](?P<minute>{MINUTE}){NOT_COMPOUND}")
_ZONE_AFTER = re.compile(r"\s+(?:local\s+time|gmt|utc|zulu|[a-z]+\s+(?:standard\s+|daylight\s+)?time)\b")
_MILITARY = re.compile(rf"\b(?P<hour>{HOUR24})\s+hundred(?P<hours>\s+hours)?(?![\w-])")
_ORDINAL_AFTER_MONTH = re.compile(rf"\b(?P<month>{_MONTH_WORDS})\.?\s+(?:the\s+)?(?P<day>{ORDINAL_DAY})")
_ORDINAL_OF_MONTH = re.compile(rf"\b(?P<day>{ORDINAL_DAY})\s+of\s+(?P<month>{_MONTH_WORDS})\b")
_YEAR_OH_WORDS = re.compile(rf"\b{YEAR_OH}(?![\w-])")
_YEAR_AFTER_PERIOD = re.compile(rf"\b(?P<before>(?:{_MONTH_WORDS}|{_SEASON_WORDS}|of|in),?\s+"
                                rf"(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)(?P<year>{YEAR_TWENTY}|{YEAR_THOUSAND}){NOT_COMPOUND}")


def _year_digits(words: str) -> str | None:
    """"twenty twenty-eight" = 2028, "two thousand and six" = 2006, "nineteen oh-five" = 1905."""
    parts = [p for p in re.split(r"[\s-]+", words) if p != "and"]
    if parts[:2] == ["two", "thousand"]:
        rest = _number(" ".join(parts[2:]))
        return str(2000 + rest) if rest is not None and rest < 100 else None
    century, rest = _number(parts[0]), _number(" ".join(parts[1:]))
    if century is None or rest is None or not 10 <= century <= 20 or rest > 99:
        return None
    return str(century * 100 + rest)


def digits_for_spoken(text: str) -> str:
    """Lower-case ``text`` with its spoken clock times, ordinal days and years in digits, where the words
    themselves say what the number is ("eleven a.m.", "one-thirty eastern time", "january twentieth")."""
    text = _CLOCK_BEFORE_AMPM.sub(lambda m: _clock_digits(m["hour"], m["minute"]) or m.group(0), text)
    text = _HOUR_AND_MINUTE.sub(lambda m: _clock_or_words(m, text), text)
    text = _MILITARY.sub(lambda m: _military(m, cued=_ZONE_AFTER.match(text, m.end()) is not None), text)
    text = _ORDINAL_AFTER_MONTH.sub(lambda m: f"{m['month']} {_ordinal_digits(m['day'], m.group(0))}", text)
    text = _ORDINAL_OF_MONTH.sub(lambda m: f"{_ordinal_digits(m['day'], m.group(0))} of {m['month']}", text)
    text = _YEAR_OH_WORDS.sub(lambda m: _year_digits(m.group(0)) or m.group(0), text)
    return _YEAR_AFTER_PERIOD.sub(lambda m: m["before"] + (_year_digits(m["year"]) or m["year"]), text)


def _clock_or_words(m: re.Match[str], text: str) -> str:
    """"nine thirty local time" is a clock; "nine thirty" alone stays words (its cue is outside)."""
    if _ZONE_AFTER.match(text, m.end()) is None:
        return m.group(0)
    return _clock_digits(m["hour"], m["minute"]) or m.group(0)


def _military(m: re.Match[str], cued: bool) -> str:
    """"thirteen hundred hours GMT", "oh-six hundred": a 24-hour clock read in hundreds, told by its zone, its
    leading "oh" or a cue before it (not "for two hundred hours")."""
    hour = _number(m["hour"])
    if hour is None or hour > 23 or not (cued or re.match(r"oh|zero", m["hour"])):
        return m.group(0)
    return f"{hour:02d}:00" + (m["hours"] or "")


def _ordinal_digits(words: str, fallback: str) -> str:
    day = _number(words)
    return f"{day}th" if day is not None and 1 <= day <= 31 else fallback


_SHORT_YEAR_WORDS = re.compile(rf"(?P<lead>.*?)(?P<year>{TWO_DIGITS})", re.S)


_HAS_DAY = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|morning|afternoon|evening|night|\w+day)\b")
_NOW_BEFORE = re.compile(r"\b(?:it's|it\u2019s|it\s+is)\s+$", re.I)


_PART_CENTURY = re.compile(r"(?:\b(?:an?|one)\s+)?(?P<part>half|quarter)[\s-]+century", re.I)


_MIDYEAR = re.compile(r"mid-?year", re.I)


# "half past eight on Tuesday morning", "a quarter to seven on a Wednesday evening": read as "8:30 on tuesday
# morning" by the clock rules, which know the day and its part
_QUARTER_CLOCK = re.compile(r"(?:(?:a|one)\s+)?(?P<count>quarter|half)\s+(?P<dir>past|after|to|before)\s+"
                            r"(?P<hour>[a-z]+|1[0-2]|[1-9])(?:\s+o'clock)?(?=\s*,?\s+on\s)")
_QUARTER_HOURS = {"midnight": 0, "noon": 12}
_MID_CENTURY = re.compile(r"mid[\s-]century")


def _quarter_clock_digits(m: re.Match[str], text: str) -> str:
    """"half past eight" -> "8:30", "a quarter to midnight" -> "23:45"; "a quarter to one on Monday morning" ->
    "00:45" (the clock rules read a bare "12:45" as past noon)."""
    hour = _QUARTER_HOURS.get(m["hour"], int(m["hour"]) if m["hour"].isdigit() else _number(m["hour"]))
    if hour is None or hour > 12:
        return m.group(0)
    offset = (30 if m["count"] == "half" else 15) * (1 if m["dir"] in ("past", "after") else -1)
    if m["hour"] in _QUARTER_HOURS:  # midnight and noon: a 24-hour reading
        minutes = (hour * 60 + offset) % (24 * 60)
        return f"{minutes // 60:02d}:{minutes % 60:02d}"
    minutes = (hour * 60 + offset) % (12 * 60)
    small_hours = minutes < 60 and re.search(r"\b(?:morning|night)\b", text[m.end():]) is not None
    return f"{0 if small_hours else minutes // 60 or 12:02d}:{minutes % 60:02d}"


def written_for(kind: str, text: str, before: str = "", day_of_month: int | None = None) -> str:
    """The words a candidate found through a cue outside it is read as: "nine thirty" after "at" is a clock
    ("9:30"), "ninety-five" after "in" a year ("'95"). ``before`` is the text up to the candidate: a
    broadcast's "It's five thirty-two" tells the time now, on the day of the broadcast."""
    lowered = text.lower()
    if kind == "spoken_clock_at":
        converted = _HOUR_AND_MINUTE.sub(lambda m: _clock_digits(m["hour"], m["minute"]) or m.group(0), lowered)
        converted = _MILITARY.sub(lambda m: _military(m, cued=True), converted)
        if _NOW_BEFORE.search(before) and not _HAS_DAY.search(converted):
            return converted + " today"
        return converted
    if kind == "spoken_clock" and _NOW_BEFORE.search(before) and not _HAS_DAY.search(lowered):
        return text + " today"  # "It's eighteen hundred Universal Time": now, whatever day the story was at
    if kind == "ago":
        return halves_counted(text, day_of_month)
    if kind == "quarter_clock":
        return _QUARTER_CLOCK.sub(lambda m: _quarter_clock_digits(m, lowered), lowered).replace(" on a ", " on ")
    if kind == "midyear":
        return _MIDYEAR.sub("mid-year", text)
    if _MID_CENTURY.fullmatch(lowered):
        return "the middle of the century"  # "net zero by mid-century": a time in this century, not a span
    if _PART_CENTURY.search(text) and not _PART_CENTURY.fullmatch(text):  # "its quarter-century low": no count
        return _PART_CENTURY.sub(lambda m: "fifty years" if m["part"].lower() == "half" else "twenty-five years", text)
    if kind == "apostrophe_year":
        return "year " + lowered.replace("\u2019", "'")
    if kind in ("short_year", "season_short_year"):
        found = _SHORT_YEAR_WORDS.fullmatch(lowered)
        number = _number(found["year"]) if found else None
        if found is not None and number is not None and 10 <= number <= 99:
            return f"{found['lead'] or 'year '}'{number:02d}"
    return text


def _short_year(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"year '95" (how :func:`written_for` passes on "in ninety-five"): the century from the DCT."""
    return date(year_text(parse_year("'" + m["short"], ctx.dct)))


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = ((re.compile(r"year\s+'(?P<short>\d\d)"), _short_year),)
