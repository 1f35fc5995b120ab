"""The reader's own highlights in the window: add, edit, remove, undo, save, show in any script.

Highlights live in ORIGINAL-document offsets (that is what :mod:`reader.storage` keys and
re-attaches); the window shows a document converted to some script, so every span crosses a
mapping on the way in (selection → original) and on the way out (original → "user" layer).
The mapping is given by the window (:meth:`HighlightsController.set_mapping`); identity when
the original script is shown.

Every change is one QUndoCommand holding the whole tuple before and after: the storage
functions are pure, so undo is just putting the old tuple back and saving it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal
from PySide6.QtGui import QTextCharFormat, QUndoCommand, QUndoStack

from reader.model import Document, Highlight
from reader.ui import colors

RELOAD_DELAY_MS = 200
"""Wait this long after the store folder changes before re-reading it (saves come in bursts)."""

SpanMap = Callable[[int, int], tuple[int, int]]
LayerSpan = tuple[int, int, QTextCharFormat, str]


def _identity(start: int, end: int) -> tuple[int, int]:
    return start, end


def highlight_tooltip(h: Highlight) -> str:
    """What hovering a highlight shows: the note, or that it is the reader's own."""
    if h.note:
        return QCoreApplication.translate("Highlights", "Your highlight: {0}").format(h.note)
    return QCoreApplication.translate("Highlights", "Your highlight")


class _SetHighlights(QUndoCommand):
    """One edit as the change from ``before`` to ``after``; undo applies the reverse change.

    Only the change is replayed, never the whole tuple: a tuple held on the stack predates
    whatever another window saved since, and putting it back would delete their highlights.
    """

    def __init__(
        self,
        controller: HighlightsController,
        before: tuple[Highlight, ...],
        after: tuple[Highlight, ...],
        text: str,
    ) -> None:
        super().__init__(text)
        self._controller = controller
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._controller._apply(self._before, self._after)

    def undo(self) -> None:
        self._controller._apply(self._after, self._before)


