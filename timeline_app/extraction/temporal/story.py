"""What the text has said so far, and which of it a relative expression counts from: the reference time
(the latest date resolved), the day the story is at, the reporting period of financial news and the year a
sentence opened with."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import GRANULARITY_ORDER, Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal import direction_cues as cues
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.clause_years import (
    in_its_when_clause,
    is_dated_by,
    month_the_story_moves_on_to,
    since_told_from_now,
)
from timeline_app.extraction.temporal.lexicon import FOUR_DIGIT_YEAR, WEEKDAY_CAPITALISED
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE, FUTURE, NEAREST, PAST, UNKNOWN, value_at
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_BREAK, breaks_sentence
from timeline_app.extraction.temporal.story_clocks import is_live_entry, reaches, story_day_for_clock, timeline_day
from timeline_app.extraction.temporal.story_years import (
    YEAR_OR_COARSER,
    is_year_of_the_date_before,
    no_year_for_what_follows,
)
from timeline_app.extraction.temporal.tense import DocView

# Financial reports give year-to-date figures after the quarter's: "the nine months", "the first six months".
_YEAR_TO_DATE = re.compile(r"(?:the\s+)?(?:first\s+)?(?:six|nine|6|9)\s+months", re.I)
# The days named last that a clock may still be on: "spoke on Sunday night. The first round is on 30 June and the
# second on 7 July. He made the announcement at 9pm" passes over days ahead back to Sunday.
_DAYS_REMEMBERED = 4
_DAYS_AWAY = re.compile(r"\b(?:days?|hours?|minutes?)\s+(?:earlier|later|before|after)\b", re.I)
_FRAME_COMMA = re.compile(r"\s*,")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"'”’]\s*)"
                               r"(?:(?-i:In|During|Early|Late|Later|Earlier)(?:\s+in)?\s+(?:the\s+)?)?$")
# What can open a sentence as its frame: "In 2019,", "In the summer of 2011,", "In March 2011,".
_FRAMING = frozenset({Granularity.YEAR, Granularity.HALF, Granularity.SEASON, Granularity.QUARTER,
                      Granularity.MONTH})
CLOCK_KINDS = frozenset({"clock", "noon", "wire_clock", "wire_clock_on", "dotted_clock",
                         "the_part", "hour_of_part", "part_of_day", "part_of_session",
                         "day_turn"})
# A year in a name ("the 'Nato 2030' plan", "Vision 2030"), not after a capitalised function word ("The 2023 plan")
_NAME_BEFORE = re.compile(r"(?:(?<![A-Za-z])(?!(?:The|This|That|In|By|Since|For|From|Until|Its|Their|Our|Last|Next)\s)"
                          r"[A-Z][A-Za-z]*|['\"‘“])\s?$")
_SAID_IN_BEFORE = re.compile(r"\b(?:said|announced|reported|added|told\s+\w+)\s+(?:in|on)\s+$", re.I)
_FISCAL_BEFORE = re.compile(r"\b(?:fiscal|financial)(?:\s+year)?\s+$|\bFY\s?$", re.I)
_FISCAL_LABEL = re.compile(r"(?:the\s+)?(?:fiscal|financial|FY)\b", re.I)
_CLOCK_THEN_DAY = re.compile(r"\s*(?:\([^()]*\)\s*)?,?\s*(?:on\s+)?")
_PRESENT_VERB = re.compile(r"\b(?:is|are|has|have)\b", re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|after|before)\s+(?:the\s+)?(?:\d{4}\s*[-\u2013]\s*)?$", re.I)
# Another clause after the year that opened the sentence: "; ", ", and", ", but", ", he said".
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas)\b|,\s+\w+\s+(?:said|says|told|added)\b")


@dataclass
class StoryContext:
    """What the text has said so far: the reference time and the latest quarter or half named."""

    dct: Day | None
    reference: TimeSpan | None = None
    reference_start: int = 0
    reference_end: int = 0
    # The last days named (not reported, not bounds), latest last, with where each was written:
    # "arrested early Sunday ... his 2008 Bentley ... about 1:30 a.m." is Sunday's 1:30.
    day_history: list[tuple[TimeSpan, int]] = field(default_factory=list)
    period: TimeSpan | None = None
    # The year a sentence opened with ("In 2019, ..."), and where it was written.
    frame: TimeSpan | None = None
    frame_end: int = 0

    def update(self, expr: TemporalExpression, reported: bool = False, bound: bool = False, text: str = "") -> None:
        """Take ``expr`` as the reference time; the day of a report ("officials said on Tuesday") or a
        bound ("runs through Friday") is not the day its story happened, so clock readings keep the day
        named before it."""
        span = expr.span
        if expr.type is TimexType.DURATION and _YEAR_TO_DATE.fullmatch(expr.text):
            self._to_year()
        if span is None or span.anchor is Anchor.INFERRED:
            return
        if (bound and span.granularity in YEAR_OR_COARSER) or is_year_of_the_date_before(
                text, self.reference, self.reference_end, span, expr.start):
            return  # "will rule until 2022, well into the next decade": a bound year is no reference
        clock = self._clock_of_the_day(span, text[self.reference_end:expr.start] if text else None)
        if clock is not None:
            self.reference = clock
        else:
            self.reference, self.reference_start, self.reference_end = span, expr.start, expr.end
        if span.granularity is Granularity.DAY and not reported:
            self.day_history = [*self.day_history[-(_DAYS_REMEMBERED - 1):], (span, expr.end)]
        if span.granularity in (Granularity.QUARTER, Granularity.HALF) and self._is_reporting_period(span):
            self.period = span

    def _clock_of_the_day(self, span: TimeSpan, between: str | None) -> TimeSpan | None:
        """"departed at 21:05 (19:05 GMT) on August 19 and disappeared 23 minutes later": a day written straight
        after a clock is the clock's day, and the clock on it stays the reference time."""
        clock = CLOCK_VALUE.fullmatch(self.reference.value) if self.reference is not None else None
        if clock is None or between is None or span.granularity is not Granularity.DAY or "T" in span.value:
            return None
        if _CLOCK_THEN_DAY.fullmatch(between) is None:
            return None
        return TimeSpan.from_value(f"{span.value}T{clock['clock']}", None, span.anchor)

    def _to_year(self) -> None:
        """"For the nine months, ... a year earlier": the comparison is now with the year before."""
        base = self.period.start if self.period is not None else self.dct
        if base is not None:
            self.period = TimeSpan.from_value(value_at(base, Granularity.YEAR))

    def _is_reporting_period(self, span: TimeSpan) -> bool:
        """The quarter a financial story reports on: current or ended within about half a year."""
        if span.anchor is Anchor.REFERENCE_TIME or self.dct is None:
            return False
        if self.period is not None and span.end.number > self.dct.number:
            return False  # "expect a further decline in the fourth quarter": a forecast, not the period reported
        return -92 <= self.dct.number - span.end.number <= 200


