"""The day of a thing named by its weekday ("Wednesday's ruling", "Sunday's vote"), and plans told in the present
("is expected", "is due"): which way the day lies from the verb the thing hangs on.

"get around Wednesday's ruling" is a day gone by; "ahead of Sunday's vote" and "will watch Sunday's game" a day
ahead; "said he would retire after Sunday's vote" a day after the report, like "after the vote on Sunday".
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal import schedule_tense as schedule
from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.lexicon import WEEKDAYS
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST
from timeline_app.extraction.temporal.tense_words import FORECAST_VERBS, FUTURE_AUX, PLAN_VERBS
from timeline_app.extraction.temporal.verb_tense import verb_direction

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.extraction.temporal.tense import DocView

_WEEKDAY_NAME = re.compile("|".join(w.capitalize() for w in WEEKDAYS if w.endswith("day")))
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|upcoming|awaiting|await)\s+$")
_AFTER_BEFORE = re.compile(r"\bafter\s+$")
# Without a parse: "would" (not "would have") earlier in the clause: "said he would retire from politics after"
_WOULD_BEFORE = re.compile(r"\bwould\s+(?!have\b)(?:[\w'-]+\s+){0,6}$", re.I)


def present_plan(verb: Token) -> bool:
    """A plan told in the present: "is expected", "are planned", "is due", "are set"."""
    present = {"is", "are", "am", "'s", "'re"}
    if verb.lemma_ in PLAN_VERBS | FORECAST_VERBS and verb.tag_ == "VBN" and aux_words(verb) & present:
        return True
    if verb.tag_ == "VBG" and aux_words(verb) & present and (verb.lemma_ in PLAN_VERBS or (
            verb.lemma_ == "call" and any(c.lower_ == "for" for c in verb.children))):
        return True  # "is calling for a general strike on Wednesday", "are planning a rally on Friday"
    return verb.lemma_ == "be" and verb.lower_ in present and any(
        child.dep_ == "acomp" and child.lemma_ in PLAN_VERBS | {"likely"} for child in verb.children)


def possessive_day_direction(view: DocView, start: int, end: int, before: str, verb: Token | None) -> int | None:
    """The direction of a weekday that owns a thing ("Wednesday's ruling"); None for any other expression."""
    if not view.text.startswith(("'s ", "’s "), end) or not _WEEKDAY_NAME.fullmatch(view.text, start, end):
        return None
    ahead_of = _AHEAD_OF_BEFORE.search(before) or schedule.prepared_for(
        view.text, start) or schedule.thing_of_day_starts(view.text, end)
    aux = aux_words(verb) if verb is not None else set()
    will = bool(aux & FUTURE_AUX)
    planned = will or (verb is not None and _is_infinitive_ahead(verb))  # "is expected to rule after ..."
    after = _AFTER_BEFORE.search(before) is not None
    if planned and not ahead_of and after:
        return NEAREST  # "will form the next government after Monday's election": just gone by, or just ahead
    would = "would" in aux and "have" not in aux if verb is not None else _WOULD_BEFORE.search(
        view.text, max(0, start - 60), start) is not None
    if not ahead_of and would and (after or _object_of(view, start, end, verb)):
        # "said they would be watching Friday's report", "said he would retire after Sunday's vote": ahead of the
        # day it was said
        return AFTER_REPORT
    return FUTURE if ahead_of or will or (verb is not None and present_plan(verb)) else PAST


def _object_of(view: DocView, start: int, end: int, verb: Token | None) -> bool:
    """"would be watching Friday's report": the day's thing is what the verb acts on (not "a victory in
    Tuesday's election would usher in")."""
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or verb is None:
        return False
    thing = span.root.head
    return thing.i != span.root.i and thing.dep_ == "dobj" and thing.head.i == verb.i


def _is_infinitive_ahead(verb: Token) -> bool:
    return verb.tag_ == "VB" and "to" in aux_words(verb) and verb_direction(verb) == FUTURE
