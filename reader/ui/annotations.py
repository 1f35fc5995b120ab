"""Plugs people, quotes, the reader's highlights and export into the main window.

One call from ``MainWindow._create_docks`` (:func:`install_annotations`) creates the docks,
connects their (start, end) signals to the window's ``jump_to`` and the article view's
highlight layers, and follows ``document_changed``. Everything here talks to the window only
through its public surface: ``document``, ``shown_document``, ``path``, ``view``, ``actions``,
``jump_to``, ``document_changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QPoint, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QMainWindow, QMenu

from reader.model import Document
from reader.ui import colors
from reader.ui.highlights_controller import HighlightsController
from reader.ui.highlights_dock import HighlightsDock
from reader.ui.people_dock import PeopleDock
from reader.ui.quotes_dock import QuotesDock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from reader.ui.export_dialog import ExportDialog
    from reader.ui.highlight_dialog import HighlightDialog

SpanMap = Callable[[int, int], tuple[int, int]]


def _relabel(action: QAction, verb: str, what: str) -> None:
    """``Undo Highlight``: say what will be undone (the action may be gone at shutdown)."""
    from shiboken6 import isValid

    if isValid(action):
        action.setText(f"{QCoreApplication.translate('Actions', verb)} {what}".rstrip())


def span_maps(window: Any) -> tuple[SpanMap | None, SpanMap | None]:
    """Original ↔ shown span maps from the window's exact offset map; None for identity."""
    offsets = getattr(window, "offsets", None)
    if offsets is None or offsets.is_identity:
        return None, None
    return offsets.span_to_converted, offsets.span_to_original


