"""The people sidebar: who is named, in what capacity, and where.

The dock knows only the Document it is given (the one shown, in the current script) and
speaks in (start, end) offsets of that document: it never touches the article view.
Whoever owns both connects :attr:`PeopleDock.jump_requested` and
:attr:`PeopleDock.layer_changed` to the view (see :mod:`reader.ui.annotations`).
"""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.model import Document, Person, Quote
from reader.ui import colors
from reader.ui.article_view import as_written

LayerSpan = tuple[int, int, QTextCharFormat, str]
"""One span of an article view highlight layer: start, end, format, tooltip."""


def kind_label(kind: str) -> str:
    """What a quote's kind is called in lists, in the interface language."""
    if kind == "direct":
        return QCoreApplication.translate("Quotes", "Speech")
    if kind == "indirect":
        return QCoreApplication.translate("Quotes", "Reported")
    return QCoreApplication.translate("Quotes", "Term")


_PERSON = Qt.ItemDataRole.UserRole
_SPAN = Qt.ItemDataRole.UserRole + 1
_DETAIL = Qt.ItemDataRole.UserRole + 2
CLICK_GRACE = 1.0
"""Seconds after a row became current during which a click on it is the same click."""
CURRENT_MENTION = "#339af0"
"""The mention the next/previous buttons last went to, a shade darker than the others."""


def _span(quote: Quote) -> tuple[int, int]:
    return quote.start, quote.end


def person_quotes(doc: Document, person: Person) -> list[Quote]:
    """What the person said, directly or reported, in reading order (terms are nobody's)."""
    return [q for q in doc.quotes if q.speaker == person.name and q.kind != "term"]


def text_matches(text: str, query: str) -> bool:
    """Whether ``text`` holds ``query`` ignoring script, width and case (张 finds 張), as search does."""
    from reader.search import matches

    try:
        return matches(text, query)
    except Exception:  # a filter box is not the place to report a search engine problem
        return query.casefold() in text.casefold()


