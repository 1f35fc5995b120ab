"""Speed of people extraction on the seed and on larger articles made of copies of its body.

    python benchmarks/bench_people.py [--runs N]

Prints figures, never fails. The target (issue 3): people add little to ``analyze`` of a news
article (well under the 1 s of the whole command), and no word list is loaded from disk.
Each figure is the median of ``--runs`` runs on a freshly parsed document.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from reader.people import extract_people

    print(f"import reader.people: {(time.perf_counter() - t0) * 1000:.1f} ms (with re and the model)")
    from reader.parsing import parse_text

    text = SEED.read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    for times in (1, 10, 40, 160):
        big = head + "\n" + "\n".join([body] * times)
        doc = parse_text(big)
        runs = []
        for _ in range(args.runs if times < 40 else 1):
            t0 = time.perf_counter()
            people = extract_people(doc)
            runs.append(time.perf_counter() - t0)
        mentions = sum(len(p.mentions) for p in people)
        print(
            f"seed body x{times:<3} {len(big.encode('utf-8')) / 1000:8.0f} kB: "
            f"{statistics.median(runs) * 1000:8.1f} ms, {len(people)} people, {mentions} mentions"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
