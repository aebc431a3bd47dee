"""From the words of a temporal expression to its TIMEX3 type, value and mod.

The expression is lower-cased, its modifiers ("early", "the end of", "about",
"more than", "or so") are peeled off into ``mod``, and the rest must match one
rule of :mod:`dates`, :mod:`relative`, :mod:`times` or :mod:`durations` in
full. Anything unmatched is not an expression we can normalise (None), which
is also how the recogniser drops false candidates.
"""

from __future__ import annotations

import re
from functools import lru_cache

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import TimeSpan
from timeline_app.extraction.temporal import (
    ancient,
    broadcast,
    dates,
    durations,
    new_year,
    nth_weekday,
    offsets,
    period_edges,
    relative,
    split_years,
    times,
)
from timeline_app.extraction.temporal.base import Context, Normalised
from timeline_app.extraction.temporal.spoken import RULES as SPOKEN_RULES
from timeline_app.extraction.temporal.spoken import digits_for_spoken
from timeline_app.extraction.temporal.spoken_years import digits_for_spoken_years

_POINT_MODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), mod)
    for pattern, mod in (
        (r"(?:the\s+)?(?:very\s+)?(?:beginning|start|outset|dawn|first part|early part|opening)\s+of\s+", "START"),
        (r"(?:the\s+)?(?:very\s+)?(?:end|close|last part|latter part|final part|tail end)\s+of\s+", "END"),
        (r"(?:the\s+)?(?:first|early)\s+half\s+of\s+(?=the\s+(?:\d{3}0|'\d0|[a-z]+ties))", "START"),
        (r"(?:the\s+)?(?:second|last|latter)\s+half\s+of\s+(?=the\s+(?:\d{3}0|'\d0|[a-z]+ties))", "END"),
        (r"(?:the\s+)?(?:first|opening)\s+(?:weeks?|days|few\s+days)\s+of\s+", "START"),
        (r"(?:the\s+)?(?:last|final|closing)\s+(?:weeks?|days|few\s+days)\s+of\s+", "END"),
        (r"(?:the\s+)?(?:middle|midst|mid-point|midpoint)\s+of\s+", "MID"),
        (r"(?:the\s+)?(?:very\s+)?early(?:\s+on|\s+in)?[\s-]+", "START"),
        (r"(?:the\s+)?late(?:\s+on|\s+in)?[\s-]+", "END"),
        (r"(?:the\s+)?mid(?:-|\s+)", "MID"),
        (r"end-", "END"),  # "by end-2025", "end-June 2026": the financial press's hyphenated points
        (r"start-", "START"),
        (r"start\s+to\s+", "START"),  # "a quiet start to the year"
        (r"end\s+to\s+", "END"),
        (r"post-", "AFTER"),  # "the post-2008 era"
        (r"pre-", "BEFORE"),
        (r"earlier\s+(?:in\s+|on\s+)?", "START"),
        (r"later\s+(?:in\s+|on\s+)?", "END"),
    )
)
_QUANTITY_MODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), mod)
    for pattern, mod in (
        (r"(?:about|around|approximately|roughly|some|circa|an estimated|close to|nearly|almost|just about)\s+",
         "APPROX"),
        (r"(?:(?:just|a little|slightly)\s+)?(?:more than|over|longer than|upwards of|well over|beyond)\s+",
         "MORE_THAN"),
        (r"(?:(?:just|a little|slightly)\s+)?(?:less than|under|fewer than|shorter than|barely)\s+", "LESS_THAN"),
        (r"(?:at least|no less than|no fewer than|a minimum of)\s+", "EQUAL_OR_MORE"),
        (r"(?:up to|no more than|at most|within|a maximum of|as much as|as long as)\s+", "EQUAL_OR_LESS"),
    )
)
_SUFFIX_MODS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), mod)
    for pattern, mod in (
        (r",?\s+or\s+so$", "APPROX"),
        (r",?\s+or\s+(?:later|after|beyond)$", "ON_OR_AFTER"),
        (r",?\s+or\s+(?:more|longer)$", "EQUAL_OR_MORE"),
        (r",?\s+or\s+(?:earlier|before)$", "ON_OR_BEFORE"),
        (r",?\s+at the latest$", "ON_OR_BEFORE"),
        (r",?\s+at the earliest$", "ON_OR_AFTER"),
    )
)
_ALL_RULES = (*times.make_rules(lambda text, ctx: _core(text, ctx)),
              *period_edges.make_rules(lambda text, ctx: _core(text, ctx)), *nth_weekday.RULES, *split_years.RULES,
              *ancient.RULES, *dates.RULES, *offsets.RULES, *SPOKEN_RULES, *relative.RULES, *new_year.RULES,
              *durations.RULES, *broadcast.RULES)


# Tokenised copies of news split clocks apart: "3: 33 a. m." is "3:33 a.m.".
_TOKENISED_CLOCK = re.compile(r"(\d[:.]) (\d\d)(?!\d)")
_TOKENISED_AMPM = re.compile(r"\b([ap])\. (m)\b\.?")
_GLUED_ZONE = re.compile(r"\b((?:[01]\d|2[0-3])[0-5]\d)(gmt|utc|z)\b")  # "1900GMT" (Anadolu) is "1900 GMT"


_BEYOND_RANGE = re.compile(r"-?\d{5}")


