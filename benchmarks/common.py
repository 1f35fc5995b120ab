"""What every benchmark shares: the seed scaled up to the size under test, and a median timer.

The seed repeated is the same kind of text at any size, so figures at 1 MB and 25 MB compare.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_fcef1e8e6851e9da.txt"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def big_text(times: int) -> str:
    """The seed's title once and its body ``times`` times (160 ≈ 1 MB)."""
    text = SEED.read_text(encoding="utf-8")
    head, _, body = text.partition("\n")
    return head + "\n" + "\n".join([body] * times)


def median_ms(fn: Callable[[], object], runs: int) -> float:
    """Median wall time of ``runs`` calls, in milliseconds."""
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000
