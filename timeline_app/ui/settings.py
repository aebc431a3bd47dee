"""One typed wrapper over QSettings instead of scattered string keys."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "timeline-app"
APPLICATION = "Timeline App"


class AppSettings:
    """Window geometry and state, splitter sizes, the last folder used and the View toggles."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self._settings = settings or QSettings(ORGANISATION, APPLICATION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def geometry(self) -> QByteArray | None:
        return self._bytes("window/geometry")

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._settings.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("window/state", value)

    def splitter_state(self, name: str) -> QByteArray | None:
        return self._bytes(f"splitters/{name}")

    def set_splitter_state(self, name: str, value: QByteArray) -> None:
        self._settings.setValue(f"splitters/{name}", value)

    @property
    def last_directory(self) -> Path:
        """Where the file dialogs open: the last folder used, else the home folder."""
        value = self._settings.value("paths/last_directory")
        path = Path(str(value)) if value else Path.home()
        return path if path.is_dir() else Path.home()

    @last_directory.setter
    def last_directory(self, value: Path) -> None:
        folder = value if value.is_dir() else value.parent
        self._settings.setValue("paths/last_directory", str(folder))

    def _bool(self, key: str, default: bool) -> bool:
        """INI files give back "true"/"false" strings, the registry real booleans."""
        value = self._settings.value(key)
        if value is None:
            return default
        if isinstance(value, str):
            return value.strip().lower() in ("true", "1", "yes")
        return bool(value)

    @property
    def show_uncertain(self) -> bool:
        """View ▸ Show Uncertain Events (planned, possible, negated); on by default."""
        return self._bool("view/show_uncertain", True)

    @show_uncertain.setter
    def show_uncertain(self, value: bool) -> None:
        self._settings.setValue("view/show_uncertain", bool(value))

    @property
    def show_inferred(self) -> bool:
        """View ▸ Show Inferred Dates; on by default."""
        return self._bool("view/show_inferred", True)

    @show_inferred.setter
    def show_inferred(self, value: bool) -> None:
        self._settings.setValue("view/show_inferred", bool(value))

    def sync(self) -> None:
        self._settings.sync()
