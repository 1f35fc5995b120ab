"""Helpers for tests that act as a person in the real main window (people, quotes, highlights, export)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings


def open_window(qtbot: Any, path: str | Path | None = None) -> MainWindow:
    """A shown, active main window, with ``path`` opened and analysed when given."""
    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    if path is not None:
        assert window.open_path(path)
        qtbot.waitUntil(lambda: window.analysed, timeout=20000)
    return window


def select_text(qtbot: Any, window: MainWindow, start: int, end: int) -> None:
    """Click where the passage starts, then extend with Shift+Right, as a person does."""
    view = window.view
    view.ensure_offset_visible(start, end)
    rect = view.cursorRect(view.cursor_for(start, start))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    here = view.offset_at(view.textCursor().position())
    # A click lands on the nearest character edge; nudge with the arrow keys if it missed.
    for _ in range(200):
        if here == start:
            break
        key = Qt.Key.Key_Right if here < start else Qt.Key.Key_Left
        qtbot.keyClick(view, key)
        moved = view.offset_at(view.textCursor().position())
        assert moved != here, "the caret does not move"
        here = moved
    assert here == start, f"the caret cannot reach offset {start} (it is at {here})"
    for _ in range(end - start):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert view.selection_offsets() == (start, end)


def shortcut(
    qtbot: Any, window: MainWindow, key: Qt.Key, modifiers: Any = Qt.KeyboardModifier.ControlModifier
) -> None:
    """Press a window shortcut with the article focused."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.view.setFocus()
    qtbot.keyClick(window.view, key, modifiers)


def visible_top_level(kind: type[QWidget], name: str | None = None) -> list[QWidget]:
    """Top-level widgets of ``kind`` on screen (dialogs, message boxes)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (name is None or w.objectName() == name)
    ]
