"""Names that contain a date word: people called May or June, "Tokyo 2020", "1600 Pennsylvania Avenue",
"Lunar New Year", "Black Friday", an electric current. None of them is the date it seems to name."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.figurative import is_figurative
from timeline_app.extraction.temporal.lexicon import MONTHS, WEEKDAYS
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.sport import EVENT_NOUN_AFTER, TOURNAMENT_BEFORE
from timeline_app.extraction.temporal.tense import DocView
from timeline_app.extraction.temporal.work_titles import in_title_case_line, is_title_of_a_work

_MONTH_NAMES = frozenset(m.capitalize() for m in MONTHS if len(m) > 3 or m == "may")
# Words before a month or year that make it a date, even capitalised at the start of a sentence.
_DATE_WORDS = frozenset({
    "in", "on", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before", "after",
    "early", "late", "mid", "last", "next", "this", "that", "each", "every", "the", "and", "or", "between",
    "around", "about", "fiscal", "for", "as", "than", "summer", "spring", "autumn", "fall", "winter",
    *MONTHS, "fy", "year", "class", "election", "elections", "christmas", "easter",
    "starting", "beginning", "throughout", "within", "over", "into", "come", "ahead", "ending", *WEEKDAYS,
})
# Verbs of a title-case headline before a year: "Police Reopen 1979 Killing", "Court Revisits 2008 Ruling"
_HEADLINE_VERB_BEFORE = re.compile(r"(?:Re)?[A-Z][a-z]+(?:s|ed|en)|Reopen|Revisit|Probe|Recall|Mark|Remember"
                                   r"|Honou?r|Solve|Review|Find|Win|Lose|Hit|Beat|Top|Miss")
_TITLES = frozenset({"mr.", "mrs.", "ms.", "dr.", "gen.", "sen.", "rep.", "gov.", "prof.", "st."})
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'’]*)[\s,]*$")
_CAPITALISED_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)\b(?!\s+\d)")
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][a-z]+\s+)?(?:Street|St\b|Avenue|Ave\b|Road|Rd\b|Boulevard|Blvd|Lane|Drive"
                            r"|Place|Square|Way)")
_OTHER_NEW_YEARS = re.compile(r"\b(?:Lunar|Chinese|Persian|Iranian|Jewish|Islamic|Hijri|Tamil|Sikh|Thai|Khmer"
                              r"|Vietnamese|Tibetan|Korean|Orthodox)\s+$")
# "Black Friday", "Bloody Sunday", "Super Tuesday", "Sheffield Wednesday": a name, not the nearest weekday.
_NAMED_DAY_BEFORE = re.compile(r"\b(?-i:Black|Bloody|Super|Cyber|Holy|Maundy|Ash|Palm|Easter|Good|Giving"
                               r"|Sheffield)\s+$")  # the football club Sheffield Wednesday
_NOT_TEMPORAL_CURRENT = re.compile(r"(?:electric|electrical|strong|ocean|sea|alternating|direct|tidal|warm|cold"
                                   r"|jet|rip|river)\s+$", re.I)


_CONTRACT_AFTER = re.compile(r"\s+(?:contracts?|futures|delivery|options|crude)\b")
# "May said", "May told MPs": months do not speak
_SPEAKS_AFTER = re.compile(r",\s+who\b"  # "May, who stepped down on Friday": months are no persons
                           r"|\s+(?:said|says|told|tells|insisted|insists|added|argued|argues|replied|wrote"
                           # "May asked for an extension", "May triggered Article 50": a person acts; but "May
                           # saw record sales", "May ended with a storm" are the month's
                           r"|(?!(?:saw|was|brought|marked|began|ended|proved|turned|remained|seemed|started|opened"
                           r"|closed|continued|followed|rolled|arrived|passed|showed|recorded|logged|posted|lasted"
                           r"|finished|produced|delivered|witnessed|featured|offered|looked|needed|failed|ushered"
                           r"|kicked|wrapped|topped|exceeded|averaged|surpassed|ranked|edged|dawned|dragged)\b)"
                           r"[a-z]+ed(?=\s+(?:for|to|the|a|an|that|on|with|her|his|Article|MPs|by)\b))\b")
# "May's government", "May's spokesman": what a person has, not a month
_A_PERSONS_AFTER = re.compile(r"['\u2019]s\s+(?:government|cabinet|administration|premiership"
                              r"|spokes(?:man|woman|person)|husband|wife|aides?|successor|predecessor|leadership"
                              r"|resignation|allies)\b")
# "Juncker and May", "Mrs Merkel and May": a name joined to it (a person only if a title or the model says so)
_NAME_AND = re.compile(r"\b(?P<title>(?-i:Mr|Mrs|Ms|Dr)\.?\s+)?(?P<name>(?-i:[A-Z][a-z]+))\s+(?:and|or)\s+$")


def _word_before(text: str, start: int) -> str | None:
    """The word before ``start`` in its sentence (None after "Biden. March ...")."""
    match = _WORD_BEFORE.search(text, max(0, start - 30), start)
    if match is None:
        return None
    word = match.group(1)
    if (word.endswith(".") and word.lower() not in _TITLES and len(word) > 2) or word.endswith(("'s", "’s")):
        return None  # a sentence's end ("Biden. March ...") or an owner ("the Fed's March meeting")
    return word


def is_month_named_person(doc: DocView, candidate: Candidate) -> bool:
    """"Theresa May said", "Mrs May's government", "June Sarpong hosted": a person, not the month."""
    surface = doc.text[candidate.start:candidate.end]
    if surface not in _MONTH_NAMES:
        return False
    if _CONTRACT_AFTER.match(doc.text, candidate.end):
        return False  # "the WTI May contract", "Brent June futures": a delivery month
    before = _word_before(doc.text, candidate.start)
    if before is not None and before[0].isupper() and before.lower().rstrip(".") not in _DATE_WORDS:
        return True  # a first name or title before it
    date_before = before is not None and before.lower().rstrip(".") in _DATE_WORDS
    # "on Wednesday, May asked": a comma parts the date word from the name
    date_governs = date_before and not doc.text[max(0, candidate.start - 3):candidate.start].rstrip().endswith(",")
    if (_SPEAKS_AFTER.match(doc.text, candidate.end) and not date_governs) or _joined_to_a_person(doc, candidate) or (
            _A_PERSONS_AFTER.match(doc.text, candidate.end)):
        return True  # "May said" (not "a report released in May said"), "talks between Juncker and May"
    after_name = _CAPITALISED_AFTER.match(doc.text, candidate.end)
    if after_name and not date_before:
        return True  # a surname after it
    return doc.parsed and not date_before and _is_person(doc, candidate)


def _joined_to_a_person(doc: DocView, candidate: Candidate) -> bool:
    """"between Juncker and May": the word joined to it names a person ("London and March" do not)."""
    joined = _NAME_AND.search(doc.text, max(0, candidate.start - 40), candidate.start)
    if joined is None or joined["name"].lower() in _DATE_WORDS:
        return False
    if joined["title"]:
        return True
    return doc.parsed and _is_person(doc, Candidate(joined.start("name"), joined.end("name"), "name"))


def _is_person(doc: DocView, candidate: Candidate) -> bool:
    span = doc.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
    if span is None:
        return False
    token = span.root
    return token.ent_type_ == "PERSON"


def is_year_in_a_name(text: str, candidate: Candidate) -> bool:
    """"Tokyo 2020", "Saudi Vision 2030", "1600 Pennsylvania Avenue", "Beech 1900s": a name or an address."""
    surface = text[candidate.start:candidate.end]
    if re.fullmatch(r"\d{3}0s", surface) and (before := _word_before(text, candidate.start)) is not None and (
            before[0].isupper() and before.lower() not in _DATE_WORDS and not _starts_sentence(text, candidate.start)):
        return True  # "five Beech 1900s": the planes of a model, not a decade
    if not re.fullmatch(r"\d{4}", surface):
        return False
    if _ADDRESS_AFTER.match(text, candidate.end):
        return True
    before = _word_before(text, candidate.start)
    if before is None or not before[0].isupper() or before.lower().rstrip(".") in _DATE_WORDS:
        return False
    if before.endswith(("'s", "’s", "'", "’")):
        return False  # "Navigation Mixte's 1989 profit"
    if TOURNAMENT_BEFORE.search(text, max(0, candidate.start - 16), candidate.start) or EVENT_NOUN_AFTER.match(
            text, candidate.end):
        return False  # "World Cup 2026", "the IPL 2022 opener": the tournament of that year
    if _headline_verb_before(text, candidate.start, before) and in_title_case_line(text, candidate.start):
        return False  # "Police Reopen 1979 Killing of Teenage Waitress": a headline's capitals name nothing
    return text[candidate.start - 1] == " " and not _starts_sentence(text, candidate.start)


def _headline_verb_before(text: str, start: int, before: str) -> bool:
    """"Police Reopen 1979 Killing": the headline's verb before the year. After another verb the word is its object
    and names a thing ("Microsoft Ends Windows 2000 Support")."""
    if _HEADLINE_VERB_BEFORE.fullmatch(before) is None:
        return False
    earlier = _WORD_BEFORE.search(text, max(0, start - 60), text.rfind(before, 0, start))
    return earlier is None or _HEADLINE_VERB_BEFORE.fullmatch(earlier.group(1)) is None


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word before ``start`` opens its sentence ("Her 2019 album", "Revenue 2020 rose")."""
    return re.fullmatch(r"(?:.*[.!?:\n\"“])?\s*\S+\s+", text[max(0, start - 40):start], re.S) is not None


