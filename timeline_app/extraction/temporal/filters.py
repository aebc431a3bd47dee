"""Candidates that look temporal but are not TIMEX3, and extents TimeML draws differently.

Ages ("52-year-old"), counts ("2000 points"), fractions ("three-quarters of
its food"), bare units the model calls dates ("the day"), and the article of
an adjectival duration ("a [two-year] term").
"""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.lexicon import NUMBER_WORD_RE
from timeline_app.extraction.temporal.not_times import is_not_a_time
from timeline_app.extraction.temporal.other_calendars import names_another_calendar
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.sport import is_half_of_a_match
from timeline_app.extraction.temporal.tense import DocView

_NEXT_WORD = re.compile(r"[\s-]+([A-Za-z]+)\b")
_COUNTED = frozenset({
    "people", "persons", "men", "women", "children", "troops", "soldiers", "police", "officers", "workers",
    "employees", "jobs", "members", "students", "residents", "refugees", "voters", "votes", "seats",
    "delegates", "shares", "points", "dollars", "euros", "pounds", "yen", "marks", "francs", "tons",
    "tonnes", "barrels", "acres", "hectares", "miles", "kilometers", "kilometres", "meters", "metres",
    "feet", "yards", "inches", "units", "cars", "vehicles", "copies", "pages", "words", "cases", "deaths",
    "casualties", "victims", "homes", "houses", "rooms", "beds", "calories", "rpm", "mph", "hp", "kg",
    "km", "cc", "bhp", "pieces", "items", "signatures", "civilians", "militants", "fighters", "rebels",
    "prisoners", "detainees", "hostages", "inhabitants", "investors", "protesters", "migrants", "patients",
    "passengers", "companies", "firms", "households", "families", "schools", "teachers", "doctors", "nurses",
    "applications", "flights", "buildings", "villages", "animals", "trees", "lives", "infections", "arrests",
})
_QUARTERS = re.compile(r"quarters?$", re.I)
_FRACTION_OF = re.compile(r"\s+of\s+(?!(?:the\s+|this\s+|last\s+|next\s+|fiscal\s+)?(?:year|19\d\d|20\d\d))",
                          re.I)
_BARE_UNIT = re.compile(r"(?:the\s+)?(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?|decades?"
                        r"|morning|afternoon|evening|day's|year's|period|quarter|shortly|soon)", re.I)
_AGE_AFTER_WORD = (r"(?=\s*[,.;:)]|\s+(?:are|is|were|was|who|should|must|can|may|will|to|get|need|in|at|from"
                   r"|with)\b)")
_AGE = re.compile(r"[\s-]*(?:years?|months?|weeks?|days?)?[\s-]*olds?\b"  # "65 years and older"
                  rf"|\s+(?:and|or)\s+(?:older|younger|(?:over|above|under){_AGE_AFTER_WORD})\b", re.I)
# TimeML leaves the article out of adjectival durations ("a [two-year] term") and bare plurals ("the [weeks]").
_UNIT_WORD = r"(?:second|minute|hour|day|week|month|quarter|year|decade)s?"
# (but "a half-second" is half of one second: the article is its amount)
_DETERMINER_OUTSIDE = re.compile(rf"^(?:an?|the)\s+(?=(?!half-)\S+-{_UNIT_WORD}$|{_UNIT_WORD}-long$"
                                 r"|(?:seconds|minutes|hours|days|weeks|months|years|decades)$)", re.I)


_DECADE_OF_LIFE = re.compile(r"(?:(?:early|mid|late)[\s-]+)?(?:\d0'?s|(?:twen|thir|for|fif|six|seven|eigh|nine)ties)",
                             re.I)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:in|into|to)\s+(?:his|her|their|my|your|our|its)\s+"
                                r"(?:(?:early|mid|late)[\s-]+)?$", re.I)


