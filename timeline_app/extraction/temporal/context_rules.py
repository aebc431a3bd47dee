"""What the words around an expression change about its normalised reading: "about six hours" is approximate,
a weekday in a sentence framed by "last week" is that week's, a month without its year may be in the year its
sentence named, "no later than" is a bound, "the fiscal year ended Sept. 30" a duration, "in five years" a date
ahead. The tagger asks these once the expression's words alone have been normalised."""

from __future__ import annotations

import re
from dataclasses import replace

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.core.timespan import Anchor, TimeSpan
from timeline_app.extraction.temporal.apposed_weekdays import weekday_of_a_month_named_after, weekday_of_the_date_before
from timeline_app.extraction.temporal.base import Normalised
from timeline_app.extraction.temporal.figurative import is_some_day
from timeline_app.extraction.temporal.filters import is_bare_fraction, is_fraction
from timeline_app.extraction.temporal.fiscal import THE_WEEK, UNNUMBERED_QUARTER, quarter_ended, week_ended
from timeline_app.extraction.temporal.lexicon import WRITTEN_MONTH
from timeline_app.extraction.temporal.normalise import normalise_cached
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.period_named import the_period_just_named
from timeline_app.extraction.temporal.resolve import FUTURE, UNKNOWN, shift_span
from timeline_app.extraction.temporal.season_years import is_season_alone, season_of_the_year_after
from timeline_app.extraction.temporal.story import (
    StoryContext,
    a_year_before_the_month_named,
    around_reference,
    in_the_frame_year,
    in_the_year_named,
)
from timeline_app.extraction.temporal.story_holidays import holiday_after_the_day
from timeline_app.extraction.temporal.tense import DocView
from timeline_app.extraction.temporal.week_frame import weekday_in_week_named

# "the fiscal year ended Sept. 30" is the one-year period, not a calendar year.
_FISCAL_PERIOD = re.compile(r"(?:the\s+)?(?:fiscal\s+|financial\s+)?year", re.I)
_ENDED = re.compile(r",?\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+(?:end|date)\b|to\s+(?-i:(?:Jan|Feb|Mar|Apr"
                    r"|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?)(?:\s+\d|(?![a-z])))", re.I)
_VAGUE_SPANS = frozenset({"PXD", "PXW", "PXM"})
_BEFORE_AFTER = re.compile(r"\s+(?:before|after|leading up to|following|preceding)\b", re.I)
_IN_BEFORE = re.compile(r"\bin\s+$", re.I)
_NOUN_MODIFIER_AFTER = re.compile(r"\s+(?:that|which|when|where|of|in which)\b", re.I)
_WHOLE_UNITS = re.compile(r"P(\d+)([DWMQY])")
_WITHOUT_YEAR = re.compile(r"(?:(?i:early|late|mid|(?:the\s+)?(?:end|start|beginning|middle|morning|afternoon|evening"
                           r"|night)\s+of)[\s-]+)?"
                           rf"(?:(?:{WRITTEN_MONTH.pattern})(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?"
                           rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{WRITTEN_MONTH.pattern}))")
_PAST_SPAN = re.compile(r"the\s+(past|last|next|coming)\s+(decade|century)", re.I)
_OVER_BEFORE = re.compile(r"\b(?:over|for|during|throughout|within)\s+$", re.I)
_THIS_QUARTER = re.compile(r"this\s+quarter", re.I)
_RESULTS_OF = re.compile(r"'s\s+(?:net\s+)?(?:loss|profit|earnings|income|results|sales|revenue|performance|charges?)",
                         re.I)
_LASTING_BEFORE = re.compile(r"\b(?:for|over|within|spend|spent|take|took|last|lasted|lasting|matter\s+of)\s+$", re.I)
_WINDOW = re.compile(r"the\s+(?:next|coming|following)\s", re.I)
_SUPERLATIVE_BEFORE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|only|most|least|worst|best|\w{3,}est)\b"
                                 r"[^.;]{0,40}\bin\s+$", re.I)
