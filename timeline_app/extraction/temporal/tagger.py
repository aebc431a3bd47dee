"""Tagging a parsed Doc: candidates -> normalised TIMEX3 -> TemporalExpression with a TimeSpan.

Candidates come from our own patterns and, when a model is loaded, from its
DATE/TIME entities. Each candidate is normalised in text order with the DCT,
the tense of its governing verb and the reference time (the latest date
resolved so far), so "the next day" follows the text.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import TimeSpan
from timeline_app.extraction.temporal.afternoon_oclock import with_afternoon_oclocks
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.bracketed import with_weekdays_dated_in_brackets, without_bracketed_weekdays
from timeline_app.extraction.temporal.calendar_rules import without_years_of_a_rule
from timeline_app.extraction.temporal.chronology import with_chronology_dates
from timeline_app.extraction.temporal.clause_tense import in_relative_clause, told_ahead
from timeline_app.extraction.temporal.clause_years import opens_with_by, opens_without_comma
from timeline_app.extraction.temporal.clock_days import (
    in_quotation,
    opens_a_conversion,
    with_clocks_after_their_day,
    with_converted_clock_days,
    with_linked_clock_days,
    with_recurring_clocks,
    with_recurring_days_listed,
)
from timeline_app.extraction.temporal.clock_ranges import with_clock_range_ends_forward
from timeline_app.extraction.temporal.clocks_before_days import with_clocks_dated_by_the_day_after
from timeline_app.extraction.temporal.compounds import with_compound_durations
from timeline_app.extraction.temporal.context_rules import in_context
from timeline_app.extraction.temporal.dated_alongside import with_named_days_dated_alongside
from timeline_app.extraction.temporal.dateline import dateline_day
from timeline_app.extraction.temporal.decade_pairs import with_decades_of_the_century_before
from timeline_app.extraction.temporal.direction_cues import ahead_in_the_present
from timeline_app.extraction.temporal.early_hours import with_evenings_before_the_early_hours
from timeline_app.extraction.temporal.election_day import with_stated_election_days
from timeline_app.extraction.temporal.event_clocks import with_clocks_of_named_events
from timeline_app.extraction.temporal.eves import with_eves
from timeline_app.extraction.temporal.figurative import is_figurative
from timeline_app.extraction.temporal.filters import (
    counts_rather_than_times,
    looks_temporal_but_names_something,
    too_generic,
    without_clause_that,
    without_outside_determiner,
)
from timeline_app.extraction.temporal.fiscal_story import with_fiscal_periods
from timeline_app.extraction.temporal.habit_cycles import with_habitual_cycles
from timeline_app.extraction.temporal.handover_times import with_parts_of_now
from timeline_app.extraction.temporal.holiday_context import with_stated_holiday_days
from timeline_app.extraction.temporal.lexicon import WRITTEN_MONTH
from timeline_app.extraction.temporal.live_blog_days import with_live_blog_days
from timeline_app.extraction.temporal.month_lists import with_listed_months_in_order
from timeline_app.extraction.temporal.names import names_something
from timeline_app.extraction.temporal.narrated_clocks import with_clocks_of_the_narrated_day
from timeline_app.extraction.temporal.national_days import (
    with_labour_days_of_the_country,
    with_national_independence_days,
)
from timeline_app.extraction.temporal.night_clocks import (
    with_bare_clocks_after_evening_clocks,
    with_clocks_of_their_night,
    with_first_clocks_of_pairs,
)
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.number_labels import is_version_before_month
from timeline_app.extraction.temporal.numeric_order import with_numeric_dates_ordered
from timeline_app.extraction.temporal.orthodox import with_orthodox_christmas
from timeline_app.extraction.temporal.overnight import with_clocks_looked_back_on, with_overnight_clocks
from timeline_app.extraction.temporal.past_figure_months import with_past_figure_months
from timeline_app.extraction.temporal.patterns import TIMES_GIVEN_ONCE, Candidate, find_candidates
from timeline_app.extraction.temporal.ranges import closes_range, with_range_ends
from timeline_app.extraction.temporal.reconstructions import with_account_day_refinements
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST, UNKNOWN
from timeline_app.extraction.temporal.schedule_clocks import with_schedule_clocks_on_their_day
from timeline_app.extraction.temporal.schedule_tense import coordinated_would
from timeline_app.extraction.temporal.shared_units import with_shared_unit_periods
from timeline_app.extraction.temporal.speaker_periods import counts_from_the_speaker
from timeline_app.extraction.temporal.spoken import written_for
from timeline_app.extraction.temporal.story import (
    StoryContext,
    frames_sentence,
    reference_for,
    report_day,
)
from timeline_app.extraction.temporal.story_centuries import with_centuries_of_the_story
from timeline_app.extraction.temporal.story_days import (
    is_deadline,
    names_an_event,
    with_earlier_in_the_day_looking_back,
    with_next_phase_clocks,
)
from timeline_app.extraction.temporal.story_nights import spends_the_night
from timeline_app.extraction.temporal.story_years import YEAR_OR_COARSER
from timeline_app.extraction.temporal.tense import (
    DocView,
    direction_of,
    governing_token,
    is_reporting_date,
)
from timeline_app.extraction.temporal.this_day import with_this_day_of_the_story
from timeline_app.extraction.temporal.will_months import with_months_ahead_of_will
from timeline_app.extraction.temporal.wire_clocks import with_wire_clock_series
from timeline_app.extraction.temporal.yearly_months import with_habitual_months, with_months_of_every_year
from timeline_app.extraction.temporal.years import with_years_written_nearby

if TYPE_CHECKING:
    from spacy.tokens import Doc

_WORD = re.compile(r"\S+")
_LOG = logging.getLogger(__name__)
# What a rule can raise on a text nobody foresaw; anything else is a real bug and should surface.
_RULE_FAILURES = (ValueError, IndexError, KeyError, TypeError, AttributeError, OverflowError, RecursionError)
# Words our patterns may take in that are never part of an entity's extent.
_LEADING_JUNK = re.compile(r"^(?:(?:on|in|at|by|for|from|since|until|till|during|through|of|to|about|around|"
                           r"and|or|as|the|a|an|this|that|its|their|his|her|my|our|your|some|only|just|recent|other|each)"
                           r"\s+)+", re.I)
_RESULTS_AFTER = re.compile(r"[\s-]+(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|figures|GDP|output"
                            r"|numbers)\b", re.I)
# "the quarter ended Dec. 31", "runs through Friday": a bound, not the day the story is at.
_BOUNDARY_BEFORE = re.compile(r"\b(?:ended|ending|ends|through|until|till|thru|effective(?:\s+from)?)"
                              r"\s+(?:on\s+)?$", re.I)
# "on the 23rd anniversary": an ordinal of the noun after it, not a day of the month.
_ORDINAL_OF_NOUN = re.compile(r"(?:the\s+)?[0-3]?\d(?:st|nd|rd|th)\s[a-z]")
_HALF = re.compile(r"(?:the\s+)?(?:first|second|last|final|third|fourth)\s+(?:half|quarter)", re.I)
_OF_OTHER = re.compile(r"\s+of\s+(?:(?:the|his|her|its|their|this|that|a|an)\s+(?!year\b|fiscal\b)[a-z]"
                       rf"|(?!{WRITTEN_MONTH.pattern})[A-Z][a-z]+)")
_OVER = re.compile(r"over\s", re.I)
_OVER_MEANS_MORE = re.compile(r"\b(?:for|in|after|of|than|lasted|lasting|took|spent|since)\s+$", re.I)
# "plans to 2035", "by 2030", "until 2022": the end of something, which dates nothing after it.
_YEAR_BOUND_BEFORE = re.compile(r"\b(?:ended|ending|ends|through|until|till|thru|to|by)\s+(?:the\s+end\s+of\s+)?$",
                                re.I)
_DEICTIC = re.compile(r"\b(?:today|tonight|tomorrow|yesterday|this\s+(?:morning|afternoon|evening|week|month|year"
                      r"|quarter|decade|century))\b", re.I)
# "Schools, which were closed on Monday, will remain shut": a day in an aside is background, not the story's day
_ASIDE_BEFORE = re.compile(r",\s+(?:which|who|whose)\s+(?:\w+\s+)?(?:was|were|had|\w+ed)\b[^,;.!?\n]*$", re.I)
_MIDNIGHT_OF_A_DAY = re.compile(r"midnight\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day", re.I)
_NEXT_WEEK_AFTER = re.compile(r"\s+(?:of\s+)?next\s+week\b", re.I)  # "midnight on Tuesday next week"
# Ages, bare numbers, amounts; "' Day" cut from "Heroes' Day" (a name's possessive tail, not one day)
_NOT_TEMPORAL_ENTS = re.compile(r"\b(?:old|aged|age)\b|^\d+$|%|\$|^['\u2019]\s", re.I)


def _resolve(text: str, candidate: Candidate, doc: DocView, context: StoryContext) -> Normalised | None:
    direction = direction_of(doc, candidate.start, candidate.end)
    if direction == UNKNOWN and ahead_in_the_present(doc.text, candidate.start):
        direction = NEAREST  # "Customers can pre-order the phone starting at 12:01 a.m. on Friday"
    if candidate.kind in ("quarter", "quarter_abbr") and _RESULTS_AFTER.match(doc.text, candidate.end):
        direction = PAST  # "will report fourth-quarter results": a quarter already over
    reference = reference_for(text, candidate, doc, context, direction)
    if counts_from_the_speaker(doc.text, candidate.start, text, context.reference_end, direction):
        reference = None
    dct = context.dct
    if direction == AFTER_REPORT:
        # "said on Monday it would vote on Friday": after the report; but "tomorrow" is the writer's tomorrow
        deictic = _DEICTIC.search(text) is not None
        if not deictic and coordinated_would(doc.text, context.reference_end, candidate.start):
            deictic = True  # "arrived last Wednesday and would be distributed from Thursday"
        direction, dct = FUTURE, dct if deictic else report_day(doc.text, candidate, context) or dct
    if direction == FUTURE and dct is not None and _MIDNIGHT_OF_A_DAY.fullmatch(text) and not _NEXT_WEEK_AFTER.match(
            doc.text, candidate.end):
        dct = dct.plus_days(-1)  # "from midnight Saturday" told on Sunday: that midnight opens the story's day
    # "2305" opening a line of a blog whose times are given once is read as the wire clock "2305 hours"
    before = doc.text[max(0, candidate.start - 12):candidate.start]
    written = f"{text} hours" if candidate.kind == "entry_clock" else written_for(
        candidate.kind, text, before, dct.day if dct is not None else None)
    found = normalise_cached(written, dct, reference, direction, context.period)
    if found is None:
        return None
    return in_context(found, text, candidate, doc, context, direction, dct)


def _shrunk(doc: DocView, candidate: Candidate, context: StoryContext) -> tuple[Candidate, Normalised] | None:
    """The candidate, or the longest part of it without leading/trailing words, that normalises."""
    text = doc.text
    if looks_temporal_but_names_something(text, candidate) or names_something(doc, candidate):
        return None
    if candidate.kind == "entry_clock" and not TIMES_GIVEN_ONCE.search(text):
        return None  # "1989 Berlin Wall falls" in a chronology is a year
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
            if too_generic(trial, text[start:end]) or _part_of_something_else(text, start, end) or (
                    is_figurative(text, trial) or is_version_before_month(text, trial)):
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
        if not _overlaps_any(taken, start, end):
            extra.append(Candidate(start, end, "entity"))
    return extra


def _overlaps_any(taken: list[Candidate], start: int, end: int) -> bool:
    """Whether ``start:end`` overlaps one of ``taken`` (sorted, apart): only the neighbours need a look."""
    index = bisect_left(taken, start, key=lambda c: c.start)
    return (index < len(taken) and taken[index].start < end) or (index > 0 and taken[index - 1].end > start)


def _expression(doc: DocView, candidate: Candidate, found: Normalised) -> TemporalExpression:
    text = doc.text[candidate.start:candidate.end]
    span = None
    if found.type in (TimexType.DATE, TimexType.TIME):
        span = TimeSpan.from_value(found.value, found.mod, found.anchor, text)
        if span is not None and found.last is not None and found.last > span.end:
            span = replace(span, end=found.last)  # "during Ramadan": the whole month, though its value is a day
    return TemporalExpression(candidate.start, candidate.end, text, found.type, found.value, found.mod, span)


def tag_doc(doc: Doc, dct: Day | None) -> list[TemporalExpression]:
    """Temporal expressions of ``doc``, sorted, non-overlapping, normalised against ``dct``.

    A rule that fails on an odd text costs only its own refinement: the candidate it failed on is dropped, or the
    pass that fails is skipped, so one bad sentence never loses the article's dates."""
    view = DocView.of(doc)
    dct = dateline_day(view.text, dct) or dct  # "NEW DELHI, Aug. 15": the story's today, a day before publication
    return _refined(_first_reading(doc, view, dct), view, dct)


