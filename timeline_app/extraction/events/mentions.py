"""Event mentions: one per trigger, with its arguments, factuality, time and title."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from timeline_app.core.merge import INFERRED_SLACK_DAYS
from timeline_app.core.model import Factuality, TemporalExpression
from timeline_app.extraction.events.arguments import Arguments, find_arguments
from timeline_app.extraction.events.factuality import factuality_of
from timeline_app.extraction.events.lexicon import STATEMENT
from timeline_app.extraction.events.names import NameBook
from timeline_app.extraction.events.parse import content_bounds, is_narrative
from timeline_app.extraction.events.places import article_place, recent
from timeline_app.extraction.events.rule_only import rule_title
from timeline_app.extraction.events.timing import (
    Reference,
    TimeSource,
    Timing,
    describes,
    describes_participant,
    governor,
    inferred,
    is_dated,
    is_dateline,
    range_span,
    span_of,
)
from timeline_app.extraction.events.titles import make_title
from timeline_app.extraction.events.triggers import Trigger, find_triggers
from timeline_app.extraction.temporal import is_entry

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from timeline_app.core.calendar import Day
    from timeline_app.core.timespan import TimeSpan

_RECIPROCAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "FIGHT"})
# Events that happen somewhere (a statement or a threat is made wherever its speaker is).
_PLACED = frozenset({"CONSULT", "COOPERATE", "AGREE", "PROTEST", "MOBILIZE", "COERCE", "ASSAULT", "FIGHT",
                     "CRIME", "INVESTIGATE", "AID", "RETREAT"})
_REPORTED = frozenset({"ccomp", "parataxis"})
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
_HEADLINE_WITHIN = 300
_STORY_SENTENCES = 2
_SIMULTANEOUS = frozenset({"while", "as", "when", "during"})
_RELAYING_NOUNS = frozenset({"report", "claim", "allegation", "rumor", "rumour", "speculation", "suggestion",
                             "accusation", "assertion", "belief", "fear", "hope", "sign"})


@dataclass
class Mention:
    """One report of an event in one sentence."""

    trigger: Trigger
    args: Arguments
    factuality: Factuality
    timing: Timing
    sentence: tuple[int, int]
    paragraph: int
    main: bool
    embedded: tuple[int, ...]
    title: str
    headline: bool = False
    parsed: bool = True
    relayed: bool = False

    @property
    def category(self) -> str:
        return self.trigger.category

    @property
    def token(self) -> Token:
        return self.trigger.token


def is_main(token: Token) -> bool:
    """In the sentence's main clause, or the main report of an attribution ("X met Y, officials said")."""
    for _ in range(6):
        if token.dep_ == "ROOT":
            return True
        if token.dep_ == "conj" or (token.dep_ in _REPORTED and token.head.dep_ == "ROOT"):
            token = token.head
            continue
        return False
    return False


def is_relayed(token: Token) -> bool:
    """Inside what others claim: "reports that Russia has asked", "allegations that ..."."""
    return any(ancestor.pos_ == "NOUN" and ancestor.lemma_.lower() in _RELAYING_NOUNS for ancestor in token.ancestors)


def _embedded(trigger: Trigger, all_triggers: dict[int, Trigger]) -> tuple[int, ...]:
    """Triggers reported by a statement ("X met Y, officials said"): if one of them makes an
    event, the statement only frames it."""
    if trigger.category != STATEMENT:
        return ()
    return tuple(t.i for child in trigger.token.children if child.dep_ in _REPORTED
                 for t in child.subtree if t.i in all_triggers and all_triggers[t.i].category != STATEMENT)


