"""TimeML input and output: the DCT, the plain text of <TEXT>, inline TIMEX3.

Offsets in TempEval-3 are character offsets into the plain text of <TEXT>
(tags removed, entities decoded), so reading and writing both work on that
plain text and escape it back so that it round-trips byte-identically.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from timeline_app.core.calendar import Day
from timeline_app.core.model import TemporalExpression

_PIECE = re.compile(r"<[^>]*>|[^<]+")
_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_ATTR = re.compile(r'([\w:]+)\s*=\s*"([^"]*)"')
_TEXT_BLOCK = re.compile(r"<TEXT>(.*?)</TEXT>", re.S)
_DCT_BLOCK = re.compile(r"<DCT>.*?</DCT>", re.S)
_DOCID = re.compile(r"<DOCID>.*?</DOCID>", re.S)
_DCT_VALUE = re.compile(r'functionInDocument="CREATION_TIME"[^>]*?value="([^"]*)"|value="([^"]*)"[^>]*?'
                        r'functionInDocument="CREATION_TIME"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 of a TimeML file, offsets into the plain text of <TEXT>."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None


@dataclass(frozen=True, slots=True)
class TimeMLDocument:
    """What a TimeML file holds for temporal tagging."""

    name: str
    dct: Day | None
    text: str
    timexes: tuple[GoldTimex, ...]
    dct_markup: str
    docid_markup: str


def decode_entities(text: str) -> str:
    """XML entity decoding (only the five named ones and numeric references)."""

    def replace(match: re.Match[str]) -> str:
        body = match.group(1)
        if body.startswith("#x"):
            return chr(int(body[2:], 16))
        if body.startswith("#"):
            return chr(int(body[1:]))
        return _NAMED[body]

    return _ENTITY.sub(replace, text)


def escape_text(text: str) -> str:
    """Escape &, < and > so the text decodes back to itself."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def parse_dct(markup: str) -> Day | None:
    """The day of the CREATION_TIME TIMEX3 in ``markup`` (None if absent or odd)."""
    match = _DCT_VALUE.search(markup)
    if not match:
        return None
    value = match.group(1) or match.group(2) or ""
    try:
        return Day.parse(value[:10])
    except ValueError:
        return None


def plain_text_and_timexes(body: str) -> tuple[str, tuple[GoldTimex, ...]]:
    """Strip the tags of a <TEXT> body, keeping where each TIMEX3 sits."""
    parts: list[str] = []
    length = 0
    open_timex: tuple[int, dict[str, str]] | None = None
    timexes: list[GoldTimex] = []
    for piece in _PIECE.findall(body):
        if not piece.startswith("<"):
            decoded = decode_entities(piece)
            parts.append(decoded)
            length += len(decoded)
        elif piece.startswith("<TIMEX3"):
            open_timex = (length, dict(_ATTR.findall(piece)))
        elif piece.startswith("</TIMEX3") and open_timex is not None:
            start, attrs = open_timex
            text = "".join(parts)[start:length]
            timexes.append(GoldTimex(start, length, text, attrs.get("type", ""), attrs.get("value", ""),
                                     attrs.get("mod")))
            open_timex = None
    return "".join(parts), tuple(timexes)


def read_timeml(path: Path) -> TimeMLDocument:
    """Read one .tml file."""
    raw = path.read_text(encoding="utf-8")
    dct_match = _DCT_BLOCK.search(raw)
    dct_markup = dct_match.group(0) if dct_match else ""
    docid = _DOCID.search(raw)
    body = _TEXT_BLOCK.search(raw)
    text, timexes = plain_text_and_timexes(body.group(1) if body else "")
    return TimeMLDocument(path.name, parse_dct(dct_markup or raw), text, timexes, dct_markup,
                          docid.group(0) if docid else "")


def _timex_tag(index: int, expr: TemporalExpression) -> str:
    mod = f' mod="{expr.mod}"' if expr.mod else ""
    return f'<TIMEX3 tid="t{index}" type="{expr.type.value}" value="{escape_text(expr.value)}"{mod}>'


def markup_text(text: str, expressions: Sequence[TemporalExpression]) -> str:
    """``text`` escaped, with each (non-overlapping, sorted) expression as an inline TIMEX3."""
    out: list[str] = []
    cursor = 0
    for index, expr in enumerate(expressions, start=1):
        if expr.start < cursor:
            continue
        out.append(escape_text(text[cursor:expr.start]))
        out.append(_timex_tag(index, expr) + escape_text(text[expr.start:expr.end]) + "</TIMEX3>")
        cursor = expr.end
    out.append(escape_text(text[cursor:]))
    return "".join(out)


def write_timeml(doc: TimeMLDocument, expressions: Sequence[TemporalExpression], path: Path) -> None:
    """Write a TimeML file with the DCT kept and our TIMEX3 inline in <TEXT>."""
    lines = ['<?xml version="1.0" ?>', "<TimeML>"]
    if doc.docid_markup:
        lines.append(doc.docid_markup)
    if doc.dct_markup:
        lines.append(doc.dct_markup)
    lines.append("<TEXT>" + markup_text(doc.text, expressions) + "</TEXT>")
    lines.append("</TimeML>")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
