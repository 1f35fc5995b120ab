"""Search and script switch in the real window on a 1 MB article, as JSON (run.py runs this).

    QT_QPA_PLATFORM=offscreen python benchmarks/window_figures.py FILE [--runs N]

The article is analysed first, so the docks hold its people and quotes (3,360 quotes for
the seed ×160). Measured the way :mod:`bench_window` measures them (median of runs, each including the
synchronous repaint it causes, because what the reader waits for is the screen):

* ``search_core_ms``: every hit of 城市 found in the shown document (reader.search, folded);
* ``search_window_ms``: the query as the find bar emits it: search, highlight every hit,
  list them in the results panel, filter the people and quotes docks, paint;
* ``switch_cold_s``: the first switch to each other script (OpenCC converts the whole
  document with its people and quotes, the view is laid out again, the same line put back
  at the top, the docks re-listed, painted),
  the median over the four other scripts, caches cleared before each;
* ``switch_warm_s``: switching back and forth once every script was converted (cached).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_window import median, search_as_typed  # noqa: E402  (same measuring rule as the other window figures)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    import reader.ui  # noqa: F401
    from reader.ui.app import application
    from reader.ui.bridge import find_hits
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = application()
    out: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        window = MainWindow(Settings(Path(tmp) / "bench.ini"))
        window.resize(1200, 820)
        window.show()
        app.processEvents()
        assert window.open_path(args.file, background=False)
        # Analysed first (in its worker): the docks then hold every person and quote, and a
        # search filters them and a switch converts them too, as for a reader.
        deadline = time.perf_counter() + 300
        while not window.analysed and time.perf_counter() < deadline:
            app.processEvents()
            time.sleep(0.01)
        out["quotes"] = len(window.document.quotes) if window.document else 0
        app.processEvents()
        view = window.view

        def paint() -> None:
            view.viewport().repaint()

        doc = window.shown_document
        assert doc is not None
        find_hits(doc, "城市")  # the fold of a document is built once, on its first search
        out["search_core_ms"] = median(lambda: find_hits(doc, "城市"), args.runs) * 1000
        out["search_hits"] = len(find_hits(doc, "城市"))
        window.open_find()

        out["search_window_ms"] = median(lambda: search_as_typed(window, paint), args.runs) * 1000
        window.find_bar.close_bar()

        from reader.script import clear_cache

        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 3)  # mid-article: the line at the top must be kept
        cold = []
        for key in ("simplified", "traditional", "taiwan", "hongkong"):
            window.set_script("original")
            clear_cache()
            t0 = time.perf_counter()
            window.set_script(key)
            paint()
            cold.append(time.perf_counter() - t0)
        out["switch_cold_s"] = statistics.median(cold)
        out["switch_cold_max_s"] = max(cold)
        keys = iter(["original", "simplified"] * (args.runs + 1))

        def warm() -> None:
            window.set_script(next(keys))
            paint()

        out["switch_warm_s"] = median(warm, args.runs * 2)
        window.close()
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
