"""Analysis off the UI thread, so a large article is readable while people and quotes are found.

The worker runs :func:`reader.analysis.analyse` in the global QThreadPool and reports back
through queued signals. Cancelling cannot interrupt pure-Python analysis mid-call, so it
marks the job cancelled: the window stops waiting at once and the result, when it arrives,
is dropped.
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
            from reader.analysis import analyse

            result = analyse(self.doc)
        except Exception as exc:  # reported to the window as a message, never a traceback
            if not self.cancelled:
                detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
                self.signals.failed.emit(self, detail)
        else:
            if not self.cancelled:
                self.signals.finished.emit(self, result)
        finally:
            self._done.set()


def start(job: AnalysisJob) -> None:
    """Queue ``job`` on the shared thread pool."""
    QThreadPool.globalInstance().start(job)
