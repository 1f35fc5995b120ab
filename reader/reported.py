"""Reported speech: how far the words after ``X表示，`` reach.

The statement runs to the end of its sentence and on through the following sentences
of the paragraph while they still read as the same person's words: it stops before
direct speech in quote marks, before another verb of saying with its own subject
(…，她又指…, …並說：), and before a sentence that names someone or says who speaks.
``說罷`` (having said) covers one clause only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.attribution import CONJUNCTIONS, Speakers
from reader.quote_marks import CLOSERS, Quoted
from reader.speech import (
    BLANKS,
    CUE_PUNCT,
    OPENERS,
    Cue,
    clause_start,
    is_sentence_end,
    only_adverbs,
    sentence_end,
)

JOINING_WORDS = ("但", "而", "並", "并", "且", "也", "還", "还", "更", "卻", "却", "但是", "不過", "不过")
"""Conjunctions left at the end of a statement cut before a quote."""
NEW_ACT = (*CONJUNCTIONS, "同時", "同时", "隨後", "随后", "之後", "之后", "最後", "最后", "此外", "另外")
"""Adverbs that make a subjectless verb of saying a new act (…，同時強調…), not a continuation."""
NARRATOR_MARKS = (
    "記者", "记者", "據悉", "据悉", "據了解", "据了解", "了解到", "據介紹", "据介绍", "另據", "另据",
    "本報", "本报", "報道", "报道", "報導", "报导", "據統計", "据统计", "數據顯示", "数据显示",
    "資料顯示", "资料显示", "截至", "會上", "会上", "活動中", "活动中",
    "參加會議", "参加会议", "出席會議", "出席会议", "列席會議", "列席会议", "主持會議", "主持会议",
    "參加活動", "参加活动", "出席活動", "出席活动",
)
"""A following sentence holding these is the reporter speaking again (who attended is told,
not said)."""
NARRATOR_OPENINGS = (
    "會議", "会议", "當天", "当天", "當日", "当日", "隨後", "随后", "期間", "期间", "現場", "现场",
    "活動", "活动", "此次", "本次", "該", "该", "與會", "与会", "參會", "参会", "當晚", "当晚",
)
"""A following sentence opening with these (會議還…, 當天…) tells what happened, not what was said."""
_DATE_OPENING = re.compile(r"(?:\d{1,4}|[一二三四五六七八九十]{1,3})[年月日]")
SECOND_VERBS = frozenset("指稱称說说道")
"""One-character verbs that may follow another verb of saying (強調指, 批評稱)."""
MIN_FREE_STATEMENT = 6
MIN_SPLIT = 9
"""A verb inside a statement without a comma starts a new one only before this much text."""
"""Without a comma after the verb, a shorter object is an attitude (表示肯定), not a statement."""
_TRAILING = BLANKS + "，,、：:；;"


def strong_cue_start(text: str, lo: int, cue: Cue, speakers: Speakers) -> int | None:
    """Where a new statement's attribution begins if ``cue`` starts one inside another, else None.

    ``…價值並說：`` breaks at 並; ``…決定，她又指…`` breaks at the clause holding 她.
    """
    cs = clause_start(text, lo, cue.start)
    head = text[cs : cue.start].strip(BLANKS)
    if cs > lo and head and only_adverbs(head) and any(conj in head for conj in NEW_ACT):
        return cs
    cand = speakers.nearest_before(cs, cue.start)
    if cand is not None and only_adverbs(text[cand.end : cue.start]) and only_adverbs(text[cs : cand.start]):
        return cs
    before = text[lo : cue.start]
    for conj in CONJUNCTIONS:
        if before.endswith(conj):
            return cue.start - len(conj)
    return None


TOPIC_MARKS = ("至於", "至于", "對於", "对于", "關於", "关于", "針對", "针对", "談到", "谈到", "談及", "谈及")
"""A clause opening with these leads up to the next speaker's words (至於…，何美華認為…)."""


