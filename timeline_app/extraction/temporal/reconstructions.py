"""The days of a night told again after the fact, as police appeals, inquests and vote counts do: "a vigil on
Sunday night that lasted until dawn" (Monday's dawn), "shot at 2:19 a.m. ... seen in the area earlier that
night" (the night before), "Results were published Wednesday morning. Exit polls at 10 p.m. had shown a tie"
(Tuesday's 10 p.m.), "the morning rush hour on Friday" (Friday's morning) and "2am that Friday" (the Friday
named before). Clocks in a quotation: quoted_clocks.py.
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clause_tense import PAST_PERFECT, PLAN_IN_PAST_PERFECT
from timeline_app.extraction.temporal.clock_days import names_a_day
from timeline_app.extraction.temporal.quoted_clocks import with_clocks_of_the_quoted_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_END
from timeline_app.extraction.temporal.that_weekday import with_weekdays_named_before

_PART_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<part>MO|AF|EV|NI)")
_REACH = 400  # characters: about a paragraph
_EARLY_HOURS_UNTIL = 6  # a clock before this hour is in the small hours after the night before
_LATEST_HOUR = {"MO": 12, "AF": 18, "EV": 21, "NI": 24}  # a clock after this is later in the day than the part

# "lasted until dawn", "went on till the morning": the morning after the night told before
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|through\s+to|into)\s+$", re.I)
_MORNING_WORDS = re.compile(r"(?:the\s+)?(?:dawn|daybreak|sunrise|first\s+light|morning)", re.I)
_DAY_NAMED_AFTER = re.compile(r"\s*,?\s+(?:on|of)\s+")  # "until dawn on Sunday": the dawn has a day of its own
_LAST_YEAR = 9999  # the last year a TIMEX value can be written in four digits


def with_nights_until_dawn(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"held a vigil on Sunday night that lasted until dawn": the dawn that ends a night is the next day's."""
    result = list(expressions)
    for index in range(1, len(result)):
        night, morning = result[index - 1], result[index]
        evening = _PART_VALUE.fullmatch(night.value)
        if evening is None or evening["part"] not in ("EV", "NI") or morning.type is not TimexType.TIME:
            continue
        if not _MORNING_WORDS.fullmatch(morning.text) or SENTENCE_END.search(text, night.end, morning.start):
            continue
        if _UNTIL_BEFORE.search(text, max(0, morning.start - 16), morning.start) is None or (
                _day_named_after(result[index + 1:index + 2], morning, text)):
            continue
        dawn = Day.parse(evening["day"]).plus_days(1)
        if dawn.year <= _LAST_YEAR:
            result[index] = redated(morning, f"{dawn.iso()}TMO")
    return result


def _day_named_after(following: list[TemporalExpression], morning: TemporalExpression, text: str) -> bool:
    return bool(following) and _DAY_NAMED_AFTER.fullmatch(text, morning.end, following[0].start) is not None


# "earlier that night", "later that evening", "the earlier part of the evening": a part of the night told from a
# clock of that night (before the small hours, or around a late clock)
_PART_OF_THE_NIGHT = re.compile(r"(?:earlier|later)\s+(?:that|in\s+the|on\s+the)\s+(?:night|evening)", re.I)
_EARLIER_PART_OF = re.compile(r"\bthe\s+(?:earlier|early|later|late|first)\s+part\s+of\s+$", re.I)


def with_the_night_looked_back_on(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"shot at 2:19 a.m. on May 26. He had been seen earlier that night, at about 11:30 p.m.": the night before
    the small hours (or the evening of a late clock) is the one looked back on, with the bare clocks after it."""
    result = list(expressions)
    for index, expr in enumerate(result):
        part = _PART_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if part is None or part["part"] not in ("EV", "NI") or not _looks_back_within_the_night(expr, text):
            continue
        anchor = next((other for other in reversed(result[:index]) if CLOCK_VALUE.fullmatch(other.value)), None)
        clock = CLOCK_VALUE.fullmatch(anchor.value) if anchor is not None else None
        if anchor is None or clock is None or _too_far(text, anchor.end, expr.start):
            continue
        day = Day.parse(clock["day"])
        day = day.plus_days(-1) if int(clock["hour"]) < _EARLY_HOURS_UNTIL else day
        if day.iso() != part["day"]:
            result[index] = redated(expr, f"{day.iso()}T{part['part']}")
            _move_clocks_after(result, index, part["day"], day.iso(), text)
    return result


def _looks_back_within_the_night(expr: TemporalExpression, text: str) -> bool:
    return _PART_OF_THE_NIGHT.fullmatch(expr.text) is not None or _EARLIER_PART_OF.search(
        text, max(0, expr.start - 32), expr.start) is not None


def _too_far(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return len(between) > _REACH or "\n\n" in between


def _move_clocks_after(result: list[TemporalExpression], index: int, old_day: str, new_day: str, text: str) -> None:
    """The bare clocks of the rest of the sentence, left on the part's old day, go with it."""
    for later_index in range(index + 1, len(result)):
        later = result[later_index]
        if SENTENCE_END.search(text, result[index].end, later.start):
            return
        clock = CLOCK_VALUE.fullmatch(later.value)
        if clock is None or names_a_day(later.text):
            return
        if clock["day"] == old_day:
            result[later_index] = redated(later, f"{new_day}T{clock['clock']}")


# "Results were published Wednesday morning": a result or a publication, told on a morning after the night of it
_PUBLISHED = re.compile(r"\b(?:results?|published|released|announced|declared|issued|printed|came\s+out)\b", re.I)
# "By 3 p.m. the index had fallen": a progress report on the day told before, not a look back
_BY_BEFORE = re.compile(r"\b(?:by|until|till)\s+(?:about\s+|around\s+)?$", re.I)


def with_clocks_told_before_the_day(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"Results were published Wednesday morning. Exit polls at 10 p.m. had shown a tie.": a bare clock in the
    next sentence, told in the past perfect and later in the day than the time named before, is the day before."""
    result = list(expressions)
    for index in range(1, len(result)):
        before, clock_expr = result[index - 1], result[index]
        clock = CLOCK_VALUE.fullmatch(clock_expr.value) if clock_expr.type is TimexType.TIME else None
        if clock is None or names_a_day(clock_expr.text) or _too_far(text, before.end, clock_expr.start):
            continue
        latest = _latest_hour(before.value, clock["day"])
        if latest is None or (int(clock["hour"]), int(clock["minute"] or 0)) <= latest:
            continue
        if len(SENTENCE_END.findall(text, before.end, clock_expr.start)) != 1:
            continue  # (one sentence: overnight.with_clocks_looked_back_on)
        if _told_in_the_past_perfect(text, clock_expr) and _published_on_the_morning_after(text, before, clock_expr):
            day = Day.parse(clock["day"]).plus_days(-1).iso()
            result[index] = redated(clock_expr, f"{day}T{clock['clock']}")
    return result


def _published_on_the_morning_after(text: str, before: TemporalExpression, clock: TemporalExpression) -> bool:
    """The time before is a morning a result or a publication came out ("Results were published Wednesday
    morning"), and the clock is no progress report of that day ("By 3 p.m. the index had fallen")."""
    part = _PART_VALUE.fullmatch(before.value)
    if part is None or part["part"] != "MO" or _BY_BEFORE.search(text, max(0, clock.start - 20), clock.start):
        return False
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, before.start - 300), before.start)),
                default=max(0, before.start - 300))
    return _PUBLISHED.search(text, begin, before.end) is not None