def is_another_calendar_or_named_day(text: str, candidate: Candidate) -> bool:
    """"Lunar New Year" is not 1 January; "Black Friday" is not last Friday."""
    surface = text[candidate.start:candidate.end].lower()
    window = text[max(0, candidate.start - 20):candidate.start]
    if surface.startswith(("new year", "new year's")) and _OTHER_NEW_YEARS.search(window):
        return True
    return surface.rstrip(".") in WEEKDAYS and bool(_NAMED_DAY_BEFORE.search(window))


def is_electric_current(text: str, candidate: Candidate) -> bool:
    """"the electric current", "a strong current": water or electricity, not the present."""
    if text[candidate.start:candidate.end].lower() != "current":
        return False
    return bool(_NOT_TEMPORAL_CURRENT.search(text, max(0, candidate.start - 20), candidate.start)) or bool(
        re.match(r"\s*(?:[.,;:!?)]|$|\s+(?:was|is|were|are|flows|flowed|runs|ran|of)\b)", text[candidate.end:]))


_NAME_HEAD_AFTER = re.compile(r"\s+(?-i:War|Wars|Agreement|Accords?|Mail|Telegraph|Times|Post|News|Show|Party"
                              r"|Movement|Revolution|Offensive|Uprising|Massacre|Awards?|Prize|Olympics|Games"
                              r"|Festival|Express|Herald|Journal|Tribune|Magazine|Football|Night Football"
                              r"|Island|Islands|Choir|Foundation|Capital|Church|Cathedral|School|College|Trust"
                              r"|Fund|Group|Partners|Records|Theatre|Theater|Hospital|Centre|Center|Society|Club"
                              r"|Project|Appeal|Institute|Association|Company|Ltd|Inc|Council|Committee|Carnival"
                              r"|Commission|Rising)\b")  # "Christmas Island", "the Australia Day Council"
