"""Credits and datelines: 來源, 責編, 記者, dates and agency leads, in both scripts.

Each rule is a small function over one line that returns the credits it finds with offsets
relative to the line; :func:`find_credits` runs them all. Values are cut at the first blank
because portals glue other fields and codes after them (``責任編輯：劉萬里 SF014``).

Every rule first asks a cheap question its pattern could not match without (a colon, a
記者, a closing bracket): most lines of most articles stop there, and the patterns, compiled
only when first needed (:class:`reader.patterns.LazyPattern`), mostly never are before the
window's first paint.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from reader.model import Credit
from reader.patterns import LazyPattern

LineCredit = tuple[str, int, int]
"""A credit within one line: key, start and end relative to the line."""

_SOURCE_KEYS = (
    "來源於|来源于|本文來源|本文来源|信息來源|信息来源|文章來源|文章来源|稿件來源|稿件来源|來源|来源|出處|出处"
)
_EDITOR_KEYS = "責任編輯|责任编辑|責編|责编|編輯|编辑|審核|审核|主編|主编"
_AUTHOR_KEYS = "記者|记者|作者|撰文|文字|通訊員|通讯员|撰稿|文"
_DATE_KEYS = "發佈日期|发布日期|發布日期|發佈時間|发布时间|發布時間|日期|時間|时间|更新時間|更新时间"

_KEYS: tuple[tuple[str, str], ...] = (
    ("source", _SOURCE_KEYS),
    ("editor", _EDITOR_KEYS),
    ("author", _AUTHOR_KEYS),
    ("date", _DATE_KEYS),
)

_DATE = (
    r"(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?"
    r"|\d{1,2}月\d{1,2}日)"
)
_DATE_RE = LazyPattern(_DATE)
_BLANK = " \t\u3000\u00a0"

_FIELD_RE = LazyPattern(
    rf"(?:^|(?<=[{_BLANK}|｜（(]))(?P<key>{'|'.join(k for _, k in _KEYS)})[{_BLANK}]*[:：/][{_BLANK}]*"
)
"""A ``key：value`` field; the key must start the line or follow a blank so that
``圖片來源：`` (a caption) is not read as the article's source."""

_VALUE_STOP = LazyPattern(rf"[{_BLANK}|｜）)]|$")
_EDITOR_TAIL = LazyPattern(r"[_＿(（\[【].*$|[A-Za-z]{1,4}\d{2,}$")

_AGENCY = r"本報|本报|新華社|新华社|中新社|中新網|中新网|中央社|中通社|人民網|人民网|央視網|央视网|\w{1,4}社"
_WIRE_LEAD = LazyPattern(
    rf"^[（(]?(?P<source>{_AGENCY})(?:(?:記者|记者)[{_BLANK}]*(?P<author>[\u4e00-\u9fff]{{2,3}}?))?"
    rf"(?P<place>[\u4e00-\u9fff]{{2,8}}?)(?P<date>\d{{1,2}}月\d{{1,2}}日|\d{{1,2}}日)"
    r"(?:綜合外電報導|综合外电报道|綜合報導|综合报道|專電|专电|電|电|報導|报道|報道)"
)
"""An agency's dateline, whatever it ends in: 電, 專電, 報導 or 綜合外電報導 (from wire reports)."""
_WIRE_ENDS = ("電", "电", "報導", "报道", "報道")
"""What every ending of a dateline contains."""
_WIRE_BYLINE = LazyPattern(rf"[{_BLANK}]*[（(](?:記者|记者)[{_BLANK}]*(?P<author>[^）)]+)[）)]")


def _cut_value(line: str, start: int, key: str) -> int:
    """End of a field's value: the next blank or field, trimmed of trailing codes for editors."""
    if key == "date":
        m = _DATE_RE.match(line, start)
        if m:
            return m.end()
    m = _VALUE_STOP.search(line, start)
    end = m.start() if m else len(line)
    nxt = _FIELD_RE.search(line, start + 1)
    if nxt and nxt.start() < end:
        end = nxt.start()
    if key in ("editor", "author"):
        value = line[start:end]
        tail = _EDITOR_TAIL.search(value)
        if tail and tail.start() > 0:
            end = start + tail.start()
    return end