_THAN_AFTER = re.compile(r"\s+than\b", re.I)
_THAN_FURTHER_ON = re.compile(r"\s+(?:[\w'-]+\s+){0,5}?than\b", re.I)
_EARLIER_LATER = re.compile(r"(.+?)\s+(?:earlier|later|sooner)", re.I)
_ABOUT_BEFORE = re.compile(r"\b(?:about|around|approximately|roughly|some)\s+$", re.I)
_NEARLY_BEFORE = re.compile(r"\b(?:nearly|almost)\s+$", re.I)  # "almost 9am" (but "almost daily" is just daily)
# "What about next month?", "worried about March": "about" as "concerning"; a rough amount starts with a number.
_ABOUT_A_NUMBER = re.compile(r"(?:an?\s+|the\s+)?(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven"
                             r"|twelve|fifteen|twenty|thirty|forty|fifty|sixty|hundred|a\s+dozen|half|several|few"
                             r"|couple|noon|midnight|hour|day|week|month|year|decade|century|dawn|dusk|sunrise"
                             r"|sunset|mid|early|late|end|middle|beginning|start|same|this\s+time)\b)", re.I)
_NINE_ELEVEN = re.compile(r"(?:Sept?\.?|September)\s+11|9/11", re.I)
_ATTACKS_AFTER = re.compile(r"(?:,\s*2001)?\s+(?:terror(?:ist)?\s+)?(?:attacks?|hijackings|terror)\b", re.I)
_BEYOND_YEAR_9999 = re.compile(r"\d{5}")
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
# "since Madaraka Day falls on a Sunday": "since" as "because", the holiday the subject of its clause
_VERB_AFTER = re.compile(r"\s+(?:falls?|fell|is|was|are|were|has|had|will|would|comes?|came|begins?|began|ends?)\b",
                         re.I)
_MONTH_OR_DAY_VALUE = re.compile(r"\d{4}-\d\d(?:-\d\d)?")


def in_context(found: Normalised, text: str, candidate: Candidate, doc: DocView, context: StoryContext,
                direction: int, dct: Day | None) -> Normalised | None:
    """What the words around the expression change about its reading."""
    if is_some_day(doc.text, candidate):
        return Normalised(TimexType.DATE, "FUTURE_REF", None, Anchor.DOCUMENT_DATE)
    found = _roughly(found, text, candidate, doc)
    in_the_story = _in_the_story(found, text, candidate, doc, context, direction, dct)
    if in_the_story is not None:
        return in_the_story
    return _by_the_words_around(found, text, candidate, doc, context, direction, dct)


def _roughly(found: Normalised, text: str, candidate: Candidate, doc: DocView) -> Normalised:
    """"about six hours": TimeML leaves "about" out of the extent, but not its meaning (APPROX)."""
    if found.mod is None and found.type is TimexType.TIME and _NEARLY_BEFORE.search(
            doc.text, max(0, candidate.start - 8), candidate.start):
        return found.with_mod("APPROX")
    if found.mod is None and ("_REF" not in found.value or text.lower().endswith(" ago")) and _ABOUT_BEFORE.search(
            doc.text, max(0, candidate.start - 16), candidate.start) and (
            _ABOUT_A_NUMBER.match(text) or not doc.text[:candidate.start].rstrip().lower().endswith("about")):
        return found.with_mod("APPROX")
    return found


def _in_the_story(found: Normalised, text: str, candidate: Candidate, doc: DocView, context: StoryContext,
                  direction: int, dct: Day | None) -> Normalised | None:
    """The reading the story around the expression gives it (the week, month, year or period it has named, or
    the DCT a "since" counts back from); None when the story changes nothing."""
    if framed_day := weekday_in_week_named(found, doc.text, candidate.start, candidate.end, dct, direction):
        return framed_day
    if apposed := weekday_of_the_date_before(doc.text, text, candidate.start, context.reference,
                                             context.reference_end):
        return apposed  # "24 September 1989, a Sunday"
    if some_weekday := weekday_of_a_month_named_after(doc.text, text, candidate.start, candidate.end):
        return some_weekday  # "It was a Friday in late November 2008"
    if candidate.kind == "bare_period" and (
            named := the_period_just_named(found, text, doc.text, candidate, context, direction)):
        return named
    if month_back := a_year_before_the_month_named(text, doc.text, candidate, context):
        return month_back
    if _NINE_ELEVEN.fullmatch(text) and _ATTACKS_AFTER.match(doc.text, candidate.end):
        return Normalised(TimexType.DATE, "2001-09-11")  # "since the Sept. 11 attacks" names one day in history
    if season_year := season_of_the_year_after(found, doc.text, candidate):
        return season_year
    if dct is not None and _SINCE_BEFORE.search(doc.text, max(0, candidate.start - 8), candidate.start) and (
            not _VERB_AFTER.match(doc.text, candidate.end)) and (
            _MONTH_OR_DAY_VALUE.fullmatch(found.value)) and int(found.value[:4]) > 0 and (
            found.value[:7] > f"{dct.year:04d}-{dct.month:02d}"):
        # "Since January, 17 journalists have been killed" in December: the January past, never the next one
        earlier = f"{int(found.value[:4]) - 1:04d}{found.value[4:]}"
        return replace(found, value=earlier) if TimeSpan.from_value(earlier) is not None else found
    if ((_WITHOUT_YEAR.fullmatch(text) or candidate.kind == "holiday") and re.fullmatch(
            r"\d{4}-\d\d(?:-\d\d(?:T[A-Z]{2})?)?", found.value)) or is_season_alone(text, found):
        framed = in_the_frame_year(found, doc.text, candidate, context, direction)
        if framed is not found:
            return framed
        if candidate.kind == "holiday":
            return holiday_after_the_day(found, doc.text, text, context.reference, context.reference_end,
                                         candidate.start, direction)
        return in_the_year_named(found, doc.text, candidate, context, direction)
    return None


