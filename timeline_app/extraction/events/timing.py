"""When an event happened: the temporal expression its trigger governs, else one elsewhere
in the sentence, else the paragraph's reference time or the article date (inferred)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import Enum
from typing import TYPE_CHECKING

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from timeline_app.core.calendar import Day

# The word before an expression that bounds the event on one side ("since October").
_BOUND_WORDS = {"since": "AFTER", "after": "AFTER", "from": "AFTER", "before": "BEFORE", "until": "BEFORE",
                "till": "BEFORE", "by": "BEFORE", "prior to": "BEFORE"}
_BOUND = re.compile(r"\b(since|after|from|before|until|till|by|prior to)\s+(?:the\s+)?$", re.I)


_DATELINE_LEAD = re.compile(r"\W*(?:(?:first\s+)?(?:published|posted|updated|last\s+updated)(?:\s+on)?\W*)?", re.I)


_STAMP_WORDS = r"(?:\s++|[A-Z][A-Za-z]*+\.?|\d++(?:[:./]\d++)*+(?:st|nd|rd|th|am|pm)?|[,:|/-]|\bat\b)*+"
# A label, then only names, numbers and punctuation: "Updated: November 11, 2011 18:50 IST", "UPDATED 05/03/2013
# at 11:00 AM", "Originally published ...". Not "The study, published on March 14 in Nature".
_STAMP_LABEL = re.compile(r"(?:(?-i:Published|PUBLISHED|Posted|POSTED|Updated|UPDATED)|(?:Originally|First|Last)\s+"
                          r"(?i:published|posted|updated))(?:\s+at)?\s*:?" + _STAMP_WORDS + "$")
# The date before the time in "Monday 10 Jun 2013 10:45 am A man has been charged": all stamp, with a number.
_STAMP_ONLY = re.compile(r"(?=\D*\d)" + _STAMP_WORDS)


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "appos", "attr"})


class TimeSource(Enum):
    """How an event's date was found, best first."""

    GOVERNED = "governed"
    SENTENCE = "sentence"
    REFERENCE = "reference"
    DOCUMENT = "document"
    NONE = "none"


@dataclass(frozen=True)
class Timing:
    """The event's date and the expression (if any) it came from."""

    span: TimeSpan | None
    source: TimeSource
    expression: TemporalExpression | None = None


def is_dated(expr: TemporalExpression) -> bool:
    """Dates and times of day with a resolved span: durations and sets never date an event."""
    return expr.type in (TimexType.DATE, TimexType.TIME) and expr.span is not None


def is_dateline(text: str, expr: TemporalExpression, dct: Day | None) -> bool:
    """The article's own date at the start of a line ("June 25, 2005 A deputy was shot Friday",
    "Published: November 28, 2005") or any stamp after "Updated:": when the article appeared or
    changed, not when anything happened."""
    if _STAMP_LABEL.search(text, max(0, expr.start - 48), expr.start):
        return True  # "Updated: November 11, 2011 18:50 IST", wherever the line starts
    if dct is None or expr.span is None or not expr.span.start <= dct <= expr.span.end:
        return False
    if expr.span.anchor is not Anchor.EXPLICIT and expr.type is TimexType.DATE:
        return False  # "Earlier this month, parliament voted" opens a paragraph, not a page
    line = text[text.rfind("\n", 0, expr.start) + 1:expr.start]
    return _DATELINE_LEAD.fullmatch(line) is not None or _STAMP_ONLY.fullmatch(line) is not None


def governor(doc: Doc, expr: TemporalExpression, triggers: set[int]) -> Token | None:
    """The first trigger or verb above the expression in the parse (call only on parsed docs)."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    token = span.root
    for _ in range(10):
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
        if token.i in triggers or token.pos_ == "VERB" or (token.pos_ == "AUX" and token.dep_ == "ROOT"):
            return token
        if describes(token):
            return None
    return None


def describes(token: Token) -> bool:
    """A participant the expression describes ("Williams, a star of the 1940s, died")."""
    return token.dep_ in _ARGUMENTS and token.pos_ in ("NOUN", "PROPN", "NUM", "PRON")


def describes_participant(doc: Doc, expr: TemporalExpression, triggers: set[int]) -> bool:
    """The expression belongs to a participant's description, not to an event: it dates nothing
    in its sentence but an event noun it may be part of."""
    span = doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    token = span.root
    for _ in range(10):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i in triggers or token.pos_ in ("VERB", "AUX"):
            return False
        if describes(token):
            return True
    return False


def span_of(text: str, expr: TemporalExpression) -> TimeSpan | None:
    """The expression's TimeSpan, with the bounding preposition before it as its mod."""
    span = expr.span
    if span is None:
        return None
    if span.mod is None:
        bound = _BOUND.search(text[max(0, expr.start - 12):expr.start])
        if bound:
            span = replace(span, mod=_BOUND_WORDS[bound.group(1).lower()])
    return span


