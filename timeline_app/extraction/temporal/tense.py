"""Which way a relative date points (past or future) from the tense of its governing verb.

"met ... in October" (DCT March 2022) is October 2021, "will meet in October"
is October 2022. With a parse the governing verb is found through the
dependency tree; without one (blank pipeline) nearby words decide.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from timeline_app.extraction.temporal.resolve import FUTURE, PAST, UNKNOWN

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo", "going"})
_MODALS = frozenset({"could", "might", "may", "would", "should", "must", "can", "ca"})
_PERFECT = frozenset({"has", "have", "had", "'ve", "'d"})
_PLAN_VERBS = frozenset({"expect", "schedule", "plan", "due", "set", "hope", "intend", "aim", "prepare", "vow",
                         "promise", "threaten", "agree", "seek", "want", "propose", "decide", "slate", "poise"})
_PAST_CUES = re.compile(r"\b(?:since|ago|was|were|had|did|said|met|last)\b", re.I)
_FUTURE_CUES = re.compile(r"\b(?:will|shall|'ll|going to|next|scheduled|expected to|plans? to|due to|upcoming)\b",
                          re.I)


def governing_token(doc: Doc, start: int, end: int) -> Token | None:
    """The verb an expression at characters ``start:end`` depends on (None without a parse)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0 or not doc.has_annotation("DEP"):
        return None
    token = span.root
    for _ in range(8):
        if token.pos_ in ("VERB", "AUX") and token.i not in range(span.start, span.end):
            return token
        if token.head is token:
            return token if token.pos_ in ("VERB", "AUX") else None
        token = token.head
    return None


def _aux_words(verb: Token) -> set[str]:
    return {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}


def _verb_direction(verb: Token, depth: int = 0) -> int:
    """Tense and aspect of ``verb``: will/modals point forward, past and perfect backward."""
    aux = _aux_words(verb)
    if aux & _FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.head.children)):
        return FUTURE
    if aux & _PERFECT or verb.tag_ == "VBD":
        return PAST
    if aux & _MODALS:
        return FUTURE
    if verb.tag_ == "VBN" and aux & {"was", "were"}:
        return PAST
    if verb.tag_ == "VB" and any(c.lower_ == "to" for c in verb.children) and verb.head is not verb and depth < 3:
        head = verb.head
        if head.lemma_ in _PLAN_VERBS or head.lemma_ == "be":
            return PAST if _aux_words(head) & {"had"} else FUTURE
        return _verb_direction(head, depth + 1)
    if verb.tag_ == "VBG" and aux & {"was", "were"}:
        return PAST
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VBN") and verb.lemma_ in _PLAN_VERBS:
        return FUTURE
    return UNKNOWN


def direction_of(doc: Doc, start: int, end: int) -> int:
    """PAST, FUTURE or UNKNOWN for the expression at ``start:end`` in ``doc``."""
    before = doc.text[max(0, start - 16):start].lower()
    if re.search(r"\bsince\s+$", before):
        return PAST
    verb = governing_token(doc, start, end)
    if re.search(r"\b(?:until|till|as (?:early|soon|late) as)\s+$", before):
        return PAST if verb is not None and "had" in _aux_words(verb) else FUTURE
    if verb is not None:
        if verb.lemma_ in _PLAN_VERBS and verb.tag_ in ("VBD", "VBN"):
            return UNKNOWN
        return _verb_direction(verb)
    return _lexical_direction(doc, start, end)


def _sentence(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not doc.has_annotation("SENT_START"):
        return None
    return span.sent


def _lexical_direction(doc: Doc, start: int, end: int) -> int:
    """Without a parse: cue words in the sentence (future words win, as they are rarer)."""
    sent = _sentence(doc, start, end)
    text = sent.text if sent is not None else doc.text[max(0, start - 120):end + 60]
    if _FUTURE_CUES.search(text):
        return FUTURE
    if _PAST_CUES.search(text) or re.search(r"\b\w+ed\b", text):
        return PAST
    return UNKNOWN
