"""Time words used for something else: a car's model year ("a 2015 Toyota Camry"), a newspaper ("the Communist
Party daily Granma"), an idiom ("high noon"), the present or future in general ("today's youth", "the people of
tomorrow"), a thing named after the year 2000 ("the millennium bug"); with number_labels, numbers that label a
thing or dial a phone. None of them is a time a timeline could place. And "one day" that means some day ahead."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.number_labels import is_number_label, is_phone_number
from timeline_app.extraction.temporal.patterns import Candidate

# Makes whose model year comes before the name; a year there is the car, not the time ("a 1987 Chevrolet Cavalier"),
# but only after an article or an owner ("In 2008 Ford cut jobs" is a year).
_VEHICLE_MAKE_AFTER = re.compile(
    r"\s+(?-i:Acura|Audi|BMW|Buick|Cadillac|Chevrolet|Chevy|Chrysler|Dodge|Ferrari|Fiat|Ford|GMC|Honda|Hyundai"
    r"|Infiniti|Isuzu|Jaguar|Jeep|Kia|Lexus|Lincoln|Mazda|Mercedes|Mercedes-Benz|Mercury|Mini|Mitsubishi|Nissan"
    r"|Oldsmobile|Peugeot|Plymouth|Pontiac|Porsche|Ram|Renault|Saab|Saturn|Skoda|Subaru|Suzuki|Tesla|Toyota"
    r"|Volkswagen|VW|Volvo|Harley-Davidson|Yamaha|Kawasaki|Cessna|Boeing|Piper)\b")
# "the daily Granma", "the Israeli daily Haaretz", "the daily said": a newspaper, not every day.
_NEWSPAPER_NAME_AFTER = re.compile(r"\s+(?-i:[A-Z][\w'’-]+)(?!\s+(?:and|or|through|to|-)\b)")
_NEWSPAPER_VERB_AFTER = re.compile(r"\s+(?:said|says|reported|reports|wrote|writes|quoted|quotes|cited|cites"
                                   r"|published|publishes|added)\b", re.I)
_OWNER_BEFORE = re.compile(r"(?:\b(?:a|an|the|his|her|their|its|my|our|your)|['’]s)\s+$", re.I)
# "the Communist Party daily", "the Israeli daily", "the business daily": words that make "daily" a paper.
_PAPER_KIND_BEFORE = re.compile(r"(?:(?-i:[A-Z][\w-]+)|business|financial|economic|state-run|state|local|national"
                                r"|regional|mass-circulation|tabloid|popular|leading|official|independent|conservative"
                                r"|liberal|pro-government|opposition|english-language|\w+-language)\s+$", re.I)
_HIGH_BEFORE = re.compile(r"\bhigh\s+$", re.I)
# "another fall in half-year profits", "a sharp fall of 5%": a decline, not autumn
_DECLINE_BEFORE = re.compile(r"\b(?:a|an|another|any|further|sharp|steep|big|slight|small|modest|marked|second"
                             r"|third|fourth|fifth)\s+$", re.I)
_PROGRAMME_AFTER = re.compile(r"\s+(?:programme|program|show|newspaper)\b", re.I)
_PAPER_AFTER = re.compile(r"\s+(?:newspapers?|papers?|tabloids?|broadsheets?|editions?|publications?)\b", re.I)
# "today's youth", "tomorrow's leaders", "the world of tomorrow": the present or future in general.
_GENERIC_AFTER_POSSESSIVE = re.compile(
    r"['’]s\s+(?:youth|young|world|society|generation|generations|children|kids|teenagers|teens|students"
    r"|families|parents|workers|workforce|leaders|standards|terms|dollars|money|technology|technologies"
    r"|computers|consumers|culture|politics|economy|cars|schools|universities|entrepreneurs|women|men)\b", re.I)
_GENERIC_OF_BEFORE = re.compile(r"\b(?:the|a)\s+(?:[\w-]+\s+){0,2}(?:of)\s+$", re.I)
_GENERIC_OF_HEAD = re.compile(r"\b(?:people|world|cars?|cities|city|schools?|jobs?|leaders|workforce|workplace"
                              r"|factory|factories|farm|farms|army|armies|homes?|energy|economy|technology"
                              r"|weapons?|media|office|hospital|classroom|stars?|musicians?)\s+of\s+$", re.I)
# "to one day fly", "he could one day lead": some day, not a length of one day.
_SOME_DAY_BEFORE = re.compile(r"\b(?:to|will|would|could|might|may|can|shall|should|must|hope|hopes|hoped|dream"
                              r"|dreams|dreamed|dreamt|he|she|they|we|i|you|who)\s+$", re.I)
_VERB_LIKE_AFTER = re.compile(r"\s+(?!(?:of|in|on|at|to|for|after|before|later|earlier|ago|and|or|a|an|the|with"
                              r"|when|while|last|next|this|that|per|each|every|more|less|off|only)\b)[a-z]+\b")


def is_model_year(text: str, candidate: Candidate) -> bool:
    """"Kopp's 1987 Chevrolet Cavalier", "a 2015 Toyota Camry": the car's model, not a year of the story."""
    return re.fullmatch(r"\d{4}", text[candidate.start:candidate.end]) is not None and bool(
        _VEHICLE_MAKE_AFTER.match(text, candidate.end)) and bool(
        _OWNER_BEFORE.search(text, max(0, candidate.start - 8), candidate.start))


