"""Help ▸ Keyboard Shortcuts: every action of the registry with its keys, grouped by menu.

Read from the live QActions rather than from a table, so it shows the keys as they are bound on
this platform (``QKeySequence.StandardKey`` differs between desktops) and in the interface
language, and it cannot drift from the menus.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain_text(label: str) -> str:
    """A menu label without its mnemonic ampersands (``&&`` stays one ``&``) or trailing tab text."""
    label = label.split("\t", 1)[0]
    return label.replace("&&", "\x00").replace("&", "").replace("\x00", "&")


FIRST_MEDIA_KEY = 0x01000061
"""Qt.Key.Key_Back: from here on, keys of multimedia keyboards (Open, Find, Undo, Zoom In…).

Standard key bindings include them, but a list meant for reading would only bury the keys a
person actually presses under names like "Open" or "Find" that look like the action itself.
"""


def _on_a_plain_keyboard(sequence: QKeySequence) -> bool:
    return all(sequence[i].key().value < FIRST_MEDIA_KEY for i in range(sequence.count()))  # type: ignore[index]


def shortcut_text(action: QAction) -> str:
    """An action's key sequences as this platform writes them, comma separated (no media keys)."""
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(
        seq.toString(native) for seq in action.shortcuts() if not seq.isEmpty() and _on_a_plain_keyboard(seq)
    )


def _menu_actions(menu: QMenu, prefix: str = "") -> list[tuple[str, QAction]]:
    """(label, action) of every action in ``menu``; submenu items read ``Theme ▸ Dark``."""
    found: list[tuple[str, QAction]] = []
    for action in menu.actions():
        sub = action.menu()
        if isinstance(sub, QMenu):
            found.extend(_menu_actions(sub, f"{prefix}{plain_text(sub.title())} ▸ "))
        elif not action.isSeparator():
            found.append((prefix + plain_text(action.text()), action))
    return found


def shortcut_rows(
    actions: Mapping[str, QAction], menus: Mapping[str, QMenu], other_label: str = "Other"
) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, keys)]) in menu order; registry actions in no menu come last."""
    registered = {id(a) for a in actions.values()}
    seen: set[int] = set()
    groups: list[tuple[str, list[tuple[str, str]]]] = []
    for menu in menus.values():
        if menu.parent() is not None and isinstance(menu.parent(), QMenu):
            continue  # submenus are listed inside their top-level menu
        rows = []
        for label, action in _menu_actions(menu):
            if id(action) in registered and id(action) not in seen:
                seen.add(id(action))
                rows.append((label, shortcut_text(action)))
        if rows:
            groups.append((plain_text(menu.title()), rows))
    rest = [
        (plain_text(a.text()), shortcut_text(a))
        for a in actions.values()
        if id(a) not in seen and a.shortcuts()
    ]
    if rest:
        groups.append((other_label, rest))
    return groups


class ShortcutsDialog(QDialog):
    """A filterable two-column list: what the action does, which keys do it."""

    def __init__(
        self, actions: Mapping[str, QAction], menus: Mapping[str, QMenu], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setObjectName("shortcuts_filter")
        self.filter_edit.setPlaceholderText(self.tr("Filter actions or keys"))
        self.filter_edit.setAccessibleName(self.tr("Filter shortcuts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcuts_tree")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        for title, rows in shortcut_rows(actions, menus, self.tr("Other")):
            group = QTreeWidgetItem(self.tree, [title, ""])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for text, keys in rows:
                QTreeWidgetItem(group, [text, keys])
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter_edit.textChanged.connect(self.apply_filter)
        self.resize(480, 520)

    def apply_filter(self, text: str) -> None:
        """Hide rows whose action and keys both lack ``text`` (case-insensitive); empty groups too."""
        needle = text.strip().casefold()
        for group in self._groups():
            visible = 0
            for item in self._children(group):
                match = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
                item.setHidden(not match)
                visible += match
            group.setHidden(visible == 0)

    def visible_rows(self) -> list[tuple[str, str]]:
        """(action, keys) rows a person sees right now."""
        return [
            (item.text(0), item.text(1))
            for group in self._groups()
            if not group.isHidden()
            for item in self._children(group)
            if not item.isHidden()
        ]

    def _groups(self) -> list[QTreeWidgetItem]:
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [item for item in items if item is not None]

    @staticmethod
    def _children(group: QTreeWidgetItem) -> list[QTreeWidgetItem]:
        items = (group.child(j) for j in range(group.childCount()))
        return [item for item in items if item is not None]