class HighlightsController(QObject):
    """One window's highlights for the open document, with an undo stack and the store session."""

    changed = Signal()
    """The highlights changed (added, edited, removed, undone, loaded)."""
    problem = Signal(str)
    """Something the reader must be told: a damaged store moved aside, a failed save …"""

    def __init__(self, parent: QObject | None = None, store: object | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._session: object | None = None
        self._original: Document | None = None
        self._highlights: tuple[Highlight, ...] = ()
        self._to_shown: SpanMap = _identity
        self._to_original: SpanMap = _identity
        self._shown_text: str | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("highlights_undo")
        self._warned = 0
        # Another window may save highlights of the same article: watch the store's folder
        # (its files are replaced atomically, so watching a file would lose it on every save).
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload_from_disk)
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(lambda _p: self._reload_timer.start())

    # -- the document ------------------------------------------------------------------

    @property
    def highlights(self) -> tuple[Highlight, ...]:
        """Placed highlights, in original offsets, reading order."""
        return self._highlights

    @property
    def unplaced(self) -> tuple[Highlight, ...]:
        """Highlights kept in the store that could not be re-attached to this text."""
        return tuple(getattr(self._session, "unplaced", ()))

    @property
    def document(self) -> Document | None:
        """The original document whose highlights these are."""
        return self._original

    def open_document(self, original: Document, path: str | None = None) -> None:
        """Load ``original``'s highlights; a damaged store is reported through :attr:`problem`."""
        from reader import storage

        self.undo_stack.clear()
        self._original = original
        self._highlights = ()
        self._session = None
        try:
            store = self._store if self._store is not None else storage.HighlightStore()
            session = store.open(original.text, path)  # type: ignore[attr-defined]
        except storage.StoreError as exc:
            self.changed.emit()
            self.problem.emit(self.tr("Your highlights for this article cannot be read: {0}").format(exc))
            return
        self._session = session
        self._highlights = tuple(session.highlights)
        self._warned = 0
        self._watch()
        self.changed.emit()
        self._report_warnings()
        if session.unplaced:
            self.problem.emit(
                self.tr(
                    "{0} highlight(s) could not be placed in this version of the text; "
                    "they are kept in the store and listed in the Highlights panel."
                ).format(len(session.unplaced))
            )

    def _watch(self) -> None:
        paths = self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        session: Any = self._session
        if session is None:
            return
        # Before anything was ever saved the folder does not exist: watch the nearest folder
        # that does, and move down once the store is created (see reload_from_disk).
        folder = session.store.folder
        while not folder.is_dir() and folder.parent != folder:
            folder = folder.parent
        if folder.is_dir():
            self._watcher.addPath(str(folder))

    def _report_warnings(self) -> None:
        """Tell the reader each storage warning once (damaged file moved aside, re-attached …)."""
        warnings = tuple(getattr(self._session, "warnings", ()))
        for warning in warnings[self._warned :]:
            self.problem.emit(warning)
        self._warned = len(warnings)

    def reload_from_disk(self) -> None:
        """Pick up what another window saved; this window's undo history stays usable.

        Undo and redo replay single changes (see ``_SetHighlights``), so undoing an edit made
        before the other window saved cannot remove that window's highlights.
        """
        from reader import storage

        session: Any = self._session
        if session is None:
            return
        if str(session.store.folder) not in self._watcher.directories():
            self._watch()
        if not session.store.folder.is_dir():
            return  # nothing saved yet; reading would create the folder just by looking
        try:
            fresh = tuple(session.reload())
        except storage.StoreError as exc:
            self.problem.emit(self.tr("Your highlights could not be re-read: {0}").format(exc))
            return
        self._report_warnings()
        if fresh != self._highlights:
            self._highlights = fresh
            self.changed.emit()

    def discard_unplaced(self, ids: list[str]) -> None:
        """Let go of highlights that could not be placed (the only way they leave the store)."""
        from reader import storage

        session: Any = self._session
        if session is None or not ids:
            return
        try:
            session.discard_unplaced(ids)
        except storage.StoreError as exc:
            self.problem.emit(self.tr("Your highlights could not be saved: {0}").format(exc))
        self.changed.emit()

    def close_document(self) -> None:
        """Forget the document (nothing to save: every change was saved when made)."""
        self.undo_stack.clear()
        self._original = None
        self._session = None
        self._highlights = ()
        self._watch()
        self.changed.emit()

    def set_mapping(
        self, to_shown: SpanMap | None, to_original: SpanMap | None, shown_text: str | None = None
    ) -> None:
        """How original offsets map to the shown document's and back (None: identity).

        ``shown_text`` is the text on screen, so lists can quote a highlight in the script the
        reader is looking at rather than the file's own.
        """
        self._to_shown = to_shown or _identity
        self._to_original = to_original or _identity
        self._shown_text = shown_text
        self.changed.emit()

    def display_text(self, h: Highlight) -> str:
        """The highlighted passage as it reads on screen (in the shown script)."""
        if self._shown_text is None:
            return h.text
        start, end = self._to_shown(h.start, h.end)
        return self._shown_text[start:end] or h.text

    def to_shown(self, start: int, end: int) -> tuple[int, int]:
        """Original span → shown span."""
        return self._to_shown(start, end)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Shown span → original span."""
        return self._to_original(start, end)

    # -- reading -------------------------------------------------------------------------

    def layer_spans(self) -> list[LayerSpan]:
        """The "user" layer: each highlight in its colour, in shown offsets, note as tooltip."""
        spans: list[LayerSpan] = []
        for h in self._highlights:
            start, end = self._to_shown(h.start, h.end)
            if end > start:
                spans.append((start, end, colors.background_format(h.color), highlight_tooltip(h)))
        return spans

    def at_shown(self, offset: int) -> tuple[Highlight, ...]:
        """Highlights covering shown ``offset`` (for the context menu)."""
        out = []
        for h in self._highlights:
            start, end = self._to_shown(h.start, h.end)
            if start <= offset < end:
                out.append(h)
        return tuple(out)

    def find(self, highlight_id: str) -> Highlight | None:
        """The highlight with this id."""
        return next((h for h in self._highlights if h.id == highlight_id), None)

    # -- changing (each is one undo step) ------------------------------------------------

    def add_shown(self, start: int, end: int, color: str, note: str = "") -> Highlight | None:
        """Highlight shown ``start``..``end``; returns the new highlight (None if empty)."""
        from reader import storage

        if self._original is None:
            return None
        o_start, o_end = self._to_original(start, end)
        text = self._original.text
        # A selection may start or end on blanks at a block edge: trim them, keep the words.
        while o_start < o_end and text[o_start].isspace():
            o_start += 1
        while o_end > o_start and text[o_end - 1].isspace():
            o_end -= 1
        if o_end <= o_start:
            return None
        try:
            new = storage.make_highlight(text, o_start, o_end, color=color, note=note)
        except storage.HighlightError as exc:
            self.problem.emit(str(exc))
            return None
        after = storage.add_highlight(self._highlights, new)
        self.undo_stack.push(_SetHighlights(self, self._highlights, after, self.tr("Highlight")))
        return new

    def edit(self, highlight_id: str, color: str | None = None, note: str | None = None) -> None:
        """Change a highlight's colour and/or note."""
        from reader import storage

        try:
            after = storage.update_highlight(self._highlights, highlight_id, color=color, note=note)
        except storage.HighlightError as exc:
            self.problem.emit(str(exc))
            return
        if after != self._highlights:
            self.undo_stack.push(_SetHighlights(self, self._highlights, after, self.tr("Edit Highlight")))

    def remove(self, highlight_id: str) -> None:
        """Remove a highlight (undo brings it back)."""
        from reader import storage

        try:
            after = storage.remove_highlight(self._highlights, highlight_id)
        except storage.HighlightError as exc:
            self.problem.emit(str(exc))
            return
        self.undo_stack.push(_SetHighlights(self, self._highlights, after, self.tr("Remove Highlight")))

    def _apply(self, before: tuple[Highlight, ...], after: tuple[Highlight, ...]) -> None:
        """Apply one change on screen and in the store; a failed save keeps it shown and says so."""
        from reader import storage

        old = {h.id: h for h in before}
        new = {h.id: h for h in after}
        current = {h.id: h for h in self._highlights}
        for hid in old.keys() - new.keys():
            current.pop(hid, None)
        for hid, h in new.items():
            if old.get(hid) != h:
                current[hid] = h
        self._highlights = tuple(sorted(current.values(), key=lambda h: (h.start, h.end, h.id)))
        session = self._session
        if session is not None:
            try:
                self._highlights = tuple(session.save_change(before, after))  # type: ignore[attr-defined]
            except storage.StoreError as exc:
                self.problem.emit(self.tr("Your highlights could not be saved: {0}").format(exc))
            self._report_warnings()
            if str(session.store.folder) not in self._watcher.directories():  # type: ignore[attr-defined]
                self._watch()  # the folder exists now that the first highlight is saved
        self.changed.emit()
