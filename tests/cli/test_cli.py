"""The command-line contract of ARCHITECTURE.md, driven as a user would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from timeline_app.cli import main

EXPECTED_DW_VALUES = {"2022-03-14", "2021-10", "2021", "2022-02", "2022-W10", "2022-03-13"}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    captured = capsys.readouterr()
    return status, captured.out, captured.err


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'store.db'}"


@pytest.fixture
def user_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the default database (platformdirs) into a temporary folder."""
    home = tmp_path / "data-home"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    monkeypatch.delenv("TIMELINE_APP_DB", raising=False)
    return home


def test_extract_prints_the_dw_document(capsys: pytest.CaptureFixture[str], dw_article_path: Path) -> None:
    status, out, _ = _run(capsys, "extract", str(dw_article_path))
    assert status == 0
    document = json.loads(out)
    article = document["articles"][0]
    assert (article["published"], article["published_origin"]) == ("2022-03-14", "text")
    assert article["title"] == "US and China hold Ukraine talks"
    assert "Skip to" not in article["text"]
    values = {event["when"]["value"] for event in document["events"]}
    assert values >= EXPECTED_DW_VALUES
    for event in document["events"]:
        for source in event["sources"]:
            assert article["text"][source["start"]:source["end"]] == source["sentence"]
            if source["time_start"] is not None:
                assert article["text"][source["time_start"]:source["time_end"]] == event["when"]["text"]


def test_extract_with_a_given_date(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Envoys met in Vienna on Monday to discuss the crisis.", encoding="utf-8")
    status, out, _ = _run(capsys, "extract", str(path), "--dct", "2023-05-03")
    assert status == 0
    document = json.loads(out)
    assert document["articles"][0]["published_origin"] == "user"
    assert [e["when"]["value"] for e in document["events"]] == ["2023-05-01"]


def test_import_twice_stores_once_and_exports(capsys: pytest.CaptureFixture[str], dw_article_path: Path,
                                              db_url: str, tmp_path: Path) -> None:
    assert _run(capsys, "import", str(dw_article_path), "--db", db_url)[0] == 0
    status, out, _ = _run(capsys, "import", str(dw_article_path), "--db", db_url)
    assert status == 0 and "already imported" in out
    out_json = tmp_path / "out.json"
    assert _run(capsys, "export", "--json", str(out_json), "--db", db_url)[0] == 0
    document = json.loads(out_json.read_text(encoding="utf-8"))
    assert len(document["articles"]) == 1
    assert {e["when"]["value"] for e in document["events"]} >= EXPECTED_DW_VALUES


def test_default_database_and_png_export(capsys: pytest.CaptureFixture[str], dw_article_path: Path,
                                         user_data: Path, tmp_path: Path) -> None:
    assert _run(capsys, "import", str(dw_article_path))[0] == 0
    assert list(user_data.rglob("*.db")), "the default store lives in the user data folder"
    png = tmp_path / "timeline.png"
    assert _run(capsys, "export", "--png", str(png), "--width", "1200")[0] == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_export_date_range(capsys: pytest.CaptureFixture[str], dw_article_path: Path, db_url: str,
                           tmp_path: Path) -> None:
    _run(capsys, "import", str(dw_article_path), "--db", db_url)
    out = tmp_path / "march.json"
    _run(capsys, "export", "--json", str(out), "--db", db_url, "--from", "2022-03-01", "--to", "2022-03-31")
    values = {e["when"]["value"] for e in json.loads(out.read_text())["events"]}
    assert values >= {"2022-03-14", "2022-03-13", "2022-W10"}
    assert not values & {"2021-10", "2021", "2022-02"}


def _stored(capsys: pytest.CaptureFixture[str], db_url: str, tmp_path: Path) -> dict[str, object]:
    out = tmp_path / "state.json"
    _run(capsys, "export", "--json", str(out), "--db", db_url)
    return dict(json.loads(out.read_text(encoding="utf-8")))


def test_bad_input_gives_one_message_and_changes_nothing(capsys: pytest.CaptureFixture[str],
                                                         dw_article_path: Path, db_url: str,
                                                         tmp_path: Path) -> None:
    _run(capsys, "import", str(dw_article_path), "--db", db_url)
    before = _stored(capsys, db_url, tmp_path)
    binaries = tmp_path / "binaries"
    binaries.mkdir()
    (binaries / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0" + bytes(200))
    (binaries / "prog.bin").write_bytes(bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    for bad, message in ((tmp_path / "missing.txt", "file not found"), (binaries, "no articles"),
                         (empty, "empty file")):
        status, _, err = _run(capsys, "import", str(bad), "--db", db_url)
        assert status != 0
        error_lines = [line for line in err.splitlines() if line.strip()]
        assert len(error_lines) == 1 and error_lines[0].startswith(f"{bad}: ")
        assert message in error_lines[0]
    assert _stored(capsys, db_url, tmp_path) == before


def test_article_without_dated_events_is_not_an_error(capsys: pytest.CaptureFixture[str], db_url: str,
                                                      tmp_path: Path) -> None:
    path = tmp_path / "essay.txt"
    path.write_text("Cats are curious animals.\n\nThey like boxes and warm places.", encoding="utf-8")
    status, out, err = _run(capsys, "import", str(path), "--db", db_url)
    assert status == 0, err
    assert "no events found" in out


def test_unusable_database_is_one_clear_line(capsys: pytest.CaptureFixture[str], tmp_path: Path,
                                             dw_article_path: Path) -> None:
    not_a_db = tmp_path / "notes.db"
    not_a_db.write_text("my precious notes")
    status, _, err = _run(capsys, "import", str(dw_article_path), "--db", f"sqlite:///{not_a_db}")
    assert status != 0
    assert len(err.strip().splitlines()) == 1 and err.startswith("timeline-app: error:")
    assert not_a_db.read_text() == "my precious notes"


def test_console_script_runs_as_a_module(tmp_path: Path) -> None:
    result = subprocess.run([sys.executable, "-m", "timeline_app", "extract", str(tmp_path / "nope.txt")],
                            capture_output=True, text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode != 0
    assert result.stdout == ""
    assert "nope.txt: file not found" in result.stderr


def test_two_reports_of_the_rome_talks_are_one_event(capsys: pytest.CaptureFixture[str],
                                                     dw_article_path: Path) -> None:
    second = Path(__file__).resolve().parents[1] / "fixtures" / "rome-talks-2022-03-15.txt"
    status, out, _ = _run(capsys, "extract", str(dw_article_path), str(second))
    assert status == 0
    document = json.loads(out)
    rome = [e for e in document["events"] if e["type"] == "CONSULT" and e["when"]["value"] == "2022-03-14"]
    assert len(rome) == 1
    assert {s["article_id"] for s in rome[0]["sources"]} == {a["id"] for a in document["articles"]}