def reference_for(text: str, candidate: Candidate, doc: DocView, context: StoryContext,
                   direction: int = UNKNOWN) -> TimeSpan | None:
    """The reference time; a clock reading or "a day earlier" counts from a day, not from "as recently
    as February"."""
    reference = context.reference
    if candidate.kind in CLOCK_KINDS or text.lower() == "overnight":
        if is_live_entry(doc.text, candidate.start, candidate.end):
            # "13:10 GMT - Russian forces captured ...": a live blog's entry, on the day it is written; but a
            # timeline's entry is on the day it recounts ("a timeline of the events of 7 July.\n09:47 - ...")
            return timeline_day(doc.text, context.day_history, context.dct)
        if text.lower() == "overnight" and direction == FUTURE:
            return None  # "Temperatures are forecast to drop overnight": tonight, whatever day was planned before
        day = story_day_for_clock(doc, context, candidate, direction)
        if day is not None and text.lower() == "overnight" and context.dct is not None and not (
                0 <= context.dct.number - day.start.number <= 1) and len(SENTENCE_BREAK.findall(
                doc.text, context.day_history[-1][1], candidate.start)) > 1:
            return None  # "vetoed on Wednesday. [...] Israel expanded ground operations overnight": last night
        return day
    day = _last_day_reaching(doc.text, context, candidate.start)
    if candidate.kind == "ref_day" and day is not None:
        return day  # "will vote on June 24, officials said Saturday. ... that day": the 24th
    if _DAYS_AWAY.search(text) is not None and (reference is None or reference.days > 1) and day is not None:
        return day
    return reference


def _last_day_reaching(text: str, context: StoryContext, start: int) -> TimeSpan | None:
    """The day named last, if it still holds at ``start``: in its paragraph or close after it."""
    if not context.day_history:
        return None
    day, end = context.day_history[-1]
    return day if reaches(text, end, start) else None


