"""The reader's remembered choices (script, window layout, search history) in one INI file.

Passed explicitly to the window rather than read from a global so tests can give each run
its own file: ``READER_CONFIG_DIR`` (set per test by tests/conftest.py) chooses the folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths

HISTORY_LIMIT = 20
"""How many past searches the find bar offers."""


def default_config_path() -> Path:
    """``$READER_CONFIG_DIR/reader.ini``, else the platform's per-user config folder."""
    folder = os.environ.get("READER_CONFIG_DIR")
    if folder:
        return Path(folder) / "reader.ini"
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppConfigLocation)
    return Path(base or Path.home() / ".config" / "Reader") / "reader.ini"


class Settings:
    """Typed access to the few values Reader keeps between runs."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_config_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    # -- script -----------------------------------------------------------------
    @property
    def script(self) -> str:
        """The script key last chosen in the window (``original`` until one is chosen)."""
        value = self._qs.value("view/script", "original")
        return str(value) if value else "original"

    @script.setter
    def script(self, key: str) -> None:
        self._qs.setValue("view/script", key)

    # -- search history ---------------------------------------------------------
    @property
    def search_history(self) -> list[str]:
        """Past queries, most recent first."""
        value = self._qs.value("search/history", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in (value or []) if str(v)]

    def add_search(self, query: str) -> list[str]:
        """Remember ``query`` at the top of the history (once) and return the new history."""
        query = query.strip()
        if not query:
            return self.search_history
        history = [query, *[q for q in self.search_history if q != query]][:HISTORY_LIMIT]
        self._qs.setValue("search/history", history)
        return history

    # -- window layout ----------------------------------------------------------
    def window_state(self) -> tuple[QByteArray | None, QByteArray | None]:
        """Saved geometry and dock state, or None for each when never saved."""
        geometry = self._qs.value("window/geometry")
        state = self._qs.value("window/state")
        return (
            geometry if isinstance(geometry, QByteArray) else None,
            state if isinstance(state, QByteArray) else None,
        )

    def save_window_state(self, geometry: QByteArray, state: QByteArray) -> None:
        """Remember where the window and its docks were."""
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

    @property
    def last_folder(self) -> str:
        """The folder of the last file opened, where File ▸ Open starts."""
        return str(self._qs.value("files/last_folder", "") or "")

    @last_folder.setter
    def last_folder(self, folder: str) -> None:
        self._qs.setValue("files/last_folder", folder)

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes lazily)."""
        self._qs.sync()