def is_age(text: str, candidate: Candidate) -> bool:
    """"the 52-year-old minister", "eight months old", "a man in his 30s": an age, not a time."""
    surface = text[candidate.start:candidate.end]
    if _DECADE_OF_LIFE.fullmatch(surface) and _POSSESSIVE_BEFORE.search(text, max(0, candidate.start - 24),
                                                                          candidate.start):
        return True
    return bool(_AGE.match(text, candidate.end)) or surface.lower().endswith("old")


def without_outside_determiner(text: str, candidate: Candidate) -> Candidate:
    """The candidate without a leading article that TimeML leaves out of the extent, or without the "late" of a
    delay ("began 20 minutes late this morning" is this morning, not its end)."""
    candidate = _without_point_of_an_event(text, candidate)
    determiner = _DETERMINER_OUTSIDE.match(text[candidate.start:candidate.end])
    if determiner is None:
        determiner = _LATE.match(text, candidate.start, candidate.end)
        if determiner is None or not _DELAY_BEFORE.search(text, max(0, candidate.start - 24), candidate.start):
            return candidate
        return Candidate(determiner.end(), candidate.end, candidate.kind)
    return Candidate(candidate.start + determiner.end(), candidate.end, candidate.kind)


_LATE = re.compile(r"(?:late|early)\s+(?=\S)", re.I)
# "at the start of Sunday's race": the start of the race, on Sunday (not the start of Sunday)
_POINT_OF = re.compile(r"(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|outset)\s+of\s+(?=\S)", re.I)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?\s+[a-z]")


def _without_point_of_an_event(text: str, candidate: Candidate) -> Candidate:
    """The candidate without "the start of" when the day it names owns the thing that starts ("Sunday's race")."""
    point = _POINT_OF.match(text, candidate.start, candidate.end)
    if point is None or _POSSESSIVE_AFTER.match(text, candidate.end) is None:
        return candidate
    return Candidate(point.end(), candidate.end, candidate.kind)
_DELAY_BEFORE = re.compile(r"\b(?:minutes?|hours?|days?|weeks?|months?|years?|an?\s+hour|a\s+day)\s+$", re.I)
_CLAUSE_THAT = re.compile(r"(?-i:that)\s+")
_VERB_BEFORE = re.compile(r"\b(?:\w+ed|said|says|say|told|tells|thought|thinks|knew|knows|so|now|such|fact|hopes?"
                          r"|warns?|claims?|believes?|means?|shows?|showed|shown)\s+$", re.I)


def without_clause_that(view: DocView, candidate: Candidate) -> Candidate:
    """"said that August was the worst month": "that" opens a clause, it does not point to a time named."""
    that = _CLAUSE_THAT.match(view.text, candidate.start, candidate.end)
    if that is None:
        return candidate
    if view.parsed:
        token = view.doc.char_span(candidate.start, candidate.start + 4)
        opens_clause = token is not None and token[0].dep_ == "mark"
    else:
        opens_clause = _VERB_BEFORE.search(view.text, max(0, candidate.start - 16), candidate.start) is not None
    return Candidate(that.end(), candidate.end, candidate.kind) if opens_clause else candidate


_COUNT_BEFORE = re.compile(r"\b(?:a|one|two|three)[\s-]+$", re.I)


_COUNTED_QUARTERS = re.compile(r"(?:four|five|six|seven|eight|nine|ten|eleven|twelve|several|\d+)[\s-]"
                               r"|(?:\S+\s+)?(?:straight|consecutive|successive)\s", re.I)


def is_fraction(text: str, candidate: Candidate, surface: str) -> bool:
    """"three-quarters of its food", "a quarter of the market", "cut by a quarter point": a fraction, not
    three quarters of a year."""
    if _COUNTED_QUARTERS.match(surface):
        return False  # "after five consecutive quarters of decline": more than a whole, so not a fraction
    return bool(_QUARTERS.search(surface) and (_FRACTION_OF.match(text, candidate.end)
                                               or _POINT_AFTER.match(text, candidate.end)))