_MEDIA_BEFORE = re.compile(r"\b(?-i:Fox News|Prague|Arab|Tahrir|Person of|Man of|Woman of|Player of)\s+$")
# "Shells Kharkiv For 3 Days" in a title-case headline is still three days.
_MEASURED_BEFORE = re.compile(r"\b(?i:for|in|after|within|over|by|about|nearly|almost|than|lasted|last)\s+$")
_TITLE_CASE_UNIT = re.compile(r"(?:the\s+)?\d+\s+(?-i:Seconds|Minutes|Hours|Days|Weeks|Months|Years)")


def is_part_of_a_title(text: str, candidate: Candidate) -> bool:
    """"the Good Friday Agreement", "the Six-Day War", "the Daily Mail", "Fox News Sunday", "the Arab
    Spring", "Person of the Year", "60 Minutes": a name that only contains a time word."""
    surface = re.sub(r"^the\s+", "", text[candidate.start:candidate.end])
    if not surface[:1].isupper() and not _TITLE_CASE_UNIT.fullmatch(surface):
        return False
    if _TITLE_CASE_UNIT.fullmatch(surface):
        return not _MEASURED_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)
    window = text[max(0, candidate.start - 24):candidate.start]
    return bool(_NAME_HEAD_AFTER.match(text, candidate.end) or _MEDIA_BEFORE.search(window))