_DAY_NOUN = re.compile(r"\b(?:days?|dates?|deadlines?|sittings?|sessions?|holidays?)\b", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:at|of|for|on|with|about|from|to|into|over)\s+$", re.I)
# "six months before", "three weeks after": a count that ties the day to the event in the year named
_COUNT_LINKS = re.compile(r"\b(?:\d+|[a-z]+)[\s-]+(?:days?|weeks?|months?)\s+(?:before|after|later|earlier)\b", re.I)


def in_the_year_named(found: Normalised, text: str, candidate: Candidate, context: StoryContext,
                       direction: int) -> Normalised:
    """"ran for president last year before dropping out in December", "the 2020 edition would take place
    from May 12": a month or day in the year its sentence just named (not "was elected in 2019 and will
    step down in March")."""
    year = context.reference
    if year is None or no_year_for_what_follows(
            text, context.reference_start, context.reference_end, candidate.start) or cues.apart_by_relative_clause(
            text, context.reference_start, context.reference_end, candidate.start):
        return found  # "Kanzaki, which turns 100 next year, raised its forecast in July": the aside's year
    if breaks_sentence(text, context.reference_end, candidate.start):
        return _in_the_year_told(found, text, candidate, context, direction)
    moved = _year_named_for(found, text, candidate, context, direction, year)
    return moved if _on_its_side(moved, context.dct, direction) else found


def _owns_a_thing(text: str, year_start: int, year_end: int, start: int) -> bool:
    """"a first look at next year's products on May 21": the year of the products, not the day. But "This
    year's programme includes a lecture on Sept. 27" opens the sentence and frames it, and "the year's final
    sitting day on December 3" is a day of that year."""
    return text.startswith(("'s", "\u2019s"), year_end) and _PREPOSITION_BEFORE.search(
        text, max(0, year_start - 12), year_start) is not None and _DAY_NOUN.search(text, year_end, start) is None


def _on_its_side(moved: Normalised, dct: Day | None, direction: int) -> bool:
    """A past verb cannot take a month ahead of the DCT ("raised its forecast in July" is no July of next year).
    A plan may take a month gone: "The 2023 Plan, which runs from January to December"."""
    span = TimeSpan.from_value(moved.value)
    return dct is None or span is None or direction != PAST or not span.start > dct


def _month_from(value: str, month: int) -> bool:
    """Whether ``value`` names a month (not a season, "2005-SU") at or after ``month``."""
    return value[5:7].isdigit() and int(value[5:7]) >= month


def _year_named_for(found: Normalised, text: str, candidate: Candidate, context: StoryContext, direction: int,
                    year: TimeSpan) -> Normalised:
    if year.granularity is Granularity.MONTH and year.anchor is Anchor.EXPLICIT and (
            found.value[5:7] == f"{year.start.month:02d}"):
        return _in_year_of(found, year)  # "In July 1995 Serb forces took Srebrenica, and on 14 July ..."
    if year.granularity in _STORY_STEPS and (len(found.value) == 7 or year.anchor is Anchor.EXPLICIT) and (
            told_in_the_past(context, year, direction)) and _month_from(found.value, year.start.month) and not (
            _SAID_IN_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)):
        return _in_year_of(found, year)  # "In 1991, polling stopped on May 21, and the rest was held in June"
    if year.granularity is not Granularity.YEAR:
        return found
    if in_its_when_clause(text, context.reference_end, candidate.start):
        return _in_year_of(found, year)  # "than in 2019, when it fell on 21 April"
    if _SINCE_BEFORE.search(text, max(0, candidate.start - 16), candidate.start) and _PRESENT_VERB.search(
            text, context.reference_end, candidate.start):
        return found  # "listed in 2006, the stock is up 21% since January": since January of this year
    if direction == FUTURE and context.dct is not None and year.end < context.dct:
        return found
    if _NAME_BEFORE.search(text[max(0, context.reference_start - 12):context.reference_start]):
        return found  # a year in a name ("the 'Nato 2030' plan") dates nothing else
    if _FISCAL_BEFORE.search(text, max(0, context.reference_start - 20), context.reference_start) or (
            _FISCAL_LABEL.match(text, context.reference_start)):
        return found  # "the budget request for fiscal year 2027, due in the spring": a label, not the frame
    if _owns_a_thing(text, context.reference_start, context.reference_end, candidate.start):
        return found
    if _SINCE_BEFORE.search(text, max(0, context.reference_start - 16), context.reference_start):
        return found  # "its worst crisis since the 1990 war, losing 80% since October": a landmark, not the frame
    if _COUNT_LINKS.search(text, context.reference_end, candidate.start):
        return _in_year_of(found, year)  # "self-rule in 1963, six months before independence on December 12"
    if len(found.value) > 7 and (context.dct is None or year.start.year < context.dct.year):
        return found  # a day of a past year named in passing is often of another year ("in 1987 ... through Sept. 29")
    return _in_year_of(found, year)


