"""What the window does to be quick must not change what the reader ends up with.

The speed itself is measured by benchmarks/run.py, never here: these tests check that the
quick start (menus, icons and docks finished after the first paint), a large file opened in
a worker and typeset in slices, and an outline filled in slices all end in the same window
as the plain, synchronous way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

import reader.ui.main_window as main_window_module
from reader.documents import parse_path
from reader.ui import outline_dock as outline_module
from reader.ui.article_view import ArticleView
from reader.ui.main_window import MainWindow
from reader.ui.settings import Settings
from tests.ui_window_helpers import SEED, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def _long_article(tmp_path: Path, copies: int) -> Path:
    """The seed's body repeated: many sections, many paragraphs (our own text)."""
    head, _, body = SEED.read_text(encoding="utf-8").partition("\n")
    path = tmp_path / "long.txt"
    path.write_text(head + "\n" + "\n".join([body] * copies), encoding="utf-8")
    return path


def test_a_quick_start_finishes_menus_icons_and_docks_after_the_first_paint(
    qtbot: Any, tmp_path: Path
) -> None:
    plain = make_window(qtbot, tmp_path, ini=tmp_path / "plain.ini")
    window = MainWindow(Settings(tmp_path / "quick.ini"), quick_start=True)
    qtbot.addWidget(window)
    assert window.starting()
    window.resize(1100, 760)
    window.show()
    assert window.open_path(SEED)
    qtbot.waitUntil(lambda: not window.starting() and window.analysed, timeout=60000)
    # Every action and menu the plain window has, with the same icons set.
    assert sorted(window.actions) == sorted(plain.actions)
    assert sorted(window.actions.menus) == sorted(plain.actions.menus)
    for name, action in plain.actions.items():
        assert window.actions[name].icon().isNull() == action.icon().isNull(), name
    assert window.comforts.recent_actions()  # File ▸ Open Recent lists the seed
    # The docks heard of the article and of its analysis.
    people = window.annotations.people_dock
    assert people.tree.topLevelItemCount() == plain.annotations.people_dock.tree.topLevelItemCount() > 0


def test_a_large_file_opens_in_the_background_into_the_same_window(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _long_article(tmp_path, 40)
    expected = parse_path(path)
    monkeypatch.setattr(main_window_module, "BACKGROUND_OPEN_BYTES", 1000)
    monkeypatch.setattr(outline_module, "STEP_SECTIONS", 7)  # several slices of the outline
    window = make_window(qtbot, tmp_path, path=None)
    assert window.open_path(path)  # returns at once: read, parsed and typeset later
    assert window.document is None
    qtbot.waitUntil(lambda: window.document is not None and window.view.fully_laid_out(), timeout=60000)
    qtbot.waitUntil(lambda: len(window.outline_dock.titles()) == len(expected.sections), timeout=10000)
    assert window.document is not None and window.document.text == expected.text
    assert window.outline_dock.titles() == [s.title for s in expected.sections]
    assert window.view.toPlainText().replace("\u2029", "\n") == "\n".join(b.text for b in expected.blocks)
    assert window.path == path
    # Offsets map into the view the same way as for a file opened at once.
    last = expected.blocks[-1]
    assert window.view.cursor_for(last.start, last.end).selectedText() == last.text
    qtbot.waitUntil(lambda: window.analysed, timeout=120000)
    assert window.windowTitle().startswith(expected.title.text if expected.title else "")


def test_a_bad_large_file_is_reported_after_the_fact(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 2000)
    monkeypatch.setattr(main_window_module, "BACKGROUND_OPEN_BYTES", 1000)
    window = make_window(qtbot, tmp_path)
    window.interactive = False
    before = window.document
    assert window.open_path(bad)
    qtbot.waitUntil(lambda: bool(window.last_error), timeout=10000)
    assert "bad.txt" in window.last_error
    assert window.document is before  # the article on screen stays
    assert not window.progress.isVisible()


def test_typesetting_in_steps_gives_the_view_of_typesetting_at_once(qtbot: Any, tmp_path: Path) -> None:
    doc = parse_path(_long_article(tmp_path, 12))
    at_once, in_steps = ArticleView(), ArticleView()
    for view in (at_once, in_steps):
        qtbot.addWidget(view)
        view.resize(800, 600)
        view.show()
    at_once.set_document(doc)
    done: list[bool] = []
    in_steps.set_document_in_steps(doc, lambda: done.append(True), slice_ms=1)
    assert in_steps.building()
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    QApplication.processEvents()
    assert not in_steps.building()
    assert in_steps.verticalScrollBar().value() == 0  # the reader is left at the top
    assert in_steps.textCursor().position() == 0
    assert in_steps.toPlainText() == at_once.toPlainText()
    for block in doc.blocks[:: max(1, len(doc.blocks) // 25)]:
        assert in_steps.position_for(block.start) == at_once.position_for(block.start)
        shown = in_steps.cursor_for(block.start, block.end).selectedText()
        assert shown == block.text.replace("\n", "\u2028")
