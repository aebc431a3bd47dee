"""Slashed dates read in the document's own order (day/month or month/day)."""

from __future__ import annotations

from timeline_app.core.calendar import Day

from .conftest import Tagger


def test_a_slashed_date_follows_the_documents_habit(tag: Tagger) -> None:
    british = tag("The notice of 03/05/2022 replaces the one of 25/04/2022.", Day(2022, 5, 3))
    assert [e.value for e in british] == ["2022-05-03", "2022-04-25"]
    american = tag("The order of 03/05/2022 replaces the one of 04/25/2022.", Day(2022, 5, 3))
    assert [e.value for e in american] == ["2022-03-05", "2022-04-25"]


def test_a_slashed_date_follows_how_the_text_writes_months(tag: Tagger) -> None:
    assert tag("Filed 4/5/2023, the motion was denied on 3 March.", Day(2023, 4, 6))[0].value == "2023-05-04"
    assert tag("Filed 4/5/2023, the motion was denied on March 3.", Day(2023, 4, 6))[0].value == "2023-04-05"


def test_a_slashed_date_alone_takes_the_reading_near_the_article_date(tag: Tagger) -> None:
    assert tag("FINANCIAL SANCTIONS NOTICE 03/05/2022", Day(2022, 5, 3))[0].value == "2022-05-03"
    assert tag("FINANCIAL SANCTIONS NOTICE 03/05/2022", Day(2022, 3, 6))[0].value == "2022-03-05"