def is_newspaper(text: str, candidate: Candidate) -> bool:
    """"the Communist Party daily Granma", "the daily said": a paper that comes out daily, not a set of days."""
    if text[candidate.start:candidate.end].lower() != "daily":
        return False
    if _NEWSPAPER_VERB_AFTER.match(text, candidate.end):  # "the daily said"
        return bool(re.search(r"\bthe\s+$", text[max(0, candidate.start - 8):candidate.start], re.I))
    return bool(_PAPER_KIND_BEFORE.search(text, max(0, candidate.start - 30), candidate.start)) and bool(
        _NEWSPAPER_NAME_AFTER.match(text, candidate.end))


def is_idiom(text: str, candidate: Candidate) -> bool:
    """"High Noon", "until the last minute", "a fall in profits", "the daily newspaper", "the Sun.": a showdown, a
    late moment, a decline, a paper and a star, not twelve o'clock, a minute, autumn, every day or Sunday."""
    surface = text[candidate.start:candidate.end].lower()
    before = text[max(0, candidate.start - 24):candidate.start]
    if surface == "noon":
        return bool(_HIGH_BEFORE.search(before))
    if surface in ("last minute", "the last minute"):
        return not re.match(r"\s*(?:of|and|or)\b", text[candidate.end:candidate.end + 6])
    if surface == "fall":
        return bool(_DECLINE_BEFORE.search(before)) and bool(re.match(r"\s+(?:in|of)\b", text[candidate.end:]))
    if surface == "daily":
        return bool(_PAPER_AFTER.match(text, candidate.end))
    if surface == "today" and text[candidate.start] == "T" and _PROGRAMME_AFTER.match(text, candidate.end):
        return True  # "the BBC's Today programme"
    return surface == "sun." and text[candidate.start] == "S" and bool(re.search(r"\bthe\s+$", before, re.I))


def is_generic_present_or_future(text: str, candidate: Candidate) -> bool:
    """"today's youth", "the people of tomorrow": an age in general, not the day of the article or the next."""
    surface = text[candidate.start:candidate.end].lower()
    if surface not in ("today", "tomorrow"):
        return False
    if _GENERIC_AFTER_POSSESSIVE.match(text, candidate.end):
        return True
    window = text[max(0, candidate.start - 40):candidate.start]
    return surface == "tomorrow" and bool(_GENERIC_OF_HEAD.search(window)) and bool(_GENERIC_OF_BEFORE.search(window))


def is_some_day(text: str, candidate: Candidate) -> bool:
    """"hopes to one day follow", "Islam will one day be": some day ahead (FUTURE_REF), not a day's length."""
    if text[candidate.start:candidate.end].lower() != "one day":
        return False
    return bool(_SOME_DAY_BEFORE.search(text, max(0, candidate.start - 12), candidate.start)) and bool(
        _VERB_LIKE_AFTER.match(text, candidate.end))


_NOUN_AFTER = re.compile(r"\s+(?!(?:of|ago|and|or|but|later|earlier|before|after|to|in|on|at|was|is|has|had|began"
                         r"|begins|ended|ends|will|would|could|that|which|when|as|for|with|by|from)\b)[A-Za-z]+\b")


def is_millennium_thing(text: str, candidate: Candidate) -> bool:
    """"the millennium bug", "a millennium programme", "the Millennium Dome": named after the year 2000, not a
    thousand years."""
    surface = text[candidate.start:candidate.end].lower()
    return surface.endswith("millennium") and not re.search(r"\d|first|second|third|next|last|past", surface) and bool(
        _NOUN_AFTER.match(text, candidate.end))


def is_figurative(text: str, candidate: Candidate) -> bool:
    """A time word that stands for a car, a label, a phone number, a paper, an idiom, an age in general or the
    millennium's things."""
    return (is_model_year(text, candidate) or is_number_label(text, candidate) or is_phone_number(text, candidate)
            or is_newspaper(text, candidate) or is_millennium_thing(text, candidate)
            or is_idiom(text, candidate) or is_generic_present_or_future(text, candidate))
