"""The habits of a daily reader, wired onto the main window in one place.

Zoom and body font, light/dark/sepia themes, the interface language, recent files, reopening
each article where the reader left it, dropping a file on the window, printing, PDF, and the
Help menu's dialogs. The main window only calls :func:`install`; everything here talks to it
through its public surface (``actions``, ``view``, ``settings``, ``path``, ``open_path`` and
``document_changed``) so the window's own code stays about reading.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QFont,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QMenu,
    QToolBar,
)

from reader.errors import ReaderError
from reader.resources import APP_ID, MissingResourceError
from reader.ui import icons
from reader.ui.actions import ACTION_SPECS, MENUS, SCRIPT_CHOICES, ActionSpec, script_action_name
from reader.ui.article_view import BODY_FONTS, BODY_POINT_SIZE
from reader.ui.i18n import LANGUAGE_CHOICES, LANGUAGES, Translations, resolve_language, translations_for
from reader.ui.themes import THEME_CHOICES, Theme, ThemeManager

if TYPE_CHECKING:
    from reader.ui.accessibility import Accessibility
    from reader.ui.main_window import MainWindow

MIN_POINT_SIZE = 8.0
MAX_POINT_SIZE = 36.0
ZOOM_STEP = 1.0
"""Ctrl+= / Ctrl+- change the body text by one point; headings scale with it."""

RECENT_LIMIT = 10
ARTICLE_SUFFIXES = frozenset({".txt", ".md", ".markdown", ".mdown", ".mkd", ".text"})


SUBMENUS: tuple[tuple[str, str, str], ...] = (
    ("recent", "file", "Open &Recent"),
    ("theme", "view", "&Theme"),
    ("language", "view", "&Language"),
)
"""Submenus this module adds: registry menu key, parent menu key, label."""

THEME_LABELS = {"system": "Follow &System", "light": "&Light", "dark": "&Dark", "sepia": "&Sepia"}

COMFORT_SPECS: list[ActionSpec] = [
    ActionSpec("clear_recent", "&Clear Recent Files", "", needs_document=False),
    ActionSpec("export_pdf", "Save as &PDF…", "", ("Ctrl+Shift+S",),
               tip="Save the article as shown, with its highlights, as a PDF file"),
    ActionSpec("print", "&Print…", "", (QKeySequence.StandardKey.Print,),
               tip="Print the article as shown, with its highlights"),
    ActionSpec("zoom_in", "Zoom &In", "", (QKeySequence.StandardKey.ZoomIn, "Ctrl+="),
               needs_document=False, tip="Larger text"),
    ActionSpec("zoom_out", "Zoom &Out", "", (QKeySequence.StandardKey.ZoomOut, "Ctrl+-"),
               needs_document=False, tip="Smaller text"),
    ActionSpec("zoom_reset", "&Actual Size", "", ("Ctrl+0",), needs_document=False,
               tip="Text at its normal size"),
    ActionSpec("choose_font", "&Font…", "", needs_document=False, tip="Choose the article's font"),
    ActionSpec("full_screen", "F&ull Screen", "", (QKeySequence.StandardKey.FullScreen, "F11"),
               needs_document=False, checkable=True),
    *[
        ActionSpec(f"theme_{choice}", THEME_LABELS[choice], "", needs_document=False, checkable=True)
        for choice in THEME_CHOICES
    ],
    *[
        ActionSpec(f"language_{choice}", "Follow &System" if choice == "system" else LANGUAGES[choice], "",
                   needs_document=False, checkable=True)
        for choice in LANGUAGE_CHOICES
    ],
    ActionSpec("shortcuts", "&Keyboard Shortcuts", "", (QKeySequence.StandardKey.HelpContents, "Ctrl+/"),
               needs_document=False, tip="Every action and its keys"),
    ActionSpec("about", "&About Reader", "", needs_document=False,
               tip="Version and licences of Reader and its components"),
]
"""The actions this module adds to the registry (placed in menus by :meth:`Comforts._wire_actions`)."""

TRANSLATED_LABELS = frozenset(["Follow &System", *THEME_LABELS.values()])
"""Labels worth translating; language names are always shown in their own language."""


def _action_after(menu: QMenu, action: QAction) -> QAction | None:
    items = menu.actions()
    i = items.index(action)
    return items[i + 1] if i + 1 < len(items) else None


def _separator_before(menu: QMenu, action: QAction) -> QAction:
    items = menu.actions()
    i = items.index(action)
    return items[i - 1] if i > 0 and items[i - 1].isSeparator() else action


def theme_action_name(choice: str) -> str:
    """Registry name of View ▸ Theme ▸ ``choice``."""
    return f"theme_{choice}"


def language_action_name(choice: str) -> str:
    """Registry name of View ▸ Language ▸ ``choice``."""
    return f"language_{choice}"


def clamp_point_size(size: float) -> float:
    """Keep zoom within sizes that still lay out sensibly."""
    return max(MIN_POINT_SIZE, min(MAX_POINT_SIZE, size))


def body_families(family: str) -> tuple[str, ...]:
    """The reader's chosen family first, then the CJK serif chain so no character goes missing."""
    if not family:
        return BODY_FONTS
    return (family, *[f for f in BODY_FONTS if f != family])


