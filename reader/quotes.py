"""Direct and reported speech and quoted terms, attributed to the people of the article.

The rules run paragraph by paragraph, in reading order, keeping the last speaker so
that speech without its own attribution (a second quote, 又指…, an English block after
``…並說：``) goes to whoever was speaking. Three layouts are handled:

* quotes in running text: ``X說：“…”``, ``“…”X說。``, ``“…”，X說，“…”`` and reported
  ``X表示，…`` (:mod:`reader.reported`);
* interviews laid out as a label line ``<org><title><name>：`` followed by paragraphs of
  that person's remarks without quote marks;
* paragraphs of English quoted as blocks inside a Chinese article after a speech cue.

Quoted names, slogans and titles (“十五五”, ‘保護+新建’) are ``term`` wherever they are,
inside speech too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.attribution import Candidate, Speakers, Subject, subject_of
from reader.model import Block, Document, Quote, QuoteKind
from reader.quote_marks import PAIRS, Quoted, scan_quotes, top_level
from reader.reported import statement_span
from reader.speech import (
    BLANKS,
    CLAUSE_END,
    Cue,
    ends_like_speech,
    find_cues,
    sentence_end,
)

BODY_KINDS = ("paragraph", "quote", "list")
POST_REACH = 45
"""How far after a closing mark the speaker's name (with its full role) may start."""
MIN_SPEECH = 4
"""Quoted words shorter than this are a term unless a verb of saying introduces them."""
MIN_CLAUSE = 6
"""A quoted clause continuing someone's sentence is speech from this length on."""
JOINING_WORDS = ("但", "而", "並", "并", "且", "也", "還", "还", "更", "卻", "却")
"""``…，但「目前沒有減價的空間」``: a conjunction may stand between the comma and the quote."""
LABEL_MAX = 60
"""A speaker label line (<org><title><name>：) is no longer than this."""
_PAREN = re.compile(r"[（(][^（()）]{1,30}[）)]")
_CLAUSE_MARKS = frozenset("，,；;：:。！？!?")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


@dataclass(slots=True)
class _Speech:
    """A top-level quote judged to be speech, with what attributes it."""

    quote: Quoted
    pre: Cue | None = None
    colon_at: int = -1
    post: Candidate | None = None
    post_cue: Cue | None = None
    post_subject: Subject | None = None


@dataclass(slots=True)
class _Reported:
    cue: Cue
    start: int
    end: int
    subject: Subject
    emit: bool = True
    """False for what a group or an organisation said: not reported, but it changes who speaks."""


@dataclass(slots=True)
class _Carry:
    """The speaker a paragraph leaves to the next: set when the paragraph held speech."""

    active: bool = False
    speaker: str | None = None
    unknown: int = -1
    """Where words by someone the people list lacks (該負責人, a missed name) ended, or -1."""


def _quote(
    doc: Document,
    start: int,
    end: int,
    kind: QuoteKind,
    speaker: str | None = None,
    cue: tuple[int, int] = (-1, -1),
) -> Quote:
    return Quote(doc.text[start:end], kind, start, end, speaker, cue[0], cue[1])


def _next_char(text: str, pos: int, hi: int) -> str:
    while pos < hi and text[pos] in BLANKS:
        pos += 1
    return text[pos] if pos < hi else ""


def pre_cue(text: str, lo: int, q: Quoted, cues: list[Cue]) -> Cue | None:
    """A verb of saying right before the opening mark (說：“, 表示，“, 提及「)."""
    for cue in reversed(cues):
        if cue.end > q.open_at:
            continue
        between = text[cue.end : q.open_at].strip(BLANKS)
        if between in ("", "：", ":", "，", ","):
            return cue
        return None
    return None


def colon_before(text: str, lo: int, q: Quoted) -> int:
    """Offset of a colon just before the opening mark, or -1."""
    i = q.open_at - 1
    while i >= lo and text[i] in BLANKS:
        i -= 1
    return i if i >= lo and text[i] in "：:" else -1


def _ends_attribution(text: str, pos: int, hi: int) -> bool:
    """``…”X說。`` / ``…”X說，“…”``: the verb closes the clause; ``…」，X認為這和…`` does not."""
    nxt = _next_char(text, pos, hi)
    return not nxt or nxt in "，,。.！!？?；;" or nxt in PAIRS


def quote_is_object(text: str, lo: int, q: Quoted) -> bool:
    """``執行“兩個必須”要求``, ``的“四不”規定``: a quote right after a word (a verb's object,
    a 的) opens no clause of its own, so a verb of saying glued after it is no verb of its."""
    i = q.open_at
    while i > lo and text[i - 1] in BLANKS:
        i -= 1
    return i > lo and _CJK.match(text, i - 1) is not None