def _topic_start(text: str, start: int, cut: int) -> int:
    """Move ``cut`` back to a clause that opens a new topic for the next statement."""
    for i in range(start, cut):
        if text[i] in "，,；;" and text[i + 1 : cut].lstrip(BLANKS).startswith(TOPIC_MARKS):
            return i
    return cut


def _says_enough(text: str, cue: Cue, hi: int) -> bool:
    """Does a verb without its own subject start a statement of its own? ``…，同時強調
    司法的重要性`` does not: a short object without a comma stays part of the first one."""
    pos = cue.end
    while pos < hi and text[pos] in BLANKS:
        pos += 1
    if pos >= hi:
        return True
    if text[pos] in CUE_PUNCT or text[pos] in OPENERS:
        return True
    return sentence_end(text, pos, hi) - pos > MIN_SPLIT


def _has_narrator(sentence: str) -> bool:
    opening = sentence.lstrip(BLANKS)
    return (
        any(mark in sentence for mark in NARRATOR_MARKS)
        or opening.startswith(NARRATOR_OPENINGS)
        or bool(_DATE_OPENING.match(opening))
    )


def statement_span(
    text: str,
    lo: int,
    hi: int,
    cue: Cue,
    cues: Sequence[Cue],
    speech_quotes: Sequence[Quoted],
    speakers: Speakers,
) -> tuple[int, int] | None:
    """The offsets of what ``cue`` reports, within the paragraph ``text[lo:hi]``, or None."""
    start = cue.end
    while start < hi and text[start] in BLANKS:
        start += 1
    if start + 1 < hi and text[start] in SECOND_VERBS and text[start + 1] in CUE_PUNCT:
        start += 1  # 強調指，… / 批評稱，…: the second verb belongs to the cue
    punct = start < hi and text[start] in CUE_PUNCT
    if punct:
        start += 1
    while start < hi and text[start] in BLANKS:
        start += 1
    if start >= hi or not (punct or cue.free):
        return None
    limit = hi
    for q in speech_quotes:
        if q.open_at >= start:
            limit = min(limit, q.open_at)
            break
        if q.open_at < start < q.after:
            return None
    for later in cues:
        if later.start <= start or later.start >= limit:
            continue
        cut = strong_cue_start(text, lo, later, speakers)
        if cut is None or cut <= start:
            continue
        if speakers.between(cut, later.start) or _says_enough(text, later, hi):
            limit = _topic_start(text, start, cut)
            break
    if cue.one_clause:
        for i in range(start, limit):
            if text[i] in "，,":
                limit = i
                break
    end = sentence_end(text, start, limit)
    while end < limit:
        nxt = sentence_end(text, end, limit)
        sentence = text[end:nxt]
        if (
            not sentence.strip(BLANKS)
            or not is_sentence_end(text, nxt - 1)
            or text[end - 1] not in "。；;."
            or speakers.between(end, nxt)
            or any(end <= c.start < nxt for c in cues)
            or _has_narrator(sentence)
        ):
            break
        end = nxt
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    for word in JOINING_WORDS:
        head = text[start:end]
        if head.endswith(word) and head[: -len(word)].rstrip(BLANKS).endswith(("，", ",")):
            end -= len(word)  # …，但「…」: the conjunction leads into the quote
            while end > start and text[end - 1] in _TRAILING:
                end -= 1
            break
    if end <= start:
        return None
    if not punct and end - start < MIN_FREE_STATEMENT:
        return None
    if end - start < 2 or all(not ch.isalnum() for ch in text[start:end]):
        return None
    if is_sentence_end(text, start) or _only_a_quote(text[start:end]):
        return None
    return start, end


def _only_a_quote(statement: str) -> bool:
    """``強調“兩個維護”。``: a quoted name alone is what was stressed, not a statement."""
    body = statement.rstrip(BLANKS + "。！？!?；;，,.")
    return (
        len(body) >= 2
        and body[0] in OPENERS
        and body[-1] in CLOSERS
        and sum(ch in OPENERS for ch in body) == 1
    )
