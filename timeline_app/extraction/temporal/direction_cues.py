"""Cue words that outweigh the tense of the governing verb when a relative date's direction is read.

"Brent crude for May delivery rose" is the coming May (a futures contract), "scrambled ahead of the winter"
the winter to come, "close to the record set in January" a January over. The verb says when the sentence
happens; these words say on which side of it the date lies.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.lexicon import WRITTEN_MONTH
from timeline_app.extraction.temporal.resolve import FUTURE, NEAREST, PAST

if TYPE_CHECKING:
    from spacy.tokens import Token

# A traded month: "for May delivery", "the December contract", "June futures", "for delivery in May".
_CONTRACT_AFTER = re.compile(r"\s+(?:delivery|contracts?|futures|loading|shipments?|options|expiry)\b", re.I)
_CONTRACT_BEFORE = re.compile(r"\b(?:delivery|loading|shipment|arrival)\s+(?:in|for)\s+$", re.I)
_MONTH_ONLY = re.compile(rf"(?:{WRITTEN_MONTH.pattern})")
# "ahead of the northern hemisphere winter", "two months ahead of a Nov. 1 target": what lies ahead of the event.
_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+preparation\s+for)\s+"
                              r"(?:(?:the|a|an|its|their|this|his|her)\s+)?(?:[\w.'-]+\s+){0,3}$", re.I)
# "the record set in January", "a high hit on Tuesday": a mark already reached.
_MARK_REACHED_BEFORE = re.compile(r"\b(?:records?|highs?|lows?|peaks?|troughs?|tops?|bottoms?)\s+"
                                  r"(?:(?:it|they|he|she|we|prices|shares)\s+)?(?:set|reached|hit|posted|touched|recorded|notched|struck"
                                  r"|marked|registered|seen)\s+(?:(?:back|earlier|late|early)\s+)?"
                                  r"(?:in|on|at|during)\s+(?:the\s+)?$", re.I)
_TOLD_IN_PAST = frozenset({"VBD"})
_DAY_PREPOSITIONS = frozenset({"on", "at", "in", "from", "until", "till", "by"})


def contract_month(text: str, start: int, end: int) -> bool:
    """A month named as a futures or delivery month: always the coming one."""
    if _MONTH_ONLY.fullmatch(text, start, end) is None:
        return False
    return _CONTRACT_AFTER.match(text, end) is not None or _CONTRACT_BEFORE.search(
        text, max(0, start - 24), start) is not None


def mark_reached(text: str, start: int) -> bool:
    """"the record set in January": a record, high or low reached at a time gone by."""
    return _MARK_REACHED_BEFORE.search(text, max(0, start - 60), start) is not None


def ahead_of(text: str, start: int, end: int) -> bool:
    """The expression lies in what something happens ahead of ("ahead of Sunday's vote" is read elsewhere)."""
    if text.startswith(("'s", "’s"), end):
        return False
    return _AHEAD_OF_BEFORE.search(text, max(0, start - 60), start) is not None


# "data for February", "February's trade figures", "the January employment report": a month reported on is over.
_DATA_NOUN = r"(?:data|figures|statistics|numbers|readings?|reports?|survey|payrolls)\b"
_DATA_BEFORE = re.compile(rf"\b{_DATA_NOUN}\s+(?:for|on|from)\s+$", re.I)
_DATA_AFTER = re.compile(rf"(?:['\u2019]s)?\s+(?:[a-z-]+\s+){{0,2}}{_DATA_NOUN}", re.I)
# "at the September meeting", "the December policy meeting": a meeting named by its month, the nearest one.
_OWNER_BEFORE = re.compile(r"\b(?:the|its|their)\s+$", re.I)
# "the September meeting", "the November General Election", "the March European Council summit"
_MEETING_AFTER = re.compile(r"\s+(?:(?-i:[A-Z][a-z]+)\s+){0,3}?(?:policy\s+|policy-setting\s+|rate-setting\s+"
                            r"|board\s+|general\s+|presidential\s+|parliamentary\s+|local\s+)?(?:meeting|session"
                            r"|elections?|summit|referendum|vote|polls|congress|conference)\b", re.I)
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)


def month_reported_on(text: str, start: int, end: int) -> bool:
    """A month whose data are reported: the month gone by, whatever the tense of the release."""
    return _MONTH_ONLY.fullmatch(text, start, end) is not None and (
        _DATA_BEFORE.search(text, max(0, start - 24), start) is not None or _DATA_AFTER.match(text, end) is not None)


def meeting_month(text: str, start: int, end: int) -> bool:
    """"the September meeting": a meeting named by its month is the one nearest the story, not last year's."""
    return _MONTH_ONLY.fullmatch(text, start, end) is not None and _OWNER_BEFORE.search(
        text, max(0, start - 8), start) is not None and _MEETING_AFTER.match(text, end) is not None


