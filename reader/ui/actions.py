"""Every QAction of the window, built in one place with its shortcut and menu.

A single table (:data:`ACTION_SPECS`) says what exists, where it sits in the menus and
whether it needs an open document; :func:`build_actions` turns it into a registry
(``dict`` name → QAction) so menus, the toolbar, tests and other docks all reach the same
objects. Other UI modules add their own entries to the table rather than creating ad-hoc
actions elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMenuBar

Shortcut = QKeySequence.StandardKey | str


@dataclass(frozen=True)
class ActionSpec:
    """One action: its registry name, label, shortcuts, menu and whether it needs a document."""

    name: str
    text: str
    menu: str
    shortcuts: tuple[Shortcut, ...] = ()
    needs_document: bool = True
    checkable: bool = False
    tip: str = ""
    separator_before: bool = False


_SCRIPTS: tuple[tuple[str, str, str], ...] = (
    ("original", "Original", "0"),
    ("simplified", "简体", "1"),
    ("traditional", "繁體", "2"),
    ("taiwan", "臺灣正體", "3"),
    ("hongkong", "香港繁體", "4"),
)
"""reader.script's ``SCRIPTS`` (key, label, shortcut digit), written out so that the menus and
the toolbar do not import the conversion module before the first paint; a test keeps the two
the same."""

SCRIPT_CHOICES: tuple[tuple[str, str], ...] = tuple((key, label) for key, label, _digit in _SCRIPTS)
"""The scripts the window offers: a key (stored in settings) and its label."""

SCRIPT_SHORTCUTS: dict[str, str] = {key: f"Ctrl+Alt+{digit}" for key, _label, digit in _SCRIPTS}
"""Ctrl+Alt+digit picks a script directly."""

MENUS: tuple[tuple[str, str], ...] = (
    ("file", "&File"),
    ("edit", "&Edit"),
    ("view", "&View"),
    ("script", "&Script"),
    ("help", "&Help"),
)
"""Menu names in menu-bar order with their labels."""

ACTION_SPECS: list[ActionSpec] = [
    ActionSpec("open", "&Open…", "file", (QKeySequence.StandardKey.Open,), needs_document=False,
               tip="Open an article (.txt or .md)"),
    ActionSpec("cancel_analysis", "&Cancel Analysis", "file", ("Ctrl+.",), needs_document=False,
               tip="Stop finding people and quotes in a large file", separator_before=True),
    ActionSpec("export_quotes", "&Export Quotes…", "file", ("Ctrl+E",), separator_before=True,
               tip="Save the quotes and your highlights as Markdown, HTML, CSV or JSON"),
    ActionSpec("quit", "&Quit", "file", (QKeySequence.StandardKey.Quit, "Ctrl+Q"), needs_document=False,
               separator_before=True),
    ActionSpec("undo", "&Undo", "edit", (QKeySequence.StandardKey.Undo,), needs_document=False),
    ActionSpec("redo", "&Redo", "edit", (QKeySequence.StandardKey.Redo,), needs_document=False),
    ActionSpec("find", "&Find…", "edit", (QKeySequence.StandardKey.Find, "/"), tip="Search in the article"),
    ActionSpec("find_next", "Find &Next", "edit", (QKeySequence.StandardKey.FindNext, "F3")),
    ActionSpec("find_previous", "Find &Previous", "edit",
               (QKeySequence.StandardKey.FindPrevious, "Shift+F3")),
    ActionSpec("highlight", "&Highlight…", "edit", ("Ctrl+H",), separator_before=True,
               tip="Highlight the selected text with a colour and a note"),
    ActionSpec("next_script", "&Next Script", "script", ("F8",), tip="Cycle through the scripts",
               separator_before=True),
]
"""What exists and where. Script choices are added by :func:`build_actions` as a group."""


def script_action_name(key: str) -> str:
    """Registry name of the action that selects script ``key``."""
    return f"script_{key}"


def _unique(shortcuts: tuple[Shortcut, ...]) -> list[QKeySequence]:
    found: list[QKeySequence] = []
    for shortcut in shortcuts:
        if isinstance(shortcut, QKeySequence.StandardKey):
            sequences = QKeySequence.keyBindings(shortcut)
        else:
            sequences = [QKeySequence(shortcut)]
        for seq in sequences:
            if not seq.isEmpty() and all(seq != other for other in found):
                found.append(seq)
    return found


class ActionRegistry(dict[str, QAction]):
    """Name → QAction, plus which of them need a loaded document and the menus they live in."""

    def __init__(self) -> None:
        super().__init__()
        self.needs_document: set[str] = set()
        self.menus: dict[str, QMenu] = {}
        self.script_group: QActionGroup | None = None

    def set_document_loaded(self, loaded: bool) -> None:
        """Enable what needs a document once one is shown; the rest stays as it is."""
        for name in self.needs_document:
            self[name].setEnabled(loaded)

    def add(self, spec: ActionSpec, parent: QMainWindow) -> QAction:
        """Create the action for ``spec`` (used for the table and by other modules)."""
        action = QAction(spec.text, parent)
        action.setObjectName(f"action_{spec.name}")
        action.setShortcuts(_unique(spec.shortcuts))
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setStatusTip(spec.tip)
            action.setToolTip(spec.tip)
        self[spec.name] = action
        if spec.needs_document:
            self.needs_document.add(spec.name)
            action.setEnabled(False)
        menu = self.menus.get(spec.menu)
        if menu is not None:
            if spec.separator_before and not menu.isEmpty():
                menu.addSeparator()
            menu.addAction(action)
        return action


def build_actions(window: QMainWindow, menubar: QMenuBar | None = None) -> ActionRegistry:
    """Create every action, its menus (in ``menubar``, default the window's) and the script group."""
    registry = ActionRegistry()
    bar = menubar if menubar is not None else window.menuBar()
    for key, label in MENUS:
        menu = bar.addMenu(label)
        menu.setObjectName(f"menu_{key}")
        registry.menus[key] = menu

    group = QActionGroup(window)
    group.setExclusive(True)
    registry.script_group = group
    for key, label in SCRIPT_CHOICES:
        spec = ActionSpec(script_action_name(key), label, "script", (SCRIPT_SHORTCUTS[key],), checkable=True,
                          tip=f"Show the article in {label}")
        action = registry.add(spec, window)
        action.setData(key)
        group.addAction(action)
    registry[script_action_name("original")].setChecked(True)

    for spec in ACTION_SPECS:
        registry.add(spec, window)
    return registry
