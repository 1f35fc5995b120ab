"""Words that say someone spoke (說, 表示, 指出 …) and the text shapes around them.

Both scripts are listed side by side: Reader analyses text as written, so a simplified
article and a traditional one must both be read without converting first. A cue verb is
accepted only where Chinese uses it as a verb of saying: 說 in 說法, 小說 or 可以說 is not
someone speaking, and 介紹 followed by 了 introduces a talk, not what was said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

SENTENCE_END = "。！？!?；;"
"""Marks that end a sentence (the ASCII full stop is handled apart: it is also a decimal point)."""
CLAUSE_END = "，,、：:" + SENTENCE_END
CUE_PUNCT = "，,：:"
BLANKS = " \t\u3000\u00a0"
OPENERS = "“「『‘﹁﹃\""

FREE_VERBS: tuple[str, ...] = (
    "告訴記者", "告诉记者", "對記者說", "对记者说", "對記者表示", "对记者表示",
    "回答稱", "回答称", "回應稱", "回应称", "回應說", "回应说", "回應指", "回应指",
    "表示", "指出", "認為", "认为", "強調", "强调", "坦言", "直言", "坦承", "重申",
    "透露", "承認", "承认", "說道", "说道", "寫道", "写道", "問道", "问道", "笑道",
    "答道", "笑言", "笑稱", "笑称", "聲稱", "声称", "宣稱", "宣称", "直指", "表明",
    "補充道", "补充道", "感慨道", "介紹道", "介绍道", "強調道", "强调道", "解釋道", "解释道",
    "回憶道", "回忆道", "續指", "续指", "續稱", "续称", "續說", "续说",
    "說", "说", "指",
)
"""Verbs after which the statement may follow directly, with or without a comma."""

PUNCT_VERBS: tuple[str, ...] = (
    "介紹", "介绍", "提到", "提及", "談到", "谈到", "回應為", "回应为", "回應", "回应",
    "補充", "补充", "解釋", "解释", "回答", "稱", "称", "呼籲", "呼吁", "建議", "建议",
    "分析", "形容", "感嘆", "感叹", "總結", "总结", "追問", "追问", "反問", "反问",
    "提醒", "預計", "预计", "寄語", "寄语", "說法", "说法", "看法", "觀點", "观点",
    "證實", "证实", "宣布", "宣佈", "表態", "表态", "警告", "感慨", "提出", "要求", "說明", "说明",
    "批評", "批评", "質疑", "质疑", "反駁", "反驳", "估計", "估计", "相信", "預料", "预料",
)
"""Verbs (and a few nouns of saying) that need a comma or colon before the statement."""

FREE_PATTERNS = (
    r"告[訴诉][^，,。：:\s“「]{1,8}?[記记]者",
    r"告[訴诉][^，,。：:\s“「他她我你們们]{0,6}?(?:社|報|报|電視台|电视台|媒體|媒体)(?=[，,：:])",
)
"""告訴中央社記者 / 告诉本报记者 / 告訴中央社，: the verb with whoever was told."""

QUOTING_VERBS = frozenset(
    (
        "提及", "提到", "談到", "谈到", "回應", "回应", "回答", "補充", "补充", "解釋", "解释", "稱", "称",
        "追問", "追问", "反問", "反问", "感嘆", "感叹", "感慨", "批評", "批评", "質疑", "质疑",
        "反駁", "反驳", "警告", "提醒",
    )
)
"""Verbs that may take the quoted words straight after them (提及「…」); 提出“三個一批”
or 形容為“…” name a thing instead."""

_ALL_VERBS = sorted({*FREE_VERBS, *PUNCT_VERBS}, key=len, reverse=True)
VERB_RE = re.compile("|".join([*FREE_PATTERNS, *(re.escape(v) for v in _ALL_VERBS)]))

_SAY_BAD_AFTER = set("法明服話话書书客辭辞唱")
_SAY_BAD_BEFORE = (
    "小", "據", "据", "聽", "听", "遊", "游", "傳", "传", "演", "學", "学", "可以", "所", "再", "來",
    "来", "就是", "雖", "虽", "比如", "話", "话", "難", "难", "不用", "也就是", "好", "胡", "亂",
    "乱", "不好", "怎麼", "怎么", "誰", "谁", "解", "評", "评", "總的來", "總的来", "换句话", "換句話",
)
_ZHI_BAD_AFTER = set("出導导標标南數数定派揮挥控責责望令示引點点明向針针甲紋纹尖頭头")
_ZHI_SUBJECT_BEFORE = set("又並并亦也還还則则更她他續续")
_CHENG_BAD_AFTER = set("為为號号讚赞職职謂谓呼")
NEGATIONS = (
    "沒有", "没有", "未有", "未", "沒", "没", "拒絕", "拒绝", "無", "无",
    "不願", "不愿", "不肯", "並未", "并未",
)
FOLLOWING = ("按照", "根據", "根据", "依照", "遵照", "按", "應", "应", "依", "經", "经")
CLAUSE_NEGATIONS = ("沒有", "没有", "未有", "並未", "并未", "拒絕", "拒绝", "不願", "不愿", "不肯")


def clause_len(before: str) -> int:
    """Length of the last clause of ``before`` (back to a comma or sentence mark)."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in "，,、：:。！？!?；;\n":
            return len(before) - i - 1
    return len(before)


