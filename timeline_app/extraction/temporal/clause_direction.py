"""Clauses whose date looks ahead whatever their own verb's tense: a condition or deadline of a clause told ahead,
a thing announced for a month, and a hope or plan reported by a past "said".

"The union will strike unless management agrees by Tuesday": the deadline of a threat is the coming Tuesday,
though "agrees by Tuesday" alone would be the nearest one. "said the force would be ready if funding arrived by the
summer": the past of a condition under "would" is reported speech, the summer after the report. "The band confirmed
a headline slot at Glastonbury in June": what was confirmed is the coming June, not the one before. Read from the
words, so the rule-only pipeline gets them too.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.lexicon import FULL_WEEKDAYS, alternation
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE

if TYPE_CHECKING:
    from spacy.tokens import Token

# The condition opening the clause the date is in, with no clause break between: "unless management agrees by".
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as)\s+[^,;:.!?\"\u201c\u201d()]*$",
                               re.I)
_COUNTERFACTUAL = re.compile(r"\b(?:had|'d)\b|\bwould(?:n't|\s+not)?\s+have\b", re.I)
_WILL = re.compile(r"\b(?:will|shall|won't)\b|'ll\b", re.I)
_WOULD = re.compile(r"\b(?:would|wouldn't)\b", re.I)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The characters of the sentence around ``start:end``, cut at the full stops either side."""
    window = max(0, start - 300)
    first = max((m.end() for m in _SENTENCE_END.finditer(text, window, start)), default=window)
    after = _SENTENCE_END.search(text, end, min(len(text), end + 300))
    return first, after.start() if after is not None else min(len(text), end + 300)


def condition_direction(text: str, start: int, end: int) -> int | None:
    """FUTURE for a date in an "if"/"unless" clause whose main clause is told with "will", AFTER_REPORT with
    "would" ("said it would be ready if funding arrived by the summer"); None elsewhere, and for a condition
    about the past ("if he had left by Tuesday", "would have been ready if ...")."""
    first, last = _sentence_bounds(text, start, end)
    condition = _CONDITION_BEFORE.search(text, first, start)
    if condition is None:
        return None
    clause_end = text.find(",", end, last)
    main = text[first:condition.start()] + " " + (text[clause_end:last] if clause_end >= 0 else "")
    if _COUNTERFACTUAL.search(text, first, last):
        return None
    if _WILL.search(main):
        return FUTURE
    return AFTER_REPORT if _WOULD.search(main) else None


# Verbs that make a thing to come known, and the thing: "confirmed a headline slot at Glastonbury in June",
# "announced a new album for September". With "for", any thing but data; with "in" or "on", an event at a place.
_ANNOUNCING = r"\b(?:announc|confirm|unveil|reveal|book|tease|promis)\w*\s+"
_THING = r"(?:(?:a|an|the|its|their|his|her|two|three|four|\d+)\s+)?(?:[\w'-]+\s+){0,3}?"
_EVENT_NOUN = (r"(?:album|tour|slot|gig|concert|show|release|launch|premiere|festival|sequel|single|EP"
               r"|residency|reunion|comeback|exhibition|performance|appearance|opening|debut|season|series"
               r"|visit|run)s?")
_AT_PLACE = r"(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}"
_ANNOUNCED_FOR = re.compile(rf"{_ANNOUNCING}{_THING}[\w'-]+\s+(?:{_AT_PLACE})?for\s+(?:the\s+)?$")
# "in" alone may date the announcing ("announced the tour in February"); after the event's place it dates the event
_ANNOUNCED_EVENT_IN = re.compile(rf"{_ANNOUNCING}{_THING}{_EVENT_NOUN}\s+{_AT_PLACE}(?:in|on|at)\s+(?:the\s+)?$")
# Things reported on, not to come: "announced results for September", "confirmed figures for June".
_DATA_FOR = re.compile(r"\b(?:results?|figures|data|sales|earnings|profits?|loss(?:es)?|numbers|revenues?"
                       r"|dividends?|output|growth|rates?)\s+(?:for|in)\s+(?:the\s+)?$", re.I)
_HAD = re.compile(r"\bhad\s+(?:[\w-]+\s+){0,2}$", re.I)
_NOT_A_MONTH_OR_SEASON = re.compile(rf"{alternation(FULL_WEEKDAYS)}|\d|\b(?:year|quarter|week|half)\b", re.I)


def announced_ahead(text: str, start: int, end: int) -> int | None:
    """AFTER_REPORT for a month, season or holiday that a thing was announced for: it lies ahead of the announcing
    (a weekday is left to the nearest-day reading, a year or quarter to its own rules)."""
    if _NOT_A_MONTH_OR_SEASON.search(text, start, end):
        return None
    window = max(0, start - 90)
    found = _ANNOUNCED_FOR.search(text, window, start) or _ANNOUNCED_EVENT_IN.search(text, window, start)
    if found is None or re.search(r"[,;.!?]", text[found.start():start]) or _DATA_FOR.search(text, window, start):
        return None
    return None if _HAD.search(text, max(0, found.start() - 24), found.start()) else AFTER_REPORT


# A past plan reported by a past reporting verb: "said the panel hoped to finish ... before", "told reporters they
# planned to". The plan is as of the report, so its date lies after the report.
_REPORTED_PLAN = re.compile(r"\b(?:said|told|added|announced|stated|confirmed|indicated)\b[^.;!?]{0,60}?"
                            r"\b(?<!had\s)(?:hoped|planned|intended|aimed|expected|wanted|vowed|pledged|promised)\s+"
                            r"to\s+[^.;!?]{0,60}$", re.I)


def reported_plan(text: str, start: int, end: int) -> bool:
    """"Thurmond said the panel hoped to finish the bill before the August recess": a hope under "said" for a
    month, season or holiday (a weekday stays the nearest: the report may be of the day before)."""
    return not _NOT_A_MONTH_OR_SEASON.search(text, start, end) and _REPORTED_PLAN.search(
        text, max(0, start - 140), start) is not None


def clause_direction(text: str, start: int, end: int) -> int | None:
    """The direction the clause around ``start:end`` gives its date, whatever the verb; None when it gives none."""
    found = condition_direction(text, start, end) or announced_ahead(text, start, end)
    if found is None and reported_plan(text, start, end):
        return AFTER_REPORT
    return found


_MODAL_WORDS = frozenset({"will", "'ll", "shall", "would", "wo"})


def clause_after_participle(verb: Token | None, last_token: int) -> Token | None:
    """"meaning services on Wednesday will also be hit": the parser hangs the day on the participle before it, but
    the day is in the subject of the "will" clause right after it, whose verb governs it."""
    if verb is None or verb.tag_ != "VBG" or verb.i >= last_token or last_token + 1 >= len(verb.doc):
        return verb
    for token in verb.doc[last_token + 1:last_token + 4]:
        if token.dep_ == "aux" and token.lower_ in _MODAL_WORDS and token.head.i > last_token:
            return token.head
        if token.pos_ != "ADV":
            return verb
    return verb
