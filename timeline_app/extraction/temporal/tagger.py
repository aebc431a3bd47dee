"""Tagging a parsed Doc: candidates -> normalised TIMEX3 -> TemporalExpression with a TimeSpan.

Candidates come from our own patterns and, when a model is loaded, from its
DATE/TIME entities. Each candidate is normalised in text order with the DCT,
the tense of its governing verb and the reference time (the latest date
resolved so far), so "the next day" follows the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import GRANULARITY_ORDER, Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.filters import (
    counts_rather_than_times,
    is_bare_fraction,
    is_fraction,
    looks_temporal_but_names_something,
    too_generic,
    without_clause_that,
    without_outside_determiner,
)
from timeline_app.extraction.temporal.lexicon import MONTHS, ZONE_NAMES_RE
from timeline_app.extraction.temporal.names import names_something
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.patterns import Candidate, find_candidates
from timeline_app.extraction.temporal.ranges import with_range_ends
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, PAST, UNKNOWN, shift_span, value_at
from timeline_app.extraction.temporal.tense import DocView, direction_of, is_reporting_date, same_clause
from timeline_app.extraction.temporal.years import with_years_written_nearby

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"\S+")
# Words our patterns may take in that are never part of an entity's extent.
_LEADING_JUNK = re.compile(r"^(?:(?:on|in|at|by|for|from|since|until|till|during|through|of|to|about|around|"
                           r"and|or|as|the|a|an|this|that|its|their|his|her|my|our|your|some|only|just|recent|other|each)"
                           r"\s+)+", re.I)
# "the fiscal year ended Sept. 30" is the one-year period, not a calendar year.
_FISCAL_PERIOD = re.compile(r"(?:the\s+)?(?:fiscal\s+)?year", re.I)
_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+(?:end|date)\b|to\s+(?-i:(?:Jan|Feb|Mar|Apr"
                    r"|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:\s+\d|(?![a-z])))", re.I)
_VAGUE_SPANS = frozenset({"PXD", "PXW", "PXM"})
_BEFORE_AFTER = re.compile(r"\s+(?:before|after|leading up to|following|preceding)\b", re.I)
# Financial reports give year-to-date figures after the quarter's: "the nine months", "the first six months".
_YEAR_TO_DATE = re.compile(r"(?:the\s+)?(?:first\s+)?(?:six|nine|6|9)\s+months", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_NOUN_MODIFIER_AFTER = re.compile(r"\s+(?:that|which|when|where|of|in which)\b", re.I)
_WHOLE_UNITS = re.compile(r"P(\d+)([DWMQY])")
# A clock reading and nothing else: "7 a.m.", "0500 GMT", "3:20 p.m. local time".
_BARE_CLOCK = re.compile(r"(?i:about\s+|around\s+|approximately\s+)?[\d:. ]+\s*(?i:[ap]\.?\s?m\.?|hours|hrs)?"
                         rf"(?:\s+(?:{ZONE_NAMES_RE}|local time|[A-Z][a-z]+ Time))?")
_RESULTS_AFTER = re.compile(r"[\s-]+(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|figures|GDP|output"
                            r"|numbers)\b", re.I)
_STORY_DAYS = 3  # how far before the DCT a day named earlier may still be the day a story's clocks are on
_DAY_REFERENCE_REACH = 400  # characters: about a paragraph
_BARE_MONTH = re.compile("|".join(m.capitalize() + ("" if len(m) > 4 or m in ("may", "june", "july") else r"\.")
                                  for m in MONTHS))
_WITHOUT_YEAR = re.compile(rf"(?:{_BARE_MONTH.pattern})(?:\s+\d{{1,2}})?|\d{{1,2}}\s+(?:{_BARE_MONTH.pattern})")
_YEAR_IN = re.compile(r"\b\d{4}\b")
_IN_OF = re.compile(r"\s+(?:in|of)\s+")
_JOINED = re.compile(r"\s*(?:and|or|to|through|until|-|\u2013)\s*")
_DAYS_AWAY = re.compile(r"\b(?:days?|hours?|minutes?)\s+(?:earlier|later|before|after)\b", re.I)
_PAST_SPAN = re.compile(r"the\s+(?:past|last)\s+(decade|century)", re.I)
_OVER_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within)\s+$", re.I)
# "the quarter ended Dec. 31", "runs through Friday": a bound, not the day the story is at.
_BOUNDARY_BEFORE = re.compile(r"\b(?:ended|ending|ends|through|until|till|thru)\s+(?:on\s+)?$", re.I)
_FRAME_COMMA = re.compile(r"\s*,")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?\n]\s*|[.!?][\"'”’]\s*)"
                               r"(?:(?-i:In|By|During|Since|Until|Early|Late|Later|Earlier)(?:\s+in)?\s+)?$")
# "on the 23rd anniversary": an ordinal of the noun after it, not a day of the month.
_ORDINAL_OF_NOUN = re.compile(r"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\s[a-z]")
_HALF = re.compile(r"(?:the\s+)?(?:first|second|last|final|third|fourth)\s+(?:half|quarter)", re.I)
_OF_OTHER = re.compile(r"\s+of\s+(?:(?:the|his|her|its|their|this|that|a|an)\s+(?!year\b|fiscal\b)[a-z]"
                       rf"|(?!{_BARE_MONTH.pattern})[A-Z][a-z]+)")
_OVER = re.compile(r"over\s", re.I)
_OVER_MEANS_MORE = re.compile(r"\b(?:for|in|after|of|than|lasted|lasting|took|spent|since)\s+$", re.I)
# "plans to 2035", "by 2030", "until 2022": the end of something, which dates nothing after it.
_YEAR_BOUND_BEFORE = re.compile(r"\b(?:ended|ending|ends|through|until|till|thru|to|by)\s+(?:the\s+end\s+of\s+)?$",
                                re.I)
_SINCE_BEFORE = re.compile(r"\b(?:since|after|before)\s+(?:the\s+)?(?:\d{4}\s*[-\u2013]\s*)?$", re.I)
_YEAR_OR_COARSER = frozenset({Granularity.YEAR, Granularity.DECADE, Granularity.CENTURY})
_THIS_QUARTER = re.compile(r"this\s+quarter", re.I)
_RESULTS_OF = re.compile(r"'s\s+(?:net\s+)?(?:loss|profit|earnings|income|results|sales|revenue|performance|charges?)",
                         re.I)
_WINDOW = re.compile(r"the\s+(?:next|coming|following)\s", re.I)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|\w{3,}est)\b[^.;]{0,40}\bin\s+$",
                                 re.I)
_THAN_AFTER = re.compile(r"\s+than\b", re.I)
_EARLIER_LATER = re.compile(r"(.+?)\s+(?:earlier|later|sooner)", re.I)
_ABOUT_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|some)\s+$", re.I)
_LIVE_ENTRY = re.compile(r"\s*[-\u2013\u2014:]\s")
_NINE_ELEVEN = re.compile(r"(?:Sept?\.?|September)\s+11|9/11", re.I)
_ATTACKS_AFTER = re.compile(r"(?:,\s*2001)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackings|terror)\b", re.I)
_CLOCK_KINDS = frozenset({"clock", "noon", "wire_clock", "the_part", "hour_of_part", "part_of_day", "part_of_session"})
_NOT_TEMPORAL_ENTS = re.compile(r"\b(?:old|aged|age)\b|^\d+$|%|\$", re.I)


@dataclass
class _Context:
    """What the text has said so far: the reference time and the latest quarter or half named."""

    dct: Day | None
    reference: TimeSpan | None = None
    # The latest day named nearby: "arrested early Sunday ... his 2008 Bentley ... about 1:30 a.m."
    # is Sunday's 1:30.
    day_reference: TimeSpan | None = None
    reference_start: int = 0
    reference_end: int = 0
    day_reference_end: int = 0
    period: TimeSpan | None = None
    # The year a sentence opened with ("In 2019, ..."), and where it was written.
    frame: TimeSpan | None = None
    frame_end: int = 0

    def update(self, expr: TemporalExpression, reported: bool = False, bound: bool = False) -> None:
        """Take ``expr`` as the reference time; the day of a report ("officials said on Tuesday") or a
        bound ("runs through Friday") is not the day its story happened, so clock readings keep the day
        named before it."""
        span = expr.span
        if expr.type is TimexType.DURATION and _YEAR_TO_DATE.fullmatch(expr.text):
            self._to_year()
        if span is None or span.anchor is Anchor.INFERRED:
            return
        if bound and span.granularity in _YEAR_OR_COARSER:
            return  # "will rule until 2022, well into the next decade": a bound year is no reference
        self.reference, self.reference_start, self.reference_end = span, expr.start, expr.end
        if span.granularity is Granularity.DAY and not reported:
            self.day_reference, self.day_reference_end = span, expr.end
        if span.granularity in (Granularity.QUARTER, Granularity.HALF) and self._is_reporting_period(span):
            self.period = span

    def _to_year(self) -> None:
        """"For the nine months, ... a year earlier": the comparison is now with the year before."""
        base = self.period.start if self.period is not None else self.dct
        if base is not None:
            self.period = TimeSpan.from_value(value_at(base, Granularity.YEAR))

    def _is_reporting_period(self, span: TimeSpan) -> bool:
        """The quarter a financial story reports on: current or ended within about half a year."""
        if span.anchor is Anchor.REFERENCE_TIME or self.dct is None:
            return False
        return -92 <= self.dct.number - span.end.number <= 200


def _resolve(text: str, candidate: Candidate, doc: DocView, context: _Context) -> Normalised | None:
    direction = direction_of(doc, candidate.start, candidate.end)
    if candidate.kind in ("quarter", "quarter_abbr") and _RESULTS_AFTER.match(doc.text, candidate.end):
        direction = PAST  # "will report fourth-quarter results": a quarter already over
    reference = _reference_for(text, candidate, doc, context, direction)
    dct = context.dct
    if direction == AFTER_REPORT:
        direction, dct = FUTURE, _report_day(doc.text, candidate, context) or dct
    found = normalise_cached(text, dct, reference, direction, context.period)
    if found is None:
        return None
    return _in_context(found, text, candidate, doc, context, direction, dct)


def _reference_for(text: str, candidate: Candidate, doc: DocView, context: _Context,
                   direction: int = UNKNOWN) -> TimeSpan | None:
    """The reference time; a clock reading or "a day earlier" counts from a day, not from "as recently
    as February"."""
    reference = context.reference
    if candidate.kind in _CLOCK_KINDS or text.lower() == "overnight":
        if _LIVE_ENTRY.match(doc.text, candidate.end) and _at_line_start(doc.text, candidate.start):
            return None  # "13:10 GMT - Russian forces captured ...": a live blog's entry, on the day it is written
        reaches = context.day_reference is not None and _day_reference_reaches(doc.text, context, candidate.start)
        return context.day_reference if reaches and _day_holds_for_clock(doc, context, candidate, direction) else None
    if _DAYS_AWAY.search(text) is not None and (reference is None or reference.days > 1) and (
            context.day_reference is not None and _day_reference_reaches(doc.text, context, candidate.start)):
        return context.day_reference
    return reference


