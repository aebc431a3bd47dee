"""Reading one file into an Article: text, title, publication date."""

from __future__ import annotations

import re
from pathlib import Path

from timeline_app.core import Article, DateOrigin, Day
from timeline_app.ingest.cleanup import clean_text
from timeline_app.ingest.decode import decode_text
from timeline_app.ingest.errors import IngestError
from timeline_app.ingest.html_text import parse_html
from timeline_app.ingest.published import find_published, find_title, parse_date_line

MAX_BYTES = 10 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES
_MIN_WORDS = 3


def read_article(path: Path, published: Day | None = None) -> Article:
    """Read ``path`` as a news article; ``published`` overrides the date found.

    Raises IngestError with a message fit for the user when the file is
    missing, too large, binary, empty or of an unsupported kind.
    """
    data = _read_bytes(path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise IngestError(f"unsupported file type {suffix!r} (supported: .txt, .md, .html)")
    raw = decode_text(data)
    if suffix in HTML_SUFFIXES or _looks_like_html(raw):
        article = _from_html(raw, path)
    else:
        article = _from_plain(_strip_markdown(raw) if suffix in {".md", ".markdown"} else raw, path)
    if published is not None:
        article.published, article.published_origin = published, DateOrigin.USER
    return article


def _read_bytes(path: Path) -> bytes:
    if not path.exists():
        raise IngestError("file not found")
    if path.is_dir():
        raise IngestError("is a folder, not a file")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise IngestError(f"file too large ({size / 1e6:.1f} MB; articles are read up to {MAX_BYTES // 2**20} MB)")
    try:
        return path.read_bytes()
    except OSError as error:
        raise IngestError(f"cannot read the file ({error.strerror or error})") from error


def _require_words(text: str) -> str:
    if not text.strip():
        raise IngestError("empty file (no text to read)")
    if len(text.split()) < _MIN_WORDS:
        raise IngestError("too little text to be an article")
    return text


def _from_plain(raw: str, path: Path) -> Article:
    text = _require_words(clean_text(raw))
    published = find_published(text)
    origin = DateOrigin.TEXT if published else DateOrigin.NONE
    title = find_title(text) or path.stem
    return Article(text=text, title=title, source=path.name, published=published, published_origin=origin)


def _from_html(raw: str, path: Path) -> Article:
    page = parse_html(raw)
    text = _require_words(clean_text(page.text))
    published = parse_date_line(page.published[:10]) if page.published else None
    origin = DateOrigin.METADATA if published else DateOrigin.NONE
    if published is None:
        published = find_published(text)
        origin = DateOrigin.TEXT if published else DateOrigin.NONE
    title = page.title or find_title(text) or path.stem
    return Article(text=text, title=title, source=path.name, published=published, published_origin=origin)


def _looks_like_html(raw: str) -> bool:
    head = raw[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or "<body" in head


_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_|`)(?=\S)(.+?)(?<=\S)\1")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.MULTILINE)


def _strip_markdown(raw: str) -> str:
    """Markdown to plain prose: headings, links and emphasis lose their marks."""
    text = _MD_HEADING.sub("", raw)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_EMPHASIS.sub(r"\2", text)
