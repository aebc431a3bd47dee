"""A live blog written newest first runs back across midnight: "01:10 - Firefighters say the structure is saved"
above "23:40 - The fire is under control" is the evening before. Its entry clocks, all read on one day, change day
at each turn of the clock down the page. Which side of the turn is the article's day is read from a weekday its
newest entries name ("shortly after 3.40am on Thursday" in a blog dated Wednesday); without one, the newest entries
are on the article's day."""

from __future__ import annotations

import re
from itertools import pairwise

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor
from timeline_app.extraction.temporal.lexicon import FULL_WEEKDAYS
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.story_clocks import is_live_entry

_CLOCK_ON_A_DAY = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<hour>\d\d):(?P<minute>\d\d)(?P<rest>.*)")
_FEWEST_FALLS_PER_TURN = 3  # "16:30 ... 10:30 ... 4:15 p.m." is a list of updates, not a blog run backwards
_NOON = 12 * 60
_WEEKDAY = re.compile(r"\b(?P<name>" + "|".join(w.capitalize() for w in FULL_WEEKDAYS) + r")\b")


def with_live_blog_days(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with the entries of a newest-first blog on their days, one day back at each midnight."""
    entries = [i for i, e in enumerate(expressions) if e.type is TimexType.TIME
               and _CLOCK_ON_A_DAY.fullmatch(e.value) and is_live_entry(text, e.start, e.end)]
    readings = [m for i in entries if (m := _CLOCK_ON_A_DAY.fullmatch(expressions[i].value))]
    if len(readings) < _FEWEST_FALLS_PER_TURN or len({r["day"] for r in readings}) != 1:
        return expressions
    minutes = [int(r["hour"]) * 60 + int(r["minute"]) for r in readings]
    turns = [position + 1 for position, (newer, older) in enumerate(pairwise(minutes)) if older > newer]
    falls = sum(older < newer for newer, older in pairwise(minutes))
    if not turns or falls < _FEWEST_FALLS_PER_TURN * len(turns) or not all(
            minutes[t - 1] < _NOON <= minutes[t] for t in turns):
        return expressions  # written oldest first, or not across midnight
    day = Day.parse(readings[0]["day"])
    top = text[expressions[entries[0]].start:expressions[entries[turns[0]]].start]
    shift = 1 if _names_the_day_after(top, day) else 0
    result = list(expressions)
    for position, (index, reading) in enumerate(zip(entries, readings, strict=True)):
        moved = shift - sum(position >= t for t in turns)
        if moved:
            value = f"{day.plus_days(moved).iso()}T{reading['hour']}:{reading['minute']}{reading['rest']}"
            result[index] = redated(result[index], value, Anchor.REFERENCE_TIME)
    return result


def _names_the_day_after(newest_entries: str, day: Day) -> bool:
    """Whether the newest entries call their day by the weekday after ``day`` (and never by ``day``'s own)."""
    named = {m["name"].lower() for m in _WEEKDAY.finditer(newest_entries)}
    return FULL_WEEKDAYS[day.plus_days(1).weekday] in named and FULL_WEEKDAYS[day.weekday] not in named
