"""Accessibility of the reading window: every focus stop has a name, and Tab goes where a reader looks."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QDockWidget, QLabel, QTabBar, QWidget

from reader.ui.main_window import MainWindow
from tests.ui_window_helpers import make_window

# The offscreen platform's notices on showing a window and on floating a dock.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", r"support raise\(\)")


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> Any:
    win = make_window(qtbot, tmp_path)
    win.comforts.set_language("en")
    yield win
    win.comforts.set_language("en")  # the translator belongs to the app: leave it English


def _label(widget: QWidget | None) -> str:
    if widget is None:
        return "<none>"
    return widget.objectName() or type(widget).__name__


def _focus_stops(window: MainWindow) -> list[QWidget]:
    """Every widget of the window a reader can reach with the keyboard and can see."""
    return [
        w for w in window.findChildren(QWidget)
        if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible() and w.window() is window
    ]


def _every_panel(window: MainWindow) -> list[QWidget]:
    """Focus stops of every dock, each tabbed dock brought to the front in turn, with the find bar open."""
    window.open_find()
    found: dict[int, QWidget] = {}
    for dock in window.findChildren(QDockWidget):
        dock.raise_()
        QApplication.processEvents()
        found.update((id(w), w) for w in _focus_stops(window))
    status_cancel = window.cancel_button  # shown only while a large file is analysed
    found[id(status_cancel)] = status_cancel
    return list(found.values())


def test_every_focusable_widget_has_an_accessible_name(qtbot: Any, window: MainWindow) -> None:
    stops = _every_panel(window)
    names = {_label(w) for w in stops}
    for expected in ("article_view", "find_combo", "find_previous_button", "find_close_button",
                     "outline_tree", "search_results", "script_combo", "people_tree", "quotes_tree",
                     "quotes_kind_term", "highlights_tree", "highlights_remove", "QTabBar"):
        assert expected in names  # the walk really reached every part of the window
    unnamed = [_label(w) for w in stops if not w.accessibleName().strip()]
    assert unnamed == []

    english = {id(w): w.accessibleName() for w in stops}
    window.actions["language_zh_CN"].trigger()
    QApplication.processEvents()  # widgets hear of the new language through posted events
    untranslated = [
        f"{_label(w)}: {w.accessibleName()}" for w in stops
        if w.accessibleName() == english[id(w)] or w.accessibleName().isascii()
    ]
    assert untranslated == []
    assert window.view.accessibleName() == "文章"
    assert window.findChild(QTabBar).accessibleName() == "面板"
    window.actions["language_en"].trigger()
    QApplication.processEvents()
    assert {id(w): w.accessibleName() for w in stops} == english


def _tab_walk(qtbot: Any, window: MainWindow, start: QWidget, steps: int, back: bool = False) -> list[str]:
    """Press Tab (or Shift+Tab) ``steps`` times from ``start``; the names of the widgets focused."""
    window.activateWindow()
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [_label(QApplication.focusWidget())]
    key = Qt.Key.Key_Backtab if back else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if back else Qt.KeyboardModifier.NoModifier
    for _ in range(steps):
        focused = QApplication.focusWidget()
        assert focused is not None
        qtbot.keyClick(focused, key, modifier)
        seen.append(_label(QApplication.focusWidget()))
    return seen


PEOPLE = ["people_filter", "people_sort", "people_tree", "people_prev", "people_next"]
FIND_BAR = ["find_combo", "find_previous_button", "find_next_button", "find_regex", "find_exact",
            "find_close_button"]


def test_tab_goes_from_the_article_to_the_find_bar_then_the_docks(qtbot: Any, window: MainWindow) -> None:
    people = window.annotations.people_dock
    people.tree.setCurrentItem(people.tree.topLevelItem(0))  # a person chosen: the mention buttons work
    assert people.prev_button.isEnabled() and people.next_button.isEnabled()
    window.open_find()
    cycle = ["article_view", *FIND_BAR, "outline_tree", "QTabBar", *PEOPLE, "search_results",
             "script_combo", "article_view"]
    assert _tab_walk(qtbot, window, window.view, len(cycle) - 1) == cycle
    assert _tab_walk(qtbot, window, window.view, len(cycle) - 1, back=True) == cycle[::-1]

    window.find_bar.close_bar()  # closed, the find bar is passed by
    assert _tab_walk(qtbot, window, window.view, 2) == ["article_view", "outline_tree", "QTabBar"]


def test_tab_enters_only_the_panel_whose_tab_is_shown(qtbot: Any, window: MainWindow) -> None:
    quotes = window.annotations.quotes_dock
    bar = window.findChild(QTabBar)
    assert isinstance(bar, QTabBar)
    bar.setCurrentIndex([bar.tabText(i) for i in range(bar.count())].index(quotes.windowTitle()))
    walk = _tab_walk(qtbot, window, bar, 7)
    assert walk == ["QTabBar", "quotes_group", "quotes_filter", "quotes_kind_direct", "quotes_kind_indirect",
                    "quotes_kind_term", "quotes_tree", "search_results" if window.search_panel.isVisible()
                    else "script_combo"]
    assert not any(name.startswith(("people_", "highlights_")) for name in walk)


def test_focus_given_to_a_hidden_panel_brings_it_to_the_front(qtbot: Any, window: MainWindow) -> None:
    highlights = window.annotations.highlights_dock
    bar = window.findChild(QTabBar)
    assert isinstance(bar, QTabBar)
    assert bar.tabText(bar.currentIndex()) != highlights.windowTitle()
    window.activateWindow()
    highlights.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(lambda: bar.tabText(bar.currentIndex()) == highlights.windowTitle())
    assert QApplication.focusWidget() is highlights.tree


def test_a_floating_dock_leaves_the_window_order(qtbot: Any, window: MainWindow) -> None:
    window.outline_dock.setFloating(True)
    qtbot.waitUntil(lambda: window.outline_dock.isFloating())
    QApplication.processEvents()  # the order is set again once the dock has moved
    assert _tab_walk(qtbot, window, window.view, 2) == ["article_view", "QTabBar", "people_filter"]
    window.outline_dock.setFloating(False)


def test_every_dialog_control_has_a_name(qtbot: Any, window: MainWindow) -> None:
    """Dialogs: a control is named by its accessible name, or by the text it shows (a button's label)."""
    window.annotations.open_export()
    window.view.select_offsets(30, 40)
    window.annotations.highlight_selection()
    window.comforts.show_shortcuts()
    window.comforts.show_about()
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert {d.objectName() for d in dialogs} >= {
        "export_dialog", "highlight_dialog", "shortcuts_dialog", "about_dialog"
    }
    for dialog in dialogs:
        stops = [w for w in dialog.findChildren(QWidget)
                 if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]
        assert stops, dialog.objectName()
        unnamed = [
            f"{dialog.objectName()}/{_label(w)}" for w in stops
            if not w.accessibleName().strip()
            and not (isinstance(w, (QAbstractButton, QLabel)) and w.text().replace("&", "").strip())
        ]
        assert unnamed == []
        dialog.reject()


def test_a_quick_start_names_the_window_right_after_its_first_paint(qtbot: Any, tmp_path: Path) -> None:
    from reader.ui.settings import Settings
    from tests.ui_window_helpers import SEED

    window = MainWindow(Settings(tmp_path / "reader.ini"), quick_start=True)
    qtbot.addWidget(window)
    assert window.open_path(SEED)
    assert window.comforts.accessibility is None  # nothing of this in the first frame
    window.show()
    qtbot.waitUntil(lambda: not window.starting())
    assert window.comforts.accessibility is not None
    assert window.script_combo.accessibleName() == "Script"


def test_closing_a_tabbed_panel_keeps_tab_on_the_shown_one(qtbot: Any, window: MainWindow) -> None:
    window.annotations.highlights_dock.close()  # People and Quotes stay tabbed together
    QApplication.processEvents()
    walk = _tab_walk(qtbot, window, window.outline_dock.tree, 4)
    assert walk == ["outline_tree", "QTabBar", "people_filter", "people_sort", "people_tree"]


def test_a_restored_layout_keeps_the_order(qtbot: Any, tmp_path: Path) -> None:
    ini = tmp_path / "reader.ini"
    first = make_window(qtbot, tmp_path, ini=ini)
    first.annotations.quotes_dock.raise_()
    first.close()  # the dock layout is saved, Quotes in front
    second = make_window(qtbot, tmp_path, ini=ini)
    bar = second.findChild(QTabBar)
    assert isinstance(bar, QTabBar) and bar.accessibleName() == "Panels"
    walk = _tab_walk(qtbot, second, second.view, 4)
    assert walk == ["article_view", "outline_tree", "QTabBar", "quotes_group", "quotes_filter"]