_POINT_AFTER = re.compile(r"[\s-]+(?:of\s+an?\s+)?(?:percentage[\s-]+)?points?\b", re.I)
_ACCOUNT_AFTER = re.compile(r"[\s-]+accounts?\b", re.I)
_RATE_NOUN_AFTER = re.compile(r"\s+(?:rates?|lending|loans?|funds|interbank|repo|deposits?|index|borrowing|money)\b",
                              re.I)


def is_overnight_rate(text: str, candidate: Candidate) -> bool:
    """"the overnight rate", "overnight lending": a kind of loan, not last night; nor is the "current account"
    of a balance of payments a time."""
    word = text[candidate.start:candidate.end].lower()
    if word.endswith("current") and _ACCOUNT_AFTER.match(text, candidate.end):
        return True
    return word == "overnight" and bool(_RATE_NOUN_AFTER.match(text, candidate.end))


def is_bare_fraction(text: str, candidate: Candidate) -> bool:
    """"more than a [quarter] of the market": the bare word after "a" that a date rule took for "the quarter"."""
    bare = re.fullmatch(r"(?:(an?|one)\s+)?quarter", text[candidate.start:candidate.end], re.I)
    counted = bare is not None and (bare.group(1) is not None
                                    or _COUNT_BEFORE.search(text, max(0, candidate.start - 8), candidate.start))
    return bool(counted) and bool(_FRACTION_OF.match(text, candidate.end) or _POINT_AFTER.match(text, candidate.end))


def counts_things(doc: DocView, start: int, end: int) -> bool:
    """A bare four-digit number that counts something ("2000 points") rather than naming a year
    (a year may modify a noun too: "1988 results")."""
    if not re.fullmatch(r"\d{4}", doc.text[start:end]):
        return False
    following = _NEXT_WORD.match(doc.text, end)
    return bool(following and following.group(1).lower() in _COUNTED)


_AT_BEFORE = re.compile(r"(?:\bat\s+(?:about\s+|around\s+)?|\(\s*)$", re.I)
_CLOCK_AFTER = re.compile(r"\s*(?:\(|local\b|gmt\b|utc\b|hours\b|hrs\b|[A-Z]{2,4}T\b)", re.I)


def is_military_time(text: str, start: int, end: int) -> bool:
    """"struck at 1353 local time (1023 GMT)": a 24-hour clock reading, not the year 1353."""
    digits = text[start:end]
    if not re.fullmatch(r"[0-2]\d[0-5]\d", digits) or int(digits[:2]) > 23:
        return False
    return bool(_AT_BEFORE.search(text, max(0, start - 16), start) and _CLOCK_AFTER.match(text, end))


_RATE_UNIT = re.compile(r"(?:an?|per)\s+(?:second|minute|hour|day|night|week|month|quarter|year)", re.I)
_AMOUNT_BEFORE = re.compile(r"(?:\d[\d,.]*%?|million|billion|thousand|hundred|percent|cents|pence|dollars)"
                            r"(?:\s+[a-z]+s)?\s+$", re.I)


_TIMES_BEFORE = re.compile(r"\b(?:times|twice|once)\s+$", re.I)


_SPAN_OR_GAP_AFTER = re.compile(r"\s+(?:of|after|before|later|earlier|ago|from\s+now)\b", re.I)


