"""People named in an article, with their roles, by the conventions of Chinese news.

A name is only taken where the text gives a cue that it is one, each cue a small rule below:
a title or an organisation right before it (``市住建局副局長孟永生``), a title after it
(``羅曉燕秘書長``), a verb of saying (``刘海云表示``), a list of names (``周立新、吴晓梅、郑海``),
brackets after it holding a year, a Latin name, a place in a photo or a role (``孙一鸣(2016年)``,
``白禮文（Peter Brown）``, ``王某（右）``), ``同志``, ``先生``/``女士``, an age before it, ``一行``,
a copula with a role (``…是…的總裁``), an appointment (``任命…為…``), a byline (``記者 王某``)
or a middle dot (``唐納德·特朗普``). Where the name ends is decided in :mod:`reader.names`,
what its roles are in :mod:`reader.roles`.

Surnames that are mostly ordinary words (區, 應, 路) need the strongest cues: a title right
before the name, a verb of saying after it with only punctuation before, or a place between
two names of a list. A list keeps the members that are names when one is not; a middle dot
wins over a Chinese reading of its first part (``安娜·…``), but not inside a quoted slogan.

Once a person is known, every later full name, short name (陳李 for 陳李美華), surname with a
title (孟局長) and 他/她 right after them become mentions of the same person.

Only the article's text is read (title, deck, headings, paragraphs, quotes, lists), never the
credits or captions; a reporter's dateline (``〔記者林某／台北報導〕``, a line of bylines) is a
credit too: they name the staff who made the article, not the people it is about.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass

from reader import names as nm
from reader import roles as rl
from reader.model import Block, Document, Mention, MentionKind, Person, Role
from reader.names import words

BODY_KINDS = frozenset({"title", "deck", "heading", "paragraph", "quote", "list"})
"""Blocks whose text can name people of the story."""

SPEECH_VERBS = words(
    "說 说 表示 認為 认为 指出 介紹 介绍 強調 强调 稱 称 透露 坦言 回應 回应 直言 提到 提出 解釋 解释 "
    "補充 补充 告訴 告诉 建議 建议 呼籲 呼吁 重申 談到 谈到 講 讲 回答 問 问 寫道 写道 相信 希望 覺得 "
    "觉得 坦承 承認 承认 宣布 宣佈 預計 预计 分析 感嘆 感叹 笑言 笑稱 笑称 批評 批评 主張 主张 發言 发言 "
    "說道 说道 問道 问道 答道 指 提醒 總結 总结 分享 評價 评价 解讀 解读 舉例 举例 憶述 忆述 回憶 回忆"
)
"""Verbs after which the subject is a speaker: ``X表示``, ``X說``."""

_ADVERBS = re.compile(
    r"(?:也|还|還|则|則|又|亦|更|再次|再度|曾|曾经|曾經|当时|當時|随后|隨後|今天|今日|昨天|昨日|今早|"
    r"[今昨前明]?[（(]\d{1,2}[）)]日|\d{1,2}日|上午|下午|中午|晚上|晚間|晚间|早上|凌晨|近日|稍早|稍後|稍后|"
    r"受訪時?|受访时?|透過[^，。]{1,8}?|透过[^，。]{1,8}?|发文|發文|撰文|留言|发帖|發帖|发声明|發聲明|"
    r"接受[^，。！？]{1,14}?[訪访][問问]?[時时]|"
    r"日前|近日|此前|早前|进一步|進一步|还曾|還曾|更是|也曾|便|就|即|同时|同時|明确|明確|直接|"
    r"接受\S{1,12}?(?:采访|採訪)时|接受\S{1,12}?(?:采访|採訪)時|对记者|對記者|向记者|向記者|"
    r"在[^，。！？；：,.!?;:“”「」]{1,30}?[上中时時后後]|[，,]|"
    r"[" + "".join(sorted(nm.MANNER_VERBS)) + r"][着著]|[\u4e00-\u9fff]{2}地|连忙|連忙|赶忙|趕忙|急忙)*"
)
"""What may stand between a speaker's name and the verb: adverbs, ``在…上``, ``接受…採訪時``."""

BYLINE_TITLES = frozenset(words("記者 记者 通訊員 通讯员 實習生 实习生 攝影記者 摄影记者 特約記者 特约记者"))
"""Titles that make a name a byline (mention kind ``byline``)."""

CREDIT_TITLES = frozenset(
    words("編輯 编辑 責編 责编 校對 校对 審校 审校 監製 监制 攝影 摄影 統籌 统筹 美編 美编 主編 主编 作者")
)
"""Desk titles that, on a line of their own, credit staff rather than name people of the story."""

_LEFT_WORDS = words(
    "據 据 而 但 則 则 并 並 和 與 与 及 由 讓 让 請 请 向 對 对 的 引述 表示 稱 称 說 说 指 問 问 追問 追问 "
    "問及 问及 感謝 感谢 邀請 邀请 會見 会见 陪同 包括 如 是 為 为 被 給 给 跟 同 把 將 将 以及 有關 有关 "
    "就 當 当 令 使 叫 替 至 到 經 经 聽 听 看 見 见 找 與會 和 或 暨 由於 由于 連同 连同"
)
"""Words after which a new name can start."""

_YEAR_PAREN = re.compile(r"[（(]\s*\d{4}\s*年")
_LATIN_UPPER = "A-ZÀ-ÖØ-ÞĀ-ɏ"
_LATIN_LOWER = "a-zß-öø-ÿĀ-ɏ"
_LATIN_NAME = re.compile(
    rf"[（(]\s*((?:[{_LATIN_UPPER}][{_LATIN_LOWER}'’\-]+\.?\s+){{1,3}}[{_LATIN_UPPER}][{_LATIN_LOWER}'’\-]+)\s*[）)]"
)
"""``（Victor Mallet）``, ``（Jorge Peña）``: Latin letters with their accents (Latin-1 and Extended-A/B)."""
_NOT_LATIN_NAME = re.compile(
    r"\b(?:TV|Cable|News|Watch|Times|Press|Day|Freedom|Rights|University|Bank|Group|Company|Party|"
    r"Council|Association|Institute|Agency|Post|Journal|Daily|Review|Radio|Network|Foundation|League|"
    r"Committee|Ministry|Office|Center|Centre|Fund|Corporation|Limited|Holdings|Street|Road|City)\b"
)
_POSITION_PAREN = re.compile(
    r"[（(](?:(?:左|右|中|前排|後排|后排)[一二三四五六七八九起]?|化名\S{0,3}|音譯|音译)[）)]"
)
_PRONOUN = re.compile(r"(?<![其吉利排自])[他她](?![們们人国國鄉乡方处處者日物殺杀])")
_BLANKS = " \t\u3000\u00a0"


@dataclass(slots=True)
class Found:
    """A name found by a rule inside one block, before people are merged."""

    start: int
    end: int
    name: str
    kind: MentionKind = "name"
    guessed: bool = False
    """The end was guessed (three characters after a title, no known word after them)."""
    lead: int = -1
    """For a later name in a list, where the list's first name starts: ``副市長李強、張華``
    gives 張華 the title written before 李強."""


