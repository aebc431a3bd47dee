"""The DW article of 14 March 2022: every date the app must get right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app.core.calendar import Day
from timeline_app.core.model import TimexType
from timeline_app.extraction.temporal import tag_doc, tag_text

if TYPE_CHECKING:
    from spacy.language import Language

DCT = Day(2022, 3, 14)


def test_dw_article_dates(dw_article_path: Path, nlp: Language) -> None:
    text = dw_article_path.read_text(encoding="utf-8")
    found = tag_doc(nlp(text), DCT)
    by_text: dict[str, list[str]] = {}
    for expr in found:
        by_text.setdefault(expr.text, []).append(expr.value)
    assert by_text["Monday"] == ["2022-03-14"]
    assert by_text["October"] == ["2021-10", "2021-10"]
    assert by_text["earlier in 2021"] == ["2021"]
    assert by_text["February"] == ["2022-02"]
    assert by_text["last week"] == ["2022-W10"]
    assert by_text["Sunday"] == ["2022-03-13"]
    assert by_text["March 14, 2022"] == ["2022-03-14"]
    (seven_hour,) = [e for e in found if e.text == "seven-hour"]
    assert (seven_hour.type, seven_hour.value, seven_hour.span) == (TimexType.DURATION, "PT7H", None)


def test_caption_glued_to_the_next_word_is_still_found(dw_article_path: Path) -> None:
    text = dw_article_path.read_text(encoding="utf-8")
    glued = text.index("OctoberImage")
    found = [e for e in tag_text(text, DCT) if e.start == glued]
    assert [(e.text, e.value) for e in found] == [("October", "2021-10")]
