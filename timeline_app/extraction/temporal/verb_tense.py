"""The direction a verb's tense and aspect give a date that hangs on it, walking the parse: "will meet" points
ahead, "met" and "has met" back, "was to meet" either way; an infinitive, a bare participle or a conjunct takes
its tense from the verb it hangs on ("expected to regain strength and hit the coast on Friday")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.temporal import direction_cues as cues
from timeline_app.extraction.temporal.clause_tense import aux_words
from timeline_app.extraction.temporal.object_participles import (
    gerund_owner,
    headline_infinitive,
    predicted_subject_owner,
)
from timeline_app.extraction.temporal.resolve import AFTER_REPORT, FUTURE, NEAREST, PAST, UNKNOWN
from timeline_app.extraction.temporal.schedule_tense import able_to_direction, clause_verb_of_noun
from timeline_app.extraction.temporal.tense_words import (
    AHEAD_ADJECTIVES,
    CONDITION_MARKS,
    DECIDING_VERBS,
    DIRECTIVE_VERBS,
    FORECAST_VERBS,
    FUTURE_AUX,
    MODALS,
    PERFECT,
    PLAN_NOUNS,
    PLAN_VERBS,
    SAME_IN_PAST,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def _negated(verb: Token) -> bool:
    """"could not be reached", "neither he nor she could be located": a past failure, not a plan."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    return any(token.lower_ in ("neither", "nor", "never", "nobody") for left in verb.lefts for token in left.subtree)


def verb_direction(verb: Token, depth: int = 0) -> int:
    """Tense and aspect of ``verb``: will/modals point forward, past and perfect backward."""
    aux = aux_words(verb)
    if aux & FUTURE_AUX or (verb.lower_ == "going" and any(c.lower_ == "to" for c in verb.head.children)):
        return FUTURE
    if _participle_sharing_aux(verb) and depth < 3:
        return verb_direction(verb.head, depth + 1)  # "will be taken down on Sunday and moved back in January"
    if verb.tag_ == "VBD" and verb.lower_ in SAME_IN_PAST and _shares_head_tense(verb) and depth < 3:
        return verb_direction(verb.head, depth + 1)
    if aux & PERFECT or verb.tag_ == "VBD" or "did" in aux:
        return PAST  # "met", "has met", "did not leave"
    if aux & MODALS:
        if "would" in aux and not aux & MODALS - {"would"}:
            return AFTER_REPORT  # "said it would vote on Friday": after the day it was said
        return PAST if "could" in aux and _negated(verb) else FUTURE
    if verb.tag_ == "VBN" and (aux & {"was", "were"} or (not aux and verb.dep_ == "ROOT")):
        return PAST  # "was closed in April"; "The plant opened in April" with "opened" read as a participle
    if _is_infinitive(verb) and verb.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in verb.children):
        return FUTURE  # a headline's "Biden to visit Florida on Sunday"
    if _is_infinitive(verb) and headline_infinitive(verb):
        return FUTURE  # "Starmer to visit Tokyo on Friday", parsed as a name with a relative clause
    if _is_infinitive(verb) and verb.head.i != verb.i and depth < 3:
        return _infinitive_direction(verb, depth)
    if verb.tag_ == "VBG" and aux & {"was", "were"}:
        return PAST
    if verb.tag_ == "VBP" and verb.lower_ in SAME_IN_PAST and verb.dep_ == "advcl" and verb.head.tag_ == "VBD":
        return PAST  # "ordered a curfew after protesters set fires late Sunday": "set" shares the past of its head
    if verb.tag_ in ("VBZ", "VBP", "VBG", "VBN") and is_plan(verb):
        return FUTURE
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not aux_words(verb):
        owner = verb.head.head
        if verb.dep_ == "acl" and owner.lemma_ in ("have", "get") and owner.i != verb.head.i and depth < 3:
            return verb_direction(owner, depth + 1)  # "hopes to have adults vaccinated by August 9"
        if cues.shares_clause_time(verb) and depth < 3:
            return verb_direction(verb.head, depth + 1)  # "will go on sale in March, priced at $399, and ..."
        owner_clause = clause_verb_of_noun(verb) if verb.dep_ == "acl" and depth < 3 else None
        if owner_clause is not None and verb_direction(owner_clause, depth + 1) == FUTURE:
            return NEAREST  # "The surveys released on Friday will be the last": either side of today
        predicted = predicted_subject_owner(verb) if depth < 3 else None
        if predicted is not None and verb_direction(predicted, depth + 1) in (FUTURE, AFTER_REPORT):
            return NEAREST  # "said the decisions taken this weekend would shape the Union"
        return PAST  # "the decision, announced Wednesday": a reduced passive tells what was done
    if _shares_head_tense(verb) and depth < 3:
        return verb_direction(verb.head, depth + 1)
    if _prepositional_participle(verb) and depth < 3:
        head_direction = verb_direction(verb.head.head, depth + 1)
        # "will face each other in a runoff after topping the first round on Sunday": what comes before a plan
        # may already have happened
        return NEAREST if head_direction == FUTURE and verb.head.lower_ == "after" else head_direction
    gerund_clause = gerund_owner(verb) if depth < 3 else None
    if gerund_clause is not None and verb_direction(gerund_clause, depth + 1) == FUTURE:
        return FUTURE  # "will begin the process of adding tariffs on Monday"
    clause_verb = cues.owner_of_reduced_relative(verb)
    return verb_direction(clause_verb, depth + 1) if clause_verb is not None and depth < 3 else UNKNOWN


