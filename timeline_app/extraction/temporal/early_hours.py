"""An election night told from the results in the small hours after it: "Democrats won the House early Wednesday.
The first polls closed at 6 p.m. EST." When a lede gives results, a count or a winner "early Wednesday", a clock
of the voting told in the past with no day of its own ("polls closed at 6 p.m.", "projected a winner at 10:20
p.m.") is the evening before, not the evening still ahead of that day. Elsewhere ("A man was stabbed early
Wednesday. He died in hospital at 9 p.m.") the story simply goes on through the day."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Granularity
from timeline_app.extraction.temporal.clause_tense import looks_ahead, told_as_gone_by
from timeline_app.extraction.temporal.clock_days import names_a_day, opens_a_conversion
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import CLOCK_VALUE
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_END
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
_SMALL_HOURS = re.compile(r"(?:the\s+)?(?:early|small|wee)\s+(?:morning\s+)?hours\s+of\s+(?!the\s+morning)", re.I)
# The lede of a results story, and the clocks of the voting night it looks back on.
_RESULTS = re.compile(r"\b(?:results?|won|wins?|winner|victory|majority|seized|secured|projected|declared|conceded"
                      r"|count(?:ed|ing)?|tally|runoff|elections?)\b", re.I)
_VOTING = re.compile(r"\b(?:polls?|polling|voting|voters?|ballots?|exit\s+polls?|projected|projections?|called"
                     r"|declared|conceded|broadcasters|networks)\b", re.I)


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
    if moved is None or reading is None or early.span is None or names_a_day(expr.text):
        return None
    if not opens_a_conversion(text, clock.end, expr.start) or reading["day"] != early.span.start.iso():
        return None
    if moved["day"] != early.span.start.plus_days(-1).iso():
        return None
    return redated(expr, f"{moved['day']}T{reading['hour']}:{reading['minute']}")


def _sentence_of(text: str, start: int) -> str:
    """The sentence around ``start``; "7 p.m. Newfoundland time" does not end one."""
    begin = max((m.end() for m in SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(
        0, start - 400))
    after = SENTENCE_END.search(text, start)
    return text[begin:after.start() + 1 if after else len(text)]


def _names_early_hours(expr: TemporalExpression, text: str) -> bool:
    """"won early Wednesday", "results released early on Monday", "in the early hours of Sunday": a day's
    small hours, at the results of a vote."""
    if expr.span is None or expr.span.granularity is not Granularity.DAY:
        return False
    if not _RESULTS.search(_sentence_of(text, expr.start)):
        return False
    if expr.type is TimexType.TIME:
        return expr.value.endswith("TMO") and _SMALL_HOURS.match(expr.text) is not None
    if expr.type is not TimexType.DATE:
        return False
    return _EARLY_TEXT.match(expr.text) is not None or _EARLY_BEFORE.search(
        text, max(0, expr.start - 32), expr.start) is not None


def _evening_before(expr: TemporalExpression, early: TemporalExpression, view: DocView) -> TemporalExpression | None:
    reading = CLOCK_VALUE.fullmatch(expr.value) if expr.type is TimexType.TIME else None
    if reading is None or int(reading["hour"]) < _EVENING_FROM or names_a_day(expr.text):
        return None
    if early.span is None or reading["day"] != early.span.start.iso():
        return None
    verb = governing_token(view, expr.start, expr.end)
    if not told_as_gone_by(verb) and (looks_ahead(verb) or not told_as_gone_by(finite_verb_before(view, expr))):
        return None  # ("results would come by 6 p.m.": ahead, whatever verb came before)
    if not _VOTING.search(_sentence_of(view.text, expr.start)):
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
