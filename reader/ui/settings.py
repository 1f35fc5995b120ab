"""The reader's remembered choices (script, window layout, search history) in one INI file.

Passed explicitly to the window rather than read from a global so tests can give each run
its own file: ``READER_CONFIG_DIR`` (set per test by tests/conftest.py) chooses the folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

HISTORY_LIMIT = 20
"""How many past searches the find bar offers."""
POSITIONS_LIMIT = 200
"""How many articles' reading positions are remembered (the least recently read are dropped)."""


def default_config_path() -> Path:
    """``reader.ini`` in :func:`reader.paths.config_dir`, the one rule for where settings live."""
    from reader.paths import config_dir

    return config_dir() / "reader.ini"


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
        items: list[object] = list(value) if isinstance(value, (list, tuple)) else []
        return [str(v) for v in items if str(v)]

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

    # -- reading comfort (theme, language, font) ------------------------------------
    @property
    def theme(self) -> str:
        """``system`` (follow the desktop), ``light``, ``dark`` or ``sepia``."""
        return str(self._qs.value("view/theme", "system") or "system")

    @theme.setter
    def theme(self, choice: str) -> None:
        self._qs.setValue("view/theme", choice)

    @property
    def language(self) -> str:
        """Interface language: ``system``, ``en``, ``zh_CN`` or ``zh_TW``."""
        return str(self._qs.value("view/language", "system") or "system")

    @language.setter
    def language(self, choice: str) -> None:
        self._qs.setValue("view/language", choice)

    @property
    def font_size(self) -> float:
        """Body text size in points after zooming; 0 when never zoomed (the view's default)."""
        value = self._qs.value("view/font_size", 0)
        try:
            return float(value) if isinstance(value, (int, float, str)) and value else 0.0
        except ValueError:
            return 0.0

    @font_size.setter
    def font_size(self, points: float) -> None:
        self._qs.setValue("view/font_size", float(points))

    @property
    def font_family(self) -> str:
        """The body font chosen by the reader; "" for the built-in CJK serif chain."""
        return str(self._qs.value("view/font_family", "") or "")

    @font_family.setter
    def font_family(self, family: str) -> None:
        self._qs.setValue("view/font_family", family)

    # -- recent files and reading positions --------------------------------------------
    @property
    def recent_files(self) -> list[str]:
        """Absolute paths of recently opened articles, most recent first."""
        value = self._qs.value("files/recent", [])
        if isinstance(value, str):
            return [value] if value else []
        return [str(v) for v in value if str(v)] if isinstance(value, list) else []

    def add_recent_file(self, path: str, limit: int = 10) -> list[str]:
        """Put ``path`` at the top of the recent files (once), keeping at most ``limit``."""
        recent = [path, *[p for p in self.recent_files if p != path]][:limit]
        self._qs.setValue("files/recent", recent)
        return recent

    def clear_recent_files(self) -> None:
        """Forget the recent files (reading positions stay)."""
        self._qs.setValue("files/recent", [])

    def _positions(self) -> dict[str, int]:
        stored = str(self._qs.value("files/positions", "") or "")
        if stored in ("", "{}"):
            return {}  # nothing kept yet (json is then not imported before the first paint)
        import json

        try:
            data = json.loads(stored)
        except ValueError:
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): int(v) for k, v in data.items() if isinstance(v, int) and v >= 0}

    def reading_position(self, path: str) -> int:
        """The block the reader was at in ``path`` when they left it (0 when never read)."""
        return self._positions().get(path, 0)

    def set_reading_position(self, path: str, block: int) -> None:
        """Remember the block at the top of the view for ``path``; the oldest entries are dropped."""
        positions = self._positions()
        positions.pop(path, None)
        positions[path] = max(0, int(block))
        kept = dict(list(positions.items())[-POSITIONS_LIMIT:])
        import json

        self._qs.setValue("files/positions", json.dumps(kept, ensure_ascii=False))

    def sync(self) -> None:
        """Write pending changes now (QSettings otherwise writes lazily)."""
        self._qs.sync()
