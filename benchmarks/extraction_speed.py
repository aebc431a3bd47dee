"""Extraction speed and memory: words per second, milliseconds per 1,000 words, and resident
memory over many articles (it must stay flat).

Usage: .venv/bin/python benchmarks/extraction_speed.py [--articles 500]

Articles are EventStoryLine documents (rebuilt from tokens) and the DW article,
cycled; the model is loaded before timing starts.
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cat_xml import corpus_files, read_cat

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article

DW = Path(__file__).resolve().parents[2] / "shared" / "articles" / "dw-2022-03-14-us-china-rome-talks.txt"


def _articles() -> list[Article]:
    articles = [Article(text=read_cat(p).text, title=read_cat(p).title, published=Day(2012, 1, 1))
                for p in corpus_files()]
    if DW.exists():
        articles.append(Article(text=DW.read_text(encoding="utf-8"), published=Day(2022, 3, 14)))
    return articles


def _rss_mb() -> float:
    """Current resident set size (Linux /proc), else the peak."""
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _thousand_words(articles: list[Article]) -> Article:
    words: list[str] = []
    for article in articles:
        words.extend(article.text.split())
        if len(words) >= 1000:
            break
    return Article(text=" ".join(words[:1000]), published=Day(2012, 1, 1))


def _best_ms(run: Callable[[], object], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        began = time.perf_counter()
        run()
        times.append(time.perf_counter() - began)
    return min(times) * 1000


def _print_stages(article: Article) -> None:
    """Where the time of one article goes: the spaCy parse, temporal tagging, our event building."""
    from timeline_app.extraction.events import build_mentions, events_of
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    nlp = base_pipeline()
    doc = parse(nlp, article.text)
    expressions = tag_doc(doc, article.published)
    mentions = build_mentions(doc, expressions, article.published)
    stages = {
        "spaCy parse": _best_ms(lambda: parse(nlp, article.text)),
        "temporal tagging": _best_ms(lambda: tag_doc(doc, article.published)),
        "event building": _best_ms(lambda: events_of(build_mentions(doc, expressions, article.published),
                                                     article)),
    }
    print("  stages (best of 5): " + ", ".join(f"{name} {ms:.0f} ms" for name, ms in stages.items())
          + f"; {len(mentions)} mentions")


def _load() -> str:
    try:
        return " ".join(f"{x:.1f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500)
    args = parser.parse_args()
    from timeline_app.extraction.nlp import base_pipeline, model_status
    from timeline_app.extraction.pipeline import extract_events

    began = time.perf_counter()
    base_pipeline()
    print(f"model: {model_status().name}, loaded in {time.perf_counter() - began:.2f} s")
    articles = _articles()
    sample = _thousand_words(articles)
    extract_events(sample)
    print(f"1,000-word article: {_best_ms(lambda: extract_events(sample)):.0f} ms (best of 5)")
    _print_stages(sample)
    print(f"load average (other work on this machine slows every figure): {_load()}")
    total_words, rss = 0, []
    began = time.perf_counter()
    for index in range(args.articles):
        article = articles[index % len(articles)]
        extract_events(article)
        total_words += len(article.text.split())
        if index % 100 == 0 or index == args.articles - 1:
            rss.append(_rss_mb())
    elapsed = time.perf_counter() - began
    print(f"{args.articles} articles, {total_words:,} words in {elapsed:.1f} s: "
          f"{total_words / elapsed:,.0f} words/s, {elapsed / total_words * 1e6:.0f} ms per 1,000 words")
    print("resident memory (MB) every 100 articles: " + " ".join(f"{m:.0f}" for m in rss))
    return 0


if __name__ == "__main__":
    sys.exit(main())
