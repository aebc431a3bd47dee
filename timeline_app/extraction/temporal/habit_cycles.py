"""Seasonal cycles told as habits: "The ozone hole typically grows from August, peaks in late September and closes
by December", "El Niño events usually peak around Christmas". Every month, season, holiday or quarter of such a
clause is that time of any year (XXXX-09, XXXX-12-25), not the one nearest the article's date; the habit holds over
the verbs joined to it, not just for the date right after the adverb.

Real dates stay real: one written with its year or with "this/last/next" ("and this December they fell"), and one
in a clause told in the past or ahead ("usually rise in December, but in January they fell").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.lexicon import HOLIDAY_RE, HOLIDAYS, MONTHS, SEASON_RE, alternation
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.sentence_breaks import sentence_bounds
from timeline_app.extraction.temporal.tense import governing_token

if TYPE_CHECKING:
    from timeline_app.extraction.temporal.tense import DocView

# Words that tell a habit or a yearly cycle (not "normally"/"generally" after a verb: "reopened normally in May").
_HABIT_CUE = re.compile(r"\b(?:usually|typically|traditionally|customarily|habitually|ordinarily|rarely|seldom"
                        r"|tends?\s+to|as\s+a\s+rule|(?:each|every)\s+year|annually|year\s+after\s+year"
                        r"|(?<!ed\s)(?<!ing\s)(?<!\bwas\s)(?<!\bwere\s)(?:normally|generally))\b", re.I)
# A time of the year without its year: "late September", "the autumn", "mid-April", "Christmas", "the first quarter"
_MONTH_NAME = rf"(?i:{alternation(list(MONTHS))})\.?"
_PART = r"(?:(?i:late|early|mid|the\s+end\s+of|the\s+start\s+of|the\s+beginning\s+of|the\s+middle\s+of)[\s-]+)?"
_CYCLE_SURFACE = re.compile(
    rf"(?i:the\s+)?{_PART}(?:(?i:the\s+)?(?:{_MONTH_NAME}(?:\s+[0-3]?\d(?:st|nd|rd|th)?)?"
    rf"|[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH_NAME}|(?i:{SEASON_RE})|{HOLIDAY_RE}"
    r"|(?i:(?:first|second|third|fourth|final|last)\s+quarter)))")
# A value in a real year: a month, a day, a season or a quarter of it.
_REAL_YEAR_VALUE = re.compile(r"\d{4}(?=-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI|Q[1-4])$)")
# What ends the habit's clause: another clause told of a real time ("but in January they fell").
_CLAUSE_END = re.compile(r";|:|,\s+(?:and|but|while|whereas|yet|though|although)\b|\s(?:but|while|whereas|although"
                         r"|though|unlike|except)\b", re.I)
_BOUND_BEFORE = re.compile(r"\b(?:until|till|through|up\s+to)\s+$", re.I)
# A clause about something else between the cue and the date: "ends on April 2, when families traditionally picnic"
_ASIDE = re.compile(r"\b(?:when|where|which|who|whose)\b", re.I)
# The date opens its sentence or clause: "In December, prices usually rise", "Even in January, ... rarely climb".
_OPENS_SENTENCE = re.compile(r"(?:^|[:;]\s*)[\"'\u201c]?\s*(?:(?:even|only|and|but|so)\s+)?(?:(?:in|on|during|by|around"
                             r"|at|from|until|after|before|between|through)\s+)?$", re.I)
# Words that tell a real time, past or ahead: "was", "will", "this", "ago", an irregular past.
_REAL_TIME_WORD = re.compile(r"\b(?:was|were|had|did|will|would|shall|won't|wouldn't|'ll|has\s+been|have\s+been"
                             r"|this|last|next|ago|yesterday|today|tomorrow|now|so\s+far|came|went|fell|rose|began"
                             r"|grew|saw|took|drew|became)\b", re.I)
# A past or a participle: "peaked", "held"; after "is"/"are" a passive of the present ("is usually held in May")
_PAST_FORM = re.compile(r"\b(?:[a-z]{3,}ed|made|won|lost|broke|left|held|brought|spent|sent|built|paid|sold|told)\b",
                        re.I)
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|be|being|gets?|becomes?)\s+(?:[a-z]+ly\s+)?$", re.I)
_NOT_PAST_ED = frozenset({"speed", "indeed", "proceed", "exceed", "succeed", "breed", "bleed", "greed", "hundred",
                          "sacred", "naked", "wicked", "beloved", "based", "limited", "advanced", "expected",
                          "unexpected", "related", "extended", "detailed", "varied", "mixed", "pronounced",
                          "sustained"})
# A verb of the parse that tells a real time: a past, a perfect, "will"
_REAL_TIME_AUX = frozenset({"will", "would", "'ll", "shall", "wo", "had", "has", "have", "was", "were", "did"})


def _tells_real_time(text: str) -> bool:
    """A tense word or a past participle used as a past ("fell", "peaked"); a passive ("is celebrated") is none."""
    if _REAL_TIME_WORD.search(text):
        return True
    for found in _PAST_FORM.finditer(text):
        if found.group().lower() in _NOT_PAST_ED or _PASSIVE_BEFORE.search(text, 0, found.start()):
            continue
        return True
    return False


def _clause_after(text: str, end: int, last: int) -> str:
    """The rest of the clause after the expression, up to another clause or the sentence's end."""
    stop = _CLAUSE_END.search(text, end, last)
    return text[end:stop.start() if stop is not None else last]