def post_attribution(
    text: str, lo: int, hi: int, q: Quoted, cues: list[Cue], speakers: Speakers, next_open: int
) -> tuple[Candidate | None, Cue | None, Subject | None]:
    """The person and verb right after a closing mark (”舞陽縣…局長康天琦說。).

    Only the clause that follows the quote counts: in ``「東岸新城」計劃，被指…，她稱：``
    the verb belongs to a later clause and says nothing about the quoted words.
    """
    if q.close_at < 0:
        return None, None, None
    p = q.after
    while p < hi and text[p] in BLANKS + "，,":
        p += 1
    reach = min(sentence_end(text, p, hi), next_open, p + POST_REACH)
    cue = next((c for c in cues if p <= c.start < reach), None)
    if cue is not None and cue.start == q.after and quote_is_object(text, lo, q):
        cue = None  # 落實“三個不准”要求，: 要求 is a noun and the quote names a thing
    if cue is not None and _ends_attribution(text, cue.end, hi) and not any(
        ch in _CLAUSE_MARKS for ch in text[p : cue.start]
    ):
        subject = subject_of(speakers, lo, cue.start, floor=p)
        return subject.candidate, cue, subject
    cand = speakers.first_after(p, reach)
    if cand is not None and any(ch in _CLAUSE_MARKS for ch in text[p : cand.start]):
        cand = None
    return cand, None, None


def whole_sentence(text: str, lo: int, hi: int, q: Quoted, content: str) -> bool:
    """``…發展空間。“這一步肯定是對的，可以把資金用在新業務上”。``: a quote that
    is a sentence of its own, with its full stop outside the marks, is someone's words."""
    if q.close_at < 0 or len(content) < MIN_CLAUSE or not any(ch in content for ch in "，,；;"):
        return False
    before = text[lo : q.open_at].rstrip(BLANKS)
    after = _next_char(text, q.after, hi)
    opens_sentence = not before or before[-1] in "。！？!?；;"
    return opens_sentence and after in ("", "。", "！", "？", "!", "?")


def continues_speech(text: str, lo: int, q: Quoted, cues: list[Cue]) -> bool:
    """``X說，今年收成很好，“比去年多兩成”。``: a quoted clause after a comma, in a sentence
    someone is already speaking, is their words too."""
    before = text[lo : q.open_at].rstrip(BLANKS)
    for conj in JOINING_WORDS:
        if before.endswith(conj) and before[: -len(conj)].endswith(("，", ",")):
            before = before[: -len(conj)]
            break
    if not before.endswith(("，", ",")):
        return False
    start = q.open_at
    while start > lo and text[start - 1] not in "。！？!?\n":
        start -= 1  # a semicolon does not end what the speaker is saying
    return any(start <= c.start and c.end <= q.open_at for c in cues)


def chained(text: str, before: Quoted, q: Quoted) -> bool:
    """``「政府需要找好時機」、「23條立法工作不能迴避」``: a quote joined to speech by 、 is
    more of the same words."""
    if before.close_at < 0 or not text[q.start : q.end].strip(BLANKS):
        return False
    return text[before.after : q.open_at].strip(BLANKS) in ("、", "，", ",")


def classify(
    text: str, lo: int, hi: int, q: Quoted, cues: list[Cue], speakers: Speakers, next_open: int
) -> _Speech | None:
    """Speech (with its attribution) or None for a term: the speech-versus-term rule."""
    content = text[q.start : q.end].strip(BLANKS)
    if not content:
        return None
    pre = pre_cue(text, lo, q, cues)
    # 說：“好” is speech; 強調“兩個維護” with nothing between verb and quote names a slogan.
    pre_punct = pre is not None and text[pre.end : q.open_at].strip(BLANKS) != ""
    colon = colon_before(text, lo, q)
    post, post_cue, post_subject = post_attribution(text, lo, hi, q, cues, speakers, next_open)
    after = _next_char(text, q.after, hi)
    after_ok = q.close_at < 0 or not after or after in CLAUSE_END or after in PAIRS or (
        post is not None and post.start <= q.after + 2
    )
    label = quote_is_object(text, lo, q) and not any(ch in _CLAUSE_MARKS for ch in content)
    if post_subject is not None and label:
        post_subject = None  # 批評政府「見步行步」，她認為，…: a label the verb before it took, not her words
    speech = (
        (ends_like_speech(content) and len(content) >= MIN_SPEECH)
        or whole_sentence(text, lo, hi, q, content)
        or (after_ok and len(content) >= MIN_CLAUSE and continues_speech(text, lo, q, cues))
        or (pre is not None and after_ok and len(content) >= (2 if pre_punct else MIN_CLAUSE))
        or (colon >= 0 and after_ok and len(content) >= MIN_CLAUSE)
        or (post_subject is not None and post_subject.kind != "other" and len(content) >= MIN_SPEECH)
    )
    if not speech:
        return None
    return _Speech(q, pre, colon, post, post_cue, post_subject)


