"""Menus, toolbar and the file dialogs behind them (open, export)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from timeline_app import __version__
from timeline_app.ui.resources import icon

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"
EXPORT_FILTERS = {"png": "PNG image (*.png)", "svg": "SVG image (*.svg)", "json": "Timeline JSON (*.json)"}


@dataclass
class Actions:
    open: QAction
    open_folder: QAction
    export_png: QAction
    export_svg: QAction
    export_json: QAction
    quit: QAction
    fit_all: QAction
    zoom_in: QAction
    zoom_out: QAction
    about: QAction


def _action(window: MainWindow, text: str, shortcuts: list[QKeySequence] | None = None, tip: str = "",
            icon_name: str = "") -> QAction:
    action = QAction(icon(icon_name), text, window) if icon_name else QAction(text, window)
    if shortcuts:
        action.setShortcuts(shortcuts)
    if tip:
        action.setStatusTip(tip)
        action.setToolTip(tip)
    return action


def build(window: MainWindow) -> Actions:
    """Create the actions, wire them to the window, fill the menus and toolbar."""
    keys = QKeySequence.StandardKey
    actions = Actions(
        open=_action(window, "&Open Articles…", [QKeySequence(keys.Open)], "Import news articles", "open"),
        open_folder=_action(window, "Open &Folder…", [QKeySequence("Ctrl+Shift+O")], "Import a folder"),
        export_png=_action(window, "Export as &PNG…", [QKeySequence("Ctrl+E")], "Save the timeline as an image",
                           "export"),
        export_svg=_action(window, "Export as &SVG…", None, "Save the timeline as a vector image"),
        export_json=_action(window, "Export as &JSON…", None, "Save articles and events as JSON"),
        quit=_action(window, "&Quit", [QKeySequence(keys.Quit)]),
        fit_all=_action(window, "&Fit All", [QKeySequence("Ctrl+0"), QKeySequence("F")], "Show every event",
                        "fit-all"),
        zoom_in=_action(window, "Zoom &In", [QKeySequence(keys.ZoomIn), QKeySequence("Ctrl+=")], "Zoom in",
                        "zoom-in"),
        zoom_out=_action(window, "Zoom &Out", [QKeySequence(keys.ZoomOut)], "Zoom out", "zoom-out"),
        about=_action(window, "&About Timeline App"),
    )
    _connect(window, actions)
    _fill_menus(window, actions)
    return actions


def _connect(window: MainWindow, actions: Actions) -> None:
    actions.open.triggered.connect(lambda: open_files(window))
    actions.open_folder.triggered.connect(lambda: open_folder(window))
    actions.export_png.triggered.connect(lambda: export_with_dialog(window, "png"))
    actions.export_svg.triggered.connect(lambda: export_with_dialog(window, "svg"))
    actions.export_json.triggered.connect(lambda: export_with_dialog(window, "json"))
    actions.quit.triggered.connect(window.close)
    actions.fit_all.triggered.connect(window.timeline.fit_all)
    actions.zoom_in.triggered.connect(lambda: window.timeline.zoom(1.5))
    actions.zoom_out.triggered.connect(lambda: window.timeline.zoom(1 / 1.5))
    actions.about.triggered.connect(lambda: show_about(window))


def _fill_menus(window: MainWindow, actions: Actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addActions([actions.open, actions.open_folder])
    file_menu.addSeparator()
    file_menu.addActions([actions.export_png, actions.export_svg, actions.export_json])
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    view_menu = bar.addMenu("&View")
    view_menu.addActions([actions.fit_all, actions.zoom_in, actions.zoom_out])
    bar.addMenu("&Help").addAction(actions.about)
    toolbar = QToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.addActions([actions.open, actions.fit_all, actions.zoom_in, actions.zoom_out, actions.export_png])
    window.addToolBar(toolbar)


def open_files(window: MainWindow) -> None:
    names, _ = QFileDialog.getOpenFileNames(window, "Open articles", str(window.settings.last_directory),
                                            ARTICLE_FILTER)
    window.import_files([Path(name) for name in names])


def open_folder(window: MainWindow) -> None:
    name = QFileDialog.getExistingDirectory(window, "Open a folder of articles", str(window.settings.last_directory))
    if name:
        window.import_files([Path(name)])


def export_with_dialog(window: MainWindow, kind: str) -> None:
    if not window.shown_events():
        window.statusBar().showMessage("Nothing to export yet: import some articles first.")
        return
    suggested = window.settings.last_directory / f"timeline.{kind}"
    name, _ = QFileDialog.getSaveFileName(window, f"Export as {kind.upper()}", str(suggested), EXPORT_FILTERS[kind])
    if name:
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(f".{kind}")
        export_to(window, kind, path)


def export_to(window: MainWindow, kind: str, path: Path) -> bool:
    """Write the timeline as ``kind`` to ``path``: the events shown (those passing
    the filter, if any). Errors go to a message box."""
    from timeline_app.ui.export_image import render_timeline_png, render_timeline_svg

    events = window.shown_events()
    try:
        if kind == "png":
            render_timeline_png(events, path)
        elif kind == "svg":
            render_timeline_svg(events, path)
        else:
            from timeline_app.export.json_export import write_json

            articles = window.store.list_articles()
            if len(events) < len(window.events()):  # filtered: only the articles these events cite
                cited = {source.article_id for event in events for source in event.sources}
                articles = [article for article in articles if article.id in cited]
            write_json(path, articles, events)
    except (OSError, ValueError) as error:
        window.show_error("Export failed", f"Could not write {path}: {error}")
        return False
    window.settings.last_directory = path.parent
    window.statusBar().showMessage(f"Exported {len(events)} events to {path}")
    return True


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, "About Timeline App",
                      f"<b>Timeline App {__version__}</b><p>Drop news articles, get their dated events on an "
                      "interactive timeline. Every event links back to the sentence it came from.</p>")
