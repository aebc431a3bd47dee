"""Which way a relative date points (past or future) from the tense of its governing verb.

"met ... in October" (DCT March 2022) is October 2021, "will meet in October"
is October 2022. With a parse the governing verb is found through the
dependency tree; without one (blank pipeline) nearby words decide.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal import direction_cues as cues
from timeline_app.extraction.temporal import schedule_tense as schedule
from timeline_app.extraction.temporal.ahead_cues import ahead_cue, before_a_day_ahead
from timeline_app.extraction.temporal.bound_tense import put_off_direction, put_off_to, until_direction
from timeline_app.extraction.temporal.calendar_present import calendar_in_present
from timeline_app.extraction.temporal.clause_direction import clause_after_participle, clause_direction
from timeline_app.extraction.temporal.clause_tense import aux_words, is_act_not_report
from timeline_app.extraction.temporal.declared_days import is_declared_day
from timeline_app.extraction.temporal.entry_tense import in_historical_present
from timeline_app.extraction.temporal.lexicon import REPORTING_VERBS, WEEKDAYS
from timeline_app.extraction.temporal.object_participles import started_duty_direction, verbless_line
from timeline_app.extraction.temporal.possessive_days import possessive_day_direction, present_plan
from timeline_app.extraction.temporal.possessive_months import month_owns_event_in_description
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST, UNKNOWN
from timeline_app.extraction.temporal.tense_words import (
    DECISION_VERBS,
    FORECAST_VERBS,
    FUTURE_AUX,
    PLAN_VERBS,
    SAME_IN_PAST,
    SCHEDULE_VERBS,
)
from timeline_app.extraction.temporal.verb_tense import is_plan, verb_direction
from timeline_app.extraction.temporal.yearly_months import HABIT_BEFORE

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words right before a date that fix its direction whatever the verb: "since May", "payable Dec. 15".
_PAST_BEFORE = re.compile(r"\bsince\s+the\s+$|\b(?:since|ended|ending|" + "|".join(REPORTING_VERBS.values())
                          + r")\s+(?:on\s+|late\s+|early\s+)?$")
# "Analysts said the third quarter would be weak": the date is the subject of what was said, not the day it was said
_SUBJECT_OF_WOULD_AFTER = re.compile(r"\s+(?:would|will|could|might)\s+(?:not\s+)?(?:be|bring|see|mark)\b")
_REPORTED_JUST_BEFORE = re.compile(r"\b(?:" + "|".join(REPORTING_VERBS.values()) + r")\s+(?:on\s+|late\s+|early\s+)?$")
_FUTURE_BEFORE = re.compile(r"\b(?:payable|effective|starting|beginning|expires?|expiring"
                            r"|(?:scheduled|set|slated|planned|booked|pencill?ed in) for|due(?:\s+in(?=\s))?"
                            r"|(?:moved|postponed|delayed|pushed back|brought forward|rescheduled) (?:to|until|for))\s+"
                            r"(?:on\s+|by\s+|before\s+)?$")
_PLANNED_FOR = re.compile(r"\b(?:scheduled|slated|planned|pencill?ed in|earmarked|targeted) for\s+$")
_A_PERIOD = re.compile(r"\b(?:quarter|half|year|season|spring|summer|autumn|fall|winter)\b", re.I)
_WEEKDAY_NAME = re.compile("|".join(w.capitalize() for w in WEEKDAYS if w.endswith("day")))
# "declared Wednesday a national holiday": the day is what was declared, not when; it is usually the one ahead.
_DECLARED_BEFORE = re.compile(r"\b(?:declar|proclaim|designat|nam|mak|made|set|mark)\w*\s+$", re.I)
_NAMED_EVENT_AFTER = re.compile(r"\s+(?:terror(?:ist)?\s+)?(?:attacks?|bombings?|massacre|uprising|riots?|shootings?"
                                r"|killings|tsunami|earthquake|quake|coup|offensive|raid|blasts?|explosions?|crash"
                                r"|disaster|floods?)\b", re.I)
_DECLARED_AFTER = re.compile(r"\s+(?:as\s+)?an?\s+(?:[\w-]+\s+){0,3}?(?:holiday|day\b|observance)", re.I)
_AHEAD_PASSIVE = re.compile(r"\b(?:will|to|would|may|might|could|should|must|shall|'ll)\s+(?:not\s+)?be\s+\w+\s+"
                            r"(?:on\s+|late\s+|early\s+)?$", re.I)
_DEADLINE_AFTER = re.compile(r"\s+as\s+(?:the|a|its|their)\s+(?:new\s+|final\s+)?(?:deadline|target\s+date|date)\b",
                             re.I)
_DEADLINE_VERBS = frozenset({"want", "demand", "ask", "urge", "need", "require", "insist", "press", "push"})
_NEXT_THING_BEFORE = re.compile(r"\b(?:next|upcoming|forthcoming)\s+(?!to\b)(?:[a-z-]+\s+){1,2}(?:on|in|at)\s+$",
                                re.I)
# "remanded him until a hearing in March": a bound set by a thing on a day, read as "until March"
_UNTIL_THING_BEFORE = re.compile(r"\b(?:until|till|pending)\s+(?:a|an|the|his|her|their|its|next)\s+"
                                 r"(?:[\w'-]+\s+){0,2}?(?:hearing|trial|sentencing|appearance|review|meeting|vote|election|decision|ruling"
                                 r"|verdict|inquest|referendum|summit|talks)s?\s+(?:in|on|at)\s+$", re.I)
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|as (?:early|soon|late) as)\s+(?:at\s+least\s+)?"
                           r"(?:(?:sunset|sunrise|dawn|dusk|noon|midnight)\s+(?:on\s+)?)?$")
_HAD_BEFORE = re.compile(r"\b(?:had|having)\s+(?:been\s+)?(?:\w+\s+){0,4}$", re.I)
_WARNED_OF = re.compile(r"\bwarn(?:s|ed|ing)?\b[^.;!?]{0,24}?\bof\s+(?:[\w-]+\s+){0,2}(?:on|in|at|for|from|by|over)\s+"
                        r"(?:the\s+)?$", re.I)
_CALLED_FOR = re.compile(r"\b(?:called|set|scheduled|fixed|announced|slated|planned|booked|convened|summoned)\b"
                         r"[^.;!?]{0,48}$", re.I)
_WAS_BEFORE = re.compile(r"\b(?:was|were)\s+(?:\w+\s+){0,4}$", re.I)  # "was due to expire on March 1"
_CUE_WORD = re.compile(r"[A-Za-z']+")
_FUTURE_WORDS = frozenset({"will", "shall", "'ll", "next", "upcoming", "tomorrow", "wo", "plans", "plan",
                           "expects", "expect", "scheduled", "due", "hopes", "aims", "intends"})
_PAST_WORDS = frozenset({
    "since", "ago", "was", "were", "had", "did", "said", "told", "met", "last", "came", "went", "saw", "took",
    "gave", "made", "held", "left", "began", "won", "lost", "broke", "spoke", "wrote", "fell", "rose", "sent",
    "paid", "sold", "bought", "got", "put", "ran", "led", "brought", "thought", "found", "became", "kept",
    "yesterday", "earlier",
})
# "hopes to match last year's profit": a thing of last year says nothing of the tense of the clause
_LAST_OWNING = re.compile(r"\blast(?=\s+\w+['\u2019]s\b)", re.I)
_NOT_PAST = frozenset({"need", "speed", "indeed", "proceed", "exceed", "succeed", "embed", "breed", "bleed",
                       "feed", "seed", "weed", "deed", "greed", "shed", "bed", "red", "wed", "hundred"})


@dataclass(frozen=True, slots=True)
class DocView:
    """A Doc with what the tagger asks of it many times, computed once: ``doc.text`` and
    ``has_annotation`` each walk every token."""

    doc: Doc
    text: str
    parsed: bool
    has_sentences: bool

    @classmethod
    def of(cls, doc: Doc) -> DocView:
        return cls(doc, doc.text, doc.has_annotation("DEP"), doc.has_annotation("SENT_START"))


def governing_token(doc: Doc | DocView, start: int, end: int) -> Token | None:
    """The verb an expression at characters ``start:end`` depends on (None without a parse)."""
    view = doc if isinstance(doc, DocView) else DocView.of(doc)
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not view.parsed:
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head.i == token.i:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def direction_of(doc: Doc | DocView, start: int, end: int) -> int:
    """PAST, FUTURE, UNKNOWN, NEAREST (either side of the DCT) or AFTER_REPORT (ahead of a report's day,
    which the tagger resolves) for the expression at ``start:end`` in ``doc``: the words right before it
    decide first, then its relation to the governing verb, then the verb's tense."""
    view = doc if isinstance(doc, DocView) else DocView.of(doc)
    direction = in_historical_present(view.text, start, _direction_of(view, start, end),
                                      verbless_line(view.doc, view.text, start))
    if cues.meeting_month(view.text, start, end) and (direction in (UNKNOWN, NEAREST) or (
            direction == PAST and _hangs_on_a_noun(view, start, end))):
        return NEAREST  # "odds of a move at the September meeting fell": the meeting nearest the story
    return direction  # (but "began raising rates at the March meeting" is the one gone by)


