"""What an article says about a holiday's day: "Eidul Fitr, which was celebrated on June 5", and which Eid a
bare "Eid" is.

Lunar and lunisolar holidays begin a day earlier or later from country to country (the moon is sighted, or
not); when the article states the day, that day is the one meant. A bare "Eid" in a story about Ramadan or
Lebaran is Eid al-Fitr, in one about the Hajj Eid al-Adha.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.holidays import HOLIDAY_NAMES, holiday_days
from timeline_app.extraction.temporal.lunar import canonical, lunar_days
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import DAY_VALUE

# Between a holiday and the day the article gives it: ", which falls on", ", the Persian New Year, which begins
# on", " fell on", " was celebrated on".
_STATED = re.compile(r",?\s+(?:the\s+[\w\s'-]{1,40}?,\s+)?(?:(?:which|that|when\s+it|it)\s+)?"
                     r"(?:(?:is|was|will\s+be|would\s+be|has\s+been|had\s+been|is\s+to\s+be)\s+)?"
                     r"(?:falls?|fell|falling|will\s+fall|begins?|began|starts?|started|will\s+begin|will\s+start"
                     r"|celebrated|observed|marked)\s+(?:on\s+)?", re.I)
_REL = re.compile(r"(?:last|next|this)\s+", re.I)
_NEAR_ENOUGH = 3  # days a country's observance may differ from the calendar used
_FITR_STORY = re.compile(r"Fitr|Fitri|Lebaran|Puasa|Aidilfitri|Ramadan|Ramzan|Shawwal|fasting month")
_ADHA_STORY = re.compile(r"Adha|Azha|Zuha|Hajj|Haji|Qurban|Korban|Bakr[ai]?[\s-]?[Ee]id|Aidiladha|sacrificial")


def with_stated_holiday_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with each holiday on the day the article states for it, if that day is within a few
    days of the calendar's, and each bare "Eid" the Eid the story is about."""
    dated = _eid_of_the_story(list(expressions), text)
    for index, expr in enumerate(dated[:-1]):
        name = holiday_name(expr.text)
        stated = dated[index + 1]
        if name is None or not DAY_VALUE.fullmatch(expr.value) or stated.type is not TimexType.DATE:
            continue
        if not DAY_VALUE.fullmatch(stated.value) or not _STATED.fullmatch(text, expr.end, stated.start):
            continue
        day = Day.parse(stated.value)
        if any(abs(near.number - day.number) <= _NEAR_ENOUGH for year in (day.year - 1, day.year)
               for near in holiday_days(name, year)):
            dated[index] = _redated(expr, day, stated)
    return dated


def holiday_name(surface: str) -> str | None:
    """The canonical holiday an expression's text names ("last Nowruz" is "nowruz"), else None."""
    name = canonical(_REL.sub("", surface.strip(), count=1))
    return name if name in HOLIDAY_NAMES else None


def _eid_of_the_story(dated: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    fitr, adha = _FITR_STORY.search(text) is not None, _ADHA_STORY.search(text) is not None
    if fitr == adha:
        return dated  # neither or both: the Eid nearest in the tense of its sentence stands
    which = "eid al-fitr" if fitr else "eid al-adha"
    for index, expr in enumerate(dated):
        if holiday_name(expr.text) != "eid" or not DAY_VALUE.fullmatch(expr.value):
            continue
        read = Day.parse(expr.value)
        options = [day for year in (read.year - 1, read.year, read.year + 1) for day in lunar_days(which, year)]
        if options:
            dated[index] = _redated(expr, min(options, key=lambda day: abs(day.number - read.number)), expr)
    return dated


def _redated(expr: TemporalExpression, day: Day, anchored_like: TemporalExpression) -> TemporalExpression:
    anchor = anchored_like.span.anchor if anchored_like.span is not None else None
    if anchor is None or day.iso() == expr.value:
        return expr
    return redated(expr, day.iso(), anchor)