def _key_of(word: str) -> str:
    for key, alternatives in _KEYS:
        if word in alternatives.split("|"):
            return key
    return "source"


def field_credits(line: str) -> list[LineCredit]:
    """``來源：江城日報``, ``責任編輯：何明``, ``發佈日期：2024-05-16`` anywhere on a credit line."""
    if ":" not in line and "：" not in line and "/" not in line:
        return []  # every field has its colon (or 文/)
    found: list[LineCredit] = []
    for m in _FIELD_RE.finditer(line):
        key = _key_of(m.group("key"))
        if m.group("key") == "文" and not line[m.start() : m.end()].rstrip(_BLANK).endswith("/"):
            continue  # 文 alone is a credit only as 文/某某
        start = m.end()
        end = _cut_value(line, start, key)
        if end > start:
            found.append((key, start, end))
    return found


def bare_dates(line: str) -> list[LineCredit]:
    """A date standing at the start of a portal's credit line: ``2019-09-08 00:20:15　來源: …``."""
    if not (len(line) >= 4 and line[:4].isdecimal()):  # a year first (isdecimal is \d)
        return []
    m = _DATE_RE.match(line)
    return [("date", m.start(), m.end())] if m else []


_LABELLED_DATE = LazyPattern(rf"^[\u4e00-\u9fff]{{1,4}}[{_BLANK}]+(?P<date>{_DATE})")
"""A portal's label before the date on its meta line: ``原创 2023-08-21 14:05``, ``轉載 …``."""


def labelled_date(line: str) -> list[LineCredit]:
    """The date after a short label opening a meta line (``原创 2023-08-21 14:05 来源：…``)."""
    if not any(ch.isdecimal() for ch in line[1:8]):
        return []  # the date follows at most four characters and a blank
    m = _LABELLED_DATE.match(line)
    return [("date", m.start("date"), m.end("date"))] if m else []


def _dated_head(head: str) -> bool:
    """What stands before a meta line's first field is a date with at most a short label
    around it: ``原创 2023-08-21 14:05 `` before ``来源：``."""
    key = _FIELD_RE.search(head)
    if key is not None:
        head = head[: key.start()]  # the field's own key (来源：) is no part of the head
    m = _DATE_RE.search(head)
    return m is not None and len((head[: m.start()] + head[m.end() :]).strip(_BLANK)) <= 6


def wire_lead(line: str) -> list[LineCredit]:
    """``新华社北京10月30日电（记者 王某）`` and ``（中央社記者陳文華開羅7日專電）``."""
    if "日" not in line or not any(word in line for word in _WIRE_ENDS):
        return []
    m = _WIRE_LEAD.match(line)
    if not m:
        return []
    found: list[LineCredit] = []
    if m.group("source") not in ("本報", "本报"):  # 本報北京3月6日電: the paper itself, no source
        found.append(("source", m.start("source"), m.end("source")))
    if m.group("author"):
        # A reporter's name is usually three characters; the lazy match above took two.
        a_start, a_end = m.start("author"), m.end("author")
        p_start = m.start("place")
        if m.end("place") - p_start > 2 and a_end - a_start == 2:
            a_end += 1
            p_start += 1
        found.append(("author", a_start, a_end))
        found.append(("place", p_start, m.end("place")))
    else:
        found.append(("place", m.start("place"), m.end("place")))
    found.append(("date", m.start("date"), m.end("date")))
    by = _WIRE_BYLINE.match(line, m.end())
    if by:
        names = by.group("author")
        first = re.split(r"[、,，\s]", names.strip(_BLANK))[0]
        start = by.start("author") + names.index(first)
        found.append(("author", start, start + len(first)))
    return found


