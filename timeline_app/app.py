"""Starting the GUI: application, store, main window, files from the command line."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(files: list[Path], db_url: str | None) -> int:
    """Show the main window until it is closed; 0 on a normal exit, 1 when the
    database cannot be opened (after telling the user why)."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from timeline_app.storage import StorageError, open_store
    from timeline_app.ui.main_window import MainWindow
    from timeline_app.ui.resources import style_sheet
    from timeline_app.ui.settings import APPLICATION, ORGANISATION
    from timeline_app.ui.style import ui_font

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    try:
        store = open_store(db_url)
    except StorageError as error:
        print(f"timeline-app: {error}", file=sys.stderr)
        QMessageBox.critical(None, "Timeline App", f"The database cannot be opened.\n\n{error}")
        return 1
    app.setFont(ui_font(13))
    app.setStyleSheet(style_sheet())
    try:
        window = MainWindow(store)
        window.show()
        window.refresh()
        if files:
            window.import_files(list(files))
        return app.exec()
    finally:
        store.close()