def _hangs_on_a_noun(view: DocView, start: int, end: int) -> bool:
    """"odds of a move at the September meeting": the meeting belongs to a thing, not to the past verb (with no
    parse, nothing says it does belong to the verb)."""
    span = view.doc.char_span(start, end, alignment_mode="expand") if view.parsed else None
    verb = governing_token(view, start, end)
    if span is None or verb is None:
        return True
    head = span.root.head  # "at" or "meeting"
    while head.dep_ in ("pobj", "prep", "compound", "amod") or head.lower_ in ("meeting", "session"):
        if head.head.i == head.i:
            return False
        if head.head.pos_ in ("NOUN", "PROPN") and head.head.lower_ not in ("meeting", "session"):
            return True
        if head.head.i == verb.i:
            return False
        head = head.head
    return False


def _direction_of(view: DocView, start: int, end: int) -> int:
    before = view.text[max(0, start - 24):start].lower()
    cued = ahead_cue(view.text, start, end) or cues.cue_direction(view.text, start, end) or clause_direction(
        view.text, start, end, view.doc if view.parsed else None) or _direction_from_words(view, start, end, before)
    if cued is not None:
        return cued
    span = view.doc.char_span(start, end, alignment_mode="expand")
    verb = cues.skipped_modal_verb(governing_token(view, start, end), span.start if span is not None else -1)
    verb = clause_after_participle(verb, span.end - 1 if span is not None else -1)
    verb = _reported_clause_before(verb, span)
    lexical = _lexical_direction(view, start, end) if verb is None else UNKNOWN
    if before_a_day_ahead(view.text, start, end, verb, lexical):
        return NEAREST  # "Preorders placed before midnight on Sunday get a discount"
    if cues.ahead_of(view.text, start, end):
        return cues.ahead_direction(verb, _lexical_direction(view, start, end) if verb is None else UNKNOWN)
    if span is not None and (duty := started_duty_direction(span.root, verb, verb_direction, FUTURE, NEAREST)):
        return duty  # "will have to report the emissions embedded in their goods from October 1"
    placed = _direction_from_placement(view, start, end, before, verb)
    if placed is not None:
        return placed
    if verb is None:
        return _fixture_or_lexical(view, start, end)
    if present_plan(verb):
        return FUTURE  # "The election is expected in October", "The verdict is due in September"
    if verb.lemma_ in PLAN_VERBS and verb.tag_ in ("VBD", "VBN"):
        # "planned a rally on Saturday": the planned event's date; "On Friday, X planned": the plan's
        return NEAREST if verb.idx < start else UNKNOWN
    if _timetable_present(view, start, end, verb) or _copula_present(view, start, end, verb):
        return FUTURE
    return NEAREST if cues.forecast_made(verb, FORECAST_VERBS) else verb_direction(verb)