# A day or month written out with its year: the story told from it goes on in that year.
_STORY_STEPS = frozenset({Granularity.DAY, Granularity.MONTH})


def _in_the_year_told(found: Normalised, text: str, candidate: Candidate, context: StoryContext,
                      direction: int) -> Normalised:
    """"The air war began on January 17, 1991. A ground offensive followed on February 24.": a story told in
    the past goes on in the year of the date it has just written out, into the next sentence but no further."""
    day = context.reference
    if day is None or not _looks_back(text, candidate.start, direction) or day.anchor is not Anchor.EXPLICIT or (
            day.granularity not in _STORY_STEPS) or not told_in_the_past(context, day, direction) or (
            is_landmark(text, context.reference_start)) or _DETERMINER_BEFORE.search(
            text, max(0, context.reference_start - 8), context.reference_start) or since_told_from_now(
            text, candidate.start):
        return found  # (nor "following the August 1988 cease-fire": a date that names a thing)
    if day.granularity is Granularity.MONTH and context.dct is not None and context.dct.year - day.start.year < 2:
        return found  # "down from a record in May 1995" in a story of 1996: a figure to compare, not the story
    between = text[context.reference_end:candidate.start]
    if "\n" in between or len(SENTENCE_BREAK.findall(between)) > 1 or _REPORTED.search(between):
        return found  # "Officials said that August was calm": a report is told from the article's day
    moved = _in_year_of(found, day)
    if moved.value[:10] >= day.start.iso()[:len(moved.value[:10])]:
        return moved  # the story moves on
    if later := month_the_story_moves_on_to(found.value, day, text, context.reference_end, candidate.start,
                                            candidate.end, context.dct):
        return replace(found, value=later, anchor=Anchor.REFERENCE_TIME)  # "December 2002. In January, ..."
    span, own = TimeSpan.from_value(moved.value), TimeSpan.from_value(found.value)
    if own is not None and context.dct is not None and context.dct.number - own.end.number <= _LOOK_BACK_DAYS * 2:
        return found  # a day of the last weeks is the news of the day, not the past story's
    # "was killed on December 23rd, 2015. He was last seen on December 20th.": a look back of days, not a year
    return moved if span is not None and day.granularity is Granularity.DAY and (
        0 <= day.start.number - span.end.number <= _LOOK_BACK_DAYS) else found


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our)\s+$", re.I)
_LOOK_BACK_DAYS = 31
_REPORTED = re.compile(r"\b(?:said|says|told|tells|announced|reported|added)\b", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through)\s+$", re.I)
# "its worst day since October 1987", "since its launch in July 2008": a landmark, not the story's time
_LANDMARK_BEFORE = re.compile(r"\bsince\b[^.;,]{0,40}$", re.I)


def _looks_back(text: str, start: int, direction: int) -> bool:
    """Told in the past: a past verb, or a bound told in the past ("stayed until Aug. 2", read either side)."""
    return direction == PAST or (direction == NEAREST and _UNTIL_BEFORE.search(
        text, max(0, start - 10), start) is not None) or is_dated_by(text, start)


def is_landmark(text: str, start: int) -> bool:
    return _LANDMARK_BEFORE.search(text, max(0, start - 48), start) is not None


def told_in_the_past(context: StoryContext, day: TimeSpan, direction: int) -> bool:
    """A day of an earlier year than the DCT's, the story past: its months are in its year."""
    return (context.dct is not None and day.anchor is not Anchor.DOCUMENT_DATE and day.start.year < context.dct.year
            and direction != FUTURE)


