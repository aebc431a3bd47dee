"""Canonical names within one article: "Sullivan" is the "Jake Sullivan" named earlier,
"U.S." is "US", and a capital may stand for its country when it acts.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

ACTOR_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})

# Spellings of one country; the first is the form we show.
_COUNTRY_ALIASES = (
    ("US", "U.S.", "U.S", "USA", "U.S.A.", "United States", "the United States", "America"),
    ("UK", "U.K.", "United Kingdom", "the United Kingdom", "Britain", "Great Britain"),
    ("China", "PRC", "People's Republic of China", "the People's Republic of China"),
    ("Russia", "Russian Federation", "the Russian Federation"),
    ("EU", "E.U.", "European Union", "the European Union"),
    ("UN", "U.N.", "United Nations", "the United Nations"),
)
_ALIAS = {alias.lower(): forms[0] for forms in _COUNTRY_ALIASES for alias in forms}
# A capital named as the one who acts stands for its government ("Beijing warned").
_CAPITALS = {
    "beijing": "China", "moscow": "Russia", "washington": "US", "kyiv": "Ukraine", "kiev": "Ukraine",
    "london": "UK", "paris": "France", "berlin": "Germany", "tokyo": "Japan", "tehran": "Iran",
    "pyongyang": "North Korea", "seoul": "South Korea", "ankara": "Turkey", "brussels": "EU",
    "taipei": "Taiwan", "jerusalem": "Israel", "damascus": "Syria", "baghdad": "Iraq", "kabul": "Afghanistan",
    "new delhi": "India", "islamabad": "Pakistan", "minsk": "Belarus", "havana": "Cuba", "caracas": "Venezuela",
}
_TITLES = re.compile(r"^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|President|Premier|Prime Minister|Minister|"
                     r"Secretary|Chancellor|King|Queen|Pope|Adviser|Advisor)\.?\s+)+")
_POSSESSIVE = re.compile(r"(?:'s|\u2019s|'|\u2019)$")


def fold(name: str) -> str:
    """Case- and accent-insensitive key ("Zürich" == "Zurich")."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold().strip()


def clean(text: str) -> str:
    """An entity's text without titles, possessive endings and odd spaces."""
    text = " ".join(text.replace("\u00a0", " ").split())
    text = _POSSESSIVE.sub("", text)
    if text.lower().startswith("the ") and text.lower() not in _ALIAS:
        text = text[4:]
    return _TITLES.sub("", text).strip()


@dataclass
class NameBook:
    """Full names of the people of one article, and the short form each goes by."""

    people: list[str] = field(default_factory=list)
    short: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, ents: list[Span]) -> NameBook:
        book = cls()
        persons = [clean(e.text) for e in ents if e.label_ == "PERSON"]
        full = sorted({p for p in persons if len(p.split()) > 1}, key=lambda p: (-len(p.split()), p))
        full = [p for p in full if _extended(p, full) is None]
        for name in [p for p in persons if p in full]:
            if name not in book.people and not any(name in other for other in book.people):
                book.people.append(name)
        for mention in persons:
            if len(mention.split()) == 1:
                person = book.person(mention)
                if person != mention:
                    book.short.setdefault(person, mention)
        return book

    def person(self, mention: str) -> str:
        """The full name a person mention refers to (the mention itself when unknown)."""
        words = mention.split()
        if not words:
            return mention
        shorter = _extended(mention, self.people)
        if shorter is not None:
            return shorter
        for name in self.people:
            if mention == name or name.endswith(" " + mention):
                return name
        for name in self.people:
            if name.startswith(mention + " ") or name.split()[-1] == words[-1]:
                return name
        return mention

    def short_form(self, name: str) -> str:
        """How a title refers to ``name``: the article's own short form, else the surname."""
        if name in self.short:
            return self.short[name]
        if name in self.people:
            words = [w.rstrip(",") for w in name.split()]
            if words[-1].lower() in _REGNAL and (len(words) == 2 or words[0].lower() in _SOVEREIGNS):
                # "Elizabeth II", "Queen Elizabeth II", "Pope John Paul II": never "II" or "Paul II"
                return " ".join(words[1:] if words[0].lower() in _SOVEREIGNS else words)
            while len(words) > 2 and words[-1].lower() in _GENERATIONS:
                words.pop()
            return words[-1]
        return name


_GENERATIONS = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
_SOVEREIGNS = frozenset({"queen", "king", "pope", "tsar", "czar", "emperor", "empress", "prince", "princess",
                         "sultan", "emir", "shah", "kaiser"})
_REGNAL = frozenset({"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
                     "xvi"})


def _extended(name: str, names: list[str]) -> str | None:
    """The known full name that ``name`` merely extends by a word a title-case headline glued on
    ("Lindsay Lohan Checks" -> "Lindsay Lohan"); never for "Jr." or "III"."""
    for other in names:
        if other != name and len(other.split()) > 1 and name.startswith(other + " "):
            rest = name[len(other) + 1:].split()
            if rest and rest[0].lower() not in _GENERATIONS:
                return other
    return None


def canonical_actor(ent: Span, book: NameBook) -> str:
    """The actor an entity names, in the article's canonical form."""
    text = clean(ent.text)
    if ent.label_ == "PERSON":
        return book.person(text)
    if ent.label_ == "GPE" and text.lower() in _CAPITALS:
        return _CAPITALS[text.lower()]
    return _ALIAS.get(text.lower(), text)


def canonical_place(ent: Span) -> str:
    """A place as written (a capital stays a city), aliases unified."""
    text = clean(ent.text)
    return _ALIAS.get(text.lower(), text)
