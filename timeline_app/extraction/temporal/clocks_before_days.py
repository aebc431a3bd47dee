"""A bare clock reading dated by the day its clause names next: "Polls open at 7 a.m. (0500 GMT) on Sunday"."""

from __future__ import annotations

import re

from timeline_app.core.model import TemporalExpression, TimexType
from timeline_app.core.timespan import Granularity
from timeline_app.extraction.temporal.clause_tense import past_then_ahead
from timeline_app.extraction.temporal.clock_days import midnight_opening, names_a_day
from timeline_app.extraction.temporal.lexicon import ZONE_NAMES_RE
from timeline_app.extraction.temporal.redate import redated
from timeline_app.extraction.temporal.resolve import TIME_ON_DAY
from timeline_app.extraction.temporal.story_clocks import is_live_entry
from timeline_app.extraction.temporal.tense import DocView, governing_token, same_clause

# A clock reading and nothing else: "7 a.m.", "0500 GMT", "3:20 p.m. local time".
_BARE_CLOCK = re.compile(r"(?i:about\s+|around\s+|approximately\s+)?[\d:. ]+\s*(?i:[ap]\.?\s?m\.?|hours|hrs)?"
                         rf"(?:\s+(?:{ZONE_NAMES_RE}|local time|[A-Z][a-z]+ Time))?"
                         r"|(?i:dawn|daybreak|sunrise|dusk|sunset|nightfall)"
                         rf"|(?i:noon|midday|midnight)(?:\s+(?:{ZONE_NAMES_RE}))?")
_UNTIL_DAY = re.compile(r"\b(?:until|till|through)\s+(?:at\s+least\s+)?$", re.I)
# "- Polls closed at 10:00 pm (2100 GMT) Thursday": a bullet's day at the end of its line, which the parser may
# have cut off into a sentence of its own
_ENDS_LINE = re.compile(r"[ \t]*(?:\n|$)")
_COMPARED_BETWEEN = re.compile(r"\b(?:from|than|since|compared|versus|vs)\b", re.I)


def with_clocks_dated_by_the_day_after(expressions: list[TemporalExpression],
                                       view: DocView) -> list[TemporalExpression]:
    """"Polls open at 7 a.m. (0500 GMT) on Sunday", "dropped bombs at 3:20 p.m. in the region Thursday":
    a bare clock reading is on the day its clause names next, not on the day named before."""
    text = view.text
    dated = list(expressions)
    for index, expr in enumerate(dated):
        if expr.type is not TimexType.TIME or not _BARE_CLOCK.fullmatch(expr.text) or is_live_entry(
                text, expr.start, expr.end):
            continue
        previous_end = expr.end  # other clocks on the way share the day: "at 2:00 p.m. PT (5:00 p.m. ET) on"
        for later in dated[index + 1:index + 6]:
            between, gap = text[expr.end:later.start], text[previous_end:later.start]
            if len(gap) > 40 or len(between) > 90 or re.search(
                    r"[;!?]|\n|\.\s+[A-Z]|,\s+(?:and|but|while|whereas|with)\b", gap):
                break
            if _COMPARED_BETWEEN.search(gap):
                break  # "at 105.80 at 0230 GMT, down from 104.90 late on Thursday": the day of the comparison
            if not (same_clause(view, expr.start, expr.end, later.start, later.end, conjoined=True) or _ENDS_LINE.match(
                    text, later.end)) or past_then_ahead(
                    governing_token(view, expr.start, expr.end), governing_token(view, later.start, later.end)):
                break
            previous_end = later.end
            if later.span is not None and later.span.granularity is Granularity.DAY and (
                    later.type is TimexType.DATE or (TIME_ON_DAY.match(later.value) and names_a_day(later.text))):
                if between.count("(") > between.count(")") or _ends_a_later_span(text, expr, later):
                    # "at 8 p.m. EST (0100 GMT on Thursday)": the other zone's day, not the clock's; "a curfew from
                    # 9pm to 6am will remain in place until Monday": the day the curfews end, not their day
                    break
                day = later.value if later.type is TimexType.DATE else later.value[:later.value.index("T")]
                value = day + midnight_opening(expr.value[expr.value.index("T"):], text, expr.end, later.text)
                dated[index] = redated(expr, value, later.span.anchor)
                break
    return dated


_RANGE_END = re.compile(r"\s*(?:until|till|through|to|-|\u2013)\s*", re.I)


def _ends_a_later_span(text: str, clock: TemporalExpression, later: TemporalExpression) -> bool:
    """"will remain in place until Monday", "will close at 2 p.m. and not reopen until Monday evening": the day
    something lasts until, not the clock's (but "from 9pm until 6am Monday" ends the clock's own range)."""
    if _UNTIL_DAY.search(text, clock.end, later.start) is None:
        return False
    return later.type is TimexType.DATE or _RANGE_END.fullmatch(text, clock.end, later.start) is None
