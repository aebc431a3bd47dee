"""Without an English model the app still extracts, and says what is missing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SCRIPT = """
import sys
import timeline_app.extraction.nlp as nlp
nlp._MODEL_MODULES = ("no_such_model_installed",)
from timeline_app.cli import main
sys.exit(main(["extract", sys.argv[1], "--dct", "2022-03-14"]))
"""


def test_extract_runs_rule_only_and_tells_the_user(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Talks in Rome\n\nThe two envoys met in Rome on Monday. They met in Zurich in October.\n")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(article)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "No English spaCy model installed" in result.stderr
    assert "requirements-model.txt" in result.stderr
    document = json.loads(result.stdout)
    assert document["articles"][0]["published"] == "2022-03-14"
    values = {event["when"]["value"] for event in document["events"]}
    assert values <= {"2022-03-14", "2021-10"}
