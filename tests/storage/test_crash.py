"""A process killed in the middle of importing leaves every article whole or absent."""

from __future__ import annotations

import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from timeline_app.storage import open_store

from .factories import make_article, make_event

REPO = Path(__file__).resolve().parents[2]
EVENTS_PER_ARTICLE = 40
IMPORTER = f"""
import sys
from timeline_app.storage import open_store
from tests.storage.factories import make_article, make_event
store = open_store(sys.argv[1])
for number in range(1000, 1100):
    article = make_article(number)
    events = [make_event(article, index * 3) for index in range({EVENTS_PER_ARTICLE})]
    store.import_article(article, events)
    print(number, flush=True)
"""


def test_sigkill_during_imports_leaves_whole_articles_and_old_data_intact(db_url: str) -> None:
    store = open_store(db_url)
    old = [make_article(n) for n in range(5)]
    for article in old:
        store.import_article(article, [make_event(article, 0), make_event(article, 3, "2021-10")])
    store.correct_event(make_event(old[0], 0).id, title="corrected before the crash")
    before = store.list_events()
    store.close()

    importer = subprocess.Popen([sys.executable, "-c", IMPORTER, db_url], cwd=REPO,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert importer.stdout is not None
    for _ in range(20):
        line = importer.stdout.readline()
        assert line, importer.stderr.read() if importer.stderr else "importer stopped"
    time.sleep(random.uniform(0, 0.02))  # land anywhere inside the next transactions
    importer.send_signal(signal.SIGKILL)
    importer.wait(timeout=30)
    assert importer.returncode == -signal.SIGKILL

    store = open_store(db_url)
    try:
        new = [make_article(n) for n in range(1000, 1100)]
        present = [a for a in new if store.has_article(a.id)]
        assert 20 <= len(present) < 100
        events = store.list_events()
        per_article: dict[str, int] = {}
        for event in events:
            for source in event.sources:
                per_article[source.article_id] = per_article.get(source.article_id, 0) + 1
        for article in new:
            expected = EVENTS_PER_ARTICLE if article in present else 0
            assert per_article.get(article.id, 0) == expected, article.title
        old_ids = {e.id for e in before}
        assert [e for e in events if e.id in old_ids] == before
    finally:
        store.close()
