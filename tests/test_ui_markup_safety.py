"""Markup in an article stays text, the view fetches nothing, links open only when clicked.

A real socket listens on 127.0.0.1 (a port the system picks) and every address in the
articles points at it: after the window has opened, painted and been looked over, the socket
must not have been asked for a single connection. Links are clicked as a person does, with
QDesktopServices.openUrl recording instead of starting a browser.
"""

from __future__ import annotations

import os
import select
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QFileDialog

from reader.model import Document
from reader.ui.main_window import MainWindow
from tests.ui_window_helpers import ROOT, make_window

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
"""The offscreen platform warns about every dock; nothing to fix on our side."""


class Listener:
    """A TCP socket listening on 127.0.0.1 that counts the connections it was offered."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.sock.setblocking(False)
        self.port: int = self.sock.getsockname()[1]
        self.accepted = 0

    def connections(self) -> int:
        """Accept whatever is waiting; the total so far."""
        while select.select([self.sock], [], [], 0.05)[0]:
            try:
                conn, _address = self.sock.accept()
            except BlockingIOError:
                break
            conn.close()
            self.accepted += 1
        return self.accepted

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.close()


def markup_lines(port: int) -> list[str]:
    """Every way an HTML page asks for something, each pointing at the listener."""
    base = f"http://127.0.0.1:{port}"
    return [
        f'<img src="{base}/x.png">',
        f'<script src="{base}/s.js">fetch("{base}/f")</script>',
        f'<iframe src="{base}/frame.html"></iframe>',
        f'<link rel="stylesheet" href="{base}/s.css">',
        f"<style>@import url({base}/i.css); body {{ background: url({base}/b.png) }}</style>",
        f'<video src="{base}/v.mp4" poster="{base}/p.png"></video>',
        f'<object data="{base}/o.swf"></object>',
        '<img src="file:///etc/hostname">',
        f'<meta http-equiv="refresh" content="0; url={base}/r">',
    ]


def write_article(folder: Path, suffix: str, port: int) -> Path:
    lines = markup_lines(port)
    path = folder / f"markup{suffix}"
    if suffix == ".md":
        body = "\n\n".join(lines)
        image = f"![圖說文字](http://127.0.0.1:{port}/y.png)"
        path.write_text(f"# 標記測試\n\n正文第一段，寫得很短。\n\n{body}\n\n{image}\n", encoding="utf-8")
    else:
        path.write_text("標記測試\n正文第一段，寫得很短。\n" + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def open_through_file_menu(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, window: MainWindow, path: Path
) -> Document:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(path), ""))
    window.actions["open"].trigger()
    qtbot.waitUntil(lambda: window.analysed and window.path == path, timeout=30000)
    doc = window.shown_document
    assert doc is not None
    return doc


def look_it_over(qtbot: Any, window: MainWindow) -> None:
    """Paint it, scroll to the end and back, hover over every line: what a reader does."""
    view = window.view
    window.grab()
    qtbot.wait(100)
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum())
    window.grab()
    bar.setValue(0)
    for y in range(0, view.viewport().height(), 15):
        qtbot.mouseMove(view.viewport(), QPoint(view.viewport().width() // 2, y))
    qtbot.wait(300)


def document_images(qdoc: QTextDocument) -> list[str]:
    """Names of images the laid-out document would draw."""
    names: list[str] = []
    block = qdoc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_markup_is_shown_as_text_and_nothing_is_fetched(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listener: Listener, suffix: str
) -> None:
    path = write_article(tmp_path, suffix, listener.port)
    window = make_window(qtbot, tmp_path)
    doc = open_through_file_menu(qtbot, monkeypatch, window, path)
    look_it_over(qtbot, window)
    assert listener.connections() == 0

    shown = window.view.toPlainText()
    for line in markup_lines(listener.port):
        assert line in doc.text  # the model keeps the markup as words ...
        assert line in shown  # ... and the reader sees them, not what they ask for
    if suffix == ".md":
        assert "圖說文字" in shown and "/y.png" not in shown  # an image is its words
    assert document_images(window.view.document()) == []
    assert window.view.source().isEmpty()


def test_the_view_loads_no_resource_a_document_could_name(
    qtbot: Any, tmp_path: Path, listener: Listener
) -> None:
    """Even an image that got into the text document would stay empty: the view's loadResource
    answers nothing, where a plain QTextBrowser reads local files (checked here too)."""
    from PySide6.QtWidgets import QTextBrowser

    picture = tmp_path / "picture.png"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    window = make_window(qtbot, tmp_path)
    view = window.view
    image = int(QTextDocument.ResourceType.ImageResource)
    sheet = int(QTextDocument.ResourceType.StyleSheetResource)
    names = [
        QUrl.fromLocalFile(str(picture)),
        QUrl("picture.png"),
        QUrl(f"http://127.0.0.1:{listener.port}/z.png"),
        QUrl("file:///etc/hostname"),
    ]
    view.setSearchPaths([str(tmp_path)])  # where a relative name would be looked for
    for name in names:
        for kind in (image, sheet):
            assert view.loadResource(kind, name) is None
            assert view.document().resource(kind, name) is None
    plain = QTextBrowser()
    qtbot.addWidget(plain)
    plain.setSearchPaths([str(tmp_path)])
    assert plain.loadResource(image, QUrl.fromLocalFile(str(picture))) is not None  # what we guard against
    assert listener.connections() == 0


def link_point(window: MainWindow, doc: Document, text: str) -> QPoint:
    link = next(i for i in doc.inlines if i.kind == "link" and i.text == text)
    view = window.view
    view.ensure_offset_visible(link.start, link.end)
    return view.cursorRect(view.cursor_for(link.start + 1, link.start + 1)).center()


def test_only_a_click_on_a_web_link_opens_it_in_the_browser(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, listener: Listener
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    local = f"http://127.0.0.1:{listener.port}/page"
    path = tmp_path / "links.md"
    path.write_text(
        "# 連結測試\n\n"
        "看[網頁](https://example.org/a)、[明文](http://example.org/b)、[本機](" + local + ")、"
        "[腳本](javascript:alert(1))、[檔案](file:///etc/hostname)、[資料](data:text/html,hi)、"
        "[郵件](mailto:a@example.org)、[相對](other.md)、[大寫](JAVASCRIPT:alert(2))。\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    doc = open_through_file_menu(qtbot, monkeypatch, window, path)
    view = window.view
    before = view.toPlainText()
    viewport = view.viewport()

    # Hovering over every link, and tabbing to them and pressing Enter, opens nothing.
    for text in ("網頁", "明文", "本機", "腳本", "檔案"):
        qtbot.mouseMove(viewport, link_point(window, doc, text))
        qtbot.wait(20)
    view.setFocus()
    for _ in range(12):
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    # Pressing on a link and letting go elsewhere (selecting from it) opens nothing either.
    press = link_point(window, doc, "網頁")
    release = link_point(window, doc, "檔案")
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=press)
    qtbot.mouseMove(viewport, release)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=release)
    assert opened == []

    # Clicking each: only http and https go to the browser, in the order clicked; the others
    # say in the status bar why nothing happened.
    refused = {"腳本": "javascript:alert(1)", "檔案": "file:///etc/hostname", "相對": "other.md"}
    for text in ("腳本", "網頁", "檔案", "資料", "郵件", "相對", "大寫", "明文", "本機"):
        qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=link_point(window, doc, text))
        if text in refused:
            said = window.statusBar().currentMessage()
            assert refused[text] in said and "web" in said, said
    assert opened == ["https://example.org/a", "http://example.org/b", local]
    assert view.toPlainText() == before and view.source().isEmpty()  # the view stays on the article
    assert listener.connections() == 0  # handed to the (recording) browser, not fetched by the view


def test_the_real_app_on_a_markup_article_connects_nowhere(tmp_path: Path, listener: Listener) -> None:
    """``reader open FILE --screenshot`` starts the whole application, paints and exits."""
    path = write_article(tmp_path, ".md", listener.port)
    out = tmp_path / "shot.png"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        READER_CONFIG_DIR=str(tmp_path / "cfg"),
        READER_DATA_DIR=str(tmp_path / "data"),
    )
    done = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), str(path), "--screenshot", str(out)],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert out.exists()
    assert listener.connections() == 0


def shown_tooltip() -> str:
    """The words a tooltip shows (rich text rendered as Qt renders it), or "" when none shows."""
    from PySide6.QtWidgets import QApplication, QLabel, QToolTip

    if not QToolTip.isVisible():
        return ""
    labels = [w for w in QApplication.topLevelWidgets() if isinstance(w, QLabel) and w.isVisible()]
    assert len(labels) == 1
    label = labels[0]
    if label.textFormat() == Qt.TextFormat.PlainText:
        return label.text()
    from PySide6.QtGui import Qt as GuiQt

    if label.textFormat() == Qt.TextFormat.AutoText and not GuiQt.mightBeRichText(label.text()):
        return label.text()
    rendered = QTextDocument()
    rendered.setHtml(label.text())
    return rendered.toPlainText()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_a_link_or_note_with_markup_shows_its_words_in_the_tooltip(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt takes a tooltip starting with a tag for HTML and shows the picture an <img> names:
    a link written by the article's author must show as the address it is."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QColor, QHelpEvent, QImage, QTextCharFormat
    from PySide6.QtWidgets import QApplication, QToolTip

    picture = tmp_path / "pic.png"
    filled = QImage(8, 8, QImage.Format.Format_RGB32)
    filled.fill(QColor("red"))
    assert filled.save(str(picture))
    path = tmp_path / "tips.md"
    path.write_text(
        f"# 提示測試\n\n看[圖](&lt;img&#32;src={QUrl.fromLocalFile(str(picture)).toString()}&gt;)"
        "和[粗](https://example.org/&lt;b&gt;x&lt;/b&gt;)，這是正文。\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    doc = open_through_file_menu(qtbot, monkeypatch, window, path)
    view = window.view

    def hover(point: QPoint) -> str:
        QToolTip.hideText()
        event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
        QApplication.sendEvent(view.viewport(), event)
        return shown_tooltip()

    for text in ("圖", "粗"):
        link = next(i for i in doc.inlines if i.kind == "link" and i.text == text)
        assert "<" in link.href
        assert hover(link_point(window, doc, text)) == link.href

    # A note of the reader's own, hovered over a highlight, is shown as written too.
    body = doc.blocks[-1]
    note = "<b>bold?</b> & <i>not</i>"
    view.set_highlight_layer("user", [(body.start, body.end, QTextCharFormat(), note)])
    point = view.cursorRect(view.cursor_for(body.end - 2, body.end - 2)).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, view.viewport().mapToGlobal(point))
    QApplication.sendEvent(view, event)
    assert shown_tooltip() == note
    QToolTip.hideText()


def as_shown(text: str) -> str:
    """What Qt shows for a tooltip or automatic-format label: HTML when it looks like HTML."""
    from PySide6.QtGui import Qt as GuiQt

    if not GuiQt.mightBeRichText(text):
        return text
    rendered = QTextDocument()
    rendered.setHtml(text)
    return rendered.toPlainText()


@pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")
def test_markup_in_headings_quotes_and_highlights_shows_as_words_in_every_list_and_dialog(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The docks and the highlight dialog show the article's words in tooltips and labels:
    a tag there must not become a picture of a local file."""
    from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QModelIndex
    from PySide6.QtGui import QColor, QImage
    from PySide6.QtWidgets import QAbstractItemView

    from tests.ui_window import select_text, shortcut
    from tests.ui_window_helpers import type_text

    picture = tmp_path / "pic.png"
    filled = QImage(8, 8, QImage.Format.Format_RGB32)
    filled.fill(QColor("red"))
    assert filled.save(str(picture))
    tag = f'<img src="{QUrl.fromLocalFile(str(picture)).toString()}">'
    path = tmp_path / "tags.md"
    path.write_text(
        f"# 標題\n\n## {tag} 小節\n\n"
        f"記者王大明報導。市長李小華說：「{tag} 我們會做好。」他又說：「很好。」\n",
        encoding="utf-8",
    )
    window = make_window(qtbot, tmp_path)
    doc = open_through_file_menu(qtbot, monkeypatch, window, path)
    assert [s.title for s in doc.sections] == [f"{tag} 小節"]
    quote = next(q for q in doc.quotes if tag in q.text)

    # Highlight the quote: the dialog shows the passage as written.
    select_text(qtbot, window, quote.start, quote.end)
    shortcut(qtbot, window, Qt.Key.Key_H)
    dialog = window.annotations.dialog
    assert dialog is not None and dialog.isVisible()
    label = dialog.passage_label
    words = label.text() if label.textFormat() == Qt.TextFormat.PlainText else as_shown(label.text())
    assert words.startswith("“<img src=")  # (long passages are cut short with …)
    assert as_shown(label.toolTip()) == quote.text
    qtbot.keyClicks(dialog.note_edit, f"see {tag}")
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    window.annotations.highlights_dock.show()
    for name in ("people_dock", "quotes_dock"):
        getattr(window.annotations, name).show()
    qtbot.wait(50)

    # Search for a word under that heading: the results list names its section.
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    type_text(window.find_bar.field, "我們會做好")
    qtbot.waitUntil(lambda: bool(window.search.hits), timeout=5000)

    def tooltips(model: QAbstractItemModel, parent: QModelIndex) -> list[str]:
        found: list[str] = []
        flat = isinstance(model, QAbstractListModel)  # (its columnCount is private in PySide)
        for row in range(model.rowCount(parent)):
            for column in range(1 if flat else model.columnCount(parent)):
                index = model.index(row, column, parent)
                tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str) and tip:
                    found.append(tip)
            if not flat:
                found += tooltips(model, model.index(row, 0, parent))
        return found

    tips: list[str] = []
    for view in window.findChildren(QAbstractItemView):
        if view.model() is not None:
            tips += tooltips(view.model(), QModelIndex())
    shown = [as_shown(t) for t in tips]
    assert not [t for t in shown if "\ufffc" in t], "a tooltip shows a picture"
    assert f"{tag} 小節" in shown  # the outline
    assert quote.text in shown  # the quotes dock, the highlights dock
    assert any(f"see {tag}" in t for t in shown)  # the reader's note
    assert any(t.startswith(f"{tag} 小節 · ") for t in shown)  # the search results