def _speaker_of(
    subject: Subject, speakers: Speakers, lo: int, current: str | None, unknown: int = -1
) -> tuple[bool, str | None]:
    """(known, name): whether the subject settles who speaks, and who."""
    if subject.kind == "person":
        return True, speakers.resolve(subject.candidate, lo, unknown)
    if subject.kind == "dropped":
        return False, current
    return True, None


def _cue_span(cue: Cue, subject: Subject | None) -> tuple[int, int]:
    if subject is not None and subject.candidate is not None and subject.candidate.start < cue.start:
        return subject.candidate.start, cue.end
    return cue.start, cue.end


def role_mask(doc: Document) -> bytearray:
    """Which characters lie in a person's role: a quote there (``“晨光書屋”店長``) names a thing."""
    mask = bytearray(len(doc.text) + 1)
    for person in doc.people:
        for role in person.roles:
            mask[role.start : role.end] = b"\x01" * (role.end - role.start)
    return mask


def analyse_paragraph(
    doc: Document,
    block: Block,
    quoted: list[Quoted],
    speakers: Speakers,
    carry: _Carry,
    in_roles: bytearray | None = None,
) -> tuple[list[Quote], _Carry]:
    """Quotes, terms and reported speech of one paragraph; the carry goes to the next.

    A quote inside a role is a term and no speech: the quote before it looks past it for
    its speaker (``“…。”“晨光書屋”店長林某說。``)."""
    text, lo, hi = doc.text, block.start, block.end
    tops = [q for q in top_level(quoted) if in_roles is None or not in_roles[q.open_at]]
    spans = [(q.open_at, q.after) for q in tops]
    cues = [c for c in find_cues(text, lo, hi, speakers.ends) if not any(s <= c.start < e for s, e in spans)]
    out: list[Quote] = []
    speeches: list[_Speech] = []
    for i, q in enumerate(tops):
        next_open = tops[i + 1].open_at if i + 1 < len(tops) else hi
        found = classify(text, lo, hi, q, cues, speakers, next_open)
        if found is None and speeches and chained(text, speeches[-1].quote, q):
            found = _Speech(q)
        if found is not None:
            speeches.append(found)
    speech_quotes = [s.quote for s in speeches]
    reported: list[_Reported] = []
    consumed = lo
    for cue in cues:
        if cue.start < consumed:
            continue
        span = statement_span(text, lo, hi, cue, cues, speech_quotes, speakers)
        if span is None:
            continue
        subject = subject_of(speakers, lo, cue.start)
        reported.append(_Reported(cue, span[0], span[1], subject, subject.kind not in ("group", "other")))
        speakers.add_content(span[0], span[1])
        consumed = span[1]
    current = carry.speaker if carry.active else None
    unknown = carry.unknown if carry.active else -1
    had_speech = False
    events: list[_Speech | _Reported] = [*speeches, *reported]
    events.sort(key=lambda e: e.quote.open_at if isinstance(e, _Speech) else e.start)
    prev_after = lo
    for event in events:
        if isinstance(event, _Reported):
            if not event.emit:
                current, unknown = None, event.end
                continue
            known, name = _speaker_of(event.subject, speakers, lo, current, unknown)
            if not known and name is None:
                continue
            said = _cue_span(event.cue, event.subject)
            out.append(_quote(doc, event.start, event.end, "indirect", name, said))
            current, had_speech, unknown = name, True, event.end if name is None else -1
            continue
        q = event.quote
        cue_span: tuple[int, int] = (-1, -1)
        if event.pre is not None:
            subject = subject_of(speakers, lo, event.pre.start, floor=prev_after)
            _, name = _speaker_of(subject, speakers, lo, current, unknown)
            cue_span = _cue_span(event.pre, subject)
        elif event.colon_at >= 0:
            subject = subject_of(speakers, lo, event.colon_at, floor=prev_after)
            _, name = _speaker_of(subject, speakers, lo, current, unknown)
        elif event.post_cue is not None and event.post_subject is not None:
            _, name = _speaker_of(event.post_subject, speakers, lo, current, unknown)
            cue_span = _cue_span(event.post_cue, event.post_subject)
        elif event.post is not None:
            name = speakers.resolve(event.post, lo, unknown)
            cue_span = (event.post.start, event.post.end)
        else:
            name = current
        out.append(_quote(doc, q.start, q.end, "direct", name, cue_span))
        current, had_speech, unknown = name, True, q.after if name is None else -1
        prev_after = q.after
    speech_set = {id(q) for q in speech_quotes}
    for q in quoted:
        if id(q) not in speech_set and text[q.start : q.end].strip(BLANKS):
            out.append(_quote(doc, q.start, q.end, "term"))
    ends_with_colon = text[lo:hi].rstrip(BLANKS).endswith(("：", ":"))
    if ends_with_colon:
        tail = [c for c in cues if text[c.end : hi].strip(BLANKS + "：:") == ""]
        if tail:
            subject = subject_of(speakers, lo, tail[-1].start)
            _, name = _speaker_of(subject, speakers, lo, current)
            return out, _Carry(True, name)
        cand = speakers.nearest_before(lo, hi)
        if cand is not None:
            return out, _Carry(True, speakers.resolve(cand, lo))
    if had_speech or unknown >= 0:
        return out, _Carry(True, current, unknown)
    return out, _Carry()


