"""Words that look like times in news but are not: "fell by a quarter" (a fraction), "hours of the fall" (a
tumble), "more than 1000 jury trials" (a count), "the days after each strike" (any such days), "a night-time
crossing" (a compound adjective)."""

from __future__ import annotations

import re

from timeline_app.extraction.temporal.compound_nouns import is_compound_noun
from timeline_app.extraction.temporal.lexicon import WEEKDAY_CAPITALISED
from timeline_app.extraction.temporal.patterns import Candidate
from timeline_app.extraction.temporal.unstated_periods import is_season_of_a_run

# "fell by a third and exports by a quarter", "cut by one quarter": a share of an amount
_A_QUARTER = re.compile(r"(?:an?|one)\s+quarter", re.I)
_BY_BEFORE = re.compile(r"\bby\s+$", re.I)
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
# "more than 1000 jury trials": a number of things after a word of amount, with a plural count noun after it
_AMOUNT_BEFORE = re.compile(r"\b(?:more|fewer|less|other)\s+than\s+$|\b(?:at\s+least|up\s+to|upwards\s+of|some"
                            r"|nearly|almost|a\s+total\s+of|backlog\s+of|total\s+of)\s+$", re.I)
# Words that end in -s but are no plural nouns, and the plurals a year qualifies ("almost 2019 levels")
_NOT_A_COUNTED_THING = (r"(?:is|was|has|does|this|its|his|hers|ours|yours|theirs|as|us|thus|plus|less|unless"
                        r"|always|perhaps|across|whereas|levels|highs|lows|standards|prices|figures|rates|values|terms"
                        r"|peaks|averages|totals|budgets|forecasts|targets|results|numbers|elections|games|olympics"
                        r"|models|editions|versions|seasons|rules|laws|accords|agreements|emissions)\b")
_FUNCTION_WORD = (r"(?:and|or|to|the|a|an|in|on|at|by|for|when|as|than|of|with|from|until|before|after|because"
                  r"|under|over|is|was|were|are|will|had|has|have|be|been|but|if|so|then|that|which|who)\b")
_PLURAL_COUNT_AFTER = re.compile(rf"(?:\s+(?!{_FUNCTION_WORD})[a-z][a-z-]+){{0,2}}?\s+(?!{_NOT_A_COUNTED_THING})"
                                 r"[a-z][a-z-]+(?<!ss)(?<!us)(?<!is)s\b")
_ANY_AFTER = re.compile(r"\s+(?:after|before|following|preceding)\s+(?:each|every|any)\b", re.I)
_TIME_COMPOUND_AFTER = re.compile(r"-(?:time|times)\b", re.I)
# Only a part of the day makes such a compound ("a night-time crossing"); "Christmas-time" is still Christmas.
_PART_OF_DAY_END = re.compile(r"(?:day|night|morning|evening|afternoon|noon)$", re.I)
# "the last Wednesday of the Iranian year": a weekday counted in a period the rules cannot place
_NTH_WEEKDAY = re.compile(rf"the\s+(?:first|second|third|fourth|last|final)\s+{WEEKDAY_CAPITALISED}", re.I)
_OF_A_PERIOD_AFTER = re.compile(r"\s+(?:of|in)\s", re.I)


def is_share_of_an_amount(text: str, candidate: Candidate) -> bool:
    """"exports fell by a quarter": a fraction, not a quarter of a year."""
    return _A_QUARTER.fullmatch(text, candidate.start, candidate.end) is not None and (
        _BY_BEFORE.search(text, max(0, candidate.start - 6), candidate.start) is not None)


def is_a_tumble(text: str, candidate: Candidate) -> bool:
    """"within 48 hours of the fall": the fall someone had, not the autumn."""
    return text[candidate.start:candidate.end] == "the fall" and (
        _OF_BEFORE.search(text, max(0, candidate.start - 4), candidate.start) is not None)


def is_a_count(text: str, candidate: Candidate) -> bool:
    """"a backlog of more than 1000 jury trials": a count of things, not a year (but "until at least 2027",
    "almost 2019 levels": a year stays a year unless a plural count noun follows)."""
    if re.fullmatch(r"\d{4}", text[candidate.start:candidate.end]) is None:
        return False
    return _AMOUNT_BEFORE.search(text, max(0, candidate.start - 16), candidate.start) is not None and (
        _PLURAL_COUNT_AFTER.match(text, candidate.end) is not None)


def is_any_such_span(text: str, candidate: Candidate) -> bool:
    """"the days after each strike": days after any of several events, no one time."""
    return candidate.kind == "units_around" and _ANY_AFTER.match(text, candidate.end) is not None


def is_time_compound(text: str, candidate: Candidate) -> bool:
    """"a night-time crossing", "day-time television": a compound adjective, not a night or a day."""
    return _TIME_COMPOUND_AFTER.match(text, candidate.end) is not None and (
        _PART_OF_DAY_END.search(text, candidate.start, candidate.end) is not None)


def is_weekday_counted_in_a_period(text: str, candidate: Candidate) -> bool:
    """"the last Wednesday of the Iranian year" is not "last Wednesday" (a month's is read by nth_weekday)."""
    return _NTH_WEEKDAY.fullmatch(text, candidate.start, candidate.end) is not None and (
        _OF_A_PERIOD_AFTER.match(text, candidate.end) is not None)


def is_a_season_of_a_run(text: str, candidate: Candidate) -> bool:
    """"The show's last season aired in 2019": its final season, not the one before this."""
    return is_season_of_a_run(text, candidate.start, candidate.end)


_EARLY_HOURS_OF = re.compile(r"(?:the\s+)?(?:early|small|wee)\s+hours", re.I)
_OF_SOMETHING_AFTER = re.compile(r"\s+(?:of|on)\b", re.I)


def is_early_hours_of_something(text: str, candidate: Candidate) -> bool:
    """"The early hours of the war", "the early hours on Sunday": the first hours of an event, or hours the day
    after them names (which is tagged itself), not the small hours of the story's day."""
    return _EARLY_HOURS_OF.fullmatch(text, candidate.start, candidate.end) is not None and (
        _OF_SOMETHING_AFTER.match(text, candidate.end) is not None)


_NOT_TIMES = (is_a_season_of_a_run, is_share_of_an_amount, is_a_tumble, is_a_count, is_any_such_span,
              is_time_compound, is_weekday_counted_in_a_period, is_compound_noun, is_early_hours_of_something)


def is_not_a_time(text: str, candidate: Candidate) -> bool:
    """A fraction, a fall, a count, any such days, a time compound, a weekday counted in a period or a season of a
    show's or a player's run (or a compound noun: "a day care centre")."""
    return any(test(text, candidate) for test in _NOT_TIMES)
