"""Who is speaking at a given place: the people's mentions, and 他/她 resolved to a person.

People are found by :mod:`reader.people`; this module only looks their mentions up by
offset, so quotes and the people sidebar always agree on who a person is. Mentions inside
quotation marks are not candidates: a name inside someone's words is not who is talking.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reader.model import Document
from reader.names import find_all
from reader.speech import clause_start, is_group, only_adverbs, sentence_start, without_addressee

PRONOUNS = frozenset("他她")
ADDRESSEE_MARKS = ("向", "對", "对", "跟", "給", "给", "告訴", "告诉", "和", "與", "与", "同")
"""Words before a name that make that person the one addressed, not the speaker."""
_PRONOUN_BAD_AFTER = frozenset("們们人國国鄉乡殺杀者")
_PRONOUN_BAD_BEFORE = frozenset("其吉利排無无")
_PRONOUN_RE = re.compile("[" + "".join(sorted(PRONOUNS)) + "]")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place where a person is named or referred to: a possible speaker."""

    start: int
    """Offset of the mention's first character."""
    end: int
    """Offset one past the mention."""
    name: str | None
    """The person's name, or None for a pronoun not yet resolved."""

    @property
    def pronoun(self) -> bool:
        """A 他/她 that must be resolved to a person."""
        return self.name is None


def find_pronouns(text: str, lo: int, hi: int) -> list[Candidate]:
    """Singular 他/她 in ``text[lo:hi]`` (not 他們, 其他 or 她人)."""
    found: list[Candidate] = []
    for m in _PRONOUN_RE.finditer(text, lo, hi):
        i = m.start()
        if i + 1 < len(text) and text[i + 1] in _PRONOUN_BAD_AFTER:
            continue
        if i > 0 and text[i - 1] in _PRONOUN_BAD_BEFORE:
            continue
        found.append(Candidate(i, i + 1, None))
    return found


