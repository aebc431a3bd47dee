"""Finding triggers: verbs and event nouns that report something happening, with their category."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeline_app.extraction.events.categories import (
    by_actor,
    compound_category,
    intended,
    object_category,
    purpose_category,
)
from timeline_app.extraction.events.lexicon import (
    GENERIC,
    NON_EVENT_VERBS,
    PHRASAL,
    STATEMENT,
    SUPPORT_VERBS,
    verb_category,
    verb_lemma,
)
from timeline_app.extraction.events.rule_only import word_category

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_CLAUSE_DEPS = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl", "xcomp", "acl", "pcomp", "parataxis"})
_OBLIGATION = frozenset({"must", "should", "ought"})
_CONTRACTION_PIECES = frozenset({"s", "re", "ve", "ll", "d", "m", "t"})


@dataclass(frozen=True)
class Trigger:
    """A word that names an event; ``noun`` is the event noun a support verb takes ("held talks")."""

    token: Token
    category: str
    noun: Token | None = None

    @property
    def is_noun(self) -> bool:
        return self.token.pos_ in ("NOUN", "PROPN")


def _object_noun(verb: Token) -> Token | None:
    for child in verb.children:
        # The small model sometimes tags the object as an adjective ("made [landfall]").
        if child.dep_ in ("dobj", "attr") and child.pos_ in ("NOUN", "ADJ") and compound_category(child):
            return child
    return None


def _phrasal(verb: Token) -> str | None:
    for child in verb.children:
        if child.dep_ in ("prt", "prep", "dobj") and (verb_lemma(verb), child.lower_) in PHRASAL:
            return PHRASAL[(verb_lemma(verb), child.lower_)]
    return None


def _statement_intent(statement: Token) -> str | None:
    """What a statement amounts to when it reports an intention or obligation ("said it would
    impose sanctions" threatens, "said they must withdraw" demands)."""
    for clause in statement.children:
        if clause.dep_ not in ("ccomp", "xcomp") or clause.pos_ not in ("VERB", "AUX"):
            continue
        aux = {c.lower_ for c in clause.children if c.dep_ == "aux"}
        if aux & _OBLIGATION:
            return "DEMAND"
        category = _base_category(clause)
        if category and category not in (STATEMENT, GENERIC):
            refined = intended(clause, category)
            if refined != category or refined in ("AGREE", "THREATEN", "REJECT", "DEMAND"):
                return refined
    return None


def _base_category(verb: Token) -> str | None:
    phrasal = _phrasal(verb)
    if phrasal:
        return phrasal
    for child in verb.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ == "NOUN":
            found = object_category(verb, child)
            if found:
                return found
    return verb_category(verb_lemma(verb))


_PERIODS = frozenset({"quarter", "year", "period", "month", "week", "half"})
_ROLES = frozenset({
    "president", "queen", "king", "monarch", "emperor", "pope", "leader", "minister", "chancellor", "premier",
    "mayor", "governor", "senator", "chairman", "chairwoman", "chair", "chief", "ceo", "head", "director",
    "secretary", "speaker", "champion", "member", "citizen", "candidate", "nominee", "commander", "general",
    "coach", "captain", "ambassador", "judge", "justice", "bishop", "archbishop", "sultan", "emir", "prince",
    "princess", "heir", "successor", "republic", "woman", "man", "person",
})


def _takes_a_role(verb: Token) -> bool:
    """"became queen in 1952", "became the first woman to ...", "became a republic": taking an office or a
    status is an event, though "become" is mostly a state ("became clear")."""
    if verb.lemma_.lower() != "become":
        return False
    return any(child.dep_ in ("attr", "acomp", "oprd") and child.pos_ in ("NOUN", "PROPN", "ADJ") and _is_role(child)
               for child in verb.children)


def _is_role(noun: Token) -> bool:
    """"queen", "prime minister", "the first woman to ...": an office or a first, not "an issue"."""
    lemma = noun.lemma_.lower()
    if lemma in ("woman", "man", "person"):
        return any(c.dep_ == "amod" and c.lower_ in ("first", "last", "youngest", "oldest") for c in noun.children)
    return lemma in _ROLES


def _bounds_a_period(verb: Token) -> bool:
    """"the quarter ended Dec. 31", "the year ending in March": a period's bound, not a happening."""
    if verb.lemma_.lower() not in ("end", "begin", "start", "close"):
        return False
    period = verb.head if verb.dep_ in ("acl", "relcl") else next(
        (c for c in verb.children if c.dep_ == "nsubj"), None)
    return period is not None and period.lemma_.lower() in _PERIODS


def verb_trigger(verb: Token) -> Trigger | None:
    """The trigger a verb makes, if any."""
    if verb.pos_ != "VERB" or (verb.dep_ not in _CLAUSE_DEPS and verb.dep_ != "amod"):
        return None
    if _bounds_a_period(verb):
        return None
    if verb.lower_ in _CONTRACTION_PIECES:
        return None  # "it ’ s" split by the text's spacing: the "s" is no happening
    noun = _object_noun(verb) if verb_lemma(verb) in SUPPORT_VERBS and not _phrasal(verb) else None
    if noun is not None:
        return Trigger(verb, intended(verb, compound_category(noun) or GENERIC), noun)
    category = _base_category(verb)
    if category == STATEMENT:
        category = _statement_intent(verb) or category
    if category is None and verb.lemma_.lower() not in NON_EVENT_VERBS and verb.dep_ != "amod":
        category = purpose_category(verb) or GENERIC
    if category is None and _takes_a_role(verb):
        category = GENERIC
    if category is None:
        return None
    return Trigger(verb, by_actor(verb, intended(verb, category)))


def _absorbed(noun: Token, verbs: set[int]) -> bool:
    """An event noun under a verb trigger of its own clause ("met ... for a conversation")."""
    token = noun
    for _ in range(4):
        head = token.head
        if head.i == token.i or token.dep_ in ("nsubj", "nsubjpass"):
            return False
        if head.i in verbs:
            return True
        if head.pos_ in ("VERB", "AUX"):
            return False
        token = head
    return False


def rule_trigger(sentence: Span) -> Trigger | None:
    """Without a parse, one trigger per sentence: its first verb form of the lexicon, else its first event noun."""
    verbs = [(t, c) for t in sentence if (c := word_category(t, verbs_only=True)) is not None]
    nouns = [(t, c) for t in sentence if (c := word_category(t)) is not None]
    chosen = (verbs or nouns)[:1]
    return Trigger(*chosen[0]) if chosen else None


def find_triggers(sentence: Span, parsed: bool = True) -> list[Trigger]:
    """Verb triggers and the event nouns not already covered by one, in text order
    (word forms of the lexicon when there is no parse)."""
    if not parsed:
        first = rule_trigger(sentence)
        return [first] if first is not None else []
    found = [t for v in sentence if (t := verb_trigger(v)) is not None]
    verbs = {t.token.i for t in found}
    taken = {t.noun.i for t in found if t.noun is not None}
    for token in sentence:
        category = compound_category(token) if token.pos_ == "NOUN" else None
        if category and token.i not in taken and not _absorbed(token, verbs):
            found.append(Trigger(token, category))
    return sorted(found, key=lambda t: t.token.i)
