"""The quotes dock and the article's "quotes" layer: who said what, and where.

Like the people dock it knows only the shown Document and speaks in its offsets.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from reader.model import Document, Quote, QuoteKind
from reader.ui import colors
from reader.ui.article_view import as_written
from reader.ui.people_dock import CLICK_GRACE, LayerSpan, kind_label, short, text_matches

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

_QUOTE = Qt.ItemDataRole.UserRole
ALL_KINDS: tuple[QuoteKind, ...] = ("direct", "indirect", "term")
NO_SPEAKER = "\x00no speaker"
TERMS = "\x00terms"
"""Group keys that can never be a person's name; shown as :func:`group_title` says."""


def quote_tooltip(doc: Document, quote: Quote) -> str:
    """``康天琦 · 舞陽縣住建局黨組書記、局長`` for speech; what it is when nobody said it."""
    if quote.kind == "term":
        return QCoreApplication.translate("Quotes", "Quoted term")
    person = doc.person(quote.speaker)
    if person is not None:
        return colors.person_label(person)
    if quote.speaker:
        return quote.speaker
    if quote.kind == "indirect":
        return QCoreApplication.translate("Quotes", "Reported speech, speaker unknown")
    return QCoreApplication.translate("Quotes", "Speech, speaker unknown")


def group_title(key: str) -> str:
    """A group heading: the speaker's name, or what the group holds."""
    if key == NO_SPEAKER:
        return QCoreApplication.translate("Quotes", "No speaker")
    if key == TERMS:
        return QCoreApplication.translate("Quotes", "Terms")
    return key


def quote_layer_spans(doc: Document, kinds: frozenset[str] = frozenset(ALL_KINDS)) -> list[LayerSpan]:
    """Speech in its speaker's colour, terms underlined, each with its tooltip."""
    palette = colors.speaker_colors(doc)
    term = colors.term_format()
    spans: list[LayerSpan] = []
    for quote in doc.quotes:
        if quote.kind not in kinds:
            continue
        if quote.kind == "term":
            fmt = term
        else:
            color = palette.get(quote.speaker or "", colors.UNATTRIBUTED_SPEECH)
            fmt = colors.background_format(color)
        spans.append((quote.start, quote.end, fmt, quote_tooltip(doc, quote)))
    return spans


