"""Switching script in the window: everything follows, the reading position and selection stay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.script import convert_text
from reader.ui.actions import SCRIPT_CHOICES, script_action_name
from tests.ui_window_helpers import make_window, top_left_offset

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""

PHRASE = "重慶市規劃展覽館"
"""A phrase of the seed's second section, selected before switching."""


def scroll_block_to_top(window: Any, index: int) -> None:
    window.view.scroll_to_offset(window.view.blocks[index].start)
    assert window.view.block_index_at(window.view.top_offset()) == index


def select_phrase(window: Any, phrase: str) -> tuple[int, int]:
    doc = window.shown_document
    start = doc.text.index(phrase)
    window.view.select_offsets(start, start + len(phrase))
    assert window.view.textCursor().selectedText() == phrase
    return start, start + len(phrase)


def choose_in_combo(qtbot: Any, window: Any, label: str) -> None:
    """Pick a script in the toolbar combo with the keyboard, as a person can."""
    combo = window.script_combo
    combo.setFocus()
    target = combo.findText(label)
    assert target >= 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != target:
        qtbot.keyClick(combo, key)


def test_switching_to_simplified_in_the_toolbar_keeps_paragraph_and_selection(
    qtbot: Any, tmp_path: Path
) -> None:
    window = make_window(qtbot, tmp_path)
    index = next(i for i, b in enumerate(window.view.blocks) if PHRASE in b.text)
    scroll_block_to_top(window, index)
    select_phrase(window, PHRASE)
    first_seen = window.shown_document.text[top_left_offset(window)]

    with qtbot.waitSignal(window.document_changed) as changed:
        choose_in_combo(qtbot, window, "简体")

    shown = window.shown_document
    assert changed.args[0] is shown
    assert window.script == "simplified"
    assert window.actions[script_action_name("simplified")].isChecked()
    assert window.view.toPlainText().startswith("探寻让城市生活更美好秘笈")
    assert window.windowTitle().startswith("探寻让城市生活更美好秘笈")
    assert window.outline_dock.titles() == [convert_text(s.title, "t2s") for s in window.document.sections]
    assert window.outline_dock.titles()[0] == "课堂教学 解培训核心疑问"
    # Same paragraph at the top, same characters (converted) at the top-left, same words selected.
    assert window.view.block_index_at(window.view.top_offset()) == index
    assert shown.text[top_left_offset(window)] == convert_text(first_seen, "t2s")
    assert window.view.textCursor().selectedText() == "重庆市规划展览馆"
    assert window.document.text.startswith("探尋")  # the original is never altered


def test_menu_shortcut_and_cycle_reach_every_script(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    index = len(window.view.blocks) // 2
    scroll_block_to_top(window, index)
    window.view.setFocus()
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    qtbot.keyClick(window.view, Qt.Key.Key_3, ctrl_alt)
    assert window.script == "taiwan"
    assert window.script_combo.currentText() == "臺灣正體"
    assert window.view.block_index_at(window.view.top_offset()) == index
    seen = []
    for _ in SCRIPT_CHOICES:
        window.actions["next_script"].trigger()
        seen.append(window.script)
        shown = window.shown_document
        assert window.view.toPlainText().replace("\u2029", "\n").replace("\u2028", "\n") == "\n".join(
            b.text for b in shown.blocks
        )
        assert window.view.block_index_at(window.view.top_offset()) == index
        status = window.status_label.text()
        assert "3 sections" in status
    assert sorted(seen) == sorted(key for key, _label in SCRIPT_CHOICES)
    window.actions[script_action_name("original")].trigger()
    assert window.shown_document is window.document


def test_the_chosen_script_is_remembered_between_runs(qtbot: Any, tmp_path: Path) -> None:
    ini = tmp_path / "shared.ini"
    first = make_window(qtbot, tmp_path, ini=ini)
    first.actions[script_action_name("hongkong")].trigger()
    first.close()
    second = make_window(qtbot, tmp_path, ini=ini)
    assert second.script == "hongkong"
    assert second.script_combo.currentText() == "香港繁體"
    assert second.actions[script_action_name("hongkong")].isChecked()
    assert second.shown_document is not second.document
    assert second.shown_document.text == convert_text(second.document.text, "s2hk")


def _run_main(tmp_path: Path, *args: str) -> tuple[int, str]:
    import os
    import subprocess
    import sys

    from tests.ui_window_helpers import ROOT

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args], env=env, cwd=ROOT, capture_output=True, text=True,
        timeout=120,
    )
    return done.returncode, done.stderr


def test_the_script_option_opens_the_window_in_that_script_and_remembers_it(tmp_path: Path) -> None:
    from reader.ui.settings import Settings

    code, stderr = _run_main(tmp_path, "--script", "t2s", "--screenshot", str(tmp_path / "shot.png"))
    assert code == 0, stderr
    assert (tmp_path / "shot.png").is_file()
    assert Settings(tmp_path / "cfg" / "reader.ini").script == "simplified"
    code, stderr = _run_main(tmp_path, "--script", "klingon", "--screenshot", str(tmp_path / "no.png"))
    assert code == 2
    assert "klingon" in stderr and "Traceback" not in stderr
    assert not (tmp_path / "no.png").exists()


def test_the_same_line_stays_at_the_top_inside_a_long_paragraph(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    view = window.view
    longest = max(range(len(view.blocks)), key=lambda i: len(view.blocks[i].text))
    block = view.document().findBlock(view.position_for(view.blocks[longest].start))
    assert block.layout().lineCount() >= 4
    third_line = view.blocks[longest].start + block.layout().lineAt(2).textStart()
    view.scroll_to_offset(third_line)
    assert view.top_line_offset() == third_line
    original_offset = window.offsets.to_original(third_line)  # type: ignore[union-attr]

    for key in ("simplified", "taiwan", "original"):
        window.actions[script_action_name(key)].trigger()
        expected = window.offsets.to_converted(original_offset)  # type: ignore[union-attr]
        assert view.block_index_at(view.top_offset()) == longest
        top = view.top_line_offset()
        shown = view.document().findBlock(view.position_for(top))
        line = shown.layout().lineForTextPosition(view.position_for(top) - shown.position())
        assert top <= expected < top + line.textLength(), key  # the reader's line is the top line


def test_a_failed_conversion_is_reported_and_nothing_changes(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from reader.errors import ReaderError
    from reader.ui import bridge

    window = make_window(qtbot, tmp_path)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *_a: shown.append(f"{title}: {text}"))

    def broken(_doc: Any, _key: str) -> Any:
        raise ReaderError("the OpenCC tables are missing")

    monkeypatch.setattr(bridge, "script_view", broken)
    before = window.view.toPlainText()
    window.actions[script_action_name("simplified")].trigger()
    assert shown and "OpenCC tables" in shown[0]
    assert window.script == "original"
    assert window.actions[script_action_name("original")].isChecked()
    assert window.script_combo.currentText() == "Original"
    assert window.view.toPlainText() == before
    assert window.settings.script == "original"
