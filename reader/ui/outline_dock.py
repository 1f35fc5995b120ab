"""The outline: the article's sections as a tree; click to go there, scroll to follow."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from reader.model import Document, Section
from reader.ui.article_view import as_written

OFFSET_ROLE = Qt.ItemDataRole.UserRole
STEP_SECTIONS = 1500
"""Outline rows added per slice (about 15 ms each here)."""


class OutlineDock(QDockWidget):
    """Sections of the shown document; emits the heading offset the reader chose."""

    section_activated = Signal(int)
    """Model offset (in the shown document) of the heading the reader clicked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Outline", parent)
        self.setObjectName("outline_dock")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("outline_tree")
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Sections")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.itemActivated.connect(self._clicked)
        self.setWidget(self.tree)
        self._items: list[QTreeWidgetItem] = []
        self._starts: list[int] = []
        self._following = False
        self._generation = 0
        self._stack: list[tuple[int, QTreeWidgetItem]] = []

    def set_document(self, doc: Document) -> None:
        """Show ``doc``'s sections, nested by level.

        Items are handed to the tree a chunk at a time, one call per parent: adding them one
        by one makes the tree update itself for each. A long outline (a 25 MB article has
        12,000 sections) is filled in slices between which the event loop runs.
        """
        self._generation += 1
        generation = self._generation
        self.tree.clear()
        self._items = []
        self._starts = [section.start for section in doc.sections]
        self._stack = []
        sections = doc.sections
        if len(sections) <= STEP_SECTIONS:
            self._add_sections(sections)
            return

        def step(first: int = 0) -> None:
            if generation != self._generation:
                return
            self._add_sections(sections[first : first + STEP_SECTIONS])
            if first + STEP_SECTIONS < len(sections):
                QTimer.singleShot(0, self, lambda: step(first + STEP_SECTIONS))

        step()

    def _add_sections(self, sections: tuple[Section, ...] | list[Section]) -> None:
        top: list[QTreeWidgetItem] = []
        children: dict[int, tuple[QTreeWidgetItem, list[QTreeWidgetItem]]] = {}
        stack = self._stack
        for section in sections:
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            item = QTreeWidgetItem([section.title])
            item.setData(0, OFFSET_ROLE, section.start)
            item.setToolTip(0, as_written(section.title))
            if stack:
                parent = stack[-1][1]
                children.setdefault(id(parent), (parent, []))[1].append(item)
            else:
                top.append(item)
            stack.append((section.level, item))
            self._items.append(item)
        self.tree.addTopLevelItems(top)
        for parent, kids in children.values():
            parent.addChildren(kids)
        for parent, _kids in children.values():
            parent.setExpanded(True)  # once every parent is in the tree

    def titles(self) -> list[str]:
        """Section titles in reading order, as listed."""
        return [item.text(0) for item in self._items]

    def item(self, index: int) -> QTreeWidgetItem:
        """The row of section ``index`` (reading order)."""
        return self._items[index]

    def current_index(self) -> int:
        """Index of the selected section, or -1."""
        current = self.tree.currentItem()
        return self._items.index(current) if current in self._items else -1

    def follow_offset(self, offset: int) -> None:
        """Select the section holding ``offset`` (the top of the view) without emitting a jump."""
        index = bisect_right(self._starts, offset) - 1  # section starts are in reading order
        self._following = True
        try:
            if index < 0:
                self.tree.clearSelection()
                self.tree.setCurrentIndex(QModelIndex())
            elif index >= len(self._items):
                pass  # a long outline still being filled
            elif self.tree.currentItem() is not self._items[index]:
                self.tree.setCurrentItem(self._items[index])
        finally:
            self._following = False

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        if self._following:
            return
        offset = item.data(0, OFFSET_ROLE)
        if isinstance(offset, int):
            self.section_activated.emit(offset)
