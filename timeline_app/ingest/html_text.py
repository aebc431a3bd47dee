"""Plain text, title and date from an HTML page, tolerant of broken markup."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "button",
            "template", "iframe", "select"}
_BLOCKS = {"p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br",
           "tr", "blockquote", "figcaption", "pre", "dd", "dt", "title", "time", "ul", "ol", "table"}
_DATE_META = ("article:published_time", "datepublished", "date", "pubdate", "dc.date", "dcterms.created",
              "og:published_time", "parsely-pub-date", "sailthru.date")
_TITLE_META = ("og:title", "twitter:title", "headline", "dc.title")
_VOID = {"br", "img", "meta", "link", "input", "hr", "source", "wbr"}


@dataclass
class HtmlArticle:
    """What the page says of itself: body text, title and date strings."""

    text: str
    title: str = ""
    published: str = ""
    meta: dict[str, str] = field(default_factory=dict)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.article_parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self.h1 = ""
        self.time_datetime = ""
        self._skip_depth = 0
        self._article_depth = 0
        self._in_title = False
        self._in_h1 = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (values.get("property") or values.get("name") or values.get("itemprop") or "").lower()
            if key and values.get("content"):
                self.meta.setdefault(key, values["content"].strip())
            return
        if tag == "time" and values.get("datetime") and not self.time_datetime:
            self.time_datetime = values["datetime"]
        if tag in _VOID:
            self._newline_if_block(tag)
            return
        if tag in _SKIPPED:
            self._skip_depth += 1
        if tag == "article":
            self._article_depth += 1
        self._in_title = self._in_title or tag == "title"
        self._in_h1 = self._in_h1 or tag == "h1"
        self._newline_if_block(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED and self._skip_depth:
            self._skip_depth -= 1
        if tag == "article" and self._article_depth:
            self._article_depth -= 1
        if tag == "title":
            self._in_title = False
        if tag == "h1":
            self._in_h1 = False
        self._newline_if_block(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
            return
        if self._skip_depth:
            return
        if self._in_h1:
            self.h1 += data
        self.parts.append(data)
        if self._article_depth:
            self.article_parts.append(data)

    def _newline_if_block(self, tag: str) -> None:
        if tag in _BLOCKS:
            self.parts.append("\n")
            if self._article_depth:
                self.article_parts.append("\n")


def _tidy(parts: list[str]) -> str:
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in "".join(parts).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def parse_html(markup: str) -> HtmlArticle:
    """Extract the readable text, preferring the page's <article> element when
    it holds most of the prose."""
    collector = _Collector()
    collector.feed(markup)
    collector.close()
    whole, article = _tidy(collector.parts), _tidy(collector.article_parts)
    text = article if len(article) >= 0.3 * len(whole) and len(article) > 200 else whole
    meta = collector.meta
    title = next((meta[k] for k in _TITLE_META if meta.get(k)), "") or collector.h1.strip() or collector.title
    published = next((meta[k] for k in _DATE_META if meta.get(k)), "") or collector.time_datetime
    return HtmlArticle(text=text, title=" ".join(title.split()), published=published.strip(), meta=meta)
