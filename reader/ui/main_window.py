"""The reading window: article in the middle, docks around it, find bar below.

How the other docks plug in (people, quotes, highlights, export):

* ``MainWindow.document`` is the ORIGINAL analysed Document; ``MainWindow.shown_document``
  is the same document converted to the script on screen. Docks speak in (start, end)
  offsets of the SHOWN document and re-render on ``document_changed(shown_document)``,
  which is emitted after a file opens (parsed, then again once analysed), after analysis
  and after a script switch.
* ``MainWindow.offsets`` is reader.script's exact OffsetMap between the original and the
  shown text: ``offsets.span_to_converted(start, end)`` carries an original span (a stored
  highlight) onto the screen, ``offsets.span_to_original`` a selection back.
* ``search_query_changed(str)`` carries the find bar's query ("" when cleared or closed)
  so docks can filter their lists; ``search_hits_changed(object)`` carries the hits as a
  list of (start, end) offsets of the shown document.
* ``MainWindow.view`` is the :class:`ArticleView`: ``cursor_for``, ``scroll_to_offset``,
  ``set_highlight_layer(name, spans)``, ``selection_offsets_changed``. ``jump_to(start, end)``
  scrolls there and selects the span.
* Speed: ``run_app`` builds the window with ``quick_start=True``; work the first frame does not
  show goes through ``after_startup(callback)`` (run right after the first paint), and during a
  quick start ``document_changed`` for the first article reaches the docks right after that
  paint too. Files over ``BACKGROUND_OPEN_BYTES`` are read and parsed in a worker and typeset
  in slices (``view.building()`` is True meanwhile); ``analysis_running()`` covers the wait.
* New docks are created in :meth:`MainWindow._create_docks` (one line each, objectName
  set) and new actions go into ``reader.ui.actions.ACTION_SPECS``; ``self.actions`` is the
  registry (name → QAction).
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QProgressBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reader.errors import ReaderError
from reader.model import Document
from reader.ui import workers
from reader.ui.actions import SCRIPT_CHOICES, ActionRegistry, build_actions, script_action_name
from reader.ui.article_view import ArticleView, as_written
from reader.ui.outline_dock import OutlineDock
from reader.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QKeyEvent

    from reader.script import OffsetMap
    from reader.ui.find_bar import FindBar
    from reader.ui.search_panel import SearchPanel

CHARS_PER_MINUTE = 400
"""Reading speed behind the status bar's estimate (Chinese prose, attentive reading)."""

SYNC_ANALYSIS_LIMIT = 50_000
"""Articles up to this many characters are analysed on the UI thread right after the first
paint (measured: 0.17 s for 44,000 characters, so the window never stalls noticeably);
longer ones in a worker with progress and a Cancel button."""

BACKGROUND_OPEN_BYTES = 4_000_000
"""Files larger than this are read and parsed in a worker and typeset in slices (measured on
the seed ×4000, 25 MB: parsing alone takes 0.7 s, typesetting 0.5 s more, both longer than a
frame), so the window keeps answering while they load."""

QUICK_START_BLOCKS = 256
"""A quick start typesets an article with more blocks than this in slices after its first
paint (the seed ×160, 1 MB, has 3,683: typesetting it at once takes longer than the paint)."""

FILE_FILTER = "Articles (*.txt *.md *.markdown);;Text (*.txt);;Markdown (*.md *.markdown);;All files (*)"


@dataclass
class SearchState:
    """The current search: query, options, hits (offsets of the shown document), current hit."""

    query: str = ""
    regex: bool = False
    exact: bool = False
    hits: list[tuple[int, int]] | None = None
    current: int = -1
    error: str = ""


