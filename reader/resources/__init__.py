"""Files Reader ships beside its code: icons, translations, desktop metadata.

They live inside the package (``reader/resources/``) so ``pip install .`` carries them into
site-packages; everything is found through :mod:`importlib.resources` from wherever the package
was imported, never from the current folder or the source checkout. No Qt here: the core stays
importable without it, and ``reader.ui.icons`` turns these paths into QIcons.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

from reader.errors import ReaderError

APP_ID = "io.github.reader.Reader"
"""Reverse-DNS application id shared by the .desktop file, AppStream metadata and the icon."""


class MissingResourceError(ReaderError):
    """A file that should have been installed with Reader is not there (a broken install)."""


def root() -> Path:
    """The folder holding Reader's resources in this installation.

    ``files()`` is a real directory for a normal (unzipped) install, which is the only kind
    pip produces for a wheel; refusing anything else keeps the Qt callers simple.
    """
    base = files(__name__)
    path = Path(str(base))
    if not path.is_dir():
        raise MissingResourceError(f"Reader's resources are not a folder on disk: {base}")
    return path


def resource_path(*parts: str) -> Path:
    """One resource by its path below ``reader/resources``; a clear error when it is missing."""
    path = root().joinpath(*parts)
    if not path.exists():
        raise MissingResourceError(f"missing resource {'/'.join(parts)} (looked in {root()})")
    return path


def icon_path(name: str) -> Path:
    """``icons/NAME.svg``: the monochrome action icons (recoloured per theme by reader.ui.icons)."""
    return resource_path("icons", f"{name}.svg")


def icon_names() -> list[str]:
    """Every action icon shipped, without the ``.svg``."""
    return sorted(p.stem for p in (root() / "icons").glob("*.svg"))


def app_icon_path() -> Path:
    """The application icon (full colour, not recoloured)."""
    return resource_path("linux", f"{APP_ID}.svg")


def translations_dir() -> Path:
    """The folder of compiled ``reader_<lang>.qm`` files (and their ``.ts`` sources)."""
    return resource_path("translations")


def translation_path(language: str) -> Path:
    """``translations/reader_<language>.qm`` for ``zh_CN`` or ``zh_TW``."""
    return resource_path("translations", f"reader_{language}.qm")