def _named_at(text: str, lo: int, colon: int, speakers: Speakers) -> str | None:
    """The person whose name ends right before ``colon`` (a parenthesis may stand between)."""
    cand = speakers.nearest_before(lo, colon)
    if cand is None or cand.name is None:
        return None
    gap = text[cand.end : colon].strip(BLANKS)
    return cand.name if gap == "" or _PAREN.fullmatch(gap) else None


def introduces_speech(block: Block, speakers: Speakers) -> _Carry:
    """A line of its own ending in ``X說：`` hands the floor to X for what follows."""
    text, lo, hi = speakers.text, block.start, block.end
    if not text[lo:hi].rstrip(BLANKS).endswith(("：", ":")):
        return _Carry()
    tail = [c for c in find_cues(text, lo, hi, speakers.ends) if text[c.end : hi].strip(BLANKS + "：:") == ""]
    if not tail:
        return _Carry()
    subject = subject_of(speakers, lo, tail[-1].start)
    return _Carry(True, speakers.resolve(subject.candidate, lo) if subject.kind == "person" else None)


def label_speaker(block: Block, speakers: Speakers) -> tuple[bool, str | None]:
    """Is ``block`` an interview label ``<org><title><name>：``, and whose remarks follow?

    Only a person's name right before the colon makes a label: a heading such as
    ``主要做法：`` must not turn the paragraphs under it into somebody's words.
    """
    body = block.text.rstrip(BLANKS)
    if not body.endswith(("：", ":")) or len(body) > LABEL_MAX:
        return False, None
    if any(mark in body for mark in PAIRS) or find_cues(block.text, 0, len(body)):
        return False, None
    name = _named_at(speakers.text, block.start, block.start + len(body) - 1, speakers)
    if name is not None:
        return True, name
    return False, None


def someone_else_speaks(block: Block, speaker: str | None, speakers: Speakers) -> bool:
    """Does a paragraph under a label name another person as speaking (the remarks are over)?"""
    text, lo, hi = speakers.text, block.start, block.end
    for cue in find_cues(text, lo, hi, speakers.ends):
        subject = subject_of(speakers, lo, cue.start)
        if subject.kind == "person" and speakers.resolve(subject.candidate, lo) != speaker:
            return True
    return False


def reports_label_speaker(block: Block, speaker: str | None, speakers: Speakers) -> bool:
    """Under a label, ``他還建議，…`` (the paragraph opens with the labelled person and a verb
    of saying): the reporter tells what they said, so it is reported speech, not remarks."""
    text, lo, hi = speakers.text, block.start, block.end
    cues = find_cues(text, lo, hi, speakers.ends)
    if not cues or speaker is None:
        return False
    subject = subject_of(speakers, lo, cues[0].start)
    cand = subject.candidate
    if subject.kind != "person" or cand is None or text[lo : cand.start].strip(BLANKS):
        return False
    if _next_char(text, cues[0].end, hi) not in ("，", ",", "：", ":"):
        return False
    return speakers.resolve(cand, lo) == speaker


ANSWER_LABELS = ("答：", "答:", "A：", "A:")
"""Interview transcripts mark answers so; the one answering is the person being interviewed."""