# Wishes told in the past perfect ("had hoped to"), which are given up, unlike a schedule ("had been due to").
_WISHES = frozenset({"hoped", "wanted", "wished"})  # the model may lemmatise "hoped" as "hop"
# Verbs that end a plan: what the plan was for may have been due before now.
_GIVEN_UP = frozenset({"abandon", "drop", "scrap", "shelve", "suspend", "halt", "cancel", "stall", "derail"})


def _infinitive_direction(verb: Token, depth: int) -> int:
    """"was to meet", "is due to begin", "a bill to hold the election", "urged travellers to leave": an
    infinitive's direction comes from what it hangs on, a plan, a forecast, a directive or a plain verb."""
    head = verb.head
    if head.lemma_ == "be" and head.tag_ == "VBD":
        # "was to meet on Friday" or "were the first to join on Friday": either side of the DCT
        return NEAREST
    forecast = head.lemma_ in FORECAST_VERBS and head.tag_ == "VBN"  # "are forecast to fall on Thursday"
    if head.lemma_ == "book" and head.tag_ == "VBN" and not aux_words(head):
        return NEAREST  # "Passengers booked to fly between Christmas Eve and New Year's Day": the trip nearest now
    if is_plan(head) or forecast or head.lemma_ in AHEAD_ADJECTIVES | DECIDING_VERBS or head.lemma_ == "be":
        # "had been due to address the nation on Monday": the "had" sits on the adjective's verb
        had = aux_words(head) | (aux_words(head.head) if head.pos_ == "ADJ" else set())
        if had & {"had", "having"} and head.lower_ in _WISHES and head.tag_ == "VBN":
            return PAST  # "had hoped to settle the matter on Monday": a wish given up once its day has gone by
        if had & {"had", "having"}:
            # "having been due to leave the EU on 29 March", "had been due to open on 9 December": a plan looking
            # ahead from a time gone by, for a day either side of now
            return NEAREST
        told = head.head if head.pos_ == "ADJ" else head
        # "The truce was due to begin on Thursday": a plan told in the past, for a day either side of now
        return NEAREST if told.tag_ == "VBD" or had & {"was", "were"} else FUTURE
    able_owner = able_to_direction(verb) if head.pos_ == "ADJ" else None
    if able_owner is not None and depth < 3:
        return verb_direction(able_owner, depth + 1)  # "will be able to attend from Monday"
    if head.pos_ == "NOUN" and verb.dep_ in ("acl", "relcl") and head.lemma_ in PLAN_NOUNS:
        # "rejected a bill to hold the election in October": what the bill was for; but a plan told in the past
        # may be for a day either side of now ("abandoned efforts to win backing on Monday")
        told = head.head
        return NEAREST if head.dep_ == "dobj" and told.tag_ == "VBD" and told.lemma_ in _GIVEN_UP else FUTURE
    if head.pos_ == "ADP" and verb.dep_ == "pcomp" and head.head.pos_ in ("VERB", "AUX") and depth < 3:
        # "will ship in May, with a launch to follow in the third quarter": what is to follow lies ahead of its clause
        return NEAREST if verb_direction(head.head, depth + 1) == PAST else FUTURE
    directed = head.lemma_ in DIRECTIVE_VERBS and verb.dep_ in ("xcomp", "ccomp", "advcl")
    if directed and "had" not in aux_words(head):
        return NEAREST  # "urged travellers to leave before Wednesday": the day closest to when it was urged
    return verb_direction(head, depth + 1)


