"""The find bar and results panel, used as a reader would: type, read the count, move, click a hit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.search import fold
from reader.ui.actions import script_action_name
from reader.ui.main_window import MainWindow, search_format
from tests.ui_window_helpers import make_window, type_text, visible

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""


def open_find(qtbot: Any, window: MainWindow) -> None:
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    assert window.find_bar.field.hasFocus()


def search_for(qtbot: Any, window: MainWindow, query: str) -> str:
    """Type ``query`` into the find bar and wait for the (debounced) count to appear."""
    window.find_bar.field.clear()
    type_text(window.find_bar.field, query)
    qtbot.waitUntil(
        lambda: not window.find_bar.pending() and window.find_bar.count_label.text() != "", timeout=30000
    )
    return window.find_bar.count_label.text()


def current_span(window: MainWindow) -> tuple[int, int]:
    layer = window.view.highlight_layer("search_current")
    assert len(layer) == 1
    return layer[0][0], layer[0][1]


def test_typing_shows_the_count_and_highlights_every_hit(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    with qtbot.waitSignal(window.search_query_changed) as asked:
        assert search_for(qtbot, window, "重庆") == "1 / 13"
    assert asked.args == ["重庆"]
    text = window.shown_document.text  # type: ignore[union-attr]
    spans = [(s, e) for s, e, _fmt, _tip in window.view.highlight_layer("search")]
    assert len(spans) == 13
    assert all(text[s:e] == "重慶" for s, e in spans)  # the seed writes 重慶; the reader typed 重庆
    assert current_span(window) == spans[0]
    assert window.view.extraSelections()[-1].cursor.selectedText() == "重慶"


def test_enter_f3_and_shift_move_through_hits_and_wrap_with_a_notice(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    search_for(qtbot, window, "重庆")
    spans = [(s, e) for s, e, _fmt, _tip in window.view.highlight_layer("search")]
    field = window.find_bar.field
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == "2 / 13"
    assert current_span(window) == spans[1]
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == "1 / 13"
    assert window.find_bar.notice_label.text() == ""
    qtbot.keyClick(field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == "13 / 13"
    assert "Wrapped" in window.find_bar.notice_label.text()
    assert visible(window, spans[12][0])
    qtbot.keyClick(field, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text() == "1 / 13"
    assert "Wrapped" in window.find_bar.notice_label.text()
    assert visible(window, spans[0][0])
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F3)
    assert window.find_bar.count_label.text() == "2 / 13"
    qtbot.keyClick(window.view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == "1 / 13"


def test_results_panel_lists_every_hit_with_section_and_context_and_jumps(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    search_for(qtbot, window, "重庆")
    panel = window.search_panel
    assert panel.isVisible()
    assert panel.row_count() == 13
    doc = window.shown_document
    assert doc is not None
    spans = [(s, e) for s, e, _fmt, _tip in window.view.highlight_layer("search")]
    for row, (start, end) in enumerate(spans):
        section = doc.section_at(start)
        line = panel.row_text(row)
        assert line.startswith(section.title if section else "(before the first section)")
        assert f"[{doc.text[start:end]}]" in line
        line_start = doc.text.rfind("\n", 0, start) + 1
        assert doc.text[max(line_start, start - 20) : start] in line  # context stays in the paragraph
        if section is not None and line_start > section.start:  # in the section's body
            assert section.title not in line.split(": ", 1)[1], "context ran into the heading"
    assert "13 matches" in panel.summary.text()

    row = 9
    window.view.verticalScrollBar().setValue(0)
    assert not visible(window, spans[row][0])
    panel.list.scrollTo(panel.model.index(row, 0))
    rect = panel.list.visualRect(panel.model.index(row, 0))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.find_bar.count_label.text() == "10 / 13"
    assert current_span(window) == spans[row]
    assert visible(window, spans[row][0])
    assert panel.list.currentIndex().row() == row


def test_slash_opens_escape_closes_and_clears_everything(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.view.setFocus()
    qtbot.keyClick(window.view, "/")
    assert window.find_bar.isVisible() and window.find_bar.field.hasFocus()
    qtbot.keyClicks(window.find_bar.field, "10/")  # typed into the field, not a shortcut
    assert window.find_bar.field.text() == "10/"
    qtbot.waitUntil(lambda: window.find_bar.count_label.text() != "")
    assert window.find_bar.count_label.text() == "no matches"
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "10")
    assert window.find_bar.field.text() == "10"  # history is offered, never typed for the reader
    qtbot.waitUntil(lambda: window.find_bar.count_label.text().endswith("/ 1"))
    assert window.view.highlight_layer("search")
    window.view.setFocus()  # Esc closes the bar from the article too
    with qtbot.waitSignal(window.search_query_changed) as asked:
        qtbot.keyClick(window.view, Qt.Key.Key_Escape)
    assert asked.args == [""]
    assert not window.find_bar.isVisible()
    assert window.view.highlight_layer("search") == []
    assert window.view.highlight_layer("search_current") == []


def test_no_matches_and_a_bad_pattern_are_said_plainly(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    assert search_for(qtbot, window, "月球基地") == "no matches"
    assert window.search_panel.row_count() == 0
    qtbot.mouseClick(window.find_bar.regex_box, Qt.MouseButton.LeftButton)
    window.find_bar.field.clear()
    qtbot.keyClicks(window.find_bar.field, "(")
    qtbot.waitUntil(lambda: "regular expression" in window.find_bar.count_label.text())
    assert window.view.highlight_layer("search") == []
    window.find_bar.field.clear()
    type_text(window.find_bar.field, "重慶|漯河")
    qtbot.waitUntil(lambda: window.find_bar.count_label.text().startswith("1 / "))
    total = int(window.find_bar.count_label.text().split("/ ")[1])
    text = window.shown_document.text  # type: ignore[union-attr]
    assert total == text.count("重慶") + text.count("漯河")


def test_search_follows_the_script_on_screen(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    window.actions[script_action_name("simplified")].trigger()
    open_find(qtbot, window)
    assert search_for(qtbot, window, "重慶") == "1 / 13"
    text = window.shown_document.text  # type: ignore[union-attr]
    spans = [(s, e) for s, e, _fmt, _tip in window.view.highlight_layer("search")]
    assert {text[s:e] for s, e in spans} == {"重庆"}
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    assert window.find_bar.count_label.text() == "3 / 13"
    window.actions[script_action_name("taiwan")].trigger()  # hits are found again, the third stays current
    text = window.shown_document.text  # type: ignore[union-attr]
    spans = [(s, e) for s, e, _fmt, _tip in window.view.highlight_layer("search")]
    assert len(spans) == 13 and {fold(text[s:e]) for s, e in spans} == {"重庆"}
    assert window.find_bar.count_label.text() == "3 / 13"
    assert current_span(window) == spans[2]


def test_search_history_is_offered_and_remembered(qtbot: Any, tmp_path: Path) -> None:
    ini = tmp_path / "shared.ini"
    window = make_window(qtbot, tmp_path, ini=ini)
    open_find(qtbot, window)
    search_for(qtbot, window, "月球")  # no hits: not worth remembering
    search_for(qtbot, window, "城")
    search_for(qtbot, window, "城市")  # typed on: its prefix is not remembered either
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return)
    search_for(qtbot, window, "重庆")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_F3)
    assert window.find_bar.history() == ["重庆", "城市"]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    window.close()
    again = make_window(qtbot, tmp_path, ini=ini)
    open_find(qtbot, again)
    assert again.find_bar.history()[:2] == ["重庆", "城市"]
    combo = again.find_bar.combo
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    qtbot.waitUntil(lambda: again.find_bar.count_label.text() != "")
    assert again.find_bar.query == "城市"
    assert again.find_bar.count_label.text().startswith("1 / ")


def test_a_long_article_highlights_every_hit_that_comes_into_view(qtbot: Any, tmp_path: Path) -> None:
    seed = (Path(__file__).resolve().parent.parent / "seeds" / "000_fcef1e8e6851e9da.txt").read_text(
        encoding="utf-8"
    )
    head, _, body = seed.partition("\n")
    long_article = tmp_path / "long.txt"
    long_article.write_text(head + "\n" + "\n".join([body] * 30), encoding="utf-8")
    window = make_window(qtbot, tmp_path, path=long_article)
    open_find(qtbot, window)
    search_for(qtbot, window, "重庆")
    layer = window.view.highlight_layer("search")
    assert len(layer) == 13 * 30
    text = window.shown_document.text  # type: ignore[union-attr]

    search_colours = [search_format(False).background().color(), search_format(True).background().color()]

    def drawn() -> set[tuple[int, int]]:
        """Search highlights Qt has been given (other layers, people and quotes, left out)."""
        view = window.view
        return {
            (view.offset_at(sel.cursor.selectionStart()), view.offset_at(sel.cursor.selectionEnd()))
            for sel in view.extraSelections()
            if sel.format.background().color() in search_colours
        }

    def on_screen() -> set[tuple[int, int]]:
        return {(s, e) for s, e, _f, _t in layer if visible(window, s)}

    assert on_screen() and on_screen() <= drawn()
    assert len(drawn()) < len(layer)  # far-away hits are not handed to Qt up front
    bar = window.view.verticalScrollBar()
    last = layer[-1][0]
    for move in (lambda: bar.setValue(bar.maximum() // 2), lambda: window.view.scroll_to_offset(last)):
        move()
        assert on_screen() and on_screen() <= drawn()
        assert all(text[s:e] == "重慶" for s, e in drawn())
    # From the first hit, Shift+Enter wraps to the last one, which is on screen now.
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    assert window.find_bar.count_label.text() == f"{13 * 30} / {13 * 30}"
    assert current_span(window) in drawn()
    every = [
        s for s in window.view.all_highlight_selections() if s.format.background().color() in search_colours
    ]
    assert len(every) == len(layer) + 1  # every hit, and the current one again on top


def test_the_search_carries_over_to_the_next_article_opened(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    search_for(qtbot, window, "重庆")
    other = tmp_path / "other.txt"
    other.write_text("另一篇\n重慶的夜景很美。\n重庆的火鍋也很有名。\n", encoding="utf-8")
    with qtbot.waitSignal(window.search_hits_changed) as hits:
        assert window.open_path(other)
    assert len(hits.args[0]) == 2
    assert window.find_bar.count_label.text() == "1 / 2"
    assert window.search_panel.row_count() == 2
    assert window.view.verticalScrollBar().value() == 0


def test_find_texts_follow_a_live_language_switch(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtCore import QCoreApplication, QTranslator

    class Bracketing(QTranslator):
        """A stand-in language: every string of the window's own widgets, bracketed."""

        def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
            if context in ("FindBar", "SearchPanel", "MainWindow") and source:
                return f"«{source}»"
            return ""

        def isEmpty(self) -> bool:  # noqa: N802 (Qt override)
            return False

    window = make_window(qtbot, tmp_path)
    open_find(qtbot, window)
    search_for(qtbot, window, "月球基地")
    assert window.find_bar.count_label.text() == "no matches"
    translator = Bracketing()
    QCoreApplication.installTranslator(translator)
    try:
        qtbot.waitUntil(lambda: window.find_bar.count_label.text() == "«no matches»")
        assert window.find_bar.find_label.text() == "«Find:»"
        assert window.search_panel.summary.text().startswith("«No matches for")
        assert window.status_label.text().startswith("«")
    finally:
        QCoreApplication.removeTranslator(translator)
    qtbot.waitUntil(lambda: window.find_bar.count_label.text() == "no matches")
    assert window.find_bar.find_label.text() == "Find:"


def test_searching_filters_the_people_and_quotes_docks(qtbot: Any, tmp_path: Path) -> None:
    window = make_window(qtbot, tmp_path)
    people, quotes = window.annotations.people_dock, window.annotations.quotes_dock
    everyone = people.visible_names()
    all_quotes = quotes.visible_quotes()
    assert "孟永生" in everyone and len(everyone) > 1, "the seed's analysis should name several people"
    open_find(qtbot, window)
    search_for(qtbot, window, "孟永生")
    assert people.visible_names() == ["孟永生"]
    assert quotes.visible_quotes() and len(quotes.visible_quotes()) < len(all_quotes)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert people.visible_names() == everyone
    assert quotes.visible_quotes() == all_quotes
    open_find(qtbot, window)  # reopened, the query still in the field is searched again
    assert window.find_bar.count_label.text().startswith("1 / ")
    assert people.visible_names() == ["孟永生"]
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    # A filter the reader typed in a dock afterwards is theirs: the find bar leaves it alone.
    people.filter_edit.setText("局長")
    window.find_bar.field.clear()
    open_find(qtbot, window)
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert people.filter_edit.text() == "局長"