class Annotations(QObject):
    """The people, quotes and highlights docks of one window, and the actions that go with them."""

    def __init__(self, window: QMainWindow, store: object | None = None) -> None:
        super().__init__(window)
        self.setObjectName("annotations")
        self.window: Any = window
        self._doc_key: str | None = None
        self._problems: list[str] = []
        self.problem_box: QMessageBox | None = None
        """The last message shown about highlights (damaged store, failed save …)."""
        self.dialog: HighlightDialog | None = None
        """The highlight dialog currently open, if any."""
        self.export_dialog: ExportDialog | None = None
        self.context_menu: QMenu | None = None
        """The article's right-click menu while it is open."""
        self.last_color = colors.DEFAULT_HIGHLIGHT

        main: Any = window  # the main window's own attributes (view, actions, jump_to …)
        # A quick start shows the quotes and highlights docks as tabs behind People in its
        # first frame; their widgets are made right after it (see _finish_docks).
        starting = bool(getattr(main, "starting", lambda: False)())
        self.people_dock = PeopleDock(window)
        self.quotes_dock = QuotesDock(window, build=not starting)
        self.controller = HighlightsController(self, store=store)
        self.highlights_dock = HighlightsDock(self.controller, window, build=not starting)
        area = Qt.DockWidgetArea.RightDockWidgetArea
        main.addDockWidget(area, self.people_dock)
        main.tabifyDockWidget(self.people_dock, self.quotes_dock)
        main.tabifyDockWidget(self.quotes_dock, self.highlights_dock)
        self.people_dock.raise_()
        view_menu = main.actions.menus.get("view")
        for dock in (self.people_dock, self.quotes_dock, self.highlights_dock):
            if view_menu is not None:
                view_menu.addAction(dock.toggleViewAction())

        view = main.view
        self.people_dock.jump_requested.connect(main.jump_to)
        self.people_dock.layer_changed.connect(lambda spans: view.set_highlight_layer("people", spans))
        self.quotes_dock.jump_requested.connect(main.jump_to)
        self.quotes_dock.layer_changed.connect(lambda spans: view.set_highlight_layer("quotes", spans))
        self.highlights_dock.jump_requested.connect(main.jump_to)
        self.highlights_dock.edit_requested.connect(self.edit_highlight)
        self.controller.changed.connect(self._paint_user_layer)
        self.controller.problem.connect(self.report_problem)
        main.document_changed.connect(self._on_document_changed)

        after_startup = getattr(main, "after_startup", None)
        if starting and callable(after_startup):
            after_startup(self._finish_docks)  # before the first article reaches the docks
        else:
            self._finish_docks()
        view.selection_offsets_changed.connect(self._caret_moved)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._context_menu)
        self._connect_actions()

    def _finish_docks(self) -> None:
        self.quotes_dock.build()
        self.highlights_dock.build()
        self._restore_choices()

    # -- remembered choices ---------------------------------------------------------------

    def _prefs(self) -> QSettings | None:
        """The window's settings file, under its own group (no new keys in Settings itself)."""
        path = getattr(getattr(self.window, "settings", None), "path", None)
        if path is None:
            return None
        prefs = QSettings(str(path), QSettings.Format.IniFormat, self)
        prefs.beginGroup("annotations")
        return prefs

    def _restore_choices(self) -> None:
        """Sort order, grouping, kinds shown and the last colour, as the reader left them."""
        prefs = self._prefs()
        if prefs is None:
            return
        people, quotes = self.people_dock, self.quotes_dock
        index = people.sort_box.findData(str(prefs.value("people_sort", "appearance")))
        people.sort_box.setCurrentIndex(max(0, index))
        index = quotes.group_box.findData(str(prefs.value("quotes_group", "speaker")))
        quotes.group_box.setCurrentIndex(max(0, index))
        hidden = str(prefs.value("quotes_hidden_kinds", "")).split(",")
        for kind, box in quotes.kind_boxes.items():
            box.setChecked(kind not in hidden)
        color = str(prefs.value("highlight_color", colors.DEFAULT_HIGHLIGHT))
        if QColor.isValidColorName(color):
            self.last_color = QColor(color).name()
        people.sort_box.currentIndexChanged.connect(lambda _i: self._save_choices())
        quotes.group_box.currentIndexChanged.connect(lambda _i: self._save_choices())
        for box in quotes.kind_boxes.values():
            box.toggled.connect(lambda _on: self._save_choices())

    def _save_choices(self) -> None:
        prefs = self._prefs()
        if prefs is None:
            return
        prefs.setValue("people_sort", self.people_dock.sort_box.currentData())
        prefs.setValue("quotes_group", self.quotes_dock.group_box.currentData())
        hidden = [k for k, box in self.quotes_dock.kind_boxes.items() if not box.isChecked()]
        prefs.setValue("quotes_hidden_kinds", ",".join(hidden))
        prefs.setValue("highlight_color", self.last_color)
        prefs.sync()

    # -- actions -----------------------------------------------------------------------

    def _action(self, name: str) -> QAction | None:
        action = self.window.actions.get(name)
        return action if isinstance(action, QAction) else None

    def _connect_actions(self) -> None:
        stack = self.controller.undo_stack
        highlight = self._action("highlight")
        if highlight is not None:
            highlight.triggered.connect(self.highlight_selection)
        export = self._action("export_quotes")
        if export is not None:
            export.triggered.connect(self.open_export)
        undo = self._action("undo")
        if undo is not None:
            undo.triggered.connect(stack.undo)
            undo.setEnabled(stack.canUndo())
            stack.canUndoChanged.connect(undo.setEnabled)
            stack.undoTextChanged.connect(lambda t, a=undo: _relabel(a, "&Undo", t))
        redo = self._action("redo")
        if redo is not None:
            redo.triggered.connect(stack.redo)
            redo.setEnabled(stack.canRedo())
            stack.canRedoChanged.connect(redo.setEnabled)
            stack.redoTextChanged.connect(lambda t, a=redo: _relabel(a, "&Redo", t))

    # -- following the window ------------------------------------------------------------

    def _on_document_changed(self, shown: Document | None) -> None:
        original: Document | None = self.window.document
        path = self.window.path
        key = str(path) if path is not None else ""
        current = self.controller.document
        same_article = current is not None and original is not None and current.text == original.text
        self.people_dock.set_document(shown, same_article=same_article and key == self._doc_key)
        self.quotes_dock.set_document(shown)
        if original is None or shown is None:
            self.controller.close_document()
            self._doc_key = None
            return
        if not same_article or key != self._doc_key:
            self._doc_key = key
            self.controller.open_document(original, None if path is None else str(path))
        to_shown, to_original = span_maps(self.window)
        self.controller.set_mapping(to_shown, to_original, shown.text)

    def _caret_moved(self, start: int, end: int) -> None:
        """A click on a name in the article chooses that person in the people list."""
        if start == end:
            self.people_dock.follow_offset(start)

    def _paint_user_layer(self) -> None:
        self.window.view.set_highlight_layer("user", self.controller.layer_spans())

    # -- highlights --------------------------------------------------------------------

    def highlight_selection(self) -> None:
        """Edit ▸ Highlight (Ctrl+H): ask for a colour and note for the selected text."""
        view = self.window.view
        if self.window.shown_document is None:
            return
        start, end = view.selection_offsets()
        if end <= start:
            self.window.statusBar().showMessage(self.tr("Select some text to highlight it."), 3000)
            return
        o_start, o_end = self.controller.to_original(start, end)
        same = [h for h in self.controller.highlights if (h.start, h.end) == (o_start, o_end)]
        if same:
            self.edit_highlight(same[0].id)
            return
        passage = self.window.shown_document.text[start:end]
        from reader.ui.highlight_dialog import HighlightDialog  # (not before the first paint)

        dialog = HighlightDialog(passage, self.window, color=self.last_color)
        dialog.accepted.connect(lambda: self._add(start, end, dialog))
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _add(self, start: int, end: int, dialog: HighlightDialog) -> None:
        self.last_color = dialog.color()
        self._save_choices()
        self.controller.add_shown(start, end, dialog.color(), dialog.note())

    def edit_highlight(self, highlight_id: str) -> None:
        """Open the dialog on an existing highlight: colour, note, or Remove."""
        h = self.controller.find(highlight_id)
        if h is None:
            return
        from reader.ui.highlight_dialog import HighlightDialog

        dialog = HighlightDialog(h.text, self.window, color=h.color, note=h.note, editing=True)

        def done() -> None:
            if dialog.removed:
                self.controller.remove(highlight_id)
            else:
                self.controller.edit(highlight_id, color=dialog.color(), note=dialog.note())

        dialog.accepted.connect(done)
        dialog.finished.connect(lambda _r: self._dialog_closed(dialog))
        self.dialog = dialog
        dialog.open()

    def _dialog_closed(self, dialog: HighlightDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _context_menu(self, pos: QPoint) -> None:
        view = self.window.view
        scrolled = QPoint(view.horizontalScrollBar().value(), view.verticalScrollBar().value())
        menu: QMenu = view.createStandardContextMenu(pos + scrolled)  # document coordinates
        offset = view.offset_at(view.cursorForPosition(pos).position())
        highlight = self._action("highlight")
        start, end = view.selection_offsets()
        if highlight is not None and end > start:
            menu.addSeparator()
            menu.addAction(highlight)
        for h in self.controller.at_shown(offset):
            menu.addSeparator()
            label = h.text if len(h.text) <= 12 else h.text[:11] + "…"
            edit = menu.addAction(self.tr("Edit Highlight “{0}”…").format(label))
            edit.triggered.connect(lambda _c=False, i=h.id: self.edit_highlight(i))
            remove = menu.addAction(self.tr("Remove Highlight “{0}”").format(label))
            remove.triggered.connect(lambda _c=False, i=h.id: self.controller.remove(i))
        # popup, not exec: no nested event loop, and the menu deletes itself when it closes.
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        menu.setObjectName("article_context_menu")
        self.context_menu = menu
        menu.popup(view.viewport().mapToGlobal(pos))

    # -- problems ----------------------------------------------------------------------

    def report_problem(self, message: str) -> None:
        """Tell the reader, without blocking the window: status bar now, a message box next."""
        self._problems.append(message)
        self.window.statusBar().showMessage(message, 8000)
        QTimer.singleShot(0, self._show_problems)

    def _show_problems(self) -> None:
        if not self._problems:
            return
        text = "\n\n".join(self._problems)
        self._problems.clear()
        box = self.problem_box
        if box is not None and box.isVisible():
            box.setText(box.text() + "\n\n" + text)
            return
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Highlights"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("highlights_problem")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        self.problem_box = box
        box.open()

    # -- export ------------------------------------------------------------------------

    def open_export(self) -> None:
        """File ▸ Export Quotes…: the dialog with its preview."""
        from reader.ui.export_dialog import ExportDialog

        original = self.window.document
        if original is None:
            return
        dialog = ExportDialog(
            original,
            self.controller.highlights,
            parent=self.window,
            script=getattr(self.window, "script", "original"),
            path=self.window.path,
            settings=getattr(self.window, "settings", None),
            analysed=bool(getattr(self.window, "analysed", True)),
        )
        dialog.saved.connect(
            lambda p: self.window.statusBar().showMessage(self.tr("Exported to {0}").format(p), 6000)
        )
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        self.export_dialog = dialog
        dialog.open()


def install_annotations(window: QMainWindow, store: object | None = None) -> Annotations:
    """Create and connect people, quotes, highlights and export for ``window``."""
    return Annotations(window, store)
