"""Bad input in the window, used as a person would: File ▸ Open on every kind of bad file.

The corpus is the command line's (tests/test_bad_input.py), made afresh in tmp_path. Each case
is chosen through File ▸ Open (the file dialog answers with its path); then either the article
is on screen, exactly as the core parses it, or a message box names the file and says plainly
what is wrong (the real box, read and dismissed by clicking OK), and the reader's article stays.
Afterwards the window must still work: the seed is opened the same way and read back.
pytest-qt fails a test on any exception raised inside a Qt slot or virtual, so a crash anywhere
in the window fails here too.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from reader.documents import parse_path
from reader.errors import ReaderError
from reader.model import Document
from reader.ui import main_window as main_window_module
from reader.ui.main_window import MainWindow
from tests.test_bad_input import CASES, SEED_SECTIONS, SEED_TITLE, SLOW, _file, _seed_body
from tests.ui_window_helpers import SEED, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock and dialog; nothing to fix on our side."""

MORE_CASES = {
    "separators and astral": _file(
        "astral.txt",
        "標題𠀀🎉\n正文\u2029第二段\u2028行\ufdd0框\ufdd1，🇨🇳結束。\n王𪚥說：「𠀀好！」🎉他說。\n來源：𠀀報\n".encode(),
    ),
    "a name with markup": lambda tmp: tmp / '<img src="pic.png"> <b>報告.txt',
    "astral markdown": _file("astral.md", "# 標題😀\n\n## 小節𠀀\n\n正文😀有**重點𠀀**和[連結](https://example.org/😀)。\n".encode()),
}
"""Neighbours of the command line's cases that only a window can get wrong: characters Qt
stores in two units, characters its text cursor reads as a block or frame break, and a
missing file whose name Qt would read as HTML in a message box."""
ALL_CASES = {**CASES, **MORE_CASES}

CANNOT_OPEN = {
    "a folder", "a missing path", "binary png", "binary no nul", "only nuls", "latin-1", "bad utf-16 bom"
}
"""Cases the command line refuses (tests/test_bad_input.py): the window must refuse them too."""