_CHENG_BAD_BEFORE = ("名", "簡", "简", "堪", "號", "号", "自", "俗", "統", "统")
_OBJECT_AFTER = set("了過过著着給给的得")
SAYING_AFTER_COMPOUND = ("罷", "罢", "完")
"""說罷 / 說完: the statement is the one clause that follows."""


@dataclass(frozen=True, slots=True)
class Cue:
    """A verb of saying found in the text."""

    start: int
    """Offset of the verb's first character."""
    end: int
    """Offset one past the verb (and 罷/完 when present)."""
    verb: str
    """The verb as written."""
    free: bool
    """True when the statement may follow without punctuation."""
    one_clause: bool = False
    """說罷 and the like: only the next clause is what was said."""


def _verb_ok(text: str, start: int, end: int, verb: str, lo: int, subject_ends: frozenset[int]) -> bool:
    before = text[lo:start]
    nxt = text[end] if end < len(text) else ""
    if nxt in _OBJECT_AFTER and verb not in ("說", "说"):
        return False
    if before.endswith(("被", "普遍", "一般", "公認", "公认", "廣泛", "广泛")):
        return False  # 被認為 / 普遍認為: what is thought, not what someone said
    clause = before[len(before) - clause_len(before) :]
    if before.endswith(NEGATIONS) or any(n in clause for n in CLAUSE_NEGATIONS):
        return False  # 沒有回答 / 未有表示 / 沒有具體回答: nothing was said
    if verb in ("說", "说"):
        if nxt in _SAY_BAD_AFTER or nxt in ("了", "過", "过", "的", "得", "著", "着", "起", "到", "不"):
            return False
        if before.endswith(_SAY_BAD_BEFORE):
            return False
    elif verb == "指":
        if nxt in _ZHI_BAD_AFTER:
            return False
        if (
            start not in subject_ends
            and (not before or before[-1] not in _ZHI_SUBJECT_BEFORE)
            and nxt not in ("，", ",", "：", ":")
        ):
            return False
    elif verb in ("稱", "称"):
        if nxt in _CHENG_BAD_AFTER or before.endswith(_CHENG_BAD_BEFORE):
            return False
    elif verb in ("介紹", "介绍") and before.endswith(("據", "据")):
        return False
    elif verb in ("要求", "提出") and clause.lstrip(BLANKS).startswith(FOLLOWING):
        return False  # 按照王書記要求，…: the instruction is followed, not reported
    return True


def find_cues(text: str, lo: int, hi: int, subject_ends: frozenset[int] = frozenset()) -> list[Cue]:
    """Verbs of saying in ``text[lo:hi]``, in order, with the false friends filtered out.

    ``subject_ends`` are offsets where a person's name ends: a bare 指 right after a
    name (李家明指…) is a verb of saying, elsewhere (指導, 手指) it is not.
    """
    cues: list[Cue] = []
    for m in VERB_RE.finditer(text, lo, hi):
        verb = m.group()
        start, end = m.start(), m.end()
        if not _verb_ok(text, start, end, verb, lo, subject_ends):
            continue
        one_clause = False
        if verb in ("說", "说") and end < hi and text[end] in SAYING_AFTER_COMPOUND:
            end += 1
            one_clause = True
        free = verb in FREE_VERBS or verb[0] == "告"
        if not free and (
            end >= hi
            or (text[end] not in CUE_PUNCT and (text[end] not in OPENERS or verb not in QUOTING_VERBS))
        ):
            # 介紹說 / 回應說 are still found: the scan goes on with the 說 that follows.
            continue
        cues.append(Cue(start, end, verb, free, one_clause))
    return cues


