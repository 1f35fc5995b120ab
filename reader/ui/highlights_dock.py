"""The list of the reader's own highlights: jump to one, edit its colour or note, remove it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.ui.article_view import as_written
from reader.ui.highlight_dialog import swatch_icon
from reader.ui.highlights_controller import HighlightsController
from reader.ui.people_dock import short

if TYPE_CHECKING:
    from PySide6.QtGui import QShowEvent

_ID = Qt.ItemDataRole.UserRole


class HighlightsDock(QDockWidget):
    """Follows a :class:`HighlightsController`; speaks in shown offsets like the other docks."""

    jump_requested = Signal(int, int)
    """Show this highlight (shown offsets)."""
    edit_requested = Signal(str)
    """The reader asked to edit the highlight with this id (the window opens the dialog)."""

    def __init__(
        self, controller: HighlightsController, parent: QWidget | None = None, build: bool = True
    ) -> None:
        """``build=False`` makes only the dock's frame (its tab), as for the quotes dock: a
        quick start adds the widgets with :meth:`build` after the first paint."""
        super().__init__("Highlights", parent)
        self.setObjectName("highlights_dock")
        self.controller = controller
        self.built = False
        """True once the widgets are made (at once, or by :meth:`build`)."""
        if build:
            self.build()

    def build(self) -> None:
        """Make the dock's widgets and follow the controller (once)."""
        if self.built:
            return
        self.built = True
        controller = self.controller
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("highlights_tree")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.itemClicked.connect(self._jump)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._edit_item(item))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        self.empty_label = QLabel(body)
        self.empty_label.setObjectName("highlights_empty")
        self.empty_label.setWordWrap(True)
        layout.addWidget(self.empty_label)
        self.unplaced_label = QLabel(body)
        self.unplaced_label.setObjectName("highlights_unplaced_label")
        self.unplaced_label.setWordWrap(True)
        layout.addWidget(self.unplaced_label)
        self.unplaced_tree = QTreeWidget(body)
        self.unplaced_tree.setObjectName("highlights_unplaced")
        self.unplaced_tree.setColumnCount(2)
        self.unplaced_tree.setRootIsDecorated(False)
        self.unplaced_tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.unplaced_tree.setMaximumHeight(120)
        layout.addWidget(self.unplaced_tree)
        self.discard_button = QPushButton(body)
        self.discard_button.setObjectName("highlights_discard")
        self.discard_button.clicked.connect(self._discard_selected)
        layout.addWidget(self.discard_button)
        row = QHBoxLayout()
        self.edit_button = QPushButton(body)
        self.edit_button.setObjectName("highlights_edit")
        self.edit_button.clicked.connect(lambda: self._edit_item(self.tree.currentItem()))
        self.remove_button = QPushButton(body)
        self.remove_button.setObjectName("highlights_remove")
        self.remove_button.clicked.connect(self._remove_current)
        row.addStretch(1)
        row.addWidget(self.edit_button)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.setWidget(body)
        controller.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Put every text in the interface language (again, after a language switch)."""
        if not self.built:
            return  # (build() translates what it makes)
        for tree in (self.tree, self.unplaced_tree):
            tree.setHeaderLabels([self.tr("Passage"), self.tr("Note")])
        self.empty_label.setText(self.tr("Select text and press Ctrl+H to highlight it."))
        self.tree.setAccessibleName(self.tr("Your highlights"))
        self.unplaced_tree.setAccessibleName(self.tr("Highlights not found in this text"))
        self.unplaced_label.setText(self.tr("Not found in this version of the text:"))
        self.discard_button.setText(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Delete the chosen highlights that no longer fit the text"))
        self.edit_button.setText(self.tr("Edit…"))
        self.remove_button.setText(self.tr("Remove"))
        self.discard_button.setAccessibleName(self.tr("Discard highlights not found"))
        self.edit_button.setAccessibleName(self.tr("Edit highlight"))
        self.remove_button.setAccessibleName(self.tr("Remove highlight"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt override)
        self.build()  # raised before the quick start got to it
        super().showEvent(event)

    def refresh(self) -> None:
        """Rebuild the list from the controller, keeping the current row where possible."""
        if not self.built:
            return  # build() lists them
        current = self.tree.currentItem()
        keep = current.data(0, _ID) if current is not None else None
        self.tree.blockSignals(True)
        self.tree.clear()
        chosen: QTreeWidgetItem | None = None
        for h in self.controller.highlights:
            passage = self.controller.display_text(h)
            item = QTreeWidgetItem([short(passage, 50), short(h.note, 40)])
            item.setData(0, _ID, h.id)
            item.setIcon(0, swatch_icon(h.color, 12))
            item.setToolTip(0, as_written(passage))
            item.setToolTip(1, as_written(h.note))
            self.tree.addTopLevelItem(item)
            if h.id == keep:
                chosen = item
        if chosen is not None:
            self.tree.setCurrentItem(chosen)
        self.tree.blockSignals(False)
        self.empty_label.setVisible(not self.controller.highlights)
        self.unplaced_tree.clear()
        unplaced = self.controller.unplaced
        for h in unplaced:
            item = QTreeWidgetItem([short(h.text, 50), short(h.note, 40)])
            item.setData(0, _ID, h.id)
            item.setToolTip(0, as_written(h.text))
            self.unplaced_tree.addTopLevelItem(item)
        for widget in (self.unplaced_label, self.unplaced_tree, self.discard_button):
            widget.setVisible(bool(unplaced))
        self._update_buttons()

    def passages(self) -> list[str]:
        """The highlighted passages as listed (in the script on screen)."""
        return [self.controller.display_text(h) for h in self.controller.highlights]

    def _update_buttons(self) -> None:
        has = self.tree.currentItem() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        h = self.controller.find(str(item.data(0, _ID)))
        if h is not None:
            start, end = self.controller.to_shown(h.start, h.end)
            self.jump_requested.emit(start, end)

    def _edit_item(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.edit_requested.emit(str(item.data(0, _ID)))

    def unplaced_passages(self) -> list[str]:
        """Highlights kept in the store that this text no longer holds."""
        return [h.text for h in self.controller.unplaced]

    def _discard_selected(self) -> None:
        ids = [str(item.data(0, _ID)) for item in self.unplaced_tree.selectedItems()]
        self.controller.discard_unplaced(ids)

    def _remove_current(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            self.controller.remove(str(item.data(0, _ID)))