def _reported_clause_before(verb: Token | None, span: Span | None) -> Token | None:
    """"X will lay off 1,300 people by the end of March, the chief executive told employees": a date the parser
    hung on a reporting verb written after it belongs to the reported clause before it."""
    if verb is None or span is None or verb.lemma_ not in REPORTING_VERBS or verb.i < span.end:
        return verb
    reported = [child for child in verb.children if child.dep_ == "ccomp" and child.i < span.start]
    return reported[-1] if reported else verb


def _direction_from_words(view: DocView, start: int, end: int, before: str) -> int | None:
    """Words right before the expression that fix its direction whatever the verb."""
    ahead = _AHEAD_PASSIVE.search(view.text, max(0, start - 48), start) is not None
    if (_DECLARED_BEFORE.search(before) and _DECLARED_AFTER.match(view.text, end)) or is_declared_day(
            view.text, start, end):
        return NEAREST
    if before.endswith("the ") and _NAMED_EVENT_AFTER.match(view.text, end):
        return PAST  # "in the wake of the Easter Sunday attacks": an event named by its day has happened
    if _PAST_BEFORE.search(before) and not ahead and not _SUBJECT_OF_WOULD_AFTER.match(view.text, end):
        return PAST  # "said on Friday", but not "will be announced on Friday"
    if HABIT_BEFORE.search(view.text, max(0, start - 80), start):
        return NEAREST  # "the season that usually begins in November": a habit's time is the nearest, either side
    if _NEXT_THING_BEFORE.search(view.text, max(0, start - 40), start):
        return FUTURE  # "a move at the next meeting on Sept. 19", "the upcoming vote in May"
    if _FUTURE_BEFORE.search(before):
        # "It had been due to expire Friday", "had been planned for 9 December": a plan told in the past perfect
        # looks ahead from a time gone by, so its day may be either side of now
        told = view.text[max(0, start - 48):start]
        if _HAD_BEFORE.search(told):
            return NEAREST
        # "was scheduled for the fourth quarter": a period planned for is still ahead; a planned day may be past
        period = _PLANNED_FOR.search(before) is not None and _A_PERIOD.search(view.text, start, end) is not None
        return NEAREST if _WAS_BEFORE.search(told) and not period else FUTURE
    if _WARNED_OF.search(view.text, max(0, start - 80), start):
        return NEAREST  # "warned on Monday of heavy rain on Wednesday": what a warning is about lies ahead of it
    if before.endswith("for ") and _CALLED_FOR.search(view.text, max(0, start - 60), start) and re.search(
            r"\d|day\b", view.text[start:end]) and not view.text.startswith(("'s", "’s"), end):
        return NEAREST  # "called a snap general election for 7 July"
    if before.endswith(("for ", "by ")) and _WEEKDAY_NAME.match(view.text, start, end) and not view.text.startswith(
            "'s", end):
        # "called a general strike for Tuesday", "a service planned for Saturday was cancelled", "reforms by Wednesday"
        return NEAREST
    return None