def search_format(current: bool) -> QTextCharFormat:
    """All hits get a soft yellow; the current one a strong orange with an outline."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor("#ff9632" if current else "#fff176"))
    fmt.setForeground(QColor("#000000"))  # dark ink on the marker, whatever the theme's ink
    return fmt


class MainWindow(QMainWindow):
    """One article at a time, shown in the chosen script, with outline, search and status."""

    document_changed = Signal(object)
    """The shown Document after opening, analysis or a script switch."""
    search_query_changed = Signal(str)
    """The find bar's query ("" when cleared or the bar closes), for docks that filter."""
    search_hits_changed = Signal(object)
    """list[tuple[int, int]]: every hit of the current search in the shown document."""
    analysis_finished = Signal(object)
    """The original Document once people and quotes are found."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, quick_start: bool = False) -> None:
        """``quick_start`` (what ``run_app`` asks for) leaves what the first frame does not show
        until after it is painted: menu icons, and telling the docks about the first article
        (highlights are read, lists filled) — the people and quotes come after it anyway."""
        super().__init__(parent)
        self.setObjectName("main_window")
        self.setWindowTitle("Reader")
        self.settings = settings
        from reader.ui.i18n import apply_language  # the interface language, before any text is made

        apply_language(settings.language)
        self.path: Path | None = None
        self._original: Document | None = None
        self._shown: Document | None = None
        self._analysed = False
        self._script = settings.script if settings.script in dict(SCRIPT_CHOICES) else "original"
        self._offsets: OffsetMap | None = None
        self._job: workers.AnalysisJob | None = None
        self._open_job: workers.OpenJob | None = None
        self._readable: tuple[str, int] | None = None
        """(text, its count of non-blank characters): counted once per text, not per update."""
        self._jobs: list[workers.AnalysisJob] = []
        self.search = SearchState()
        self.background_analysis = True
        """False leaves large files unanalysed (``--screenshot`` measures the first paint only)."""
        self.interactive = True
        """False: problems are kept in ``last_error`` instead of shown in a dialog (--screenshot)."""
        self.last_error = ""
        self._analysis_note = ""
        self._pushed_filter = ""
        self._startup: list[Callable[[], None]] | None = [] if quick_start else None
        """Work left until the first paint (quick start only); None once it has run."""
        self._find_bar: FindBar | None = None
        self._search_panel: SearchPanel | None = None
        self._changed_pending = False
        self._analysis_pending: Document | None = None
        """The document whose worker analysis waits for the next paint."""

        # The registry deliberately takes the name of QWidget.actions(): every module reaches
        # actions as window.actions[name] (see reader/ui/actions.py).
        self.actions: ActionRegistry = build_actions(self)  # type: ignore[assignment]
        self._create_central()
        self._create_toolbar()
        self._create_status_bar()
        self._create_docks()
        self._connect_actions()
        self._restore_layout()
        self._sync_script_widgets()

        from reader.ui.comforts import install as install_comforts  # zoom, themes, languages, recent, print

        self.comforts = install_comforts(self)
        if quick_start:
            _FirstPaint(self.view.viewport(), self._finish_startup)

    # -- start-up -------------------------------------------------------------------
    def starting(self) -> bool:
        """True until the first paint of a quick start has happened and its left-over work ran."""
        return self._startup is not None

    def after_startup(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once the first frame is painted (at once if it already was)."""
        if self._startup is None:
            callback()
        else:
            self._startup.append(callback)

    def _finish_startup(self) -> None:
        work, self._startup = self._startup, None
        for callback in work or []:
            callback()
        if self._changed_pending:
            self._changed_pending = False
            if self._shown is not None:
                self.document_changed.emit(self._shown)

    def _emit_document_changed(self) -> None:
        """Tell the docks; during a quick start only the reading position is restored before
        the first paint (it decides what that paint shows), the rest right after it."""
        assert self._shown is not None
        if self._startup is None:
            self.document_changed.emit(self._shown)
            return
        self._changed_pending = True
        self.comforts.document_opened(self._shown)

    # -- construction ---------------------------------------------------------------
    def _create_central(self) -> None:
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.view = ArticleView(central)
        layout.addWidget(self.view, 1)
        self._central_layout = layout
        self.setCentralWidget(central)
        self.view.visible_offset_changed.connect(self._follow_scroll)
        self.view.link_refused.connect(self._link_refused)

    @property
    def find_bar(self) -> FindBar:
        """The find bar under the article. Hidden until Ctrl+F, so a quick start makes it
        after the first paint (see :meth:`_create_search_widgets`); asking for it makes it."""
        if self._find_bar is None:
            from reader.ui.find_bar import FindBar

            bar = FindBar(self._central_layout.parentWidget())
            bar.hide()
            self._central_layout.addWidget(bar)
            bar.query_changed.connect(self._on_query)
            bar.next_requested.connect(self.find_next)
            bar.previous_requested.connect(self.find_previous)
            bar.closed.connect(self._on_find_closed)
            self._find_bar = bar
        return self._find_bar

    @property
    def search_panel(self) -> SearchPanel:
        """The search results dock, made like the find bar (it is hidden at every start)."""
        if self._search_panel is None:
            from reader.ui.search_panel import SearchPanel

            panel = SearchPanel(self)
            panel.hit_activated.connect(self.go_to_hit)
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, panel)
            self.restoreDockWidget(panel)  # where the reader left it, if the layout was restored
            panel.hide()
            self._add_dock_toggle(panel, after=self.outline_dock)
            self._search_panel = panel
        return self._search_panel

    def _create_search_widgets(self) -> None:
        """Make the find bar and the results panel (the properties make them when first asked)."""
        made = (self.find_bar, self.search_panel)
        assert all(made)

    def _create_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("main_toolbar")
        bar.setMovable(False)
        bar.addAction(self.actions["open"])
        bar.addAction(self.actions["find"])
        bar.addSeparator()
        script_label = QLabel(" Script: ", bar)
        script_label.setObjectName("script_label")  # translated by comforts, as the docks' titles
        bar.addWidget(script_label)
        self.script_combo = QComboBox(bar)
        self.script_combo.setObjectName("script_combo")
        script_label.setBuddy(self.script_combo)
        self.script_combo.setToolTip("Show the article in another script (F8 cycles, Ctrl+Alt+0…4)")
        for key, label in SCRIPT_CHOICES:
            self.script_combo.addItem(label, key)
        self.script_combo.activated.connect(lambda i: self.set_script(str(self.script_combo.itemData(i))))
        bar.addWidget(self.script_combo)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        self.toolbar = bar

    def _create_status_bar(self) -> None:
        status = self.statusBar()
        self.status_label = QLabel("", status)
        self.status_label.setObjectName("status_counts")
        self.analysis_label = QLabel("", status)
        self.analysis_label.setObjectName("analysis_status")
        self.progress = QProgressBar(status)
        self.progress.setObjectName("analysis_progress")
        self.progress.setRange(0, 0)  # busy: analysis reports no steps
        self.progress.setMaximumWidth(120)
        self.progress.setTextVisible(False)
        self.cancel_button = QToolButton(status)
        self.cancel_button.setObjectName("analysis_cancel")
        self.cancel_button.setDefaultAction(self.actions["cancel_analysis"])
        self.cancel_button.setText(self.tr("Cancel"))
        status.addWidget(self.analysis_label)
        status.addPermanentWidget(self.progress)
        status.addPermanentWidget(self.cancel_button)
        status.addPermanentWidget(self.status_label)
        self._show_progress(False)

    def _create_docks(self) -> None:
        """Every dock of the window; other UI modules add theirs here (objectName set)."""
        self.outline_dock = OutlineDock(self)
        self.outline_dock.section_activated.connect(self.go_to_section)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.outline_dock)

        self._add_dock_toggle(self.outline_dock)
        self.after_startup(self._create_search_widgets)  # (both hidden: not in the first frame)

        from reader.ui.annotations import install_annotations  # people, quotes, highlights, export

        self.annotations = install_annotations(self)
        self.search_query_changed.connect(self._filter_docks)

    def _add_dock_toggle(self, dock: QDockWidget, after: QDockWidget | None = None) -> None:
        """Put ``dock``'s show/hide action in the View menu (right below ``after``'s)."""
        menu = self.actions.menus["view"]
        entries = menu.actions()
        anchor = after.toggleViewAction() if after is not None else None
        if anchor in entries and entries.index(anchor) + 1 < len(entries):
            menu.insertAction(entries[entries.index(anchor) + 1], dock.toggleViewAction())
        else:
            menu.addAction(dock.toggleViewAction())

    def _connect_actions(self) -> None:
        a = self.actions
        a["open"].triggered.connect(self.choose_file)
        a["quit"].triggered.connect(self.close)
        a["find"].triggered.connect(self.open_find)
        a["find_next"].triggered.connect(self.find_next)
        a["find_previous"].triggered.connect(self.find_previous)
        a["next_script"].triggered.connect(self.next_script)
        a["cancel_analysis"].triggered.connect(self.cancel_analysis)
        a["cancel_analysis"].setEnabled(False)
        for key, _label in SCRIPT_CHOICES:
            action = a[script_action_name(key)]
            action.triggered.connect(lambda _checked=False, k=key: self.set_script(k))

    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 820)
        if state is None:
            self.resizeDocks([self.outline_dock], [210], Qt.Orientation.Horizontal)
        if state is not None:
            self.restoreState(state)
            if self._search_panel is not None:  # (otherwise it is made hidden)
                self._search_panel.hide()

    # -- documents ------------------------------------------------------------------
    @property
    def document(self) -> Document | None:
        """The original document (analysed once analysis has finished)."""
        return self._original

    @property
    def shown_document(self) -> Document | None:
        """The document on screen, in the current script."""
        return self._shown

    @property
    def analysed(self) -> bool:
        """True once people and quotes of the current document are known."""
        return self._analysed

    def choose_file(self) -> None:
        """File ▸ Open: pick a .txt or .md file."""
        start = self.settings.last_folder or (str(self.path.parent) if self.path else "")
        title, filters = self.tr("Open Article"), self.tr(FILE_FILTER)
        from PySide6.QtWidgets import QFileDialog  # (dialogs' classes: not before the first paint)

        name, _filter = QFileDialog.getOpenFileName(self, title, start, filters)
        if name:
            self.open_path(name)

    def open_path(self, path: str | Path, background: bool | None = None) -> bool:
        """Load and show ``path``; on failure say why in a dialog and keep the current article.

        A file over :data:`BACKGROUND_OPEN_BYTES` (or any, with ``background=True``) is read
        and parsed in a worker and typeset in slices: this returns True at once (the file is
        being opened) and a problem found later is reported the same way.
        """
        from reader.documents import parse_path

        path = Path(path)
        if background is None:
            try:
                background = path.stat().st_size > BACKGROUND_OPEN_BYTES
            except OSError:
                background = False  # the synchronous path says what is wrong with it
        if background:
            return self._open_in_background(path)
        try:
            doc = parse_path(path)
        except ReaderError as exc:
            self._complain(self.tr("Cannot open {0}").format(path.name), str(exc))
            return False
        except (OSError, ValueError) as exc:
            self._complain(self.tr("Cannot open {0}").format(path.name), f"{path}: {exc}")
            return False
        self._cancel_open()
        self.path = path
        self.settings.last_folder = str(path.parent)
        # The article a quick start opens with is painted as soon as its first screen is
        # typeset; a long one is finished in slices after that paint.
        in_steps = self.starting() and len(doc.blocks) > QUICK_START_BLOCKS
        self._set_original(doc, analysed=False, in_steps=in_steps)
        if not in_steps:
            self._start_analysis(doc)
        return True

    def _open_in_background(self, path: Path) -> bool:
        from reader.documents import is_markdown

        self._cancel_open()
        job = workers.OpenJob(str(path), is_markdown(path))
        job.signals.finished.connect(self._opened)
        job.signals.failed.connect(self._open_failed)
        job.signals.progress.connect(self._job_progress)
        self._open_job = job
        self._jobs.append(job)
        self._show_progress(True)
        self.analysis_label.setText(self.tr("Opening {0}…").format(path.name))
        workers.start(job)
        return True

    def _opened(self, job: workers.OpenJob, doc: Document) -> None:
        if job is not self._open_job or job.cancelled:
            return
        self._open_job = None
        self._show_progress(False)
        self.path = Path(job.path)
        self.settings.last_folder = str(self.path.parent)
        if job.readable_characters >= 0:
            self._readable = (doc.text, job.readable_characters)
        _settle_long_lived()
        self._set_original(doc, analysed=False, in_steps=True)

    def _open_failed(self, job: workers.OpenJob, message: str) -> None:
        if job is not self._open_job:
            return
        self._open_job = None
        self._show_progress(False)
        self._set_analysis_note(self._analysis_note)
        self._complain(self.tr("Cannot open {0}").format(Path(job.path).name), message)

    def _cancel_open(self) -> None:
        if self._open_job is not None:
            self._open_job.cancel()
            self._open_job = None
            self._show_progress(False)

    def _job_progress(self, job: workers.AnalysisJob, percent: int, stage: str) -> None:
        if job is not self._job and job is not self._open_job:
            return
        self.progress.setRange(0, 100)
        self.progress.setValue(percent)
        texts = {
            "reading": self.tr("Reading the file…"),
            "parsing": self.tr("Finding paragraphs and sections…"),
        }
        self.progress.setFormat(texts.get(stage, ""))
        self.progress.setToolTip(texts.get(stage, ""))

    def set_document(self, doc: Document, analysed: bool = True) -> None:
        """Show an already built document (tests, other front ends)."""
        self.path = None
        self._set_original(doc, analysed=analysed)
        if not analysed:
            self._start_analysis(doc)

    def _complain(self, title: str, text: str) -> None:
        """Tell the reader what went wrong: a dialog, or only ``last_error`` when non-interactive."""
        self.last_error = f"{title}: {text}"
        if self.interactive:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(self, title, as_written(text))  # a file name can look like HTML

    def _set_original(self, doc: Document, analysed: bool, in_steps: bool = False) -> None:
        self._cancel_job()
        self._set_analysis_note("")  # whatever was said of the previous article
        self._original = doc
        self._analysed = analysed
        self._shown = self._convert(doc, self._script)
        if in_steps:
            # Typeset in slices; everything else follows once the whole text is in the view.
            self._show_progress(True)
            self.analysis_label.setText(self.tr("Typesetting…"))
            self.view.set_document_in_steps(self._shown, partial(self._typeset, doc))
            return
        self.view.set_document(self._shown)
        self._document_shown()

    def _typeset(self, doc: Document) -> None:
        """The last slice of a large article is in the view: finish opening it."""
        if doc is not self._original or self._shown is None:
            return
        self._show_progress(False)
        self._document_shown()
        _settle_long_lived()
        if self._analysis_note != "cancelled":  # Cancel while it was typeset: no people and quotes
            self._start_analysis(doc)

    def _document_shown(self) -> None:
        assert self._shown is not None
        self.outline_dock.set_document(self._shown)
        self.outline_dock.follow_offset(0)
        self._update_status()
        self.actions.set_document_loaded(True)
        self._rerun_search(keep_position=False, scroll=False)
        self._emit_document_changed()
        if not self._shown.text.strip():  # an empty or blank file: say why the page is blank
            self.statusBar().showMessage(self.tr("This article has no text."), 8000)

    def _update_title(self) -> None:
        """The article's title, in the script on screen, names the window."""
        doc = self._shown
        name = doc.title.text if doc is not None and doc.title else (self.path.name if self.path else "")
        self.setWindowTitle(f"{name} — Reader" if name else "Reader")

    def _update_status(self) -> None:
        self._update_title()
        doc = self._shown
        if doc is None:
            self.status_label.setText("")
            return
        if self._readable is None or self._readable[0] is not doc.text:
            from reader.documents import readable_characters

            self._readable = (doc.text, readable_characters(doc.text))
        chars = self._readable[1]
        minutes = max(1, round(chars / CHARS_PER_MINUTE))
        self.status_label.setText(
            self.tr("{0} characters · {1} sections · about {2} min read").format(
                f"{chars:,}", len(doc.sections), minutes
            )
        )

    # -- analysis -------------------------------------------------------------------
    def _start_analysis(self, doc: Document) -> None:
        """Analyse ``doc`` once the parsed article has been painted (first paint first)."""
        if len(doc.text) > SYNC_ANALYSIS_LIMIT and not self.background_analysis:
            self._set_analysis_note("skipped")
            return
        if len(doc.text) > SYNC_ANALYSIS_LIMIT:
            # Say so now, not once the worker starts: the window is never idle in between.
            self._analysis_pending = doc
            self._show_progress(True)
            self._set_analysis_note("running")
        after_first_paint(self.view.viewport(), partial(self._analyse_after_paint, doc))

    def _analyse_after_paint(self, doc: Document) -> None:
        pending, self._analysis_pending = self._analysis_pending, None
        if len(doc.text) > SYNC_ANALYSIS_LIMIT and pending is not doc:
            return  # cancelled while it waited for the paint
        if doc is not self._original or self._analysed or self._job is not None:
            return  # another file was opened meanwhile, or this one is already done
        if len(doc.text) <= SYNC_ANALYSIS_LIMIT:
            self._analyse_now(doc)
            return
        job = workers.AnalysisJob(doc)
        # Bound methods of the window: Qt queues the worker's signals into the UI thread.
        job.signals.finished.connect(self._analysis_done)
        job.signals.failed.connect(self._analysis_failed)
        self._job = job
        self._jobs.append(job)
        self._show_progress(True)
        self._set_analysis_note("running")
        workers.start(job)

    def _analyse_now(self, doc: Document) -> None:
        if doc is not self._original or self._analysed:
            return
        from reader.analysis import analyse

        try:
            result = analyse(doc)
        except Exception as exc:  # a rule bug must not take the reading window down
            self._analysis_failed(None, f"{type(exc).__name__}: {exc}")
            return
        self._apply_analysis(result)

    def _analysis_done(self, job: workers.AnalysisJob, result: Document) -> None:
        if job is not self._job or job.cancelled:
            return
        self._job = None
        self._show_progress(False)
        self._apply_analysis(result)

    def _analysis_failed(self, job: workers.AnalysisJob | None, message: str) -> None:
        if job is not None and job is not self._job:
            return
        self._job = None
        self._show_progress(False)
        self._set_analysis_note("unavailable")
        reason = self.tr("People and quotes could not be found:")
        self._complain(self.tr("Analysis failed"), f"{reason}\n{message}")

    def _apply_analysis(self, result: Document) -> None:
        """Swap in the analysed model without re-laying out the text (it is the same text)."""
        if self._original is None or result.text != self._original.text:
            return
        self._original = result
        self._analysed = True
        if len(result.text) > SYNC_ANALYSIS_LIMIT:
            _settle_long_lived()
        shown = self._convert(result, self._script)
        self._shown = shown
        self.view.replace_model(shown)
        self._set_analysis_note("done")
        self.analysis_finished.emit(result)
        self._emit_document_changed()

    def cancel_analysis(self) -> None:
        """Stop waiting for people and quotes; the article stays readable without them.

        While a large file is still being read, this stops opening it instead."""
        if self._open_job is not None:
            self._cancel_open()
            self._set_analysis_note(self._analysis_note)
            return
        if self.view.building():  # the article still appears whole; its analysis will not start
            self._set_analysis_note("cancelled")
            return
        if not self.analysis_running():
            return
        self._cancel_job()
        self._set_analysis_note("cancelled")

    def _cancel_job(self) -> None:
        self._analysis_pending = None
        if self._job is not None:
            self._job.cancel()
            self._job = None
        self._show_progress(False)

    def _show_progress(self, on: bool) -> None:
        if not on:
            self.progress.setRange(0, 0)  # busy until a job says how far it is
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.actions["cancel_analysis"].setEnabled(on)

    def _set_analysis_note(self, note: str) -> None:
        """What the status bar says about people and quotes; kept as a key so it can be
        said again in another language."""
        self._analysis_note = note
        doc = self._original
        texts = {
            "running": self.tr("Finding people and quotes…"),
            "skipped": self.tr("People and quotes not analysed"),
            "cancelled": self.tr("Analysis cancelled"),
            "unavailable": self.tr("People and quotes unavailable"),
            "done": self.tr("{0} people · {1} quotes").format(
                len(doc.people) if doc else 0, len(doc.quotes) if doc else 0
            ),
        }
        self.analysis_label.setText(texts.get(note, ""))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.LanguageChange:
            self._update_status()
            self._set_analysis_note(self._analysis_note)
        super().changeEvent(event)

    def analysis_running(self) -> bool:
        """True from the moment a worker's analysis is decided until it ends or is cancelled."""
        return self._job is not None or self._analysis_pending is not None

    def analysis_expected(self) -> bool:
        """True while the open article will still be analysed (not skipped, cancelled or failed)."""
        return self._original is not None and not self._analysed and self._analysis_note not in (
            "skipped", "cancelled", "unavailable")

    # -- scripts --------------------------------------------------------------------
    @property
    def script(self) -> str:
        """Key of the script on screen (see ``SCRIPT_CHOICES``)."""
        return self._script

    @property
    def offsets(self) -> OffsetMap | None:
        """Original ↔ shown offsets for the current script (identity for the original)."""
        if self._offsets is None and self._original is not None:  # the original script's, on demand
            from reader.script import OffsetMap

            self._offsets = OffsetMap.identity(len(self._original.text))
        return self._offsets

    def _convert(self, doc: Document, key: str) -> Document:
        """``doc`` in script ``key``; remembers the offset map. Conversions are cached by the core.

        The original script is shown as it is; its (identity) map is made when first asked
        for, so the conversion module is not imported before a first paint in that script."""
        if key == "original":
            self._offsets = None
            return doc
        from reader.ui.bridge import script_view

        view = script_view(doc, key)
        self._offsets = view.offsets
        return view.document

    def set_script(self, key: str) -> None:
        """Show the article in script ``key``, keeping the paragraph at the top and the selection."""
        if key not in dict(SCRIPT_CHOICES):
            return
        if key == self._script or self.view.building():
            self._sync_script_widgets()  # (a large article being typeset switches once it is in)
            return
        old_shown, old_offsets, old_key = self._shown, self.offsets, self._script
        self._script = key
        self._sync_script_widgets()
        if self._original is None or old_shown is None or old_offsets is None:
            self.settings.script = key
            return
        scrolled = self.view.verticalScrollBar().value() > 0
        top_block = self.view.block_index_at(self.view.top_offset())
        top_line = self.view.top_line_offset()
        sel_start, sel_end = self.view.selection_offsets()
        try:
            shown = self._convert(self._original, key)
        except ReaderError as exc:
            self._offsets, self._script = old_offsets, old_key
            self._sync_script_widgets()
            self._complain(self.tr("Cannot convert"), str(exc))
            return
        self.settings.script = key
        new_offsets = self.offsets
        assert new_offsets is not None
        self._shown = shown
        self.view.set_document(shown)
        self.outline_dock.set_document(shown)
        self._update_status()
        if scrolled and top_block < len(self.view.blocks):
            # The same line at the top: through the original, which both scripts map to.
            line = new_offsets.to_converted(old_offsets.to_original(top_line))
            block = self.view.blocks[top_block]
            self.view.scroll_to_offset(min(max(line, block.start), block.end))
        if sel_end > sel_start:
            orig_start, orig_end = old_offsets.span_to_original(sel_start, sel_end)
            new_start, new_end = new_offsets.span_to_converted(orig_start, orig_end)
            self.view.select_offsets(new_start, new_end)
        self.outline_dock.follow_offset(self.view.top_offset())
        self._rerun_search(keep_position=True)
        self.document_changed.emit(shown)

    def next_script(self) -> None:
        keys = [k for k, _label in SCRIPT_CHOICES]
        self.set_script(keys[(keys.index(self._script) + 1) % len(keys)])

    def _sync_script_widgets(self) -> None:
        self.actions[script_action_name(self._script)].setChecked(True)
        index = self.script_combo.findData(self._script)
        if index >= 0 and index != self.script_combo.currentIndex():
            self.script_combo.setCurrentIndex(index)

    # -- navigation -----------------------------------------------------------------
    def go_to_section(self, offset: int) -> None:
        """Scroll the heading at ``offset`` to the top of the view."""
        self.view.scroll_to_offset(offset)
        self.outline_dock.follow_offset(offset)

    def jump_to(self, start: int, end: int) -> None:
        """Bring ``start``..``end`` into view and select it (for docks: people, quotes, hits)."""
        self.view.ensure_offset_visible(start, end)
        self.view.select_offsets(start, end)

    def _link_refused(self, href: str) -> None:
        """A click on a link that does nothing must say why."""
        self.statusBar().showMessage(self.tr("Only web links open: {0}").format(href), 6000)

    def _follow_scroll(self, offset: int) -> None:
        self.outline_dock.follow_offset(offset)

    # -- find -----------------------------------------------------------------------
    def open_find(self) -> None:
        """Ctrl+F or /: show the find bar (and the results panel) with the query selected."""
        if self._shown is None:
            return
        self.find_bar.set_history(self.settings.search_history)
        reopened = self.find_bar.isHidden() and bool(self.find_bar.query)
        self.find_bar.open_bar()
        self.search_panel.show()
        if reopened:  # the last query is still in the field: show its hits again
            self.find_bar.emit_query()

    def _remember_query(self) -> None:
        """Keep the query in the history once the reader used it (moved, clicked, closed on it),
        not every prefix the debounce happened to search while they typed."""
        query = self.search.query
        if query.strip() and self.search.hits and (self.find_bar.history()[:1] != [query]):
            self.find_bar.set_history(self.settings.add_search(query))

    def _on_find_closed(self) -> None:
        self._remember_query()
        self.search = SearchState()
        self.view.set_highlight_layer("search", [])
        self.view.set_highlight_layer("search_current", [])
        self.search_panel.set_results(self._shown, "", [])
        self.search_query_changed.emit("")
        self.search_hits_changed.emit([])
        self.view.setFocus()

    def _filter_docks(self, query: str) -> None:
        """Searching filters the people and quotes docks too, through their own filter fields
        (so the reader sees why a list is shorter and can clear it). Closing the find bar
        clears only a filter the search put there, never one the reader typed."""
        for name in ("people_dock", "quotes_dock"):
            edit = getattr(getattr(self.annotations, name, None), "filter_edit", None)
            if not isinstance(edit, QLineEdit):
                continue
            if query or edit.text() == self._pushed_filter:
                edit.setText(query)
        self._pushed_filter = query

    def _on_query(self, query: str) -> None:
        self.search.query = query
        self.search.regex = self.find_bar.regex
        self.search.exact = self.find_bar.exact
        self._rerun_search(keep_position=False)
        self.search_query_changed.emit(query)

    def _rerun_search(self, keep_position: bool, scroll: bool = True) -> None:
        """Search the shown document again (new query, new script or new file).

        ``keep_position`` keeps the current hit's number (a script switch finds the same
        hits); otherwise the first hit from the top of the view becomes current, and the
        view scrolls to it only when ``scroll`` (a new query, not a newly opened file).
        """
        state = self.search
        doc = self._shown
        previous = state.current
        state.hits, state.error, state.current = [], "", -1
        if doc is not None and state.query:
            from reader.ui.bridge import find_hits

            try:
                state.hits = find_hits(doc, state.query, regex=state.regex, exact=state.exact)
            except ReaderError as exc:
                state.error = str(exc)
        hits = state.hits or []
        if hits:
            if keep_position and 0 <= previous < len(hits):
                state.current = previous
            else:
                top = self.view.top_offset()
                state.current = next((i for i, (s, _e) in enumerate(hits) if s >= top), 0)
        fmt = search_format(False)
        self.view.set_highlight_layer("search", [(s, e, fmt, "") for s, e in hits])
        if self._search_widgets_show(state):
            self.search_panel.set_results(doc, state.query, hits, state.error)
        self.search_hits_changed.emit(list(hits))
        self._show_current(scroll=scroll and bool(hits) and not keep_position)

    def _search_widgets_show(self, state: SearchState) -> bool:
        """Whether the find bar and results panel have anything to show: not before they are
        made while there is no search (they are made empty), so the first paint needs neither."""
        return bool(state.query or state.error) or self._find_bar is not None

    def _show_current(self, scroll: bool = True) -> None:
        hits = self.search.hits or []
        i = self.search.current
        if 0 <= i < len(hits):
            start, end = hits[i]
            self.view.set_highlight_layer("search_current", [(start, end, search_format(True), "")])
            if scroll:
                self.view.ensure_offset_visible(start, end)
            self.search_panel.set_current(i)
            self.find_bar.show_result(i + 1, len(hits))
        else:
            self.view.set_highlight_layer("search_current", [])
            if self._search_widgets_show(self.search):
                self.search_panel.set_current(-1)
                self.find_bar.show_result(0, 0, self.search.error)

    def _move(self, step: int) -> None:
        if self.find_bar.pending():
            self.find_bar.emit_query()
            self._remember_query()
            return
        self._remember_query()
        hits = self.search.hits or []
        if not hits:
            if self._shown is not None and not self.find_bar.isVisible():
                self.open_find()
            return
        i = self.search.current + step
        notice = ""
        if i >= len(hits):
            i, notice = 0, "top"
        elif i < 0:
            i, notice = len(hits) - 1, "bottom"
        self.search.current = i
        self._show_current()
        self.find_bar.show_notice(notice)
        if notice:
            self.statusBar().showMessage(self.find_bar.notice_label.text(), 2500)

    def find_next(self) -> None:
        """Enter, F3: the next hit (wrapping, with a notice)."""
        self._move(1)

    def find_previous(self) -> None:
        """Shift+Enter, Shift+F3: the previous hit."""
        self._move(-1)

    def go_to_hit(self, index: int) -> None:
        """Results panel click: make hit ``index`` current and show it."""
        hits = self.search.hits or []
        if 0 <= index < len(hits):
            self._remember_query()
            self.search.current = index
            self._show_current()
            self.find_bar.show_notice("")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt override)
        """Esc closes the find bar wherever the focus is (the article, a dock's list)."""
        if event.key() == Qt.Key.Key_Escape and self._find_bar is not None and self._find_bar.isVisible():
            self.find_bar.close_bar()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- closing --------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt override)
        self._cancel_open()
        self._cancel_job()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.settings.sync()
        super().closeEvent(event)

    def shutdown(self, timeout: float = 30.0) -> None:
        """Wait for worker jobs so the interpreter never exits under a running thread."""
        for job in self._jobs:
            job.cancel()
            job.wait(timeout)
        self._jobs.clear()



