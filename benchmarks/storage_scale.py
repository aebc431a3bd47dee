"""Storage at scale: insert throughput, window queries and bucket counts.

Builds stores of 10k, 100k and 1M synthetic events (through the same
``Store.import_article`` the app uses, articles of 500 events spread over
1900-2030, 92 % single days, the rest weeks to decades) and prints, per size:
- insert throughput (events per second, merge checks and full-text indexing included),
- the median time to fetch a visible window of about 500 events (``list_events``),
- the median time of per-bucket counts of the whole range (day, month, year),
- the median time of a full-text search for one actor's name.
SQLite always; PostgreSQL when a URL is given (--pg-url or TIMELINE_APP_TEST_PG_URL;
the database's public schema is dropped and recreated for each size).

    .venv/bin/python benchmarks/storage_scale.py [--sizes 10000 100000 1000000]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from timeline_app.core import Article, Day, Event, Granularity, Source, TimeSpan, event_id
from timeline_app.core.calendar import iso_week_of
from timeline_app.storage import Store, open_store

FIRST, LAST = Day(1900, 1, 1).number, Day(2030, 12, 31).number
TYPES = ["CONSULT", "AGREE", "THREATEN", "SANCTION", "FIGHT", "PROTEST", "AID", "ACCUSE", "MEET", "ELECT"]
PER_ARTICLE = 500
WINDOW_EVENTS = 500


def _when(rng: random.Random) -> TimeSpan:
    """Mostly days, as in news; some weeks, months, quarters, years, decades."""
    day = Day.from_number(rng.randint(FIRST, LAST))
    roll = rng.random()
    if roll < 0.92:
        value = day.iso()
    elif roll < 0.94:
        year, week = iso_week_of(day)
        value = f"{year:04d}-W{week:02d}"
    elif roll < 0.98:
        value = f"{day.year:04d}-{day.month:02d}"
    elif roll < 0.99:
        value = f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    elif roll < 0.999:
        value = f"{day.year:04d}"
    else:
        value = f"{day.year // 10:03d}"
    span = TimeSpan.from_value(value)
    assert span is not None
    return span


def synthetic_articles(count: int, seed: int = 1) -> Iterator[tuple[Article, list[Event]]]:
    """Articles of PER_ARTICLE events, each with its own actor (few merges)."""
    rng = random.Random(seed)
    made = 0
    number = 0
    while made < count:
        size = min(PER_ARTICLE, count - made)
        sentences = [f"Person{made + i} acted in place {rng.randint(0, 999)}. " for i in range(size)]
        text = f"Synthetic report {seed}-{number}. " + "".join(sentences)
        article = Article(text, title=f"Synthetic {number}", source=f"synthetic-{number}.txt")
        events, offset = [], len(f"Synthetic report {seed}-{number}. ")
        for index, sentence in enumerate(sentences):
            end = offset + len(sentence) - 1
            source = Source(article.id, sentence.strip(), offset, end, trigger="acted",
                            trigger_start=offset + sentence.index("acted"),
                            trigger_end=offset + sentence.index("acted") + 5)
            events.append(Event(event_id(article.id, offset, end), f"Person{made + index} acts", _when(rng),
                                rng.choice(TYPES), [f"Person{made + index}"], None, 0.6, [source]))
            offset = end + 1
        yield article, events
        made += size
        number += 1


def _median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def _calibrated_width(store: Store, size: int, rng: random.Random) -> int:
    """Days a window must span to show about WINDOW_EVENTS events (long spans
    overlap every window, so the width is found by trying)."""
    width = max(1, int((LAST - FIRST) * WINDOW_EVENTS / size))
    for _ in range(8):
        starts = [rng.randint(FIRST, LAST - width) for _ in range(7)]
        shown = statistics.median(
            len(store.list_events(Day.from_number(s), Day.from_number(s + width))) for s in starts
        )
        if abs(shown - WINDOW_EVENTS) <= WINDOW_EVENTS * 0.1 or (shown > WINDOW_EVENTS and width == 1):
            break
        width = max(1, round(width * (WINDOW_EVENTS / max(shown, 1)) ** 0.7))
    return width


def measure(store: Store, size: int) -> dict[str, float]:
    started = time.perf_counter()
    for article, events in synthetic_articles(size):
        store.import_article(article, events)
    inserted = size / (time.perf_counter() - started)
    rng = random.Random(5)
    width = _calibrated_width(store, size, rng)
    windows = [rng.randint(FIRST, LAST - width) for _ in range(31)]
    sizes: list[int] = []

    def fetch() -> None:
        first = windows[len(sizes) % len(windows)]
        sizes.append(len(store.list_events(Day.from_number(first), Day.from_number(first + width))))

    store.list_events(Day.from_number(windows[0]), Day.from_number(windows[0] + width))  # warm the cache
    figures = {"insert_per_s": inserted, "window_ms": _median_ms(fetch, len(windows))}
    figures["window_events"] = statistics.median(sizes)
    for granularity in (Granularity.DAY, Granularity.MONTH, Granularity.YEAR):
        figures[f"{granularity}_ms"] = _median_ms(lambda g=granularity: store.bucket_counts(g), 5)
    names = [f"Person{rng.randrange(size)}" for _ in range(11)]
    figures["search_ms"] = _median_ms(lambda: store.search(names.pop()), 11)
    return figures


def _report(backend: str, size: int, figures: dict[str, float]) -> None:
    print(f"{backend:10} {size:>9,} events  insert {figures['insert_per_s']:>8,.0f}/s  "
          f"window of {figures['window_events']:.0f}: {figures['window_ms']:6.1f} ms  "
          f"buckets day {figures['day_ms']:6.1f} ms, month {figures['month_ms']:6.1f} ms, "
          f"year {figures['year_ms']:6.1f} ms  search {figures['search_ms']:5.1f} ms", flush=True)


def run_sqlite(sizes: list[int]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for size in sizes:
            path = Path(folder) / f"bench-{size}.db"
            store = open_store(f"sqlite:///{path}")
            try:
                _report("sqlite", size, measure(store, size))
            finally:
                store.close()
            print(f"{'':10} file size {path.stat().st_size / 1e6:,.0f} MB", flush=True)
            path.unlink()


def _reset_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE"))
        connection.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def run_postgres(url: str | None, sizes: list[int]) -> None:
    if not url:
        print("postgres   skipped: no URL (--pg-url or TIMELINE_APP_TEST_PG_URL; see .ci/postgres.sh)")
        return
    for size in sizes:
        _reset_postgres(url)
        store = open_store(url)
        try:
            _report("postgres", size, measure(store, size))
        finally:
            store.close()
    _reset_postgres(url)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--pg-url", default=os.environ.get("TIMELINE_APP_TEST_PG_URL"))
    parser.add_argument("--skip-sqlite", action="store_true")
    args = parser.parse_args()
    print(f"storage scale: window ~{WINDOW_EVENTS} events, medians; {os.cpu_count()} cores")
    if not args.skip_sqlite:
        run_sqlite(args.sizes)
    run_postgres(args.pg_url, args.sizes)


if __name__ == "__main__":
    main()