def clean(text: str) -> str:
    """Lower case, single spaces, no surrounding punctuation or possessive."""
    text = digits_for_spoken(digits_for_spoken_years(" ".join(text.lower().replace("’", "'").split())))
    text = _TOKENISED_CLOCK.sub(r"\1\2", _TOKENISED_AMPM.sub(r"\1.\2.", text))
    text = _GLUED_ZONE.sub(r"\1 \2", text).strip(" \"'`()[],;:!?")
    if text.endswith("'s") or text.endswith("s'"):
        text = text[:-2] if text.endswith("'s") else text[:-1]
    if text.endswith(".") and not re.search(r"\b[ap]\.m\.$|\b[a-z]\.[a-z]\.$|\b(?:jan|feb|mar|apr|jun|jul|aug|"
                                            r"sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.$",
                                            text):
        text = text[:-1]
    return text


def _core(text: str, ctx: Context) -> Normalised | None:
    for pattern, handler in _ALL_RULES:
        match = pattern.fullmatch(text)
        if match:
            found = handler(match, ctx)
            if found is not None:
                return found
    return None


def _peel(text: str, mods: tuple[tuple[re.Pattern[str], str], ...]) -> tuple[str, str | None]:
    for pattern, mod in mods:
        match = pattern.match(text)
        if match and match.end() < len(text):
            return text[match.end():], mod
    return text, None


def _with_suffix_mod(text: str) -> tuple[str, str | None]:
    for pattern, mod in _SUFFIX_MODS:
        match = pattern.search(text)
        if match and match.start() > 0:
            return text[: match.start()], mod
    return text, None


def _point_mod_applies(found: Normalised, mod: str, word: str, ctx: Context) -> str | None:
    """"earlier in 2021" said in 2022 is just 2021; "earlier this year" is its START."""
    if found.type not in (TimexType.DATE, TimexType.TIME):
        return None
    if word.startswith(("earlier", "later")) and ctx.dct is not None:
        span = TimeSpan.from_value(found.value)
        if span is None or not span.start <= ctx.dct <= span.end:
            return None
    return mod


_REST_OF = re.compile(r"(?:the\s+)?rest\s+of\s+(?=\S)")
_DAY_BESIDE = re.compile(r"(?:the\s+)?day\s+(?P<side>before|after)\s+(?P<rest>.+)")


def _day_beside(text: str, ctx: Context) -> Normalised | None:
    """"the day before last Tuesday", "the day after Christmas": one day off a named day."""
    match = _DAY_BESIDE.fullmatch(text)
    found = _core(match["rest"], ctx) if match else None
    if match is None or found is None or found.type is not TimexType.DATE:
        return None
    span = TimeSpan.from_value(found.value)
    if span is None or span.start != span.end:
        return None
    day = span.start.plus_days(1 if match["side"] == "after" else -1)
    return Normalised(TimexType.DATE, day.iso(), None, found.anchor)


def normalise(text: str, ctx: Context) -> Normalised | None:
    """TIMEX3 type, value and mod of ``text``; None when it is not a temporal expression we know."""
    try:
        found = _normalise(clean(text), ctx)
    except (ValueError, KeyError, IndexError, OverflowError, RecursionError):
        return None
    if found is not None and _BEYOND_RANGE.match(found.value):
        return None  # "Sunday of next week" told on 31 December 9999: no year 10000
    return found


def _normalise(text: str, ctx: Context) -> Normalised | None:
    if not text or len(text) > 80:
        return None
    found = _core(text, ctx) or _day_beside(text, ctx)
    if found is not None:
        return found
    if (rest_of := _REST_OF.match(text)) is not None:  # "the rest of the week": TimeML values the week itself
        found = _normalise(text[rest_of.end():], ctx)
        return found if found is not None and found.type is TimexType.DATE else None
    rest, suffix_mod = _with_suffix_mod(text)
    rest, quantity_mod = _peel(rest, _QUANTITY_MODS)
    core, point_mod = _peel(rest, _POINT_MODS)
    found = _core(core, ctx) if point_mod else None
    if found is not None and point_mod is not None:
        point_mod = _point_mod_applies(found, point_mod, rest, ctx)
    elif rest != text:
        found, point_mod = _core(rest, ctx), None
    if found is None:
        return None
    if found.type is TimexType.DATE and quantity_mod in _POINT_FOR_QUANTITY:
        quantity_mod = _POINT_FOR_QUANTITY[quantity_mod][_BACKWARD.search(rest) is not None]
    return found.with_mod(suffix_mod or quantity_mod or point_mod)


# "more than two years ago" is a point before the date two years back; "less than a year later" one before
# the date a year on. TimeML marks such points BEFORE / AFTER (MORE_THAN and LESS_THAN are for durations).
_POINT_FOR_QUANTITY = {"MORE_THAN": ("AFTER", "BEFORE"), "LESS_THAN": ("BEFORE", "AFTER")}
_BACKWARD = re.compile(r"\b(?:ago|earlier|before|previously)$")


@lru_cache(maxsize=4096)
def normalise_cached(text: str, dct: Day | None, reference: TimeSpan | None, direction: int,
                     period: TimeSpan | None = None) -> Normalised | None:
    """:func:`normalise` memoised on its inputs (news repeats "Friday", "last year" often)."""
    return normalise(text, Context(dct, reference, direction, period))
