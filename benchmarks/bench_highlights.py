"""Speed of the highlights store and of exports on a 1 MB article (the seed ×160).

    python benchmarks/bench_highlights.py [--runs N] [--times K] [--highlights H]

Prints figures, never fails. What matters for the window: opening a document's highlights
(hash + read + exact re-attach), saving after one edit (lock, re-read, merge, atomic write with
fsync), re-attaching everything after the file was edited near its start (every highlight
moved: the text-search path), and rendering each export format (the preview).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import big_text, median_ms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--times", type=int, default=160, help="copies of the seed body (160 ≈ 1 MB)")
    ap.add_argument("--highlights", type=int, default=500)
    args = ap.parse_args(argv)

    from reader.analysis import analyse
    from reader.export import ExportOptions, render_export
    from reader.parsing import parse_text
    from reader.storage import HighlightStore, add_highlight, make_highlight, reattach

    text = big_text(args.times)
    doc = analyse(parse_text(text))
    rng = random.Random(7)
    marks: tuple = ()  # type: ignore[type-arg]
    for _ in range(args.highlights):
        start = rng.randrange(0, len(text) - 40)
        marks = add_highlight(marks, make_highlight(text, start, start + rng.randrange(4, 40), note="n"))
    print(
        f"article: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(doc.quotes):,} quotes, "
        f"{len(marks)} highlights, median of {args.runs} runs"
    )
    with tempfile.TemporaryDirectory() as folder:
        store = HighlightStore(folder)
        article = Path(folder) / "article.txt"
        session = store.open(text, article)
        t0 = time.perf_counter()
        session.save(marks)
        print(f"  first save of {len(marks)} highlights     {(time.perf_counter() - t0) * 1000:8.1f} ms")
        ms = median_ms(lambda: store.open(text, article), args.runs)
        print(f"  open (hash, read, re-attach)      {ms:8.1f} ms")
        one = make_highlight(text, 10, 20)

        def save_one() -> None:
            s = store.open(text, article)
            s.save_change(s.highlights, add_highlight(s.highlights, one))
            s.save_change(s.highlights, tuple(h for h in s.highlights if h.id != one.id))

        print(f"  open + add + remove (2 saves)     {median_ms(save_one, args.runs):8.1f} ms")
        edited = "（更正）" + text
        ms = median_ms(lambda: reattach(marks, edited), args.runs)
        print(f"  re-attach all after an edit       {ms:8.1f} ms")
        result = reattach(marks, edited)
        print(f"    placed {len(result.placed)}, unplaced {len(result.unplaced)}")
    for fmt in ("md", "html", "csv", "json"):
        options = ExportOptions(format=fmt)  # type: ignore[arg-type]
        ms = median_ms(lambda o=options: render_export(doc, marks, o), args.runs)  # type: ignore[misc]
        print(f"  export preview {fmt:<4}                {ms:8.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