def _in_context(found: Normalised, text: str, candidate: Candidate, doc: DocView, context: _Context,
                direction: int, dct: Day | None) -> Normalised | None:
    """What the words around the expression change about its reading."""
    if found.mod is None and _ABOUT_BEFORE.search(doc.text, max(0, candidate.start - 16), candidate.start):
        found = found.with_mod("APPROX")  # "about six hours": TimeML leaves "about" out, but not its meaning
    if _NINE_ELEVEN.fullmatch(text) and _ATTACKS_AFTER.match(doc.text, candidate.end):
        return Normalised(TimexType.DATE, "2001-09-11")  # "since the Sept. 11 attacks" names one day in history
    if (_WITHOUT_YEAR.fullmatch(text) or candidate.kind == "holiday") and re.fullmatch(
            r"\d{4}-\d\d(?:-\d\d)?", found.value):
        framed = _in_the_frame_year(found, doc.text, candidate, context)
        if framed is not found or candidate.kind == "holiday":
            return framed
        return _in_the_year_named(found, doc.text, candidate, context, direction)
    if context.period is not None and _THIS_QUARTER.fullmatch(text) and _RESULTS_OF.match(doc.text, candidate.end):
        # "reported a loss for the third quarter ... This quarter's loss includes": the quarter reported on
        return Normalised(TimexType.DATE, context.period.value, None, Anchor.REFERENCE_TIME)
    if _THAN_AFTER.match(doc.text, candidate.end) and (amount := _EARLIER_LATER.fullmatch(text)):
        # "two months earlier than planned": how much earlier, not when
        return normalise_cached(amount.group(1), None, None, UNKNOWN)
    span_words = _PAST_SPAN.fullmatch(text)
    if span_words and _OVER_BEFORE.search(doc.text, max(0, candidate.start - 12), candidate.start):
        # "over the past decade" is the last ten years; "in the last decade" the previous decade
        return Normalised(TimexType.DURATION, "P10Y" if span_words.group(1).lower() == "decade" else "P100Y")
    if _FISCAL_PERIOD.fullmatch(text) and _ENDED.match(doc.text, candidate.end):
        return Normalised(TimexType.DURATION, "P1Y")
    if found.value in _VAGUE_SPANS and _BEFORE_AFTER.match(doc.text, candidate.end):
        return _around_reference(context)
    if found.type is TimexType.DURATION and is_fraction(doc.text, candidate, text):
        return None
    if is_bare_fraction(doc.text, candidate):
        return None
    if found.type is TimexType.DURATION and candidate.kind == "rate":
        return Normalised(TimexType.SET, found.value)  # "twice [a year]": a set of times
    if found.type is TimexType.DURATION and direction == FUTURE:
        return _from_now(found, doc.text, candidate, dct) or found
    return found


