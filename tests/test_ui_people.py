"""The people dock, used as a reader would: read the list, filter, click a person, step through mentions."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QTreeWidget, QTreeWidgetItem, QWidget

from reader.ui import colors
from reader.ui.people_dock import PeopleDock
from tests.ui_sample import sample_document

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
"""The offscreen platform warns about every dock; nothing to fix on our side."""


def click_item(qtbot: Any, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    """Click the middle of a row, as a person does."""
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type ``text`` as an input method commits it: how CJK reaches a widget (QTest cannot type it)."""
    widget.setFocus()
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def host(qtbot: Any, dock: QDockWidget) -> QMainWindow:
    """Docks live in a main window (a floating dock warns under the offscreen platform)."""
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QWidget())
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    window.resize(900, 500)
    window.show()
    return window


def make_dock(qtbot: Any) -> PeopleDock:
    dock = PeopleDock()
    dock.host_window = host(qtbot, dock)  # type: ignore[attr-defined]
    dock.set_document(sample_document())
    return dock


def top_rows(dock: PeopleDock) -> list[list[str]]:
    rows = []
    for i in range(dock.tree.topLevelItemCount()):
        item = dock.tree.topLevelItem(i)
        assert item is not None
        rows.append([item.text(c) for c in range(4)])
    return rows


