"""Schedules told in the present: the cues that put a day ahead when the verb alone does not.

"Arsenal travel to Norwich on Saturday" is a fixture even when the parser reads "travel" as a noun; "Wednesday's
stage starts at 11.30 am" is a stage to come; "began on April 7 and end at midnight on Friday" tells its second
half in the present; "Dole spent Sunday preparing for Wednesday's debate" prepares for a debate still ahead.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.resolve import FUTURE, NEAREST, PAST
from timeline_app.extraction.temporal.tense_words import SAME_IN_PAST, SCHEDULE_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

# Fixtures and timetables whose present the parser often misses ("Arsenal host Norwich", "Arsenal travel to").
_FIXTURE_VERBS = ("travel", "host", "face", "play", "visit", "meet", "welcome", "entertain", "take")
_PRESENT_FORM = "|".join(f"{verb}s?" for verb in _FIXTURE_VERBS)
_FIXTURE_BEFORE = re.compile(rf"^\W*(?:[A-Z][\w.'&-]*\s+){{1,3}}(?:{_PRESENT_FORM})\b[^.;!?,]*$")
# "The documentary airs on Sunday", "The final episode airs Tuesday night": a showing told in the present, which
# the parser may read as a plural noun ("airs", "screens").
_SHOWN_BEFORE = re.compile(r"^\W*(?:[\w'\u2019-]+\s+){1,5}(?:airs|screens|premieres|streams|broadcasts)"
                           r"\s+(?:again\s+)?(?:on\s+|at\s+|from\s+)?$", re.I)
# "Wednesday's stage ... starts at 11.30 am": a thing of a day that starts, opens or ends at a clock or on a day.
_THING_STARTS_AFTER = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){1,7}?(?:starts|begins|opens|closes|ends|kicks\s+off"
                                 r"|resumes|gets\s+under\s*way|takes\s+place)\s+(?:at|on|from)\b")
# "preparing for Wednesday's debate", "ready for Sunday's final": the thing prepared for is still ahead.
_PREPARING_FOR = re.compile(r"\b(?:prepar\w+|ready(?:ing)?|gearing\s+up|train\w*|practis\w+|practic\w+)\s+for\s+$"
                            r"|\b(?:preparations?|build-up|run-up|countdown)\s+(?:for|to)\s+$", re.I)
# "a strike starting at 6am on Friday", "courses starting in September": a thing that starts on a day.
_STARTING_BEFORE = re.compile(r"(?P<had>\bhad\s+[^.;!?]{0,40})?[a-z](?:\s+|(?P<comma>,)\s+(?=\w+\s+at\b))"
                              r"(?:starting|beginning|commencing)\s+"
                              r"(?:at\s+[\w.: ]{1,12}\s+)?(?:on\s+|in\s+|from\s+|at\s+)?$", re.I)


# "On Tuesday, sites open at 7 a.m.": a timetable after the day, which the parser may read as an adjective.
_TIMETABLE_AFTER = re.compile(r",?\s+(?:[a-z]+\s+){1,2}(?:open|close|start|begin|end|resume)s?\s+(?:at|from)\b")


def fixture_in_present(text: str, sentence_start: int, start: int, end: int, sentence_end: int) -> bool:
    """"Arsenal travel to Norwich on Saturday.": a name followed by a fixture verb in the present, read from the
    words when the parse has no verb for it; a caption without a full stop tells what happened."""
    closed = text[sentence_start:sentence_end].rstrip()[-1:] in (".", "!", "?", '"', "\u201d")
    before = text[sentence_start:start]
    return closed and (_FIXTURE_BEFORE.match(before) is not None or _SHOWN_BEFORE.match(before) is not None or (
        _TIMETABLE_AFTER.match(text, end) is not None))


def thing_of_day_starts(text: str, end: int) -> bool:
    """"Wednesday's stage from Nice to Marseille starts at 11.30 am": the day's thing is timetabled ahead."""
    return _THING_STARTS_AFTER.match(text, end) is not None


def prepared_for(text: str, start: int) -> bool:
    """"spent Sunday preparing for Wednesday's debate": what is prepared for has not happened yet."""
    return _PREPARING_FOR.search(text, max(0, start - 40), start) is not None


def starting_on(text: str, start: int) -> int | None:
    """FUTURE for a day a thing starts on ("a strike starting at 6am on Friday"), PAST after "had"; None without."""
    found = _STARTING_BEFORE.search(text, max(0, start - 80), start)
    if found is None:
        return None
    if found["comma"]:
        return NEAREST  # "ordered ..., starting at midnight on Monday": an aside, the nearest such day
    return PAST if found["had"] else FUTURE


def present_conjunct(verb: Token) -> bool:
    """"began on April 7 and end at midnight on Friday": a conjunct in the base form after a past head is told
    in the present (a timetable), not in its head's past."""
    head = verb.head
    if verb.dep_ != "conj" or head.i == verb.i or head.tag_ != "VBD" or verb.tag_ not in ("VB", "VBP"):
        return False
    if verb.lower_ in SAME_IN_PAST or verb.lower_ != verb.lemma_.lower():
        return False
    return verb.lemma_.lower() in SCHEDULE_VERBS and not any(
        child.dep_ in ("aux", "auxpass") or child.lower_ == "to" for child in verb.children)


def able_to_direction(verb: Token) -> Token | None:
    """"will still be able to attend from Monday": an infinitive hung on an adjective takes the tense of the verb
    the adjective hangs on ("will be"), not none at all."""
    head = verb.head
    if head.pos_ == "ADJ" and head.dep_ in ("acomp", "amod") and head.head.i != head.i:
        return head.head
    return None


def clause_verb_of_noun(verb: Token) -> Token | None:
    """The verb told with "will" whose subject is the noun a reduced relative describes ("surveys" -> "be"); not a
    verb acting on it ("wants the court to suspend the injunction issued Thursday": a thing already done)."""
    noun = verb.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.head.i == noun.i or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    if verb.i > 0 and verb.doc[verb.i - 1].text == ",":
        return None  # "The change, first announced in October, will apply": an aside on what was done
    owner = noun.head  # told with "will" ("will be the last"), not an expectation ("is expected to be visible")
    return owner if any(c.dep_ == "aux" and c.lower_ in ("will", "shall", "'ll") for c in owner.children) else None


_AND_WOULD = re.compile(r"\band\s+(?:then\s+|later\s+|only\s+)?would\b", re.I)
_REPORTED = re.compile(r"\b(?:that|said|says|told|announced|added)\b", re.I)


def coordinated_would(text: str, reference_end: int, start: int) -> bool:
    """"The ballot papers arrived last Wednesday and would be distributed from Thursday": a "would" joined by
    "and" to a clause of a past day plans from the writer's today, not from that day (as "said on Monday that
    it would" does)."""
    between = text[reference_end:start] if 0 <= reference_end <= start else ""
    return _AND_WOULD.search(between) is not None and _REPORTED.search(between) is None
