"""Which lines of a plain-text article are section headings, and at what level.

Chinese news marks sections in a few ways: numbered heads (一、 （一） 1. 第三章), 【…】 heads,
an interview's speaker label (``商務部部長王文濤：``), and short unpunctuated lines
(``課堂教學 解培訓核心疑問``). The last is the dangerous one: a short body line must not
become a heading, so it needs no sentence punctuation, a few ideographs, and body text after it.
"""

from __future__ import annotations

import re

from reader.names import plausible_name
from reader.roles import title_suffix

_CN_NUM = "一二三四五六七八九十百零〇两兩"
NUMBERED_STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第[{_CN_NUM}\d]+[章節节篇部回卷](?:[\s\u3000:：、.．]|$)")),
    ("part", re.compile(rf"^第[{_CN_NUM}\d]+(?:部分|節|节)")),
    ("cn", re.compile(rf"^[{_CN_NUM}]+[、.．]")),
    ("cn_paren", re.compile(rf"^[（(][{_CN_NUM}]+[）)]")),
    ("arabic", re.compile(r"^\d{1,2}[、.．](?!\d)")),
    ("arabic_paren", re.compile(r"^[（(]\d{1,2}[）)]")),
    ("bracket", re.compile(r"^【[^】]{1,30}】$")),
)
"""Numbered heading styles from the outermost to the innermost, as Chinese documents nest them."""

SENTENCE_PUNCT = re.compile(r"[。，,；;！!？?…]|[.](?!\d)")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_CAPTION_END = re.compile(r"[攝摄]\s*$|^(?:圖片來源|图片来源|圖片|图片|圖／|图/|圖/|攝影|摄影)")
MAX_PLAIN_HEADING = 30
MAX_NUMBERED_HEADING = 40
MAX_LABEL_HEADING = 45


def numbered_style(line: str) -> str | None:
    """The numbering style a short line starts with, if any."""
    for name, pattern in NUMBERED_STYLES:
        if pattern.search(line):
            return name
    return None


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
    if len(_HAN.findall(line)) < 4:
        return False
    body = line[:-1]
    if not SENTENCE_PUNCT.search(body):
        return True
    return not _SENTENCE_END.search(body) and ends_with_titled_name(body)


_SENTENCE_END = re.compile(r"[。；;！!？?…]")


def ends_with_titled_name(text: str) -> bool:
    """``…會長申屠明``: a title, then a name of two to four characters, ends the text."""
    for n in (3, 2, 4):
        if len(text) > n and plausible_name(text[-n:], strong=True) and title_suffix(text[:-n]):
            return True
    return False


def is_plain_heading(line: str) -> bool:
    """``課堂教學 解培訓核心疑問``: short, no sentence punctuation, mostly ideographs."""
    if len(line) > MAX_PLAIN_HEADING or len(line) < 3:
        return False
    core = line.strip("“”「」『』\"'")
    if SENTENCE_PUNCT.search(core) or re.search(r"[:：]", core):
        return False
    if is_caption(line):
        return False
    return len(_HAN.findall(line)) >= 3


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