_STAFF_TITLE = (
    r"(?:本報|本报|本台|本刊|本網|本网)?"
    r"(?:特約記者|特约记者|實習記者|实习记者|攝影記者|摄影记者|記者|记者|通訊員|通讯员|實習生|实习生)"
)
_BYLINE_TOKEN = LazyPattern(rf"(?P<title>{_STAFF_TITLE})?(?P<name>[\u4e00-\u9fff]{{2,4}})?")
_TOKENS = LazyPattern(rf"[^{_BLANK}、，,]+")
_STAFF_WORDS = ("記者", "记者", "通訊員", "通讯员", "實習生", "实习生")
"""What every title of :data:`_STAFF_TITLE` contains."""


def byline_line(line: str) -> list[LineCredit]:
    """A line of bylines under the title: ``本報記者 王某 通訊員 李某`` — every name is an
    author credit, so the first reporter is the article's author. Anything else on the line
    (a verb, punctuation) makes it no byline line."""
    if not any(word in line for word in _STAFF_WORDS):
        return []  # a byline line has a title
    from reader.names import plausible_name

    found: list[LineCredit] = []
    titled = False
    for tok in _TOKENS.finditer(line):
        m = _BYLINE_TOKEN.fullmatch(tok.group())
        if m is None:
            return []
        titled = titled or m.group("title") is not None
        if m.group("name"):
            glued = m.group("title") is not None
            if not titled or (glued and not plausible_name(m.group("name"), strong=True)):
                return []  # 記者手記 is a heading, 記者王某 a byline
            found.append(("author", tok.start() + m.start("name"), tok.start() + m.end("name")))
    return found if titled and found else []


_LEAD_BYLINE = LazyPattern(
    rf"^(?:本報訊|本报讯|本台訊|本台讯|本網訊|本网讯)?"
    rf"[（(〔【\[][{_BLANK}]*(?:本報|本报|本台)?(?:特約記者|特约记者|記者|记者)[{_BLANK}]*"
    rf"(?P<author>[\u4e00-\u9fff]{{2,4}}?)(?=[{_BLANK}、，,／/）)〕】\]])"
    rf"(?:[^）)〕】\]]{{0,12}}?[／/](?P<place>[\u4e00-\u9fff]{{2,6}}?)(?:報導|报道|報道|電|电))?"
)


def lead_byline(line: str) -> list[LineCredit]:
    """A reporter's credit opening the first paragraph: ``（記者 王某）10月5日，…``,
    ``本報訊（記者 王某）`` and Taiwan's ``〔記者王某／台南報導〕``."""
    if "記者" not in line and "记者" not in line:
        return []
    m = _LEAD_BYLINE.match(line)
    if not m:
        return []
    found: list[LineCredit] = [("author", m.start("author"), m.end("author"))]
    if m.group("place"):
        found.append(("place", m.start("place"), m.end("place")))
    return found


_BRACKETED_BYLINE = LazyPattern(
    rf"[（(][{_BLANK}]*(?:(?:[\u4e00-\u9fff]{{2,8}}?)?{_STAFF_TITLE}[{_BLANK}]*[:：/／]?"
    rf"|(?:撰稿|撰文|文字|作者|文)[{_BLANK}]*[:：/／])"
    rf"[{_BLANK}]*(?P<who>[\u4e00-\u9fff]{{2,4}}(?:[{_BLANK}、，,]+[\u4e00-\u9fff]{{2,4}}){{0,3}})"
    rf"[{_BLANK}]*[）)]\s*$"
)
_NAME_SEP = LazyPattern(rf"[{_BLANK}、，,]+")


def _ends_in_bracket(line: str) -> bool:
    """The line ends in a closing bracket, blanks aside (``[）)]\\s*$``: rstrip drops \\s)."""
    return line.rstrip().endswith(("）", ")"))


def bracketed_byline(line: str) -> list[LineCredit]:
    """A byline in brackets closing a section or the article, ``（記者 王某 李某）``, or a labelled
    credit ``（撰稿：王某）``, ``（文/王某）``: its names, all of them, are the author."""
    if not _ends_in_bracket(line):
        return []
    m = _BRACKETED_BYLINE.search(line)
    if not m or (m.start() > 0 and line[m.start() - 1] not in "。！？!?」”"):
        return []
    from reader.names import plausible_name

    if not all(plausible_name(name, strong=True) for name in _NAME_SEP.split(m.group("who"))):
        return []  # （記者之家） names no reporter
    return [("author", m.start("who"), m.end("who"))]