def cue_direction(text: str, start: int, end: int) -> int | None:
    """FUTURE or PAST when a cue fixes the direction whatever the verb; None when no cue does."""
    if contract_month(text, start, end):
        return FUTURE
    if mark_reached(text, start) or month_reported_on(text, start, end):
        return PAST
    if set_to_happen(text, start, end):
        return FUTURE
    return to_be_done(text, start)


# "was certain to lose a confidence vote on Monday", "were expected to meet on Friday": what a report said lay
# ahead of it; a weekday so near is still ahead of the story's day.
_SET_TO_BEFORE = re.compile(r"\b(?:was|were)\s+(?:all\s+but\s+|almost\s+|[a-z]+ly\s+)?(?:certain|set|expected|due"
                            r"|likely|poised|scheduled|slated|sure|bound|going)\s+to\s+[a-z-]+\b[^.;!?]{0,50}?\b(?:on|at|by)\s+$",
                            re.I)
_WEEKDAY_ONLY = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day")
_OUTCOME_AFTER = re.compile(r"[^.;!?]{0,40}?\bbut\b", re.I)  # "were due to resume on Monday but never did"


def set_to_happen(text: str, start: int, end: int) -> bool:
    """A weekday after "was set/expected/certain to" + a verb: ahead of the report, not the one before it; unless
    the sentence goes on to tell how the plan turned out."""
    return _WEEKDAY_ONLY.fullmatch(text, start, end) is not None and _SET_TO_BEFORE.search(
        text, max(0, start - 90), start) is not None and _OUTCOME_AFTER.match(text, end) is None


# "Customers can pre-order the phone starting at 12:01 a.m. on Friday", "Pre-orders open at 8 a.m. Friday": what
# can be done, or a timetable in the present, names a day on either side of today, not one gone by.
_CAN_OR_TIMETABLE_BEFORE = re.compile(r"\b(?:can|may)\s+(?:now\s+|also\s+|only\s+)?[a-z-]+\b[^.;!?]{0,60}$"
                                      r"|\b(?:opens?|closes?|starts?|begins?)\s+(?:at\s+|on\s+|from\s+)"
                                      r"[^.;!?]{0,24}$", re.I)


def ahead_in_the_present(text: str, start: int) -> bool:
    """When nothing else tells the direction: "can" + verb or a present "opens at" before the expression."""
    return _CAN_OR_TIMETABLE_BEFORE.search(text, max(0, start - 90), start) is not None


def ahead_direction(verb: Token | None, lexical: int) -> int:
    """What lies ahead of an event told in the past may be either side of today (NEAREST); ahead of an
    event to come it is to come (FUTURE). ``lexical`` is the blank pipeline's guess when there is no verb."""
    if verb is None:
        return NEAREST if lexical == PAST else FUTURE
    perfect = any(child.dep_ == "aux" and child.lower_ in ("has", "have", "had") for child in verb.children)
    return NEAREST if verb.tag_ in _TOLD_IN_PAST or perfect else FUTURE


def forecast_made(verb: Token, forecast_verbs: frozenset[str]) -> bool:
    """"National Grid forecast demand of 440 mcm on Friday": a forecast told in the past is for a day
    shortly ahead of it, or was made on a day just gone; either way the nearest day (NEAREST)."""
    aux = aux_words(verb)
    passive = any(child.dep_ == "auxpass" for child in verb.children)
    return verb.lemma_ in forecast_verbs and verb.tag_ in ("VBD", "VBN") and not passive and not aux & {"had", "'d"}


def owner_of_reduced_relative(verb: Token) -> Token | None:
    """"will vote on a resolution backing the deal on Wednesday": an -ing form that only describes a noun
    happens in the time of the verb the noun belongs to."""
    if verb.tag_ != "VBG" or verb.dep_ != "acl" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    token = verb.head
    for _ in range(4):
        if token.head.i == token.i:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            return token
    return None


def hangs_on_verb_through_nouns(date_root: Token, verb: Token) -> bool:
    """"marks 250 years since the Declaration of Independence on Saturday": a date hung by the parser on a
    noun of the verb's object still dates the verb, when no other verb and no possessive stands between; but
    "comes at the end of the summer season" names a part of a period, not the day of the verb."""
    if date_root.dep_ != "pobj" or date_root.head.lower_ not in _DAY_PREPOSITIONS:
        return False
    token = date_root
    for _ in range(6):
        head = token.head
        if head.i == token.i:
            return False
        if head.i == verb.i:
            return True
        if head.pos_ in ("VERB", "AUX") or any(child.tag_ == "POS" for child in head.children):
            return False
        token = head
    return False


# "a report to be published on Monday", "is to be held in May": a passive infinitive is what is yet to be done;
# "was to be held" may be either side of today, "had been due to be paid" is past. Not "is said to be injured".
_TO_BE_DONE_BEFORE = re.compile(r"(?:\b(?P<was>was|were)\s+(?:[\w-]+\s+){0,2}"
                                r"|\b(?P<had>had|having)\s+(?:[\w-]+\s+){0,3}"
                                r"|(?<!said\s)(?<!reported\s)(?<!believed\s)(?<!thought\s)(?<!known\s)"
                                r"(?<!alleged\s)(?<!understood\s)(?<!used\s))\bto\s+be\s+(?:[a-z]+ly\s+)?"
                                r"(?!on\b|in\b|at\b|by\b)[a-z]+(?:ed|en|wn|ld|ne|ut|et|ot|un|id)\s+"
                                r"(?:on\s+|in\s+|at\s+|from\s+|by\s+)?$", re.I)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
