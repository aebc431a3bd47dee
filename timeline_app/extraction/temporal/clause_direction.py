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
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, PAST
from timeline_app.extraction.temporal.sentence_breaks import sentence_bounds, without_short_form_points

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The condition opening the clause the date is in, with no clause break between: "unless management agrees by".
_CONDITION_BEFORE = re.compile(r"\b(?:if|unless|provided(?:\s+that)?|as\s+long\s+as)\s+[^,;:.!?\"\u201c\u201d()]*$",
                               re.I)
# "will check if the bridge is safe": after these verbs "if" means "whether", a question, not a condition
_WHETHER_VERBS = re.compile(r"\b(?:check|ask|see|investigat|establish|review|examin|decid|determin|know|wonder|assess"
                            r"|consider|verif|probe|test|find\s+out|judg|learn|discover|clarif|ascertain)\w*"
                            r"(?:\s+(?:me|him|her|them|us|you|it|to\s+see|to\s+know))?\s+$", re.I)
# Inside the condition: a clause of its own ("the fire that broke out on Friday") or a judgement on a past act
# ("is found liable for the crash in January"): the date is not the condition's.
_NOT_THE_CONDITIONS = re.compile(r"\b(?:who|whom|which|that|what|whose|guilty|liable|responsible|convicted|accused"
                                 r"|blamed)\b", re.I)
_PAST_WORD = re.compile(r"\b(?:was|were|did|broke|came|went|took|made|lost|began|saw|gave|held|left|won|fell|rose"
                        r"|(?<!\bis\s)(?<!\bare\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)(?<!\bget\s)(?<!\bgets\s)"
                        r"(?<!\bhas\s)(?<!\bhave\s)(?<!\bnot\s)(?!(?:hundred|sacred|naked|wicked|beloved|aged)\b)"
                        r"(?:[a-z]{2,}(?<!e)ed|agreed|freed))\b", re.I)
_VERB_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:is|are|was|were|has|have|had|\w+(?<!s)s|\w+ed|found|made|took|did)\b")
_COUNTERFACTUAL_IF = re.compile(r"\bhad\b|'d\b", re.I)
_COUNTERFACTUAL_MAIN = re.compile(r"\b(?:would(?:n't|\s+not)?|'d)\s+have\b", re.I)
_WILL = re.compile(r"\b(?:will|shall|won't)\b|'ll\b", re.I)
_WOULD = re.compile(r"\b(?:would|wouldn't)\b|'d\b", re.I)


def condition_direction(text: str, start: int, end: int) -> int | None:
    """FUTURE for a date in an "if"/"unless" clause whose main clause is told with "will", AFTER_REPORT with
    "would" ("said it would be ready if funding arrived by the summer"); None elsewhere, for a condition
    about the past ("if he had left by Tuesday", "would have been ready if ..."), for "if" meaning "whether"
    and for a date of something else in the condition ("if the ban imposed on Friday stands")."""
    first, last = sentence_bounds(text, start, end)
    found = _CONDITION_BEFORE.search(without_short_form_points(text[first:start]))
    condition = first + found.start() if found is not None else -1
    if found is None or _WHETHER_VERBS.search(text, max(first, condition - 40), condition):
        return None
    clause_end = text.find(",", end, last)
    main = text[first:condition] + " " + (text[clause_end:last] if clause_end >= 0 else "")
    inside = text[condition:start]
    if _COUNTERFACTUAL_IF.search(text, condition, clause_end if clause_end >= 0 else last) or (
            _COUNTERFACTUAL_MAIN.search(main)) or _NOT_THE_CONDITIONS.search(inside):
        return None
    if _WILL.search(main):
        # "will get a refund even if they attended the concert on Friday": a past verb tells a past condition
        return None if _PAST_WORD.search(inside) else FUTURE
    if not _WOULD.search(main):
        return None
    # "would resign if the report published in March found wrongdoing": the date is of the subject's participle
    return None if _PAST_WORD.search(inside) and _VERB_AFTER.match(text, end) else AFTER_REPORT


# Verbs that make a thing to come known, and the thing: "confirmed a headline slot at Glastonbury in June",
# "announced a new album for September". With "for", any thing but data; with "in" or "on", an event at a place.
_ANNOUNCING = r"\b(?:announc|confirm|unveil|reveal|book|tease|promis)\w*\s+"
_THING = r"(?:(?:a|an|the|its|their|his|her|two|three|four|\d+)\s+)?(?:[\w'-]+\s+){0,3}?"
# Things staged at a place, so that "at <place> in <month>" dates them; not a product: "teased the album at the
# Grammys in February" dates the teasing.
_STAGED_EVENT = (r"(?:tour|slot|gig|concert|show|launch|premiere|festival|residency|reunion|exhibition|performance"
                 r"|appearance|opening|debut|visit|run)s?")
