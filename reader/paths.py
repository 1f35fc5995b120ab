"""Where Reader keeps what the reader made (highlights) and settings, without importing Qt.

API (for the window and the command line)::

    data_dir() -> Path        # highlights and other user data
    config_dir() -> Path      # settings
    highlights_dir() -> Path  # data_dir() / "highlights"

Nothing here creates a folder: writers create what they need when they first write, so
merely starting the app (or running ``analyze``) leaves no trace on disk.

``READER_DATA_DIR`` and ``READER_CONFIG_DIR`` override everything; the tests set them so a
test run can never touch the user's own highlights. Otherwise the platform's convention is
followed (the same folders Qt's ``QStandardPaths`` would pick for an app named Reader), so
the core and the window always agree without the core needing Qt.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

APP_DIR_POSIX = "reader"
"""Folder name under the XDG base folders (lower case, as is customary on Linux)."""
APP_DIR = "Reader"
"""Folder name on macOS and Windows."""


def _home(env: Mapping[str, str]) -> Path:
    home = env.get("HOME") or env.get("USERPROFILE")
    return Path(home) if home else Path.home()


_KINDS: dict[str, tuple[str, str, tuple[str, ...], tuple[str, ...]]] = {
    # kind: (override variable, XDG variable, XDG default under home, macOS folder under home)
    "data": ("READER_DATA_DIR", "XDG_DATA_HOME", (".local", "share"), ("Library", "Application Support")),
    "config": ("READER_CONFIG_DIR", "XDG_CONFIG_HOME", (".config",), ("Library", "Preferences")),
}


def _user_dir(kind: str, platform: str | None, env: Mapping[str, str] | None) -> Path:
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    override_var, xdg_var, xdg_default, mac_folder = _KINDS[kind]
    override = env.get(override_var)
    if override:
        return Path(override).expanduser()
    if platform == "win32":
        appdata = env.get("APPDATA")
        base = Path(appdata) if appdata else _home(env) / "AppData" / "Roaming"
        return base / APP_DIR
    if platform == "darwin":
        return _home(env).joinpath(*mac_folder) / APP_DIR
    xdg = env.get(xdg_var)
    # The XDG spec says a relative value is invalid and must be ignored.
    base = Path(xdg) if xdg and os.path.isabs(xdg) else _home(env).joinpath(*xdg_default)
    return base / APP_DIR_POSIX


def data_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The folder for the reader's own data; ``platform``/``env`` exist so tests can vary them."""
    return _user_dir("data", platform, env)


def config_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The folder for settings (the window's INI file lives here too)."""
    return _user_dir("config", platform, env)


def highlights_dir(platform: str | None = None, env: Mapping[str, str] | None = None) -> Path:
    """The folder of the highlights store (one JSON file per document, plus an index)."""
    return data_dir(platform, env) / "highlights"
