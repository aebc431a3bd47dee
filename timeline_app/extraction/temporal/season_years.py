"""Seasons in the year their sentence names: "In 2014 the process took until the autumn" (2014-FA), "Congress
cut short its summer break in 1994" (1994-SU), not the seasons of the DCT's year."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.unstated_periods import WEATHER_SUPERLATIVE

# A season alone: "the autumn", "summer", "late spring", "hottest summer" (its value is the DCT's year's season).
SEASON_ALONE = re.compile(rf"(?i:(?:(?:early|late|mid)[\s-]+)?(?:the\s+)?(?:{WEATHER_SUPERLATIVE}\s+)?"
                          r"(?:spring|summer|autumn|fall|winter))")
SEASON_VALUE = re.compile(r"-?\d{4}-(?:SP|SU|FA|WI)")
# "its summer break in 1994", "the winter session in 2019": a seasonal thing and the year it happened in
_SEASON_THING_IN_YEAR = re.compile(r"[\s-]+(?:break|recess|holidays?|vacation|session|sitting|term|season|months"
                                   r"|campaign|harvest|offensive|tour|festival|games|olympics|school\s+holidays)"
                                   r"\s+(?:of|in)\s+(?P<year>(?:1[6-9]|20)\d\d)(?![\d-])", re.I)


def is_season_alone(surface: str, found: Normalised) -> bool:
    """Whether the expression is a season without its year, read in the DCT's year."""
    return SEASON_ALONE.fullmatch(surface) is not None and SEASON_VALUE.fullmatch(found.value) is not None


def season_of_the_year_after(found: Normalised, text: str, candidate: Candidate) -> Normalised | None:
    """A season whose thing is dated right after it ("its summer break in 1994"): that year's season."""
    if not SEASON_VALUE.fullmatch(found.value):
        return None
    after = _SEASON_THING_IN_YEAR.match(text, candidate.end)
    if after is None:
        return None
    return replace(found, value=after["year"] + found.value[found.value.index("-", 1):], anchor=Anchor.EXPLICIT)
