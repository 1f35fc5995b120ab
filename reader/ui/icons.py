"""Action icons drawn in the theme's text colour, so one set of SVGs reads on light and dark.

The SVGs in ``reader/resources/icons`` stroke with ``currentColor``; Qt's SVG renderer has no
CSS cascade to give that a value, so the colour is written into the markup before rendering.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from reader import resources

ICON_SIZES = (16, 24, 32, 48)
"""Pixel sizes rendered up front (menus, toolbars, high-DPI toolbars); Qt scales between them."""

ACTION_ICONS: dict[str, str] = {
    "open": "open",
    "open_recent": "recent",
    "reload": "reload",
    "close": "close",
    "quit": "quit",
    "export": "export",
    "export_quotes": "export",
    "print": "print",
    "export_pdf": "pdf",
    "save_pdf": "pdf",
    "highlight": "highlight",
    "add_highlight": "highlight",
    "remove_highlight": "highlight-remove",
    "find": "find",
    "find_next": "find-next",
    "find_previous": "find-previous",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "zoom_reset": "zoom-reset",
    "script": "script",
    "theme": "theme",
    "font": "font",
    "choose_font": "font",
    "language": "language",
    "about": "about",
    "shortcuts": "shortcuts",
    "keyboard_shortcuts": "shortcuts",
    "preferences": "settings",
    "settings": "settings",
    "copy": "copy",
    "fullscreen": "fullscreen",
    "full_screen": "fullscreen",
    "toggle_people": "people",
    "toggle_quotes": "quotes",
    "toggle_outline": "contents",
    "toggle_contents": "contents",
}
"""Actions registry name → icon file name; names missing from the registry are skipped."""


def _svg_in_color(name: str, color: QColor) -> QByteArray:
    text = resources.icon_path(name).read_text(encoding="utf-8")
    return QByteArray(text.replace("currentColor", color.name()).encode("utf-8"))


def themed_icon(name: str, color: QColor | str) -> QIcon:
    """The icon ``name`` stroked in ``color`` (usually the palette's WindowText)."""
    renderer = QSvgRenderer(_svg_in_color(name, QColor(color)))
    icon = QIcon()
    for size in ICON_SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def apply_icons(
    actions: Mapping[str, QAction], color: QColor | str, names: Mapping[str, str] | None = None
) -> list[str]:
    """Give every registry action that has an icon its icon in ``color``; returns the names set.

    Called again on every theme change, so icons follow the palette.
    """
    mapping = ACTION_ICONS if names is None else names
    shipped = set(resources.icon_names())
    done = []
    for action_name, action in actions.items():
        icon_name = mapping.get(action_name)
        if icon_name and icon_name in shipped:
            action.setIcon(themed_icon(icon_name, color))
            done.append(action_name)
    return done


def app_icon() -> QIcon:
    """Reader's own icon, full colour (for the window, the About box and task bars)."""
    return QIcon(str(resources.app_icon_path()))
