"""Candidate temporal expressions found by regular expressions over the raw text.

Recognition is deliberately generous: every candidate still has to pass the
normaliser (which is strict), and the tagger trims words off a candidate that
does not normalise. Names of months and weekdays are case-sensitive; word
boundaries also accept a glued capitalised word ("in OctoberImage: ...",
an artefact of copied captions).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from timeline_app.extraction.temporal import broadcast, hijri_days, period_edges, unit_forms, unstated_periods
from timeline_app.extraction.temporal.ancient import ERA_SEASON_BODY, JUCHE_BODY, YEAR_NUMBER_BODY
from timeline_app.extraction.temporal.candidate_cues import PRECEDED_BY, cue_ok
from timeline_app.extraction.temporal.festivals import FESTIVAL_FORMS
from timeline_app.extraction.temporal.lexicon import (
    GENERATIONS_AGO,
    HOLIDAY_RE,
    NUMBER_WORD_RE,
    ORDINAL_RE,
    SEASON_RE,
    VAGUE_RE,
    WEEKDAY_RE,
    ZONE_NAMES_RE,
)
from timeline_app.extraction.temporal.lunar import LUNAR_RE
from timeline_app.extraction.temporal.month_forms import MONTH_ANY, MONTH_FULL
from timeline_app.extraction.temporal.new_year import NEW_YEAR_BODY
from timeline_app.extraction.temporal.split_years import SPLIT_YEAR, is_split_year
from timeline_app.extraction.temporal.spoken import (
    AMPM,
    HOUR12,
    HOUR24,
    MINUTE,
    NOT_COMPOUND,
    NOT_COUNTING,
    ONES,
    ORDINAL_DAY,
    TWO_DIGITS,
    YEAR_OH,
    YEAR_THOUSAND,
    YEAR_TWENTY,
)

_START = r"(?:(?<![\w$'/.:+])|(?<=[^.]\.\.\.))(?<![A-Za-z]-)"  # not "GMT+5:45"; but advisories' "CDT...2100Z"
# "quarter-to-quarter", "year-on-year": a compound adjective, not an expression of its own.
_END = r"(?!-(?:to|on|over|by)-\w)(?!-(?:point|percentage)\b)(?:(?![A-Za-z0-9])|(?=[A-Z][a-z]))"
DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
YEAR4 = r"(?:1[0-9]{3}|20[0-9]{2})"
# "800,000 years", "76 million years": the spans of geology and evolution
BIG_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?\s+(?:million|billion)"
YEAR = rf"(?:{YEAR4}|'\d\d)"
ERA = r"(?-i:BC|B\.C\.|BCE|B\.C\.E\.|AD|A\.D\.|CE|C\.E\.)(?![A-Za-z])"  # "In June 300 CEOs": no era
NUM = (rf"(?:(?:a|one|three)\s+quarters?\s+of\s+an?|{BIG_NUMBER}|\d+(?:\.\d+)?(?:\s+1/2)?|{NUMBER_WORD_RE}|an?"
       rf"|{VAGUE_RE}|half an?)")
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur(?:y|ie)|millenni(?:um|a)" \
       r"|weekend)s?"
UNITS_PLURAL = r"(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
REL = r"(?:this past|this coming|this|last|next|past|coming|previous|following|current|same|that|prior|preceding" \
      r"|upcoming|present)"
DUR_REL = r"(?:past|last|next|first|previous|coming|following|latest|final|remaining|initial|additional|further" \
          r"|ensuing|preceding|prior|same|full|entire|whole|year-earlier|year-ago|comparable)"
# "sentenced on Jan. 10 to four more years": a number right after a month is its day, not a count.
_NOT_A_DAY = (r"(?:(?!\d)|(?=(?:3[2-9]|[4-9]\d|\d{3,})(?!\d))"
              r"|(?<!(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\.\s)(?<!Sept\.\s)(?<!uary\s)(?<!March\s)"
              r"(?<!April\s)(?<![^\w]May\s)(?<!June\s)(?<!July\s)(?<!ugust\s)(?<!ember\s)(?<!tober\s))")
PRE_QUANTITY = (r"(?:(?:approximately|roughly|nearly|almost|more than|less than|at least|up to|no more than"
                r"|fewer than|upwards of|an estimated|close to|well over|(?:just|a\s+little|slightly)\s+(?:over|under"
                r"|more\s+than|less\s+than)"
                r"|(?:over|under)(?=\s+(?:an?|\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|half)\b))\s+)?")
# "a week earlier in the 2000s than in the 1960s": a gap compared, not a time earlier in the decade
_NOT_COMPARED = r"(?!(?:earlier|later)\s+(?:[\w'-]+\s+){0,5}?than\b)"
PRE_POINT = r"(?:(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+(?=the\s+(?:\d{3}0|'\d0|[a-z]+ties))" \
            r"|(?:the\s+)?(?:first|opening|last|final|closing)\s+(?:weeks?|days|few\s+days)\s+of\s+" \
            r"(?=(?-i:[A-Z][a-z]+)|\d{4}|(?:this|last|next)\s+(?:month|year)" \
            r"|the\s+(?:fiscal\s+)?(?:quarter|year|month)\b)" \
            r"|(?:the\s+)?(?:very\s+)?(?:beginning|start|end|middle|close|outset|latter part|early part|rest" \
            r"|first part|last part|final part)\s+of\s+|(?:the\s+)?(?:very\s+)?(?:early|late)(?:\s+on|\s+in)?[\s-]+" \
            r"|(?:the\s+)?mid(?:-|\s+)|(?-i:end|start)-(?=\d{4}|(?-i:[A-Z][a-z]))|(?-i:post|pre)-(?=\d{4}\b)" \
            r"|(?:start|end)\s+to\s+(?=the\s+(?:year|month|week|quarter|season|decade)\b|\d{4}\b" \
            r"|(?:this|last|next)\s+(?:year|month|week)\b)|" \
            + _NOT_COMPARED + r"(?:earlier|later)\s+(?:in\s+|on\s+)?)?"
_CITY_TIMES = ("Moscow|Kyiv|Kiev|Beijing|Tokyo|Tehran|Jerusalem|Istanbul|Ankara|Cairo|Riyadh|Baghdad|Damascus|Kabul"
               "|Islamabad|Delhi|Seoul|Pyongyang|Taipei|Manila|Bangkok|Jakarta|Paris|Berlin|Brussels|London"
               "|Washington|Caracas|Havana")
ZONE = (rf"(?:\s+(?-i:{ZONE_NAMES_RE})\b|\s+local\s+time"
        r"|\s+(?-i:Eastern|Central|Mountain|Pacific|Moscow|Kyiv|Beijing|Universal)(?:\s+(?-i:Standard|Daylight))?"
        r"\s+(?-i:[Tt]ime)\b"
        rf"|\s+(?-i:{_CITY_TIMES})\s+time\b)?")
_AFTER_AT = r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bto\s))"
_SECONDS = r"(?::[0-5]\d(?!\d))?"  # "at 18:15:59 Tehran time": the seconds of a precise moment
# Tokenised copies of news split clocks apart ("3: 33 a. m.", "12: 41 GMT"); they are still clocks.
CLOCK = rf"\d{{1,2}}(?:[:.]\s?\d\d)?{_SECONDS}\s*(?:a\.\s?m\.?|p\.\s?m\.?|am|pm|o'clock)(?![a-z]){ZONE}" \
        rf"|\d{{1,2}}:\d\d{_SECONDS}{ZONE}" \
        rf"|(?:[01]?\d|2[0-3])\.[0-5]\d{ZONE[:-1]}" \
        rf"|\d{{1,2}}:\s\d\d(?=\s*(?-i:{ZONE_NAMES_RE})\b)" + ZONE \
        + rf"|{_AFTER_AT}(?:[01]?\d|2[0-3]):\s?[0-5]\d(?!\d)(?:\s*(?:hours|hrs)\b)?" \
        + rf"|(?:[01]\d|2[0-3])h[0-5]\d(?!\w|\.\d){ZONE}"  # "10h00", "23h00 CET" (but "runs 2h15")
# "MONDAY 23 JUNE 2003" on an embargo line; "Tuesday 14 December" in British order.
_WEEKDAY_ANY = rf"(?:{WEEKDAY_RE}|(?-i:MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY))"
DAY_WORD = rf"(?:{_WEEKDAY_ANY}(?:,?\s+{MONTH_ANY}\s+{DAY}(?:,\s+{YEAR4})?" \
           rf"|,?\s+{DAY}\s+{MONTH_ANY}(?:,?\s+{YEAR4})?)?|today|yesterday|tomorrow" \
           rf"|{MONTH_ANY}\s+{DAY}(?:,?\s+{YEAR4}(?![\d,.]\d))?|{DAY}\s+{MONTH_ANY}(?:\s+{YEAR4})?)"
PART = r"(?:morning|afternoon|evening|night|lunchtime)"
_SP = r"[ \t]+"  # spaces within a line
_REL_DAY_WORD = rf"(?:(?:next|this|last|coming){_SP}(?={_WEEKDAY_ANY}))?{DAY_WORD}"  # "next Tuesday at 8pm"
# Broadcast transcripts spell years out: "January nineteen ninety-seven".
SPOKEN_YEAR = (r"(?:(?:nineteen|eighteen)[\s-]+(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen"
               r"|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
               r"(?:[\s-](?:one|two|three|four|five|six|seven|eight|nine))?"
               rf"|{YEAR_OH}|(?:{YEAR_TWENTY}|{YEAR_THOUSAND}){NOT_COMPOUND}{NOT_COUNTING})")
# Spoken clocks: "eleven a.m. Pacific time", "one-thirty Eastern time", "thirteen hundred hours GMT"; a bare
# "nine thirty" is a clock only after a cue ("at", "it's": PRECEDED_BY).
_CLOCK_TAIL = rf"(?:,?{_SP}(?:on{_SP})?{DAY_WORD}(?:{_SP}{PART})?|{_SP}(?:tonight|(?:last|this){_SP}{PART}))?"
SPOKEN_CLOCK = (rf"{HOUR12}(?:[\s-]{MINUTE})?\s*{AMPM}{ZONE}|{HOUR12}[\s-]{MINUTE}{ZONE[:-1]}"
                rf"|{HOUR24}\s+hundred(?:\s+hours)?{ZONE[:-1]}|(?:oh|zero)[\s-]?{ONES}\s+hundred(?:\s+hours)?")
# "at fourteen hundred hours" (but "by three hundred votes", "at two hundred meters" count something)
SPOKEN_CLOCK_AT = rf"(?:{HOUR12}[\s-]{MINUTE}{NOT_COMPOUND}|{HOUR24}\s+hundred\s+hours(?![\w-])){ZONE}"
# "in ninety-five", "in '95", "the spring of ninety-five": a two-digit year where nothing else can follow.
_YEAR_ENDS = rf"(?=\s*(?:[.;:!?)]|,(?!\s*(?:{TWO_DIGITS}|{ONES}|\d)\b)|$)|\s+(?:and|or|but|when|while|until)\b)"
SHORT_YEAR = rf"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[\s-]{ONES}{_YEAR_ENDS}"

# "next Wednesday, 22 February": the whole apposition is one date (the stated day decides the value)
_WEEKDAY_LEAD = rf"(?:(?:(?:this\s+coming|this|next|last|coming)\s+)?{WEEKDAY_RE},?\s+)?"
_YEAR_REL = r",?\s+(?:of\s+)?(?:this|last|next|that|the\s+same)\s+year"
# "noted that June 12 is a Sunday": "that" opens a clause before a month and day, it does not point to the month
_NOT_THAT_DAY = rf"(?!that\s+{MONTH_FULL}\s+\d)"
_FESTIVAL_RE = "(?-i:" + "|".join(sorted(FESTIVAL_FORMS, key=len, reverse=True)) + ")"

_BODIES: dict[str, str] = {
    "split_year": SPLIT_YEAR,  # "the 2009-10 season", "2025/26", "winter 2026-27"
    "nth_weekday": rf"(?:the\s+)?(?:first|second|third|fourth|fifth|last|final|1st|2nd|3rd|4th|5th)\s+{WEEKDAY_RE}\s+"
                   rf"(?:of|in)\s+{MONTH_ANY}(?:,?\s+{YEAR4})?",
    "month_day": rf"{_WEEKDAY_LEAD}{MONTH_ANY}\s+{DAY}(?:,?\s+{YEAR}|{_YEAR_REL})?(?!\d|[:.]\s?\d)",
    "day_month": rf"{_WEEKDAY_LEAD}(?:the\s+)?{DAY}\s+(?:of\s+)?{MONTH_ANY}(?:,?\s+{YEAR}|{_YEAR_REL})?",
    "month_year": rf"{_NOT_THAT_DAY}(?:{REL}\s+)?{MONTH_FULL}"
                  rf"(?:,?\s+(?:of\s+)?{YEAR}|\s+(?:of\s+)?(?:this|last|next)\s+year|\s+of\s+(?:that|the\s+same)\s+year)?"
                  rf"|{MONTH_ANY},?\s+{YEAR}",
    "spoken_month_day": rf"(?:(?:this\s+coming\s+|this\s+|next\s+)?{WEEKDAY_RE},?\s+)?{MONTH_FULL}\s+"
                        rf"(?:the\s+)?{ORDINAL_DAY}"
                        rf"(?:,?\s+(?:{YEAR4}|{SPOKEN_YEAR})|{_YEAR_REL})?",
    "spoken_day_month": rf"(?:{WEEKDAY_RE},?\s+)?(?:the\s+)?{ORDINAL_DAY}\s+of\s+{MONTH_FULL}"
                        rf"(?:,?\s+(?:{YEAR4}|{SPOKEN_YEAR})|{_YEAR_REL})?",
    "spoken_clock": rf"(?:{DAY_WORD},?{_SP}(?:at{_SP})?)?(?:{SPOKEN_CLOCK}){_CLOCK_TAIL}",
    "spoken_clock_at": rf"{SPOKEN_CLOCK_AT}{_CLOCK_TAIL}",
    "short_year": SHORT_YEAR,
    "apostrophe_year": r"['\u2019]\d\d(?![\d%'\u2019])(?!\s*(?:percent|per\b))",
    "season_short_year": rf"(?:the\s+)?(?:{SEASON_RE}|{MONTH_FULL})\s+of\s+(?:['\u2019]\d\d(?![\d%])|{SHORT_YEAR})",
    # "a week from Tuesday" (the Tuesday after the coming one), "the week after next"
    "week_from": rf"(?:a|one|two|three)\s+weeks?\s+from\s+(?:{WEEKDAY_RE}|today|tomorrow)",
    "after_next": r"the\s+(?:week|weekend|month|year)\s+(?:after\s+next|before\s+last)",
    # "years, not months": the second of two bare plurals set against each other
    "joined_units": r"(?:hours|days|weeks|months|years|decades|centuries)",
    "week_of": rf"the\s+week\s+of\s+(?:{MONTH_ANY}\s+{DAY}|{DAY}\s+{MONTH_ANY})",
    "spoken_year": rf"(?:the\s+year\s+)?{SPOKEN_YEAR}|{MONTH_FULL}\s+(?:of\s+)?{SPOKEN_YEAR}"
                   rf"|(?:the\s+)?(?:{SEASON_RE})\s+of\s+{SPOKEN_YEAR}"
                   r"|the\s+year\s+two\s+thousand(?:\s+and\s+(?:one|two|three|four|five|six|seven|eight|nine|ten))?",
    "year_ago": r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?:year-ago|year-earlier|year-before)"
                r"(?:\s+(?:quarter|period))?|(?:the\s+)?(?:comparable|corresponding|same)\s+(?:quarter|period)\s+"
                r"(?:a\s+year\s+(?:ago|earlier)|last\s+year)|last\s+year's\s+(?:quarter|period)"
                r"|(?:the\s+)?(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)",
    "rel_weekday": rf"(?:the\s+)?(?:previous|preceding|prior|following)\s+{WEEKDAY_RE}",
    "weekday_of_week": rf"{WEEKDAY_RE}\s+(?:of\s+)?(?:last|this|next)\s+week"
                       rf"|(?:last|this|next)\s+week(?:\s+on)?\s+{WEEKDAY_RE}",
    # British "Friday week": the Friday after next.
    "weekday_week": rf"{WEEKDAY_RE}\s+week(?![\w-])(?!\s+(?:of|after|before|ago|earlier|later|on|in)\b)",
    "day_beside": rf"(?:the\s+)?day\s+(?:before|after)\s+(?:(?:last|next|this)\s+)?(?:{WEEKDAY_RE}|{HOLIDAY_RE}"
                  rf"|{MONTH_ANY}\s+{DAY}(?:,\s+{YEAR4})?)|(?:later|earlier)\s+(?:in|during)\s+the\s+day",
    "year_period": rf"the\s+(?:(?:year-ago|year-earlier|comparable|fiscal)\s+)*{YEAR4}\s+(?:(?:first|second|third"
                   r"|fourth)[\s-]+)?(?:fiscal\s+)?(?:quarter|period|half)",
    "year": rf"(?:(?:fiscal|the\s+year|calendar|(?:fiscal|financial)\s+year)\s+)?{YEAR4}"
            rf"(?![.,]\d|\s*(?:%|percent|per\s+cent))(?:\s*{ERA})?"
            rf"(?:\s+or\s+(?:later|earlier|before|after))?",
    "era_year": rf"\d{{1,4}}\s*{ERA}|{ERA}\s*\d{{1,4}}",
    # "January 49 BC", "15 March 44 BC", "the year 62", "April 15, Juche 1 (1912)": see ancient.py
    "era_date": rf"(?:(?:{DAY}\s+(?:of\s+)?)?{MONTH_ANY}(?:\s+{DAY})?,?\s+|{ERA_SEASON_BODY})\d{{1,4}}\s*{ERA}",
    "year_number": YEAR_NUMBER_BODY,
    "juche": JUCHE_BODY,
    "decade": r"(?:the\s+)?(?:\d{3}0'?s|'\d0s|(?:nine|eigh|seven|six|fif|for|thir|twen)ties)",
    "century": rf"(?:the\s+)?(?:\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_RE})[\s-]+century(?:\s*{ERA})?",
    "numeric": r"\d{4}-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:\d{4}|\d\d)(?!/)|\d{1,2}\.\d{1,2}\.\d{4}(?![.\d])",
    "relative": rf"{_NOT_THAT_DAY}(?:the\s+)?{REL}\s+(?:week(?:end)?|month|year|quarter|decade|century|{WEEKDAY_RE}"
                rf"|{MONTH_FULL}"
                rf"|{SEASON_RE}|(?:fiscal|financial)\s+year)",
    "weekday": rf"{WEEKDAY_RE}",
    "season_year": rf"(?:{SEASON_RE})\s+(?:of\s+)?{YEAR4}|{YEAR4}\s+(?:{SEASON_RE})"
                   rf"|(?:the\s+)?(?:{SEASON_RE})\s+of\s+(?:this|last|next|that|the\s+same)\s+year"
                   rf"|the\s+(?:{SEASON_RE})(?!\s+of\b)",
    # "after a mild autumn", "that summer and fall": a season with no year or article of its own
    "bare_season": r"(?-i:summer|autumn|winter|(?:(?<=and\s)|(?<=or\s))(?:spring|fall))"
                   r"(?=\s*[,.;:)]|\s+(?:in|of|and|or|when|that|which|before|after|was|is|had|has)\b|$)",
    "holiday": rf"(?:(?:last|next|this|that)\s+)?(?:{HOLIDAY_RE}|{LUNAR_RE}|{_FESTIVAL_RE})(?:,?\s+{YEAR4}|\s+week)?"
               # "Thanksgiving morning", "Diwali night"; a month of fasting has no one night
               r"(?:(?<!Ramadan)(?<!Ramzan)\s+(?:morning|afternoon|evening|night))?",
    "deictic": r"today|yesterday|tomorrow|tonight|overnight|the day (?:before yesterday|after tomorrow)",
    "vague": r"now|right now|currently|nowadays|recently|lately|the past|the future|the near future"
             r"|the (?:recent|distant) past|the present|these days|current|recent"
             r"|the (?:near|short|long|medium)\s+term(?![\s-]+[a-z])",
    "ago": rf"{NUM}(?:[\s-]+and[\s-]+a[\s-]+half)?(?:\s+or\s+so)?[\s-]+(?:(?:more|full|long|whole|entire)\s+)?{UNIT}"
           r"(?:\s+and\s+a\s+half)?(?:\s+or\s+so)?\s+"
           r"(?:ago(?:\s+(?:today|tonight|this\s+(?:month|week|spring|summer|autumn|fall|winter))\b)?|earlier|later"
           r"|from now|hence|(?:before|after)(?=\s*(?:[,.;:)]|$|\s+(?:and|but)\b)))",
    "duration": rf"(?:the\s+)?(?:each\s+of\s+the\s+)?(?:{DUR_REL}\s+)*(?!(?:1\d|20)\d\d\s+(?:to|or)\s){_NOT_A_DAY}{NUM}"
                rf"(?:\s+1/2|[\s-]+and[\s-]+a[\s-]+half)?(?:\s+(?:to|or|-)\s+{NUM})?"
                rf"(?:[\s-]+(?:more|additional|full|straight|consecutive|long|whole|extra))?[\s-]+"
                rf"(?:{unit_forms.UNIT_QUALIFIERS}\s+)?{UNIT}"
                r"(?:\s+and\s+a\s+half)?(?:[\s-]+(?:long|old))?(?:\s+or\s+(?:so|more|longer))?"
                r"(?<!first\stwo\squarters)(?<!last\stwo\squarters)",  # of 1990: a half-year, not six months
    "rel_duration": rf"the\s+(?:{DUR_REL}\s+)+(?:week|fortnight|month|year|decade|century|day|hour)s?"
                    r"(?:\s+and\s+a\s+half\b)?",
    "vague_units": rf"(?:the\s+)?(?:(?:past|last|next|coming|recent|few|several|many|ensuing)\s+)+{UNITS_PLURAL}"
                   rf"|{UNITS_PLURAL}(?=\s+(?:ago|earlier|later))",
    "for_units": UNITS_PLURAL,
    # "Hours after the blast", "after weeks of wrangling", "Years of drought": an unstated number of units.
    "bare_units": rf"{UNITS_PLURAL}(?=\s+(?:of|after|before|later|earlier)\b)(?<!minutes)(?<!seconds)"
                  r"|(?:minutes|seconds)(?=\s+(?:after|before|later|earlier)\b)",  # not "Minutes of the meeting"
    # "declared a truce hours after Israel did", "died days before the vote": the gap between two events
    "units_apart": r"(?:minutes|hours|days|weeks|months)(?=\s+(?:after|before)\s+(?!(?:that|this|then)\b)\w)",
    "units_around": r"the\s+(?:days|weeks|months|fortnight)(?=\s+(?:before|after|leading\s+up\s+to|following|preceding"
                    r"|ahead)\b)",
    "year_end": r"(?:the\s+)?(?:fiscal\s+)?year(?:[\s-]|'s\s+)end",
    # "by 2100", "the year 2150": the far years of climate and demography, only after a word that takes a year
    # (and not "in 2150 stores")
    "far_year": r"(?:the\s+year\s+|(?:(?<=\bby\s)|(?<=\bin\s)|(?<=\buntil\s)|(?<=\bbefore\s)|(?<=\bbeyond\s)"
                r"|(?<=\bthrough\s)|(?<=\bafter\s)))2[1-9]\d\d(?![\d,.]\d|\s*(?:GMT|UTC|hours|hrs|local|%))"
                r"(?!\s+(?!(?:and|or|to|when|if|as|the|at|for|unless|without|in|on|under|with|according|compared|because"
                r"|despite|amid|while|where|but|so|than|from|of|by|is|are|was|were|will|would)\b)[a-z])",
    # "On this day in 1966": the article's day and month in that year ("Today in history" pieces)
    "this_day_in": rf"this\s+day\s+in\s+{YEAR4}|(?<=\bon\s)this\s+day(?=\s*[,.;]|\s+in\s+history\b)",
    # "extended for another month": a further span, only after a word of lasting
    "another_span": rf"another\s+(?:{NUMBER_WORD_RE}\s+|\d+\s+|few\s+)?(?:hour|day|week|fortnight|month|year"
                    r"|decade|century|centuries)s?",
    # "It ended decades of hostility": an unstated number of long units, mid-sentence (see bare_units)
    "long_units_of": r"(?:decades|centuries)(?=\s+of\s)",
    # "shares are up 12% year to date": the year so far
    "year_to_date": r"(?:the\s+)?year[\s-]+to[\s-]+date",
    "new_year": NEW_YEAR_BODY,  # "early in the new year": the year about to begin
    # "in epidemiological week 31", "week 31 of 2014": a numbered (ISO) week of a year
    "week_number": r"(?:(?:epidemiological|epi|calendar|ISO|reporting)\s+week\s+[1-5]?\d"
                   r"(?:,?\s+(?:of\s+)?(?:19|20)\d\d)?|week\s+[1-5]?\d,?\s+(?:of\s+)?(?:19|20)\d\d)(?!\d)",
    # "the past half century", "a quarter-century ago": fifty and twenty-five years (spoken.py rewrites them)
    "part_century": rf"(?:(?:the\s+)?{REL}\s+|an?\s+|one\s+)(?:half|quarter)[\s-]+century"
                    r"(?:\s+(?:ago|earlier|later))?",
    "generation_ago": GENERATIONS_AGO,
    "midyear": rf"mid-?year(?:,?\s+{YEAR4})?(?![\w-])",  # "close at midyear", "by mid-year 1999"
    "unit_long": rf"{UNIT}-?long",  # "day-long", "a daylong meeting"
    "quarter": rf"(?:the\s+)?(?:(?:this|last|next)\s+year's\s+)?"
               rf"(?:(?:fiscal|calendar|current|latest|recent|year-ago|year-earlier|year's)\s+)*"
               rf"(?:first|second|third|fourth|1st|2nd|3rd|4th|last|final)[\s-]+(?:fiscal[\s-]+)?(?:quarter|half"
               r"|two\s+quarters(?=\s+of\s))"
               rf"(?:(?:\s+of|,)?\s+(?:fiscal\s+)?(?:{YEAR4}|(?:this|last|next)\s+year)|\s+of\s+the\s+year)?"
               # "the second half of the season", "of his term": half of something else
               r"(?!\s+of\s+(?:(?:the|his|her|its|their|this|that|a|an)\s+(?!year\b|fiscal\b)[a-z]"
               r"|(?-i:(?!Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[A-Z][a-z]+)))",
    "quarter_abbr": r"(?-i:Q[1-4]|H[12])(?:[\s-]?(?:FY)?(?:19|20)\d\d)?|(?:19|20)\d\d[\s-](?-i:Q[1-4]|H[12])"
                    r"|(?-i:FY)\s?(?:19|20)?\d\d",
    "period": r"(?:the\s+)?(?:(?:year-ago|year-earlier|comparable|latest|current|recent|most\s+recent|just-ended)"
              r"\s+)+(?:fiscal\s+)?(?:quarter|period)|the\s+quarter",
    "bare_period": r"the\s+(?:fiscal\s+|financial\s+|calendar\s+|full\s+)?(?:year|week|weekend|month)"
                   r"|(?<=\bof\s)(?:its|their)\s+(?:fiscal|financial)\s+year"  # "the end of its fiscal year"
                   r"|(?<=\bof\s)the\s+(?:decade|century)(?!\s+(?:before|after|since|that|in|of)\b)",
    "ref_day": r"(?:the\s+)?(?:next|following|previous|preceding|same)\s+(?:day|morning|afternoon|evening|night)"
               r"|that\s+(?:day"
               r"|week|month|year|morning|night|afternoon|evening)",
    "day_of_month": r"the\s+[0-3]?\d(?:st|nd|rd|th)(?!\s+(?:of\s+)?[a-z])",
    # A day and a clock reading joined on one line: "Sunday\n13:10 GMT" is a headline's day and a blog entry's time.
    # "next Tuesday at 8pm" is one expression: the clock of the week ahead's Tuesday
    "clock": rf"(?:{_REL_DAY_WORD},?{_SP}(?:at{_SP})?)?(?:{CLOCK})"
             rf"{_CLOCK_TAIL}",
    "part_of_day": rf"(?:{DAY_WORD}|this|last|that|early|late)\s+{PART}|{PART}\s+(?:(?:of|on)\s+)?{DAY_WORD}"
                   rf"|overnight\s+into\s+{DAY_WORD}(?:\s+morning)?"
                   rf"|(?:the\s+)?(?:early|small|wee)\s+(?:morning\s+)?hours\s+of\s+(?:the\s+morning|{DAY_WORD}(?:\s+morning)?)",
    "wire_clock": rf"(?:(?:[01]\d|2[0-3])[0-5]\d(?:\s*(?:hours|hrs|GMT|UTC)\b|Z\b|{ZONE[:-1]})|{_AFTER_AT}0\d[0-5]\d"
                  rf"|{_AFTER_AT}(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+(?:today|tonight|this[ \t]))"
                  rf"(?:\s*(?:hours|hrs)\b)?)(?:,?{_SP}(?:on{_SP})?{DAY_WORD})?",
    # "The ceasefire began at 2000 on Tuesday": a four-digit clock before its weekday (but "closed at 2000": a price)
    "wire_clock_on": rf"{_AFTER_AT}(?:[01]\d|2[0-3])[0-5]\d{_SP}on{_SP}{WEEKDAY_RE}",
    # "The rally starts at 18.00": a European clock, after a word that takes a time (not "closed at 18.50")
    "dotted_clock": r"(?<=\bat\s)(?:[01]\d|2[0-3])\.[0-5]\d(?:\s*(?:hours|hrs)\b)?"
                    r"(?=\s*(?:[.,;:)](?!\d)|$)|\s+(?:on|and|local|hours|hrs|today|tonight|tomorrow|this|next|sharp|CET|CEST"
                    r"|GMT|UTC|BST|EET|WET)\b)",
    "noon": rf"(?:{_REL_DAY_WORD},?{_SP}(?:at{_SP})?)?(?:noon|midday|midnight)(?:,?{_SP}(?:on{_SP})?{DAY_WORD})?",
    "sets": rf"(?:every|each|per)\s+(?:other\s+)?(?:{NUM}(?:[\s-]+and[\s-]+a[\s-]+half)?\s+|few\s+|couple\s+of\s+)?"
            rf"(?:{UNIT}|{WEEKDAY_RE}(?:\s+{PART}|,?\s+at\s+(?:{CLOCK}|noon|midday|midnight))?"
            rf"|{MONTH_FULL}(?:\s+[0-3]?\d(?:st|nd|rd|th|(?=\s*[,.;:]|$|\s+(?:since|until|and|at|in|for)\b)))?"
            rf"|{PART}|{SEASON_RE}|weekday)"
            r"|daily|weekly|monthly|yearly|annually|hourly|nightly|biweekly|semiannually"
            rf"|{MONTH_ANY}\s+[0-3]?\d(?:st|nd|rd|th)?,?\s+(?:each|every)\s+year",
    "rate": r"(?:an?|per)\s+(?:hour|day|week|month|quarter|year)",
    "weekday_plural": r"(?-i:(?:(?<=\bon\s)|(?<=\bat\s))(?:weekdays|weekends)|Mondays|Tuesdays|Wednesdays|Thursdays"
                      r"|Fridays|Saturdays|Sundays"
                      r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\s+(?:mornings|afternoons|evenings|nights))",
    "then": r"then",
    "the_part": r"the\s+(?:morning|afternoon|evening|night)(?!\s+(?:of|after|before)\b)",
    # "in morning trading", "ended the morning session": the part of the day a market or a shift is in.
    # "2305 Heads of state are still locked in talks" opening a line (kept only where the text says "All times GMT")
    "entry_clock": r"(?m:^)(?:[01]\d|2[0-3])[0-5]\d(?=[ \t]+(?:[-\u2013\u2014][ \t]+)?[A-Z\"“])",
    # "since dawn", "by nightfall": the day's turning points after a preposition of time
    "day_turn": r"(?:dawn|daybreak|sunrise|dusk|sunset|nightfall|mid-?afternoon|mid-?morning)",
    # "brought out by evening": a part of the day alone, after a preposition of time
    "bare_part": r"(?:morning|afternoon|evening)(?!\s+(?:of|session|trade|trading|rush|shift|paper|news)\b)",
    "part_of_session": r"(?:morning|afternoon|evening)(?=\s+(?:session|trade|trading|deals|dealings|rush|commute"
                       r"|shift|prayers?|briefing)\b)",
    "hour_of_part": r"(?:1[0-2]|0?[1-9])(?::\d\d)?\s+in\s+the\s+(?:morning|afternoon|evening|night)",
    "months_quarter": rf"(?:the\s+)?{MONTH_ANY}\s*[-\u2013]\s*{MONTH_ANY}\s+(?:quarter|period)"
                      r"|the\s+(?-i:March|June|September|December)\s+quarter"  # the quarter ending in March
                      r"|the\s+holiday(?:s|-season)?\s+quarter",
    "turn_of": r"the\s+turn\s+of\s+the\s+(?:century|millennium)",
    # "in April-May next year": the second month of a pair, written straight after a dash
    "month_after_dash": rf"{MONTH_FULL}(?:\s+(?:of\s+)?(?:{YEAR4}|(?:this|last|next)\s+year))?",
    "unit_beside": r"the\s+(?:day|week|month|year)\s+(?:before|after)(?=\s*(?:[,.;:)]|$))"
                   r"|the\s+(?:night|evening|morning)\s+before(?=\s*(?:[,.;:)]|$|\s+(?:the|his|her|their|its)\s))",
} | unit_forms.BODIES | period_edges.BODIES | unstated_periods.BODIES | hijri_days.BODIES | broadcast.BODIES


@dataclass(frozen=True, slots=True)
class Candidate:
    """A stretch of text that may be a temporal expression."""

    start: int
    end: int
    kind: str


_QUANTITY_KINDS = frozenset({"duration", "ago", "vague_units", "rel_duration", "another_span"})
# "Earlier Friday", "later today": TimeML leaves the relative adverb out of day-sized expressions.
_DAY_KINDS = frozenset({"weekday", "deictic", "part_of_day", "clock", "noon", "wire_clock", "wire_clock_on",
                        "dotted_clock", "spoken_clock"})
_EARLIER_LATER = r"|" + _NOT_COMPARED + r"(?:earlier|later)\s+(?:in\s+|on\s+)?"
_UNMODIFIED_KINDS = frozenset({"vague", "sets", "rate", "bare_season", "weekday_plural", "for_units", "bare_units",
                               "long_units_of",
                               "units_apart", "day_of_month", "then", "the_part", "part_of_session", "day_turn",
                               "bare_part",
                               "spoken_clock_at", "short_year", "apostrophe_year", "joined_units"})


def _compile(kind: str, body: str) -> re.Pattern[str]:
    if kind in _QUANTITY_KINDS:
        prefix = PRE_QUANTITY + PRE_POINT
    elif kind in _UNMODIFIED_KINDS or kind == "month_after_dash":
        prefix = ""
    elif kind in _DAY_KINDS:
        prefix = PRE_POINT.replace(_EARLIER_LATER, "")
    else:
        prefix = PRE_POINT
    start = r"(?<=[-\u2013])" if kind == "month_after_dash" else _START
    return re.compile(f"{start}(?i:{prefix}(?:{body})){_END}")


PATTERNS: dict[str, re.Pattern[str]] = {kind: _compile(kind, body) for kind, body in _BODIES.items()}


TIMES_GIVEN_ONCE = re.compile(r"\b(?:all\s+)?times\s+(?:are\s+|in\s+)?(?:GMT|UTC|BST|CET|EST|EDT|ET|local|IST)\b",
                              re.I)
# "WEDNESDAY, JANUARY 14\n1000 - Euro zone ...": a diary's clock opening the next line, not the date's year
_LINE_CLOCK_AT_END = re.compile(r"\s*\n[ \t]*(?:[01]\d|2[0-3])[0-5]\d$")
_DIARY_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]")


def _before_a_line_clock(text: str, candidate: Candidate) -> Candidate:
    """``candidate`` without the diary clock that opens the next line."""
    cut = _LINE_CLOCK_AT_END.search(text, candidate.start, candidate.end)
    if cut is None or _DIARY_DASH.match(text, candidate.end) is None:
        return candidate
    return Candidate(candidate.start, cut.start(), candidate.kind) if cut.start() > candidate.start else candidate


def find_candidates(text: str) -> list[Candidate]:
    """Longest non-overlapping candidates, in text order."""
    found = [_before_a_line_clock(text, Candidate(m.start(), m.end(), kind)) for kind, pattern in PATTERNS.items()
             for m in pattern.finditer(text) if m.end() > m.start() and cue_ok(kind, text, m.start())
             and (kind != "split_year" or is_split_year(m.group()))]
    chosen: list[Candidate] = []  # kept sorted by start; they never overlap, so neighbours tell
    # Among equally long candidates, one confirmed by its cue word wins ("twice [a year]" is a rate).
    # A diary's "1330 - U.S. consumer prices" is its clock, not a year, where the text gives its times once.
    line_clocks = TIMES_GIVEN_ONCE.search(text) is not None
    for candidate in sorted(found, key=lambda c: (c.start - c.end, c.kind not in PRECEDED_BY,
                                                  not (line_clocks and c.kind == "entry_clock"))):
        index = bisect_left(chosen, candidate.start, key=lambda c: c.start)
        if index > 0 and chosen[index - 1].end > candidate.start:
            continue
        if index < len(chosen) and chosen[index].start < candidate.end:
            continue
        chosen.insert(index, candidate)
    return chosen