def is_rate(doc: DocView, candidate: Candidate) -> bool:
    """"$2 million a year", "dozens of interviews a day": the unit of a rate, which TimeBank leaves untagged
    (unlike "twice a year", a set of times)."""
    if not _RATE_UNIT.fullmatch(doc.text, candidate.start, candidate.end):
        return False
    if _TIMES_BEFORE.search(doc.text, max(0, candidate.start - 8), candidate.start):
        return False  # "three times a week" counts occasions: a set
    if _SPAN_OR_GAP_AFTER.match(doc.text, candidate.end):
        return False  # "offer customers a year of credit monitoring", "take effect a year after": a span, a gap
    if doc.parsed:
        span = doc.doc.char_span(candidate.start, candidate.end, alignment_mode="expand")
        if span is not None and span.start > 0:
            before = doc.doc[span.start - 1]
            if before.text == ")":  # "230 kilometres (143 miles) per hour": the amount before the aside
                opening = next((t for t in reversed(doc.doc[max(0, span.start - 12):span.start - 1])
                                if t.text == "("), None)
                before = doc.doc[opening.i - 1] if opening is not None and opening.i > 0 else before
            return before.pos_ in ("NOUN", "NUM", "SYM")
    return _AMOUNT_BEFORE.search(doc.text, max(0, candidate.start - 30), candidate.start) is not None


_NAMED_AFTER = re.compile(r"\s+(?:for|of|on|against)\s+(?:the\s+)?[A-Z]")


_ARTICLE_BEFORE = re.compile(r"(?:\b(?:the|a|an|annual)|[\"`'])\s*(?:[a-z]+\s+)?$")


def is_a_march(text: str, candidate: Candidate) -> bool:
    """"the annual March for Life", "the ``March of the Combatant Mothers": a procession, not the month
    (a headline's "Prices Rose in March for Third Month" keeps it)."""
    return (text[candidate.start:candidate.end] == "March" and bool(_NAMED_AFTER.match(text, candidate.end))
            and bool(_ARTICLE_BEFORE.search(text, max(0, candidate.start - 20), candidate.start)))


_TITLE_CASE_PERIOD = re.compile(r"(?:This|Next|Last|Today|Tonight)(?:\s+(?:Week|Month|Year|Morning|Night))?"
                                r"|\d+\s+(?:Minutes|Hours|Days|Years)")
_QUOTE_BEFORE = re.compile(r"[\"`']$")
_ACRONYM_BEFORE = re.compile(r"\b[A-Z]{2,}\s$")


def is_title(text: str, candidate: Candidate) -> bool:
    """"ABC News' "This Week"", "VOA Today": a programme's name, in title case right after a quote or
    (one word) after a broadcaster's acronym. A title-case headline ("Talks Resume Next Week") still counts."""
    if not _TITLE_CASE_PERIOD.fullmatch(text, candidate.start, candidate.end):
        return False
    window = max(0, candidate.start - 12)
    if " " not in text[candidate.start:candidate.end]:
        return bool(_ACRONYM_BEFORE.search(text, window, candidate.start))
    return bool(_QUOTE_BEFORE.search(text, window, candidate.start))


_ORDINAL_SECOND = re.compile(r"an?\s+second", re.I)
# "a second-year student", "a second-half goal": a compound ordinal
_ORDINAL_COMPOUND = re.compile(r"-(?:year|half|quarter|term|round|place|rate|hand|class|tier|degree|largest)\b", re.I)
# "a second later", "for a second." (but "A second, smaller fire": an adjective after the comma)
_AFTER_SECOND_UNIT = re.compile(r"\s+(?:later|earlier|ago|before|after|or|and|to|of|in|the|a|an|for)\b|\s*[^\w\s,]|\s*$"
                                r"|\s*,(?!\s+[a-z]+(?:er|est|ful|ous|ive|al|ic)\s+[a-z]+\s)",
                                re.I)


def is_ordinal_second(text: str, candidate: Candidate) -> bool:
    """"a second group", "a second betrayal": the ordinal, not one second of time."""
    return bool(_ORDINAL_SECOND.fullmatch(text, candidate.start, candidate.end)
                and (_ORDINAL_COMPOUND.match(text, candidate.end) or not _AFTER_SECOND_UNIT.match(text, candidate.end)))


def too_generic(candidate: Candidate, text: str) -> bool:
    """A model entity reduced to a bare unit ("the day", "weeks", "morning") says too little to keep."""
    # "We will fight another day": "another" spans count only after a word of lasting (the another_span pattern)
    return candidate.kind == "entity" and (_BARE_UNIT.fullmatch(text) is not None or text.lower().startswith("another"))


