"""The reading window used as a person would: open, read the outline, click, scroll, fail politely."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from reader.documents import parse_path
from reader.ui import main_window as main_window_module
from reader.ui.actions import SCRIPT_CHOICES, script_action_name
from tests.ui_window_helpers import ROOT, SEED, click_item, heading_y, make_window, visible

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""

SEED_SECTIONS = ["課堂教學 解培訓核心疑問", "現場觀摩 成功范例拓視野", "研討交流 學思踐悟明方向"]


def test_window_shows_the_seed_with_title_outline_and_status(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    shown = window.view.toPlainText()
    assert shown.startswith("探尋讓城市生活更美好秘笈")
    assert "——漯河市提升城鎮化發展質量與城市更新專題培訓側記" in shown
    assert "來源:漯河日報" in shown
    assert "探尋讓城市生活更美好秘笈" in window.windowTitle()
    assert window.outline_dock.titles() == SEED_SECTIONS
    status = window.status_label.text()
    letters = sum(1 for c in SEED.read_text(encoding="utf-8") if not c.isspace())
    assert f"{letters:,} characters" in status
    assert "3 sections" in status
    assert f"about {round(letters / 400)} min read" in status


def test_view_positions_and_offsets_agree_both_ways(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    doc = window.shown_document
    assert doc is not None
    for block in doc.blocks:
        cursor = window.view.cursor_for(block.start, block.end)
        assert cursor.selectedText() == block.text
        assert window.view.offset_at(cursor.selectionStart()) == block.start
        assert window.view.offset_at(cursor.selectionEnd()) == block.end


def test_clicking_the_second_section_brings_its_heading_to_the_top(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    second = window.shown_document.sections[1]  # type: ignore[union-attr]
    assert not visible(window, second.start), "the window is too tall for this test to mean anything"
    click_item(qtbot, window.outline_dock.tree, window.outline_dock.item(1))
    assert visible(window, second.start)
    assert heading_y(window, second.start) < window.view.viewport().height() // 4
    assert window.view.top_offset() == second.start
    assert window.outline_dock.current_index() == 1


def test_scrolling_selects_the_section_on_screen(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    bar = window.view.verticalScrollBar()
    assert window.outline_dock.current_index() == -1
    bar.setValue(bar.maximum())
    assert window.outline_dock.current_index() == 2
    third = window.shown_document.sections[2]  # type: ignore[union-attr]
    window.view.scroll_to_offset(third.start - 5)  # the paragraph just before the third heading
    assert window.outline_dock.current_index() == 1
    bar.setValue(0)
    assert window.outline_dock.current_index() == -1


def test_actions_are_enabled_only_once_a_document_is_shown(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path, path=None)
    actions = window.actions
    always = {"open", "quit"}
    needs = {"find", "find_next", "find_previous", "next_script"} | {
        script_action_name(key) for key, _label in SCRIPT_CHOICES
    }
    assert all(actions[name].isEnabled() for name in always)
    assert not any(actions[name].isEnabled() for name in needs)
    assert not actions["cancel_analysis"].isEnabled()
    assert window.open_path(SEED)
    assert all(actions[name].isEnabled() for name in always | needs)
    assert actions["find"].shortcuts()[0].toString() == "Ctrl+F"
    assert "/" in [s.toString() for s in actions["find"].shortcuts()]


def capture_warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    shown: list[tuple[str, str]] = []

    def warning(_parent: object, title: str, text: str, *_args: object) -> QMessageBox.StandardButton:
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", warning)
    return shown


@pytest.mark.parametrize(
    ("name", "content"),
    [("missing.txt", None), ("binary.txt", bytes(range(256)) * 8), ("folder", "dir")],
)
def test_a_bad_file_shows_a_message_and_the_window_stays_usable(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: bytes | str | None
) -> None:
    window = make_window(qtbot, tmp_path)
    shown = capture_warnings(monkeypatch)
    bad = tmp_path / name
    if content == "dir":
        bad.mkdir()
    elif isinstance(content, bytes):
        bad.write_bytes(content)
    before = window.view.toPlainText()
    assert not window.open_path(bad)
    assert len(shown) == 1
    title, text = shown[0]
    assert name in title
    assert "Traceback" not in text and text.strip()
    assert window.view.toPlainText() == before
    assert window.outline_dock.titles() == SEED_SECTIONS
    click_item(qtbot, window.outline_dock.tree, window.outline_dock.item(2))
    assert window.view.top_offset() == window.shown_document.sections[2].start  # type: ignore[union-attr]
    other = tmp_path / "short.txt"
    other.write_text("另一篇文章\n第一段正文，寫得很短。\n", encoding="utf-8")
    assert window.open_path(other)
    assert window.view.toPlainText().startswith("另一篇文章")
    assert window.outline_dock.titles() == []


def test_markdown_opens_with_its_headings_as_outline(qtbot: Any, tmp_path: Path) -> None:
    md = tmp_path / "note.md"
    md.write_text("# 我們的標題\n\n## 第一部分\n\n正文有**重點**和[連結](https://example.org)。\n\n"
                  "- 第一項\n- 第二項\n\n> 一段引文。\n\n"
                  "## 第二部分\n\n<script>alert(1)</script>\n", encoding="utf-8")
    window = make_window(qtbot, tmp_path, path=md)
    assert window.outline_dock.titles() == ["第一部分", "第二部分"]
    text = window.view.toPlainText()
    assert "重點" in text and "**" not in text
    assert "<script>alert(1)</script>" in text  # raw HTML is shown as text, never run
    doc = window.shown_document
    assert doc is not None
    for block in doc.blocks:  # list bullets and quote margins add no characters
        assert window.view.cursor_for(block.start, block.end).selectedText() == block.text
    items = [b for b in doc.blocks if b.kind == "list"]
    assert [b.text for b in items] == ["第一項", "第二項"]
    first_item = window.view.document().findBlock(window.view.position_for(items[0].start))
    assert first_item.textList() is not None and first_item.textList().count() == 2
    link = next(i for i in doc.inlines if i.kind == "link")
    cursor = window.view.cursor_for(link.start, link.end)
    cursor.setPosition(cursor.selectionStart() + 1)
    assert cursor.charFormat().anchorHref() == "https://example.org"


def test_large_files_are_analysed_off_the_ui_thread_and_can_be_cancelled(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import reader.analysis

    release = threading.Event()
    started = threading.Event()
    real = reader.analysis.analyse

    def slow(doc: Any) -> Any:
        started.set()
        release.wait(30)
        return real(doc)

    monkeypatch.setattr(main_window_module, "SYNC_ANALYSIS_LIMIT", 0)
    monkeypatch.setattr(reader.analysis, "analyse", slow)
    window = make_window(qtbot, tmp_path, path=None)
    assert window.open_path(SEED)
    # The article is on screen and usable while the analysis runs.
    assert window.outline_dock.titles() == SEED_SECTIONS
    qtbot.waitUntil(started.is_set, timeout=30000)  # once the article has been painted
    assert window.analysis_running() and not window.analysed
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.analysis_running()
    assert not window.progress.isVisible()
    assert window.analysis_label.text() == "Analysis cancelled"
    release.set()
    window.shutdown()
    qtbot.wait(50)  # let a stray queued result arrive: it must be dropped
    assert not window.analysed

    # Opened again and left alone, the worker's result lands and the docks hear of it.
    with qtbot.waitSignal(window.analysis_finished, timeout=30000) as blocker:
        assert window.open_path(SEED)
    assert window.analysed
    assert blocker.args[0].text == parse_path(SEED).text
    assert not window.progress.isVisible()
    window.shutdown()


def test_screenshot_writes_a_png_of_the_window(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(out)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    image = QImage(str(out))
    assert not image.isNull()
    assert image.width() >= 800 and image.height() >= 600
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 29)}
    assert len(colours) > 10, "the picture is blank"


def test_file_open_in_the_menu_opens_the_chosen_article(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    article = tmp_path / "chosen.txt"
    article.write_text("選中的文章\n小標題一\n這是正文的第一段，寫得不長。\n", encoding="utf-8")
    asked: list[str] = []

    def choose(_parent: object, caption: str, _folder: str, filters: str) -> tuple[str, str]:
        asked.append(filters)
        return str(article), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", choose)
    window = make_window(qtbot, tmp_path)
    file_menu = window.actions.menus["file"]
    assert window.actions["open"] in file_menu.actions()
    assert window.actions["quit"] in file_menu.actions()
    window.actions["open"].trigger()
    assert asked and "*.txt" in asked[0] and "*.md" in asked[0]
    assert window.view.toPlainText().startswith("選中的文章")
    assert "選中的文章" in window.windowTitle()


def test_screenshot_of_a_bad_file_says_so_on_one_line(tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=str(tmp_path / "cfg"))
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(tmp_path / "missing.txt"), "--screenshot", str(out)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 2
    lines = [line for line in done.stderr.splitlines() if "propagateSizeHints" not in line]
    assert len(lines) == 1 and "missing.txt" in lines[0]
    assert not out.exists()


def test_quit_closes_the_window_and_remembers_its_layout(qtbot: Any, tmp_path: Path) -> None:
    ini = tmp_path / "layout.ini"
    window = make_window(qtbot, tmp_path, ini=ini)
    window.outline_dock.hide()
    window.actions["quit"].trigger()
    assert not window.isVisible()
    again = make_window(qtbot, tmp_path, ini=ini)
    assert not again.outline_dock.isVisible()
    assert again.outline_dock.toggleViewAction() in again.actions.menus["view"].actions()


def test_links_open_only_on_click_only_for_the_web(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices, QTextDocument

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    md = tmp_path / "links.md"
    md.write_text(
        "# 連結測試\n\n看[網頁](https://example.org/a)或[本機檔案](file:///etc/hostname)。\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path, path=md)
    view = window.view
    doc = window.shown_document
    assert doc is not None
    assert not opened  # nothing opens by itself
    before = view.toPlainText()
    for inline in (i for i in doc.inlines if i.kind == "link"):
        middle = view.cursor_for(inline.start + 1, inline.start + 1)
        point = view.cursorRect(middle).center()
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened == ["https://example.org/a"]
    assert view.toPlainText() == before  # the view never navigates away from the article
    image = int(QTextDocument.ResourceType.ImageResource)
    assert view.loadResource(image, QUrl("file:///etc/hostname")) is None


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_selection_and_hover_speak_in_model_offsets(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QEvent, QPoint
    from PySide6.QtGui import QHelpEvent, QTextCharFormat
    from PySide6.QtWidgets import QApplication, QToolTip

    window = make_window(qtbot, tmp_path)
    view = window.view
    heading = window.shown_document.sections[1]  # type: ignore[union-attr]
    view.scroll_to_offset(heading.start)
    view.select_offsets(heading.start, heading.start)
    view.setFocus()
    heard: list[tuple[int, int]] = []
    view.selection_offsets_changed.connect(lambda start, end: heard.append((start, end)))
    for _ in range(4):
        qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    assert heard == [(heading.start, heading.start + n) for n in range(1, 5)]
    assert view.textCursor().selectedText() == heading.title[:4]

    fmt = QTextCharFormat()
    view.set_highlight_layer("user", [(heading.start, heading.end, fmt, "a note of mine")])
    assert view.tooltips_at(heading.start + 2) == ["a note of mine"]
    assert view.tooltips_at(heading.end + 5) == []
    point = view.cursorRect(view.cursor_for(heading.start + 2, heading.start + 2)).center() + QPoint(2, 0)
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view, event)
    assert QToolTip.text() == "a note of mine"
    QToolTip.hideText()


def test_the_worker_result_is_applied_on_the_ui_thread(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QThread

    monkeypatch.setattr(main_window_module, "SYNC_ANALYSIS_LIMIT", 0)
    window = make_window(qtbot, tmp_path, path=None)
    threads: list[bool] = []
    window.analysis_finished.connect(lambda _doc: threads.append(QThread.currentThread() is window.thread()))
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        assert window.open_path(SEED)
    assert threads == [True]
    window.shutdown()


@pytest.mark.parametrize("threaded", [False, True])
def test_a_failing_analysis_is_reported_and_the_article_stays(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    import reader.analysis

    def broken(_doc: Any) -> Any:
        raise RuntimeError("rule table missing")

    if threaded:
        monkeypatch.setattr(main_window_module, "SYNC_ANALYSIS_LIMIT", 0)
    monkeypatch.setattr(reader.analysis, "analyse", broken)
    window = make_window(qtbot, tmp_path, path=None)
    shown = capture_warnings(monkeypatch)
    assert window.open_path(SEED)
    qtbot.waitUntil(lambda: bool(shown), timeout=60000)
    title, text = shown[0]
    assert title == "Analysis failed" and "rule table missing" in text
    assert not window.analysed and not window.analysis_running()
    assert window.outline_dock.titles() == SEED_SECTIONS
    assert window.analysis_label.text() == "People and quotes unavailable"
    window.shutdown()


def test_no_two_actions_share_a_shortcut(qtbot: Any, tmp_path: Path) -> None:
    """Qt fires neither action of an ambiguous shortcut: every key must mean one thing."""
    from collections import defaultdict

    from PySide6.QtGui import QAction

    window = make_window(qtbot, tmp_path)
    owners: defaultdict[str, set[str]] = defaultdict(set)
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            owners[sequence.toString()].add(action.objectName() or action.text())
    shared = {key: names for key, names in owners.items() if len(names) > 1}
    assert not shared
    assert {"Ctrl+F", "/", "F3", "Shift+F3", "F8", "Ctrl+O", "Ctrl+Q"} <= set(owners)


@pytest.mark.parametrize("threaded", [False, True])
def test_the_article_is_painted_before_it_is_analysed(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, threaded: bool
) -> None:
    from PySide6.QtCore import QEvent, QObject

    import reader.analysis

    events: list[str] = []
    real = reader.analysis.analyse

    def watched(doc: Any) -> Any:
        events.append("analyse")
        return real(doc)

    class PaintSpy(QObject):
        def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in events:
                events.append("paint")
            return False

    if threaded:
        monkeypatch.setattr(main_window_module, "SYNC_ANALYSIS_LIMIT", 0)
    monkeypatch.setattr(reader.analysis, "analyse", watched)
    window = make_window(qtbot, tmp_path, path=None)
    spy = PaintSpy(window)
    window.view.viewport().installEventFilter(spy)
    window.view.viewport().repaint()  # the empty window's own paint does not count
    events.clear()
    with qtbot.waitSignal(window.analysis_finished, timeout=60000):
        assert window.open_path(SEED)
    assert events[:2] == ["paint", "analyse"]
    window.shutdown()
