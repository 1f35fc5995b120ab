"""Time to the first painted window, for Reader and for the bare reference, the same way.

    python benchmarks/first_paint.py reader|bare FILE

Prints ``time.perf_counter()`` (CLOCK_MONOTONIC on Linux, shared by every process, so the
parent can subtract the moment it started this one) and the CPU seconds this process used
(``time.process_time()``: less disturbed by other load on the machine) right after the first paint of a text
view's viewport has finished, then exits at once without tearing down. Both sides run
through this same small script, so the probe's own cost (an application event filter) is
the same on both sides and the difference is only what each program does before it paints.

``reader`` runs ``reader.cli.main(["open", FILE])`` exactly as ``main.py FILE`` does;
``bare`` is :mod:`bare_window`'s window (a QTextBrowser showing the same text).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _watch_first_paint() -> None:
    """Install the probe on the (already created) QApplication."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QTextBrowser

    app = QApplication.instance()
    assert app is not None

    class Probe(QObject):
        fired = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.fired or event.type() != QEvent.Type.Paint:
                return False
            view = watched.parent()
            # The paint that counts shows the article: an empty view painted early would not.
            doc = view.document() if isinstance(view, QTextBrowser) else None
            if isinstance(doc, QTextDocument) and doc.characterCount() > 100:
                self.fired = True
                QTimer.singleShot(0, self.report)  # after this paint pass has finished
            return False

        def report(self) -> None:
            sys.stdout.write(f"{time.perf_counter():.6f} {time.process_time():.6f}\n")
            sys.stdout.flush()
            os._exit(0)

    probe = Probe(app)
    app.installEventFilter(probe)
    globals()["_probe"] = probe


def main() -> int:
    which, path = sys.argv[1], sys.argv[2]
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    _watch_first_paint()
    if which == "bare":
        from bare_window import show

        _view = show(Path(path))
        return app.exec()
    from reader.cli import main as reader_main

    return reader_main(["open", path])


if __name__ == "__main__":
    sys.exit(main())