def _told_as_habit(text: str, expr: TemporalExpression) -> bool:
    """A habit cue in the sentence with nothing between it and the date that tells a real time, and no such
    word in the rest of the date's clause."""
    first, last = sentence_bounds(text, expr.start, expr.end)
    if _tells_real_time(_clause_after(text, expr.end, last)):
        return False
    for cue in _HABIT_CUE.finditer(text, first, last):
        if cue.start() < expr.end and cue.end() > expr.start:
            continue
        ahead = cue.end() <= expr.start
        between = text[cue.end():expr.start] if ahead else text[expr.end:cue.start()]
        if _CLAUSE_END.search(between) or _ASIDE.search(between) or _tells_real_time(between):
            continue
        # "In December, prices usually rise"; but not "the summer season, typically our best quarter" (an aside)
        if ahead or "," not in between or _OPENS_SENTENCE.search(text[first:expr.start]):
            return True
    return False


def _parse_tells_real_time(view: DocView, expr: TemporalExpression) -> bool:
    """With a parse: the date's verb is a past or has an auxiliary of a real time ("peaked", "will peak")."""
    verb = governing_token(view, expr.start, expr.end)
    return verb is not None and (verb.tag_ == "VBD" or bool(aux_words(verb) & _REAL_TIME_AUX))


def _moves_each_year(holiday: str) -> bool:
    """A holiday not kept on one fixed day of the year (Easter, Thanksgiving, Eid)."""
    name = re.sub(r"^the\s+", "", holiday.strip().lower())
    return not re.search(r"\d", name) and name not in HOLIDAYS


def with_habitual_cycles(expressions: list[TemporalExpression], view: DocView) -> list[TemporalExpression]:
    """Months, seasons, holidays and quarters of a clause told as a habit are those of any year."""
    text = view.text
    result = list(expressions)
    for index, expr in enumerate(result):
        if expr.type is not TimexType.DATE or not _CYCLE_SURFACE.fullmatch(expr.text):
            continue
        if _BOUND_BEFORE.search(text, max(0, expr.start - 16), expr.start):
            continue  # "calm weather, which usually lasts until October": the end of the weather now
        real_year = _REAL_YEAR_VALUE.match(expr.value)
        if real_year is None or not _told_as_habit(text, expr) or _parse_tells_real_time(view, expr):
            continue
        if len(expr.value) == 10 and _moves_each_year(expr.text):
            continue  # "usually at Easter": Easter's day changes, so no one day of any year
        result[index] = redated(expr, "XXXX" + expr.value[real_year.end():])
    return result