def answer_start(block: Block) -> int | None:
    """Where an answer's words start in ``答：…``, or None."""
    for label in ANSWER_LABELS:
        if block.text.startswith(label):
            rest = block.text[len(label) :]
            skipped = len(rest) - len(rest.lstrip(BLANKS))
            if len(rest) > skipped:
                return block.start + len(label) + skipped
    return None


def inline_label(block: Block, speakers: Speakers) -> tuple[int, str] | None:
    """``<name>：remarks`` in one paragraph (interview transcripts): where remarks start, whose."""
    text = speakers.text
    head = text[block.start : min(block.end, block.start + LABEL_MAX)]
    m = re.search("[：:]", head)
    if m is None:
        return None
    colon = block.start + m.start()
    before = text[block.start : colon]
    if any(mark in before for mark in PAIRS) or find_cues(text, block.start, colon):
        return None
    name = _named_at(text, block.start, colon, speakers)
    start = colon + 1
    while start < block.end and text[start] in BLANKS:
        start += 1
    if name is None or start >= block.end or text[start] in PAIRS:
        return None
    return start, name


def is_latin_block(text: str) -> bool:
    """A paragraph written in English (or another Latin-script language)."""
    latin = len(_LATIN.findall(text))
    return latin >= 12 and len(_CJK.findall(text)) * 10 < latin


def mostly_chinese(blocks: list[Block]) -> bool:
    """Is the article written in Chinese (so English paragraphs in it are quoted material)?"""
    latin = sum(1 for b in blocks if is_latin_block(b.text))
    return latin * 2 < len(blocks)


def _remarks(doc: Document, block: Block, quoted: list[Quoted], speaker: str | None) -> list[Quote]:
    out = [_quote(doc, block.start, block.end, "direct", speaker)]
    out += [_quote(doc, q.start, q.end, "term") for q in quoted if doc.text[q.start : q.end].strip(BLANKS)]
    return out


def extract_quotes(doc: Document) -> tuple[Quote, ...]:
    """Every quote in ``doc`` in reading order, attributed to ``doc.people`` where possible."""
    body = [b for b in doc.blocks if b.kind in BODY_KINDS]
    scans: dict[int, list[Quoted]] = {}
    still_open = False
    for b in body:
        scanned = scan_quotes(doc.text, b.start, b.end, continued=still_open)
        scans[b.start] = scanned
        still_open = any(q.depth == 0 and q.close_at < 0 and q.end - q.start >= MIN_CLAUSE for q in scanned)
    spans = [(q.open_at, q.after) for found in scans.values() for q in found if q.depth == 0]
    speakers = Speakers(doc, spans)
    in_roles = role_mask(doc)
    chinese = mostly_chinese(body)
    out: list[Quote] = []
    carry = _Carry()
    label: tuple[bool, str | None] = (False, None)
    interviewee: str | None = None
    for block in doc.blocks:
        if block.kind == "heading":
            label = label_speaker(block, speakers)
            carry = _Carry()
            if not label[0]:
                carry = introduces_speech(block, speakers)
            continue
        if block.kind not in BODY_KINDS:
            continue
        quoted = scans[block.start]
        own_label = label_speaker(block, speakers)
        if own_label[0] and not quoted:
            label, carry = own_label, _Carry()
            continue
        if label[0] and not someone_else_speaks(block, label[1], speakers):
            if reports_label_speaker(block, label[1], speakers):
                found, _ = analyse_paragraph(doc, block, quoted, speakers, _Carry(True, label[1]), in_roles)
                out += found
            else:
                out += _remarks(doc, block, quoted, label[1])
            continue
        label = (False, None)
        inline: tuple[int, str | None] | None = inline_label(block, speakers)
        answer = answer_start(block)
        if inline is None and answer is not None:
            inline = (answer, interviewee or speakers.last_named_before(block.start))
        if inline is not None:
            start, name = inline
            out.append(_quote(doc, start, block.end, "direct", name, (block.start, start)))
            out += [_quote(doc, q.start, q.end, "term") for q in quoted if q.open_at >= start]
            carry = _Carry(True, name)
            interviewee = name
            continue
        if carry.active and carry.speaker is not None:
            interviewee = carry.speaker
        if chinese and carry.active and block.text[:1] not in PAIRS and is_latin_block(block.text):
            out += _remarks(doc, block, quoted, carry.speaker)
            continue
        found, carry = analyse_paragraph(doc, block, quoted, speakers, carry, in_roles)
        out += found
    out.sort(key=lambda q: (q.start, -q.end))
    return tuple(out)