@dataclass
class _Timer:
    """Governed expressions per trigger, all dated expressions per sentence, reference time per paragraph."""

    text: str
    dct: Day | None
    expressions: list[TemporalExpression]
    governed: dict[int, TemporalExpression]
    starts: list[int] = field(init=False)  # of ``expressions``, sorted, for finding neighbours by bisection

    def __post_init__(self) -> None:
        self.expressions = sorted(self.expressions, key=lambda e: e.start)
        self.starts = [e.start for e in self.expressions]

    @classmethod
    def of(cls, doc: Doc, dct: Day | None, expressions: list[TemporalExpression],
           triggers: dict[int, Trigger], absorbed: dict[int, int]) -> _Timer:
        text = doc.text  # built anew on each access: once, not once per expression
        dated = [e for e in expressions if is_dated(e) and not is_dateline(text, e, dct)]
        governed: dict[int, TemporalExpression] = {}
        if doc.has_annotation("DEP"):
            heads = set(triggers) | set(absorbed)
            dated = [e for e in dated if not describes_participant(doc, e, heads)]
            for expr in dated:
                head = governor(doc, expr, heads)
                if head is not None:
                    key = absorbed.get(head.i, head.i)
                    if key not in governed or _better(expr, governed[key], head.idx):
                        governed[key] = expr  # the most specific time the trigger governs, the nearest
        return cls(text, dct, dated, governed)

    def timing(self, token: Token, sentence: tuple[int, int], reference: Reference) -> Timing:
        expr = self.governed.get(token.i)
        if expr is None and token.pos_ == "NOUN" and token.dep_ in _ARGUMENT_DEPS:
            # "The earthquake struck on Tuesday": the event noun is dated by its verb.
            expr = self.governed.get(token.head.i)
        if expr is None and token.dep_ == "conj" and token.pos_ == "VERB":
            # "took two guards hostage on Monday and escaped": conjoined actions share the date.
            expr = self.governed.get(token.head.i)
        if expr is None:
            expr = self._simultaneous(token) or self._when_of_date(token)
        if expr is not None:
            return Timing(self._span(expr), TimeSource.GOVERNED, expr)
        entry = self._entry_date(token.idx)
        if entry is not None:
            return Timing(self._span(entry), TimeSource.GOVERNED, entry)
        taken = {id(e) for e in self.governed.values()}
        free = [e for e in self.expressions if sentence[0] <= e.start < sentence[1] and id(e) not in taken]
        if free:
            return Timing(self._span(free[0]), TimeSource.SENTENCE, free[0])
        report = self._report_of_past(token)
        if report is not None:
            return inferred(report, self.dct)
        return inferred(reference.for_verb(token), self.dct)

    def _entry_date(self, position: int) -> TemporalExpression | None:
        """"2 April: Ukrainian troops retake towns": a chronology entry's date dates its line."""
        line_start = self.text.rfind("\n", 0, position) + 1
        index = bisect_left(self.starts, line_start)
        if index < len(self.expressions) and self.expressions[index].start < position and is_entry(
                self.text, self.expressions[index]):
            return self.expressions[index]
        return None

    def _span(self, expr: TemporalExpression) -> TimeSpan | None:
        index = bisect_left(self.starts, expr.start)
        neighbours = self.expressions[max(0, index - 1):index + 2]
        return range_span(self.text, expr, neighbours) or span_of(self.text, expr)

    def _report_of_past(self, token: Token) -> TimeSpan | None:
        """"said on Sunday that he had won": a past told in a dated report happened by the report's day."""
        if token.dep_ != "ccomp" or token.head.i not in self.governed:
            return None
        if token.tag_ != "VBD" and not any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children):
            return None
        return self.governed[token.head.i].span

    def _simultaneous(self, token: Token) -> TemporalExpression | None:
        """The date of a clause at the same time: "fell while climbing to the hut on Saturday"."""
        for child in token.children:
            if child.dep_ == "advcl" and child.i in self.governed and _at_same_time(child):
                return self.governed[child.i]
        return None

    def _when_of_date(self, token: Token) -> TemporalExpression | None:
        """"won the Cup in 1986, when Maradona captained the side": a clause on a date happened then."""
        if token.dep_ != "relcl":
            return None
        head = token.head.idx
        index = bisect_right(self.starts, head) - 1
        return self.expressions[index] if index >= 0 and head < self.expressions[index].end else None

    def reference_before(self, start: int, paragraph_start: int) -> TimeSpan | None:
        """The last day (or finer) the paragraph named: a year or a month named in passing ("since
        2004") is background, not the time the story has reached."""
        earlier = [e for e in self.expressions if paragraph_start <= e.start < start and e.span is not None
                   and e.span.days <= 1]
        return earlier[-1].span if earlier else None

    def story_day_after(self, start: int, end: int) -> TimeSpan | None:
        """Before the paragraph names a day, the news is the day named next (in the lede's sentence or
        the ones after it, up to ``end``) when that day is of the week before the article: "A climber
        has fallen to his death. Buckley fell on Saturday." Later or older days are no news."""
        if self.dct is None:
            return None
        later = [e.span for e in self.expressions if start <= e.start < end and e.span is not None
                 and e.span.days <= 1]
        if not later:
            return None
        day = later[0]
        return day if self.dct.plus_days(-INFERRED_SLACK_DAYS) <= day.start and day.end <= self.dct else None


def _at_same_time(clause: Token) -> bool:
    marks = {c.lower_ for c in clause.children if c.dep_ in ("mark", "advmod")}
    return bool(marks & _SIMULTANEOUS) or (not marks and clause.tag_ == "VBG")


def _better(expr: TemporalExpression, than: TemporalExpression, at: int) -> bool:
    """Narrower wins; of two as narrow, the one nearer the trigger ("April 30 ... A jury on Tuesday convicted")."""
    if expr.span is None or than.span is None:
        return False
    if expr.span.days != than.span.days:
        return expr.span.days < than.span.days
    return abs(expr.start - at) < abs(than.start - at)


@dataclass
class _Context:
    """What every mention of one document needs, computed once (spaCy rebuilds sentences,
    entities and the text on every access)."""

    text: str
    book: NameBook
    ents: list[Span]
    persons: list[tuple[int, str]]
    sentence_starts: list[int]
    triggers: dict[int, Trigger]
    timer: _Timer
    parsed: bool
    place: str | None = None

    def previous_sentence_start(self, token: Token) -> int:
        index = bisect_right(self.sentence_starts, token.idx) - 1
        return self.sentence_starts[max(0, index - 1)]


