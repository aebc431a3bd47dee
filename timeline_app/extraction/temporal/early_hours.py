"""An evening told after the small hours that followed it: "Democrats won the House early Wednesday. The first polls
closed at 6 p.m. EST." The story stands in the early hours of a day; an evening clock told in the past, with no day
of its own, has gone by already, so it is the evening before, not the evening still ahead of that day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Granularity
from timeline_app.extraction.temporal.clause_tense import told_in_the_past
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.tense import DocView, governing_token

if TYPE_CHECKING:
    from spacy.tokens import Token

_EVENING_FROM = 17
_WORDS_BACK = 40
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_SENTENCE_ENDS = frozenset({".", "!", "?", ";"})
_REACH = 600  # characters: the lede and the paragraph after it
_EARLY_BEFORE = re.compile(r"\b(?:early\s+(?:on\s+)?|(?:in\s+)?the\s+(?:early|small|wee)\s+hours\s+(?:of\s+)?)$",
                           re.I)
_EARLY_TEXT = re.compile(r"early\b", re.I)
_SMALL_HOURS = re.compile(r"(?:the\s+)?(?:early|small|wee)\s+hours\s+of\s+(?!the\s+morning)", re.I)
_DAY_WORDS = re.compile(r"(?i:today|tonight|yesterday|tomorrow|day|morning|afternoon|evening|night)|"
                        r"(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)")


def with_evenings_before_the_early_hours(expressions: list[TemporalExpression],
                                         view: DocView) -> list[TemporalExpression]:
    """Move a bare evening clock told in the past, dated by an "early Wednesday" named before it, to the day
    before."""
    result = list(expressions)
    early: TemporalExpression | None = None
    for index, expr in enumerate(result):
        if _names_early_hours(expr, view.text):
            early = expr
            continue
        if early is None or expr.start - early.end > _REACH or "\n\n" in view.text[early.end:expr.start]:
            early = None
            continue
        if expr.type is TimexType.DATE and expr.span is not None and expr.span.granularity is Granularity.DAY:
            early = None  # another day named: the story has moved on
            continue
        moved = _evening_before(expr, early, view) or _bracketed_with(result[index - 1], expr, early, view.text)
        if moved is not None:
            result[index] = moved
    return result


def _bracketed_with(clock: TemporalExpression, expr: TemporalExpression, early: TemporalExpression,
                    text: str) -> TemporalExpression | None:
    """"closed at 7 p.m. (1700 GMT)": the same moment in another zone goes back with the clock it follows."""
    moved, reading = CLOCK_VALUE.fullmatch(clock.value), CLOCK_VALUE.fullmatch(expr.value)
    if moved is None or reading is None or early.span is None or _DAY_WORDS.search(expr.text):
        return None
    if not re.fullmatch(r"\s*\(\s*", text[clock.end:expr.start]) or reading["day"] != early.span.start.iso():
        return None
    if moved["day"] != early.span.start.plus_days(-1).iso():
        return None
    return redated(expr, f"{moved['day']}T{reading['hour']}:{reading['minute']}")


def _names_early_hours(expr: TemporalExpression, text: str) -> bool:
    """"early Wednesday", "early on Monday", "in the early hours of Sunday": a day's small hours."""
    if expr.span is None or expr.span.granularity is not Granularity.DAY:
        return False
    if expr.type is TimexType.TIME:
        return expr.value.endswith("TMO") and _SMALL_HOURS.match(expr.text) is not None
    if expr.type is not TimexType.DATE:
        return False
    return _EARLY_TEXT.match(expr.text) is not None or _EARLY_BEFORE.search(
        text, max(0, expr.start - 32), expr.start) is not None


def _evening_before(expr: TemporalExpression, early: TemporalExpression, view: DocView) -> TemporalExpression | None:
    reading = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
    if reading is None or int(reading["hour"]) < _EVENING_FROM or _DAY_WORDS.search(expr.text):
        return None
    if early.span is None or reading["day"] != early.span.start.iso():
        return None
    if not told_as_gone_by(governing_token(view, expr.start, expr.end)) and not told_as_gone_by(
            finite_verb_before(view, expr)):
        return None
    day = Day.parse(reading["day"]).plus_days(-1).iso()
    return redated(expr, f"{day}T{reading['hour']}:{reading['minute']}")


def finite_verb_before(view: DocView, expr: TemporalExpression) -> Token | None:
    """The nearest finite verb before a clock in its sentence, for a clock the parse hangs on no told verb
    ("Polls closed ..., starting at 7 p.m. Newfoundland time, or 5:30 p.m. Eastern")."""
    if not view.parsed:
        return None
    span = view.doc.char_span(expr.start, expr.end, alignment_mode="expand")
    if span is None:
        return None
    for token in reversed(view.doc[max(0, span.start - _WORDS_BACK):span.start]):
        if token.text in _SENTENCE_ENDS or "\n" in token.text:
            return None  # (the parse's sentences break after "p.m." before a capital: "7 p.m. Newfoundland time")
        if token.tag_ in _FINITE and token.dep_ not in ("aux", "auxpass"):
            return token
    return None


def told_as_gone_by(verb: Token | None) -> bool:
    """"closed at 6 p.m.", "had stopped voting by 8 p.m.", "closed ..., starting at 7 p.m.": told in the past, or
    hanging on a clause that is."""
    for _ in range(3):
        if verb is None:
            return False
        aux = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
        if told_in_the_past(verb) or "had" in aux:
            return True
        if verb.tag_ != "VBG" or aux or verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False