def _direction_from_placement(view: DocView, start: int, end: int, before: str, verb: Token | None) -> int | None:
    """A deadline, a thing's day, a bound or the start of a decision: the expression's place in the clause."""
    if _DEADLINE_AFTER.match(view.text, end) or (verb is not None and re.search(r"\bby\s+(?:the\s+)?$", before)
                                                 and (is_plan(verb) or verb.lemma_ in _DEADLINE_VERBS)
                                                 and "had" not in aux_words(verb)):
        # "has set October as the deadline", "wanted a deal by the autumn"; but "had ... set Friday as the
        # deadline" may be past by now
        told_in_past = verb is not None and (verb.tag_ == "VBD" or "had" in aux_words(verb))
        return NEAREST if told_in_past and _WEEKDAY_NAME.match(view.text, start, end) else FUTURE
    if month_owns_event_in_description(view.text, view.doc.char_span(start, end) if view.parsed else None, start,
                                       end):
        return NEAREST  # "Trump, Biden's rival in November's election, has said"
    if (owned := possessive_day_direction(view, start, end, before, verb)) is not None:
        return owned  # "get around Wednesday's ruling", "ahead of Sunday's vote"
    if _UNTIL_BEFORE.search(view.text[max(0, start - 40):start].lower()) or _UNTIL_THING_BEFORE.search(
            view.text, max(0, start - 60), start):
        return until_direction(verb, view.text, end)
    if put_off_to(view.text, start) and not _HAD_BEFORE.search(view.text, max(0, start - 60), start):
        return put_off_direction(view.text, end)  # "The case was adjourned to Thursday"
    lexical_past = before.endswith("from ") and verb is None and _lexical_direction(view, start, end) == PAST
    if (from_now := cues.from_now_on(view.text, start, verb, lexical_past)) is not None:
        return from_now  # "is in effect from Saturday afternoon"
    if verb is not None and before.endswith("from ") and verb.lemma_ in DECISION_VERBS and not aux_words(
            verb) & FUTURE_AUX and _WEEKDAY_NAME.fullmatch(
            view.text, start, end):
        return NEAREST  # "announced a curfew from Thursday": the start of what was announced, either side
    return None


