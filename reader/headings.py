"""Which lines of a plain-text article are section headings, and at what level.

Chinese news marks sections in a few ways: numbered heads (一、 （一） 1. 第三章), 【…】 heads,
an interview's speaker label (``商務部部長王文濤：``), and short unpunctuated lines
(``課堂教學 解培訓核心疑問``). The last is the dangerous one: a short body line must not
become a heading, so it needs no sentence punctuation, a few ideographs, and body text after it.
"""

from __future__ import annotations

import re

from reader.patterns import LazyPattern

_CN_NUM = "一二三四五六七八九十百零〇两兩"
NUMBERED_STYLES: tuple[tuple[str, LazyPattern], ...] = (
    ("chapter", LazyPattern(rf"^第[{_CN_NUM}\d]+[章節节篇部回卷](?:[\s\u3000:：、.．]|$)")),
    ("part", LazyPattern(rf"^第[{_CN_NUM}\d]+(?:部分|節|节)")),
    ("cn", LazyPattern(rf"^[{_CN_NUM}]+[、.．]")),
    ("cn_paren", LazyPattern(rf"^[（(][{_CN_NUM}]+[）)]")),
    ("arabic", LazyPattern(r"^\d{1,2}[、.．](?!\d)")),
    ("arabic_paren", LazyPattern(r"^[（(]\d{1,2}[）)]")),
    ("bracket", LazyPattern(r"^【[^】]{1,30}】$")),
)
"""Numbered heading styles from the outermost to the innermost, as Chinese documents nest them."""
_STYLE_STARTS: dict[str, str] = {
    "chapter": "第", "part": "第", "cn": _CN_NUM, "cn_paren": "（(", "arabic_paren": "（(", "bracket": "【",
}
"""The characters a line in each style can start with (``arabic``: a digit, \\d); a line
starting with none of them is not tried against that style's pattern (compiled on first use)."""

SENTENCE_PUNCT = LazyPattern(r"[。，,；;！!？?…]|[.](?!\d)")
_CAPTION_END = LazyPattern(r"[攝摄]\s*$|^(?:圖片來源|图片来源|圖片|图片|圖／|图/|圖/|攝影|摄影)")
MAX_PLAIN_HEADING = 30
MAX_NUMBERED_HEADING = 40
MAX_LABEL_HEADING = 45


def numbered_style(line: str) -> str | None:
    """The numbering style a short line starts with, if any."""
    first = line[:1]
    if not first:
        return None
    for name, pattern in NUMBERED_STYLES:
        starts = _STYLE_STARTS.get(name)
        if (first in starts if starts is not None else first.isdecimal()) and pattern.search(line):
            return name
    return None


def _han_count(line: str) -> int:
    """Ideographs of the basic CJK block (U+4E00…U+9FFF) in ``line``."""
    return sum(1 for ch in line if "\u4e00" <= ch <= "\u9fff")


def is_caption(line: str) -> bool:
    """Photo captions and credits (``圖片來源：…``, ``…何君健攝``) are neither body nor heading."""
    return bool(_CAPTION_END.search(line))


def is_numbered_heading(line: str) -> bool:
    """``一、總體要求``: numbered, short, and not a full sentence."""
    if numbered_style(line) is None or len(line) > MAX_NUMBERED_HEADING:
        return False
    body = re.sub(r"^\S{0,6}?[、.．）)】]", "", line, count=1)
    return not re.search(r"[。；;！!？?]", body) and body.count("，") <= 1


def is_label_heading(line: str) -> bool:
    """An interview label: ``國家林業局副局長趙明遠：`` introducing the remarks below it.

    Roles joined by commas (``全國總工會副主席，就業促進會會長王某：``) are allowed when the
    line has no sentence end and closes with a title and a name."""
    if not line.endswith(("：", ":")) or len(line) > MAX_LABEL_HEADING:
        return False
    if _han_count(line) < 4:
        return False
    body = line[:-1]
    if not SENTENCE_PUNCT.search(body):
        return True
    return not _SENTENCE_END.search(body) and ends_with_titled_name(body)


_SENTENCE_END = LazyPattern(r"[。；;！!？?…]")


def ends_with_titled_name(text: str) -> bool:
    """``…會長申屠明``: a title, then a name of two to four characters, ends the text."""
    from reader.names import plausible_name  # the name and title rules load when first needed
    from reader.roles import title_suffix

    for n in (3, 2, 4):
        if len(text) > n and plausible_name(text[-n:], strong=True) and title_suffix(text[:-n]):
            return True
    return False


def is_plain_heading(line: str) -> bool:
    """``課堂教學 解培訓核心疑問``: short, no sentence punctuation, mostly ideographs."""
    if len(line) > MAX_PLAIN_HEADING or len(line) < 3:
        return False
    core = line.strip("“”「」『』\"'")
    if SENTENCE_PUNCT.search(core) or ":" in core or "：" in core:
        return False
    if is_caption(line):
        return False
    return _han_count(line) >= 3


def heading_kind(line: str) -> str | None:
    """``numbered``, ``label`` or ``plain`` when the line can be a heading, else None."""
    if is_numbered_heading(line):
        return "numbered"
    if is_label_heading(line):
        return "label"
    if is_plain_heading(line):
        return "plain"
    return None


def assign_levels(styles: list[str | None]) -> list[int]:
    """Levels 1… by the order of numbering styles present; unnumbered heads share level 1."""
    order = [name for name, _ in NUMBERED_STYLES if name in styles]
    levels = []
    for style in styles:
        levels.append(order.index(style) + 1 if style in order else 1)
    return levels