def is_sentence_end(text: str, i: int) -> bool:
    """Does the character at ``i`` end a sentence? A full stop counts before a blank or the end."""
    ch = text[i]
    if ch in SENTENCE_END:
        return True
    return ch == "." and (i + 1 >= len(text) or text[i + 1] in BLANKS + "\n")


def sentence_start(text: str, lo: int, pos: int) -> int:
    """Where the sentence holding ``pos`` begins, not before ``lo``."""
    i = pos - 1
    while i >= lo:
        if text[i] == "\n" or is_sentence_end(text, i):
            return i + 1
        i -= 1
    return lo


_SENTENCE_MARK = re.compile("[" + re.escape(SENTENCE_END) + ".]")
"""Characters that may end a sentence: the scan jumps from one to the next."""


def sentence_end(text: str, pos: int, hi: int) -> int:
    """One past the mark that ends the sentence holding ``pos`` (or ``hi``)."""
    if pos < 0 or hi > len(text):  # out of range: the plain scan, as it always behaved
        i = pos
        while i < hi:
            if is_sentence_end(text, i):
                return i + 1
            i += 1
        return hi
    for m in _SENTENCE_MARK.finditer(text, pos, max(pos, hi)):
        if is_sentence_end(text, m.start()):
            return m.start() + 1
    return hi


def clause_start(text: str, lo: int, pos: int) -> int:
    """Where the clause holding ``pos`` begins: after the last comma or sentence mark."""
    i = pos - 1
    while i >= lo:
        if text[i] in CLAUSE_END or is_sentence_end(text, i):
            return i + 1
        i -= 1
    return lo


def ends_like_speech(content: str) -> bool:
    """Quoted words that hold a sentence end are speech, not a name or a slogan."""
    body = content.rstrip(BLANKS)
    if not body:
        return False
    if "。" in body or (any(ch in "！？!?" for ch in body) and len(body) >= 8):
        return True
    if body.endswith(("…", "……", "...")):
        return len(body) >= 8
    return bool(re.search(r"[A-Za-z]\.(?:\s|$)", body))


GROUP_WORDS = (
    "大家", "紛紛", "纷纷", "們", "们", "各方", "與會", "与会", "學員", "学员", "網友", "网友", "眾人",
    "众人", "人員", "人员", "不少人", "多位", "許多", "许多", "一致", "有人", "不少", "群眾", "群众",
    "民眾", "民众", "市民", "村民", "居民", "代表",
)
"""Words that make the one who speaks a group (大家紛紛表示): speech without a person."""


def is_group(subject: str) -> bool:
    """Does the text before a verb name a group rather than one person?"""
    return any(w in subject for w in GROUP_WORDS)


_ADDRESSEE = re.compile(r"(?:向|對|对|跟|給|给)[^，,。！？；：:!?;“”「」『』\s]{1,8}$")


def without_addressee(gap: str) -> str:
    """The words between a speaker and the verb without whom they speak to: in
    ``王某向學員們介紹``, 學員們 is the audience, not a group that speaks."""
    m = _ADDRESSEE.search(gap)
    return gap[: m.start()] if m else gap


ADVERBS = (
    "又", "並", "并", "亦", "也", "還", "还", "則", "则", "再", "更", "即", "就", "都", "只是", "只",
    "當時", "当时", "隨後", "随后", "之後", "之后", "接著", "接着", "同時", "同时", "此前", "早前",
    "最後", "最后", "進一步", "进一步", "特別", "特别", "曾", "一再", "多次", "再次", "隨即", "随即",
    "但", "而", "並且", "并且", "此外", "另外", "同樣", "同样", "首先", "其後", "其后", "然後", "然后",
    "更是", "亦曾", "明確", "明确", "公開", "公开", "坦白", "笑著", "笑着", "直接", "當場", "当场",
)
"""Words that may stand between an omitted subject and its verb (又指…, 並說…)."""


def only_adverbs(text: str) -> bool:
    """Is ``text`` empty or made of adverbs alone, so the clause reuses the last subject?"""
    rest = text.strip(BLANKS)
    changed = True
    while rest and changed:
        changed = False
        for adv in sorted(ADVERBS, key=len, reverse=True):
            if rest.startswith(adv):
                rest = rest[len(adv) :].lstrip(BLANKS)
                changed = True
                break
    return not rest