Rule = Callable[[str, int, int, int], "Found | None"]
"""A cue rule: (text, position, block start, end of the previous name) → a name starting there."""


# --- helpers -------------------------------------------------------------------------------


def _skip_blanks_back(text: str, i: int, lo: int) -> int:
    while i > lo and text[i - 1] in _BLANKS:
        i -= 1
    return i


def left_ok(text: str, i: int, lo: int) -> bool:
    """A new name may start at ``i``: after punctuation, the block start, or a linking word."""
    if i <= lo or not nm.is_han(text[i - 1]):
        return True
    return text.endswith(_LEFT_WORDS, lo, i)


def speech_follows(text: str, i: int, hi: int) -> bool:
    """A verb of saying follows at ``i``, possibly after adverbs or ``在…上``."""
    m = _ADVERBS.match(text, i, hi)
    j = m.end() if m else i
    return text.startswith(SPEECH_VERBS, j)


def _title_after(text: str, end: int, hi: int) -> int:
    """Length of a title right after a name that is itself followed by a boundary."""
    n = rl.title_at(text, end)
    if n and end + n <= hi and (nm.is_boundary(text, end + n) or text.startswith(("等", "一行"), end + n)):
        return n
    return 0


_NAME_END_SPREAD = 4
"""A name found by :func:`reader.names.name_end` at ``i`` ends at ``i + 2`` … ``i + 5``: the
rules look there for the word that must follow before asking where the name ends."""
_SUFFIX_REACH = max(rl.TITLE_MAX, 8)
"""How much of the text before a position :func:`reader.roles.title_suffix` reads."""


def _org_before(text: str, prev: int, i: int) -> int:
    """``rl.org_suffix(text[prev:i])`` without copying a long stretch that ends in no organisation."""
    if i > prev and text[i - 1] not in "）)" and not text.endswith(rl.ORG_SUFFIXES, prev, i):
        return 0
    return rl.org_suffix(text[prev:i])


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


