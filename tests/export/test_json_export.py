"""The JSON document validates against the shipped schema and round-trips offsets."""

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest

from timeline_app.core import Anchor, Article, DateOrigin, Day, Event, Factuality, Source, TimeSpan
from timeline_app.export import dumps, to_csv, to_document, to_timelinejs, write_json

SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "resources" / "timeline-app.schema.json").read_text())
TEXT = "Caesar was killed on the Ides of March, 44 BC. Talks in Rome on Monday ended."


def _sample() -> tuple[Article, list[Event]]:
    article = Article(TEXT, "Two events", "a.txt", Day(2022, 3, 14), DateOrigin.TEXT)
    ides = TimeSpan.from_value("-0043-03-15", text="the Ides of March, 44 BC")
    monday = TimeSpan.from_value("2022-03-14", anchor=Anchor.DOCUMENT_DATE, text="on Monday")
    assert ides is not None and monday is not None
    sentence_end = TEXT.index(".") + 1
    caesar = Event("e1", "Caesar is killed", ides, "ASSAULT", ["Caesar"], None, 0.9, [
        Source(article.id, TEXT[:sentence_end], 0, sentence_end, 21, 45, "killed", 11, 17)])
    start = TEXT.index("Talks")
    talks = Event("e2", "Talks in Rome", monday, "CONSULT", [], "Rome", 0.8, [
        Source(article.id, TEXT[start:], start, len(TEXT), TEXT.index("on Monday"), TEXT.index("on Monday") + 9)],
        Factuality.ASSERTED)
    return article, [talks, caesar]


def test_document_validates_against_the_schema() -> None:
    article, events = _sample()
    jsonschema.validate(to_document([article], events), SCHEMA)


def test_events_are_in_date_order_with_astronomical_years() -> None:
    article, events = _sample()
    document = to_document([article], events)
    assert [e["when"]["start"] for e in document["events"]] == ["-0043-03-15", "2022-03-14"]
    assert document["articles"][0]["published"] == "2022-03-14"


def test_offsets_index_the_article_text(tmp_path: Path) -> None:
    article, events = _sample()
    out = tmp_path / "out.json"
    write_json(out, [article], events)
    document = json.loads(out.read_text(encoding="utf-8"))
    text = document["articles"][0]["text"]
    for event in document["events"]:
        for source in event["sources"]:
            assert text[source["start"]:source["end"]] == source["sentence"]
            if source["time_start"] is not None:
                assert text[source["time_start"]:source["time_end"]] == event["when"]["text"]


def test_schema_rejects_a_broken_document() -> None:
    article, events = _sample()
    document = json.loads(dumps([article], events))
    document["events"][0]["when"]["start"] = "14 March 2022"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(document, SCHEMA)


def test_csv_and_timelinejs() -> None:
    article, events = _sample()
    rows = list(csv.DictReader(io.StringIO(to_csv(events))))
    assert [r["date"] for r in rows] == ["-0043-03-15", "2022-03-14"]
    slides = to_timelinejs([article], events)["events"]
    assert slides[0]["start_date"] == {"year": -43, "month": 3, "day": 15}