def _latest_hour(value: str, day: str) -> tuple[int, int] | None:
    """How late in ``day`` the time named before reaches: its clock, or the end of its part of the day."""
    clock = CLOCK_VALUE.fullmatch(value)
    if clock is not None:
        return (int(clock["hour"]), int(clock["minute"] or 0)) if clock["day"] == day else None
    part = _PART_VALUE.fullmatch(value)
    if part is None or part["day"] != day:
        return None
    return _LATEST_HOUR[part["part"]], 0


# "at 10 p.m. had shown", "at 10 p.m., when voting closed, had shown" (not "at 3.45am that officers had fired":
# another clause)
_PAST_PERFECT_AFTER = re.compile(r"(?:\s*,[^,.;]{1,40},)?\s+(?:(?!(?:that|which|who|when|after|before|because|as"
                                 r"|since|while|but|and|or)\b)[\w-]+\s+){0,2}?had\s+(?:not\s+)?(?:been\s+)?"
                                 r"\w+(?:ed|en|wn)\b", re.I)


def _told_in_the_past_perfect(text: str, clock: TemporalExpression) -> bool:
    """The clock's own clause is in the past perfect: before it in its sentence ("He had been seen ... at 11:30
    p.m.") or just after it ("Exit polls at 10 p.m. had shown"), not in a clause further on ("By 9pm, police said
    370 people had been arrested")."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, clock.start - 300), clock.start)),
                default=max(0, clock.start - 300))
    before = text[begin:clock.start]
    if PAST_PERFECT.search(before) and not PLAN_IN_PAST_PERFECT.search(before):
        return True
    after = _PAST_PERFECT_AFTER.match(text, clock.end)
    return after is not None and PLAN_IN_PAST_PERFECT.search(after.group(0)) is None


_BARE_PART = re.compile(r"(?:the\s+)?(?:morning|afternoon|evening|night)", re.I)
# "the morning rush hour on Friday", "the evening news bulletin of 3 May": a part of a day named after the nouns
# of a session it holds (not "spoke in the morning and travels on Friday": another clause)
_SESSION_NOUNS_THEN_DAY = re.compile(r"\s+(?:rush[\s-]+hour|news(?:\s+bulletins?)?|bulletins?|peak|commute|traffic"
                                     r"|sessions?|shifts?|briefings?|editions?|services?|prayers?|programmes?"
                                     r"|programs?|broadcasts?|shows?|meetings?)\s+(?:on|of)\s+", re.I)


def with_parts_of_the_day_after(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"will stage a protest during the morning rush hour on Friday": the morning is Friday's."""
    result = list(expressions)
    for index in range(len(result) - 1):
        expr, day = result[index], result[index + 1]
        part = _PART_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if part is None or not _BARE_PART.fullmatch(expr.text) or day.type is not TimexType.DATE:
            continue
        session = _SESSION_NOUNS_THEN_DAY.fullmatch(text, expr.end, day.start)
        if day.span is None or day.span.days != 1 or session is None:
            continue
        if day.value[:10] != part["day"]:
            result[index] = redated(expr, f"{day.value[:10]}T{part['part']}")
    return result


def with_account_day_refinements(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """The days of clocks and parts of the day in an account told after the fact ("that Friday", a session of a
    day named after it, a quoted day, a night and its dawn, a clock told before a morning's results), in the
    order they build on each other."""
    result = with_parts_of_the_day_after(with_weekdays_named_before(expressions, text), text)
    result = with_clocks_of_the_quoted_day(result, text)
    result = with_the_night_looked_back_on(with_nights_until_dawn(result, text), text)
    return with_clocks_told_before_the_day(result, text)