_MONTH_OR_DAY = re.compile(r"(?-i:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")(?:\s+[0-3]?\d)?")
_THE_BEFORE = re.compile(r"\b(?i:the)\s+$")
# Capitalised words after the month, two at least ("Spring Friendship", "House of Culture"): the rest of a name;
# a place before a common noun ("the April 25 Paris summit") leaves a date.
_NAME_AFTER = re.compile(r"(?-i:\s+(?P<first>[A-Z][a-z]+)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][a-z]+)+)")
_DATE_WORDS_AFTER = frozenset({w.capitalize() for w in WEEKDAYS} | _MONTH_NAMES)
# Bodies that meet or rule on given dates: "the March Supreme Court ruling", "the November General Election",
# "the August Bank Holiday": the month is when, not part of the name.
_MEETS_ON_DATES = frozenset({"election", "elections", "summit", "council", "court", "meeting", "conference",
                             "session", "congress", "holiday", "assembly", "convention", "talks", "vote",
                             "referendum", "primary", "primaries", "poll", "polls"})
_STREET_AFTER = re.compile(r"\s+(?-i:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Boulevard|Place|Square|Crescent"
                           r"|Terrace|Close)\b")


def is_month_in_a_name(text: str, candidate: Candidate) -> bool:
    """"the April Spring Friendship Art Festival", "the April 25 House of Culture", "the June Street flats": a
    month (and day) that starts the name of a thing or a street, not a date."""
    if not _MONTH_OR_DAY.fullmatch(text, candidate.start, candidate.end):
        return False
    if _STREET_AFTER.match(text, candidate.end):
        return True
    if not _THE_BEFORE.search(text, max(0, candidate.start - 5), candidate.start):
        return False
    after = _NAME_AFTER.match(text, candidate.end)
    if after is None or after["first"] in _DATE_WORDS_AFTER:
        return False
    return not any(word.lower() in _MEETS_ON_DATES for word in after.group().split())


_THE_YEAR = re.compile(r"(?:the\s+)?(?P<year>year)", re.I)
# "Year 11 pupils", "the year 9 group", "the year 9 class": a school year; "over the year 12 banks failed" counts
# banks (a plural noun after the number)
_SCHOOL_YEAR_AFTER = re.compile(r"\s+\d{1,2}(?P<label>\s+(?-i:[a-z]+)(?<![a-rt-z]s)\b)?")


def is_school_year(text: str, candidate: Candidate) -> bool:
    """"The Year 11 pupils", "in the year 9 group": a school year group, not a year of the calendar."""
    the_year = _THE_YEAR.fullmatch(text, candidate.start, candidate.end)
    after = _SCHOOL_YEAR_AFTER.match(text, candidate.end) if the_year else None
    if the_year is None or after is None:
        return False
    return the_year["year"] == "Year" or after["label"] is not None


def is_describing_word(doc: DocView, candidate: Candidate) -> bool:
    """"the now-withdrawn bill", "future-proof": the first half of a compound adjective, not a time."""
    surface = doc.text[candidate.start:candidate.end].lower()
    return surface in ("now", "future", "present", "current") and doc.text.startswith("-", candidate.end)


def names_something(doc: DocView, candidate: Candidate) -> bool:
    """A name or a thing that only looks like a date."""
    text = doc.text
    return (is_describing_word(doc, candidate) or is_month_named_person(doc, candidate)
            or is_year_in_a_name(text, candidate)
            or is_another_calendar_or_named_day(text, candidate) or is_electric_current(text, candidate)
            or is_part_of_a_title(text, candidate) or is_figurative(text, candidate)
            or is_month_in_a_name(text, candidate) or is_school_year(text, candidate)
            or is_title_of_a_work(text, candidate))