def _day_holds_for_clock(doc: DocView, context: _Context, candidate: Candidate, direction: int) -> bool:
    """A day named in an earlier sentence dates a clock reading only if the story is at that day: near the
    DCT and on the clock's side of it ("The quake on Sept. 7 killed 100. Flights resumed after 5 p.m." told on
    Sept. 19 is the 19th; "Elections are set for 6 September. A man was held at 12:30" is today)."""
    day, dct = context.day_reference, context.dct
    if day is None or dct is None:
        return True
    if (direction == PAST and day.start > dct) or (direction == FUTURE and day.end < dct):
        return False
    if not re.search(r"[.!?]\s", doc.text[context.day_reference_end:candidate.start]):
        return True  # the same sentence
    return -_STORY_DAYS <= day.start.number - dct.number <= 1


def _at_line_start(text: str, start: int) -> bool:
    before = text[max(0, start - 80):start].rstrip(" \t")
    return start == 0 or before == "" or before.endswith("\n")


def _day_reference_reaches(text: str, context: _Context, start: int) -> bool:
    """The day named last still holds for a clock reading in its paragraph or close after it."""
    gap = start - context.day_reference_end
    return gap <= _DAY_REFERENCE_REACH or "\n" not in text[context.day_reference_end:start]


def _in_the_year_named(found: Normalised, text: str, candidate: Candidate, context: _Context,
                       direction: int) -> Normalised:
    """"ran for president last year before dropping out in December", "the 2020 edition would take place
    from May 12": a month or day in the year its sentence just named (not "was elected in 2019 and will
    step down in March")."""
    year = context.reference
    if year is None or year.granularity is not Granularity.YEAR or re.search(
            r"[.!?\n]", text[context.reference_end:candidate.start]):
        return found
    if direction == FUTURE and context.dct is not None and year.end < context.dct:
        return found
    if re.search(r"(?:[A-Z][a-z]*|['\"‘“])\s?$", text[max(0, context.reference_start - 12):context.reference_start]):
        return found  # a year in a name ("the 'Nato 2030' plan") dates nothing else
    if _SINCE_BEFORE.search(text, max(0, context.reference_start - 16), context.reference_start):
        return found  # "its worst crisis since the 1990 war, losing 80% since October": a landmark, not the frame
    if len(found.value) > 7 and (context.dct is None or year.start <= context.dct):
        return found  # a day of a past year named in passing is often of another year ("in 1987 ... through Sept. 29")
    return replace(found, value=year.value + found.value[4:], anchor=Anchor.REFERENCE_TIME)