def _first_reading(doc: Doc, view: DocView, dct: Day | None) -> list[TemporalExpression]:
    """Each candidate normalised in text order against the DCT and the story's reference time."""
    candidates = find_candidates(view.text)
    if doc.has_annotation("ENT_IOB"):
        candidates = sorted(candidates + _entity_candidates(doc, candidates), key=lambda c: c.start)
    expressions: list[TemporalExpression] = []
    context = StoryContext(dct)
    for candidate in candidates:
        try:
            result = _shrunk(view, candidate, context)
        except _RULE_FAILURES:
            _LOG.exception("a temporal rule failed on %r", view.text[candidate.start:candidate.end])
            continue
        if result is None:
            continue
        expr = _expression(view, *result)
        expressions.append(expr)
        _move_the_story_on(view, expressions, context, dct)
    return expressions


def _move_the_story_on(view: DocView, expressions: list[TemporalExpression], context: StoryContext,
                       dct: Day | None) -> None:
    """Let the newest expression become the story's reference time, unless it is a bound, an aside, a quoted
    memory, the report's own day, the date of a named event or a clock's conversion."""
    expr = expressions[-1]
    bound = (_BOUNDARY_BEFORE if expr.span is None or expr.span.granularity not in YEAR_OR_COARSER
             else _YEAR_BOUND_BEFORE).search(view.text, max(0, expr.start - 16), expr.start) is not None and not (
        spends_the_night(view.text, expr))  # "worked through Monday night": a night gone through, no bound
    bound = (bound or closes_range(view.text, expressions) or is_deadline(view.text, expr)) and not opens_with_by(
        view.text, expr)  # "By 2001 it had a new doctor": where the story has got to
    aside = _ASIDE_BEFORE.search(view.text, max(0, expr.start - 80), expr.start) is not None or (
        in_relative_clause(governing_token(view, expr.start, expr.end)))
    quoted = in_quotation(view.text, expr.start)  # a day a speaker recalls is not the story's day
    governor = governing_token(view, expr.start, expr.end)
    report = is_reporting_date(view, expr.start, expr.end) and not told_ahead(governor) and not (
        governor is not None and "\n" in view.text[expr.end:governor.idx])  # "Thursday\n- First result declared"
    event = names_an_event(view.text, expr, expressions[:-1], dct)
    converted = _converts_the_clock_before(view.text, expressions)
    if not converted:  # "21:05 local time (19:05 GMT)": the clock first written stays the reference
        context.update(expr, bound or aside or quoted or report or event, bound, view.text)
    if frames_sentence(view.text, expr) or opens_without_comma(view.text, expr):
        context.frame, context.frame_end = expr.span, expr.end