_SEASON = re.compile(r"(?i:(?:the\s+|this\s+)?(?:(?:next|last|coming|previous|following)\s+)?"
                     r"(?:spring|summer|autumn|fall|winter))")
_SEASONAL_THING = re.compile(r"\s+(?:storms?|weather|blizzards?|squalls?|freeze|chill|blast|coats?|jackets?|boots"
                             r"|clothing|clothes|tires|tyres|wheat|crops?|fashion|collection|wonderland|equinox"
                             r"|solstice|tides?)\b", re.I)  # "the next spring tide": the sea's, not the season
_PAST_THE_HOUR = re.compile(r"(?:.*\s)?(?:half|quarter|minutes?)\s+(?:past|after|to|before)\s+the\s+hour", re.I)
_PAST_A_NUMBER = re.compile(rf"past\s+(?:\d[\d,.]*|{NUMBER_WORD_RE})", re.I)


def is_seasonal_thing(text: str, candidate: Candidate) -> bool:
    """"a winter storm", "summer clothing": a kind of weather or goods, not the season of a year; "the Spring Grand
    Sumo Tournament", "the Autumn Nations Series": a capitalised season opening a name."""
    season = _SEASON.fullmatch(text, candidate.start, candidate.end)
    if season is None:
        return False
    if _SEASONAL_THING.match(text, candidate.end) is not None:
        return True
    word = text[candidate.start:candidate.end].split()[-1]
    return word[0].isupper() and _NAME_WORD_AFTER.match(text, candidate.end) is not None and not (
        _SENTENCE_START.search(text, max(0, candidate.start - 3), candidate.start + 1)) and not (
        _in_title_case(text, candidate.start))


