"""Speed of the core of search and script conversion on a 1 MB article (the seed ×160).

    python benchmarks/bench_core.py [--runs N] [--times K]

Prints figures, never fails: the targets (issue 6: all hits in a 1 MB article in under 20 ms;
issue 5: a script switch within 0.5 s) are shown beside them. Each figure is the median of
``--runs`` runs; "cold" figures use a fresh copy of the document so no cache helps.
"""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import big_text, median_ms


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--times", type=int, default=160, help="copies of the seed body (160 ≈ 1 MB)")
    args = ap.parse_args(argv)

    from reader.analysis import analyse
    from reader.parsing import parse_text
    from reader.script import SCRIPTS, clear_cache, view_document
    from reader.search import fold, search

    text = big_text(args.times)
    doc = analyse(parse_text(text))
    size = len(text.encode("utf-8")) / 1e6
    print(
        f"article: seed x{args.times} = {size:.2f} MB, {len(text):,} characters, "
        f"{len(doc.blocks):,} blocks, {len(doc.sections):,} sections, "
        f"{sum(1 for _ in doc.entities()):,} entities"
    )
    print()
    print("search (target: all hits in a 1 MB article < 20 ms)")
    t0 = time.perf_counter()
    fold(doc.text)
    print(f"  fold the document once (first search)        {1000 * (time.perf_counter() - t0):8.1f} ms")
    for query, opts in (
        ("城市", {}),
        ("重庆", {}),
        ("，", {}),
        ("市", {}),
        (r"重.{2}", {"regex": True}),
        ("城市", {"exact": True}),
    ):
        result = search(doc, query, **opts)  # type: ignore[arg-type]
        spans = median_ms(lambda q=query, o=opts: search(doc, q, **o), args.runs)  # type: ignore[misc]
        full = median_ms(lambda q=query, o=opts: search(doc, q, **o).hits, args.runs)  # type: ignore[misc]
        label = f"{query!r} {' '.join(k for k in opts) or 'folded'}"
        print(
            f"  {label:24} {len(result):6,} hits: spans {spans:6.1f} ms, with sections+context {full:6.1f} ms"
        )
    print()
    print("script switch: convert_document on the 1 MB model (target: < 500 ms), cold = no cache")
    for choice in SCRIPTS[1:]:
        clear_cache()
        copies = iter([replace(doc) for _ in range(args.runs)])  # built (and checked) beforehand
        cold = median_ms(lambda k=choice.key, c=copies: view_document(next(c), k), args.runs)
        view = view_document(doc, choice.key)
        warm = median_ms(lambda k=choice.key: view_document(doc, k), args.runs)
        runs = len(view.offsets.original) - 1
        print(
            f"  {choice.label:6} {view.config or '-':6} cold {cold:7.1f} ms, cached {warm:6.3f} ms; "
            f"map runs {runs:,}, length {len(doc.text):,} → {len(view.document.text):,}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
