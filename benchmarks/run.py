"""Reader's speed figures side by side with their references, as a table (issue: Speed).

    python benchmarks/run.py [--runs N] [--json] [--check] [--skip-large]

Every figure of the issue, each the median of ``--runs`` runs (the 25 MB article: once; it
takes a minute), with its reference and target:

* start-up with the seed, and the first paint of a 1 MB article (the seed's body ×160):
  process start → the first paint of the article has finished, for Reader (``run_app``, what
  ``main.py FILE`` runs) and for a bare PySide6 window that only shows the same text in a
  QTextBrowser (benchmarks/bare_window.py). Both go through benchmarks/first_paint.py, which
  prints the moment the paint is done and exits, so both sides pay the same probe; runs
  alternate bare / Reader so a busy moment of the machine hits both;
* analysis (people and quotes, reader.analysis.analyse) of the 1 MB article in MB/s;
* the 25 MB article (×4000) opened in the window (benchmarks/large_article.py, its own
  process): when it is painted and fully loaded, the longest gap between ticks of a 10 ms
  QTimer from the open request until it is loaded and 10 s of background analysis later,
  and the process's peak memory (getrusage ru_maxrss);
* search and script switch in the window on the 1 MB article (benchmarks/window_figures.py,
  measured like benchmarks/bench_window.py, every figure including the repaint).

Before measuring, the package is byte-compiled (``python -m compileall -q reader``), as pip
does when it installs a wheel: this environment sets PYTHONDONTWRITEBYTECODE=1, and without
the .pyc files every start would recompile Reader's sources and measure the compiler.

``--check`` exits with 1 when a target is missed. Not a test: the suite never depends on
the machine's speed.
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
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from bench_window import big_article  # noqa: E402  (the seed's title once, its body N times)


@dataclass
class Figure:
    """One measured figure, what it is held against, and whether it meets its target."""

    name: str
    value: float | None
    unit: str
    reference: float | None
    ref_name: str
    ratio: float | None
    target: str
    ok: bool
    note: str = ""


def _env(config: str) -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen", READER_CONFIG_DIR=config)


def _first_paint(which: str, path: Path, config: str) -> tuple[float, float]:
    """Seconds from starting a process to the end of its first paint of the article, and
    the CPU seconds the process had used by then."""
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, str(BENCH / "first_paint.py"), which, str(path)],
        env=_env(config), capture_output=True, text=True, cwd=ROOT, check=True,
    )
    wall, cpu = out.stdout.split()[-2:]
    return float(wall) - t0, float(cpu)


def bench_paint(path: Path, runs: int, limit: float, name: str) -> Figure:
    with tempfile.TemporaryDirectory() as config:
        _first_paint("bare", path, config)  # warm the file cache once, as a second start finds it
        _first_paint("reader", path, config)
        bare, ours = [], []
        for _ in range(runs):
            bare.append(_first_paint("bare", path, config))
            ours.append(_first_paint("reader", path, config))
    b, o = statistics.median(w for w, _c in bare), statistics.median(w for w, _c in ours)
    bc, oc = statistics.median(c for _w, c in bare), statistics.median(c for _w, c in ours)
    note = f"CPU {oc:.3f} s vs {bc:.3f} s ({oc / bc:.2f}×)"
    return Figure(name, o, "s", b, "bare window", o / b, f"≤ {limit}× bare", o / b <= limit, note)


def bench_analysis(path: Path, runs: int) -> Figure:
    from reader.analysis import analyse
    from reader.documents import parse_path

    doc = parse_path(path)
    analyse(doc)  # imports and compiles the rules once
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        analyse(doc)
        times.append(time.perf_counter() - t0)
    mb = path.stat().st_size / 1e6
    rate = mb / statistics.median(times)
    note = f"{statistics.median(times):.2f} s, in a worker thread"
    name = "analysis (people, quotes), 1 MB"
    return Figure(name, rate, "MB/s", None, "", None, "≥ 1 MB/s", rate >= 1.0, note)


def _json_child(script: str, *args: str) -> dict[str, float | None]:
    with tempfile.TemporaryDirectory() as config:
        out = subprocess.run(
            [sys.executable, str(BENCH / script), *args],
            env=_env(config), capture_output=True, text=True, cwd=ROOT, check=True,
        )
    result: dict[str, float | None] = json.loads(out.stdout.strip().splitlines()[-1])
    return result


def bench_window(path: Path, runs: int) -> list[Figure]:
    r = _json_child("window_figures.py", str(path), "--runs", str(runs))
    core, window = r["search_core_ms"] or 0.0, r["search_window_ms"] or 0.0
    cold, warm = r["switch_cold_max_s"] or 0.0, r["switch_warm_s"] or 0.0
    hits = int(r["search_hits"] or 0)
    return [
        Figure("search, 1 MB: every hit", core, "ms", None, "", None, "< 20 ms", core < 20,
               f"{hits:,} hits of 城市"),
        Figure("  … + highlight, list, repaint", window, "ms", None, "", None, "(shown)", True),
        Figure("script switch, 1 MB, + repaint", cold, "s", None, "", None, "< 0.5 s", cold < 0.5,
               f"slowest first switch of 4 scripts (median {r['switch_cold_s']:.2f} s)"),
        Figure("  … again (converted before)", warm, "s", None, "", None, "(shown)", True),
    ]


def bench_large(path: Path, analysis_seconds: float) -> list[Figure]:
    r = _json_child("large_article.py", str(path), "--analysis-seconds", str(analysis_seconds))
    painted, loaded, gap, rss = r["painted_s"], r["loaded_s"], r["max_gap_ms"], r["peak_rss_mb"]
    analysed = r["analysed_s"]
    size = r["size_mb"] or 0.0
    after = f"analysis done at {analysed:.1f} s" if analysed is not None else (
        f"analysis still running at {r['watched_s']:.0f} s (watched)")
    return [
        Figure(f"{size:.1f} MB: opens, first paint", painted, "s", None, "", None, "opens",
               painted is not None, "never loaded" if loaded is None else f"all laid out at {loaded:.1f} s"),
        Figure(f"{size:.1f} MB: longest UI freeze", gap, "ms", None, "", None, "< 100 ms",
               gap is not None and gap < 100, after),
        Figure(f"{size:.1f} MB: peak memory", rss, "MB", None, "", None, "< 1024 MB",
               rss is not None and rss < 1024, "ru_maxrss of the window's process"),
    ]


def machine() -> str:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6

    return (f"{cpu or platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"PySide6 {PySide6.__version__}, QT_QPA_PLATFORM=offscreen")


def _cell(value: float | None, unit: str) -> str:
    if value is None:
        return "-"
    digits = {"s": 3, "MB/s": 2}.get(unit, 1)
    return f"{value:.{digits}f} {unit}"


def table(figures: list[Figure]) -> str:
    rows = [("figure", "Reader", "reference", "ratio", "target", "ok", "note")]
    for f in figures:
        ref = f"{_cell(f.reference, f.unit)} {f.ref_name}".strip() if f.reference is not None else "-"
        rows.append((f.name, _cell(f.value, f.unit), ref, f"{f.ratio:.2f}×" if f.ratio is not None else "-",
                     f.target, "✓" if f.ok else "✗", f.note))
    widths = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)) + " |" for r in rows]
    lines.insert(1, "|" + "|".join("-" * (w + 2) for w in widths) + "|")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="one JSON object instead of the table")
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    ap.add_argument("--skip-large", action="store_true", help="leave out the 25 MB article (a minute)")
    ap.add_argument("--analysis-seconds", type=float, default=10.0,
                    help="how long the 25 MB window is watched while it analyses, after loading")
    args = ap.parse_args(argv)

    log = sys.stderr
    load_before = os.getloadavg()[0]
    log.write("byte-compiling reader/ (as pip does on install; PYTHONDONTWRITEBYTECODE is set here)\n")
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "reader")], check=True,
                   env=dict(os.environ, PYTHONDONTWRITEBYTECODE=""))
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as tmp:
        one_mb = big_article(Path(tmp), 160)
        log.write("start-up and first paint (bare window vs Reader, alternating)…\n")
        figures.append(bench_paint(SEED, args.runs, 1.5, "start-up with the seed"))
        figures.append(bench_paint(one_mb, args.runs, 2.0, "first paint, 1 MB"))
        log.write("analysis…\n")
        figures.append(bench_analysis(one_mb, max(3, args.runs // 2)))
        log.write("search and script switch in the window…\n")
        figures.extend(bench_window(one_mb, args.runs))
        if not args.skip_large:
            log.write("25 MB article in the window…\n")
            figures.extend(bench_large(big_article(Path(tmp), 4000), args.analysis_seconds))
    info = machine()
    load = (load_before, os.getloadavg()[0])
    busy = max(load) > 0.5 * (os.cpu_count() or 1)
    load_note = f"load average {load[0]:.1f} before, {load[1]:.1f} after" + (
        " (other work was running: every figure is slower than on an idle machine)" if busy else "")
    if args.json:
        print(json.dumps({"machine": info, "runs": args.runs, "load": load_note,
                          "figures": [asdict(f) for f in figures]}, ensure_ascii=False))
    else:
        print(f"machine: {info}; medians of {args.runs} runs; {load_note}")
        print(table(figures))
    if args.check and not all(f.ok for f in figures):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