def _in_title_case(text: str, start: int) -> bool:
    """A headline in Title Case ("Heatwave To Hit UK This Summer As Temperatures Soar"): its capitals name nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    words = re.findall(r"[A-Za-z][\w'-]*", text[line_start:line_end if line_end >= 0 else len(text)])
    return len(words) >= 4 and sum(word[0].isupper() for word in words) >= 0.8 * len(words)


# "Grand Sumo Tournament", "Nations Series" (but not "Spring Festival", a holiday, nor "Summer 2019")
_NAME_WORD_AFTER = re.compile(r"\s+(?!Festival\b|Equinox\b|Solstice\b|Holiday\b|Break\b)[A-Z][a-z]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:\n][\s\"']*)(?=\S)")
# "the past five games", "the past two seasons": a count of things, not the past
_COUNT_OF_THINGS_AFTER = re.compile(rf"\s+(?:\d+|{NUMBER_WORD_RE}|few|several|many)\s+(?!(?:seconds|minutes|hours|days"
                                    r"|nights|weeks|weekends|fortnights|months|quarters|years|decades|centuries)\b)"
                                    r"[a-z]+s\b", re.I)


def is_past_of_a_count(text: str, candidate: Candidate) -> bool:
    """"lost the past five games": "the past" that counts things, not PAST_REF."""
    return text[candidate.start:candidate.end].lower() in ("the past", "past") and (
        _COUNT_OF_THINGS_AFTER.match(text, candidate.end) is not None)


def is_past_the_hour(text: str, candidate: Candidate) -> bool:
    """"at half past the hour", a broadcast's clock within any hour, and "climbed past twenty": no "past"
    (PAST_REF) in either."""
    return (_PAST_THE_HOUR.fullmatch(text, candidate.start, candidate.end) is not None
            or _PAST_A_NUMBER.fullmatch(text, candidate.start, candidate.end) is not None)


_NAME_BEFORE = re.compile(r"(?<![.!?]\s)(?<!^)\b(?!(?:On|For|During|After|Before|Since|The|This|Last|Next|Happy|Until"
                          r"|By|At|Of|And|Ahead|Over|Through)\b)[A-Z][a-z]+\s+$")


_AWARD_BEFORE = re.compile(r"\b(?:album|player|song|record|person|team|coach|manager|book|film|movie|car|word|artist"
                           r"|athlete|footballer|cricketer|driver|rookie|employee|teacher|entertainer|newcomer|goal"
                           r"|comeback|woman|man|sportsman|sportswoman|personality|company)s?\s+of\s+$",
                           re.I)


_DECADE_SURFACE = re.compile(r"(?:the\s+)?(?:(?:low|lower|high|upper|mid|early|late)[\s-]+)?'?\d0'?s", re.I)
_TEMPERATURE_NEAR = re.compile(r"\b(?:temperatures?|degrees|highs?|lows?|thermometers?|mercury|fahrenheit|celsius)\b",
                               re.I)


def is_temperature(text: str, candidate: Candidate) -> bool:
    """"temperatures had reached the mid-70s": degrees, not a decade."""
    return _DECADE_SURFACE.fullmatch(text, candidate.start, candidate.end) is not None and (
        _TEMPERATURE_NEAR.search(text, max(0, candidate.start - 60), min(len(text), candidate.end + 30)) is not None)


def is_award(text: str, candidate: Candidate) -> bool:
    """"Adele won album of the year": the name of an award, not a year."""
    return text[candidate.start:candidate.end].lower() == "the year" and _AWARD_BEFORE.search(
        text, max(0, candidate.start - 24), candidate.start) is not None


def is_surname(text: str, candidate: Candidate) -> bool:
    """"Egyptian striker Mohamed Eid scored", "the Prague Spring Festival": a holiday word after a name is part of
    another name."""
    surface = text[candidate.start:candidate.end]
    return surface in ("Eid", "Spring Festival") and _NAME_BEFORE.search(
        text, max(0, candidate.start - 24), candidate.start) is not None


_MOST_BEFORE = re.compile(r"\b(?:most|more|less|least)\s+$", re.I)
_ON_BEFORE = re.compile(r"\b(?i:on)\s+$")
_UP_TO_AFTER = re.compile(r"\s+(?:to|as\s+of|as\s+at|through|until|up\s+to)\b", re.I)


def is_ranking_or_up_to_date(text: str, candidate: Candidate) -> bool:
    """"the most recent drafts" ranks drafts; "figures current to Wednesday" are up to date to a day: neither is
    the past or the present itself ("recent", "recently" alone still are). "This day" is today only after "on"."""
    surface = text[candidate.start:candidate.end].lower()
    if surface == "this day":  # "On this day, ..." is the article's day; "This day will be ..." a day spoken of
        return _ON_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is None
    if surface == "recent":
        return _MOST_BEFORE.search(text, max(0, candidate.start - 8), candidate.start) is not None
    return surface == "current" and _UP_TO_AFTER.match(text, candidate.end) is not None


def looks_temporal_but_names_something(text: str, candidate: Candidate) -> bool:
    """An age, a procession, a programme, a loan or another calendar's year: checked on the candidate as found."""
    return (is_age(text, candidate) or is_a_march(text, candidate) or is_title(text, candidate)
            or is_overnight_rate(text, candidate) or names_another_calendar(text, candidate)
            or is_seasonal_thing(text, candidate) or is_past_of_a_count(text, candidate)
            or is_past_the_hour(text, candidate) or is_surname(text, candidate)
            or is_award(text, candidate) or is_half_of_a_match(text, candidate) or is_temperature(text, candidate)
            or is_ranking_or_up_to_date(text, candidate) or is_not_a_time(text, candidate))


def counts_rather_than_times(doc: DocView, candidate: Candidate) -> bool:
    """A count, the unit of a rate or an ordinal: checked once the article is off."""
    return (counts_things(doc, candidate.start, candidate.end) or is_rate(doc, candidate)
            or is_military_time(doc.text, candidate.start, candidate.end)
            or is_ordinal_second(doc.text, candidate))