def _frames_sentence(text: str, expr: TemporalExpression) -> bool:
    """"In 2019, the summit was held on 3 May", "Last year, Ramadan began on 2 April": a year that opens its
    sentence before a comma sets the year of the days that follow."""
    if expr.span is None or expr.span.granularity is not Granularity.YEAR:
        return False
    opening = text[max(0, expr.start - 40):expr.start]
    return _FRAME_COMMA.match(text, expr.end) is not None and _SENTENCE_OPENING.search(opening) is not None


def _in_the_frame_year(found: Normalised, text: str, candidate: Candidate, context: _Context) -> Normalised:
    """A day, month or holiday without its year, in a sentence a year opened ("In 2019, ... on 3 May")."""
    frame = context.frame
    if frame is None or re.search(r"[.!?\n]", text[context.frame_end:candidate.start]) or _YEAR_IN.search(
            text, candidate.start, candidate.end):
        return found
    surface = text[candidate.start:candidate.end]
    framed = normalise_cached(f"{surface} {frame.start.year}", None, None, UNKNOWN)
    if framed is None or not framed.value.startswith(f"{frame.start.year:04d}-"):
        return found
    return replace(framed, mod=found.mod, anchor=Anchor.REFERENCE_TIME)


def _report_day(text: str, candidate: Candidate, context: _Context) -> Day | None:
    """The day after a past report in the same sentence was made ("said on Saturday that ... would",
    "said last week that ... would")."""
    span, end = context.reference, context.reference_end
    if span is None or context.dct is None or span.days > 7 or not span.end < context.dct:
        return None
    if re.search(r"[.!?\n]", text[end:candidate.start]):
        return None
    return span.start.plus_days(1)


