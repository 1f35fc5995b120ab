"""Names for assistive technology, and the order Tab follows through the reading window.

A screen reader announces a widget by its accessible name; a list, a tree or an icon button
without one is read as "tree" or "button". Docks that retranslate themselves name their own
widgets; the widgets the window assembles (the article, the script box, the outline, the
search results, the status bar's Cancel, the tab bars Qt makes for tabbed docks) are named
here, from a table translated under the context ``Accessibility`` (collected by
``resources/update_translations.py``), again whenever the language changes.

Tab order follows what a reader does: the article, then the find bar when it is open, then
the docks (left, top, right, bottom; each tabbed group after its tab bar), then the toolbar
and the status bar, and round to the article. Qt's default follows creation order, which put
the toolbar and the status bar between the article and the docks. The order is set again when
docks move, float or gain a tab bar.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import QChildEvent, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabBar, QWidget

if TYPE_CHECKING:
    from reader.ui.main_window import MainWindow

CONTEXT = "Accessibility"

WIDGET_NAMES: tuple[tuple[str, str, str], ...] = (
    ("article_view", "Article", "The article in the chosen script; select text to highlight it"),
    ("script_combo", "Script", "Show the article in another script (F8 cycles)"),
    ("outline_tree", "Sections", "The article's headings: choose one to go there"),
    ("search_results", "Search results", "Every match of the find bar's query: choose one to go there"),
    ("analysis_cancel", "Cancel analysis", "Stop finding people and quotes in a large file"),
    ("status_counts", "Article length", ""),
    ("analysis_status", "Analysis status", ""),
)
"""objectName → accessible name and description (English source strings; "" for none)."""

DOCK_TABS_NAME = "Panels"
DOCK_TABS_DESCRIPTION = "Choose which of the tabbed panels is shown"

_AREAS = (
    Qt.DockWidgetArea.LeftDockWidgetArea,
    Qt.DockWidgetArea.TopDockWidgetArea,
    Qt.DockWidgetArea.RightDockWidgetArea,
    Qt.DockWidgetArea.BottomDockWidgetArea,
)


def source_strings() -> list[str]:
    """Every text this module translates (for the translation tables)."""
    texts = [text for _name, *pair in WIDGET_NAMES for text in pair if text]
    return [*texts, DOCK_TABS_NAME, DOCK_TABS_DESCRIPTION]


def _tx(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def _tab_stops(container: QWidget) -> list[QWidget]:
    """``container``'s own widgets that take focus from Tab, in their current focus-chain order.

    A widget that forwards its focus (an editable combo's line edit) is left to its owner.
    """
    found: list[QWidget] = []
    widget = container.nextInFocusChain()
    seen = {id(container)}
    while widget is not None and id(widget) not in seen:
        seen.add(id(widget))
        if (
            container.isAncestorOf(widget)
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def _dock_tab_bars(window: QMainWindow) -> list[QTabBar]:
    """The tab bars QMainWindow makes for tabbed docks (its own children, not a dock's)."""
    return [bar for bar in window.findChildren(QTabBar) if bar.parentWidget() is window]


def _tab_bar_for(group: list[QDockWidget], bars: list[QTabBar]) -> QTabBar | None:
    titles = sorted(dock.windowTitle() for dock in group)
    for bar in bars:
        if sorted(bar.tabText(i) for i in range(bar.count())) == titles:
            return bar
    return None


def _tabbed_with(window: QMainWindow, dock: QDockWidget) -> list[QDockWidget]:
    """``dock`` and the docks sharing its tab bar (Qt leaves closed docks out)."""
    return [dock, *window.tabifiedDockWidgets(dock)]


def _group_of(window: QMainWindow, dock: QDockWidget) -> list[QDockWidget]:
    """``dock`` and the docks tabbed with it, in the order of their tabs."""
    group = _tabbed_with(window, dock)
    bar = _tab_bar_for(group, _dock_tab_bars(window)) if len(group) > 1 else None
    if bar is None:
        return group
    tabs = [bar.tabText(i) for i in range(bar.count())]
    return sorted(group, key=lambda d: tabs.index(d.windowTitle()))


def in_hidden_tab(window: QMainWindow, widget: QWidget) -> QDockWidget | None:
    """The tabbed dock holding ``widget`` when its tab is not the current one, else None.

    Qt keeps such docks "visible" but moves them out of sight, so Tab would otherwise walk
    through panels the reader cannot see.
    """
    dock: QWidget | None = widget
    while dock is not None and not isinstance(dock, QDockWidget):
        dock = dock.parentWidget()
    if not isinstance(dock, QDockWidget) or dock.parentWidget() is not window or dock.isFloating():
        return None
    group = _tabbed_with(window, dock)
    if len(group) < 2:
        return None
    bar = _tab_bar_for(group, _dock_tab_bars(window))
    if bar is None or bar.tabText(bar.currentIndex()) == dock.windowTitle():
        return None
    return dock


def _place(window: QMainWindow, dock: QDockWidget) -> tuple[int, int]:
    """Where ``dock`` is seen: a tab out of sight counts where its group's shown tab is."""
    shown = next((d for d in _group_of(window, dock) if in_hidden_tab(window, d) is None), dock)
    return shown.geometry().top(), shown.geometry().left()


def dock_order(window: QMainWindow) -> list[QWidget]:
    """Tab stops of the docked (not floating) docks: by area, then top to bottom, left to right;
    a tabbed group's tab bar comes before its docks."""
    docks = [d for d in window.findChildren(QDockWidget) if d.parentWidget() is window and not d.isFloating()]
    bars = _dock_tab_bars(window)
    order: list[QWidget] = []
    placed: set[int] = set()
    for area in _AREAS:
        in_area = [d for d in docks if window.dockWidgetArea(d) == area]
        in_area.sort(key=lambda d: _place(window, d))
        for dock in in_area:
            if id(dock) in placed:
                continue
            group = [d for d in _group_of(window, dock) if d in in_area]
            bar = _tab_bar_for(group, bars) if len(group) > 1 else None
            if bar is not None:
                order.append(bar)
            for member in group:
                placed.add(id(member))
                order.extend(_tab_stops(member))
    return order


def focus_order(window: MainWindow) -> list[QWidget]:
    """Every tab stop of the window in the order Tab visits them (hidden ones are skipped by Qt)."""
    order: list[QWidget] = [window.view, *_tab_stops(window.find_bar)]
    order += dock_order(window)
    order += _tab_stops(window.toolbar)
    order += _tab_stops(window.statusBar())
    unique: list[QWidget] = []
    for widget in order:
        if widget not in unique:
            unique.append(widget)
    return unique


class Accessibility(QObject):
    """Keeps the window's accessible names in the interface language and its Tab order sensible."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("accessibility")
        self.window = window
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.apply)
        self._watched: set[int] = set()
        window.installEventFilter(self)
        for dock in window.findChildren(QDockWidget):
            self._watch(dock)
        self.apply()

    def _watch(self, dock: QDockWidget) -> None:
        if id(dock) not in self._watched:
            self._watched.add(id(dock))
            dock.dockLocationChanged.connect(self._later)
            dock.topLevelChanged.connect(self._later)

    def _later(self, *_args: object) -> None:
        self._timer.start()

    def apply(self) -> None:
        """Name the widgets and set the Tab order (now, for the layout as it is)."""
        self.name_widgets()
        self.set_tab_order()

    def name_widgets(self) -> None:
        for object_name, name, description in WIDGET_NAMES:
            widget = self.window.findChild(QWidget, object_name)
            if widget is not None:
                widget.setAccessibleName(_tx(name))
                widget.setAccessibleDescription(_tx(description))
        for bar in _dock_tab_bars(self.window):
            bar.setAccessibleName(_tx(DOCK_TABS_NAME))
            bar.setAccessibleDescription(_tx(DOCK_TABS_DESCRIPTION))

    def set_tab_order(self) -> None:
        order = focus_order(self.window)
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        for dock in self.window.findChildren(QDockWidget):
            if self.window.tabifiedDockWidgets(dock):
                for widget in _tab_stops(dock):
                    widget.installEventFilter(self)  # (installing again only moves it to the front)

    def _focus_entered(self, widget: QWidget, reason: Qt.FocusReason) -> None:
        """Focus came into a tabbed dock whose tab is not shown: Tab and Shift+Tab pass it by
        (the tab bar chooses the panel); anything else (a click, a shortcut, code) shows it."""
        dock = in_hidden_tab(self.window, widget)
        if dock is None:
            return
        if reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            dock.raise_()
            return
        forward = reason == Qt.FocusReason.TabFocusReason
        candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
        while candidate is not None and candidate is not widget:
            if (
                candidate.window() is self.window
                and candidate.focusPolicy() & Qt.FocusPolicy.TabFocus
                and candidate.focusProxy() is None
                and candidate.isVisible()
                and candidate.isEnabled()
                and in_hidden_tab(self.window, candidate) is None
            ):
                candidate.setFocus(reason)
                return
            candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        kind = event.type()
        if kind == QEvent.Type.FocusIn and isinstance(event, QFocusEvent) and isinstance(watched, QWidget):
            self._focus_entered(watched, event.reason())
        elif watched is self.window:
            if kind == QEvent.Type.LanguageChange:
                self.name_widgets()
            elif kind == QEvent.Type.ChildPolished and isinstance(event, QChildEvent):
                child = event.child()  # polished: fully made, so its class is known
                if isinstance(child, QDockWidget):
                    self._watch(child)
                if isinstance(child, (QTabBar, QDockWidget)):
                    self._later()
        return super().eventFilter(watched, event)


def install(window: MainWindow) -> Accessibility:
    """Name the window's widgets and order its Tab stops; kept up to date from then on."""
    return Accessibility(window)