def short(text: str, limit: int = 40) -> str:
    """One line of at most ``limit`` characters for a tree cell; the tooltip keeps the rest."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class PeopleDock(QDockWidget):
    """People in order of appearance or by mentions, with roles, counts and their quotes."""

    jump_requested = Signal(int, int)
    """Show this span of the shown document (a mention, a role or a quote)."""
    layer_changed = Signal(object)
    """The "people" layer changed: a list of :data:`LayerSpan`."""
    person_changed = Signal(int)
    """The selected person's index in ``document.people``, or -1."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("People", parent)
        self.setObjectName("people_dock")
        self._doc: Document | None = None
        self._selected = -1
        self._mention_index = -1
        self._changed_item: QTreeWidgetItem | None = None
        self._changed_at = 0.0

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)

        top = QHBoxLayout()
        self.filter_edit = QLineEdit(body)
        self.filter_edit.setObjectName("people_filter")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._apply_filter)
        self.sort_box = QComboBox(body)
        self.sort_box.setObjectName("people_sort")
        self.sort_box.addItem("", "appearance")
        self.sort_box.addItem("", "mentions")
        self.sort_box.currentIndexChanged.connect(self._rebuild)
        top.addWidget(self.filter_edit, 1)
        top.addWidget(self.sort_box)
        layout.addLayout(top)

        self.tree = QTreeWidget(body)
        self.tree.setObjectName("people_tree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemActivated.connect(self._item_activated)
        self.tree.itemClicked.connect(self._clicked)
        layout.addWidget(self.tree, 1)

        nav = QHBoxLayout()
        self.prev_action = QAction(self)
        self.prev_action.setShortcut(QKeySequence("Alt+Up"))
        self.prev_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.prev_action.triggered.connect(self.previous_mention)
        self.next_action = QAction(self)
        self.next_action.setShortcut(QKeySequence("Alt+Down"))
        self.next_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action.triggered.connect(self.next_mention)
        self.addAction(self.prev_action)
        self.addAction(self.next_action)
        self.prev_button = QToolButton(body)
        self.prev_button.setObjectName("people_prev")
        self.prev_button.setDefaultAction(self.prev_action)
        self.next_button = QToolButton(body)
        self.next_button.setObjectName("people_next")
        self.next_button.setDefaultAction(self.next_action)
        self.position_label = QLabel(body)
        self.position_label.setObjectName("people_position")
        self.position_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        nav.addWidget(self.prev_button)
        nav.addWidget(self.position_label, 1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

        self.setWidget(body)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every text in the interface language (again, after a language switch)."""
        self.filter_edit.setPlaceholderText(self.tr("Filter by name or role…"))
        self.filter_edit.setAccessibleName(self.tr("Filter people"))
        self.tree.setAccessibleName(self.tr("People in the article"))
        self.sort_box.setAccessibleName(self.tr("Sort people"))
        self.sort_box.setItemText(0, self.tr("Order of appearance"))
        self.sort_box.setItemText(1, self.tr("Most mentioned"))
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Role"), self.tr("Mentions"), self.tr("Quotes")])
        self.prev_action.setText(self.tr("‹ Previous mention"))
        self.next_action.setText(self.tr("Next mention ›"))
        self.prev_button.setAccessibleName(self.tr("Previous mention"))
        self.next_button.setAccessibleName(self.tr("Next mention"))
        self._rebuild()
        if self._doc is not None:
            self.layer_changed.emit(self.layer_spans())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- the document -----------------------------------------------------------------

    @property
    def document(self) -> Document | None:
        """The document the dock lists (the shown one)."""
        return self._doc

    def set_document(self, doc: Document | None, same_article: bool = True) -> None:
        """List ``doc``'s people; the same article in another script keeps the chosen person.

        ``same_article`` is False when another file was opened: then nobody stays chosen even
        if the new article happens to name as many people.
        """
        old = self._doc
        self._doc = doc
        same_people = old is not None and doc is not None and len(old.people) == len(doc.people)
        if not (same_people and same_article):
            self._selected = -1
            self._mention_index = -1
        self._rebuild()
        self.layer_changed.emit(self.layer_spans())

    def _sorted_indexes(self) -> list[int]:
        if self._doc is None:
            return []
        order = list(range(len(self._doc.people)))
        if self.sort_box.currentData() == "mentions":
            people = self._doc.people
            order.sort(key=lambda i: -len(people[i].mentions))
        return order

    def _rebuild(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        doc = self._doc
        current: QTreeWidgetItem | None = None
        if doc is not None:
            for index in self._sorted_indexes():
                item = self._person_item(doc, index)
                self.tree.addTopLevelItem(item)
                for i in range(item.childCount()):  # spanning only works once in the tree
                    child = item.child(i)
                    if child is not None:
                        child.setFirstColumnSpanned(True)
                if index == self._selected:
                    current = item
        for col in (0, 2, 3):
            self.tree.resizeColumnToContents(col)
        if current is not None:
            self.tree.setCurrentItem(current)
        self.tree.blockSignals(False)
        self._apply_filter(self.filter_edit.text())
        self._update_nav()

    def _person_item(self, doc: Document, index: int) -> QTreeWidgetItem:
        person = doc.people[index]
        quotes = person_quotes(doc, person)
        first_role = person.roles[0].text if person.roles else ""
        item = QTreeWidgetItem([person.name, first_role, str(len(person.mentions)), str(len(quotes))])
        item.setData(0, _PERSON, index)
        item.setToolTip(0, as_written(colors.person_label(person)))
        item.setToolTip(1, as_written("\n".join(person.role_texts)))
        for col in (2, 3):
            item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        for role in person.roles:
            item.addChild(self._detail_item(self.tr("Role"), role.text, role.start, role.end))
        for quote in quotes:
            item.addChild(
                self._detail_item(kind_label(quote.kind), f"“{short(quote.text, 60)}”", *_span(quote))
            )
        return item

    @staticmethod
    def _detail_item(label: str, text: str, start: int, end: int) -> QTreeWidgetItem:
        """A role or quote under its person: one line across the whole row, so nothing is cut short."""
        child = QTreeWidgetItem([f"{label} · {text}"])
        child.setData(0, _SPAN, (start, end))
        child.setData(0, _DETAIL, (label, text))
        child.setToolTip(0, as_written(text))
        return child

    def _apply_filter(self, text: str) -> None:
        needle = text.strip()
        doc = self._doc
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if doc is None or item is None:
                continue
            person = doc.people[int(item.data(0, _PERSON))]
            haystack = "\n".join([person.name, *person.role_texts])
            item.setHidden(bool(needle) and not text_matches(haystack, needle))

    def details(self, name: str) -> list[tuple[str, str]]:
        """The (label, text) lines under a person, as the reader sees them when expanded."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.text(0) == name:
                children = [item.child(i) for i in range(item.childCount())]
                return [tuple(c.data(0, _DETAIL)) for c in children if c is not None]
        return []

    def visible_names(self) -> list[str]:
        """The names a reader sees in the list right now, top to bottom."""
        out: list[str] = []
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and not item.isHidden():
                out.append(item.text(0))
        return out

    # -- selection and navigation ------------------------------------------------------

    def selected_person(self) -> Person | None:
        """The person chosen in the list, if any."""
        if self._doc is None or not 0 <= self._selected < len(self._doc.people):
            return None
        return self._doc.people[self._selected]

    def select_person(self, name: str) -> bool:
        """Choose the person called ``name`` as if clicked; False when there is none."""
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and item.text(0) == name:
                self.tree.setCurrentItem(item)
                return True
        return False

    def follow_offset(self, offset: int) -> bool:
        """The reader put the caret on a name in the article: choose that person, without jumping.

        Returns True when ``offset`` lies in a mention. The list row becomes current (scrolled
        into view) and all their mentions light up, the one under the caret as the current one;
        nothing scrolls the article, so the reader's place stays where they clicked.
        """
        doc = self._doc
        if doc is None:
            return False
        for index, person in enumerate(doc.people):
            for m_index, mention in enumerate(person.mentions):
                if mention.start <= offset < mention.end:
                    self._show_quietly(index, m_index)
                    return True
        return False

    def _show_quietly(self, index: int, mention_index: int) -> None:
        for row in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(row)
            if item is not None and int(item.data(0, _PERSON)) == index:
                self.tree.blockSignals(True)
                self.tree.setCurrentItem(item)
                self.tree.blockSignals(False)
                self.tree.scrollToItem(item)
                break
        changed = index != self._selected
        self._selected = index
        self._mention_index = mention_index
        self.layer_changed.emit(self.layer_spans())
        self._update_nav()
        if changed:
            self.person_changed.emit(index)

    def clear_selection(self) -> None:
        """No person chosen: only the faint underlines stay."""
        self.tree.setCurrentIndex(QModelIndex())
        self._set_person(-1)

    def _current_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        # The press that made it current must not jump a second time on release.
        self._changed_item, self._changed_at = item, time.monotonic()
        self._item_activated(item)

    def _clicked(self, item: QTreeWidgetItem, column: int) -> None:
        """A click on the row that is already current goes there again."""
        if item is not self._changed_item or time.monotonic() - self._changed_at > CLICK_GRACE:
            self._item_activated(item, column)

    def _item_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        parent = item.parent()
        person_item = parent if parent is not None else item
        index = int(person_item.data(0, _PERSON))
        if parent is None:
            self._set_person(index)
            person = self.selected_person()
            if person is not None and person.mentions:
                self._go_to_mention(0)
            return
        if index != self._selected:
            self._set_person(index, emit_layer=False)
        start, end = item.data(0, _SPAN)
        self._mention_index = -1
        self.layer_changed.emit(self.layer_spans())
        self._update_nav()
        self.jump_requested.emit(int(start), int(end))

    def _set_person(self, index: int, emit_layer: bool = True) -> None:
        changed = index != self._selected
        self._selected = index
        self._mention_index = -1
        if emit_layer:
            self.layer_changed.emit(self.layer_spans())
        self._update_nav()
        if changed:
            self.person_changed.emit(index)

    def _go_to_mention(self, index: int) -> None:
        person = self.selected_person()
        if person is None or not person.mentions:
            return
        self._mention_index = index % len(person.mentions)
        mention = person.mentions[self._mention_index]
        self.layer_changed.emit(self.layer_spans())
        self._update_nav()
        self.jump_requested.emit(mention.start, mention.end)

    def next_mention(self) -> None:
        """Go to the selected person's next mention, wrapping at the end."""
        self._go_to_mention(self._mention_index + 1)

    def previous_mention(self) -> None:
        """Go to the selected person's previous mention, wrapping at the start."""
        person = self.selected_person()
        if person is None or not person.mentions:
            return
        index = self._mention_index - 1 if self._mention_index > 0 else len(person.mentions) - 1
        self._go_to_mention(index)

    def current_mention(self) -> tuple[int, int] | None:
        """The span the navigation buttons last went to."""
        person = self.selected_person()
        if person is None or not 0 <= self._mention_index < len(person.mentions):
            return None
        m = person.mentions[self._mention_index]
        return m.start, m.end

    def _update_nav(self) -> None:
        person = self.selected_person()
        count = len(person.mentions) if person is not None else 0
        self.prev_action.setEnabled(count > 0)
        self.next_action.setEnabled(count > 0)
        if person is None:
            self.position_label.setText("")
        elif self._mention_index >= 0:
            self.position_label.setText(self.tr("Mention {0} of {1}").format(self._mention_index + 1, count))
        elif count == 1:
            self.position_label.setText(self.tr("1 mention"))
        else:
            self.position_label.setText(self.tr("{0} mentions").format(count))

    # -- the article layer -------------------------------------------------------------

    def layer_spans(self) -> list[LayerSpan]:
        """Every mention with its roles as tooltip; the chosen person's mentions filled in."""
        doc = self._doc
        if doc is None:
            return []
        spans: list[LayerSpan] = []
        faint = colors.mention_format()
        chosen = colors.background_format(colors.SELECTED_PERSON)
        current = colors.background_format(CURRENT_MENTION)
        for index, person in enumerate(doc.people):
            tip = colors.person_label(person)
            for m_index, mention in enumerate(person.mentions):
                if index == self._selected:
                    fmt = current if m_index == self._mention_index else chosen
                else:
                    fmt = faint
                spans.append((mention.start, mention.end, fmt, tip))
        spans.sort(key=lambda s: (s[0], s[1]))
        return spans

    def selected_spans(self) -> list[tuple[int, int]]:
        """The chosen person's mentions, as a reader would see them highlighted."""
        person = self.selected_person()
        return [(m.start, m.end) for m in person.mentions] if person is not None else []
