"""Shared set-up for the reading-window tests: a window on the seed, clicking and typing as a person."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QWidget

from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"


def make_window(qtbot: Any, tmp_path: Path, path: Path | None = SEED, ini: Path | None = None) -> MainWindow:
    """A shown window with its own settings file, on ``path`` (nothing when None), analysis done."""
    settings = Settings(ini or tmp_path / "reader.ini")
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.resize(1100, 760)
    window.show()
    qtbot.waitExposed(window)
    if path is not None:
        assert window.open_path(path)
        qtbot.waitUntil(lambda: window.analysed, timeout=60000)
    return window


def click_item(qtbot: Any, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Click the middle of a row, as a person does."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it: how CJK reaches a widget (QTest cannot type it)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def heading_y(window: MainWindow, offset: int) -> int:
    """Where the character at ``offset`` is drawn, in viewport pixels from the top."""
    cursor = window.view.cursor_for(offset, offset)
    return window.view.cursorRect(cursor).top()


def visible(window: MainWindow, start: int) -> bool:
    """True when the character at ``start`` is inside the viewport."""
    y = heading_y(window, start)
    return 0 <= y < window.view.viewport().height()


def top_left_offset(window: MainWindow) -> int:
    """The model offset drawn at the top-left of the text column (what a reader sees first)."""
    view = window.view
    cursor = view.cursorForPosition(QPoint(view.viewport().width() // 2, 8))
    return view.offset_at(cursor.position())