def _in_year_of(found: Normalised, period: TimeSpan) -> Normalised:
    year = period.start.year
    if period.granularity is Granularity.YEAR and period.end.year == year + 1:  # "the 2025/26 season"
        own = TimeSpan.from_value(found.value)
        if own is not None and period.start <= own.start and own.end <= period.end:
            return found  # already inside the season ("will learn the 2019-20 fixtures on June 13")
        if found.value[4:5] == "-" and found.value[5:7].isdigit() and int(found.value[5:7]) <= 6:
            year += 1  # "the 2025/26 season, which ended in June": a season's first half-year is its second
    value = f"{year:04d}" + found.value[4:] if year >= 0 else found.value
    if TimeSpan.from_value(value) is None:
        return found  # "29 February" in a year without one
    return replace(found, value=value, anchor=Anchor.REFERENCE_TIME)


def frames_sentence(text: str, expr: TemporalExpression) -> bool:
    """"In 2019, the summit was held on 3 May", "Last year, Ramadan began on 2 April": a year that opens its
    sentence before a comma sets the year of the days that follow."""
    if expr.span is None or expr.span.granularity not in _FRAMING:
        return False
    opening = text[max(0, expr.start - 40):expr.start]
    return _FRAME_COMMA.match(text, expr.end) is not None and _SENTENCE_OPENING.search(opening) is not None


def in_the_frame_year(found: Normalised, text: str, candidate: Candidate, context: StoryContext,
                      direction: int = UNKNOWN) -> Normalised:
    """A day, month or holiday without its year, in a sentence a year opened ("In 2019, ... on 3 May"), up to
    another clause ("In 2019, he was elected, and he says he will step down in May")."""
    frame = context.frame
    if frame is None or breaks_sentence(text, context.frame_end, candidate.start) or FOUR_DIGIT_YEAR.search(
            text, candidate.start, candidate.end) or _CLAUSE_BREAK.search(text, context.frame_end, candidate.start):
        return found
    if direction == FUTURE and context.dct is not None and frame.end < context.dct:
        return found
    surface = text[candidate.start:candidate.end]
    framed = normalise_cached(f"{surface} {frame.start.year}", None, None, UNKNOWN)
    if framed is None or not framed.value.startswith(f"{frame.start.year:04d}-"):
        return found
    return replace(framed, mod=found.mod, anchor=Anchor.REFERENCE_TIME)


def report_day(text: str, candidate: Candidate, context: StoryContext) -> Day | None:
    """The day after a past report in the same sentence was made ("said on Saturday that ... would",
    "said last week that ... would")."""
    span, end = context.reference, context.reference_end
    if span is None or context.dct is None or span.days > 7 or not span.end < context.dct:
        return None
    if breaks_sentence(text, end, candidate.start) or (context.dct.number - span.end.number > 6 and re.match(
            WEEKDAY_CAPITALISED, text[candidate.start:candidate.end])):
        return None  # "announced on April 21 he would retire after Sunday's vote", told on May 2: the writer's Sunday
    return span.start.plus_days(1)


def around_reference(context: StoryContext) -> Normalised:
    """"in the weeks before the shooting": a date around the reference time (its month), not a duration."""
    reference = context.reference
    if reference is None:
        return Normalised(TimexType.DATE, "PAST_REF")
    # A year named long before ("since 1990") says nothing about which month the weeks were in.
    if GRANULARITY_ORDER.index(reference.granularity) > GRANULARITY_ORDER.index(Granularity.MONTH):
        return Normalised(TimexType.DATE, "PAST_REF")
    return Normalised(TimexType.DATE, value_at(reference.start, Granularity.MONTH), None, Anchor.REFERENCE_TIME)


_YEAR_BACK = re.compile(r"(?:a|one)\s+year\s+(?:earlier|ago|before)|the\s+same\s+month\s+(?:a\s+year\s+(?:ago|earlier)"
                        r"|last\s+year)", re.I)


def a_year_before_the_month_named(text: str, doc_text: str, candidate: Candidate,
                                  context: StoryContext) -> Normalised | None:
    """"Retail sales in July fell 11% from a year earlier": July of the year before, not the quarter a
    financial story reports on, when the clause has just named a month."""
    reference = context.reference
    if not _YEAR_BACK.fullmatch(text) or reference is None or reference.granularity is not Granularity.MONTH:
        return None
    if breaks_sentence(doc_text, context.reference_end, candidate.start) or reference.anchor is Anchor.INFERRED:
        return None
    start = reference.start
    return Normalised(TimexType.DATE, f"{start.year - 1:04d}-{start.month:02d}", None, Anchor.REFERENCE_TIME)
