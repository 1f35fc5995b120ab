"""Opening a very large article in the real window: responsiveness and memory, as JSON.

    QT_QPA_PLATFORM=offscreen python benchmarks/large_article.py FILE [--analysis-seconds S]

The window is shown first, then a 10 ms QTimer starts ticking and the file is opened from
inside the event loop, as File ▸ Open does. Every tick's time is kept; the longest gap
between two ticks is the longest the window was frozen (a tick late by 100 ms is a freeze a
person feels). Measured phases:

* ``painted_s``: open requested → the first paint showing the article's text;
* ``loaded_s``: open requested → the whole text in the view, laid out (scrollable to the end);
* ``max_gap_ms``: the longest gap between ticks from the open request until the text is
  loaded and then ``--analysis-seconds`` more while people and quotes are found in the
  background (or until the analysis ends, if sooner);
* ``analysed_s``: when the analysis finished, or null if it was still running;
* ``peak_rss_mb``: ``resource.getrusage(RUSAGE_SELF).ru_maxrss`` at the end: the peak of the
  whole process (this one runs nothing else).
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--analysis-seconds", type=float, default=10.0)
    ap.add_argument("--timeout", type=float, default=120.0)
    args = ap.parse_args(argv)

    from PySide6.QtCore import QEvent, QObject, QTimer

    import reader.ui  # noqa: F401
    from reader.ui.app import application
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = application()
    ticks: list[float] = []
    marks: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings(Path(tmp) / "bench.ini"))
        window.resize(1200, 820)
        window.show()
        for _ in range(5):
            app.processEvents()

        class PaintWatch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
                shown = window.view.document().characterCount() > 1000
                if event.type() == QEvent.Type.Paint and "painted" not in marks and shown:
                    QTimer.singleShot(0, lambda: marks.setdefault("painted", time.perf_counter()))
                return False

        watch = PaintWatch()
        window.view.viewport().installEventFilter(watch)
        window.analysis_finished.connect(lambda _doc: marks.setdefault("analysed", time.perf_counter()))

        def check() -> None:
            now = time.perf_counter()
            ticks.append(now)
            if "loaded" not in marks and window.document is not None and window.view.fully_laid_out():
                marks["loaded"] = now
            loaded = marks.get("loaded")
            done = loaded is not None and ("analysed" in marks or now - loaded > args.analysis_seconds)
            if done or now - start > args.timeout:
                app.quit()

        timer = QTimer()
        timer.setInterval(10)
        timer.timeout.connect(check)
        start = time.perf_counter()
        timer.start()
        QTimer.singleShot(0, lambda: window.open_path(args.file))
        app.exec()
        timer.stop()
        window.cancel_analysis()
        pairs = list(itertools.pairwise(ticks))
        gaps = [b - a for a, b in pairs]
        result = {
            "size_mb": Path(args.file).stat().st_size / 1e6,
            "painted_s": marks["painted"] - start if "painted" in marks else None,
            "loaded_s": marks["loaded"] - start if "loaded" in marks else None,
            "analysed_s": marks["analysed"] - start if "analysed" in marks else None,
            "watched_s": ticks[-1] - start if ticks else 0.0,
            "max_gap_ms": max(gaps) * 1000 if gaps else None,
            "gaps_over_100ms": sum(1 for g in gaps if g > 0.1),
            "gaps_over_50ms": [(round(a - start, 2), round((b - a) * 1000)) for a, b in pairs
                               if b - a > 0.05],
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        }
        print(json.dumps(result), flush=True)
        window.hide()
        os._exit(0)  # a still-running analysis thread must not keep the benchmark waiting
    return 0


if __name__ == "__main__":
    sys.exit(main())
