"""The typed settings wrapper: what is remembered between sessions."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from timeline_app.ui.settings import AppSettings


def test_last_directory_round_trips_and_falls_back_to_home(tmp_path: Path) -> None:
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert settings.last_directory == Path.home()
    article = tmp_path / "news" / "a.txt"
    article.parent.mkdir()
    article.write_text("x")
    settings.last_directory = article  # a file: its folder is remembered
    settings.sync()
    again = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    assert again.last_directory == article.parent
    article.unlink()
    article.parent.rmdir()
    assert again.last_directory == Path.home()  # a folder that is gone is not offered


def test_window_geometry_is_restored(qtbot: object, tmp_path: Path, store: object) -> None:
    from timeline_app.ui.main_window import MainWindow

    ini = str(tmp_path / "s.ini")
    first = MainWindow(store, AppSettings(QSettings(ini, QSettings.Format.IniFormat)))  # type: ignore[arg-type]
    qtbot.addWidget(first)  # type: ignore[attr-defined]
    first.resize(700, 500)  # within the offscreen screen (800 x 600)
    first.show()
    first.close()
    second = MainWindow(store, AppSettings(QSettings(ini, QSettings.Format.IniFormat)))  # type: ignore[arg-type]
    qtbot.addWidget(second)  # type: ignore[attr-defined]
    assert (second.width(), second.height()) == (700, 500)
