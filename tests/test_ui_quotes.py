"""The quotes dock and the quotes layer, used as a reader would."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from reader.ui import colors
from reader.ui.quotes_dock import QuotesDock, quote_layer_spans
from tests.test_ui_people import click_item, host
from tests.ui_sample import sample_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""


def make_dock(qtbot: Any) -> QuotesDock:
    dock = QuotesDock()
    dock.host_window = host(qtbot, dock)  # type: ignore[attr-defined]
    dock.set_document(sample_document())
    return dock


def test_grouped_by_speaker_in_order_of_appearance(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    assert dock.group_titles() == ["李明遠 (2)", "王芳 (3)", "Terms (1)"]
    assert [q.text for q in dock.visible_quotes()] == [
        "規劃是關鍵，要先謀後動。",
        "下一步要推進“十五五”規劃編制工作。",
        "我們要把民生放在首位。",
        "要持續提升群眾幸福感。",
        "老舊小區改造要先易後難。",
        "十五五",
    ]


def test_reading_order_and_kind_filter(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    dock.group_box.setCurrentIndex(dock.group_box.findData("order"))
    doc = sample_document()
    assert dock.visible_quotes() == list(doc.quotes)
    qtbot.mouseClick(dock.kind_boxes["indirect"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dock.kind_boxes["term"], Qt.MouseButton.LeftButton)
    assert [q.kind for q in dock.visible_quotes()] == ["direct", "direct"]
    # The article layer follows the filter: only speech stays coloured.
    assert [doc.text[s:e] for s, e, _f, _t in dock.layer_spans()] == [
        "規劃是關鍵，要先謀後動。",
        "我們要把民生放在首位。",
    ]


def test_clicking_a_quote_asks_to_jump_there(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    doc = sample_document()
    target = doc.quotes[4]
    item = dock.item_for(target)
    assert item is not None
    with qtbot.waitSignal(dock.jump_requested) as jump:
        click_item(qtbot, dock.tree, item)
    assert jump.args == [target.start, target.end]


def test_layer_colours_speech_per_speaker_and_terms_subtly() -> None:
    doc = sample_document()
    spans = {doc.text[s:e]: (fmt, tip) for s, e, fmt, tip in quote_layer_spans(doc)}
    li_fmt, li_tip = spans["規劃是關鍵，要先謀後動。"]
    wang_fmt, wang_tip = spans["我們要把民生放在首位。"]
    assert li_tip == "李明遠 · 市規劃局局長"
    assert wang_tip == "王芳 · 區住建局副局長"
    assert li_fmt.background().color() != wang_fmt.background().color()
    same_speaker = spans["下一步要推進“十五五”規劃編制工作。"][0]
    assert same_speaker.background().color() == li_fmt.background().color()
    term_fmt, term_tip = spans["十五五"]
    assert term_fmt.background().style() == Qt.BrushStyle.NoBrush
    assert term_fmt.underlineStyle() != term_fmt.UnderlineStyle.NoUnderline
    assert term_tip == "Quoted term"
    assert colors.speaker_colors(doc)["李明遠"] == li_fmt.background().color().name()


# -- in the real window, on the seed ----------------------------------------------------


def test_clicking_a_quote_in_the_window_jumps_the_view_there(qtbot: Any) -> None:
    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    window.resize(900, 450)
    dock = window.annotations.quotes_dock
    dock.show()
    dock.raise_()
    doc = window.shown_document
    assert doc is not None
    view = window.view
    assert view.verticalScrollBar().value() == 0
    last_direct = [q for q in doc.quotes if q.kind == "direct"][-1]
    item = dock.item_for(last_direct)
    assert item is not None
    click_item(qtbot, dock.tree, item)
    assert view.selection_offsets() == (last_direct.start, last_direct.end)
    assert view.verticalScrollBar().value() > 0
    caret = view.cursorRect(view.cursor_for(last_direct.start, last_direct.start))
    assert view.viewport().rect().contains(caret.center())


def test_the_window_colours_speech_with_the_speakers_roles_as_tooltip(qtbot: Any) -> None:
    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    doc = window.shown_document
    assert doc is not None
    layer = {doc.text[s:e]: tip for s, e, _fmt, tip in window.view.highlight_layer("quotes")}
    kang = next(q for q in doc.quotes if q.speaker == "康天琦" and q.kind == "direct")
    assert layer[kang.text] == "康天琦 · 舞陽縣住建局黨組書記、局長"
    speech = [q for q in doc.quotes if q.kind in ("direct", "indirect")]
    assert len(layer) >= len(speech) >= 12
    assert dock_groups(window)[:2] == [f"{p} (" for p in ("孟永生", "林向前")]


def dock_groups(window: Any) -> list[str]:
    """The speaker group headings up to their counts."""
    return [t[: t.index("(") + 1] for t in window.annotations.quotes_dock.group_titles()]


def test_filter_by_words_or_speaker_in_either_script(qtbot: Any) -> None:
    from tests.test_ui_people import type_text

    dock = make_dock(qtbot)
    type_text(qtbot, dock.filter_edit, "王芳")
    assert [q.speaker for q in dock.visible_quotes()] == ["王芳", "王芳", "王芳"]
    dock.filter_edit.clear()
    type_text(qtbot, dock.filter_edit, "民生")  # words of the quote
    assert [q.text for q in dock.visible_quotes()] == ["我們要把民生放在首位。"]
    dock.filter_edit.clear()
    type_text(qtbot, dock.filter_edit, "规划局")  # Simplified finds the Traditional role
    assert {q.speaker for q in dock.visible_quotes()} == {"李明遠"}


def test_one_click_is_one_jump_and_a_second_click_jumps_again(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from reader.ui import people_dock, quotes_dock

    dock = make_dock(qtbot)
    doc = sample_document()
    jumps: list[tuple[int, int]] = []
    dock.jump_requested.connect(lambda s, e: jumps.append((s, e)))
    item = dock.item_for(doc.quotes[1])
    assert item is not None
    click_item(qtbot, dock.tree, item)
    assert jumps == [(doc.quotes[1].start, doc.quotes[1].end)]
    monkeypatch.setattr(people_dock, "CLICK_GRACE", 0.0)  # a later click on the same row
    monkeypatch.setattr(quotes_dock, "CLICK_GRACE", 0.0)
    click_item(qtbot, dock.tree, item)
    assert len(jumps) == 2


def test_grouping_kinds_and_sort_are_remembered(qtbot: Any) -> None:
    from tests.ui_window import open_window

    window = open_window(qtbot)
    quotes = window.annotations.quotes_dock
    people = window.annotations.people_dock
    quotes.group_box.setCurrentIndex(quotes.group_box.findData("order"))
    qtbot.mouseClick(quotes.kind_boxes["term"], Qt.MouseButton.LeftButton)
    people.sort_box.setCurrentIndex(people.sort_box.findData("mentions"))
    window.close()

    again = open_window(qtbot)
    assert again.annotations.quotes_dock.group_box.currentData() == "order"
    assert again.annotations.quotes_dock.kinds() == frozenset({"direct", "indirect"})
    assert again.annotations.people_dock.sort_box.currentData() == "mentions"