def dropped_article(urls: list[str]) -> Path | None:
    """The first dropped local file (any suffix: the loader judges the content), else None."""
    for url in urls:
        path = Path(url)
        if path.is_file():
            return path
    return None


class Comforts(QObject):
    """Owns the theme, language and reading-position state of one window."""

    def __init__(
        self, window: MainWindow, app: QApplication, translations: Translations | None = None
    ) -> None:
        super().__init__(window)
        self.window = window
        self.app = app
        self.settings = window.settings
        self.translations = translations if translations is not None else translations_for(app)
        self.themes = ThemeManager(app, self.settings.theme, self)
        self._path: Path | None = None
        """The resolved path of the article whose reading position is being kept."""
        self._seen_path: Path | None = None
        """``window.path`` as last seen (the same object until another file is opened)."""
        self._top_block = 0
        self._pending_block: int | None = None
        self._groups: list[QActionGroup] = []
        self._dock_titles: dict[str, str] = {}
        """Dock objectName → its English title, the source for translating it again."""
        self._toolbar_texts: dict[str, str] = {}
        """Toolbar widget objectName → its English text (label, tooltip, title), as for docks."""

        if window.starting():
            # Menus are not in the first frame: their entries are made right after it.
            window.after_startup(self._finish_setup)
        else:
            self._wire_actions()
        self.themes.theme_changed.connect(self._on_theme)
        self.themes.apply()
        window.view.set_typography(
            point_size=clamp_point_size(self.settings.font_size or BODY_POINT_SIZE),
            body_fonts=body_families(self.settings.font_family),
        )
        window.document_changed.connect(self._on_document_changed)
        window.view.visible_offset_changed.connect(self._on_scrolled)
        window.setAcceptDrops(True)
        window.setWindowIcon(icons.app_icon())
        if app.windowIcon().isNull():
            app.setWindowIcon(icons.app_icon())
        QGuiApplication.setDesktopFileName(APP_ID)
        window.installEventFilter(self)
        self.accessibility: Accessibility | None = None
        window.after_startup(self._install_accessibility)  # (names and Tab order: not in the first frame)
        if self.translations.language != resolve_language(self.settings.language):
            self._install_language(self.settings.language)
        if not window.starting():
            self._finish_setup(wired=True)
        elif self.translations.language != "en":
            self.retranslate()  # the first frame's menu bar, docks and toolbar in the reader's language

    def _install_accessibility(self) -> None:
        from reader.ui.accessibility import install as install_accessibility

        self.accessibility = install_accessibility(self.window)

    def _finish_setup(self, wired: bool = False) -> None:
        if not wired:
            self._wire_actions()
        self.retranslate()
        self._check_current(theme_action_name(self.themes.choice))
        self._check_current(language_action_name(self._language_choice()))

    # -- actions ----------------------------------------------------------------------
    def _wire_actions(self) -> None:
        registry = self.window.actions
        menus = registry.menus
        for key, parent, label in SUBMENUS:
            submenu = QMenu(QCoreApplication.translate("Menus", label), menus[parent])
            submenu.setObjectName(f"menu_{key}")
            menus[key] = submenu
        for spec in COMFORT_SPECS:
            registry.add(spec, self.window)
        a = registry
        file_menu = menus["file"]
        after_open = _action_after(file_menu, a["open"])
        if after_open is not None:
            file_menu.insertMenu(after_open, menus["recent"])
        else:
            file_menu.addMenu(menus["recent"])
        menus["recent"].addAction(a["clear_recent"])
        before_quit = _separator_before(file_menu, a["quit"])
        file_menu.insertActions(before_quit, [a["export_pdf"], a["print"]])
        view = menus["view"]
        view.addSeparator()
        view.addActions([a["zoom_in"], a["zoom_out"], a["zoom_reset"]])
        view.addSeparator()
        view.addAction(a["choose_font"])
        view.addMenu(menus["theme"])
        view.addMenu(menus["language"])
        view.addSeparator()
        view.addAction(a["full_screen"])
        menus["theme"].addActions([a[theme_action_name(c)] for c in THEME_CHOICES])
        menus["language"].addActions([a[language_action_name(c)] for c in LANGUAGE_CHOICES])
        menus["help"].addActions([a["shortcuts"], a["about"]])

        a["zoom_in"].triggered.connect(lambda: self.zoom(+ZOOM_STEP))
        a["zoom_out"].triggered.connect(lambda: self.zoom(-ZOOM_STEP))
        a["zoom_reset"].triggered.connect(self.reset_zoom)
        a["choose_font"].triggered.connect(self.choose_font)
        a["print"].triggered.connect(self.print_article)
        a["export_pdf"].triggered.connect(self.export_pdf)
        a["clear_recent"].triggered.connect(self.clear_recent)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["about"].triggered.connect(self.show_about)
        a["full_screen"].triggered.connect(self.toggle_full_screen)
        self._group([theme_action_name(c) for c in THEME_CHOICES], self.set_theme)
        self._group([language_action_name(c) for c in LANGUAGE_CHOICES], self.set_language)

    def _group(self, names: list[str], handler: Callable[[str], object]) -> None:
        group = QActionGroup(self.window)
        group.setExclusive(True)
        self._groups.append(group)
        for name in names:
            action = self.window.actions[name]
            group.addAction(action)
            choice = name.split("_", 1)[1]
            action.triggered.connect(lambda _checked=False, c=choice, h=handler: h(c))

    def _check_current(self, name: str) -> None:
        action = self.window.actions.get(name)
        if action is not None:
            action.setChecked(True)

    # -- zoom and font ------------------------------------------------------------------
    def zoom(self, step: float) -> float:
        """Make the text ``step`` points bigger (or smaller); returns the new size."""
        size = clamp_point_size(self.window.view.point_size + step)
        return self._set_point_size(size)

    def reset_zoom(self) -> float:
        """Ctrl+0: back to the designed size."""
        return self._set_point_size(BODY_POINT_SIZE)

    def _set_point_size(self, size: float) -> float:
        self.window.view.set_typography(point_size=size)
        self.settings.font_size = size
        self.window.actions["zoom_out"].setEnabled(size > MIN_POINT_SIZE)
        self.window.actions["zoom_in"].setEnabled(size < MAX_POINT_SIZE)
        self.window.statusBar().showMessage(self.tr("Text size: {0} pt").format(f"{size:g}"), 2000)
        return size

    def choose_font(self) -> None:
        """View ▸ Font…: the body family; CJK faces stay behind it as fallbacks."""
        current = QFont()
        current.setFamilies(list(self.window.view.body_fonts))
        current.setPointSizeF(self.window.view.point_size)
        from PySide6.QtWidgets import QFontDialog  # (dialogs' classes: not before the first paint)

        ok, font = QFontDialog.getFont(current, self.window, self.tr("Article Font"))
        if ok:
            self.set_font_family(font.family(), font.pointSizeF())

    def set_font_family(self, family: str, point_size: float | None = None) -> None:
        """Use ``family`` for the body (and ``point_size`` when given); remembered."""
        self.settings.font_family = family
        self.window.view.set_typography(body_fonts=body_families(family))
        if point_size and point_size > 0:
            self._set_point_size(clamp_point_size(point_size))

    # -- theme and language -----------------------------------------------------------------
    def set_theme(self, choice: str) -> Theme:
        """View ▸ Theme: system, light, dark or sepia; remembered."""
        theme = self.themes.set_choice(choice)
        self.settings.theme = self.themes.choice
        self._check_current(theme_action_name(self.themes.choice))
        return theme

    def _on_theme(self, theme: Theme) -> None:
        ink = self.app.palette().color(QPalette.ColorRole.WindowText)
        if self.window.starting():
            # The first frame shows only the toolbar's icons; the menus' are drawn after it.
            on_bar = self.window.toolbar.actions()
            first = {k: v for k, v in icons.ACTION_ICONS.items() if self.window.actions.get(k) in on_bar}
            icons.apply_icons(self.window.actions, ink, first)
            self.window.after_startup(self._apply_icons)
        else:
            icons.apply_icons(self.window.actions, ink)
        self.window.view.set_typography(colours=(theme.page, theme.text, theme.muted_text))

    def _apply_icons(self) -> None:
        icons.apply_icons(self.window.actions, self.app.palette().color(QPalette.ColorRole.WindowText))

    def _language_choice(self) -> str:
        choice = self.settings.language
        return choice if choice in LANGUAGE_CHOICES else "system"

    def _install_language(self, choice: str) -> str:
        try:
            return self.translations.set_language(choice)
        except MissingResourceError as exc:  # a broken install still opens, in English
            self.window.statusBar().showMessage(str(exc), 5000)
            return self.translations.set_language("en")

    def set_language(self, choice: str) -> str:
        """View ▸ Language: menus and dialogs switch at once; remembered."""
        language = self._install_language(choice)
        self.settings.language = choice
        self._check_current(language_action_name(choice))
        self.retranslate()
        return language

    def retranslate(self) -> None:
        """Re-apply translated texts to menus and registry actions after the language changed.

        The registry is built from English source strings; translating here, from the same
        tables, means a language switch needs no restart and the tables stay plain data.
        """
        tx = QCoreApplication.translate  # not "tr": lupdate would read these calls as literal strings
        registry = self.window.actions
        for key, label in (*MENUS, *[(k, label) for k, _p, label in SUBMENUS]):
            menu = registry.menus.get(key)
            if menu is not None:
                menu.setTitle(tx("Menus", label))
        specs = {spec.name: spec for spec in (*ACTION_SPECS, *COMFORT_SPECS)}
        for name, action in registry.items():
            spec = specs.get(name)
            if spec is None or (name.startswith("language_") and spec.text not in TRANSLATED_LABELS):
                continue
            action.setText(tx("Actions", spec.text))
            if spec.tip:
                action.setToolTip(tx("Actions", spec.tip))
                action.setStatusTip(tx("Actions", spec.tip))
        for dock in self.window.findChildren(QDockWidget):
            english = self._dock_titles.setdefault(dock.objectName(), dock.windowTitle())
            dock.setWindowTitle(tx("Docks", english))
        combo = getattr(self.window, "script_combo", None)
        toolbar = getattr(self.window, "toolbar", None)
        source = self._toolbar_texts.setdefault  # the first text seen is the English source
        script_label = self.window.findChild(QLabel, "script_label")
        if isinstance(script_label, QLabel):
            script_label.setText(tx("Toolbar", source("script_label", script_label.text())))
        if isinstance(combo, QComboBox):
            combo.setToolTip(tx("Toolbar", source("script_combo", combo.toolTip())))
        if isinstance(toolbar, QToolBar):
            toolbar.setWindowTitle(tx("Toolbar", source("main_toolbar", toolbar.windowTitle())))
        for key, label in SCRIPT_CHOICES:
            shown = tx("Scripts", label)
            script_action = registry.get(script_action_name(key))
            if script_action is not None:
                script_action.setText(shown)
                script_action.setToolTip(tx("Actions", "Show the article in {0}").format(shown))
            if isinstance(combo, QComboBox) and (index := combo.findData(key)) >= 0:
                combo.setItemText(index, shown)
        self.rebuild_recent_menu()

    # -- recent files and reading position ---------------------------------------------------
    def document_opened(self, doc: object) -> None:
        """The window opened an article (called before its first paint on a quick start, so
        the first frame already shows the reader's place)."""
        self._on_document_changed(doc)

    def _on_document_changed(self, _doc: object) -> None:
        path = self.window.path
        if path is None or path is self._seen_path:
            return
        self._seen_path = path
        if self._path is not None and path.resolve() == self._path:
            block = self._top_block  # the same file again (reloaded): stay where the reader was
        else:
            self._remember_position()
            self._path = path.resolve()
            self.settings.add_recent_file(str(self._path), RECENT_LIMIT)
            self.rebuild_recent_menu()
            block = self.settings.reading_position(str(self._path))
        self._top_block = 0
        if block > 0:
            self._pending_block = block
            self._restore_position()
            QTimer.singleShot(0, self._restore_position)

    def _restore_position(self) -> None:
        block = self._pending_block
        view = self.window.view
        if block is None or not view.blocks:
            return
        block = min(block, len(view.blocks) - 1)
        view.scroll_to_offset(view.blocks[block].start)
        self._top_block = block
        if self.window.isVisible():
            self._pending_block = None

    def _on_scrolled(self, offset: int) -> None:
        # While another file is being opened the view already scrolls the new text; that
        # position belongs to the new file, not to the one whose place we are keeping.
        if self._pending_block is None and self.window.path is self._seen_path:
            self._top_block = self.window.view.block_index_at(offset)

    def _remember_position(self) -> None:
        if self._path is not None:
            self.settings.set_reading_position(str(self._path), self._top_block)

    def rebuild_recent_menu(self) -> None:
        """File ▸ Open Recent: files that still exist, most recent first, numbered for the keyboard."""
        menu = self.window.actions.menus.get("recent")
        if menu is None:
            return  # a quick start makes the menus after the first paint (and fills this one then)
        clear = self.window.actions["clear_recent"]
        for action in menu.actions():
            if action is not clear:
                menu.removeAction(action)
                if action.parent() is menu:
                    action.deleteLater()
        paths = [p for p in self.settings.recent_files if Path(p).is_file()]
        first = clear if not menu.actions() else menu.actions()[0]
        for number, name in enumerate(paths, start=1):
            shown = Path(name).name.replace("&", "&&")
            action = QAction(f"&{number % 10} {shown}" if number <= 10 else shown, menu)
            action.setToolTip(name)
            action.setStatusTip(name)
            action.setData(name)
            action.triggered.connect(lambda _checked=False, p=name: self.window.open_path(p))
            menu.insertAction(first, action)
        if paths:
            menu.insertSeparator(first)
        clear.setEnabled(bool(paths))
        menu.setEnabled(True)

    def recent_actions(self) -> list[QAction]:
        """The file entries of File ▸ Open Recent (for tests and the keyboard)."""
        return [a for a in self.window.actions.menus["recent"].actions() if a.data()]

    def clear_recent(self) -> None:
        """File ▸ Open Recent ▸ Clear."""
        self.settings.clear_recent_files()
        self.rebuild_recent_menu()

    # -- print, PDF, help -------------------------------------------------------------------
    def print_article(self) -> None:
        """File ▸ Print: the article as shown (script, highlights) on paper."""
        from reader.ui.printing import print_with_dialog

        if self.window.shown_document is not None:
            print_with_dialog(self.window.view, self.window)

    def export_pdf(self) -> Path | None:
        """File ▸ Save as PDF: asks where, writes atomically, keeps a backup of a replaced file."""
        from reader.ui.printing import save_pdf

        if self.window.shown_document is None:
            return None
        start = self.settings.last_folder or str(Path.home())
        stem = self.window.path.stem if self.window.path else "article"
        suggested = str(Path(start) / f"{stem}.pdf")
        from PySide6.QtWidgets import QFileDialog, QMessageBox

        name, _filter = QFileDialog.getSaveFileName(
            self.window, self.tr("Save as PDF"), suggested, self.tr("PDF files (*.pdf)")
        )
        if not name:
            return None
        target = Path(name if name.lower().endswith(".pdf") else f"{name}.pdf")
        title = self.window.shown_document.title.text if self.window.shown_document.title else target.stem
        try:
            save_pdf(self.window.view, target, title)
        except ReaderError as exc:
            QMessageBox.warning(self.window, self.tr("Cannot save PDF"), str(exc))
            return None
        self.window.statusBar().showMessage(self.tr("Saved {0}").format(target.name), 4000)
        return target

    def show_shortcuts(self) -> None:
        """Help ▸ Keyboard Shortcuts."""
        from reader.ui.shortcuts_dialog import ShortcutsDialog

        dialog = ShortcutsDialog(self.window.actions, self.window.actions.menus, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def show_about(self) -> None:
        """Help ▸ About Reader."""
        from reader.ui.about_dialog import AboutDialog

        dialog = AboutDialog(self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def toggle_full_screen(self) -> None:
        """F11: the article without the desktop around it."""
        if self.window.isFullScreen():
            self.window.showNormal()
        else:
            self.window.showFullScreen()

    # -- window events ----------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.Drop):
            from PySide6.QtGui import QDragEnterEvent, QDropEvent  # (not before the first paint)
        if kind == QEvent.Type.DragEnter and isinstance(event, QDragEnterEvent):
            if dropped_article([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]):
                event.acceptProposedAction()
                return True
        elif kind == QEvent.Type.Drop and isinstance(event, QDropEvent):
            path = dropped_article([u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()])
            if path is not None:
                event.acceptProposedAction()
                QTimer.singleShot(0, lambda p=path: self.window.open_path(p))
                return True
        elif kind == QEvent.Type.Show and self._pending_block is not None:
            QTimer.singleShot(0, self._restore_position)
        elif kind == QEvent.Type.Close:
            self._remember_position()
        elif kind == QEvent.Type.LanguageChange and watched is self.window:
            self.retranslate()
        return super().eventFilter(watched, event)


def install(window: MainWindow, translations: Translations | None = None) -> Comforts:
    """Wire every comfort onto ``window``; the returned object is a child of the window."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return Comforts(window, app, translations)


__all__ = ["LANGUAGES", "Comforts", "install"]
