"""A clock reading of an event a possessive day named: "The death toll from Saturday's earthquake rose on
Sunday. The quake struck at 8.50am" is Saturday's 8.50am, not the day the story has moved on to."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clock_days import names_a_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, DAY_VALUE
from timeline_app.extraction.temporal.sentence_breaks import sentence_bounds

# "Saturday's earthquake", "Monday's deadly attack": the day's possessive, then the event's noun
_EVENT_AFTER = re.compile(r"['\u2019]s\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z]{4,})\b(?!\s+(?:of|in|on|at|for)\b)")
# "The quake", "the deadly attack": the event taken up again in the clock's sentence
_EVENT_AGAIN = re.compile(r"\b(?:the|that|this)\s+(?P<first>[\w.-]+)(?:\s+(?P<second>[a-z]+))?", re.I)
_REACH = 400  # characters: the same passage
_SHORTEST_NOUN = 4


def with_clocks_of_named_events(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """``expressions`` with a bare clock moved to the day of the event its sentence takes up again."""
    result = list(expressions)
    events: list[tuple[str, str, int]] = []  # (noun, day, where the day was written)
    for index, expr in enumerate(result):
        if expr.type is TimexType.DATE and DAY_VALUE.fullmatch(expr.value):
            named = _EVENT_AFTER.match(text, expr.end)
            if named is not None:
                events.append((named["noun"].lower(), expr.value, expr.end))
            continue
        reading = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if reading is None or names_a_day(expr.text):
            continue
        day = _event_day_taken_up(text, expr, [e for e in events if expr.start - e[2] <= _REACH])
        if day is not None and day != reading["day"]:
            result[index] = redated(expr, f"{day}T{reading['clock']}")
    return result


def _event_day_taken_up(text: str, clock: TemporalExpression, events: list[tuple[str, str, int]]) -> str | None:
    """The day of the latest event the clock's sentence names again before the clock ("The quake struck at")."""
    begin, _ = sentence_bounds(text, clock.start, clock.end)
    for noun, day, end in reversed(events):
        if end > begin:
            continue  # the event's own sentence: its clocks are dated there
        for again in _EVENT_AGAIN.finditer(text, begin, clock.start):
            words = (again["first"].lower(), (again["second"] or "").lower())
            if any(len(word) >= _SHORTEST_NOUN and noun.endswith(word) for word in words):
                return day
    return None