def _timetable_present(view: DocView, start: int, end: int, verb: Token) -> bool:
    """"The talks resume on Tuesday": an event verb in the simple present with its own date is a
    timetable, and so is the present progressive ("is meeting Polish leaders on Wednesday"). Not
    "follows Tuesday's declaration" (the date belongs to a noun) and not "stocks hurt" (the same form
    as the past)."""
    if verb.lemma_.lower() not in SCHEDULE_VERBS and not (verb.tag_ == "VBZ" and verb.lower_[:-1] in SCHEDULE_VERBS):
        return False  # "Protesters march in Kyiv on Sunday" is a caption; the model reads "retook" as present
    progressive = verb.tag_ == "VBG" and aux_words(verb) in ({"is"}, {"are"}, {"am"}, {"'s"}, {"'re"})
    # "polls open at 7 a.m. and close at 7 p.m. Tuesday": a bare conjunct shares its head's present
    shared = verb.dep_ == "conj" and verb.tag_ == "VB" and verb.head.tag_ in ("VBZ", "VBP") and not aux_words(
        verb.head)
    if not progressive and not shared and not cues.bare_present(verb) and not schedule.present_conjunct(verb) and (
            verb.tag_ not in ("VBZ", "VBP") or aux_words(verb)):
        return False
    if verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST:
        return False
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(token.tag_ == "POS" for token in span.root.children):
        return False
    if view.has_sentences and not _ends_sentence(span.sent):
        return False  # a headline's present tells what happened: "U.S. tops 500,000 deaths Monday"
    head = span.root.head
    if head.dep_ == "prep" and head.head.dep_ == "advmod" and head.head.pos_ == "ADV":
        head = head.head  # "meet at the stadium here on Sunday": "on Sunday" hangs on "here"
    if head.dep_ == "prep" and head.head.dep_ == "dobj":
        head = head.head  # "reports results on Thursday": the parser may hang the date on the object
    if head.i == verb.i or (head.dep_ in ("prep", "advmod", "dobj") and head.head.i == verb.i):
        return True
    return cues.hangs_on_verb_through_nouns(span.root, verb) or _fronted_day_of_subject(span, verb)


def _fronted_day_of_subject(span: Span, verb: Token) -> bool:
    """"Wednesday Macron flies to Berlin": a day opening the sentence, read by the parser as part of the
    subject's name, dates the verb."""
    head = span.root.head
    return (span.root.dep_ == "compound" and span.start == span.sent.start and head.dep_ == "nsubj"
            and head.head.i == verb.i and _WEEKDAY_NAME.fullmatch(span.text) is not None)


def _copula_present(view: DocView, start: int, end: int, verb: Token) -> bool:
    """"The final is on Sunday", "The vote is Tuesday": an event said to be on a day, in the present, is ahead."""
    if verb.lemma_ != "be" or verb.lower_ not in ("is", "are", "'s", "'re") or aux_words(verb):
        return False
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or (view.has_sentences and not _ends_sentence(span.sent)):
        return False
    if any((child.dep_ in ("attr", "acomp", "npadvmod") or child.lower_ in _COMPARED_PREPOSITIONS)
           and verb.i < child.i < span.start for child in verb.children):
        return False  # "The offer is a premium to the price on Friday": the day of a thing, not of an event
    head = span.root.head
    # "The election is in November" (but not "is in 2020 dollars": a year is told with its own tense)
    prepositions = ("on", "in") if _A_YEAR.search(span.text) is None else ("on",)
    return head.i == verb.i or (head.dep_ == "prep" and head.lower_ in prepositions and head.head.i == verb.i)