class Enclosing:
    """Spans (quotations) to ask "does one of them hold [start, end)?" in logarithmic time:
    sorted by start, with the furthest end reached so far, so a long article with thousands
    of quotes is not scanned once per name."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _e in ordered]
        self._reach: list[int] = []
        furthest = -1
        for _s, e in ordered:
            furthest = max(furthest, e)
            self._reach.append(furthest)

    def holds(self, start: int, end: int) -> bool:
        """Some span starts at or before ``start`` and ends at or after ``end``."""
        i = bisect.bisect_right(self._starts, start) - 1
        return i >= 0 and self._reach[i] >= end


def _outside(spans: Enclosing, start: int, end: int) -> bool:
    return not spans.holds(start, end)


NAME_FORMS = ("name", "short_name", "surname_title")
"""Mention kinds whose text names the person wherever it occurs."""


def _unlisted_occurrences(doc: Document, named: list[Candidate], quoted: Enclosing) -> list[Candidate]:
    """Places where a person's name (as the people extraction wrote it) occurs without a mention.

    People extraction may skip an occurrence it is unsure of (a name before a stray space);
    the name is still that person's, so speakers are looked up by it too.
    """
    if not doc.people:
        return []
    taken = bytearray(len(doc.text))
    for c in named:
        taken[c.start : c.end] = b"\x01" * (c.end - c.start)
    extra: list[Candidate] = []
    forms_of = [
        {person.name} | {m.text for m in person.mentions if m.kind in NAME_FORMS} for person in doc.people
    ]
    found: dict[str, list[int]] | None = None
    if len(doc.people) > MANY_PEOPLE:  # one pass for all names, not one per name
        found = find_all(doc.text, {f for forms in forms_of for f in forms if len(f) >= 2})
    for person, forms in zip(doc.people, forms_of, strict=True):
        for form in sorted((f for f in forms if len(f) >= 2), key=len, reverse=True):
            places = found.get(form, []) if found is not None else None
            start = _next_place(doc.text, form, 0, places)
            while start >= 0:
                end = start + len(form)
                if not any(taken[start:end]) and _outside(quoted, start, end):
                    extra.append(Candidate(start, end, person.name))
                    taken[start:end] = b"\x01" * (end - start)
                start = _next_place(doc.text, form, end, places)
    return extra


MANY_PEOPLE = 50
"""Above this many people, their names are found in one pass over the text."""


def _next_place(text: str, form: str, pos: int, places: list[int] | None) -> int:
    """``text.find(form, pos)``, from the places found beforehand when there are some."""
    if places is None:
        return text.find(form, pos)
    k = bisect.bisect_left(places, pos)
    return places[k] if k < len(places) else -1


class Speakers:
    """Person mentions and pronouns in reading order, for looking speakers up by offset."""

    def __init__(self, doc: Document, quoted_spans: Sequence[tuple[int, int]] = ()) -> None:
        self.text = doc.text
        quoted = Enclosing(quoted_spans)
        named: list[Candidate] = []
        for person in doc.people:
            for mention in person.mentions:
                if mention.kind in ("byline", "pronoun"):
                    continue
                if mention.end > mention.start and _outside(quoted, mention.start, mention.end):
                    named.append(Candidate(mention.start, mention.end, person.name))
        named += _unlisted_occurrences(doc, named, quoted)
        named.sort(key=lambda c: (c.start, -(c.end - c.start)))
        kept: list[Candidate] = []
        for cand in named:
            if kept and cand.start < kept[-1].end:
                continue  # overlapping mentions: the longer one, found first, wins
            kept.append(cand)
        self.named = kept
        self._named_starts = [c.start for c in kept]
        pronouns = [c for c in find_pronouns(doc.text, 0, len(doc.text)) if _outside(quoted, c.start, c.end)]
        self.all = sorted(
            kept + [p for p in pronouns if not self._in_named(p.start)],
            key=lambda c: c.start,
        )
        self._all_starts = [c.start for c in self.all]
        self._content = bytearray(len(doc.text) + 1)
        self.ends = frozenset(c.end for c in self.all)
        """Where names and pronouns end: the only places a bare 指 can be a verb of saying."""

    def between(self, lo: int, hi: int) -> list[Candidate]:
        """Candidates (names and pronouns) lying wholly inside ``[lo, hi)``."""
        i = bisect.bisect_left(self._all_starts, lo)
        out: list[Candidate] = []
        while i < len(self.all) and self.all[i].start < hi:
            if self.all[i].end <= hi:
                out.append(self.all[i])
            i += 1
        return out

    def nearest_before(self, lo: int, pos: int) -> Candidate | None:
        """The candidate closest before ``pos`` and not before ``lo``."""
        found = self.between(lo, pos)
        return found[-1] if found else None

    def first_after(self, pos: int, hi: int) -> Candidate | None:
        """The first candidate at or after ``pos`` and before ``hi``."""
        found = self.between(pos, hi)
        return found[0] if found else None

    def add_content(self, start: int, end: int) -> None:
        """Mark ``[start, end)`` as reported words: names in it are not who 他/她 is."""
        self._content[start:end] = b"\x01" * (end - start)

    def _in_content(self, cand: Candidate) -> bool:
        return cand.end > cand.start and 0 not in self._content[cand.start : cand.end]

    def _in_named(self, pos: int) -> bool:
        """``pos`` lies inside a kept name mention."""
        i = bisect.bisect_right(self._named_starts, pos) - 1
        return i >= 0 and pos < self.named[i].end

    def last_named_index(self, pos: int) -> int:
        """Index in :attr:`named` of the last name before ``pos`` outside reported words, or -1."""
        i = bisect.bisect_left(self._named_starts, pos) - 1
        while i >= 0 and self._in_content(self.named[i]):
            i -= 1
        return i

    def last_named_before(self, pos: int) -> str | None:
        """The person named last before ``pos`` outside reported words, anywhere earlier."""
        i = self.last_named_index(pos)
        return self.named[i].name if i >= 0 else None

    def resolve(self, cand: Candidate | None, block_start: int = 0, unknown: int = -1) -> str | None:
        """The person a candidate stands for: its name, or for 他/她 the sentence's subject.

        A pronoun points at the first person named earlier in its own sentence (the
        subject, as in 李美玲…回應陳大文…，但她…), else at the last person named before it
        outside what was said (李美玲表示，陳大文…。她今天指… → 李美玲). When somebody the
        people list lacks spoke last (their words ending at ``unknown``) and nobody was named
        since, the pronoun is that somebody: None rather than a wrong name.
        """
        if cand is None:
            return None
        if cand.name is not None:
            return cand.name
        lo = sentence_start(self.text, block_start, cand.start)
        i = bisect.bisect_left(self._named_starts, lo)
        while i < len(self.named) and self.named[i].end <= cand.start:
            if not self._in_content(self.named[i]):
                return self.named[i].name
            i += 1
        last = self.last_named_index(cand.start)
        if last < 0 or (unknown >= 0 and self.named[last].start < unknown):
            return None  # 某議員會後表示，…。她說…: the pronoun is that unnamed member
        return self.named[last].name


CONJUNCTIONS = ("並", "并", "又", "亦", "還", "还", "再", "則", "则", "更", "也")
"""``…這個立場並說``: a verb joined to the clause before keeps that clause's subject, and
inside a statement it starts a new one by the same speaker."""
CIRCUMSTANCE_START = (
    "在", "於", "于", "當", "当", "面對", "面对", "針對", "针对", "對於", "对于", "就", "對此", "对此",
    "隨後", "随后", "同時", "同时", "其後", "其后", "之後", "之后", "作為", "作为", "結合", "结合",
)
ADVERB_ENDS = ("即", "就", "又", "也", "亦", "都", "還", "还", "則", "则", "便", "更", "再", "曾")
CIRCUMSTANCE_END = ("時", "时", "後", "后", "中", "上", "前", "間", "间", "裏", "里", "下")


def circumstance(clause: str) -> bool:
    """Can this clause stand between a subject and its verb (在會上, 被問到…時即, 又)?"""
    body = clause.strip(" \t\u3000")
    if only_adverbs(body):
        return True
    trimmed = body
    for _ in range(3):
        trimmed = trimmed.removesuffix(next((a for a in ADVERB_ENDS if trimmed.endswith(a)), ""))
    return body.startswith(CIRCUMSTANCE_START) or trimmed.endswith(CIRCUMSTANCE_END)


@dataclass(frozen=True, slots=True)
class Subject:
    """Who a verb of saying belongs to, as far as the text shows."""

    kind: str
    """``person`` (a name or pronoun), ``dropped`` (no subject: the last speaker goes on),
    ``group`` (大家紛紛表示) or ``other`` (an organisation, a report, a newspaper)."""
    candidate: Candidate | None = None
    """The mention taken as the subject when ``kind`` is ``person``."""


def subject_of(speakers: Speakers, block_start: int, verb_start: int, floor: int | None = None) -> Subject:
    """The subject of a verb of saying: the nearest person mentioned before it in its sentence.

    ``floor`` stops the search earlier (at the end of a quote just before, for instance).
    With nobody named in the sentence, a clause that begins with the verb or with adverbs
    only (又指…, 並說…) continues the last speaker; a group or any other subject has no
    person.
    """
    text = speakers.text
    lo = sentence_start(text, block_start, verb_start)
    if floor is not None:
        lo = max(lo, floor)
    cand = speakers.nearest_before(lo, verb_start)
    while cand is not None and text[max(lo, cand.start - 2) : cand.start].endswith(ADDRESSEE_MARKS):
        # 向張三表示 / 對他說: the one spoken to; the speaker is named before.
        earlier = speakers.nearest_before(lo, cand.start)
        cand = earlier
    clause_at = clause_start(text, lo, verb_start)
    clause = text[clause_at:verb_start]
    joined = clause.rstrip(" \t\u3000").endswith(CONJUNCTIONS)
    if cand is not None and cand.end <= clause_at and not joined and not circumstance(clause):
        # 李美玲…，被問到有報道引消息稱: the verb's own clause has another subject.
        return Subject("group" if is_group(clause) else "other")
    if cand is not None:
        gap = text[cand.end : verb_start]
        plural = cand.pronoun and text[cand.end : cand.end + 1] in ("們", "们")
        if is_group(without_addressee(gap)) or plural:
            return Subject("group")
        return Subject("person", cand)
    if is_group(clause):
        return Subject("group")
    if only_adverbs(clause):
        return Subject("dropped")
    return Subject("other")
