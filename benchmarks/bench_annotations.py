"""Speed of the window's people, quotes and highlights layers on a long article (the seed ×N).

    python benchmarks/bench_annotations.py [--runs N] [--times K]

Prints figures, never fails. What matters to a reader: how long after a click the article
shows the chosen person's mentions, steps to the next one, re-colours speech after a kind
filter, and paints a new highlight, and how much the three layers add to a script switch.
Runs offscreen in its own temporary app-data folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import big_text, median_ms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--times", type=int, default=40, help="copies of the seed body (40 ≈ 90,000 characters)")
    args = ap.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="reader-bench-")
    os.environ["READER_DATA_DIR"] = str(Path(scratch) / "data")
    os.environ["READER_CONFIG_DIR"] = str(Path(scratch) / "config")

    from PySide6.QtWidgets import QApplication

    from reader.analysis import analyse
    from reader.parsing import parse_text
    from reader.ui.main_window import MainWindow
    from reader.ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    doc = analyse(parse_text(big_text(args.times)))
    mentions = sum(len(p.mentions) for p in doc.people)
    print(
        f"article: {len(doc.text):,} characters, {len(doc.people)} people, {mentions} mentions, "
        f"{len(doc.quotes)} quotes"
    )

    window = MainWindow(Settings())
    window.show()
    app.processEvents()
    ann = window.annotations  # type: ignore[attr-defined]

    def show_document() -> None:
        window.set_document(doc, analysed=True)
        app.processEvents()

    print(f"open (layout + people, quotes, highlights layers): {median_ms(show_document, args.runs):8.1f} ms")

    names = [p.name for p in doc.people]
    turn = iter(range(10**9))

    def select_person() -> None:
        ann.people_dock.select_person(names[next(turn) % len(names)])
        app.processEvents()

    print(f"choose a person (layer + jump):                   {median_ms(select_person, args.runs):8.1f} ms")

    def next_mention() -> None:
        ann.people_dock.next_mention()
        app.processEvents()

    print(f"next mention:                                     {median_ms(next_mention, args.runs):8.1f} ms")

    box = ann.quotes_dock.kind_boxes["term"]

    def toggle_terms() -> None:
        box.setChecked(not box.isChecked())
        app.processEvents()

    print(f"quotes kind filter (list + layer):                {median_ms(toggle_terms, args.runs):8.1f} ms")

    starts = iter(range(100, len(doc.text) - 10, 997))

    def add_highlight() -> None:
        start = next(starts)
        ann.controller.add_shown(start, start + 6, "#ffe066", "")
        app.processEvents()

    print(f"add a highlight (save + layer):                   {median_ms(add_highlight, args.runs):8.1f} ms")

    scripts = iter(["simplified", "original"] * args.runs)

    def switch_script() -> None:
        window.set_script(next(scripts))
        app.processEvents()

    print(f"script switch with all layers:                    {median_ms(switch_script, args.runs):8.1f} ms")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
