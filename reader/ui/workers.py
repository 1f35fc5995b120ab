"""Work off the UI thread: reading and parsing a large file, and finding people and quotes.

The jobs run in the global QThreadPool and report back through queued signals. Cancelling
cannot interrupt a pure-Python rule mid-call, so it marks the job cancelled: the window stops
waiting at once and a result that still arrives is dropped; opening a file stops between
reading and parsing.
"""

from __future__ import annotations

import threading
import traceback

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reader.model import Document


class _Signals(QObject):
    """Emitted from the worker thread; connect them to methods of a QObject living in the UI
    thread (not to lambdas) so Qt queues the call into that thread."""

    finished = Signal(object, object)
    """(job, analysed document)"""
    failed = Signal(object, str)
    """(job, message)"""
    progress = Signal(object, int, str)
    """(job, percent done, stage): "reading", "parsing" (opening a large file)."""


class AnalysisJob(QRunnable):
    """One analysis of one document; ``cancel()`` makes it drop its result."""

    def __init__(self, doc: Document) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.doc = doc
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self._done = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the job has run (for shutdown); True if it finished."""
        return self._done.wait(timeout)

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # reported to the window as a message, never a traceback
            if not self.cancelled:
                self.signals.failed.emit(self, self.describe(exc))
        else:
            if not self.cancelled and result is not None:
                self.signals.finished.emit(self, result)
        finally:
            self._done.set()

    def describe(self, exc: Exception) -> str:
        """The message for a failure: a rule's bug is named with its exception."""
        return traceback.format_exception_only(type(exc), exc)[-1].strip()

    def work(self) -> Document | None:
        """People, then quotes that point at them: :func:`reader.analysis.analyse`."""
        from reader import analysis

        return analysis.analyse(self.doc)


class OpenJob(AnalysisJob):
    """Reading and parsing one file (no analysis): what a very large article needs before
    the window can show it. ``doc`` is unused; ``path`` and ``markdown`` say what to read."""

    def __init__(self, path: str, markdown: bool) -> None:
        super().__init__(Document(text=""))
        self.path = path
        self.markdown = markdown
        self.readable_characters = -1

    def describe(self, exc: Exception) -> str:
        """What is wrong with the file, in the words the synchronous open uses."""
        from reader.errors import ReaderError

        if isinstance(exc, ReaderError):
            return str(exc)
        if isinstance(exc, (OSError, ValueError)):
            return f"{self.path}: {exc}"
        return super().describe(exc)

    def work(self) -> Document | None:
        from reader.documents import parse_loaded, readable_characters
        from reader.loading import load_path

        self.signals.progress.emit(self, 0, "reading")
        loaded = load_path(self.path)
        if self.cancelled:
            return None
        self.signals.progress.emit(self, 30, "parsing")
        doc = parse_loaded(loaded, markdown=self.markdown)
        self.readable_characters = readable_characters(doc.text)  # the status bar's count, off the UI thread
        from reader.storage import document_key

        document_key(doc.text)  # the highlight store's key, remembered for the UI thread
        return doc


def start(job: AnalysisJob) -> None:
    """Queue ``job`` on the shared thread pool."""
    QThreadPool.globalInstance().start(job)