class _PaintWatch(QObject):
    """Runs a callback once, right after ``widget`` has painted (or after a fallback delay)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._fire)  # after this paint has finished
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.removeEventFilter(self)
        self.deleteLater()
        if callback is not None:
            callback()


def _settle_long_lived() -> None:
    """Take what exists now (a large article's model, its analysis) out of the cyclic
    collector's full passes. Those passes visit every tracked object and run in whichever
    thread allocates, holding the interpreter lock: with a 25 MB article's hundreds of
    thousands of blocks, spans and quotes each pass froze the window for a noticeable time.
    The model holds no reference cycles; its objects are still freed by reference counting."""
    gc.freeze()


class _FirstPaint(QObject):
    """Calls back once, right after the first paint of ``widget`` has finished (however long
    the window takes to appear: nothing is waiting for this but left-over start-up work)."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._fire)  # after this paint has finished
        return False

    def _fire(self) -> None:
        callback, self._callback = self._callback, None
        self.deleteLater()
        if callback is not None:
            callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = 300) -> None:
    """Call ``callback`` once ``widget`` has painted; if it is hidden, after ``fallback_ms``.

    The analysis waits for this so the reader sees the article before any rule runs (and a
    worker thread does not compete with the first paint for the interpreter).
    """
    if widget.isVisible():
        _PaintWatch(widget, callback, fallback_ms)
    else:
        QTimer.singleShot(0, callback)


def map_offset(old: Document, new: Document, offset: int, at_end: bool = False) -> int:
    """Carry an offset between two renderings of the same article by block position.

    Approximate: prefer ``MainWindow.offsets`` (reader.script's exact OffsetMap, original ↔
    shown). Kept for callers that only hold two documents: blocks correspond one to one across
    scripts, and inside a block the offset keeps its distance from the block start, clamped.
    """
    from bisect import bisect_right

    if len(old.blocks) != len(new.blocks) or not old.blocks:
        return min(offset, len(new.text))
    starts = [b.start for b in old.blocks]
    i = max(0, bisect_right(starts, offset) - 1)
    if at_end and i > 0 and offset == old.blocks[i].start:
        i -= 1
    ob, nb = old.blocks[i], new.blocks[i]
    inside = max(0, min(offset - ob.start, nb.end - nb.start))
    return nb.start + inside
