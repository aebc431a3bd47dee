"""Our own trigger lexicon, organised by PLOVER category (plus STATEMENT for reported speech).

Words are lemmas. A verb carries its category; a *support* verb ("hold talks",
"declare a partnership", "impose sanctions") takes the category of its event-noun
object. Hostile and cooperative groups decide what a stated intention means:
"said it would impose sanctions" threatens, "said it would send aid" agrees.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

STATEMENT = "STATEMENT"
GENERIC = "EVENT"

_VERBS: dict[str, str] = {
    "CONSULT": "meet talk confer consult negotiate visit host telephone phone discuss mediate tour "
               "arrive receive exchange",
    "AGREE": "agree promise pledge offer commit undertake accept consent vow",
    "SUPPORT": "praise endorse support back defend apologize apologise forgive commend applaud thank "
               "congratulate sign ratify recognize recognise hail welcome",
    "COOPERATE": "cooperate co-operate collaborate coordinate extradite partner ally share",
    "AID": "aid donate provide supply grant deliver fund lend loan assist help rescue shelter give send evacuate",
    "CONCEDE": "concede ease relax yield allow permit lift",
    "RETREAT": "withdraw retreat resign release surrender demobilize demobilise disarm free pull",
    "INVESTIGATE": "investigate probe inspect examine audit interrogate question",
    "DEMAND": "demand urge ask request appeal press pressure insist seek plead implore",
    "DISAPPROVE": "accuse criticize criticise condemn denounce blame complain sue indict charge deplore "
                  "slam rebuke censure allege fault",
    "REJECT": "reject refuse decline deny dismiss veto oppose rebuff renege defy violate snub spurn",
    "THREATEN": "threaten warn menace",
    "PROTEST": "protest demonstrate rally march riot picket boycott block",
    "SANCTION": "sanction expel suspend halt freeze embargo sever recall downgrade cancel cut",
    "MOBILIZE": "mobilize mobilise deploy reinforce mass patrol station",
    "COERCE": "arrest detain seize confiscate deport ban outlaw kidnap abduct raid demolish censor jail "
              "imprison blockade hack evict impose deface reimpose prevent",
    "ASSAULT": "kill assassinate murder bomb attack torture beat stab shoot wound injure massacre "
               "execute behead explode abuse",
    "FIGHT": "fight shell invade battle clash bombard capture retake storm occupy besiege annex",
    "CRIME": "steal rob smuggle loot embezzle launder defraud bribe rape",
    STATEMENT: "say tell announce state declare add note stress report claim reiterate explain comment "
               "remark confirm acknowledge describe write tweet testify argue reveal disclose insist",
}

_NOUNS: dict[str, str] = {
    "CONSULT": "meeting talk talks summit visit negotiation negotiations conversation consultation "
               "consultations discussion discussions mediation exchange conference call trip dialogue "
               "session welcome",
    "AGREE": "agreement deal accord consensus pledge promise offer commitment",
    "SUPPORT": "treaty recognition apology endorsement praise condolence condolences tie ties",
    "COOPERATE": "cooperation partnership alliance exercise exercises drill drills collaboration",
    "AID": "aid assistance donation asylum relief loan grant bailout",
    "CONCEDE": "concession concessions",
    "RETREAT": "withdrawal resignation release ceasefire cease-fire truce surrender pullout",
    "INVESTIGATE": "investigation inquiry probe inspection hearing audit trial questioning",
    "DEMAND": "demand demands appeal request call ultimatum",
    "DISAPPROVE": "criticism accusation accusations condemnation complaint lawsuit concern concerns "
                  "indictment charges",
    "REJECT": "rejection refusal veto denial",
    "THREATEN": "threat threats warning",
    "PROTEST": "protest protests demonstration demonstrations rally rallies riot riots march boycott "
               "sit-in walkout",
    "SANCTION": "sanction sanctions embargo expulsion suspension",
    "MOBILIZE": "mobilization mobilisation deployment buildup build-up alert",
    "COERCE": "arrest arrests detention curfew crackdown raid blockade ban kidnapping",
    "ASSAULT": "attack attacks bombing bombings assassination killing killings massacre explosion blast "
               "murder shooting stabbing slaying",
    "FIGHT": "war invasion battle fighting clash clashes offensive airstrike airstrikes strike strikes "
             "shelling incursion siege",
    "CRIME": "theft robbery fraud smuggling corruption heist burglary",
    STATEMENT: "statement remarks announcement speech interview declaration",
    # Happenings that are no political interaction but belong on a timeline.
    GENERIC: "earthquake quake tsunami aftershock tremor landslide flood storm hurricane typhoon cyclone "
             "fire blaze wildfire crash collision accident derailment eruption outbreak epidemic election "
             "vote referendum ceremony funeral wedding launch death landfall explosion blast flooding drought "
             "heatwave",
}

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Verbs whose event is named by their object ("hold talks", "impose sanctions").
SUPPORT_VERBS = _words(
    "hold have share reach conclude conduct stage launch mount make give issue declare announce begin "
    "start open resume continue express deliver carry lodge impose strike forge seal raise voice stage "
    "organize organise undertake renew complete establish upgrade reimpose file reiterate speed"
)
# Verbs too vague to be events on their own (generic triggers skip them).
NON_EVENT_VERBS = _words(
    "be have do seem appear become remain include consider want need know think believe feel like hope "
    "expect mean let keep get go come look see try use make take give put tend fail live doubt love hate own "
    "belong contain understand wish prefer deserve matter exist consist resemble sound lie sit stand weigh "
    "cost grow say update"
)
# Particles and prepositions that change a verb's category.
PHRASAL: dict[tuple[str, str], str] = {
    ("call", "for"): "DEMAND", ("call", "on"): "DEMAND", ("call", "off"): "CONCEDE",
    ("step", "down"): "RETREAT", ("pull", "out"): "RETREAT", ("pull", "back"): "RETREAT",
    ("open", "fire"): "FIGHT", ("set", "fire"): "COERCE", ("blow", "up"): "COERCE",
    ("crack", "down"): "COERCE", ("shut", "down"): "COERCE", ("hand", "over"): "AID",
    ("speak", "with"): "CONSULT", ("speak", "to"): "CONSULT", ("sit", "down"): "CONSULT",
    ("cut", "off"): "SANCTION", ("break", "off"): "SANCTION", ("walk", "out"): "PROTEST",
    ("push", "for"): "DEMAND", ("press", "for"): "DEMAND", ("force", "out"): "SANCTION",
    ("stop", "work"): "PROTEST", ("take", "to"): "PROTEST",
    ("make", "off"): "CRIME", ("break", "out"): GENERIC, ("break", "in"): "CRIME",
}

HOSTILE = frozenset({"THREATEN", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "PROTEST", "MOBILIZE", "REJECT",
                     "DISAPPROVE", "CRIME"})
COOPERATIVE = frozenset({"CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT", "AGREE"})
CATEGORIES = tuple(sorted(set(_VERBS) - {STATEMENT}))


def _invert(table: dict[str, str]) -> dict[str, str]:
    lookup: dict[str, str] = {}
    for category, words in table.items():
        for word in words.split():
            lookup.setdefault(word, category)
    return lookup


VERB_CATEGORY = _invert(_VERBS)
NOUN_CATEGORY = _invert(_NOUNS)


def verb_lemma(verb: Token) -> str:
    """The verb's lemma, or a lexicon verb its form plainly inflects when the small model's
    lemmatiser slips ("staged" -> "stag", not "stage")."""
    lemma = verb.lemma_.lower()
    if lemma in _KNOWN_VERBS:
        return lemma
    form = verb.lower_
    for suffix, ending in (("ied", "y"), ("ies", "y"), ("ed", "e"), ("ed", ""), ("es", "e"), ("es", ""),
                           ("ing", "e"), ("ing", ""), ("s", "")):
        if form.endswith(suffix) and (guess := form[: -len(suffix)] + ending) in _KNOWN_VERBS:
            return guess
    return lemma


def verb_category(lemma: str) -> str | None:
    """The category of a verb lemma, or None."""
    return VERB_CATEGORY.get(lemma.lower())


def noun_category(lemma: str) -> str | None:
    """The category of an event noun, or None."""
    return NOUN_CATEGORY.get(lemma.lower())

# Nouns naming a happening that are no trigger of their own: in a kept event's clause they are
# further mentions of it ("killed in a fire", "arrested after a chase" is not: "after" is earlier).
HAPPENING_NOUNS = _words(
    "fire death escape arson violence incident injury damage casualty chase gunfire gunshot vigil operation "
    "mission fight assault rioting outage repair transfer treatment patrol fall loss rescue evacuation "
    "collapse hijacking piracy conviction verdict ruling sentencing surgery overdose suicide shootout "
    "firefight gunbattle search manhunt standoff rampage spree brawl scuffle bout match game race "
    "tournament concert arrival departure landing flight journey voyage stay return disappearance "
    "discovery downtime disruption blackout shutdown closure layoff flooding drought detonation "
    "action event accident crisis unrest uprising coup revolt mutiny struggle conflict confrontation "
    "intervention occupation takeover appearance testimony plea round sentence driving shot attempt sleep "
    "rehab custody destruction termination placement"
)
# Nouns with the endings of nominalisations ("-tion", "-ment", "-ence", "-ure") that name things,
# places, bodies or states, not happenings.
THING_NOUNS = _words(
    "government department apartment equipment parliament document instrument monument settlement "
    "environment management nation station population information organization organisation "
    "administration position condition region religion tradition institution constitution foundation "
    "corporation federation association generation section direction location destination question "
    "evidence audience science distance insurance residence difference influence experience licence "
    "license independence intelligence presence existence sentence structure nature future culture "
    "temperature literature legislature furniture picture figure signature feature infrastructure "
    "agriculture procedure measure pressure exposure capacity"
)
# Verbs of states, attitudes and perception: in an event's clause they name no happening of their own.
STATIVE_VERBS = _words(
    "be have seem appear become remain know think believe feel like want need hope expect mean wish prefer "
    "deserve matter exist consist belong contain own understand doubt love hate include involve consider "
    "tend live lie sit stand weigh cost resemble sound say tell"
)
# Adjectives that state an event's outcome ("left dead", "found guilty", "seriously injured").
OUTCOME_ADJECTIVES = _words("dead injured wounded hurt guilty missing damaged destroyed ablaze homeless")


_KNOWN_VERBS = frozenset(VERB_CATEGORY) | SUPPORT_VERBS | frozenset(lemma for lemma, _ in PHRASAL)