def _inflections(verb: str) -> set[str]:
    """"hope": hopes, hoped, hoping; "plan": plans, planned, planning."""
    if verb.endswith("e"):
        return {verb, verb + "s", verb + "d", verb[:-1] + "ing"}
    doubled = verb + verb[-1] if verb in ("plan", "set", "agree") else verb
    return {verb, verb + "s", doubled + "ed", doubled + "ing"}


_PLAN_FORMS = frozenset(form for verb in PLAN_VERBS for form in _inflections(verb))


def is_plan(verb: Token) -> bool:
    """A verb of planning, also when the model mis-lemmatises it ("hopes" as "hop")."""
    return verb.lemma_ in PLAN_VERBS or verb.lower_ in _PLAN_FORMS


def _is_infinitive(verb: Token) -> bool:
    """"to meet", and the passive "to be sworn in"."""
    to = any(c.lower_ == "to" for c in verb.children)
    return to and (verb.tag_ == "VB" or (verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)))


def _shares_head_tense(verb: Token) -> bool:
    """"rose 5%, rising to a high in June" and "will meet and talk on Monday": a bare participle or
    conjunct takes its tense from the verb it hangs on."""
    if verb.head.i == verb.i or verb.head.pos_ not in ("VERB", "AUX") or aux_words(verb):
        return False
    if verb.dep_ == "conj":
        # "expected to regain strength and hit the coast on Friday": "hit" looks past but shares "regain"'s tense
        return verb.tag_ in ("VB", "VBG", "VBN") or (verb.tag_ == "VBD" and verb.lower_ in SAME_IN_PAST)
    if verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP") and any(
            child.dep_ == "mark" and child.lower_ in CONDITION_MARKS for child in verb.children):
        return True  # "will be called off if it rains on Sunday"
    return verb.dep_ in ("advcl", "xcomp") and verb.tag_ == "VBG"


def _participle_sharing_aux(verb: Token) -> bool:
    """"will be taken down and moved back": a conjunct with no subject or auxiliary of its own shares its head's
    "will", though the model tags it as a past tense."""
    head = verb.head
    if verb.dep_ != "conj" or verb.tag_ != "VBD" or head.i == verb.i or aux_words(verb):
        return False
    if any(child.dep_ in ("nsubj", "nsubjpass") for child in verb.children):
        return False
    return bool(aux_words(head) & (FUTURE_AUX | MODALS))


def _prepositional_participle(verb: Token) -> bool:
    """"would begin on March 30, with the third departing from August 6", "left after meeting on Friday":
    a bare participle after a preposition happens in the time of the verb the preposition hangs on."""
    prep = verb.head
    return (verb.dep_ == "pcomp" and verb.tag_ == "VBG" and not aux_words(verb) and prep.dep_ == "prep"
            and prep.head.pos_ in ("VERB", "AUX") and prep.head.i != prep.i)
