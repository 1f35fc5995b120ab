"""How often each way of telling GB18030, Big5 and BOM-less UTF-16 apart is right.

    python benchmarks/loading_detection.py [--old PATH_TO_OLD_loading.py]

Texts: the seed (Traditional), the seed through OpenCC t2s, a Simplified text written for
this benchmark, and that text through s2tw. Each is encoded in every codec that can hold it,
whole and as 40 random slices of 2–128 characters (10 of 2, 8 and 32 for UTF-16 and UTF-8).
Prints right/total per codec and slice length for Reader's rule and for charset-normalizer
(unrestricted, and restricted to gb18030/big5 as the first version of loading.py used it)
when it is installed: Reader no longer depends on it.
A figure, not a test: short slices are ambiguous by nature.
"""

from __future__ import annotations

import argparse
import codecs
import importlib.util
import random
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OWN_SIMPLIFIED = """河边小镇的早市
——一位老摊主的三十年
天刚蒙蒙亮，镇上的早市就热闹起来了。卖豆腐的、卖青菜的、卖早点的，沿着河边一字排开，吆喝声此起彼伏。
今年六十二岁的刘大爷在这里摆摊已经整整三十年。他说：“那时候路还是土路，一下雨全是泥，现在修成了石板路，干净多了。”
说起这些年的变化，刘大爷最有感触的是付款方式。过去收的都是零钱，晚上回家要数半天；如今顾客扫一扫就行，账目也清楚。
镇政府负责市场管理的工作人员介绍，早市共有摊位一百二十个，每天吸引周边村民和游客近两千人。为了方便大家，镇里新建了公共厕所和停车场，还请专人负责清扫。
一些年轻人也回到镇上创业。二十八岁的小王在外地打工多年，去年回乡开了一家手工面馆。“家门口就能挣钱，还能照顾父母，挺好的。”他笑着说。
记者离开时，太阳已经升得老高，早市上的人却一点也没有减少。
"""


def family(name: str) -> str:
    """Codec names grouped the way the benchmark scores them."""
    name = name.lower().replace("_", "-")
    if "big5" in name or name == "cp950":
        return "big5"
    if name in ("gb18030", "gbk", "gb2312", "cp936"):
        return "gb18030"
    if name.startswith("utf-16"):
        return "utf-16"
    if name.startswith(("utf-8", "utf8")):
        return "utf-8"
    return name


def cases() -> list[tuple[str, int | str, bytes]]:
    """(expected codec family, slice length or 'whole', bytes)."""
    import opencc

    seed = (ROOT / "seeds" / "000_fcef1e8e6851e9da.txt").read_text(encoding="utf-8")
    texts = [seed, opencc.OpenCC("t2s").convert(seed)]
    texts += [OWN_SIMPLIFIED, opencc.OpenCC("s2tw").convert(OWN_SIMPLIFIED)]
    rng = random.Random(7)
    out: list[tuple[str, int | str, bytes]] = []
    for text in texts:
        for enc in ("big5", "gb18030"):
            try:
                out.append((enc, "whole", text.encode(enc)))
            except UnicodeEncodeError:
                continue
            for n in (2, 4, 8, 16, 32, 64, 128):
                for _ in range(40):
                    i = rng.randrange(0, max(1, len(text) - n))
                    out.append((enc, n, text[i : i + n].encode(enc)))
        for enc, data in (
            ("utf-16", codecs.BOM_UTF16_LE + text.encode("utf-16-le")),
            ("utf-16", text.encode("utf-16-le")),
            ("utf-16", text.encode("utf-16-be")),
            ("utf-8", codecs.BOM_UTF8 + text.encode("utf-8")),
        ):
            out.append((enc, "whole", data))
            for n in (2, 8, 32):
                for _ in range(10):
                    i = rng.randrange(0, len(text) - n)
                    out.append((enc, n, text[i : i + n].encode("utf-16-le" if enc == "utf-16" else enc)))
    return out


def _reader_rule(module: object) -> Callable[[bytes], str]:
    def detect(data: bytes) -> str:
        try:
            return str(module.decode_bytes(data).encoding)  # type: ignore[attr-defined]
        except Exception:
            return "error"

    return detect


def _normalizer(isolation: list[str] | None) -> Callable[[bytes], str]:
    from charset_normalizer import from_bytes

    def detect(data: bytes) -> str:
        best = from_bytes(data, cp_isolation=isolation).best() if isolation else from_bytes(data).best()
        return best.encoding if best is not None else "none"

    return detect


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--old", type=Path, help="an older reader/loading.py to compare")
    args = ap.parse_args()
    from reader import loading

    detectors: dict[str, Callable[[bytes], str]] = {"reader": _reader_rule(loading)}
    if args.old:
        spec = importlib.util.spec_from_file_location("old_loading", args.old)
        assert spec and spec.loader
        old = importlib.util.module_from_spec(spec)
        sys.modules["old_loading"] = old
        spec.loader.exec_module(old)
        detectors["old reader"] = _reader_rule(old)
    if importlib.util.find_spec("charset_normalizer") is not None:
        detectors["charset-normalizer"] = _normalizer(None)
        detectors["charset-normalizer gb18030/big5 only"] = _normalizer(["gb18030", "big5"])
    else:
        print("charset-normalizer is not installed (pip install charset-normalizer to compare)")
    all_cases = cases()
    for name, detect in detectors.items():
        t0 = time.perf_counter()
        table: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
        for enc, n, data in all_cases:
            cell = table[(enc, str(n))]
            cell[0] += family(detect(data)) == enc
            cell[1] += 1
        right = sum(c[0] for c in table.values())
        print(f"{name}: {right}/{len(all_cases)} right ({time.perf_counter() - t0:.2f} s)")
        for enc in ("gb18030", "big5", "utf-16", "utf-8"):
            cells = sorted(
                ((k[1], v) for k, v in table.items() if k[0] == enc),
                key=lambda kv: (kv[0] != "whole", kv[0].zfill(4)),
            )
            print(f"  {enc:8}", "  ".join(f"{n}: {v[0]}/{v[1]}" for n, v in cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