_Pass = Callable[[list[TemporalExpression], DocView, "Day | None"], list[TemporalExpression]]
# The passes that look at several expressions at once, in the order they build on each other.
_PASSES: tuple[tuple[str, _Pass], ...] = (
    ("with_earlier_in_the_day_looking_back", lambda e, v, d: with_earlier_in_the_day_looking_back(e, v.text, d)),
    ("with_stated_election_days", lambda e, v, d: with_stated_election_days(e, v.text)),
    ("with_next_phase_clocks", lambda e, v, d: with_next_phase_clocks(e, v.text)),
    ("with_clocks_dated_by_the_day_after", lambda e, v, d: with_clocks_dated_by_the_day_after(e, v)),
    ("with_years_written_nearby", lambda e, v, d: with_years_written_nearby(e, v.text, d)),
    ("with_chronology_dates", lambda e, v, d: with_chronology_dates(e, v.text)),
    ("with_national_independence_days", lambda e, v, d: with_national_independence_days(e, v.text, d)),
    ("with_labour_days_of_the_country", lambda e, v, d: with_labour_days_of_the_country(e, v.text, d)),
    ("with_stated_holiday_days", lambda e, v, d: with_stated_holiday_days(e, v.text)),
    ("without_bracketed_weekdays", lambda e, v, d: without_bracketed_weekdays(e, v.text)),
    ("with_weekdays_dated_in_brackets", lambda e, v, d: with_weekdays_dated_in_brackets(e, v.text)),
    ("with_compound_durations", lambda e, v, d: with_compound_durations(e, v.text)),
    ("with_range_ends", lambda e, v, d: with_range_ends(e, v.text, d)),
    ("with_numeric_dates_ordered", lambda e, v, d: with_numeric_dates_ordered(e, v.text, d)),
    ("with_clock_range_ends_forward", lambda e, v, d: with_clock_range_ends_forward(e, v.text)),
    ("with_wire_clock_series", lambda e, v, d: with_wire_clock_series(e, v.text)),
    ("with_evenings_before_the_early_hours", lambda e, v, d: with_evenings_before_the_early_hours(e, v)),
    ("with_converted_clock_days", lambda e, v, d: with_converted_clock_days(e, v.text)),
    ("with_clocks_of_the_narrated_day", lambda e, v, d: with_clocks_of_the_narrated_day(e, v, d)),
    ("with_clocks_of_named_events", lambda e, v, d: with_clocks_of_named_events(e, v.text)),
    ("with_recurring_days_listed", lambda e, v, d: with_recurring_days_listed(e, v.text)),
    ("with_months_of_every_year", lambda e, v, d: with_months_of_every_year(e, v.text)),
    ("with_habitual_months", lambda e, v, d: with_habitual_months(e, v.text)),
    ("with_habitual_cycles", lambda e, v, d: with_habitual_cycles(e, v)),
    ("with_clocks_after_their_day", lambda e, v, d: with_clocks_after_their_day(e, v.text)),
    ("with_linked_clock_days", lambda e, v, d: with_linked_clock_days(e, v.text)),
    ("with_recurring_clocks", lambda e, v, d: with_recurring_clocks(e, v.text)),
    ("with_overnight_clocks", lambda e, v, d: with_overnight_clocks(e, v.text, d)),
    ("with_clocks_looked_back_on", lambda e, v, d: with_clocks_looked_back_on(e, v.text)),
    ("with_account_day_refinements", lambda e, v, d: with_account_day_refinements(e, v.text)),
    ("with_live_blog_days", lambda e, v, d: with_live_blog_days(e, v.text)),
    ("with_schedule_clocks_on_their_day", lambda e, v, d: with_schedule_clocks_on_their_day(e, v.text)),
    ("with_afternoon_oclocks", lambda e, v, d: with_afternoon_oclocks(e, v.text)),
    ("with_shared_unit_periods", lambda e, v, d: with_shared_unit_periods(e, v.text, d)),
    ("with_this_day_of_the_story", lambda e, v, d: with_this_day_of_the_story(e, v.text, d)),
    ("with_fiscal_periods", lambda e, v, d: with_fiscal_periods(e, v, d)),
    ("with_clocks_of_their_night", lambda e, v, d: with_clocks_of_their_night(e, v.text)),
    ("with_first_clocks_of_pairs", lambda e, v, d: with_first_clocks_of_pairs(e, v.text)),
    ("with_bare_clocks_after_evening_clocks", lambda e, v, d: with_bare_clocks_after_evening_clocks(e, v.text)),
    ("with_parts_of_now", lambda e, v, d: with_parts_of_now(e, v.text, d)),
    ("with_decades_of_the_century_before", lambda e, v, d: with_decades_of_the_century_before(e, v.text)),
    ("with_months_ahead_of_will", lambda e, v, d: with_months_ahead_of_will(e, v.text, d)),
    ("with_orthodox_christmas", lambda e, v, d: with_orthodox_christmas(e, v.text, d)),
    ("with_eves", lambda e, v, d: with_eves(e, v.text)),
    ("with_named_days_dated_alongside", lambda e, v, d: with_named_days_dated_alongside(e, v.text)),
    ("with_listed_months_in_order", lambda e, v, d: with_listed_months_in_order(e, v.text)),
    ("with_centuries_of_the_story", lambda e, v, d: with_centuries_of_the_story(e, v.text)),
    ("without_years_of_a_rule", lambda e, v, d: without_years_of_a_rule(e, v.text)),
    ("with_past_figure_months", lambda e, v, d: with_past_figure_months(e, v.text, d)),
)


def _refined(expressions: list[TemporalExpression], view: DocView, dct: Day | None) -> list[TemporalExpression]:
    """``expressions`` after every pass; a pass that fails on an odd text is skipped, the others still run."""
    for name, refine in _PASSES:
        try:
            expressions = refine(expressions, view, dct)
        except _RULE_FAILURES:
            _LOG.exception("the temporal pass %s failed; its refinement is skipped", name)
    return expressions


def _converts_the_clock_before(text: str, expressions: list[TemporalExpression]) -> bool:
    """"opened fire at 10:05 p.m. Sunday local time (1:05 a.m. ET Monday)": the same moment in another zone, whose
    day is not the day the story is at."""
    if len(expressions) < 2 or expressions[-2].type is not TimexType.TIME:
        return False
    return opens_a_conversion(text, expressions[-2].end, expressions[-1].start)


def tag_text(text: str, dct: Day | None) -> list[TemporalExpression]:
    """Parse ``text`` with the shared pipeline and tag it."""
    from timeline_app.extraction.nlp import base_pipeline

    return tag_doc(base_pipeline()(text), dct)