def _from_now(found: Normalised, text: str, candidate: Candidate, dct: Day | None) -> Normalised | None:
    """"would be redeemed in five years": the date five years from now (TimeML), not a duration
    (but "minimal in a quarter that produced a loss" is any quarter)."""
    if dct is None or not _IN_BEFORE.search(text, max(0, candidate.start - 8), candidate.start):
        return None
    if _SUPERLATIVE_BEFORE.search(text, max(0, candidate.start - 60), candidate.start):
        return None  # "the first such controls in more than half a century": a span, not a date ahead
    if _NOUN_MODIFIER_AFTER.match(text, candidate.end) or _WINDOW.match(text, candidate.start):
        return None  # "in the next four weeks" is a window from now, not the day it ends
    if "X" in found.value or " or " in text[candidate.start:candidate.end]:
        return Normalised(TimexType.DATE, "FUTURE_REF", None, Anchor.DOCUMENT_DATE)
    whole = _WHOLE_UNITS.fullmatch(found.value)
    if whole is None:
        return None
    value = shift_span(TimeSpan.of_day(dct), int(whole.group(1)), whole.group(2))
    return Normalised(TimexType.DATE, value, None, Anchor.DOCUMENT_DATE) if value else None


def _around_reference(context: _Context) -> Normalised:
    """"in the weeks before the shooting": a date around the reference time (its month), not a duration."""
    reference = context.reference
    if reference is None:
        return Normalised(TimexType.DATE, "PAST_REF")
    # A year named long before ("since 1990") says nothing about which month the weeks were in.
    if GRANULARITY_ORDER.index(reference.granularity) > GRANULARITY_ORDER.index(Granularity.MONTH):
        return Normalised(TimexType.DATE, "PAST_REF")
    return Normalised(TimexType.DATE, value_at(reference.start, Granularity.MONTH), None, Anchor.REFERENCE_TIME)


def _shrunk(doc: DocView, candidate: Candidate, context: _Context) -> tuple[Candidate, Normalised] | None:
    """The candidate, or the longest part of it without leading/trailing words, that normalises."""
    text = doc.text
    if looks_temporal_but_names_something(text, candidate) or names_something(doc, candidate):
        return None
    candidate = without_clause_that(doc, without_outside_determiner(text, candidate))
    if counts_rather_than_times(doc, candidate):
        return None
    words = list(_WORD.finditer(text, candidate.start, candidate.end))
    for drop_front in range(min(len(words), 4)):
        for drop_back in range(min(len(words) - drop_front, 3)):
            part = words[drop_front:len(words) - drop_back]
            start, end = part[0].start(), part[-1].end()
            while end > start and text[end - 1] in ",;:)\"'":
                end -= 1
            trial = Candidate(start, end, candidate.kind)
            if too_generic(trial, text[start:end]) or _part_of_something_else(text, start, end):
                continue
            if _OVER.match(text, start) and not _OVER_MEANS_MORE.search(text, max(0, start - 12), start):
                continue  # "rose 5% over a year" is during a year; "for over a year" more than one
            found = _resolve(text[start:end], trial, doc, context)
            if found is not None:
                return trial, found
    return None


