"""The days of a night told again after the fact, as police appeals, inquests and vote counts do: "a vigil on
Sunday night that lasted until dawn" (Monday's dawn), "shot at 2:19 a.m. ... seen in the area earlier that
night" (the night before), "Results were published Wednesday morning. Exit polls at 10 p.m. had shown a tie"
(Tuesday's 10 p.m.), a day named inside a quotation for the clocks the speaker gives after it, "the morning
rush hour on Friday" (Friday's morning) and "2am that Friday" (the Friday named before).
"""

from __future__ import annotations

import re

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clock_days import in_quotation, names_a_day
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.that_weekday import with_weekdays_named_before

_PART_VALUE = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<part>MO|AF|EV|NI)")
_DAY_OF = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)(?:T.*)?")
_SENTENCE_END = re.compile(r"(?<![ap]\.m)(?<!\b[A-Z])[.!?][\"'\u201d\u2019)]*\s+(?=[A-Z\"\u201c])|\n")
_REACH = 400  # characters: about a paragraph
_EARLY_HOURS_UNTIL = 6  # a clock before this hour is in the small hours after the night before
_LATEST_HOUR = {"MO": 12, "AF": 18, "EV": 21, "NI": 24}  # a clock after this is later in the day than the part

# "lasted until dawn", "went on till the morning": the morning after the night told before
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|til|through\s+to|into)\s+$", re.I)
_MORNING_WORDS = re.compile(r"(?:the\s+)?(?:dawn|daybreak|sunrise|first\s+light|morning)", re.I)


def with_nights_until_dawn(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"held a vigil on Sunday night that lasted until dawn": the dawn that ends a night is the next day's."""
    result = list(expressions)
    for index in range(1, len(result)):
        night, morning = result[index - 1], result[index]
        evening = _PART_VALUE.fullmatch(night.value)
        if evening is None or evening["part"] not in ("EV", "NI") or morning.type is not TimexType.TIME:
            continue
        if not _MORNING_WORDS.fullmatch(morning.text) or _SENTENCE_END.search(text, night.end, morning.start):
            continue
        if _UNTIL_BEFORE.search(text, max(0, morning.start - 16), morning.start) is None:
            continue
        result[index] = redated(morning, f"{Day.parse(evening['day']).plus_days(1).iso()}TMO")
    return result


# "earlier that night", "the earlier part of the evening", "earlier in the evening": a look back from a clock
_EARLIER_PART = re.compile(r"(?:earlier|later)\s+(?:that|in\s+the|on\s+the)\s+(?:night|evening)", re.I)
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
    return _EARLIER_PART.fullmatch(expr.text) is not None or _EARLIER_PART_OF.search(
        text, max(0, expr.start - 32), expr.start) is not None


def _too_far(text: str, end: int, start: int) -> bool:
    between = text[end:start]
    return len(between) > _REACH or "\n\n" in between


def _move_clocks_after(result: list[TemporalExpression], index: int, old_day: str, new_day: str, text: str) -> None:
    """The bare clocks of the rest of the sentence, left on the part's old day, go with it."""
    for later_index in range(index + 1, len(result)):
        later = result[later_index]
        if _SENTENCE_END.search(text, result[index].end, later.start):
            return
        clock = CLOCK_VALUE.fullmatch(later.value)
        if clock is None or names_a_day(later.text):
            return
        if clock["day"] == old_day:
            result[later_index] = redated(later, f"{new_day}T{clock['clock']}")


_PAST_PERFECT = re.compile(r"\bhad\s+(?:not\s+)?(?:been\s+)?\w+(?:ed|en|wn)\b", re.I)
_PLAN = re.compile(r"\bhad\s+been\s+(?:due|scheduled|expected|set|supposed|slated|planned)\b", re.I)


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
        if len(_SENTENCE_END.findall(text, before.end, clock_expr.start)) != 1:
            continue  # (one sentence: overnight.with_clocks_looked_back_on)
        if _told_in_the_past_perfect(text, clock_expr):
            day = Day.parse(clock["day"]).plus_days(-1).iso()
            result[index] = redated(clock_expr, f"{day}T{clock['clock']}")
    return result


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
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, clock.start - 300), clock.start)),
                default=max(0, clock.start - 300))
    before = text[begin:clock.start]
    if _PAST_PERFECT.search(before) and not _PLAN.search(before):
        return True
    after = _PAST_PERFECT_AFTER.match(text, clock.end)
    return after is not None and _PLAN.search(after.group(0)) is None


_QUOTE_MARKS = re.compile(r"[\"\u201c\u201d]")


def with_clocks_of_the_quoted_day(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"It was a busy Saturday night. I would urge anyone who was on Caroline Street between 10pm and midnight to
    come forward.": a bare clock in a quotation is on the day the speaker named before it there."""
    result = list(expressions)
    for index, expr in enumerate(result):
        clock = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if clock is None or names_a_day(expr.text) or not in_quotation(text, expr.start):
            continue
        named = next((other for other in reversed(result[:index]) if other.span is not None
                      and other.span.days <= 1 and _DAY_OF.fullmatch(other.value)), None)
        if named is None or not in_quotation(text, named.start) or _too_far(text, named.end, expr.start):
            continue
        if _QUOTE_MARKS.search(text, named.end, expr.start) or "\n" in text[named.end:expr.start]:
            continue
        day = named.value[:10]
        if day != clock["day"]:
            result[index] = redated(expr, f"{day}T{clock['clock']}")
    return result


_BARE_PART = re.compile(r"(?:the\s+)?(?:morning|afternoon|evening|night)", re.I)
# "the morning rush hour on Friday", "the evening news bulletin of 3 May": a part of a day named after it
_PART_NOUNS_THEN_DAY = re.compile(r"\s+(?:[a-z-]+\s+){1,2}(?:on|of)\s+")


def with_parts_of_the_day_after(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """"will stage a protest during the morning rush hour on Friday": the morning is Friday's."""
    result = list(expressions)
    for index in range(len(result) - 1):
        expr, day = result[index], result[index + 1]
        part = _PART_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
        if part is None or not _BARE_PART.fullmatch(expr.text) or day.type is not TimexType.DATE:
            continue
        if day.span is None or day.span.days != 1 or _PART_NOUNS_THEN_DAY.fullmatch(text, expr.end, day.start) is None:
            continue
        if day.value[:10] != part["day"]:
            result[index] = redated(expr, f"{day.value[:10]}T{part['part']}")
    return result


def with_reconstructed_night(expressions: list[TemporalExpression], text: str) -> list[TemporalExpression]:
    """All of the above, in the order they build on each other."""
    result = with_parts_of_the_day_after(with_weekdays_named_before(expressions, text), text)
    result = with_clocks_of_the_quoted_day(result, text)
    result = with_the_night_looked_back_on(with_nights_until_dawn(result, text), text)
    return with_clocks_told_before_the_day(result, text)