class Occupied:
    """Which characters already belong to a mention, so later rules never overlap one."""

    def __init__(self, size: int) -> None:
        self._used = bytearray(size + 1)

    def add(self, start: int, end: int) -> None:
        self._used[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return 1 in self._used[start:end]

    def last_end_before(self, pos: int, lo: int) -> int:
        """End of the nearest occupied stretch before ``pos`` (``lo`` if none)."""
        k = self._used.rfind(1, lo, pos)
        return lo if k < 0 else k + 1


# --- rules: each finds a name starting at position i, given a cue ---------------------------


def titled_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A title right before the name: ``副局長孟永生``, ``記者 王某`` (a byline)."""
    j = _skip_blanks_back(text, i, prev)
    if j <= prev or text[j - 1] not in rl.TITLE_LAST_CHARS:
        return None
    n = rl.title_suffix(text[max(prev, j - _TITLE_REACH) : j])
    if not n:
        return None
    end = nm.name_end(text, i, extra=_TITLE_EXTRA, strong=True)
    guessed = False
    if end is None:
        # 國防部長范德賴恩表示: a transliterated name that starts like a surname.
        translit = nm.translit_name_end(text, i)
        if translit is not None and translit - i >= 3:
            end = translit
        else:
            end = _three_characters(text, i)
            guessed = True
    if end is None:
        return None
    title = text[j - n : j]
    if rl.COUNTED.search(text, max(prev, j - n - 8), j - n) and text[end : end + 1] not in "、和与與及":
        return None  # 請五位處長談發展: a title for several names a list, or no one
    kind: MentionKind = "byline" if title in BYLINE_TITLES and text[end : end + 1] not in "說说表" else "name"
    return Found(i, end, text[i:end], kind, guessed=guessed)


def settle_guesses(text: str, blocks: list[Block], found: list[Found]) -> None:
    """A three-character guess (``主教練李鐵排出陣容``) becomes two characters when the article
    writes those two elsewhere before a clear boundary (``李鐵對球員``) and never the three."""
    for f in found:
        if not f.guessed:
            continue
        three, two = f.name, f.name[:2]
        elsewhere_three = elsewhere_two = False
        for b in blocks:
            for m in re.finditer(re.escape(two), text[b.start : b.end]):
                k = b.start + m.start()
                if k == f.start:
                    continue
                if text.startswith(three, k):
                    elsewhere_three = True
                elif nm.is_boundary(text, k + 2):
                    elsewhere_two = True
        if elsewhere_two and not elsewhere_three:
            f.end = f.start + 2
            f.name = two


def _three_characters(text: str, i: int) -> int | None:
    """After a title, a three-character name even when the verb after it is not a known one
    (``局長王文濤宣佈``), as long as no shorter name ends at a boundary."""
    end = i + 3
    if nm.surname_length(text, i) != 1 or end > len(text) or not nm.plausible_name(text[i:end]):
        return None
    if nm.name_suffix_at(text, end) or not nm.is_han(text[end]):
        return None
    return end


def org_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """An organisation right before the name, and a clear end after it: ``研究所许峰荣获``."""
    if i == prev or not _org_before(text, prev, i):
        return None
    end = nm.name_end(text, i, extra=_TITLE_EXTRA)
    if end is None or not rl.roles_before(text, prev, i):
        return None
    return Found(i, end, text[i:end])


def name_with_title_after(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A title right after the name: ``孟永生副局長``, ``罗晓燕秘书长等``."""
    if not (left_ok(text, i, lo) or _org_before(text, prev, i)):
        return None
    if not any(_title_after(text, e, len(text)) for e in range(i + 2, i + 2 + _NAME_END_SPREAD)):
        return None  # no title could follow any name starting here
    end = nm.name_end(text, i, extra=_TITLE_EXTRA)
    if end is None or not _title_after(text, end, len(text)):
        return None
    return Found(i, end, text[i:end])


def delegation_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``王建國一行``: a delegation led by a named person."""
    if text.find("一行", i + 3, i + 2 + _NAME_END_SPREAD + 1) < 0:
        return None
    end = nm.name_end(text, i)
    if end is None or end - i < 3 or not text.startswith("一行", end) or not left_ok(text, i, lo):
        return None
    return Found(i, end, text[i:end])


_HONORIFICS = words("先生 女士 小姐 夫婦 夫妇 伉儷 伉俪 等人 一家人")
_HONORIFIC_FIRSTS = frozenset(w[0] for w in _HONORIFICS)
_AGE_BEFORE = re.compile(
    r"(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?:歲|岁|週歲|周岁)(?:的[\u4e00-\u9fff]{0,6})?$"
)
_UNDER = re.compile(
    r"的(?:带领|帶領|陪同|邀请|邀請|见证|見證|主持|指导|指導|率领|率領|关心|關心|支持|推动|推動|倡议|倡議)下"
)


def honoured_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``王大明先生``, ``李小紅女士``, ``王某等人``: a full name with an honorific or 等人."""
    if _HONORIFIC_FIRSTS.isdisjoint(text[i + 2 : i + 2 + _NAME_END_SPREAD]):
        return None
    end = nm.name_end(text, i, extra=_HONORIFICS)
    if end is None or not text.startswith(_HONORIFICS, end) or not left_ok(text, i, lo):
        return None
    return Found(i, end, text[i:end])


def aged_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``今年52歲的王大明``, ``19歲的本土新星王大明``: an age (and a few words) before the name."""
    back = max(lo, i - 16)
    if text.find("歲", back, i) < 0 and text.find("岁", back, i) < 0:
        return None  # every age ends in 歲 or 岁: skip the pattern
    if not _AGE_BEFORE.search(text, back, i):
        return None
    end = nm.name_end(text, i)
    if end is None:
        return None
    return Found(i, end, text[i:end])


def led_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``在王大明的帶領下``: someone who leads, accompanies or invites."""
    if not text.endswith("在", lo, i):
        return None
    end = nm.name_end(text, i)
    if end is None or not _UNDER.match(text, end):
        return None
    return Found(i, end, text[i:end])


def comrade_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``王某同志``: the party's form of address."""
    if text.find("同志", i + 2, i + 2 + _NAME_END_SPREAD + 1) < 0:
        return None
    end = nm.name_end(text, i)
    if end is None or not text.startswith("同志", end) or not left_ok(text, i, lo):
        return None
    return Found(i, end, text[i:end])


def speaker_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A verb of saying after the name: ``刘海云表示``, ``陈立人在…峰会上又表示``."""
    if not left_ok(text, i, lo):
        return None
    end = nm.name_end(text, i)
    if end is None or not speech_follows(text, end, len(text)):
        return None
    after_quote = i > lo and text[i - 1] in "”」』"
    if end - i < 3 and not (after_quote or _personal_verb_at(text, end)):
        return None  # two characters and 表示 (韓國表示, 高盛表示) are too often a country or a firm
    return Found(i, end, text[i:end])


def ambiguous_speaker(text: str, i: int, lo: int, prev: int) -> Found | None:
    """An ambiguous surname (區, 應) before a verb a person uses, with nothing but punctuation
    or the block start before it: ``，區志明說``. Three characters only: 區政府 is no person."""
    if i > lo and nm.is_han(text[i - 1]):
        return None
    end = nm.name_end(text, i, strong=True)
    if end is None or end - i != 3 or not _personal_verb_at(text, end):
        return None
    return Found(i, end, text[i:end])


_PERSONAL_VERBS = words("說 说 說道 说道 告訴 告诉 笑說 笑说 坦言 直言 回憶 回忆 感嘆 感叹 問道 问道 答道")


def _personal_verb_at(text: str, i: int) -> bool:
    """``X說``, ``X告訴記者``: verbs a person uses, unlike 表示 or 指出 that firms use too."""
    return text.startswith(_PERSONAL_VERBS, i)


def bracketed_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """Brackets after the name: a year (``孙一鸣(2016年)``), a Latin name (``白禮文（Peter Brown）``),
    a place in a photo (``王某（左）``) or a role (``王某（南方大學教授）``)."""
    window = text[i + 2 : i + 2 + _NAME_END_SPREAD]
    if "（" not in window and "(" not in window:
        return None  # every cue here opens a bracket right after the name
    end = nm.name_end(text, i)
    if end is None:
        end = nm.translit_name_end(text, i)
        if end is None or not _latin_name_at(text, end):
            return None
        return Found(i, end, text[i:end])
    if _YEAR_PAREN.match(text, end) or _POSITION_PAREN.match(text, end) or _latin_name_at(text, end):
        return Found(i, end, text[i:end])
    if rl.role_in_brackets(text, end) is not None and left_ok(text, i, lo):
        return Found(i, end, text[i:end])
    return None


def name_in_brackets(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A name alone in brackets after its title: ``發言人（王某）``."""
    if i - 1 < prev or text[i - 1] not in "（(" or not rl.title_suffix(text[prev : i - 1]):
        return None
    end = nm.name_end(text, i)
    if end is None or text[end : end + 1] not in "）)":
        return None
    return Found(i, end, text[i:end])


def copular_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``X是…的總裁``: the sentence gives the role with 是 (or 現任, 擔任)."""
    if not left_ok(text, i, lo):
        return None
    end = nm.name_end(text, i)
    if end is None:
        return None
    after = _after_latin(text, end)
    if not rl.COPULA_START.match(text, after):
        return None  # no copula: the clause need not be measured
    if rl.role_after_copula(text, after, _clause_limit(text, after)) is None:
        return None
    return Found(i, end, text[i:end])


def appointed_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``任命王大明為市規劃局局長``: an appointment names the person and the post."""
    if not text.endswith(_APPOINT_VERBS, lo, i):
        return None
    end = nm.name_end(text, i)
    if end is None or rl.role_after_copula(text, end, _clause_limit(text, end)) is None:
        return None
    return Found(i, end, text[i:end])


_APPOINT_VERBS = words("任命 提名 聘任 聘請 聘请 推舉 推举 推選 推选 選舉 选举 委任 增補 增补")


def dismissed_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``免去李小紅的市規劃局局長職務``: a dismissal names the person."""
    if not text.endswith(("免去", "免除", "撤銷", "撤销"), lo, i):
        return None
    end = nm.name_end(text, i)
    if end is None or not re.match(r"(?:同志)?的[^，。；]{2,30}?(?:職務|职务)", text[end : end + 36]):
        return None
    return Found(i, end, text[i:end])


_SEX_AFTER = re.compile(r"[，,（(]\s*(?:男|女)\s*[，,）)]")


def profiled_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """``王大明，男，1965年生``: a profile gives the sex right after the name."""
    after = text[i + 2 : i + 2 + _NAME_END_SPREAD]
    if not any(ch in "，,（(" for ch in after):
        return None
    if not any(_SEX_AFTER.match(text, e) for e in range(i + 2, i + 2 + _NAME_END_SPREAD)):
        return None
    end = nm.name_end(text, i)
    if end is None or not _SEX_AFTER.match(text, end) or not left_ok(text, i, lo):
        return None
    return Found(i, end, text[i:end])


def labelled_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """An interview label at the start of a block: ``王文濤：``."""
    if i != lo:
        return None
    end = nm.name_end(text, i)
    if end is None or end - i < 3 or text[end : end + 1] not in "：:":
        return None
    return Found(i, end, text[i:end])


def titled_translit_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A transliterated name after a title, before a verb of saying: ``總統特朗普表示``."""
    j = _skip_blanks_back(text, i, prev)
    if j <= prev or text[j - 1] not in rl.TITLE_LAST_CHARS:
        return None
    if not rl.title_suffix(text[max(prev, j - _SUFFIX_REACH) : j]):
        return None
    end = nm.translit_name_end(text, i)
    if end is None:
        return None
    if nm.is_han(text[end : end + 1] or "。") and not speech_follows(text, end, len(text)):
        return None
    return Found(i, end, text[i:end])


_PLACE_OR_ORG = frozenset("市县縣区區镇鎮村乡鄉省州局院所校团團队隊厂廠店")
_JOINERS = frozenset(("和", "及", "与", "與", "以及", "同", "跟"))


def joined_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A second name joined to the one just found: ``選手苗某和付某``, ``局長王某與李某``."""
    if prev <= lo or text[prev:i] not in _JOINERS:
        return None
    end = nm.name_end(text, i)
    guessed = end is None
    if end is None:
        end = _three_characters(text, i)  # 苗某和付小川分獲: as after a title
        if end is not None and text[end] in _PLACE_OR_ORG:
            return None  # 和張家界市: a place
    if end is None or end - i < 3:
        return None  # two characters after 和 are too often a place or a word
    return Found(i, end, text[i:end], guessed=guessed)


def byline_follower(text: str, i: int, last: Found) -> Found | None:
    """More names after a byline, set apart by blanks: ``記者 張曉明 李華``."""
    gap = text[last.end : i]
    if not gap or gap.strip(_BLANKS):
        return None
    end = nm.name_end(text, i)
    if end is None or (end < len(text) and text[end] not in _BLANKS + "）)\n"):
        return None
    return Found(i, end, text[i:end], "byline")


STRONG_RULES: tuple[Rule, ...] = (titled_name, ambiguous_speaker)
"""Rules that may start a name with an ambiguous surname: the context announces a name."""

CHINESE_RULES: tuple[Rule, ...] = (
    titled_name,
    org_name,
    name_with_title_after,
    comrade_name,
    honoured_name,
    aged_name,
    led_name,
    delegation_name,
    name_in_brackets,
    bracketed_name,
    speaker_name,
    copular_name,
    appointed_name,
    dismissed_name,
    profiled_name,
    labelled_name,
    joined_name,
)
"""Rules tried at each position where a surname starts, in order."""

_TITLE_EXTRA = nm.WordList(
    (*sorted(rl.TITLE_WORDS, key=len, reverse=True), "副", "總", "总", "常務", "常务")
)
_TITLE_REACH = 12
"""How far back a title right before a name is looked for (the longest title and blanks)."""


def _latin_name_at(text: str, i: int) -> bool:
    m = _LATIN_NAME.match(text, i)
    return m is not None and not _NOT_LATIN_NAME.search(m.group(1))


def _after_latin(text: str, end: int) -> int:
    """Skip a bracketed Latin name or position after a name."""
    m = _LATIN_NAME.match(text, end) or _POSITION_PAREN.match(text, end)
    return m.end() if m else end


_CLAUSE_END = re.compile(r"[。！？；!?;\n]")


def _clause_limit(text: str, i: int) -> int:
    m = _CLAUSE_END.search(text, i)
    return m.start() if m else len(text)


def dotted_name(text: str, i: int, lo: int, prev: int) -> Found | None:
    """A foreign or ethnic name with a middle dot: ``唐納德·特朗普``, ``阿卜杜拉·买买提``.

    After a title the first part is taken whole back to the title (``部長卡蜜拉·羅哈斯``) even
    with a character the transliteration list lacks. A dot inside a short quoted slogan
    (``“数实融合·智造未来”``) or after a one-character part glued to a word is no name."""
    titled = _title_ends_at(text, i, prev)
    if text[i] not in nm.TRANSLIT or (i > prev and text[i - 1] in nm.TRANSLIT and not titled):
        return None
    j = i
    while j < len(text) and j - i < 10 and (
        text[j] in nm.TRANSLIT or (titled and j - i < 6 and nm.is_han(text[j]))
    ):
        j += 1
    span = nm.foreign_name_span(text, j, prev, first=i if titled else None)
    if span is None:
        return None
    start, end = span
    start = max(start, i)
    if not titled:
        start = _back_to_title(text, start, prev)  # 總理蓓蒂娜·: 蓓 is no transliteration character
        titled = start < i
    if j - start == 1 and start > lo and nm.is_han(text[start - 1]) and not titled:
        return None  # 融合·智造: one character glued to the word before it
    if in_short_quote(text, start, end, lo):
        return None
    # 主席普京·… : the title's last character is not part of the name.
    for k in range(start + 1, j):
        if rl.title_suffix(text[prev:k]) and k - prev >= 2:
            start = k
    if j - start < 1:
        return None
    return Found(start, end, text[start:end])


def _title_ends_at(text: str, i: int, prev: int) -> bool:
    """A title ends right before ``i`` (blanks between allowed)."""
    j = _skip_blanks_back(text, i, prev)
    if j <= prev or text[j - 1] not in rl.TITLE_LAST_CHARS:
        return False
    return rl.title_suffix(text[max(prev, j - _TITLE_REACH) : j]) > 0


def _back_to_title(text: str, start: int, prev: int, reach: int = 3) -> int:
    """Where a dotted name's first part begins when a title ends a few characters before
    ``start`` with nothing but ideographs (no stop word) in between; else ``start``."""
    if _title_ends_at(text, start, prev):
        return start
    for k in range(start - 1, max(prev, start - reach) - 1, -1):
        if not nm.is_han(text[k]) or nm.stop_word_at(text, k) is not None:
            break
        if k > prev and _title_ends_at(text, k, prev):
            return k
    return start


_OPENING_MARKS = "“「『‘\""
_CLOSING_MARKS = "”」』’\""


def in_short_quote(text: str, start: int, end: int, lo: int, reach: int = 12) -> bool:
    """``text[start:end]`` lies inside a short quotation with no sentence in it: a slogan."""
    k = start - 1
    while k >= max(lo, start - reach):
        ch = text[k]
        if ch in _OPENING_MARKS:
            break
        if ch in _CLOSING_MARKS or ch in "，。！？；：,!?;:":
            return False
        k -= 1
    else:
        return False
    for m in range(end, min(len(text), end + reach)):
        ch = text[m]
        if ch in _CLOSING_MARKS:
            return True
        if ch in "，。！？；：,!?;:\n":
            return False
    return False


_PAREN_AFTER = re.compile(r"[（(][^）)]{1,12}[）)]")
_LIST_JOIN = re.compile(r"(?:和|及|与|與|以及)")


def _first_item(text: str, end: int, lo: int) -> int | None:
    """Start of the name that ends a list's first item: ``大佬周立新`` → 周立新, ``副校长王芳`` → 王芳."""
    for n in (3, 2, 4):
        start = end - n
        if start < lo:
            continue
        name = text[start:end]
        if not nm.plausible_name(name) or (n == 4 and name[1] not in nm.SINGLE_SURNAMES):
            continue
        if n == 4 and start > lo and nm.is_han(text[start - 1]):
            continue
        return start
    return None


def _exact_first_item(text: str, end: int, lo: int) -> int | None:
    """A list's first item standing alone after punctuation (``名單：查文靜、``): the whole
    item is the name, so an ambiguous surname counts and 文靜 is not read out of 查文靜."""
    start = end
    while start > lo and end - start < 5 and nm.is_han(text[start - 1]):
        start -= 1
    if start > lo and nm.is_han(text[start - 1]):
        return None
    if not 3 <= end - start <= 4 or not nm.plausible_name(text[start:end], strong=True):
        return None
    return start


def _cued_first_item(text: str, end: int, lo: int) -> int | None:
    """A list's first item right after its cue (``包括查文博、``): the cue vouches for the
    name, so a surname that is also a verb (談, 查, 解) counts."""
    for n in (3, 2, 4):
        start = end - n
        if start <= lo or not nm.plausible_name(text[start:end], strong=True):
            continue
        if _LIST_CUE.search(text, max(lo, start - 8), start):
            return start
    return None


_EXACT_ITEM = re.compile(r"[\u3400-\u9fff]{2,4}(?=[、，,。；;：:（(）)]|$)")


def _next_item(text: str, start: int, hi: int) -> int | None:
    """End of the name that starts a list item at ``start`` (before its brackets or boundary)."""
    m = _EXACT_ITEM.match(text, start, hi)
    end = nm.name_end(text, start, hi)
    if m and nm.plausible_name(m.group(0)) and (len(m.group(0)) <= 3 or end == m.end()):
        return m.end()
    if end is None:
        return None
    return end


_LIST_MEMBER = re.compile(r"[\u3400-\u9fff]{2,4}?(?=[、（(。，,；;]|等|$)")
"""A short member of a 、-list that is no known name (an unknown or ambiguous surname)."""
_LIST_CUE = re.compile(
    r"(?:(?:为|為|有|是|名单|名單|如下|分别是|分別是)[：:]|包括|分别为|分別為|分别是|分別是)[ \t\u3000]*$"
)
"""Words that announce a list of names: ``獲獎者分別為：``, ``包括``."""


def list_members(text: str, k: int, lo: int, hi: int) -> tuple[list[tuple[int, int, bool]], int, bool]:
    """The members of the 、-list whose first 、 is at ``k``: (start, end, is a name) each, where
    the list ends, and whether a member carries a bracketed note (``（生命科學領域）``)."""
    item_end = k
    m = re.search(r"[（(][^）)]{1,12}[）)]$", text[max(lo, k - 14) : k])
    noted = m is not None
    if m:
        item_end = max(lo, k - 14) + m.start()
    first = _exact_first_item(text, item_end, lo)
    if first is None:
        first = _cued_first_item(text, item_end, lo)
    if first is None:
        first = _first_item(text, item_end, lo)
    items: list[tuple[int, int, bool]] = [(first, item_end, True)] if first is not None else []
    pos = k
    while pos < hi and text[pos] == "、":
        start = pos + 1
        end = _next_item(text, start, hi)
        if end is None:
            other = _LIST_MEMBER.match(text, start, hi)
            if other is None or not any(ok for _s, _e, ok in items[-2:]):
                break  # two members in a row that are no names: a list of things
            items.append((start, other.end(), False))
            end = other.end()
        else:
            items.append((start, end, True))
        pos = end
        paren = _PAREN_AFTER.match(text, pos)
        if paren and paren.end() <= hi:
            pos = paren.end()
            noted = True
        join = _LIST_JOIN.match(text, pos)
        if join and pos < hi and text[pos] != "、":
            end2 = nm.name_end(text, join.end(), hi)
            if end2 is not None:
                items.append((join.end(), end2, True))
                pos = end2
            break
    return items, pos, noted


def confirm_between(text: str, items: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A member with an ambiguous surname (應曉楠) between two names is a name too."""
    out = list(items)
    for n in range(1, len(items) - 1):
        s, e, ok = items[n]
        if not ok and items[n - 1][2] and items[n + 1][2] and nm.plausible_name(text[s:e], strong=True):
            out[n] = (s, e, True)
    return out


_PEOPLE_AFTER = re.compile(r"等(?:\d+|[一二两兩三四五六七八九十几幾多]+)?(?:人|位|名)")
"""``等9人``, ``等三位`` closing a list: its members are people."""


def confirm_cued(
    text: str, items: list[tuple[int, int, bool]], lo: int, end: int
) -> list[tuple[int, int, bool]]:
    """Members of a list announced as names (``名單如下：``, ``包括``) or closed by ``等9人``
    that have an ambiguous surname (解志遠, 談文博) are names too."""
    if not items:
        return items
    announced = _LIST_CUE.search(text, max(lo, items[0][0] - 8), items[0][0]) is not None
    if not announced and not _PEOPLE_AFTER.match(text, end):
        return items
    return [(s, e, ok or nm.plausible_name(text[s:e], strong=True)) for s, e, ok in items]


@dataclass(frozen=True, slots=True)
class ListRun:
    """The names of one 、-list that may be people, found once per block: whether they are
    can depend on the names known from elsewhere, which grow between passes."""

    run: tuple[tuple[int, int], ...]
    """Every member that reads as a name."""
    sure: bool
    """They are people whatever names are known; else only when one of them is known."""
    kept: tuple[tuple[int, int], ...]
    """The members taken as names (not the start of a longer name such as 杨振宁讲座)."""


def list_runs(text: str, lo: int, hi: int) -> list[ListRun]:
    """The lists of ``text[lo:hi]`` whose names count as people (see :func:`listed_names`)."""
    runs: list[ListRun] = []
    k = text.find("、", lo, hi)
    while k >= 0:
        items, pos, noted = list_members(text, k, lo, hi)
        items = confirm_between(text, items)
        items = confirm_cued(text, items, lo, pos)
        run = [(s, e) for s, e, ok in items if ok]
        mostly = len(run) * 2 > len(items)
        if mostly and len(run) >= 2:
            cued = _LIST_CUE.search(text, max(lo, run[0][0] - 8), run[0][0]) is not None
            dated = any(_YEAR_PAREN.match(text, e) for _s, e in run)
            then_etc = text.startswith(("等人", "等同志", "等領導", "等领导"), pos)
            then_etc = then_etc or _PEOPLE_AFTER.match(text, pos) is not None
            sure = len(run) >= 3 or dated or noted or then_etc or cued
            kept = tuple((s, e) for s, e in run if not nm.name_suffix_at(text, e))
            runs.append(ListRun(tuple(run), sure, kept))
        k = text.find("、", max(pos, k + 1), hi)
    return runs


def listed_names(
    text: str, lo: int, hi: int, known: Container[str], runs: list[ListRun] | None = None
) -> list[Found]:
    """Names in a list: ``周立新、吴晓梅、郑海``, ``孙一鸣、何雨、马晓东(2020年)``.

    A run of at least three names joined by ``、`` is a list of people, also when a member
    that is no name sits among them (most members must be names); a shorter run counts when
    one of its names is already known as a person, carries a year or a note in brackets, is
    followed by 等人 or announced by a cue (``分別為：``). ``runs``: the block's
    :func:`list_runs`, when the caller has them from an earlier pass.
    """
    found: list[Found] = []
    for lr in list_runs(text, lo, hi) if runs is None else runs:
        if lr.sure or any(text[s:e] in known for s, e in lr.run):
            lead = lr.run[0][0]
            found.extend(Found(s, e, text[s:e], lead=-1 if s == lead else lead) for s, e in lr.kept)
    return found


# --- finding, merging and later mentions ----------------------------------------------------


_NAME_START = re.compile(
    "["
    + re.escape(
        "".join(
            sorted(
                nm.SINGLE_SURNAMES
                | nm.AMBIGUOUS_SURNAMES
                | nm.TRANSLIT
                | {w[0] for w in nm.COMPOUND_SURNAMES}
            )
        )
    )
    + "]"
)
"""Characters a name can start with: the scan jumps from one to the next."""
_DOT = re.compile("[" + re.escape(nm.NAME_DOTS) + "]")
_COMPOUND_STARTS: dict[str, tuple[str, ...]] = {}
for _compound in sorted(nm.COMPOUND_SURNAMES):
    _COMPOUND_STARTS[_compound[0]] = (*_COMPOUND_STARTS.get(_compound[0], ()), _compound)


def _could_start_name(text: str, i: int) -> bool:
    """A name of two to four characters that :func:`reader.names.plausible_name` accepts, with
    or without a strong cue, starts at ``i``: the rules above find no other Chinese name."""
    plausible = nm.plausible_name
    two, three, four = text[i : i + 2], text[i : i + 3], text[i : i + 4]
    return (
        plausible(two)
        or plausible(three)
        or plausible(four)
        or plausible(two, True)
        or plausible(three, True)
        or plausible(four, True)
    )


def cue_names(text: str, lo: int, hi: int, skip: list[tuple[int, int]]) -> list[Found]:
    """Every name a cue rule finds in ``text[lo:hi]`` (one block), left to right."""
    found: list[Found] = []
    prev = lo
    i = lo
    dotted = _DOT.search(text, lo, hi) is not None
    while i < hi:
        hit: Found | None = None
        byline = found[-1] if found and found[-1].kind == "byline" else None
        if byline is not None:
            hit = byline_follower(text, i, byline)
        if hit is None:
            # Jump to the next character that can start a name.
            m = _NAME_START.search(text, i, hi)
            if m is None:
                break
            if m.start() != i:
                i = m.start()
                if byline is not None:
                    hit = byline_follower(text, i, byline)
        ch = text[i]
        if hit is None and dotted and ch in nm.TRANSLIT and _DOT.search(text, i, min(hi, i + 11)):
            hit = dotted_name(text, i, lo, prev)  # 安娜·羅哈斯: a dot wins over a Chinese reading
            if hit is not None and hit.end > hi:
                hit = None
        rules: tuple[Rule, ...] = ()
        if ch in nm.SINGLE_SURNAMES or text.startswith(_COMPOUND_STARTS.get(ch, ()), i):
            rules = CHINESE_RULES
        elif ch in nm.AMBIGUOUS_SURNAMES:
            rules = STRONG_RULES
        if rules and ch not in nm.TRANSLIT and not _could_start_name(text, i):
            rules = ()  # every rule needs a plausible name here (only a foreign one need not be)
        if hit is None and rules:
            for rule in rules:
                hit = rule(text, i, lo, prev)
                if hit is not None and hit.end <= hi:
                    break
                hit = None
        if hit is None and text[i] in nm.TRANSLIT:
            hit = titled_translit_name(text, i, lo, prev)
            if hit is None:
                hit = bracketed_name(text, i, lo, prev) if text[i] not in nm.SINGLE_SURNAMES else None
            if hit is not None and hit.end > hi:
                hit = None
        if hit is not None and not _overlaps(hit.start, hit.end, skip):
            found.append(hit)
            prev = hit.end
            i = hit.end
            continue
        i += 1
    return [f for f in found if not (_is_credit(text, f, lo) and is_dateline_byline(text, f, lo, hi))]


_STAFF_TITLES = tuple(sorted(CREDIT_TITLES | BYLINE_TITLES))


def _is_credit(text: str, found: Found, lo: int) -> bool:
    """A byline, or a name right after a desk title (編輯 王某)."""
    if found.kind == "byline":
        return True
    j = _skip_blanks_back(text, found.start, lo)
    return text.endswith(_STAFF_TITLES, lo, j)


class _EitherSet:
    """Membership in either of two sets, without copying the article's known names once per block."""

    __slots__ = ("_first", "_second")

    def __init__(self, first: set[str], second: set[str]) -> None:
        self._first = first
        self._second = second

    def __contains__(self, item: object) -> bool:
        return item in self._first or item in self._second


def with_lists(
    text: str,
    lo: int,
    hi: int,
    skip: list[tuple[int, int]],
    known: set[str],
    cued: list[Found],
    runs: list[ListRun] | None = None,
) -> list[Found]:
    """The names cue rules found in a block, and the names in its lists."""
    listed = listed_names(text, lo, hi, _EitherSet(known, {f.name for f in cued}), runs)
    spans = [(f.start, f.end) for f in cued]
    found = list(cued)
    found.extend(f for f in listed if not _overlaps(f.start, f.end, skip + spans))
    found.sort(key=lambda f: f.start)
    return found


_DATELINE_WORDS = re.compile(r"報導|报道|報道|电|電|攝|摄|／|/|整理|撰稿|綜合|综合|採寫|采写")
_BRACKETS = {"（": "）", "(": ")", "〔": "〕", "【": "】", "[": "]"}


def is_dateline_byline(text: str, found: Found, lo: int, hi: int) -> bool:
    """A reporter's credit, not a person of the story: ``〔記者林某／台北報導〕``,
    ``（本報記者 王某）``, or a line holding only bylines. ``記者王某在現場看到`` stays."""
    after = found.end
    while after < hi and text[after] in _BLANKS:
        after += 1
    if text.startswith(("／", "/", "報導", "报道", "報道", "攝", "摄"), after):
        return True
    # Inside brackets that hold a dateline or nothing but names and titles.
    depth_start = None
    for k in range(found.start - 1, max(lo, found.start - 30) - 1, -1):
        ch = text[k]
        if ch in _BRACKETS.values():
            break
        if ch in _BRACKETS:
            depth_start = k
            break
    if depth_start is not None:
        close = text.find(_BRACKETS[text[depth_start]], found.end, hi)
        if close >= 0:
            inside = text[depth_start + 1 : close]
            if _DATELINE_WORDS.search(inside) or not re.search(r"[，。,！？]", inside):
                return True
    line = text[lo:hi]
    return len(line) <= 40 and not re.search(r"[，。！？,!?；;]", line)


def roles_of(text: str, found: Found, lo: int, prev: int, hi: int) -> list[tuple[int, int]]:
    """Every role the text gives at this mention: before the name, a title after it, and 是…."""
    spans = rl.roles_before(text, prev, found.start)
    end = found.end
    after = _after_latin(text, end)
    n = _title_after(text, end, hi)
    if n:
        spans.append((end, end + n))
    copula = rl.role_after_copula(text, after, min(hi, _clause_limit(text, after)))
    if copula is not None:
        spans.append(copula)
    bracketed = rl.role_in_brackets(text, end)
    if bracketed is not None and bracketed[1] <= hi:
        spans.append(bracketed)
    return spans


def _left_ok_known(text: str, i: int, lo: int) -> bool:
    if left_ok(text, i, lo):
        return True
    j = _skip_blanks_back(text, i, lo)
    return bool(rl.title_suffix(text[lo:j]) or rl.org_suffix(text[lo:j]))


MANY_NAMES = 50
"""Above this many people, their later mentions are looked for in one pass over the text."""


class BlockIndex:
    """The body blocks, to find a word inside them with one pass over the text rather than a
    search per block for every person (people × blocks grows fast on long articles)."""

    def __init__(self, blocks: list[Block]) -> None:
        self.blocks = blocks
        self.starts = [b.start for b in blocks]
        self.ordered = all(a.end <= b.start for a, b in itertools.pairwise(blocks))
        self._found: dict[str, list[int]] = {}

    def prepare(self, text: str, words: set[str]) -> None:
        """Find all of ``words`` in one pass (:func:`reader.names.find_all`), for many people."""
        if self.ordered:
            self._found = nm.find_all(text, words)

    def occurrences(self, text: str, word: str) -> Iterator[tuple[int, Block]]:
        """Every place ``word`` lies wholly inside a block, in order, with that block."""
        if not self.ordered or not word:
            for block in self.blocks:
                start = block.start
                while True:
                    k = text.find(word, start, block.end)
                    if k < 0:
                        break
                    start = k + 1
                    yield k, block
            return
        if not self.blocks:
            return
        found = self._found.get(word)
        if found is not None:
            for k in found:
                idx = bisect.bisect_right(self.starts, k) - 1
                if idx >= 0 and k + len(word) <= self.blocks[idx].end:
                    yield k, self.blocks[idx]
            return
        pos, stop = self.blocks[0].start, self.blocks[-1].end
        while True:
            k = text.find(word, pos, stop)
            if k < 0:
                return
            pos = k + 1
            idx = bisect.bisect_right(self.starts, k) - 1
            if idx >= 0 and k + len(word) <= self.blocks[idx].end:
                yield k, self.blocks[idx]


def later_mentions(
    text: str,
    blocks: list[Block],
    name: str,
    taken: Occupied,
    strict: bool = True,
    index: BlockIndex | None = None,
) -> list[tuple[int, int]]:
    """Other places the name appears; two-character names need a clean boundary both sides
    (``strict``), or at least on the left for a short form such as 林鄭. ``index``: the
    blocks' :class:`BlockIndex`, when the caller keeps one."""
    out: list[tuple[int, int]] = []
    for k, block in (index or BlockIndex(blocks)).occurrences(text, name):
        e = k + len(name)
        if taken.overlaps(k, e) or nm.name_suffix_at(text, e):
            continue
        if len(name) == 2 and not (
            _left_ok_known(text, k, block.start) and (nm.is_boundary(text, e) or not strict)
        ):
            continue
        out.append((k, e))
    return out


def short_names(name: str) -> tuple[str, ...]:
    """Short forms used after the full name: 陳李 for 陳李美華, 特朗普 for 唐納德·特朗普."""
    for dot in nm.NAME_DOTS:
        if dot in name:
            last = name.split(dot)[-1]
            return (last,) if len(last) >= 2 else ()
    if len(name) == 4 and name[0] in nm.SINGLE_SURNAMES and name[1] in nm.SINGLE_SURNAMES:
        return (name[:2],)
    return ()


_SURNAME_TITLES = tuple(
    sorted(
        words(
            """
            局長 局长 部長 部长 院長 院长 市長 市长 校長 校长 所長 所长 處長 处长 科長 科长 主任 書記 书记
            主席 教授 博士 老師 老师 先生 女士 小姐 總 总 董 經理 经理 律師 律师 醫生 医生 會長 会长 社長
            社长 秘書長 秘书长 行長 行长 院士 总理 總理 副总理 副總理 區長 区长 縣長 县长 鎮長 镇长 村長
            村长 隊長 队长 部長 總裁 总裁 特首 議員 议员
            """
        ),
        key=len,
        reverse=True,
    )
)


_SURNAME_TITLE_SETS = tuple(
    (n, frozenset(t for t in _SURNAME_TITLES if len(t) == n))
    for n in sorted({len(t) for t in _SURNAME_TITLES}, reverse=True)
)


def _surname_title_at(text: str, j: int) -> str | None:
    """The longest of :data:`_SURNAME_TITLES` starting at ``j``."""
    for n, titles in _SURNAME_TITLE_SETS:
        if text[j : j + n] in titles:
            return text[j : j + n]
    return None


def surname_title_mentions(
    text: str, blocks: list[Block], surname: str, taken: Occupied, index: BlockIndex | None = None
) -> list[tuple[int, int]]:
    """``孟局長``, ``王教授``: a known person's surname with a title and no given name."""
    out: list[tuple[int, int]] = []
    for k, block in (index or BlockIndex(blocks)).occurrences(text, surname):
        j = k + len(surname)
        if text.startswith("副", j):
            j += 1
        title = _surname_title_at(text, j)
        if title is None:
            continue
        e = j + len(title)
        if len(title) == 1 and not nm.is_boundary(text, e):
            continue
        glued = k > block.start and nm.is_han(text[k - 1]) and not left_ok(text, k, block.start)
        if taken.overlaps(k, e) or glued:
            continue
        out.append((k, e))
    return out


def _surname_of(name: str) -> str | None:
    if name[:2] in nm.COMPOUND_SURNAMES:
        return name[:2]
    if name[0] in nm.SINGLE_SURNAMES and len(name) <= 4:
        return name[0]
    return None


def _body_blocks(doc: Document) -> list[Block]:
    return [b for b in doc.blocks if b.kind in BODY_KINDS]


def extract_people(doc: Document) -> tuple[Person, ...]:
    """Every person named in ``doc``, in order of first appearance."""
    text = doc.text
    blocks = _body_blocks(doc)
    skip = [(c.start, c.end) for c in doc.meta.credits]
    cued = [cue_names(text, b.start, b.end, skip) for b in blocks]
    settle_guesses(text, blocks, [f for fs in cued for f in fs])
    known = {f.name for fs in cued for f in fs}
    runs = [list_runs(text, b.start, b.end) for b in blocks]
    for _pass in range(2):  # a short list counts when a name in it is known from elsewhere
        found = [
            (idx, f)
            for idx, b in enumerate(blocks)
            for f in with_lists(text, b.start, b.end, skip, known, cued[idx], runs[idx])
        ]
        known |= {f.name for _i, f in found}
    mentions: dict[str, list[tuple[int, int, MentionKind]]] = {}
    role_spans: dict[str, list[tuple[int, int]]] = {}
    prev_end: dict[int, int] = {}
    before: dict[int, list[tuple[int, int]]] = {}
    for idx, f in found:
        block = blocks[idx]
        lo = max(block.start, prev_end.get(idx, block.start))
        name = f.name
        mentions.setdefault(name, []).append((f.start, f.end, f.kind))
        spans = roles_of(text, f, lo, lo, block.end)
        before[f.start] = [sp for sp in spans if sp[1] <= f.start]
        if not spans and f.lead >= 0:
            spans = before.get(f.lead, [])
        role_spans.setdefault(name, []).extend(spans)
        prev_end[idx] = max([f.end] + [e for _s, e in spans if e > f.end])
    # A short form found by a rule (林鄭) belongs to the full name it abbreviates.
    # The first full name (in order of finding) still standing that ``name`` abbreviates;
    # indexed by short form, as comparing every name with every other grows fast.
    by_short: dict[str, list[str]] = {}
    for full in mentions:
        for short in short_names(full):
            by_short.setdefault(short, []).append(full)
    for name in list(mentions):
        owner = next((f for f in by_short.get(name, ()) if f != name and f in mentions), None)
        if owner is not None:
            mentions[owner].extend((s, e, "short_name") for s, e, _k in mentions.pop(name))
            role_spans.setdefault(owner, []).extend(role_spans.pop(name, []))
    taken = Occupied(len(text))
    for span in [(s, e) for ms in mentions.values() for s, e, _k in ms] + skip:
        taken.add(*span)
    starts = [b.start for b in blocks]
    index = BlockIndex(blocks)
    if len(mentions) > MANY_NAMES:
        index.prepare(text, {n for name in mentions for n in (name, *short_names(name))})
    for name in sorted(mentions, key=len, reverse=True):
        for s, e in later_mentions(text, blocks, name, taken, index=index):
            mentions[name].append((s, e, "name"))
            block = blocks[bisect.bisect_right(starts, s) - 1]
            lo = taken.last_end_before(s, block.start)
            taken.add(s, e)
            role_spans[name].extend(rl.roles_before(text, lo, s, org_ok=False))
    for name in sorted(mentions, key=len, reverse=True):
        for short in short_names(name):
            for s, e in later_mentions(text, blocks, short, taken, strict=False, index=index):
                mentions[name].append((s, e, "short_name"))
                taken.add(s, e)
    _add_surname_titles(text, blocks, mentions, taken, index)
    _add_pronouns(text, blocks, mentions, taken)
    people: list[Person] = []
    for name, ms in mentions.items():
        ordered = sorted(set(ms))
        roles: list[Role] = []
        seen: set[str] = set()
        for s, e in sorted(set(role_spans.get(name, []))):
            role_text = text[s:e]
            if role_text not in seen:
                seen.add(role_text)
                roles.append(Role(role_text, s, e))
        people.append(
            Person(
                name=name,
                roles=tuple(roles),
                mentions=tuple(Mention(s, e, text[s:e], k) for s, e, k in ordered),
            )
        )
    people.sort(key=lambda p: p.mentions[0].start if p.mentions else 0)
    return tuple(people)


def _add_surname_titles(
    text: str,
    blocks: list[Block],
    mentions: dict[str, list[tuple[int, int, MentionKind]]],
    taken: Occupied,
    index: BlockIndex | None = None,
) -> None:
    by_surname: dict[str, list[str]] = {}
    for name in mentions:
        surname = _surname_of(name)
        if surname is not None and all(nm.is_han(ch) for ch in name):
            by_surname.setdefault(surname, []).append(name)
    for surname, owners in by_surname.items():
        # Each owner's mention starts, sorted: the nearest one before a place is a bisection
        # (scanning every mention for every hit grew with the square of a long article).
        starts = {owner: sorted(ms for ms, _me, _k in mentions[owner]) for owner in owners}
        for s, e in surname_title_mentions(text, blocks, surname, taken, index):
            # The nearest person with this surname mentioned before.
            best: str | None = None
            best_pos = -1
            for owner in owners:
                owned = starts[owner]
                k = bisect.bisect_left(owned, s)
                if k and owned[k - 1] > best_pos:
                    best, best_pos = owner, owned[k - 1]
            if best is not None:
                mentions[best].append((s, e, "surname_title"))
                bisect.insort(starts[best], s)
                taken.add(s, e)


def is_subject(text: str, start: int, lo: int) -> bool:
    """The mention opens its clause, perhaps after its role: the likely antecedent of 他/她."""
    cs = rl.clause_start(text, lo, start)
    prefix = text[cs:start].strip(_BLANKS)
    if not prefix or prefix in ("而", "但", "但是", "其後", "之後", "之后", "隨後", "随后"):
        return True
    return rl.is_role(prefix, org_ok=True) and rl.trim_role(text, cs, start) == cs


_ADDRESS = re.compile(
    "["
    + "".join(sorted(nm.SINGLE_SURNAMES))
    + "](?:先生|女士|小姐|太太|太|伯|姨|嫂|婆|生)(?=[說说表指認认告稱称])"
)
"""An unnamed person by surname and form of address (林太說, 陳先生表示)."""

PRONOUN_WINDOW = 2
"""How many blocks back a 他/她 may look for the person it refers to."""


def _add_pronouns(
    text: str,
    blocks: list[Block],
    mentions: dict[str, list[tuple[int, int, MentionKind]]],
    taken: Occupied,
) -> None:
    """他/她 right after a named person refers to them: the latest person who opened a clause
    in this or the previous blocks, and never one already referred to with the other pronoun."""
    starts = [b.start for b in blocks]
    events: list[tuple[int, int, str, bool]] = []  # (position, block index, name, subject)
    for name, ms in mentions.items():
        for s, _e, _k in ms:
            idx = bisect.bisect_right(starts, s) - 1
            events.append((s, idx, name, is_subject(text, s, blocks[idx].start)))
    pronouns: list[tuple[int, int]] = []
    for idx, block in enumerate(blocks):
        for m in _PRONOUN.finditer(text, block.start, block.end):
            if not taken.overlaps(m.start(), m.end()):
                pronouns.append((m.start(), idx))
    events.sort()
    gender: dict[str, str] = {}
    for pos, idx in pronouns:
        word = text[pos]
        near: list[tuple[int, int, str, bool]] = []
        k = bisect.bisect_left(events, (pos,)) - 1
        while k >= 0 and events[k][1] >= idx - PRONOUN_WINDOW:
            if gender.get(events[k][2], word) == word:
                near.append(events[k])
            k -= 1
        if not near:
            continue
        near.reverse()
        subjects = [ev for ev in near if ev[3]]
        best = subjects[-1] if subjects and subjects[-1][1] >= near[-1][1] else near[-1]
        if _ADDRESS.search(text, best[0], pos):
            continue  # 林太說…她: someone unnamed spoke in between
        name = best[2]
        gender[name] = word
        mentions[name].append((pos, pos + 1, "pronoun"))
        bisect.insort(events, (pos, idx, name, True))
