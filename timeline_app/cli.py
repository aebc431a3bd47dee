"""Command line (ARCHITECTURE.md contract): gui, extract, import, export, timeml.

Qt is imported only by the commands that render; errors print one line on
stderr and the exit status is non-zero.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from timeline_app import __version__
from timeline_app.core import Article, Day, Event
from timeline_app.core.merge import merge_reports

if TYPE_CHECKING:
    from timeline_app.storage import Store

PROG = "timeline-app"
COMMANDS = ("gui", "extract", "import", "export", "timeml")
EXPORT_KINDS = ("json", "png", "svg", "timelinejs", "csv")


class CommandError(Exception):
    """A failure to report as one line on stderr."""


def _day(text: str) -> Day:
    try:
        return Day.parse(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from error


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Dated events from news articles, on a timeline.")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress on stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", help="start the window (the default)")
    gui.add_argument("files", nargs="*", type=Path, help="articles to import on start")
    gui.add_argument("--db", help="SQLAlchemy database URL (default: a SQLite file in the user data folder)")

    extract = sub.add_parser("extract", help="print the events of articles as JSON (no database)")
    extract.add_argument("files", nargs="+", type=Path)
    extract.add_argument("--dct", type=_day, help="publication date to use (YYYY-MM-DD)")
    extract.add_argument("--format", choices=("json",), default="json")

    store = sub.add_parser("import", help="store articles and their events")
    store.add_argument("paths", nargs="+", type=Path, metavar="FILE_OR_DIR")
    store.add_argument("--db", help="SQLAlchemy database URL")
    store.add_argument("--dct", type=_day, help="publication date to use for every file")

    export = sub.add_parser("export", help="write the stored timeline to a file")
    kinds = export.add_mutually_exclusive_group(required=True)
    for kind in EXPORT_KINDS:
        kinds.add_argument(f"--{kind}", dest=kind, type=Path, metavar="OUT")
    export.add_argument("--db", help="SQLAlchemy database URL")
    export.add_argument("--from", dest="start", type=_day, help="first day to include")
    export.add_argument("--to", dest="end", type=_day, help="last day to include")
    export.add_argument("--width", type=int, default=1600, help="image width in pixels")

    timeml = sub.add_parser("timeml", help="annotate TimeML files with TIMEX3 (for evaluation)")
    timeml.add_argument("in_dir", type=Path)
    timeml.add_argument("out_dir", type=Path)
    return parser


def _normalise_argv(argv: list[str]) -> list[str]:
    """No command means the GUI, with any files given."""
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help", "--version", "-v", "--verbose")):
        return ["gui", *argv]
    return argv


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(_normalise_argv(list(sys.argv[1:] if argv is None else argv)))
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(name)s: %(message)s")
    if args.command is None:
        args = build_parser().parse_args(["gui"])
    handler: Callable[[argparse.Namespace], int] = _HANDLERS[args.command]
    try:
        return handler(args)
    except CommandError as error:
        print(f"{PROG}: error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _cmd_gui(args: argparse.Namespace) -> int:
    from timeline_app.app import run_gui

    status: int = run_gui(list(args.files), args.db)
    return status


def _cmd_extract(args: argparse.Namespace) -> int:
    from timeline_app.export import dumps
    from timeline_app.extraction.pipeline import extract_events
    from timeline_app.ingest import IngestError, read_article

    articles: list[Article] = []
    events: list[Event] = []
    failures = 0
    for path in args.files:
        try:
            article = read_article(path, args.dct)
        except IngestError as error:
            print(f"{PROG}: {path}: {error}", file=sys.stderr)
            failures += 1
            continue
        articles.append(article)
        merge_reports(events, extract_events(article))
    if not articles:
        raise CommandError("no readable article")
    _warn_if_rule_only()
    print(dumps(articles, events))
    return 1 if failures else 0


def _warn_if_rule_only() -> None:
    from timeline_app.extraction.nlp import loaded_model_status

    status = loaded_model_status()
    if status is not None and status.rule_only:
        print(f"{PROG}: {status.message}", file=sys.stderr)


def _open_store(url: str | None) -> Store:
    from timeline_app.storage import StorageError, open_store

    try:
        return open_store(url or os.environ.get("TIMELINE_APP_DB") or None)
    except StorageError as error:
        raise CommandError(str(error)) from error


def _cmd_import(args: argparse.Namespace) -> int:
    from timeline_app.importing import ERROR, import_paths

    store = _open_store(args.db)
    try:
        report = import_paths(args.paths, store, published=args.dct, progress=_print_progress(args.verbose))
    finally:
        store.close()
    for item in report.items:
        stream = sys.stderr if item.status == ERROR else sys.stdout
        print(f"{item.path}: {item.message}", file=stream)
    print(report.summary())
    _warn_if_rule_only()
    return 1 if report.failed else 0


def _print_progress(verbose: bool) -> Callable[[int, int, str], None] | None:
    if not verbose:
        return None

    def report(done: int, total: int, name: str) -> None:
        if name:
            print(f"[{done + 1}/{total}] {name}", file=sys.stderr)

    return report


def _cmd_export(args: argparse.Namespace) -> int:
    kind = next(k for k in EXPORT_KINDS if getattr(args, k) is not None)
    out: Path = getattr(args, kind)
    if not out.parent.exists():
        raise CommandError(f"folder does not exist: {out.parent}")
    store = _open_store(args.db)
    try:
        events = store.list_events(args.start, args.end)
        articles = _articles_of(store, events)
    finally:
        store.close()
    _write_export(kind, out, articles, events, args.width)
    print(f"{out}: {len(events)} events")
    return 0


def _articles_of(store: Store, events: list[Event]) -> list[Article]:
    wanted = {source.article_id for event in events for source in event.sources}
    return [a for a in store.list_articles() if a.id in wanted]


def _write_export(kind: str, out: Path, articles: list[Article], events: list[Event], width: int) -> None:
    from timeline_app import export

    if kind == "json":
        export.write_json(out, articles, events)
    elif kind == "csv":
        export.write_csv(out, events)
    elif kind == "timelinejs":
        export.write_timelinejs(out, articles, events)
    else:
        from timeline_app.ui.export_image import render_timeline_png, render_timeline_svg

        render = render_timeline_png if kind == "png" else render_timeline_svg
        render(events, out, width)


def _cmd_timeml(args: argparse.Namespace) -> int:
    from timeline_app.extraction.temporal import annotate_timeml_dir

    if not args.in_dir.is_dir():
        raise CommandError(f"not a folder: {args.in_dir}")
    args.out_dir.mkdir(parents=True, exist_ok=True)
    count = annotate_timeml_dir(args.in_dir, args.out_dir)
    print(f"{count} files annotated in {args.out_dir}")
    return 0


_HANDLERS: dict[str, Callable[[argparse.Namespace], int]] = {
    "gui": _cmd_gui,
    "extract": _cmd_extract,
    "import": _cmd_import,
    "export": _cmd_export,
    "timeml": _cmd_timeml,
}