def words_of(box: QMessageBox) -> str:
    """The words a message box shows: its text as Qt renders it (HTML when it looks like HTML)."""
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    text = box.text()
    rich = box.textFormat() == Qt.TextFormat.RichText or (
        box.textFormat() == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    rendered = QTextDocument()
    rendered.setHtml(text)
    return rendered.toPlainText()


class MessageBoxes:
    """Reads and dismisses every message box as it appears, as a person clicking OK would.

    A timer looks for a visible QMessageBox (a static ``warning`` runs its own event loop, in
    which the timer still fires), records its title and text, and clicks its default button.
    """

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.seen: list[tuple[str, str]] = []
        self._timer = QTimer()
        self._timer.setInterval(20)
        self._timer.timeout.connect(self._dismiss)
        self._timer.start()

    def _dismiss(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.seen.append((widget.windowTitle(), words_of(widget)))
                button = widget.defaultButton() or widget.button(QMessageBox.StandardButton.Ok)
                if button is None:
                    buttons = widget.buttons()
                    button = buttons[0] if buttons else None
                if button is not None:
                    self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
                else:
                    widget.close()

    def stop(self) -> None:
        self._timer.stop()


@pytest.fixture
def boxes(qtbot: Any) -> Iterator[MessageBoxes]:
    watcher = MessageBoxes(qtbot)
    yield watcher
    watcher.stop()


def choose_in_file_open(monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path) -> None:
    """File ▸ Open, and the file dialog answers with ``path``."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    file_menu = window.actions.menus["file"]
    assert window.actions["open"] in file_menu.actions()
    window.actions["open"].trigger()


def settled(window: MainWindow) -> bool:
    """Nothing left to do: not opening, not typesetting, not analysing."""
    return not window.progress.isVisible() and not window.view.building() and not window.analysis_running()


ONE_BLOCK = str.maketrans({"\n": "\u2028", "\u2029": "\u2028", "\ufdd0": "\ufffd", "\ufdd1": "\ufffd"})
"""How a block's text is shown: breaks inside it as line separators (Qt would start a new
block at U+2029 and a frame at U+FDD0/U+FDD1), each still one character."""


def shown_text(window: MainWindow, start: int, end: int) -> str:
    """What the view shows for model offsets ``start``..``end``."""
    return window.view.cursor_for(start, end).selectedText()


def assert_shows(qtbot: Any, window: MainWindow, expected: Document, exact: bool = True) -> None:
    """The window shows ``expected``: the same text, each block where the model says it is.

    ``exact=False`` compares the words only, not the '>' marks: Python-Markdown stops nesting
    block quotes near the recursion limit, so how many of 3,000 '>' stay text depends on how
    deep in the stack the parser was called (the window's slot is deeper than this test).
    """
    doc = window.shown_document
    assert doc is not None
    if exact:
        assert doc.text == expected.text
        assert [b.kind for b in doc.blocks] == [b.kind for b in expected.blocks]
    else:
        assert doc.text.replace(">", "") == expected.text.replace(">", "")
    count = len(doc.blocks)
    sample = sorted({0, 1, count // 2, count - 2, count - 1} & set(range(count)))
    for index in sample:
        block = doc.blocks[index]
        assert shown_text(window, block.start, block.end) == block.text.translate(ONE_BLOCK)
    if not doc.blocks:
        assert window.view.toPlainText().strip() == doc.text.strip()
    titles = [s.title for s in doc.sections]
    outline = window.outline_dock
    qtbot.waitUntil(lambda: len(outline.titles()) >= len(titles), timeout=30000)  # filled in slices
    assert outline.titles() == titles


def assert_plain_message(title: str, text: str, path: Path) -> None:
    """A message a reader can act on: it names the file and says what is wrong, in words."""
    assert path.name in title
    if "<" in path.name:
        assert path.name in text  # a name that looks like HTML shows as written
    assert text.strip() and len(text) < 400
    assert "Traceback" not in text and 'File "' not in text
    assert "Error:" not in text  # no exception class names


def open_seed_and_read_it(qtbot: Any, monkeypatch: pytest.MonkeyPatch, window: MainWindow) -> None:
    """The window is still usable: the seed opens, reads back and is analysed."""
    choose_in_file_open(monkeypatch, window, SEED)
    qtbot.waitUntil(lambda: window.analysed and settled(window), timeout=60000)
    assert window.path == SEED
    assert window.view.toPlainText().startswith(SEED_TITLE)
    assert window.outline_dock.titles() == SEED_SECTIONS
    assert SEED_TITLE in window.windowTitle()
    assert window.document is not None and window.document.people


@pytest.mark.parametrize(
    "case", [pytest.param(c, marks=pytest.mark.slow) if c in SLOW else c for c in ALL_CASES]
)
def test_every_bad_file_shows_the_article_or_says_why(
    case: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    path = ALL_CASES[case](tmp_path)
    try:
        expected: Document | None = parse_path(path)
    except ReaderError:
        expected = None
    if case in CANNOT_OPEN:
        assert expected is None
    window = make_window(qtbot, tmp_path)
    seed_doc = window.shown_document

    choose_in_file_open(monkeypatch, window, path)
    if expected is None:
        qtbot.waitUntil(lambda: bool(boxes.seen), timeout=60000)
    else:  # analysed after the first paint (small) or in a worker (large), or a complaint
        qtbot.waitUntil(lambda: (window.analysed or bool(boxes.seen)) and settled(window), timeout=60000)
    qtbot.wait(50)  # a message box raised by late work is read too

    if expected is None:
        assert len(boxes.seen) == 1, boxes.seen
        assert_plain_message(*boxes.seen[0], path)
        assert window.shown_document is seed_doc  # the reader's article stays
        assert window.path == SEED
        assert window.view.toPlainText().startswith(SEED_TITLE)
    else:
        assert boxes.seen == [], "a readable file opened with a complaint"
        assert window.path == path
        assert_shows(qtbot, window, expected, exact=case != "deep markdown")
        assert window.analysed
        title = expected.title.text if expected.title else path.name
        assert window.windowTitle() == f"{title} — Reader"
        if not expected.text.strip():  # a blank page must say why it is blank
            assert window.statusBar().currentMessage() == "This article has no text."
    boxes.seen.clear()
    open_seed_and_read_it(qtbot, monkeypatch, window)
    assert boxes.seen == []
    window.shutdown()


@pytest.fixture
def large_file(tmp_path: Path) -> Path:
    """A few megabytes of article, over the size the window opens in a worker."""
    body = _seed_body()
    path = tmp_path / "large.txt"
    with path.open("w", encoding="utf-8") as fh:
        fh.write(SEED_TITLE + "\n")
        size = len(SEED_TITLE.encode())
        while size <= main_window_module.BACKGROUND_OPEN_BYTES + 500_000:
            fh.write(body)
            size += len(body.encode())
        fh.write("來源：測試\n")
    return path


class Gate:
    """Holds a worker inside a core call until the test lets it go: the work is really in
    progress while the reader clicks (no race with a fast machine)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, module: Any, name: str) -> None:
        self.entered = threading.Event()
        self.release = threading.Event()
        self.threads: list[bool] = []
        real = getattr(module, name)

        def gated(*args: Any, **kwargs: Any) -> Any:
            self.threads.append(threading.current_thread() is threading.main_thread())
            self.entered.set()
            self.release.wait(30)
            return real(*args, **kwargs)

        monkeypatch.setattr(module, name, gated)


def test_a_large_file_shows_progress_and_cancelling_keeps_the_article_on_screen(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes, large_file: Path
) -> None:
    import reader.analysis
    import reader.loading

    window = make_window(qtbot, tmp_path)
    seed_doc = window.shown_document
    reading = Gate(monkeypatch, reader.loading, "load_path")
    # People and quotes of megabytes are another test's business (and minutes of CI time).
    monkeypatch.setattr(reader.analysis, "analyse", lambda doc: doc)

    # Opening: progress and Cancel show at once, the file is read off the UI thread.
    choose_in_file_open(monkeypatch, window, large_file)
    assert window.progress.isVisible() and window.cancel_button.isVisible()
    assert large_file.name in window.analysis_label.text()
    qtbot.waitUntil(reading.entered.is_set, timeout=10000)
    assert reading.threads == [False]
    # The window answers while the file is being read: the find bar opens on the old article.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    window.find_bar.close_bar()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    reading.release.set()
    qtbot.wait(300)  # the worker finishes reading; what it read must be dropped
    assert window.shown_document is seed_doc and window.path == SEED
    assert window.view.toPlainText().startswith(SEED_TITLE)
    assert boxes.seen == []
    window.shutdown()

    # Opened again and left to load: it is typeset in slices, the event loop running between.
    expected = parse_path(large_file)
    ticks: list[bool] = []
    choose_in_file_open(monkeypatch, window, large_file)
    qtbot.waitUntil(window.view.building, timeout=30000)
    QTimer.singleShot(0, lambda: ticks.append(window.view.building()))
    assert window.progress.isVisible()
    qtbot.waitUntil(lambda: not window.view.building(), timeout=60000)
    assert ticks and ticks[0], "the window did not answer while the article was typeset"
    assert window.path == large_file
    assert_shows(qtbot, window, expected)


def test_cancelling_the_analysis_of_a_large_file_leaves_it_readable_without_people(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes, large_file: Path
) -> None:
    import reader.analysis

    window = make_window(qtbot, tmp_path)
    analysing = Gate(monkeypatch, reader.analysis, "analyse")
    expected = parse_path(large_file)
    choose_in_file_open(monkeypatch, window, large_file)
    qtbot.waitUntil(analysing.entered.is_set, timeout=60000)
    assert analysing.threads == [False]
    assert window.analysis_running() and window.progress.isVisible()
    assert window.analysis_label.text() == "Finding people and quotes…"
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    assert not window.analysis_running() and not window.progress.isVisible()
    assert window.analysis_label.text() == "Analysis cancelled"
    assert_shows(qtbot, window, expected)
    assert not window.analysed
    assert window.document is not None and not window.document.people and not window.document.quotes
    # The article can be read and searched while people and quotes are off.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    analysing.release.set()
    window.shutdown()
    qtbot.wait(100)  # a late result is dropped
    assert not window.analysed
    assert boxes.seen == []


def test_a_passage_past_emoji_and_rare_ideographs_is_selected_highlighted_and_found(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes
) -> None:
    """Qt counts two units for 𠀀 or 🎉 where the model counts one character: what the reader
    selects, highlights and finds after them must still be exactly those characters."""
    from reader import storage
    from tests.ui_window import select_text, shortcut
    from tests.ui_window_helpers import type_text

    path = MORE_CASES["separators and astral"](tmp_path)
    window = make_window(qtbot, tmp_path)
    choose_in_file_open(monkeypatch, window, path)
    qtbot.waitUntil(lambda: window.analysed and settled(window), timeout=30000)
    doc = window.shown_document
    assert doc is not None
    passage = "說：「𠀀好"
    start = doc.text.index(passage)
    assert doc.text[:start].count("🎉") and "𪚥" in doc.text[:start]  # past two-unit characters

    select_text(qtbot, window, start, start + len(passage))
    assert window.view.textCursor().selectedText() == passage  # what Qt itself has selected
    shortcut(qtbot, window, Qt.Key.Key_H)
    dialog = window.annotations.dialog
    assert dialog is not None and passage in dialog.passage_label.text()
    qtbot.mouseClick(
        dialog.findChild(type(dialog.other_button), "highlight_color_yellow"), Qt.MouseButton.LeftButton
    )
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert [h.text for h in storage.HighlightStore().open(doc.text).highlights] == [passage]
    painted = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert passage in painted

    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.find_bar.field, "他說")
    qtbot.waitUntil(lambda: bool(window.search.hits), timeout=5000)
    (hit,) = window.search.hits or []
    assert doc.text[hit[0] : hit[1]] == "他說"
    current = window.view.highlight_layer("search_current")
    assert [(s, e) for s, e, _f, _t in current] == [hit]
    painted = [s.cursor.selectedText() for s in window.view.extraSelections()]
    assert "他說" in painted
    assert boxes.seen == []
    window.shutdown()


def test_cancel_while_a_large_file_is_typeset_stops_people_and_quotes_from_being_looked_for(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, boxes: MessageBoxes, large_file: Path
) -> None:
    """The Cancel button shows while the article is typeset: clicking it must do something a
    reader can see — the article still appears whole, the analysis does not start."""
    import reader.analysis

    window = make_window(qtbot, tmp_path)
    started: list[bool] = []
    monkeypatch.setattr(reader.analysis, "analyse", lambda doc: started.append(True) or doc)
    expected = parse_path(large_file)
    choose_in_file_open(monkeypatch, window, large_file)
    qtbot.waitUntil(window.view.building, timeout=30000)
    assert window.cancel_button.isVisible() and window.cancel_button.isEnabled()
    qtbot.mouseClick(window.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.view.building(), timeout=60000)
    qtbot.wait(300)  # the paint after which an analysis would start
    assert_shows(qtbot, window, expected)
    assert started == [] and not window.analysis_running() and not window.analysed
    assert window.analysis_label.text() == "Analysis cancelled"
    assert not window.progress.isVisible() and not window.cancel_button.isVisible()
    assert boxes.seen == []
    window.shutdown()