def test_lists_people_in_order_with_first_role_and_counts(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    assert top_rows(dock) == [
        ["李明遠", "市規劃局局長", "2", "2"],
        ["王芳", "區住建局副局長", "3", "3"],
    ]


def test_sort_by_mentions_puts_the_most_mentioned_first(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    dock.sort_box.setCurrentIndex(dock.sort_box.findData("mentions"))
    assert [r[0] for r in top_rows(dock)] == ["王芳", "李明遠"]


def test_expanding_a_person_shows_roles_and_quotes(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    item = dock.tree.topLevelItem(1)
    assert item is not None
    item.setExpanded(True)
    assert dock.details("王芳") == [
        ("Role", "區住建局副局長"),
        ("Speech", "“我們要把民生放在首位。”"),
        ("Reported", "“要持續提升群眾幸福感。”"),
        ("Reported", "“老舊小區改造要先易後難。”"),
    ]
    first = item.child(0)
    assert first is not None and first.text(0) == "Role · 區住建局副局長"
    assert first.isFirstColumnSpanned()


def test_filter_by_role_text(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    type_text(qtbot, dock.filter_edit, "住建")
    assert dock.visible_names() == ["王芳"]
    dock.filter_edit.clear()
    type_text(qtbot, dock.filter_edit, "李")
    assert dock.visible_names() == ["李明遠"]
    dock.filter_edit.clear()
    assert dock.visible_names() == ["李明遠", "王芳"]


def test_clicking_a_person_highlights_all_mentions_and_jumps_to_the_first(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    doc = sample_document()
    layers: list[Any] = []
    dock.layer_changed.connect(layers.append)
    item = dock.tree.topLevelItem(1)
    assert item is not None
    with qtbot.waitSignal(dock.jump_requested) as jump:
        click_item(qtbot, dock.tree, item)
    first = doc.text.index("王芳")
    assert jump.args == [first, first + 2]
    filled = [
        doc.text[s:e] for s, e, fmt, _tip in layers[-1] if fmt.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert filled == ["王芳", "王芳", "她"]
    # Every other name keeps a faint underline and the roles tooltip.
    tips = {doc.text[s:e]: tip for s, e, _fmt, tip in layers[-1]}
    assert tips["李局長"] == "李明遠 · 市規劃局局長"
    assert tips["她"] == "王芳 · 區住建局副局長"


def test_next_and_previous_mention_wrap_around(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    doc = sample_document()
    assert not dock.next_button.isEnabled()
    assert dock.select_person("王芳")
    seen = []
    dock.jump_requested.connect(lambda s, e: seen.append(doc.text[s:e]))
    for _ in range(3):
        qtbot.mouseClick(dock.next_button, Qt.MouseButton.LeftButton)
    assert seen == ["王芳", "她", "王芳"]
    assert dock.position_label.text() == "Mention 1 of 3"
    qtbot.mouseClick(dock.prev_button, Qt.MouseButton.LeftButton)
    assert seen[-1] == "她"
    assert dock.position_label.text() == "Mention 3 of 3"
    current = [
        doc.text[s:e] for s, e, fmt, _ in dock.layer_spans() if fmt.background().color().name() == "#339af0"
    ]
    assert current == ["她"]


def test_clicking_a_quote_under_a_person_jumps_to_it(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    doc = sample_document()
    item = dock.tree.topLevelItem(0)
    assert item is not None
    item.setExpanded(True)
    quote_row = item.child(2)
    with qtbot.waitSignal(dock.jump_requested) as jump:
        click_item(qtbot, dock.tree, quote_row)
    start, end = jump.args
    assert doc.text[start:end] == "下一步要推進“十五五”規劃編制工作。"
    assert dock.selected_person() is not None and dock.selected_person().name == "李明遠"


def test_script_switch_keeps_the_chosen_person(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    dock.select_person("王芳")
    dock.set_document(sample_document())
    person = dock.selected_person()
    assert person is not None and person.name == "王芳"
    assert len(dock.selected_spans()) == 3


def test_person_label_joins_every_role() -> None:
    from reader.model import Person, Role

    person = Person("王林", (Role("學會理事", 0, 4), Role("專家組成員", 5, 10)))
    assert colors.person_label(person) == "王林 · 學會理事；專家組成員"
    assert colors.person_label(Person("某某")) == "某某"


# -- in the real window, on the seed ----------------------------------------------------


def test_selecting_a_person_in_the_window_highlights_their_mentions(qtbot: Any) -> None:
    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    window.resize(900, 500)
    dock = window.annotations.people_dock
    dock.show()
    dock.raise_()
    doc = window.shown_document
    assert doc is not None
    assert dock.visible_names() == [p.name for p in doc.people]
    assert len(doc.people) >= 10

    person = doc.person("尚萌")  # the last speaker: far down the page
    assert person is not None
    row = next(
        dock.tree.topLevelItem(i)
        for i in range(dock.tree.topLevelItemCount())
        if dock.tree.topLevelItem(i).text(0) == "尚萌"  # type: ignore[union-attr]
    )
    assert row is not None
    click_item(qtbot, dock.tree, row)

    shown = [
        (doc.text[s:e], tip)
        for s, e, fmt, tip in window.view.highlight_layer("people")
        if fmt.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert shown == [(m.text, colors.person_label(person)) for m in person.mentions]
    assert all(text == "尚萌" or text in ("他", "她") or text.startswith("尚") for text, _ in shown)
    first = person.mentions[0]
    assert window.view.selection_offsets() == (first.start, first.end)
    caret = window.view.cursorRect(window.view.cursor_for(first.start, first.start))
    assert window.view.viewport().rect().contains(caret.center())
    assert window.view.verticalScrollBar().value() > 0


def test_hovering_a_name_shows_the_roles(qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip

    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    doc = window.shown_document
    assert doc is not None
    start = doc.text.index("康天琦")
    view = window.view
    view.ensure_offset_visible(start)
    pos = view.cursorRect(view.cursor_for(start + 1, start + 1)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos))
    QApplication.sendEvent(view, event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert "康天琦 · 舞陽縣住建局黨組書記、局長" in QToolTip.text()
    QToolTip.hideText()


def test_people_follow_a_script_switch(qtbot: Any) -> None:
    from reader.documents import seed_path
    from reader.script import convert_text
    from reader.ui.actions import script_action_name
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    dock = window.annotations.people_dock
    dock.select_person("張笑偉")
    window.actions[script_action_name("simplified")].trigger()
    simplified = convert_text("張笑偉", "t2s")
    assert simplified in dock.visible_names()
    person = dock.selected_person()
    assert person is not None and person.name == simplified
    doc = window.shown_document
    assert doc is not None
    filled = [
        doc.text[s:e]
        for s, e, fmt, _tip in window.view.highlight_layer("people")
        if fmt.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert filled and filled[0] == simplified


def test_filter_ignores_script(qtbot: Any) -> None:
    dock = make_dock(qtbot)
    type_text(qtbot, dock.filter_edit, "李明远")  # Simplified 远 finds 遠
    assert dock.visible_names() == ["李明遠"]


def test_the_docks_follow_a_language_switch(qtbot: Any) -> None:
    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    people = window.annotations.people_dock
    quotes = window.annotations.quotes_dock
    people.select_person("王林")
    window.actions["language_zh_CN"].trigger()
    try:
        # Qt delivers the language change as a posted event: the docks re-label right after.
        qtbot.waitUntil(lambda: people.tree.headerItem().text(0) == "姓名", timeout=2000)
        assert people.filter_edit.placeholderText() == "按姓名或职务筛选…"
        assert people.details("王林")[0][0] == "职务"
        assert quotes.kind_boxes["direct"].text() == "直接引语"
        assert quotes.group_titles()[-1].startswith("术语")
        assert window.annotations.highlights_dock.edit_button.text() == "编辑…"
        window.actions["language_zh_TW"].trigger()
        qtbot.waitUntil(lambda: people.tree.headerItem().text(1) == "職務", timeout=2000)
        assert people.selected_person() is not None and people.selected_person().name == "王林"
    finally:
        window.actions["language_en"].trigger()
    qtbot.waitUntil(lambda: people.tree.headerItem().text(0) == "Name", timeout=2000)
    assert quotes.kind_boxes["direct"].text() == "Speech"


def test_opening_another_article_forgets_the_chosen_person(qtbot: Any) -> None:
    from tests.ui_window import open_window

    window = open_window(qtbot)
    window.set_document(sample_document())
    dock = window.annotations.people_dock
    assert dock.select_person("王芳")
    window.set_document(replace_title(sample_document(), "另一篇報道"))
    assert dock.selected_person() is None
    layer = window.view.highlight_layer("people")
    assert layer and not [s for s in layer if s[2].background().style() != Qt.BrushStyle.NoBrush]


def replace_title(doc: Any, title: str) -> Any:
    """The sample with another title of the same length: same people, another article."""
    from dataclasses import replace

    from reader.parsing import parse_text

    text = doc.text.replace(doc.text[: len(title)], title, 1)
    return replace(parse_text(text), people=doc.people, quotes=doc.quotes)


def test_clicking_a_name_in_the_article_chooses_that_person(qtbot: Any) -> None:
    from reader.documents import seed_path
    from tests.ui_window import open_window

    window = open_window(qtbot, seed_path())
    dock = window.annotations.people_dock
    doc = window.shown_document
    assert doc is not None
    person = doc.person("康天琦")
    assert person is not None
    mention = person.mentions[-1]
    view = window.view
    view.ensure_offset_visible(mention.start)
    top = view.verticalScrollBar().value()
    pos = view.cursorRect(view.cursor_for(mention.start + 1, mention.start + 1)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    chosen = dock.selected_person()
    assert chosen is not None and chosen.name == "康天琦"
    current = dock.tree.currentItem()
    assert current is not None and current.text(0) == "康天琦"
    assert dock.current_mention() == (mention.start, mention.end)
    assert view.verticalScrollBar().value() == top  # the article stays where the reader clicked
    # Clicking plain text leaves the choice as it is.
    plain = doc.text.index("近年來")
    view.ensure_offset_visible(plain)
    qtbot.mouseClick(
        view.viewport(),
        Qt.MouseButton.LeftButton,
        pos=view.cursorRect(view.cursor_for(plain + 1, plain + 1)).center(),
    )
    assert dock.selected_person() is not None and dock.selected_person().name == "康天琦"
