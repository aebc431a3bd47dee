"""Which day a clock reading without a day of its own is on in a story: the day named last nearby, if the story
is at that day ("won last night's election. Clark conceded shortly after 11pm"), not a plan or a memory it
passes over, and not a background day far from the DCT; a live blog's entry time is on the day it was written."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.timespan import TimeSpan
from timeline_app.extraction.temporal.clause_tense import (
    PRESENT_OR_MODAL_TAGS,
    aux_words,
    timetable_ahead,
    told_as_now,
    told_in_the_past,
)
from timeline_app.extraction.temporal.narrative_days import is_the_narrated_day, opens_its_sentence
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.report_clocks import is_day_heading, is_line_label, on_a_market, on_the_report_day
from timeline_app.extraction.temporal.resolve import FUTURE, NEAREST, PAST, UNKNOWN
from timeline_app.extraction.temporal.sentence_breaks import SENTENCE_BREAK, breaks_sentence, sentence_bounds
from timeline_app.extraction.temporal.tense import DocView, governing_token

if TYPE_CHECKING:
    from spacy.tokens import Token

    from timeline_app.extraction.temporal.story import StoryContext

_HISTORY_DAYS = 365  # a day this long before the DCT, written with its year, is a story told from history
_STORY_DAYS = 7  # how far before the DCT a day named earlier may still be the day a story's clocks are on
_NARRATED_DAYS = 366  # a report or feature told in the past up to a year after the day it narrates
_STORY_DAYS_AHEAD = 14  # and how far after it, for clocks of a plan
_SATURDAY = 5  # Day.weekday of Saturday (Monday is 0)
# "futures were little changed ahead of the 9:30 a.m. open": the clock of a thing still ahead, on the report's day
_AHEAD_OF_BEFORE = re.compile(r"\bahead\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_DAY_REFERENCE_REACH = 400  # characters: about a paragraph
# After a live blog's entry time: a dash, a colon or the entry's first capitalised word ("16:30 The Red Cross").
_LIVE_ENTRY = re.compile(r"\s*[-\u2013\u2014:|]\s|\s+(?=[A-Z\"“])")
_ENTRY_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:(?i:update[d]?|breaking|latest)[ \t]*[,:]?[ \t]*)?$")
_AHEAD_SENTENCES = 3  # sentence breaks between a far day ahead and a clock still about it
_PAST_AUX = frozenset({"had", "was", "were", "did", "'d"})
# A session of the market a report is about: "in afternoon trading", "in morning deals".
_TRADING_AFTER = re.compile(r"\s+(?:trading|trade|dealings|deals)\b", re.I)
_TIME_LABEL = re.compile(r"[ \t]*(?:Times?|When|Hours)[ \t]*:", re.I)


def story_day_for_clock(doc: DocView, context: StoryContext, candidate: Candidate, direction: int) -> TimeSpan | None:
    """The latest day named nearby that a clock reading can be on ("won last night's election. Key will
    leave on Friday. Clark conceded shortly after 11pm" is last night's 11pm, not Friday's)."""
    if _TRADING_AFTER.match(doc.text, candidate.end) or on_the_report_day(doc.text, candidate.start, candidate.end):
        return None  # "The Fed raised rates yesterday evening. Sterling fell in afternoon trading": today's market
    if context.day_history and is_line_label(doc.text, *context.day_history[-1], candidate.start):
        return context.day_history[-1][0]  # "Sept. 22: BOE rate decision, 12 p.m."
    verb = governing_token(doc, candidate.start, candidate.end)
    direction = NEAREST if direction == FUTURE and told_in_the_past(verb) else direction
    now = context.day_history and told_as_now(verb) and not timetable_ahead(verb, direction)
    history = [day for day, _ in reversed(context.day_history)]
    for back, (day, end) in enumerate(reversed(context.day_history)):  # the last day, or the one before plans
        if not reaches(doc.text, end, candidate.start) or (back >= 2 and not _told_on_past_plans(
                context, history[:back + 1], verb, direction)):
            return None
        if _AHEAD_OF_BEFORE.search(doc.text, max(0, candidate.start - 20), candidate.start) and breaks_sentence(
                doc.text, end, candidate.start):
            return None
        if (day.start.weekday >= _SATURDAY or not _near(context.dct, day)) and breaks_sentence(
                doc.text, end, candidate.start) and on_a_market(doc.text, candidate.start, candidate.end):
            continue  # "won Sunday's election. ... Markets rallied in the morning": no market trades on a Sunday;
            # "The session will begin on April 16. Markets will close at 3.30 pm": the market's day, not the plan's
        if direction != PAST and _counted_from(doc.text, day, end):
            continue  # "ordered to evacuate since Monday. Winds would arrive by midafternoon" (but "missing since
            # Friday. She was last seen at 6pm" is Friday's)
        if now and context.dct is not None and day.end < context.dct and breaks_sentence(
                doc.text, end, candidate.start):
            return None  # "... last Wednesday. The army has imposed a curfew from 6pm": how things stand today
        if _day_holds_for_clock(doc, context, day, end, candidate, direction):
            return day
        if not _other_side(context.dct, day, direction) and not _aside_before(doc, context, day, end):
            return None  # a background day far from the story: the clock is on the DCT
    return None


def _told_on_past_plans(context: StoryContext, days: list[TimeSpan], verb: Token | None, direction: int) -> bool:
    """Past two plans told since (the days before the last of ``days``, latest first), a day may still be the
    story's: a plan itself (skipped later), or a day close to the DCT for a clock told on in the past ("spoke on
    Sunday night. The first round is on 30 June, the second on 7 July ... He made the announcement at 9pm", but not
    "Fans have been queuing since early morning", nor past a day gone by the story passed over)."""
    *passed, day = days
    if _other_side(context.dct, day, direction):
        return True
    return all(_other_side(context.dct, plan, direction) for plan in passed) and told_in_the_past(verb) and _near(
        context.dct, day)


def _near(dct: Day | None, day: TimeSpan) -> bool:
    return dct is None or -_STORY_DAYS <= day.start.number - dct.number <= 1


def _aside_before(doc: DocView, context: StoryContext, day: TimeSpan, end: int) -> bool:
    """A day gone by named after a later one, not as its sentence's own day ("left Norfolk on Monday. The
    budget, released March 12, ... A ceremony began at 8 a.m."): an aside the story passes over back to the day it
    is at (but "were abducted on October 7" moves the story to that day)."""
    earlier = [named for named, _ in context.day_history if named is not day]
    return doc.parsed and bool(earlier) and earlier[-1].start > day.end and (
        context.dct is None or day.end <= context.dct) and not is_the_narrated_day(doc, day, end)


_CAUSE_VERB_AFTER = re.compile(r"\s+(?:falls|fell|is|was|are|were|has|had|comes|came|will|would)\b", re.I)
_SINCE_BEFORE = re.compile(r"\bsince\s+(?:late\s+|early\s+|last\s+)?$", re.I)


def _counted_from(text: str, day: TimeSpan, end: int) -> bool:
    """A day the text counts from ("since Monday"): the start of a state, not a day the story is at."""
    start = end - len(day.text or "")
    return _SINCE_BEFORE.search(text, max(0, start - 16), start) is not None and _CAUSE_VERB_AFTER.match(
        text, end) is None  # (not "a holiday since Madaraka Day falls on a Sunday": "since" gives a reason)


def _other_side(dct: Day | None, day: TimeSpan, direction: int) -> bool:
    """A day ahead named before a clock reading in the past (or the other way round): a plan or a memory
    the story passes over ("Key will leave on Friday. Clark conceded shortly after 11pm")."""
    return dct is not None and ((direction == PAST and day.start > dct) or (direction == FUTURE and day.end < dct))


def _day_holds_for_clock(doc: DocView, context: StoryContext, day: TimeSpan, end: int, candidate: Candidate,
                         direction: int) -> bool:
    """A day named in an earlier sentence dates a clock reading only if the story is at that day: near the
    DCT and on the clock's side of it ("The quake on Sept. 7 killed 100. Flights resumed after 5 p.m." told on
    Sept. 19 is the 19th; "Elections are set for 6 September. A man was held at 12:30" is today)."""
    dct = context.dct
    if dct is None:
        return True
    if _other_side(dct, day, direction):
        return False
    if not breaks_sentence(doc.text, end, candidate.start):
        return True  # the same sentence
    if day.start.number < dct.number - _HISTORY_DAYS and (day.start.month, day.start.day) == (dct.month, dct.day):
        return True  # an anniversary piece: "won the World Cup on July 30, 1966. ... at 3pm" told on 30 July
    away = day.start.number - dct.number
    if away > 0 and _looks_ahead(doc, candidate, direction) and _next_sentences_about(doc, end, candidate.start):
        return True  # "returns on Saturday, December 11. Candles go on sale from 5pm.": the event's timetable
    if direction == FUTURE:
        return 0 <= away <= _STORY_DAYS_AHEAD  # "will vote on June 24. The committee will meet at 10 a.m."
    if away < -_STORY_DAYS and direction == PAST and _carries_the_account_on(doc, candidate, away, end) and (
            _next_sentence(doc.text, end, candidate.start)) and is_the_narrated_day(doc, day, end):
        return True  # "The flight crashed on August 19. At 21:26, the crew declared an emergency." (years back too)
    return -_STORY_DAYS <= away <= 1


def _carries_the_account_on(doc: DocView, candidate: Candidate, away: int, day_end: int) -> bool:
    """A clock opening its sentence ("At about 8.50pm a driver saw her") within a year, or years back after an
    incident ("She left home on July 20, 1982."), or a clock told in the past within a year with a cue of a
    reconstruction ("A neighbor called 911 at 2:20 a.m."): the account of the day named before goes on (but "was
    completed on April 11, 1931. At 10 a.m. it was evacuated" and "fled on March 1. He was caught at 6 a.m." are
    later news)."""
    if _told_as_now_since(doc, day_end, candidate):
        return False
    if opens_its_sentence(doc.text, candidate.start):
        return away >= -_NARRATED_DAYS or not _BEGINS_A_STATE.search(doc.text, max(0, day_end - 80), day_end)
    return away >= -_NARRATED_DAYS and told_in_the_past(governing_token(doc, candidate.start, candidate.end)) and (
        _reconstruction_cue(doc.text, candidate) or _incident_goes_on(doc.text, day_end, candidate))


# "was completed on", "went public on": a day a lasting state began, not an incident an account retells
_BEGINS_A_STATE = re.compile(r"\b(?:built|completed|founded|established|opened|went\s+public|listed|born|created"
                             r"|launched|incorporated|constructed|erected|inaugurated|unveiled|dedicated|formed"
                             r"|signed|ratified|elected|appointed|married)\b[^.!?]*$", re.I)
# "called 911 at 2:20 a.m.", "that night", "had been seen": a night or a moment told again after the fact
_RECONSTRUCTION_CUE = re.compile(r"\b(?:911|999|112|called\s+(?:police|for\s+help)|that\s+(?:night|evening"
                                 r"|morning|day|afternoon)|had|last\s+seen)\b", re.I)
_SMALL_HOURS_CLOCK = re.compile(r"(?:0?[0-5]|12)(?:[:.][0-5]\d)?\s*a\.?m\b|0[0-5][:.]?[0-5]\d", re.I)


# "attacked on October 7", "was killed on May 26": a day of an incident, which the next clocks may go on telling
_INCIDENT_BEFORE = re.compile(r"\b(?:attack(?:ed)?|killed|murdered|stabbed|shot|struck|exploded|crashed|collapsed"
                              r"|erupted|bombed|invaded|stormed|abducted|kidnapped|disappeared|vanished|robbed"
                              r"|injured|went\s+missing|(?:crash|fire|blast|explosion|shooting|stabbing|robbery"
                              r"|accident|collision)\s+(?:happened|occurred|took\s+place|broke\s+out))\b", re.I)
# "Police held a press conference at 10 a.m.", "He was caught at 6 a.m.": the response to it, later news
_RESPONSE = re.compile(r"\b(?:press\s+conference|news\s+conference|vigil|funeral|memorial|arrested|caught|charged"
                       r"|appeal\w*|statement|briefing|restored|returned)\b", re.I)


def _incident_goes_on(text: str, day_end: int, candidate: Candidate) -> bool:
    """"Hamas fighters attacked on October 7. Sirens sounded at 7:04 a.m.": the clock tells the incident on."""
    sentence_start, _ = sentence_bounds(text, max(0, day_end - 1), day_end)  # "stabbed on Feb. 2": not at "Feb."
    if _INCIDENT_BEFORE.search(text, max(sentence_start, day_end - 80), day_end) is None:
        return False
    begin, end = sentence_bounds(text, candidate.start, candidate.end)
    return _RESPONSE.search(text, begin, end) is None


def _reconstruction_cue(text: str, candidate: Candidate) -> bool:
    """A small-hours clock or a word of a night retold in the clock's sentence."""
    if _SMALL_HOURS_CLOCK.match(text, candidate.start) or "midnight" in text[candidate.start:candidate.end].lower():
        return True
    begin, end = sentence_bounds(text, candidate.start, candidate.end)
    return _RECONSTRUCTION_CUE.search(text, begin, end) is not None


def _told_as_now_since(doc: DocView, day_end: int, candidate: Candidate) -> bool:
    """"abducted on October 7, ..., and the IDF has been pounding Gaza for seven weeks. Sirens sounded at 7:04
    a.m.": a present or a modal told after the day brings the story back to the day of writing."""
    span = doc.doc.char_span(day_end, candidate.start, alignment_mode="contract") if doc.parsed else None
    return span is not None and any(token.tag_ in PRESENT_OR_MODAL_TAGS for token in span)


def _next_sentence(text: str, end: int, start: int) -> bool:
    """``start`` is in the sentence right after the one ending after ``end``, in the same paragraph."""
    between = text[end:start]
    return "\n" not in between and len(SENTENCE_BREAK.findall(between)) <= 1


def _looks_ahead(doc: DocView, candidate: Candidate, direction: int) -> bool:
    """A clause told in the future, or one with no tense of its own that is not a present perfect ("have urged
    worshippers to avoid sunlight between 10am and 4pm" is advice for every day, not for the feast ahead)."""
    if direction == FUTURE:
        return True
    verb = governing_token(doc, candidate.start, candidate.end)
    if verb is None:
        return direction != PAST  # no parse: only the tense words have spoken
    if direction in (UNKNOWN, NEAREST) and timetable_ahead(verb, FUTURE) and _after_a_sentence_ahead(doc, verb):
        return True  # "In three days, the moon will cover the sun. The shadow touches Oregon at 10:16 a.m."
    return direction in (UNKNOWN, NEAREST) and verb.tag_ != "VBD" and not told_as_now(verb) and not (
        told_in_the_past(verb))  # "decision time was moved to 5.40pm" is no timetable of the day ahead


def _after_a_sentence_ahead(doc: DocView, verb: Token) -> bool:
    """The sentence before the clock's is told with "will": a simple present after it is the event's timetable."""
    sentence = verb.sent
    if sentence.start == 0 or not doc.has_sentences:
        return False
    previous = doc.doc[sentence.start - 1].sent
    return any(token.dep_ == "aux" and token.lower_ in ("will", "'ll", "shall") for token in previous)


def _next_sentences_about(doc: DocView, end: int, start: int) -> bool:
    """The sentence right after the one that named a day ahead, in its paragraph (or after a sentence or two more
    that still look ahead), or the "Time:" line of an invitation's "Date:" line: it goes on about the event,
    however far ahead it is."""
    text = doc.text
    between = text[end:start]
    if "\n" in between:
        line_start = text.rfind("\n", 0, start) + 1
        return between.count("\n") == 1 and _TIME_LABEL.match(text, line_start) is not None
    breaks = len(SENTENCE_BREAK.findall(between))
    return breaks <= 1 or (breaks <= _AHEAD_SENTENCES and _none_told_in_the_past(doc, end, start))


def _none_told_in_the_past(doc: DocView, end: int, start: int) -> bool:
    """"on Saturday, November 18. Former students are expected to attend. A time capsule will be opened at
    11am.": the sentences between the day and the clock still speak of the event ahead."""
    if not doc.parsed or not doc.has_sentences:
        return False
    for sentence in doc.doc.sents:
        if sentence.start_char >= start:
            break
        if sentence.start_char < end or sentence.end_char > start:
            continue  # the day's sentence, the clock's own and those elsewhere
        root = sentence.root
        aux = aux_words(root)
        if root.tag_ == "VBD" or aux & _PAST_AUX:
            return False
    return True


def is_live_entry(text: str, start: int, end: int) -> bool:
    """A clock reading that opens a line ("16:30 The Red Cross ...", "Update, 10:30: ...", "4:15 p.m. ET — "):
    the time a live blog's entry was written, on the article's day."""
    return _LIVE_ENTRY.match(text, end) is not None and _ENTRY_LABEL.search(text, max(0, start - 24), start) is not None


def reaches(text: str, end: int, start: int) -> bool:
    return start - end <= _DAY_REFERENCE_REACH or "\n" not in text[end:start]


_TIMELINE_CUE = re.compile(r"\b(?:timeline|chronology|unfolded|how\s+it\s+happened|all\s+times)\b", re.I)
_ENTRY_CLOCK_LINE = re.compile(r"[ \t]*(?:[01]?\d|2[0-3])[:.][0-5]\d(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,4}))?")
_LIVE = re.compile(r"\blive\b|\bupdates\b|\bfollow\b", re.I)


def timeline_day(text: str, day_history: list[tuple[TimeSpan, int]], dct: Day | None) -> TimeSpan | None:
    """The day a timeline's introduction names ("Here is a timeline of the events of 7 July.", "Timeline (all
    times ET, Tuesday, March 26)"), for the clocks that open its lines; None (the DCT) for a live blog."""
    if not day_history:
        return None
    day, end = day_history[-1]
    if is_day_heading(text, day, end):
        return day  # "WEDNESDAY, JANUARY 14\n1000 - Euro zone industrial production": a diary's day
    if dct is not None and day.start > dct:
        return None
    line_start = text.rfind("\n", 0, end) + 1
    line_end = text.find("\n", end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    if _LIVE.search(line):
        return None  # "Follow our live coverage (all times GMT):": a live blog's entries are on the day written
    if _ENTRY_CLOCK_LINE.fullmatch(text, line_start, end):
        return day  # the clock opening the entry before, already on the timeline's day (or a live blog's)
    return day if _TIMELINE_CUE.search(line) else None
