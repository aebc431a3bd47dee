"""Refining a trigger's PLOVER category from its context.

The words alone are not enough: "hunger strike" is a protest, "air strike" a fight;
"lift a curfew" concedes; "end mediation" sanctions; "said it would send troops"
states an intention (AGREE), "plans to impose restrictions" threatens, "will not
accept" rejects, "said they must" demands; "forces killed" is fighting.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from timeline_app.extraction.events.lexicon import (
    COOPERATIVE,
    GENERIC,
    HOSTILE,
    STATEMENT,
    noun_category,
    verb_category,
    verb_lemma,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

# (modifier, noun) -> category: compounds whose modifier changes the kind.
_COMPOUNDS: dict[tuple[str, str], str] = {
    ("hunger", "strike"): "PROTEST", ("general", "strike"): "PROTEST", ("labor", "strike"): "PROTEST",
    ("labour", "strike"): "PROTEST", ("air", "strike"): "FIGHT", ("missile", "strike"): "FIGHT",
    ("war", "game"): "COOPERATE", ("diplomatic", "tie"): "SUPPORT", ("diplomatic", "relation"): "SUPPORT",
    ("peace", "talk"): "CONSULT", ("peace", "deal"): "AGREE", ("martial", "law"): "COERCE",
    ("information", "blackout"): "REJECT", ("suicide", "bombing"): "ASSAULT", ("car", "bomb"): "ASSAULT",
}
# Violence done to people in one's power: an assault whoever does it, never a fight.
_ONE_SIDED_VIOLENCE = frozenset({"torture", "beat", "abuse", "rape", "execute", "behead", "massacre", "mistreat",
                                 "flog", "lynch"})
# Nouns that say an effort was made and leave its kind to their modifier.
_EFFORT_NOUNS = frozenset({"effort", "efforts", "mission", "campaign", "operation", "bid", "initiative", "drive",
                           "process", "plan", "programme", "program", "round", "move"})
# Nouns that restrict; lifting them concedes (administrative) or retreats (military, economic).
_RESTRICTIONS = {"curfew": "CONCEDE", "ban": "CONCEDE", "restriction": "CONCEDE", "emergency": "CONCEDE",
                 "law": "CONCEDE", "blockade": "RETREAT", "siege": "RETREAT", "sanction": "RETREAT",
                 "embargo": "RETREAT", "closure": "RETREAT"}
_EASING_VERBS = frozenset({"lift", "ease", "cancel", "relax", "shorten", "end", "remove", "scrap", "loosen"})
_STOPPING_VERBS = frozenset({"end", "halt", "suspend", "cancel", "stop", "freeze", "break", "cut", "sever",
                             "call", "postpone", "reduce", "withdraw", "deny", "revoke", "restrict"})
_COOPERATION_NOUNS = frozenset({"mediation", "talk", "negotiation", "aid", "relation", "tie", "cooperation",
                                "visit", "assistance", "supply", "contact", "dialogue", "meeting", "access"})
_INFORMATION = frozenset({"information", "intelligence", "evidence", "expertise", "data", "technology"})
_MILITARY = frozenset({"force", "troop", "army", "military", "aircraft", "tank", "soldier", "jet", "warplane",
                       "helicopter", "navy", "artillery", "gunship", "militia", "rebel", "guerrilla",
                       "predator", "drone", "plane", "police", "fighter"})
# What strikes, hits or kills without anyone doing it.
_NATURAL_FORCES = frozenset({"earthquake", "quake", "tremor", "aftershock", "tsunami", "storm", "hurricane", "typhoon",
                             "cyclone", "tornado", "flood", "flooding", "landslide", "mudslide", "avalanche",
                             "eruption", "wildfire", "fire", "blaze", "heatwave", "drought", "lightning",
                             "disease", "outbreak", "epidemic", "pandemic", "virus", "wave", "snowstorm",
                             "blizzard", "monsoon", "rain", "wind"})
_COMMITMENT = frozenset({"say", "announce", "state", "declare", "confirm", "promise", "pledge", "offer", "vow",
                         "add", "tell", "agree", "indicate", "insist", "commit", "willing", "ready",
                         "prepared", "committed", "prepare", "plan", "intend", "threaten", "swear", "decide"})
_REFUSING = frozenset({"fail", "refuse", "decline", "reject"})
_INTENT_AUX = frozenset({"will", "would", "shall", "'ll", "may", "might", "could"})
_OBLIGATION = frozenset({"must", "should", "ought"})


def compound_category(noun: Token) -> str | None:
    """The category of an event noun, its compounds considered ("hunger strike")."""
    lemma = noun.lemma_.lower()
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            found = _COMPOUNDS.get((child.lemma_.lower(), lemma))
            if found:
                return found
    own = noun_category(lemma)
    if own is None and lemma in _EFFORT_NOUNS:
        # "a mediation effort", "a rescue mission": the kind is in the modifier.
        kinds = [noun_category(c.lemma_.lower()) for c in noun.children if c.dep_ == "compound"]
        return next((kind for kind in kinds if kind and kind != GENERIC), None)
    return own


def object_category(verb: Token, noun: Token) -> str | None:
    """What a verb does to its object: "lifted the curfew" concedes, "ended mediation" sanctions."""
    verb_lemma, noun_lemma = verb.lemma_.lower(), noun.lemma_.lower()
    if verb_lemma in _EASING_VERBS and noun_lemma in _RESTRICTIONS:
        return _RESTRICTIONS[noun_lemma]
    if verb_lemma in _STOPPING_VERBS and noun_lemma in _COOPERATION_NOUNS:
        return "SANCTION"
    if verb_lemma in ("share", "exchange", "provide", "pass") and noun_lemma in _INFORMATION:
        return "COOPERATE"
    if verb_lemma in ("accept", "meet", "grant", "heed") and noun_lemma in ("demand", "request", "call"):
        return "CONCEDE"
    if verb_lemma in ("lodge", "file") and noun_lemma in ("protest", "complaint"):
        return "DISAPPROVE"
    if verb_lemma in ("prevent", "ban", "break", "disperse", "block") and noun_category(noun_lemma) == "PROTEST":
        return "COERCE"
    if verb_lemma in ("strengthen", "bolster", "boost", "increase", "reinforce") and noun_lemma in _MILITARY:
        return "MOBILIZE"
    return None


def _aux(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def _negated(token: Token) -> bool:
    return any(c.dep_ == "neg" for c in token.children)


def _framing_head(token: Token) -> Token | None:
    """The commitment word a clause hangs from: "said (it would ...)", "willing (to ...)"."""
    head = token.head
    for _ in range(3):
        if head.i == token.i:
            return None
        if head.lemma_.lower() in _COMMITMENT or head.lemma_.lower() in _REFUSING:
            return head
        if head.pos_ not in ("AUX", "ADJ") and head.dep_ not in ("acomp",):
            return None
        token, head = head, head.head
    return None


_REPORTING = frozenset({"say", "announce", "state", "confirm", "add", "tell", "indicate", "insist", "declare"})
_SELF = frozenset({"it", "he", "she", "they", "we", "i"})


def _subject(token: Token) -> Token | None:
    return next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _own_commitment(frame: Token, verb: Token) -> bool:
    """"Hungary said it will support" commits Hungary; "officials said the minister will visit" reports."""
    if frame.lemma_.lower() not in _REPORTING:
        return True
    actor, speaker = _subject(verb), _subject(frame)
    if actor is None:
        return True
    return actor.lower_ in _SELF or (speaker is not None and speaker.lemma_ == actor.lemma_)


def intended(verb: Token, category: str) -> str:
    """The category of an action stated as an intention, refusal or demand."""
    if category in (STATEMENT, GENERIC):
        return category
    aux = _aux(verb)
    frame = _framing_head(verb)
    if frame is not None and not _own_commitment(frame, verb):
        frame = None
    refusing = frame is not None and frame.lemma_.lower() in _REFUSING
    if aux & _OBLIGATION and frame is not None:
        return "DEMAND"
    intention = bool(aux & _INTENT_AUX) or (frame is not None and verb.dep_ == "xcomp")
    if category in COOPERATIVE and (refusing or (intention and _negated(verb) and frame is not None)):
        return "REJECT"
    if intention and category in HOSTILE and category not in ("THREATEN", "DISAPPROVE", "REJECT"):
        return "THREATEN"
    if intention and frame is not None and category in COOPERATIVE:
        return "AGREE"
    return category


def by_actor(verb: Token, category: str) -> str:
    """Killing by armed forces is fighting; an earthquake that hits or kills is no one's assault;
    a protest voiced in words disapproves."""
    if category in ("ASSAULT", "FIGHT", "COERCE"):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
        heads = [g for s in subjects for g in ([s] if s.dep_ == "nsubj" else list(s.children))]
        if any(h.lemma_.lower() in _NATURAL_FORCES for h in heads):
            return GENERIC
        one_sided = verb_lemma(verb) in _ONE_SIDED_VIOLENCE
        if category == "ASSAULT" and not one_sided and any(h.lemma_.lower() in _MILITARY for h in heads):
            return "FIGHT"
    if category == "PROTEST" and (verb.dep_ in ("parataxis",) or any(c.dep_ == "ccomp" for c in verb.children)):
        return "DISAPPROVE"
    return category


def purpose_category(verb: Token) -> str | None:
    """A vague action done to achieve a categorised one ("blocked roads to demand reform")."""
    for child in verb.children:
        if child.dep_ in ("xcomp", "advcl") and child.pos_ == "VERB":
            category = verb_category(child.lemma_)
            if category and category != STATEMENT:
                return category
    return None