def _part_of_something_else(text: str, start: int, end: int) -> bool:
    """"on the 23rd anniversary", "the second half of the season": a part of something other than time."""
    return _ORDINAL_OF_NOUN.fullmatch(text, start, end + 2) is not None or (
        _HALF.fullmatch(text, start, end) is not None and _OF_OTHER.match(text, end) is not None)


def _entity_candidates(doc: Doc, taken: list[Candidate]) -> list[Candidate]:
    """The model's DATE/TIME entities that no pattern covered (extra recall)."""
    extra: list[Candidate] = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or _NOT_TEMPORAL_ENTS.search(ent.text):
            continue
        start, end = ent.start_char, ent.end_char
        lead = _LEADING_JUNK.match(ent.text)
        if lead and lead.end() < len(ent.text) and not ent.text.lower().startswith(("the ", "this ", "that ")):
            start += lead.end()
        if all(end <= c.start or start >= c.end for c in taken):
            extra.append(Candidate(start, end, "entity"))
    return extra


def _expression(doc: DocView, candidate: Candidate, found: Normalised) -> TemporalExpression:
    text = doc.text[candidate.start:candidate.end]
    span = None
    if found.type in (TimexType.DATE, TimexType.TIME):
        span = TimeSpan.from_value(found.value, found.mod, found.anchor, text)
        if span is not None and found.last is not None and found.last > span.end:
            span = replace(span, end=found.last)  # "during Ramadan": the whole month, though its value is a day
    return TemporalExpression(candidate.start, candidate.end, text, found.type, found.value, found.mod, span)


def tag_doc(doc: Doc, dct: Day | None) -> list[TemporalExpression]:
    """Temporal expressions of ``doc``, sorted, non-overlapping, normalised against ``dct``."""
    view = DocView.of(doc)
    candidates = find_candidates(view.text)
    if doc.has_annotation("ENT_IOB"):
        candidates = sorted(candidates + _entity_candidates(doc, candidates), key=lambda c: c.start)
    expressions: list[TemporalExpression] = []
    context = _Context(dct)
    for candidate in candidates:
        result = _shrunk(view, candidate, context)
        if result is None:
            continue
        expr = _expression(view, *result)
        expressions.append(expr)
        bound = (_BOUNDARY_BEFORE if expr.span is None or expr.span.granularity not in _YEAR_OR_COARSER
                 else _YEAR_BOUND_BEFORE).search(view.text, max(0, expr.start - 16), expr.start) is not None
        context.update(expr, bound or is_reporting_date(view, expr.start, expr.end), bound)
        if _frames_sentence(view.text, expr):
            context.frame, context.frame_end = expr.span, expr.end
    dated = with_years_written_nearby(_clocks_dated_by_the_day_after(expressions, view), view.text)
    return with_range_ends(dated, view.text, dct)


def _clocks_dated_by_the_day_after(expressions: list[TemporalExpression], view: DocView) -> list[TemporalExpression]:
    """"Polls open at 7 a.m. (0500 GMT) on Sunday", "dropped bombs at 3:20 p.m. in the region Thursday":
    a bare clock reading is on the day its clause names next, not on the day named before."""
    text = view.text
    dated = list(expressions)
    for index, expr in enumerate(dated):
        if expr.type is not TimexType.TIME or not _BARE_CLOCK.fullmatch(expr.text):
            continue
        for later in dated[index + 1:index + 3]:
            between = text[expr.end:later.start]
            if len(between) > 40 or re.search(r"[;!?]|\n|\.\s+[A-Z]|,\s+(?:and|but)\b", between):
                break
            if not same_clause(view, expr.start, expr.end, later.start, later.end):
                break
            if later.type is TimexType.DATE and later.span is not None and later.span.granularity is Granularity.DAY:
                value = later.value + expr.value[expr.value.index("T"):]
                span = TimeSpan.from_value(value, expr.mod, later.span.anchor, expr.text)
                dated[index] = replace(expr, value=value, span=span)
                break
    return dated


def tag_text(text: str, dct: Day | None) -> list[TemporalExpression]:
    """Parse ``text`` with the shared pipeline and tag it."""
    from timeline_app.extraction.nlp import base_pipeline

    return tag_doc(base_pipeline()(text), dct)
