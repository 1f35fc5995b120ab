"""The reader's own highlights, through the real window: make, edit, remove, undo, reopen, damaged store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from reader import storage
from reader.ui.highlight_dialog import HighlightDialog
from reader.ui.main_window import MainWindow
from tests.ui_sample import SAMPLE_TEXT, write_sample
from tests.ui_window import open_window, select_text, shortcut

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""

PASSAGE = "要先謀後動"


def user_layer(window: MainWindow) -> list[tuple[str, str, str]]:
    """What the reader sees of their highlights: passage, colour, tooltip."""
    doc = window.shown_document
    assert doc is not None
    return [
        (doc.text[s:e], fmt.background().color().name(), tip)
        for s, e, fmt, tip in window.view.highlight_layer("user")
    ]


def press_ok(qtbot: Any, dialog: HighlightDialog) -> None:
    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def highlight_passage(qtbot: Any, window: MainWindow, passage: str, color: str, note: str) -> None:
    """Select ``passage``, press Ctrl+H, pick a colour by name, type a note, press OK."""
    start = SAMPLE_TEXT.index(passage)
    select_text(qtbot, window, start, start + len(passage))
    shortcut(qtbot, window, Qt.Key.Key_H)
    dialog = window.annotations.dialog
    assert dialog is not None and dialog.isVisible()
    assert passage in dialog.passage_label.text()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.other_button), f"highlight_color_{color}"), Qt.MouseButton.LeftButton
    )
    if note:
        qtbot.keyClicks(dialog.note_edit, note)
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()


def test_highlight_survives_closing_and_reopening(qtbot: Any, tmp_path: Path) -> None:
    path = write_sample(tmp_path)
    window = open_window(qtbot, path)
    highlight_passage(qtbot, window, PASSAGE, "green", "plan first")
    expected = [(PASSAGE, "#8ce99a", "Your highlight: plan first")]
    assert user_layer(window) == expected
    assert window.annotations.highlights_dock.passages() == [PASSAGE]
    window.close()

    again = open_window(qtbot, path)
    assert user_layer(again) == expected
    assert again.annotations.highlights_dock.passages() == [PASSAGE]
    # The colour last chosen is offered first next time.
    start = SAMPLE_TEXT.index("民生")
    select_text(qtbot, again, start, start + 2)
    shortcut(qtbot, again, Qt.Key.Key_H)
    dialog = again.annotations.dialog
    assert dialog is not None and dialog.color() == "#8ce99a"
    dialog.reject()


def test_edit_remove_and_undo(qtbot: Any, tmp_path: Path) -> None:
    path = write_sample(tmp_path)
    window = open_window(qtbot, path)
    highlight_passage(qtbot, window, PASSAGE, "yellow", "")
    dock = window.annotations.highlights_dock
    dock.show()
    dock.raise_()

    # Edit: choose the row, press Edit…, pick pink and add a note.
    item = dock.tree.topLevelItem(0)
    assert item is not None
    dock.tree.setCurrentItem(item)
    qtbot.mouseClick(dock.edit_button, Qt.MouseButton.LeftButton)
    dialog = window.annotations.dialog
    assert dialog is not None and dialog.windowTitle() == "Edit Highlight"
    qtbot.mouseClick(dialog.color_buttons["#faa2c1"], Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.note_edit, "key point")
    press_ok(qtbot, dialog)
    assert user_layer(window) == [(PASSAGE, "#faa2c1", "Your highlight: key point")]

    # Remove, then undo and redo with the keyboard.
    dock.tree.setCurrentItem(dock.tree.topLevelItem(0))
    qtbot.mouseClick(dock.remove_button, Qt.MouseButton.LeftButton)
    assert user_layer(window) == []
    assert window.actions["undo"].isEnabled()
    assert window.actions["undo"].text() == "&Undo Remove Highlight"
    shortcut(qtbot, window, Qt.Key.Key_Z)
    assert user_layer(window) == [(PASSAGE, "#faa2c1", "Your highlight: key point")]
    shortcut(qtbot, window, Qt.Key.Key_Z)  # undo the edit
    assert user_layer(window) == [(PASSAGE, "#ffe066", "Your highlight")]
    shortcut(
        qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert user_layer(window) == [(PASSAGE, "#faa2c1", "Your highlight: key point")]

    # What is on disk is what was last shown.
    window.close()
    again = open_window(qtbot, path)
    assert user_layer(again) == [(PASSAGE, "#faa2c1", "Your highlight: key point")]


def test_removing_through_the_edit_dialog(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, write_sample(tmp_path))
    highlight_passage(qtbot, window, PASSAGE, "blue", "")
    # Selecting the same passage again and pressing Ctrl+H edits the existing highlight.
    start = SAMPLE_TEXT.index(PASSAGE)
    select_text(qtbot, window, start, start + len(PASSAGE))
    shortcut(qtbot, window, Qt.Key.Key_H)
    dialog = window.annotations.dialog
    assert dialog is not None and dialog.remove_button is not None
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert user_layer(window) == []


def test_ctrl_h_without_a_selection_says_what_to_do(qtbot: Any, tmp_path: Path) -> None:
    window = open_window(qtbot, write_sample(tmp_path))
    shortcut(qtbot, window, Qt.Key.Key_H)
    assert window.annotations.dialog is None
    assert "Select some text" in window.statusBar().currentMessage()


def test_damaged_store_is_moved_aside_and_the_window_still_opens(qtbot: Any, tmp_path: Path) -> None:
    path = write_sample(tmp_path)
    store = storage.HighlightStore()
    target = store.file_for(storage.document_key(SAMPLE_TEXT))
    target.parent.mkdir(parents=True)
    target.write_text("{ this is not json", encoding="utf-8")

    window = open_window(qtbot, path)
    assert window.shown_document is not None and window.shown_document.text == SAMPLE_TEXT
    qtbot.waitUntil(
        lambda: window.annotations.problem_box is not None and window.annotations.problem_box.isVisible()
    )
    box = window.annotations.problem_box
    assert isinstance(box, QMessageBox)
    assert "moved aside" in box.text()
    aside = list(target.parent.glob(target.name + ".damaged-*"))
    assert len(aside) == 1 and aside[0].read_text(encoding="utf-8") == "{ this is not json"
    assert not target.exists()
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)

    # The window is usable: a new highlight is saved in a fresh store.
    highlight_passage(qtbot, window, PASSAGE, "yellow", "")
    assert target.exists()
    assert [h.text for h in storage.HighlightStore().open(SAMPLE_TEXT).highlights] == [PASSAGE]


def test_a_highlight_shows_in_every_script_and_is_stored_in_original_offsets(qtbot: Any) -> None:
    from reader.documents import seed_path
    from reader.script import convert_text
    from reader.ui.actions import SCRIPT_CHOICES, script_action_name

    window = open_window(qtbot, seed_path())
    original = window.document
    assert original is not None
    # Made while the page is in Simplified: the store keeps the original's own characters.
    window.actions[script_action_name("simplified")].trigger()
    passage = "城市更新的路徑在哪里"
    start = original.text.index(passage)
    shown_start, shown_end = window.offsets.span_to_converted(start, start + len(passage))  # type: ignore[union-attr]
    select_text(qtbot, window, shown_start, shown_end)
    shortcut(qtbot, window, Qt.Key.Key_H)
    dialog = window.annotations.dialog
    assert dialog is not None
    press_ok(qtbot, dialog)
    stored = storage.HighlightStore().open(original.text).highlights
    assert [(h.start, h.text) for h in stored] == [(start, passage)]

    for key, _label in SCRIPT_CHOICES:
        window.actions[script_action_name(key)].trigger()
        layer = user_layer(window)
        assert len(layer) == 1, key
        assert convert_text(layer[0][0], "t2s") == convert_text(passage, "t2s"), key
    window.actions[script_action_name("simplified")].trigger()
    assert user_layer(window)[0][0] == convert_text(passage, "t2s")
    assert window.annotations.highlights_dock.passages() == [convert_text(passage, "t2s")]


def test_a_second_window_picks_up_highlights_saved_by_the_first(qtbot: Any, tmp_path: Path) -> None:
    path = write_sample(tmp_path)
    first = open_window(qtbot, path)
    second = open_window(qtbot, path)
    highlight_passage(qtbot, first, PASSAGE, "orange", "from the first window")
    qtbot.waitUntil(lambda: bool(user_layer(second)), timeout=5000)
    assert user_layer(second) == [(PASSAGE, "#ffc078", "Your highlight: from the first window")]
    # Removing it in the second window is seen by the first, and it does not come back.
    second.annotations.controller.remove(second.annotations.controller.highlights[0].id)
    qtbot.waitUntil(lambda: not user_layer(first), timeout=5000)
    assert storage.HighlightStore().open(SAMPLE_TEXT).highlights == ()


def test_undo_in_one_window_keeps_what_another_window_saved(qtbot: Any, tmp_path: Path) -> None:
    path = write_sample(tmp_path)
    first = open_window(qtbot, path)
    second = open_window(qtbot, path)
    highlight_passage(qtbot, first, PASSAGE, "orange", "")
    highlight_passage(qtbot, second, "老舊小區改造", "blue", "")
    qtbot.waitUntil(lambda: len(user_layer(first)) == 2, timeout=5000)
    # The first window shows both, but its undo stack holds the tuple from before the second saved.
    shortcut(qtbot, first, Qt.Key.Key_Z)
    stored = [h.text for h in storage.HighlightStore().open(SAMPLE_TEXT).highlights]
    assert stored == ["老舊小區改造"]
    qtbot.waitUntil(lambda: [t for t, _c, _n in user_layer(first)] == ["老舊小區改造"], timeout=5000)


def test_highlights_follow_an_edited_file_and_lost_ones_are_kept_until_discarded(
    qtbot: Any, tmp_path: Path
) -> None:
    path = Path(write_sample(tmp_path))
    window = open_window(qtbot, path)
    highlight_passage(qtbot, window, PASSAGE, "green", "")
    highlight_passage(qtbot, window, "老舊小區改造", "blue", "gone later")
    window.close()

    # The article is edited: a line is added at the top, one highlighted passage is reworded.
    edited = "編者按：本文有更新。\n" + SAMPLE_TEXT.replace("老舊小區改造", "危舊房屋整治")
    path.write_text(edited, encoding="utf-8")
    again = open_window(qtbot, path)
    assert user_layer(again) == [(PASSAGE, "#8ce99a", "Your highlight")]
    start = again.view.highlight_layer("user")[0][0]
    assert start == edited.index(PASSAGE)
    qtbot.waitUntil(
        lambda: again.annotations.problem_box is not None and again.annotations.problem_box.isVisible()
    )
    box = again.annotations.problem_box
    assert box is not None and "could not be placed" in box.text()
    box.accept()

    dock = again.annotations.highlights_dock
    dock.show()
    dock.raise_()
    assert dock.unplaced_passages() == ["老舊小區改造"]
    assert dock.discard_button.isVisible()
    dock.unplaced_tree.topLevelItem(0).setSelected(True)  # type: ignore[union-attr]
    qtbot.mouseClick(dock.discard_button, Qt.MouseButton.LeftButton)
    assert dock.unplaced_passages() == []
    assert not dock.discard_button.isVisible()
    session = storage.HighlightStore().open(edited, path)
    assert [h.text for h in session.highlights] == [PASSAGE] and session.unplaced == ()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise", "grabbing the keyboard")
def test_right_click_on_a_highlight_offers_edit_and_remove(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtGui import QContextMenuEvent
    from PySide6.QtWidgets import QApplication

    window = open_window(qtbot, write_sample(tmp_path))
    highlight_passage(qtbot, window, PASSAGE, "green", "")
    view = window.view
    start = SAMPLE_TEXT.index(PASSAGE)
    view.setTextCursor(view.cursor_for(start, start))  # no selection: only the highlight's entries
    pos = view.cursorRect(view.cursor_for(start + 2, start + 2)).center()
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view.viewport(), event)
    menu = window.annotations.context_menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert f"Edit Highlight “{PASSAGE}”…" in texts
    assert f"Remove Highlight “{PASSAGE}”" in texts
    remove = next(a for a in menu.actions() if a.text().startswith("Remove Highlight"))
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(remove).center())
    qtbot.waitUntil(lambda: not user_layer(window))
