"""Fixtures: the model pipeline (tests that need a parse skip without it) and the DW article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from timeline_app.core.calendar import Day
from timeline_app.core.model import Article

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
_SKIP_LINE = re.compile(r"^\s*\d\.\s+Skip to ")


@pytest.fixture(scope="session")
def model_required() -> None:
    """Skip when no English model is installed (the blank pipeline has no parse)."""
    from timeline_app.extraction.nlp import model_status

    if model_status().rule_only:
        pytest.skip("no English spaCy model installed")


def read_dw(path: Path) -> Article:
    """The DW article as the acceptance describes it: page chrome and byline dropped."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if not _SKIP_LINE.match(line)]
    text = "\n".join(lines).strip()
    text = re.sub(r"\n+\s*es, ar/aw \(AP, Reuters\)\s*$", "", text).strip()
    return Article(text=text, title="US and China hold Ukraine talks", published=Day(2022, 3, 14))


@pytest.fixture
def dw_article(dw_article_path: Path, model_required: None) -> Article:
    return read_dw(dw_article_path)


def article(text: str, published: Day, title: str = "") -> Article:
    return Article(text=text, title=title, published=published)
