"""A short article of our own with people and quotes filled in by hand, for the UI tests.

Built without the extraction rules so the docks can be tested on their own: every span is
found in the text, so the offsets are exact and the Document checks them.
"""

from __future__ import annotations

from dataclasses import replace

from reader.model import Document, Mention, Person, Quote, Role
from reader.parsing import parse_text

SAMPLE_TEXT = """城市更新座談會側記
課堂交流 明確方向
市規劃局局長李明遠說：“規劃是關鍵，要先謀後動。”
“我們要把民生放在首位。”區住建局副局長王芳說。
李局長表示，下一步要推進“十五五”規劃編制工作。
分組討論 凝聚共識
王芳認為，要持續提升群眾幸福感。她表示，老舊小區改造要先易後難。
大家紛紛表示收穫滿滿。
來源：測試日報
"""


def _find(text: str, needle: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(needle, pos + 1)
    return pos


def _mention(text: str, needle: str, nth: int = 0, kind: str = "name") -> Mention:
    start = _find(text, needle, nth)
    return Mention(start, start + len(needle), needle, kind)  # type: ignore[arg-type]


def _role(text: str, needle: str) -> Role:
    start = _find(text, needle)
    return Role(needle, start, start + len(needle))


def _quote(text: str, needle: str, kind: str, speaker: str | None) -> Quote:
    start = _find(text, needle)
    return Quote(needle, kind, start, start + len(needle), speaker)  # type: ignore[arg-type]


def sample_document() -> Document:
    """Two speakers, three direct/reported statements each side, one term, one group statement."""
    t = SAMPLE_TEXT
    li = Person(
        "李明遠",
        (_role(t, "市規劃局局長"),),
        (_mention(t, "李明遠"), _mention(t, "李局長", kind="surname_title")),
    )
    wang = Person(
        "王芳",
        (_role(t, "區住建局副局長"),),
        (_mention(t, "王芳"), _mention(t, "王芳", 1), _mention(t, "她", kind="pronoun")),
    )
    quotes = (
        _quote(t, "規劃是關鍵，要先謀後動。", "direct", "李明遠"),
        _quote(t, "我們要把民生放在首位。", "direct", "王芳"),
        _quote(t, "下一步要推進“十五五”規劃編制工作。", "indirect", "李明遠"),
        _quote(t, "十五五", "term", None),
        _quote(t, "要持續提升群眾幸福感。", "indirect", "王芳"),
        _quote(t, "老舊小區改造要先易後難。", "indirect", "王芳"),
    )
    return replace(parse_text(t), people=(li, wang), quotes=quotes)


def write_sample(folder: object) -> str:
    """Write the sample article into ``folder`` (a pathlib.Path) and return its path."""
    from pathlib import Path

    path = Path(str(folder)) / "sample.txt"
    path.write_text(SAMPLE_TEXT, encoding="utf-8")
    return str(path)
