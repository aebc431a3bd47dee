"""Menus, toolbar and the file dialogs behind them (open; export is in exporting.py)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMessageBox, QToolBar

from timeline_app import __version__
from timeline_app.ui.exporting import export_with_dialog
from timeline_app.ui.resources import icon

if TYPE_CHECKING:
    from timeline_app.ui.main_window import MainWindow

ARTICLE_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"


@dataclass
class Actions:
    open: QAction
    open_folder: QAction
    export_png: QAction
    export_svg: QAction
    export_json: QAction
    export_csv: QAction
    export_timelinejs: QAction
    remove_article: QAction
    quit: QAction
    edit_event: QAction
    revert_event: QAction
    find: QAction
    show_uncertain: QAction
    show_inferred: QAction
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


def _toggle(window: MainWindow, text: str, checked: bool, tip: str) -> QAction:
    action = _action(window, text, None, tip)
    action.setCheckable(True)
    action.setChecked(checked)
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
        export_csv=_action(window, "Export as &CSV…", None, "Save the events as a spreadsheet"),
        export_timelinejs=_action(window, "Export as &TimelineJS…", None,
                                  "Save the events for a TimelineJS web page"),
        remove_article=_action(window, "&Remove Article…", None, "Remove stored articles and their events"),
        quit=_action(window, "&Quit", [QKeySequence(keys.Quit)]),
        edit_event=_action(window, "&Edit Event…", [QKeySequence("F2")], "Correct the title, date or type"),
        revert_event=_action(window, "&Revert to Extracted", None,
                             "Forget your corrections: show the values found in the article"),
        find=_action(window, "&Find…", [QKeySequence(keys.Find)], "Filter the events by text"),
        show_uncertain=_toggle(window, "Show &Uncertain Events", window.settings.show_uncertain,
                               "Show planned, possible and negated events"),
        show_inferred=_toggle(window, "Show &Inferred Dates", window.settings.show_inferred,
                              "Show events the text gave no date for (dated by the article or paragraph)"),
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
    actions.export_csv.triggered.connect(lambda: export_with_dialog(window, "csv"))
    actions.export_timelinejs.triggered.connect(lambda: export_with_dialog(window, "timelinejs"))
    actions.remove_article.triggered.connect(window.editing.choose_articles_of_selection)
    actions.edit_event.triggered.connect(window.editing.edit_selected_event)
    actions.revert_event.triggered.connect(window.editing.revert_selected_event)
    actions.find.triggered.connect(window.focus_filter)
    actions.show_uncertain.toggled.connect(window.set_show_uncertain)
    actions.show_inferred.toggled.connect(window.set_show_inferred)
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
    file_menu.addActions([actions.export_png, actions.export_svg, actions.export_json, actions.export_csv,
                          actions.export_timelinejs])
    file_menu.addSeparator()
    file_menu.addAction(actions.remove_article)
    file_menu.addSeparator()
    file_menu.addAction(actions.quit)
    edit_menu = bar.addMenu("&Edit")
    edit_menu.addActions([actions.edit_event, actions.revert_event])
    edit_menu.addSeparator()
    edit_menu.addAction(actions.find)
    view_menu = bar.addMenu("&View")
    view_menu.addActions([actions.fit_all, actions.zoom_in, actions.zoom_out])
    view_menu.addSeparator()
    view_menu.addActions([actions.show_uncertain, actions.show_inferred])
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


def show_about(window: MainWindow) -> None:
    QMessageBox.about(window, "About Timeline App",
                      f"<b>Timeline App {__version__}</b><p>Drop news articles, get their dated events on an "
                      "interactive timeline. Every event links back to the sentence it came from.</p>")