def _paragraph_starts(text: str, sentences: list[Span]) -> list[int]:
    starts = [0]
    for sentence in sentences:
        first = sentence.start_char
        if first and "\n" in text[max(0, first - 2):first + 1]:
            starts.append(first)
    return starts


def _absorbed_nouns(doc: Doc, triggers: dict[int, Trigger]) -> dict[int, int]:
    """Event nouns that belong to a verb trigger's event: their dates go to the verb."""
    absorbed: dict[int, int] = {}
    for trigger in triggers.values():
        if trigger.noun is not None:
            absorbed[trigger.noun.i] = trigger.token.i
    for token in doc:
        if token.pos_ == "NOUN" and token.i not in triggers and token.i not in absorbed:
            head = token.head
            for _ in range(4):
                if head.i in triggers and not triggers[head.i].is_noun:
                    absorbed[token.i] = head.i
                    break
                if head.pos_ in ("VERB", "AUX") or head.head.i == head.i or describes(head):
                    break
                head = head.head
    return absorbed


def build_mentions(doc: Doc, expressions: list[TemporalExpression], dct: Day | None,
                   title: str = "") -> list[Mention]:
    """Every event mention of ``doc`` (before choosing what goes on a timeline)."""
    text, all_sentences, ents = doc.text, list(doc.sents), list(doc.ents)
    tagged = doc.has_annotation("TAG")
    headline = title.strip()
    headline_span = _headline_span(text, headline)
    sentences = [s for s in all_sentences if _inside(s, headline_span) or is_narrative(s, title, tagged)]
    parsed = doc.has_annotation("DEP")
    triggers = {t.token.i: t for s in sentences for t in find_triggers(s, parsed)}
    book = NameBook.of(ents)
    context = _Context(
        text, book, ents, [(e.start_char, book.person(e.text)) for e in ents if e.label_ == "PERSON"],
        [s.start_char for s in all_sentences], triggers,
        _Timer.of(doc, dct, expressions, triggers, _absorbed_nouns(doc, triggers)), parsed,
    )
    context.place = article_place(text, ents, headline)
    paragraphs = _paragraph_starts(text, all_sentences)
    mentions: list[Mention] = []
    for sentence in sentences:
        is_headline = _inside(sentence, headline_span)
        bounds = headline_span if headline_span and is_headline else content_bounds(sentence)
        paragraph = bisect_right(paragraphs, bounds[0]) - 1
        before = context.timer.reference_before(bounds[0], paragraphs[paragraph])
        after = None if before else context.timer.story_day_after(
            bounds[0], _start_after(context.sentence_starts, bounds[0]))
        reference = Reference(before, after)
        for i in range(sentence.start, sentence.end):
            if i in triggers:
                mention = _mention(triggers[i], context, bounds, paragraph, reference)
                mention.headline = is_headline
                mentions.append(mention)
    return mentions


def _mention(trigger: Trigger, context: _Context, bounds: tuple[int, int], paragraph: int,
             reference: Reference) -> Mention:
    token = trigger.token
    timing = context.timer.timing(token, bounds, reference)
    if not context.parsed:
        # No dependency tree to walk (and a retokenised blank Doc has no consistent one).
        return Mention(trigger, Arguments(), Factuality.ASSERTED, timing, bounds, paragraph, main=True,
                       embedded=(), title=rule_title(context.text[bounds[0]:bounds[1]]), parsed=False)
    first = context.previous_sentence_start(token)
    window = [p for p in context.persons if p[0] >= first]
    args = find_arguments(token, context.book, window, trigger.category in _RECIPROCAL, context.ents)
    if (args.location is None and context.place and trigger.category in _PLACED
            and recent(timing.span, context.timer.dct)):
        args.location = context.place  # "have met" in an article datelined ROME
    factuality = factuality_of(token)
    return Mention(
        trigger=trigger,
        args=args,
        factuality=factuality,
        timing=timing,
        sentence=bounds,
        paragraph=paragraph,
        main=is_main(token),
        embedded=_embedded(trigger, context.triggers),
        title=make_title(trigger, args, context.book, factuality),
        relayed=is_relayed(token),
    )


def _start_after(starts: list[int], at: int, sentences: int = _STORY_SENTENCES) -> int:
    """Where the sentence ``sentences`` after the one at ``at`` starts (the text's end: a large number)."""
    index = bisect_right(starts, at) + sentences - 1
    return starts[index] if index < len(starts) else 1 << 62


def _headline_span(text: str, headline: str) -> tuple[int, int] | None:
    """Where the headline stands at the top of the text, if it does."""
    start = text.find(headline) if headline else -1
    return (start, start + len(headline)) if 0 <= start <= _HEADLINE_WITHIN else None


def _inside(sentence: Span, span: tuple[int, int] | None) -> bool:
    """Whether a sentence is (a part of) the headline: the parser may split a headline in two."""
    first, last = content_bounds(sentence)
    return span is not None and first < last and span[0] <= first and last <= span[1]
