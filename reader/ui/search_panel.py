"""The search results panel: every hit with its section and context; click to jump.

Hits are kept as (start, end) offsets of the shown document; the list model formats a row
only when it is painted, so thousands of hits cost nothing until scrolled into view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QListView,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from reader.model import Document
from reader.ui.article_view import as_written

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionViewItem

CONTEXT_CHARS = 20
"""Characters of context shown on each side of a hit."""

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
SECTION_ROLE = Qt.ItemDataRole.UserRole + 2
PARTS_ROLE = Qt.ItemDataRole.UserRole + 3

AnyIndex = QModelIndex | QPersistentModelIndex


def _flat(text: str) -> str:
    return text.replace("\n", " ").replace("\u2028", " ")


def hit_context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str, str]:
    """(before, hit, after): up to ``chars`` characters each side, within the hit's own line.

    The context stops at line breaks so a hit at the start of a paragraph is not shown glued
    to the end of the previous one (or to a heading).
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end < 0:
        line_end = len(text)
    left = max(line_start, start - chars)
    right = min(line_end, end + chars)
    before = ("…" if left > line_start else "") + text[left:start]
    after = text[end:right] + ("…" if right < line_end else "")
    return _flat(before), _flat(text[start:end]), _flat(after)


class HitListModel(QAbstractListModel):
    """Hits of one search in one document."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc: Document | None = None
        self._hits: list[tuple[int, int]] = []

    def set_hits(self, doc: Document | None, hits: list[tuple[int, int]]) -> None:
        self.beginResetModel()
        self._doc = doc
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> tuple[int, int]:
        return self._hits[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: N802, B008 (Qt override)
        return 0 if parent.isValid() else len(self._hits)

    def section_title(self, row: int) -> str:
        if self._doc is None:
            return ""
        section = self._doc.section_at(self._hits[row][0])
        return section.title if section else self.tr("(before the first section)")

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._doc is None or not 0 <= index.row() < len(self._hits):
            return None
        start, end = self._hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            before, hit, after = hit_context(self._doc.text, start, end)
            return f"{self.section_title(index.row())}: {before}[{hit}]{after}"
        if role == PARTS_ROLE:
            return hit_context(self._doc.text, start, end)
        if role == SECTION_ROLE:
            return self.section_title(index.row())
        if role == HIT_ROLE:
            return (start, end)
        if role == Qt.ItemDataRole.ToolTipRole:
            return as_written(f"{self.section_title(index.row())} · offset {start}")
        return None


class HitDelegate(QStyledItemDelegate):
    """Two lines per hit: the section, small and grey; the context with the hit emphasised."""

    def sizeHint(self, option: QStyleOptionViewItem, index: AnyIndex) -> QSize:  # noqa: N802
        metrics = QFontMetrics(option.font)
        return QSize(200, int(metrics.height() * 2.6))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        # Imported here: QStyle's enums are built when the class is first fetched (about 5 ms),
        # and the panel is hidden until a search, long after the window's first paint.
        from PySide6.QtWidgets import QStyle

        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        parts = index.data(PARTS_ROLE)
        section = index.data(SECTION_ROLE) or ""
        if not parts:
            return
        before, hit, after = parts
        rect: QRect = option.rect.adjusted(6, 2, -6, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        ink = palette.highlightedText().color() if selected else palette.text().color()
        painter.save()
        small = QFont(option.font)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
        painter.setFont(small)
        painter.setPen(ink if selected else QColor("#777777"))
        small_metrics = QFontMetrics(small)
        painter.drawText(
            rect.left(), rect.top() + small_metrics.ascent(),
            small_metrics.elidedText(section, Qt.TextElideMode.ElideRight, rect.width()),
        )
        font = QFont(option.font)
        metrics = QFontMetrics(font)
        bold = QFont(font)
        bold.setBold(True)
        bold_metrics = QFontMetrics(bold)
        y = rect.top() + small_metrics.height() + 2 + metrics.ascent()
        x = rect.left()
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(x, y, before)
        x += metrics.horizontalAdvance(before)
        hit_width = bold_metrics.horizontalAdvance(hit)
        mark = QRect(x - 1, y - metrics.ascent(), hit_width + 2, metrics.height())
        painter.fillRect(mark, QColor("#ffd54f"))
        painter.setFont(bold)
        painter.setPen(QColor("#000000"))
        painter.drawText(x, y, hit)
        x += hit_width
        painter.setFont(font)
        painter.setPen(ink)
        painter.drawText(x, y, after)
        painter.restore()


class SearchPanel(QDockWidget):
    """Dock listing every hit of the current search."""

    hit_activated = Signal(int)
    """Row (hit index) the reader clicked or activated with the keyboard."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Search Results", parent)
        self.setObjectName("search_dock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.summary = QLabel(body)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # it quotes the reader's query
        self.summary.setObjectName("search_summary")
        self.summary.setWordWrap(True)
        self.model = HitListModel(body)
        self.list = QListView(body)
        self.list.setObjectName("search_results")
        self.list.setModel(self.model)
        self.list.setAccessibleName("Search results")
        self.list.setItemDelegate(HitDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setAutoScroll(False)  # set_current scrolls; a focus-in must not jump back to it
        self.list.setSelectionMode(QListView.SelectionMode.SingleSelection)
        self.list.clicked.connect(lambda index: self.hit_activated.emit(index.row()))
        self.list.activated.connect(lambda index: self.hit_activated.emit(index.row()))
        self._summary: tuple[str, int, str] = ("", 0, "")
        self._say_summary()
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.setWidget(body)

    def set_results(
        self, doc: Document | None, query: str, hits: list[tuple[int, int]], error: str = ""
    ) -> None:
        """Show the hits of ``query`` in ``doc`` (offsets of the shown document)."""
        self.model.set_hits(doc, hits)
        self._summary = (query, len(hits), error)
        self._say_summary()
        self.list.doItemsLayout()  # now, not later: a delayed layout would undo set_current's scroll

    def _say_summary(self) -> None:
        query, count, error = self._summary
        if error:
            self.summary.setText(error)
        elif not query:
            self.summary.setText(self.tr("Type in the find bar (Ctrl+F or /) to search."))
        elif not count:
            self.summary.setText(self.tr("No matches for “{0}”.").format(query))
        else:
            self.summary.setText(self.tr("{0} matches for “{1}”.").format(count, query))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._say_summary()
            self.list.viewport().update()
        super().changeEvent(event)

    def set_current(self, row: int) -> None:
        """Select row ``row`` (the current hit) and keep it in view; -1 clears."""
        if row < 0 or row >= self.model.rowCount():
            self.list.clearSelection()
            return
        index = self.model.index(row, 0)
        self.list.setCurrentIndex(index)
        self.list.scrollTo(index)

    def row_count(self) -> int:
        return self.model.rowCount()

    def row_text(self, row: int) -> str:
        """The row as plain text (section: context[hit]context), as a person would read it."""
        return str(self.model.data(self.model.index(row, 0)))
