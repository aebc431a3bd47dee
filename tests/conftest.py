"""Test-wide settings: Qt renders offscreen so no display is needed."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DW_ARTICLE = SHARED / "articles" / "dw-2022-03-14-us-china-rome-talks.txt"


@pytest.fixture
def dw_article_path() -> Path:
    """The DW article of 14 March 2022 (skips when ../shared is absent)."""
    if not DW_ARTICLE.exists():
        pytest.skip("../shared/articles is not present")
    return DW_ARTICLE


@pytest.fixture
def shared_data() -> Path:
    """../shared/data with the annotated corpora (skips when absent)."""
    data = SHARED / "data"
    if not data.exists():
        pytest.skip("../shared/data is not present")
    return data