def _by_the_words_around(found: Normalised, text: str, candidate: Candidate, doc: DocView, context: StoryContext,
                         direction: int, dct: Day | None) -> Normalised | None:
    """The reading the words right around the expression give it: a bound ("no later than"), an amount ("two
    months earlier than planned"), a period ("the fiscal year ended"), a date ahead ("in five years"); None when
    they show it is no time at all."""
    if context.period is not None and _THIS_QUARTER.fullmatch(text) and _RESULTS_OF.match(doc.text, candidate.end):
        # "reported a loss for the third quarter ... This quarter's loss includes": the quarter reported on
        return Normalised(TimexType.DATE, context.period.value, None, Anchor.REFERENCE_TIME)
    if _THAN_AFTER.match(doc.text, candidate.end) and text.lower() in ("later", "earlier", "sooner"):
        return None  # "no later than 31 January": a bound on the date that follows, not a time itself
    if _THAN_FURTHER_ON.match(doc.text, candidate.end) and (amount := _EARLIER_LATER.fullmatch(text)):
        # "two months earlier than planned", "a week earlier in the 2000s than in the 1960s": how much earlier, not
        # when ("about an hour earlier": roughly that much)
        much = normalise_cached(amount.group(1), None, None, UNKNOWN)  # "more than three weeks": MORE_THAN
        return much.with_mod(much.mod or found.mod) if much is not None else None
    span_words = _PAST_SPAN.fullmatch(text)
    if span_words and (span_words.group(1).lower() == "past" or _OVER_BEFORE.search(
            doc.text, max(0, candidate.start - 12), candidate.start)):
        # "the past decade", "over the next decade" are ten years up to or from now; "in the last decade" is the
        # previous one and "well into the next decade" the next
        return Normalised(TimexType.DURATION, "P10Y" if span_words.group(2).lower() == "decade" else "P100Y")
    if _FISCAL_PERIOD.fullmatch(text) and _ENDED.match(doc.text, candidate.end):
        return Normalised(TimexType.DURATION, "P1Y")
    if UNNUMBERED_QUARTER.fullmatch(text) and (quarter := quarter_ended(doc.text, candidate.end, dct)):
        return Normalised(TimexType.DATE, quarter, None, Anchor.DOCUMENT_DATE)
    if THE_WEEK.fullmatch(text) and (week := week_ended(doc.text, candidate.end, dct)):
        return Normalised(TimexType.DATE, week, None, Anchor.DOCUMENT_DATE)  # "the week ending 19 April"
    if found.value in _VAGUE_SPANS and candidate.kind != "units_apart" and _BEFORE_AFTER.match(
            doc.text, candidate.end) and not _LASTING_BEFORE.search(
            doc.text, max(0, candidate.start - 12), candidate.start):
        return around_reference(context)
    if found.type is TimexType.DURATION and is_fraction(doc.text, candidate, text):
        return None
    if is_bare_fraction(doc.text, candidate):
        return None
    if found.type is TimexType.DURATION and candidate.kind == "rate":
        return Normalised(TimexType.SET, found.value)  # "twice [a year]": a set of times
    if found.type is TimexType.DURATION and direction == FUTURE:
        return _from_now(found, doc.text, candidate, dct) or found
    return found


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
    if not value or _BEYOND_YEAR_9999.match(value):
        return None  # "in roughly 40,000 years": an amount of time, not a year to place
    return Normalised(TimexType.DATE, value, found.mod, Anchor.DOCUMENT_DATE)