_A_YEAR = re.compile(r"\d{3,4}|\byears?\b", re.I)
_COMPARED_PREPOSITIONS = frozenset({"above", "below", "under", "over", "beyond", "behind", "than"})


def _ends_sentence(sent: Span) -> bool:
    """A sentence's last token closes it ("." or "a.m.", a quote); a headline has none. The line break
    after a paragraph is not its last token."""
    last = next((token.text for token in reversed(sent) if not token.is_space), "")
    return last[-1:] in (".", "!", "?", '"', "'", "”", "’")


def is_reporting_date(view: DocView, start: int, end: int) -> bool:
    """"officials said on Tuesday", "results showed on Monday": the date of a report."""
    if _REPORTED_JUST_BEFORE.search(view.text, max(0, start - 24), start):
        return True  # "said on Tuesday it had received reports": the parser may hang the day on "received"
    verb = governing_token(view, start, end)
    return verb is not None and verb.lemma_ in REPORTING_VERBS and not is_act_not_report(verb)


def same_clause(view: DocView, start: int, end: int, other_start: int, other_end: int,
                conjoined: bool = False) -> bool:
    """Whether two expressions hang on the same verb (True without a parse); with ``conjoined``, also on
    verbs joined by "and" ("polls open at 7 a.m. and close at 7 p.m. Tuesday")."""
    if not view.parsed:
        return True
    first, second = governing_token(view, start, end), governing_token(view, other_start, other_end)
    if first is None or second is None or first.i == second.i:
        return True
    return conjoined and second.dep_ == "conj" and second.head.i == first.i


def _sentence(view: DocView, start: int, end: int) -> Span | None:
    span = view.doc.char_span(start, end, alignment_mode="expand")
    if span is None or not view.has_sentences:
        return None
    return span.sent


def _fixture_or_lexical(view: DocView, start: int, end: int) -> int:
    """"Arsenal travel to Norwich on Saturday.": a fixture told in the present when no cue word says otherwise."""
    lexical = _lexical_direction(view, start, end)
    sent = _sentence(view, start, end)
    first, last = (sent.start_char, sent.end_char) if sent is not None else (max(0, start - 80), len(view.text))
    if lexical != UNKNOWN:
        return lexical
    if schedule.fixture_in_present(view.text, first, start, end, last) or calendar_in_present(
            view.text, first, start, end, last):
        return FUTURE  # "Shops close at 2pm on Christmas Eve", parsed with no verb
    return lexical


def _lexical_direction(view: DocView, start: int, end: int) -> int:
    """Without a parse: the cue word nearest the expression in its sentence, looking left first
    ("..., that there will be consequences," Sullivan told CNN on Sunday: "told" decides)."""
    sent = _sentence(view, start, end)
    first, last = (sent.start_char, sent.end_char) if sent is not None else (max(0, start - 120), end + 60)
    before = _CUE_WORD.findall(_LAST_OWNING.sub(" ", view.text[first:start]))
    after = _CUE_WORD.findall(_LAST_OWNING.sub(" ", view.text[end:last]))
    for index in range(len(before) - 1, -1, -1):
        if _participle_of_earlier_verb(before, index):
            continue  # "will be reviewed", "will be taken down and moved back": the tense is the earlier word's
        if (direction := _cue_direction(before[index].lower())) != UNKNOWN:
            return direction
    return next((d for d in map(_cue_direction, (word.lower() for word in after)) if d != UNKNOWN), UNKNOWN)


def _participle_of_earlier_verb(before: list[str], index: int) -> bool:
    """The word at ``index`` of ``before`` is an -ed participle after "be" or a conjunction, so it tells no tense."""
    return 0 < index < len(before) and before[index].lower().endswith("ed") and before[index - 1].lower() in (
        "and", "or", "be")


def _cue_direction(word: str) -> int:
    if word in _FUTURE_WORDS or word == "would":
        return FUTURE if word != "would" else AFTER_REPORT  # "said crews would be on standby"
    if word in _PAST_WORDS or (word.endswith("ed") and len(word) > 4 and word not in _NOT_PAST):
        return PAST
    return UNKNOWN