def is_bracketed_byline(line: str) -> bool:
    """A line that is nothing but a byline in brackets: a credit, never remarks or a heading."""
    stripped = line.strip(_BLANK)
    if not stripped.startswith(("（", "(")) or not _ends_in_bracket(stripped):
        return False
    # From its first character: （一）…。（記者 王某） is a paragraph that ends in a byline.
    return _BRACKETED_BYLINE.match(stripped) is not None and bool(bracketed_byline(stripped))


def trailing_contributor(line: str) -> list[LineCredit]:
    """A last paragraph ending in ``（德清縣發改局）``, or that alone on the last line
    (``（市衛健委供稿）``): the contributing desk or reporter."""
    if not _ends_in_bracket(line):
        return []
    byline = bracketed_byline(line)
    if byline:
        return byline
    m = re.search(r"[（(](?P<who>[\u4e00-\u9fff]{2,12}?)(?:供稿|供圖|供图)?[）)]\s*$", line)
    if m and (m.start() == 0 or line[m.start() - 1] in "。！？!?」”") and m.group("who") not in _NOT_CREDIT:
        return [("author", m.start("who"), m.end("who"))]
    return []


_NOT_CREDIT = frozenset(("待續", "待续", "全文完", "未完待續", "未完待续", "完結", "完结", "節選", "节选"))
"""Bracketed words that end an article without crediting anyone."""


def trailing_code_date(line: str) -> list[LineCredit]:
    """A wire's date code glued to the last sentence: CNA's ``…使者。」1050504`` (ROC 105-05-04)."""
    if not line.rstrip()[-1:].isdecimal():
        return []
    m = re.search(r"(?<=[。！？!?」”])(?P<code>\d{7})\s*$", line)
    if m:
        return [("date", m.start("code"), m.end("code"))]
    return []


LINE_RULES: tuple[Callable[[str], list[LineCredit]], ...] = (
    field_credits,
    bare_dates,
    labelled_date,
    wire_lead,
    byline_line,
    bracketed_byline,
)
"""Rules for lines at either end of the article."""


def is_credit_line(line: str) -> bool:
    """A line made of credit fields (and button labels like 舉報) or bylines, not a sentence."""
    stripped = line.strip(_BLANK)
    if not stripped:
        return False
    if byline_line(stripped) or is_bracketed_byline(stripped):
        return True
    found = field_credits(stripped) + bare_dates(stripped)
    if not found:
        return bool(re.fullmatch(r"[（(](?:原標題|原标题)[:：].*[）)]", stripped))
    if re.search(r"[。！？；;]", stripped) and not re.match(rf"({_SOURCE_KEYS}|{_EDITOR_KEYS})", stripped):
        return False
    first = min(start for _key, start, _end in found)
    # The line starts with a field or a date (after its key).
    head = stripped[:first]
    return (
        len(head) <= 6 or bool(_FIELD_RE.match(stripped)) or bool(bare_dates(stripped)) or _dated_head(head)
    )


def credits_in_line(
    line: str, offset: int, rules: Iterable[Callable[[str], list[LineCredit]]]
) -> list[Credit]:
    """Run rules over one line and turn their relative spans into model credits."""
    out: list[Credit] = []
    seen: set[LineCredit] = set()
    for rule in rules:
        for found in rule(line):
            if found in seen:
                continue  # two rules reading the same credit (（撰稿：王某）) give it once
            seen.add(found)
            key, start, end = found
            value = line[start:end]
            stripped = value.strip(_BLANK)
            if not stripped:
                continue
            lead = len(value) - len(value.lstrip(_BLANK))
            s = offset + start + lead
            out.append(Credit(key=key, value=stripped, start=s, end=s + len(stripped)))
    return out