# "up 5% from Monday", "down from March": a comparison's starting point lies behind, not ahead.
_COMPARED_BEFORE = re.compile(r"(?:\b(?:up|down|higher|lower|more|less|fewer|rises?|falls?|gains?|drops?|climbs?"
                              r"|percent|cents?|points?)|%)\s+(?:[\w$.,%-]+\s+){0,3}from\s+$", re.I)
_PRESENT_TAGS = frozenset({"VBZ", "VBP"})
_WILL = frozenset({"will", "shall", "'ll", "wo", "would"})


def to_be_done(text: str, start: int) -> int | None:
    """FUTURE for a date after a passive infinitive ("the report, to be published on Monday"), NEAREST when it
    was told as a plan in the past ("was to be held on Monday"), PAST after "had"; None without one."""
    found = _TO_BE_DONE_BEFORE.search(text, max(0, start - 60), start)
    if found is None:
        return None
    return PAST if found["had"] else NEAREST if found["was"] else FUTURE


def from_now_on(text: str, start: int, verb: Token | None, lexical_past: bool) -> int | None:
    """"A storm watch is in effect from Saturday afternoon", "The pool extends its hours from Monday": a day
    something runs from, told in the simple present, is the coming one (FUTURE); told in the present perfect
    ("has issued a storm watch from Saturday") it is the nearest (NEAREST). Not a comparison ("up 5% from
    Monday"). Without a parse (``verb`` None) the sentence must show no past."""
    if _FROM_BEFORE.search(text, max(0, start - 6), start) is None:
        return None
    if _COMPARED_BEFORE.search(text, max(0, start - 60), start):
        return None
    if verb is None:
        return None if lexical_past else FUTURE
    aux = aux_words(verb)
    if verb.tag_ == "VBN" and aux in ({"has"}, {"have"}):
        return NEAREST
    return FUTURE if verb.tag_ in _PRESENT_TAGS and not aux else None


def bare_present(verb: Token) -> bool:
    """"Tickets go on sale Monday": a verb with a subject and no auxiliary that the model tags as a base form is
    a plural present (an infinitive has "to", an imperative no subject)."""
    children = list(verb.children)
    return (verb.tag_ == "VB" and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in children)
            and not any(c.dep_ in ("aux", "auxpass") or c.lower_ == "to" for c in children))


def skipped_modal_verb(verb: Token | None, first_token: int) -> Token | None:
    """"said its team met this morning and crews would be on standby throughout the weekend": when the parser
    hangs a date on an earlier verb across a clause with "would" or "will", that clause's verb governs it."""
    if verb is None or first_token <= verb.i:
        return verb
    for token in verb.doc[verb.i + 1:first_token]:
        head = token.head
        if token.dep_ == "aux" and token.lower_ in _WILL and verb.i < head.i < first_token and head.i != verb.i:
            return head
    return verb


def shares_clause_time(verb: Token) -> bool:
    """"The Slate will go on sale in March, priced at $399, and in Europe in the second half of the year": a
    bare participle hung on a present or future verb describes, it does not tell what was done."""
    head = verb.head
    if verb.dep_ != "advcl" or head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
        return False
    aux = {child.lower_ for child in head.children if child.dep_ == "aux"}
    return bool(aux & _WILL - {"would"}) or (head.tag_ in _PRESENT_TAGS and not aux) or bare_present(head)


_RELATIVE_OPENING = re.compile(r"(?:\s+[\w-]+){0,2}?,\s+(?:which|that)\b", re.I)
_OPEN_RELATIVE_BEFORE = re.compile(r",\s+(?:which|who|whose|where)\b[^,;.!?\n]*$", re.I)
# A year that is not the calendar's: "fiscal 2006", "FY2006", "the 2006 financial year", "the 2023/24 season".
_OTHER_YEAR = re.compile(r"(?i:fiscal|financial|budget|academic|school|tax|FY)\b|(?i:FY)\d", re.I)


def apart_by_relative_clause(text: str, year_start: int, year_end: int, start: int) -> bool:
    """"Kanzaki, which celebrates its centenary next year, raised its forecast in July": a year inside a relative
    clause does not date the main clause; nor does "fiscal 2006, which begins Oct. 30" date the day it begins,
    for a fiscal year is not the calendar's (but "The 2023 Plan, which runs from January" is 2023's)."""
    relative = _RELATIVE_OPENING.match(text, year_end)
    if relative and _OTHER_YEAR.search(text, max(0, year_start - 8), relative.end()):
        return True
    opened = _OPEN_RELATIVE_BEFORE.search(text, max(0, year_start - 120), year_start) is not None
    return opened and "," in text[year_end:start]
