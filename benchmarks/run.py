"""Reader's speed figures side by side with their references, as a table (issue: Speed).

    python benchmarks/run.py [--runs N] [--json] [--check] [--skip-large]

Each figure is the median of several runs. Start-up and paint are whole processes
(``main.py FILE --screenshot``, which exits after the first paint) against a bare PySide6
window doing the same with a QTextBrowser; the rest is measured in-process. ``--check`` exits
with 1 when a target is missed. Not a test: the suite never depends on the machine's speed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
sys.path.insert(0, str(ROOT))


@dataclass
class Figure:
    """One measured figure and what it is held against."""

    name: str
    value: float
    unit: str
    reference: float | None
    target: str
    ok: bool


def _median_time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _process_time(cmd: list[str], runs: int) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")

    def run() -> None:
        subprocess.run(cmd, check=True, env=env, capture_output=True, cwd=ROOT)

    run()  # warm the file cache once, as a user's second start would be
    return _median_time(run, runs)


def big_article(folder: Path, times: int) -> Path:
    """The seed repeated: the same kind of text at the size under test."""
    text = SEED.read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    path = folder / f"seed_x{times}.txt"
    path.write_text(head + "\n" + "\n".join([body] * times), encoding="utf-8")
    return path


def bench_paint(path: Path, runs: int, limit: float, name: str) -> Figure:
    with tempfile.TemporaryDirectory() as tmp:
        out = str(Path(tmp) / "shot.png")
        bare = _process_time([sys.executable, str(ROOT / "benchmarks" / "bare_window.py"), str(path), out], runs)
        ours = _process_time([sys.executable, str(ROOT / "main.py"), str(path), "--screenshot", out], runs)
    ratio = ours / bare
    return Figure(name, ours, "s", bare, f"≤ {limit}× bare window", ratio <= limit)


def bench_analysis(path: Path, runs: int) -> Figure:
    from reader.analysis import analyse
    from reader.loading import load_path
    from reader.parsing import parse_text

    text = load_path(path).text
    seconds = _median_time(lambda: analyse(parse_text(text)), runs)
    mb = len(text.encode("utf-8")) / 1e6
    rate = mb / seconds
    return Figure("parse + analyse 1 MB", rate, "MB/s", None, "≥ 1 MB/s", rate >= 1.0)


def bench_search(path: Path, runs: int) -> Figure | None:
    try:
        from reader import search
    except ImportError:
        return None
    from reader.documents import parse_path

    doc = parse_path(path)
    finder = getattr(search, "search", None)
    if finder is None:
        return None
    finder(doc, "城市")  # first call builds the fold once per document
    seconds = _median_time(lambda: finder(doc, "城市"), runs)
    return Figure("search 城市 in 1 MB", seconds * 1000, "ms", None, "< 20 ms", seconds < 0.020)


def bench_convert(path: Path, runs: int) -> Figure | None:
    try:
        from reader.script import convert_document
    except ImportError:
        return None
    from reader.documents import open_document

    doc = open_document(path)
    convert_document(doc, "t2s")  # load the OpenCC configuration once

    def fresh() -> None:
        from dataclasses import replace

        convert_document(replace(doc), "t2s")

    seconds = _median_time(fresh, runs)
    return Figure("script switch t2s, 1 MB model", seconds, "s", None, "< 0.5 s", seconds < 0.5)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args(argv)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        one_mb = big_article(Path(tmp), 160)
        figures.append(bench_paint(SEED, args.runs, 1.5, "start-up, seed"))
        figures.append(bench_paint(one_mb, args.runs, 2.0, "first paint, 1 MB"))
        figures.append(bench_analysis(one_mb, max(1, args.runs // 2)))
        for extra in (bench_search(one_mb, args.runs), bench_convert(one_mb, args.runs)):
            if extra is not None:
                figures.append(extra)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, offscreen Qt"
    if args.json:
        print(json.dumps({"machine": machine, "figures": [asdict(f) for f in figures]}, ensure_ascii=False))
    else:
        print(f"machine: {machine}")
        print(f"| {'figure':32} | {'Reader':>10} | {'reference':>10} | {'target':22} | ok |")
        print(f"|{'-' * 34}|{'-' * 12}|{'-' * 12}|{'-' * 24}|----|")
        for f in figures:
            ref = f"{f.reference:.3f} {f.unit}" if f.reference is not None else "-"
            print(f"| {f.name:32} | {f.value:7.3f} {f.unit:2} | {ref:>10} | {f.target:22} | {'✓' if f.ok else '✗'}  |")
    if args.check and not all(f.ok for f in figures):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
