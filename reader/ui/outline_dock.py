"""The outline: the article's sections as a tree; click to go there, scroll to follow."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from reader.model import Document

OFFSET_ROLE = Qt.ItemDataRole.UserRole


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

    def set_document(self, doc: Document) -> None:
        """Show ``doc``'s sections, nested by level."""
        self.tree.clear()
        self._items = []
        self._starts = []
        stack: list[tuple[int, QTreeWidgetItem]] = []
        for section in doc.sections:
            while stack and stack[-1][0] >= section.level:
                stack.pop()
            parent = stack[-1][1] if stack else None
            item = QTreeWidgetItem([section.title])
            item.setData(0, OFFSET_ROLE, section.start)
            item.setToolTip(0, section.title)
            if parent is None:
                self.tree.addTopLevelItem(item)
            else:
                parent.addChild(item)
            stack.append((section.level, item))
            self._items.append(item)
            self._starts.append(section.start)
        self.tree.expandAll()

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
        index = -1
        for i, start in enumerate(self._starts):
            if start <= offset:
                index = i
            else:
                break
        self._following = True
        try:
            if index < 0:
                self.tree.clearSelection()
                self.tree.setCurrentIndex(QModelIndex())
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
