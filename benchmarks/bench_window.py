"""What the reading window costs on a 1 MB article (the seed ×160), measured in-process.

    QT_QPA_PLATFORM=offscreen python benchmarks/bench_window.py [--runs N] [--times K]

Prints figures, never fails. Each figure is a median and includes the repaint it causes
(``viewport().repaint()``, which paints synchronously), because what the reader waits for is
the screen: opening (parse, lay out, first paint), a search as typed (find every hit of 城市,
highlight them, list them, paint), moving to the next hit, a script switch (convert, lay out
again, same line at the top, paint), and a scroll by one screen. A frame is 16.7 ms at 60 Hz.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def big_article(folder: Path, times: int) -> Path:
    text = SEED.read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    path = folder / f"seed_x{times}.txt"
    path.write_text(head + "\n" + "\n".join([body] * times), encoding="utf-8")
    return path


def median(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def search_as_typed(window: Any, paint: Callable[[], None], query: str = "城市") -> None:
    """Type a query into the find bar, let every hit paint, then clear it again."""
    window.find_bar.field.setText(query)
    window.find_bar.emit_query()
    paint()
    window.find_bar.field.setText("")
    window.find_bar.emit_query()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--times", type=int, default=160, help="copies of the seed's body (160 ≈ 1 MB)")
    args = ap.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    import reader.ui  # noqa: F401  (the PySide6 reference-count guard comes first)
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        path = big_article(Path(tmp), args.times)
        window = MainWindow(Settings(Path(tmp) / "bench.ini"))
        window.background_analysis = False  # the figures are the window's, not the analysis's
        window.resize(1200, 820)
        window.show()
        app.processEvents()
        view = window.view
        size = path.stat().st_size / 1e6

        def paint() -> None:
            view.viewport().repaint()

        def open_and_paint() -> None:
            window.open_path(path)
            paint()

        figures: list[tuple[str, float, str]] = []
        figures.append((f"open + first paint, {size:.2f} MB", median(open_and_paint, args.runs), "s"))

        window.open_find()

        figures.append(
            ("search 城市 as typed + paint", median(lambda: search_as_typed(window, paint), args.runs), "s")
        )
        window.find_bar.field.setText("城市")
        window.find_bar.emit_query()
        hits = len(window.search.hits or [])

        def next_hit() -> None:
            window.find_next()
            paint()

        figures.append((f"next hit of {hits} + paint", median(next_hit, args.runs * 4), "s"))

        bar = view.verticalScrollBar()
        bar.setValue(bar.maximum() // 2)

        def scroll() -> None:
            bar.setValue(bar.value() + view.viewport().height())
            paint()

        figures.append(("scroll one screen + paint", median(scroll, args.runs * 4), "s"))

        keys = ["simplified", "original"]

        def first_switch() -> None:
            window.set_script(keys[0])
            paint()
            window.set_script(keys[1])
            paint()

        # The first conversion of a document loads OpenCC and converts; later ones are cached.
        t0 = time.perf_counter()
        window.set_script("taiwan")
        paint()
        figures.append(("first script switch (convert) + paint", time.perf_counter() - t0, "s"))
        window.set_script("original")
        figures.append(("script switch there and back + paints", median(first_switch, args.runs), "s"))
        window.close()

    print(f"| {'figure':42} | {'median':>10} |")
    print(f"|{'-' * 44}|{'-' * 12}|")
    for name, value, _unit in figures:
        shown = f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"
        print(f"| {name:42} | {shown:>10} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
