"""Forms whose period the text leaves unstated, for the reader to take from the story: "last season" (a crop or
sport season, no calendar unit), "years late" (a delay of some years), "its hottest summer" (a season on the
weather record, of the year the story is in) and "Saturday 20th" (a weekday with its day, the month left out).

``BODIES`` are candidate patterns for :mod:`patterns`; ``RULES`` normalise their lower-cased text.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day, days_in_month
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Context, Handler, Normalised, date
from timeline_app.extraction.temporal.lexicon import SEASONS, WEEKDAY_CAPITALISED, WEEKDAYS, alternation
from timeline_app.extraction.temporal.resolve import FUTURE, PAST

# Superlatives of the weather record: "the best summer of his life" is no season on the record.
WEATHER_SUPERLATIVE = (r"(?:hottest|warmest|wettest|driest|coldest|coolest|mildest|sunniest|snowiest|rainiest"
                       r"|stormiest|windiest|dullest|chilliest|harshest|severest|balmiest|cloudiest|dreariest)")
_CALENDAR_SEASONS = [s for s in SEASONS if s != "fall"]  # "the biggest fall" is a drop
_SEASON_CAPS = rf"(?-i:{alternation(_CALENDAR_SEASONS)})"
_SEASON_REL = (r"(?:(?P<rel>last|this|next)|the\s+(?P<rel2>previous|coming|current))\s+season"
               r"(?!\s+of\b)(?![\w-])")  # "this season of the show" is one of its series
# "the show's last season", "its last season", "his last season at the club": the final one, not the one before
_OWNER_BEFORE = re.compile(r"(?:['\u2019]s?|\b(?:its|his|her|their|our|my|your))\s+$", re.I)

BODIES: dict[str, str] = {
    # "down from 36 million tonnes last season", "so far this season" (but not "this season of the show")
    "season_rel": _SEASON_REL,
    # "The renovation ran years late"
    "units_late": r"(?:hours|days|weeks|months|years|decades)(?=\s+(?:late|overdue|behind\s+schedule)\b)",
    # "its hottest summer on record", "the wettest winter": the season of the story after a superlative
    "superlative_season": rf"(?:(?<=\bits\s)|(?<=\bthe\s)|(?<=\btheir\s)|(?<=\bthis\s)){WEATHER_SUPERLATIVE}"
                          rf"\s+{_SEASON_CAPS}(?!\s+(?:of|in)\s+(?:the\s+)?\d)",
    # "Steve Earle performs on Saturday 20th": the weekday and its day, the month left to the reader
    "weekday_ordinal": rf"{WEEKDAY_CAPITALISED}\s+(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)(?![\w-])"
                       r"(?!\s+(?:of\s+)?(?-i:[A-Z]))",
}


_SEASON_WORDS = re.compile(r"(?:the\s+)?(?:last|this|next|previous|coming|current)\s+season", re.I)
_OF_AFTER = re.compile(r"\s+of\b")


def is_season_of_a_run(text: str, start: int, end: int) -> bool:
    """"The show's last season", "in his last season at the club": the final one of a run; "this season of the
    show": one of its series. Neither is a time (whoever found the words: a rule or the model)."""
    if _SEASON_WORDS.fullmatch(text, start, end) is None:
        return False
    if _OF_AFTER.match(text, end):
        return True
    return text[start:start + 4].lower() == "last" and _OWNER_BEFORE.search(text, max(0, start - 8), start) is not None


def _season_rel(m: re.Match[str], ctx: Context) -> Normalised | None:
    """A season that spans two years is no calendar unit: the past, the present or the future of the story."""
    which = m["rel"] or m["rel2"]
    value = "PAST_REF" if which in ("last", "previous") else "FUTURE_REF" if which in ("next", "coming") else (
        "PRESENT_REF")
    return date(value, Anchor.DOCUMENT_DATE)


def _superlative_season(m: re.Match[str], ctx: Context) -> Normalised | None:
    """"its hottest summer on record": this year's season, or last year's when it has not yet begun (a winter
    goes by the year it ends in, as "this winter" does in March); a year the story names wins (context_rules)."""
    if ctx.dct is None:
        return None
    code = SEASONS[m["season"]]
    first_month = {"SP": 3, "SU": 6, "FA": 9, "WI": 1}[code]
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


RULES: tuple[tuple[re.Pattern[str], Handler], ...] = tuple(
    (re.compile(pattern), handler)
    for pattern, handler in (
        (_SEASON_REL, _season_rel),  # the candidate's own body
        (rf"{WEATHER_SUPERLATIVE}\s+(?P<season>{alternation(_CALENDAR_SEASONS)})", _superlative_season),
        (rf"(?P<weekday>{alternation(WEEKDAYS)})\s+(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)", _weekday_ordinal),
    )
)
