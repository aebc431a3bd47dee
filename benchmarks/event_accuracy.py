"""Event accuracy: date anchoring on EventStoryLine v1.5 and PLOVER category accuracy.

Usage: .venv/bin/python benchmarks/event_accuracy.py [--limit N] [--all-mentions]

Anchoring: gold event mentions (ACTION_*, NEG_ACTION_*) that a TLINK (CONTAINS,
OVERLAP, SIMULTANEOUS; time as source) ties to a dated time (TIME_DATE or
TIME_OF_THE_DAY with a date value, the DCT included). Recall: of those, how many
the app reports with an event whose trigger overlaps the mention and whose
when.value equals the gold value; precision: of the app's events overlapping
such a mention, how many have the gold value. An event overlaps a mention when
ANY of its sources' trigger spans does: its own trigger, or a secondary mention
of it (another word of its clause, the headline or a later sentence naming it;
see docs/events.md), each counted once per gold mention. Values compare on their date
part (a time of day "2009-11-30TMO" is the day 2009-11-30 on a timeline); the
strict comparison is printed too. Categories: of the PLOVER gold records whose
category is one of ours, how many get it on the event the record marks.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cat_xml import CORPUS, CatDocument, GoldMention, corpus_files, read_cat

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article, Event
from timeline_app.core.timespan import Anchor, Granularity, TimeSpan
from timeline_app.extraction.temporal.scoring import precision_recall_f1

PLOVER = CORPUS.parent / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
_MARKED_EVENT = re.compile(r"\(EVT:\s*([^)]*)\)")


def day_part(value: str) -> str:
    return value.split("T", 1)[0]


@dataclass
class Anchoring:
    gold: int = 0
    found: int = 0
    system: int = 0
    correct: int = 0
    strict_correct: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    examples: Counter[str] = field(default_factory=Counter)

    def figures(self) -> tuple[float, float, float]:
        return precision_recall_f1(self.correct, self.system, self.found, self.gold)


def _article(doc: CatDocument) -> Article:
    published = None
    span = TimeSpan.from_value(doc.dct) if doc.dct else None
    if span is not None:
        published = span.start if span.granularity is Granularity.DAY else None
    return Article(text=doc.text, title=doc.title, published=published)


def _overlapping(events: list[Event], mention: GoldMention) -> list[Event]:
    return [e for e in events if any(s.trigger_start is not None and s.trigger_end is not None
                                     and s.trigger_start < mention.end and mention.start < s.trigger_end
                                     for s in e.sources)]


def _error_kind(event: Event, mention: GoldMention) -> str:
    how = "inferred" if event.when.anchor is Anchor.INFERRED else "stated"
    target = "gold=DCT" if mention.dct_anchored else "gold=other"
    return f"wrong value ({how} date, {target})"


def score_document(doc: CatDocument, events: list[Event], result: Anchoring) -> None:
    for mention in doc.anchored:
        result.gold += 1
        gold_days = {day_part(v) for v in mention.values}
        overlapping = _overlapping(events, mention)
        if any(day_part(e.when.value) in gold_days for e in overlapping):
            result.found += 1
        elif not overlapping:
            result.errors["missed: no event on the mention" + (" (gold=DCT)" if mention.dct_anchored else "")] += 1
        for event in overlapping:
            result.system += 1
            if day_part(event.when.value) in gold_days:
                result.correct += 1
                result.strict_correct += event.when.value in mention.values
            else:
                result.errors[_error_kind(event, mention)] += 1
                text = doc.text[mention.start:mention.end]
                result.examples[f"{text!r}: ours {event.when.value}, gold {sorted(mention.values)}"] += 1


def run_anchoring(limit: int | None, all_mentions: bool) -> Anchoring:
    from timeline_app.extraction.pipeline import extract_events, extract_mention_events

    extract = extract_mention_events if all_mentions else extract_events
    result = Anchoring()
    for path in corpus_files()[:limit]:
        doc = read_cat(path)
        score_document(doc, extract(_article(doc)), result)
    return result


def _marked_words(record: dict[str, object]) -> set[str]:
    info = record.get("textInfo")
    markup = info.get("markup", "") if isinstance(info, dict) else ""
    return {w.lower() for chunk in _MARKED_EVENT.findall(str(markup)) for w in chunk.split()}


def run_categories() -> tuple[int, int, Counter[str]]:
    from timeline_app.extraction.events import build_mentions
    from timeline_app.extraction.events.lexicon import CATEGORIES
    from timeline_app.extraction.events.parse import parse
    from timeline_app.extraction.nlp import base_pipeline
    from timeline_app.extraction.temporal import tag_doc

    records = [r for r in json.loads(PLOVER.read_text(encoding="utf-8")) if r.get("event") in CATEGORIES]
    nlp, dct = base_pipeline(), Day(2000, 1, 1)
    correct, confusions = 0, Counter[str]()
    for record in records:
        doc = parse(nlp, str(record["text"]))
        mentions = build_mentions(doc, tag_doc(doc, dct), dct)
        marked = _marked_words(record)
        # The record marks the event's words; a reporting verb among them ("said") is not the event.
        marked_mentions = [m for m in mentions if m.token.lower_ in marked]
        chosen = ([m for m in marked_mentions if m.category != "STATEMENT"] or marked_mentions
                  or [m for m in mentions if m.main])
        ours = chosen[0].category if chosen else "none"
        if ours == record["event"]:
            correct += 1
        else:
            confusions[f"{record['event']} -> {ours}"] += 1
    return correct, len(records), confusions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="only the first N EventStoryLine documents")
    parser.add_argument("--all-mentions", action="store_true",
                        help="score every mention, not only the events the app keeps (diagnostic)")
    args = parser.parse_args()
    if not CORPUS.exists():
        print(f"corpus not found: {CORPUS}", file=sys.stderr)
        return 1
    began = time.perf_counter()
    anchoring = run_anchoring(args.limit, args.all_mentions)
    precision, recall, f1 = anchoring.figures()
    print(f"EventStoryLine v1.5 event-date anchoring ({anchoring.gold} anchored gold mentions)")
    print(f"  P {precision:.3f}  R {recall:.3f}  F1 {f1:.3f}   "
          f"(app events on anchored mentions: {anchoring.system}, correct {anchoring.correct}, "
          f"strict value equal {anchoring.strict_correct})")
    print("  most common error kinds:")
    for kind, n in anchoring.errors.most_common(8):
        print(f"    {n:5d}  {kind}")
    print("  most common wrong values:")
    for example, n in anchoring.examples.most_common(8):
        print(f"    {n:5d}  {example}")
    correct, total, confusions = run_categories()
    print(f"\nPLOVER category accuracy: {correct}/{total} = {correct / total:.3f}")
    print("  most common confusions (gold -> ours):")
    for kind, n in confusions.most_common(10):
        print(f"    {n:5d}  {kind}")
    print(f"\nTotal time {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
