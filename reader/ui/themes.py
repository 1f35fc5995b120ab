"""Light, dark and sepia palettes, and following the system's colour scheme by default.

Themes are whole QPalettes on the Fusion style, with no application style sheet: every widget
(docks, menus, tooltips) takes its colours from one place, painting stays on the fast path, and
native styles that ignore palettes (macOS, Windows) cannot leave half the window light in a
dark theme. The article view gets its paper and ink from :attr:`Theme.page` and friends.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

SYSTEM = "system"
THEME_CHOICES: tuple[str, ...] = (SYSTEM, "light", "dark", "sepia")
"""What the user can pick; ``system`` follows the desktop's light/dark setting."""


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours of one theme; ``dark`` tells icons and views which way contrast runs."""

    name: str
    dark: bool
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    muted_text: str
    button: str
    highlight: str
    highlighted_text: str
    link: str
    tooltip_base: str
    tooltip_text: str
    border: str
    page: str
    """The article's paper: a little softer than Base so long reading is easier on the eyes."""


THEMES: dict[str, Theme] = {
    "light": Theme(
        name="light", dark=False, window="#f3f3f3", window_text="#1f1f1f", base="#ffffff",
        alternate_base="#f6f6f6", text="#1f1f1f", muted_text="#6b6b6b", button="#efefef",
        highlight="#3d7bd9", highlighted_text="#ffffff", link="#1a5fb4", tooltip_base="#fffbe6",
        tooltip_text="#1f1f1f", border="#c8c8c8", page="#fbfaf6",
    ),
    "dark": Theme(
        name="dark", dark=True, window="#242424", window_text="#e6e6e6", base="#1b1b1b",
        alternate_base="#262626", text="#e2e2e2", muted_text="#9a9a9a", button="#303030",
        highlight="#3f6fb5", highlighted_text="#ffffff", link="#8ab4f8", tooltip_base="#333333",
        tooltip_text="#eeeeee", border="#4a4a4a", page="#1e1e1e",
    ),
    "sepia": Theme(
        name="sepia", dark=False, window="#ebe1c9", window_text="#4a3a2a", base="#f6efdc",
        alternate_base="#efe6cf", text="#433423", muted_text="#7d6a52", button="#e4d8bb",
        highlight="#a5673f", highlighted_text="#fffaf0", link="#8a4b12", tooltip_base="#fff8e6",
        tooltip_text="#433423", border="#c9b894", page="#f6efdc",
    ),
}


def system_scheme_is_dark() -> bool:
    """Whether the desktop asks for dark colours (Qt ≥ 6.5 reports it through style hints)."""
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def resolve_theme(choice: str, system_dark: bool | None = None) -> Theme:
    """The theme a choice means now: ``system`` becomes light or dark; unknown names become system."""
    if choice in THEMES:
        return THEMES[choice]
    dark = system_scheme_is_dark() if system_dark is None else system_dark
    return THEMES["dark" if dark else "light"]


def build_palette(theme: Theme) -> QPalette:
    """A complete palette, including the disabled group so greyed-out actions stay legible."""
    palette = QPalette()
    role = QPalette.ColorRole
    colors = {
        role.Window: theme.window,
        role.WindowText: theme.window_text,
        role.Base: theme.base,
        role.AlternateBase: theme.alternate_base,
        role.Text: theme.text,
        role.Button: theme.button,
        role.ButtonText: theme.window_text,
        role.BrightText: "#ff5555" if theme.dark else "#c01c28",
        role.Highlight: theme.highlight,
        role.HighlightedText: theme.highlighted_text,
        role.Link: theme.link,
        role.LinkVisited: theme.link,
        role.ToolTipBase: theme.tooltip_base,
        role.ToolTipText: theme.tooltip_text,
        role.PlaceholderText: theme.muted_text,
        role.Light: QColor(theme.button).lighter(130).name(),
        role.Midlight: QColor(theme.button).lighter(115).name(),
        role.Mid: theme.border,
        role.Dark: QColor(theme.button).darker(160).name(),
        role.Shadow: "#000000",
    }
    for r, value in colors.items():
        palette.setColor(r, QColor(value))
    group = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group, r, QColor(theme.muted_text))
    palette.setColor(group, role.Highlight, QColor(theme.border))
    return palette


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Switch the whole application to ``theme`` at once (the style is set by ThemeManager)."""
    app.setPalette(build_palette(theme))


class ThemeManager(QObject):
    """Holds the user's choice and re-applies it when the choice or the desktop's scheme changes.

    ``theme_changed`` carries the resolved :class:`Theme` so the window can recolour its icons.
    """

    theme_changed = Signal(object)

    def __init__(self, app: QApplication, choice: str = SYSTEM, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else app)
        self._app = app
        if app.style().name().lower() != "fusion":
            app.setStyle("Fusion")  # the one built-in style that honours every palette role
        self._choice = choice if choice in THEME_CHOICES else SYSTEM
        self._theme = resolve_theme(self._choice)
        hints = QGuiApplication.styleHints()
        if hints is not None:
            hints.colorSchemeChanged.connect(self._on_system_scheme)

    @property
    def choice(self) -> str:
        """``system``, ``light``, ``dark`` or ``sepia``: what the user picked."""
        return self._choice

    @property
    def theme(self) -> Theme:
        """The theme in force now."""
        return self._theme

    def apply(self) -> Theme:
        """Apply the current choice (used once at start-up)."""
        self._theme = resolve_theme(self._choice)
        apply_theme(self._app, self._theme)
        self.theme_changed.emit(self._theme)
        return self._theme

    def set_choice(self, choice: str) -> Theme:
        """Pick a theme; unknown names fall back to following the system."""
        self._choice = choice if choice in THEME_CHOICES else SYSTEM
        return self.apply()

    def _on_system_scheme(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == SYSTEM:
            self.apply()
