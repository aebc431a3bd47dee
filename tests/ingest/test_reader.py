"""Reading articles from files: text, title, date, and clear refusals."""

from pathlib import Path

import pytest

from timeline_app.core import DateOrigin, Day
from timeline_app.ingest import IngestError, read_article

ARTICLE = """1. Skip to content
  2. Skip to main menu

Leaders agree on climate fund

12 November 2021

Leaders meeting in Glasgow agreed on Friday to set up a fund for poor nations.

Share

jsi/rt (AFP, dpa)"""


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_dw_article_title_date_and_clean_text(dw_article_path: Path) -> None:
    article = read_article(dw_article_path)
    assert article.title == "US and China hold Ukraine talks"
    assert article.published == Day(2022, 3, 14)
    assert article.published_origin == DateOrigin.TEXT
    assert "Skip to" not in article.text
    assert "(AP, Reuters)" not in article.text
    assert "OctoberImage" not in article.text and "Getty Images" not in article.text
    assert "Jake Sullivan and top diplomat Yang Jiechi have met in Rome" in article.text


def test_boilerplate_lines_are_removed_and_prose_kept(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "a.txt", ARTICLE))
    assert article.text.splitlines()[0] == "Leaders agree on climate fund"
    assert "Share" not in article.text.splitlines()
    assert article.text.endswith("for poor nations.")
    assert article.published == Day(2021, 11, 12)


def test_the_same_text_renamed_has_the_same_id(tmp_path: Path) -> None:
    first = read_article(_write(tmp_path, "a.txt", ARTICLE))
    second = read_article(_write(tmp_path, "b.txt", ARTICLE.replace("\n", "\r\n")))
    assert first.id == second.id


def test_a_given_date_overrides_the_text(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "a.txt", ARTICLE), published=Day(2021, 11, 13))
    assert (article.published, article.published_origin) == (Day(2021, 11, 13), DateOrigin.USER)


def test_html_article_uses_metadata_and_skips_navigation(tmp_path: Path) -> None:
    page = """<!DOCTYPE html><html><head><title>Site | Talks</title>
    <meta property="og:title" content="Envoys meet in Vienna">
    <meta property="article:published_time" content="2023-05-02T08:00:00Z"></head>
    <body><nav>Home News Sport</nav><article><h1>Envoys meet in Vienna</h1>
    <p>Envoys met in Vienna on Monday &amp; agreed to talk again.<p>Unclosed paragraph here
    </article><script>var x = 1;</script><footer>Imprint</footer></body></html>"""
    article = read_article(_write(tmp_path, "page.html", page))
    assert article.title == "Envoys meet in Vienna"
    assert (article.published, article.published_origin) == (Day(2023, 5, 2), DateOrigin.METADATA)
    assert "Envoys met in Vienna on Monday & agreed to talk again." in article.text
    assert "Home News" not in article.text and "var x" not in article.text and "Imprint" not in article.text


def test_markdown_loses_its_marks(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "a.md", "# Big **news** today\n\nSee [the report](http://x) now, please."))
    assert article.title == "Big news today"
    assert "See the report now, please." in article.text


def test_windows_1252_text_is_decoded(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "a.txt", "Talks in Zürich ended – without a deal.".encode("cp1252")))
    assert "Zürich ended – without" in article.text


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", "", "empty file"),
        ("blank.txt", "  \n\n ", "empty file"),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00IHDR", "binary"),
        ("data.txt", bytes(range(256)) * 4, "binary"),
        ("sheet.xlsx", "a b c d", "unsupported file type"),
    ],
)
def test_unreadable_files_give_a_clear_message(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_article(_write(tmp_path, name, content))


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(IngestError, match="file not found"):
        read_article(tmp_path / "nope.txt")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    with pytest.raises(IngestError, match="too large"):
        read_article(path)


def test_a_file_that_starts_with_prose_has_no_headline(tmp_path: Path) -> None:
    article = read_article(_write(tmp_path, "talks.txt", "Envoys met in Vienna on Monday to discuss the crisis."))
    assert article.title == "talks"