class QuotesDock(QDockWidget):
    """Every quote grouped by speaker or in reading order, filtered by kind; click to jump."""

    jump_requested = Signal(int, int)
    """Show this quote's span of the shown document."""
    layer_changed = Signal(object)
    """The "quotes" layer changed (kinds filter or document): a list of :data:`LayerSpan`."""

    def __init__(self, parent: QWidget | None = None, build: bool = True) -> None:
        """``build=False`` makes only the dock's frame (its tab): a quick start puts the
        widgets in with :meth:`build` after the first paint, when the dock is a tab behind
        People that nobody can have looked at yet."""
        super().__init__("Quotes", parent)
        self.setObjectName("quotes_dock")
        self._doc: Document | None = None
        self._changed_item: QTreeWidgetItem | None = None
        self._changed_at = 0.0
        self.built = False
        """True once the widgets are made (at once, or by :meth:`build`)."""
        if build:
            self.build()

    def build(self) -> None:
        """Make the dock's widgets (once; anything that needs them calls this first)."""
        if self.built:
            return
        self.built = True
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        top = QHBoxLayout()
        self.group_box = QComboBox(body)
        self.group_box.setObjectName("quotes_group")
        self.group_box.addItem("", "speaker")
        self.group_box.addItem("", "order")
        self.group_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.group_box.currentIndexChanged.connect(self._rebuild)
        top.addWidget(self.group_box)
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("quotes_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._rebuild)
        top.addWidget(self.filter_edit, 1)
        layout.addLayout(top)
        kinds_row = QHBoxLayout()
        self.kind_boxes: dict[str, QCheckBox] = {}
        for kind in ALL_KINDS:
            box = QCheckBox(body)
            box.setObjectName(f"quotes_kind_{kind}")
            box.setChecked(True)
            box.toggled.connect(self._kinds_changed)
            self.kind_boxes[kind] = box
            kinds_row.addWidget(box)
        kinds_row.addStretch(1)
        layout.addLayout(kinds_row)

        self.tree = QTreeWidget(body)
        self.tree.setObjectName("quotes_tree")
        self.tree.setColumnCount(3)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        layout.addWidget(self.tree, 1)
        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every text in the interface language (again, after a language switch)."""
        if not self.built:
            return  # (build() translates what it makes)
        self.group_box.setItemText(0, self.tr("By speaker"))
        self.group_box.setItemText(1, self.tr("Reading order"))
        self.kind_boxes["direct"].setText(self.tr("Speech"))
        self.kind_boxes["indirect"].setText(self.tr("Reported"))
        self.kind_boxes["term"].setText(self.tr("Terms"))
        self.filter_edit.setPlaceholderText(self.tr("Filter by words or speaker…"))
        self.filter_edit.setAccessibleName(self.tr("Filter quotes"))
        self.tree.setAccessibleName(self.tr("Quotes in the article"))
        self.group_box.setAccessibleName(self.tr("Group quotes"))
        self.kind_boxes["direct"].setAccessibleName(self.tr("Show speech in quotation marks"))
        self.kind_boxes["indirect"].setAccessibleName(self.tr("Show reported speech"))
        self.kind_boxes["term"].setAccessibleName(self.tr("Show quoted terms"))
        self.tree.setHeaderLabels([self.tr("Quote"), self.tr("Speaker"), self.tr("Kind")])
        if self._doc is not None:
            self._rebuild()
            self.layer_changed.emit(self.layer_spans())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.build()  # raised before the quick start got to it
        super().showEvent(event)

    @property
    def document(self) -> Document | None:
        """The document listed (the shown one)."""
        return self._doc

    def kinds(self) -> frozenset[str]:
        """The kinds the reader chose to see."""
        self.build()
        return frozenset(k for k, box in self.kind_boxes.items() if box.isChecked())

    def set_document(self, doc: Document | None) -> None:
        """List ``doc``'s quotes and repaint the article's quotes layer."""
        self.build()
        self._doc = doc
        self._rebuild()
        self.layer_changed.emit(self.layer_spans())

    def layer_spans(self) -> list[LayerSpan]:
        """The quotes layer for the kinds chosen."""
        return quote_layer_spans(self._doc, self.kinds()) if self._doc is not None else []

    def _kinds_changed(self) -> None:
        self._rebuild()
        self.layer_changed.emit(self.layer_spans())

    def _quote_item(self, doc: Document, index: int) -> QTreeWidgetItem:
        quote = doc.quotes[index]
        speaker = quote.speaker or ("" if quote.kind == "term" else "—")
        item = QTreeWidgetItem([short(quote.text, 60), speaker, kind_label(quote.kind)])
        item.setData(0, _QUOTE, index)
        item.setToolTip(0, as_written(quote.text))
        item.setToolTip(1, as_written(quote_tooltip(doc, quote)))
        color = colors.speaker_colors(doc).get(quote.speaker or "")
        if color and quote.kind != "term":
            item.setIcon(1, _swatch(color))
        return item

    def _rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        doc = self._doc
        if doc is not None:
            kinds = self.kinds()
            needle = self.filter_edit.text().strip()
            shown = [
                i
                for i, q in enumerate(doc.quotes)
                if q.kind in kinds and (not needle or self._matches(q, needle))
            ]
            grouped = self.group_box.currentData() != "order"
            # Grouped by speaker, the speaker column would only repeat the group's heading.
            self.tree.setColumnHidden(1, grouped)
            if not grouped:
                self.tree.setRootIsDecorated(False)
                for i in shown:
                    self.tree.addTopLevelItem(self._quote_item(doc, i))
            else:
                self.tree.setRootIsDecorated(True)
                self._add_groups(doc, shown)
        self.tree.blockSignals(False)

    def _matches(self, quote: Quote, needle: str) -> bool:
        doc = self._doc
        person = doc.person(quote.speaker) if doc is not None else None
        who = colors.person_label(person, quote.speaker) if quote.kind != "term" else ""
        return text_matches(f"{quote.text}\n{who}", needle)

    def _add_groups(self, doc: Document, shown: list[int]) -> None:
        groups: dict[str, list[int]] = {}
        names = [p.name for p in doc.people]
        palette = colors.speaker_colors(doc)
        for i in shown:
            q = doc.quotes[i]
            key = TERMS if q.kind == "term" else (q.speaker or NO_SPEAKER)
            groups.setdefault(key, []).append(i)
        known = [n for n in names if n in groups]
        strays = [k for k in groups if k not in names and k not in (NO_SPEAKER, TERMS)]
        for key in [*known, *strays, NO_SPEAKER, TERMS]:
            if key not in groups:
                continue
            person = doc.person(key)
            head = QTreeWidgetItem([f"{group_title(key)} ({len(groups[key])})", "", ""])
            if person is not None:
                head.setToolTip(0, as_written(colors.person_label(person)))
                head.setIcon(0, _swatch(palette.get(key, colors.UNATTRIBUTED_SPEECH)))
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for i in groups[key]:
                head.addChild(self._quote_item(doc, i))
            self.tree.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # the name never shrinks to "康…"
            head.setExpanded(True)

    def _quote_items(self) -> Iterator[QTreeWidgetItem]:
        """Every row that lists a quote (not group headings), top to bottom."""
        it = QTreeWidgetItemIterator(self.tree)
        while (item := it.value()) is not None:
            if item.data(0, _QUOTE) is not None:
                yield item
            it += 1

    def visible_quotes(self) -> list[Quote]:
        """The quotes listed right now, top to bottom."""
        doc = self._doc
        if doc is None:
            return []
        return [doc.quotes[int(item.data(0, _QUOTE))] for item in self._quote_items()]

    def group_titles(self) -> list[str]:
        """The group headings, as a reader sees them."""
        if self.group_box.currentData() == "order":
            return []
        titles = []
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None:
                titles.append(item.text(0))
        return titles

    def item_for(self, quote: Quote) -> QTreeWidgetItem | None:
        """The row showing ``quote``, for tests and keyboard selection."""
        doc = self._doc
        if doc is None:
            return None
        for item in self._quote_items():
            if doc.quotes[int(item.data(0, _QUOTE))] == quote:
                return item
        return None

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is not None:
            # The press that made it current must not jump a second time on release.
            self._changed_item, self._changed_at = item, time.monotonic()
            self._activated(item)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click on the row that is already current goes there again."""
        if item is not self._changed_item or time.monotonic() - self._changed_at > CLICK_GRACE:
            self._activated(item, column)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        index = item.data(0, _QUOTE)
        if index is None or self._doc is None:
            return
        quote = self._doc.quotes[int(index)]
        self.jump_requested.emit(quote.start, quote.end)


def _swatch(color: str) -> QIcon:
    """A small square of the speaker's colour beside their name."""
    pix = QPixmap(10, 10)
    pix.fill(QColor(color))
    return QIcon(pix)