_RANGE_JOIN = re.compile(r"\s*[-\u2013]\s*|\s+(?:to|through|until|till|and)\s+")


# How far apart a range's ends may be, in days, by their granularity: "March 14-16", "from January to June".
_RANGE_REACH = {Granularity.DAY: 31, Granularity.WEEK: 92, Granularity.MONTH: 366, Granularity.QUARTER: 731,
                Granularity.YEAR: 36525}


def range_span(text: str, expr: TemporalExpression, neighbours: list[TemporalExpression]) -> TimeSpan | None:
    """"March 14-16", "from Monday to Wednesday": an event dated by either end of a range written as
    one lasts from the first end to the last (None when ``expr`` is no end of a range with the expression
    just before or after it in ``neighbours``)."""
    for other in neighbours:
        first, last = (expr, other) if other.start >= expr.end else (other, expr)
        if other is expr or other.type is not expr.type or first.span is None or last.span is None:
            continue
        if first.span.mod is not None or last.span.mod is not None or not first.span.end < last.span.start:
            continue
        if first.span.granularity is not last.span.granularity:
            continue
        join = _RANGE_JOIN.fullmatch(text, first.end, last.start)
        gap = last.span.start.number - first.span.end.number
        if join is None or (join.group(0).strip() == "and" and not (
                first.span.granularity is Granularity.DAY and gap == 1)):
            continue  # "on Monday and Thursday" are two days, "on March 14 and 15" two days running
        if gap <= _RANGE_REACH.get(first.span.granularity, 0):
            return replace(first.span, end=last.span.end, anchor=expr.span.anchor if expr.span else first.span.anchor,
                           text=text[first.start:last.end])
    return None


def in_present(token: Token) -> bool:
    """A verb in the present or present perfect ("is experiencing", "has been charged", "faces"):
    it tells the state at the time of writing, not the time the paragraph's story reached."""
    for _ in range(3):
        if token.pos_ not in ("VERB", "AUX"):
            return False
        auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
        tags = {token.tag_} if not auxiliaries else {auxiliaries[0].tag_}
        if tags & {"VBZ", "VBP"}:
            return True
        if tags & {"VBD", "MD"} or token.tag_ == "VBD":
            return False
        if token.dep_ not in ("xcomp", "conj", "advcl"):
            return False
        token = token.head
    return False


def is_perfect(token: Token) -> bool:
    """"has fallen", "have been charged"."""
    auxiliaries = [c for c in token.children if c.dep_ in ("aux", "auxpass")]
    return bool(auxiliaries) and auxiliaries[0].lemma_.lower() == "have"


@dataclass(frozen=True)
class Reference:
    """The story's time around a sentence: the last day its paragraph named before it, or, when
    none was named yet, the day the sentence or the next one names (the lede's day: "A climber has
    fallen to his death. He fell on Saturday")."""

    before: TimeSpan | None = None
    after: TimeSpan | None = None

    def for_verb(self, token: Token) -> TimeSpan | None:
        """A verb in the present tells the time of writing (the article's date); one in the present
        perfect reports the news of the lede, dated by the day named next; the past perfect tells what
        came before it; others, the story's time."""
        if in_present(token):
            return self.after if is_perfect(token) else None
        if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in token.children):
            return self.before  # "polling stations had already been closed": before the day named next
        return self.before or self.after


def inferred(reference: TimeSpan | None, dct: Day | None) -> Timing:
    """An undated event: the paragraph's reference time, else the article date, marked inferred."""
    if reference is not None:
        span = replace(reference, anchor=Anchor.INFERRED, text=None, mod=None)
        return Timing(span, TimeSource.REFERENCE)
    if dct is not None:
        return Timing(TimeSpan.of_day(dct, Anchor.INFERRED), TimeSource.DOCUMENT)
    return Timing(None, TimeSource.NONE)
