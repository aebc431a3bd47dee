"""Reading EventStoryLine CAT XML: the text rebuilt from tokens (with a token -> characters map),
event mentions, dated times and time-contains-event links."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.timespan import TimeSpan

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "events" / "eventstoryline_v1.5"
_NO_SPACE_BEFORE = re.compile(r"^(?:[,.;:!?%)\]}-]|'s|'S|n't|'re|'ve|'ll|'d|'m)$")
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "#", "-"})
ANCHORING_RELATIONS = frozenset({"CONTAINS", "OVERLAP", "SIMULTANEOUS"})
DATED_TIMES = frozenset({"TIME_DATE", "TIME_OF_THE_DAY"})


@dataclass(frozen=True)
class GoldMention:
    """An annotated event mention and the characters of its tokens."""

    m_id: str
    kind: str
    start: int
    end: int
    values: frozenset[str] = frozenset()
    dct_anchored: bool = False


@dataclass
class CatDocument:
    """One rebuilt document: text, title (its headline), DCT value and anchored event mentions."""

    name: str
    text: str
    title: str
    dct: str | None
    mentions: list[GoldMention] = field(default_factory=list)

    @property
    def anchored(self) -> list[GoldMention]:
        return [m for m in self.mentions if m.values]


def corpus_files() -> list[Path]:
    return sorted((CORPUS / "annotated_data").rglob("*.xml"))


def _rebuild(root: ET.Element) -> tuple[str, dict[str, tuple[int, int]], list[str]]:
    """Text with one line per sentence (the URL line dropped), and each token's characters."""
    parts: list[str] = []
    offsets: dict[str, tuple[int, int]] = {}
    lines: dict[str, list[str]] = {}
    position, sentence, previous = 0, None, ""
    for token in root.iter("token"):
        word = token.text or ""
        number = token.get("sentence", "")
        if (number == "0" and lines.get("0", [""])[0].startswith("http")) or (number == "0" and word == "http"):
            lines.setdefault("0", ["http"])
            continue
        if sentence is not None and number != sentence:
            # The headline and the dateline are lines of their own; body sentences run on.
            separator = "\n\n" if len(lines) <= 2 else " "
            parts.append(separator)
            position += len(separator)
        elif sentence is not None and not (_NO_SPACE_BEFORE.match(word) or previous in _NO_SPACE_AFTER):
            parts.append(" ")
            position += 1
        offsets[token.get("t_id", "")] = (position, position + len(word))
        parts.append(word)
        lines.setdefault(number, []).append(word)
        position += len(word)
        sentence, previous = number, word
    text = "".join(parts)
    ordered = [" ".join(words) for key, words in lines.items() if key != "0" or words[0] != "http"]
    return text, offsets, ordered


def _span(element: ET.Element, offsets: dict[str, tuple[int, int]]) -> tuple[int, int] | None:
    chars = [offsets[a.get("t_id", "")] for a in element.findall("token_anchor") if a.get("t_id") in offsets]
    if not chars:
        return None
    return min(c[0] for c in chars), max(c[1] for c in chars)


def _dated_times(markables: ET.Element) -> dict[str, tuple[str, bool]]:
    times: dict[str, tuple[str, bool]] = {}
    for element in markables:
        value = element.get("value", "")
        if element.tag in DATED_TIMES and value and TimeSpan.from_value(value) is not None:
            times[element.get("m_id", "")] = (value, element.get("DCT") == "TRUE")
    return times


def read_cat(path: Path) -> CatDocument:
    root = ET.parse(path).getroot()
    text, offsets, lines = _rebuild(root)
    markables = root.find("Markables")
    relations = root.find("Relations")
    assert markables is not None
    times = _dated_times(markables)
    dct = next((value for value, is_dct in times.values() if is_dct), None)
    links: dict[str, set[tuple[str, bool]]] = {}
    for link in relations.iter("TLINK") if relations is not None else []:
        source, target = link.find("source"), link.find("target")
        if source is None or target is None or link.get("relType") not in ANCHORING_RELATIONS:
            continue
        time = times.get(source.get("m_id", ""))
        if time is not None:
            links.setdefault(target.get("m_id", ""), set()).add(time)
    mentions: list[GoldMention] = []
    for element in markables:
        if not element.tag.startswith(("ACTION_", "NEG_ACTION_")):
            continue
        span = _span(element, offsets)
        if span is None:
            continue
        m_id = element.get("m_id", "")
        anchors = links.get(m_id, set())
        values = frozenset(v for v, _ in anchors)
        mentions.append(GoldMention(m_id, element.tag, *span, values, any(d for _, d in anchors)))
    # The headline as it stands in the rebuilt text (its first line), so the app recognises it.
    title = text.split("\n", 1)[0] if lines else ""
    return CatDocument(path.name, text, title, dct, mentions)