_AT_PLACE = r"(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,3}"
_ANNOUNCED_FOR = re.compile(rf"{_ANNOUNCING}{_THING}[\w'-]+\s+(?:{_AT_PLACE})?for\s+(?:the\s+)?$")
# "in" alone may date the announcing ("announced the tour in February"); after the event's place it dates the event
_ANNOUNCED_EVENT_IN = re.compile(rf"{_ANNOUNCING}{_THING}{_STAGED_EVENT}\s+{_AT_PLACE}(?:in|on|at)\s+(?:the\s+)?$")
# Things reported on, not to come: "announced results for September", "confirmed figures for June".
_DATA_FOR = re.compile(r"(?:\b(?:results?|figures|data|sales|earnings|profits?|loss(?:es)?|numbers|revenues?"
                       r"|dividends?|output|growth|rates?|arrivals|visitors|bookings|passengers|exports|imports|orders"
                       r"|deliveries|shipments|admissions|registrations|deaths|cases|inflation|unemployment|jobs)"
                       r"|\brecord\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+(?:for|in)\s+(?:the\s+)?$", re.I)
# "will report results for the quarter": the quarter reported on is over
_RESULTS_FOR = re.compile(r"\b(?:results|earnings|profits?|revenues?|sales|loss(?:es)?|figures|numbers)\s+for\s+$",
                          re.I)
_A_PART_OF_THE_YEAR = re.compile(r"\b(?:quarter|half|period)\b|\b[QH][1-4]\b", re.I)
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
                            r"to\s+(?P<plan>[^.;!?]{0,60})$", re.I)


def reported_plan(text: str, start: int, end: int, doc: Doc | None = None) -> bool:
    """"Thurmond said the panel hoped to finish the bill before the August recess": a hope under "said" for a
    month, season or holiday (a weekday stays the nearest: the report may be of the day before). Not a date of
    another past verb or thing in the plan: "planned to reverse the cuts made in February"."""
    if _NOT_A_MONTH_OR_SEASON.search(text, start, end):
        return False
    plan = _REPORTED_PLAN.search(text, max(0, start - 140), start)
    if plan is None:
        return False
    inside = text[plan.start("plan"):start]
    return not _NOT_THE_CONDITIONS.search(inside) and not _PAST_WORD.search(inside) and not _of_a_thing(
        doc, start, end)


def _of_a_thing(doc: Doc | None, start: int, end: int) -> bool:
    """With a parse: the date hangs on a noun ("after heavy losses in March"), not on the verb of the plan."""
    span = doc.char_span(start, end, alignment_mode="expand") if doc is not None else None
    if span is None:
        return False
    token = span.root
    while token.dep_ in ("compound", "amod", "nmod") and token.head.i != token.i:
        token = token.head
    place = token.head
    return token.dep_ == "pobj" and place.dep_ == "prep" and place.head.pos_ in ("NOUN", "PROPN")


def results_period(text: str, start: int, end: int) -> int | None:
    """PAST for "results for the quarter": a period whose results are told is over, even when told ahead."""
    if _A_PART_OF_THE_YEAR.search(text, start, end) and _RESULTS_FOR.search(text, max(0, start - 24), start):
        return PAST
    return None


# A verbless aside that gives a figure and its time: "Unemployment, at 4.8 percent in April, may rise"
_FIGURE_ASIDE_BEFORE = re.compile(r"(?:^|,)\s*(?:at|of|with|up|down|from|around|near)\s+[^,;:.!?]*?\d"
                                  r"(?:[^,;:.!?]|\.\d)*?\s(?:in|on|for|during)\s+(?:the\s+)?$", re.I)
_ASIDE_CLOSES = re.compile(r"\s*,")
_VERB_IN_ASIDE = re.compile(r"\b(?:[a-z]{3,}(?:ed|ing)|is|are|was|were|will|would|be)\b", re.I)


def figure_aside(text: str, start: int, end: int) -> int | None:
    """PAST for the time of a figure in a verbless aside: the figure was measured, whatever the main clause's
    modal or future tells ("Unemployment, at 4.8 percent in April, may rise")."""
    if not _ASIDE_CLOSES.match(text, end):
        return None
    found = _FIGURE_ASIDE_BEFORE.search(text, max(0, start - 60), start)
    if found is None or _VERB_IN_ASIDE.search(text, found.start(), start):
        return None
    return PAST


def clause_direction(text: str, start: int, end: int, doc: Doc | None = None) -> int | None:
    """The direction the clause around ``start:end`` gives its date, whatever the verb; None when it gives none.
    ``doc`` (with a parse) tells which word the date hangs on."""
    found = results_period(text, start, end) or condition_direction(text, start, end) or announced_ahead(
        text, start, end) or figure_aside(text, start, end)
    if found is None and reported_plan(text, start, end, doc):
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
