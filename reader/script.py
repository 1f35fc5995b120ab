"""Script conversion (Simplified, Traditional, Taiwan, Hong Kong) that keeps every offset exact.

Public API (no Qt; OpenCC is loaded on first use, never on import):

``SCRIPTS`` / ``ScriptChoice``
    What the reader offers, in menu order: ``original``, ``simplified`` (简体), ``traditional``
    (繁體), ``taiwan`` (臺灣正體, with Taiwan phrases) and ``hongkong`` (香港繁體). Each has a
    ``key``, a ``label`` for menus and a ``shortcut`` digit.
``detect_script(text) -> ScriptInfo``
    The document's own script from character statistics: ``traditional``, ``simplified``,
    ``mixed`` or ``neutral`` (no script-specific characters at all); ``info.label`` names it for
    the status bar (繁體, 简体, 繁简混合, —). Cached per text.
``config_for(target, info) -> str | None``
    The OpenCC configuration that shows a document of script ``info`` in ``target`` (a script
    key); None means the text is shown as it is.
``convert_text(text, config) -> str``
    Plain conversion of a string, exactly what OpenCC gives (used by ``reader convert``).
``view_document(doc, target_or_config) -> DocumentView``
    The converted :class:`~reader.model.Document` plus the :class:`OffsetMap` between original and
    converted offsets, cached per document and configuration. ``target_or_config`` is a script key
    (``"taiwan"``) or an OpenCC configuration name (``"s2twp"``, ``"t2s.json"``). This is what the
    window uses: map highlights and search hits (which are found in the original text) with
    ``view.offsets.to_converted(start, "start")`` / ``(end, "end")``, and a selection made in the
    converted text back with ``view.offsets.to_original``.
``convert_document(doc, target_or_config) -> Document``
    ``view_document(...).document``: a new, valid Document whose every entity (block, section,
    credit, mention, role, quote, inline) satisfies ``text[start:end] == entity.text`` in the
    converted text; names, roles, quote texts, speakers and meta values are converted consistently
    (``Quote.speaker`` is always the converted ``Person.name``). The original is never altered.
``map_offset(doc, target_or_config, offset, side="start") -> int``
    Shortcut for ``view_document(doc, target).offsets.to_converted(offset, side)``;
    ``remap(offset, source_view, target_view, side)`` carries an offset from one script's view to
    another's through the original (the window's cursor and selection on a script switch).
    Blocks, sections, mentions and quotes keep their order and count in every view, so
    ``view.document.blocks[i]`` is ``doc.blocks[i]`` converted (the paragraph at the top).
``convert_with_map(text, config, cuts=()) -> Conversion``
    The building block: converted text and offset map, with exact anchors at every ``cut``.

Why offsets survive: the text is converted piece by piece, cut at every entity boundary and at
line breaks, so each boundary maps exactly (a phrase that straddles an entity boundary is converted
as two pieces, the only place the result can differ from converting the whole text; a boundary in
the middle of a phrase is rare and then the entity must win). Pieces whose length changed (Taiwan
phrases: 優化 → 最佳化) are bisected wherever converting the halves separately gives the same
result, so the map stays fine-grained; what cannot be split is one atomic run, and an offset inside
it maps to the run's start (``side="start"``) or end (``side="end"``), so a highlight covering part
of a converted phrase covers the whole converted phrase.

Which configuration, and why (``config_for``):

=============  ===========  ==========================================================
target         source       configuration
=============  ===========  ==========================================================
original       any          none
simplified     any          ``t2s``: Traditional characters become Simplified; characters
                            that are already Simplified are not in its tables
traditional    simplified   ``s2t``
traditional    trad./mixed  ``s2t`` as well: Traditional characters pass through its tables
                            unchanged, while Simplified leftovers (哪里, 骨干, 范例 in the seed) are
                            repaired; None when detection found no Simplified-only character
taiwan         any          ``s2twp``: the only configuration with Taiwan phrases. For a
                            Traditional document ``t2tw`` would keep the phrases (no 軟件 → 軟體)
                            and the round trip ``t2s`` → ``s2twp`` loses distinctions Simplified
                            merges (髮/發, 乾/幹); measured on the seed, the round trip changed 36
                            characters that ``s2t`` alone leaves or repairs correctly
hongkong       any          ``s2hk``: HK variants (説, 衞, 温) plus the same repair of leftovers
                            (``t2hk`` would keep 哪里)
=============  ===========  ==========================================================

The configurations offered are therefore ``OFFERED_CONFIGS`` = t2s, s2t, s2twp, s2hk; OpenCC's own
test cases for them pass through :func:`convert_text` (tests/test_opencc_cases.py). Any other
configuration the installed OpenCC ships (``s2tw``, ``t2tw``, ``tw2s``, ``hk2s`` …) is accepted
by name, with or without ``.json``.
"""

from __future__ import annotations

import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import Any, Literal

from reader.errors import ReaderError
from reader.model import Block, Document

ScriptName = Literal["traditional", "simplified", "mixed", "neutral"]
Side = Literal["start", "end"]


class ScriptError(ReaderError):
    """An unknown script or OpenCC configuration name."""


@dataclass(frozen=True, slots=True)
class ScriptChoice:
    """One entry of the script menu."""

    key: str
    """Stable identifier, stored in settings: ``original``, ``simplified`` …"""
    label: str
    """What the menu shows, in the script itself."""
    shortcut: str
    """The digit used with Ctrl+Alt in the window."""


SCRIPTS: tuple[ScriptChoice, ...] = (
    ScriptChoice("original", "Original", "0"),
    ScriptChoice("simplified", "简体", "1"),
    ScriptChoice("traditional", "繁體", "2"),
    ScriptChoice("taiwan", "臺灣正體", "3"),
    ScriptChoice("hongkong", "香港繁體", "4"),
)
SCRIPT_KEYS: tuple[str, ...] = tuple(s.key for s in SCRIPTS)
OFFERED_CONFIGS: tuple[str, ...] = ("t2s", "s2t", "s2twp", "s2hk")

_STANDARD_CONFIGS = frozenset(
    {"s2t", "t2s", "s2tw", "tw2s", "s2hk", "hk2s", "s2twp", "tw2sp", "t2tw", "hk2t", "t2hk", "tw2t"}
    | {"t2jp", "jp2t", "s2hkp", "hk2sp"}
)
_TARGET_CONFIG = {"simplified": "t2s", "traditional": "s2t", "taiwan": "s2twp", "hongkong": "s2hk"}
_DETECT_SAMPLE = 200_000
_DOC_CACHE_SIZE = 16


@dataclass(frozen=True, slots=True)
class ScriptInfo:
    """What detection saw: the verdict and the counts it rests on."""

    script: ScriptName
    """``traditional``, ``simplified``, ``mixed`` or ``neutral``."""
    han: int
    """Han characters in the sample."""
    traditional_only: int
    """Characters ``t2s`` changed: written in Traditional."""
    simplified_only: int
    """Characters ``s2t`` changed: written in Simplified (or shared characters it normalises)."""

    @property
    def label(self) -> str:
        """How the status bar names the original's script."""
        return _SCRIPT_LABELS[self.script]


_SCRIPT_LABELS = {"traditional": "繁體", "simplified": "简体", "mixed": "繁简混合", "neutral": "—"}


# --------------------------------------------------------------------------- OpenCC access

_lock = threading.RLock()
_converters: dict[str, Any] = {}


@lru_cache(maxsize=1)
def available_configs() -> frozenset[str]:
    """Configuration names (without ``.json``) the installed OpenCC ships."""
    import opencc

    names = {str(c).removesuffix(".json") for c in getattr(opencc, "CONFIGS", ())}
    return frozenset(names) or _STANDARD_CONFIGS  # a binding without CONFIGS (the pure-Python one)


def normalize_config(config: str) -> str:
    """``T2S.json`` → ``t2s``; unknown names raise :class:`ScriptError` worded for the user."""
    name = config.strip().lower().removesuffix(".json")
    if name not in available_configs():
        configs = ", ".join(sorted(available_configs()))
        raise ScriptError(
            f"unknown script or OpenCC configuration {config!r} "
            f"(scripts: {', '.join(SCRIPT_KEYS)}; configurations: {configs})"
        )
    return name


def _converter(config: str) -> Any:
    name = normalize_config(config)
    with _lock:
        found = _converters.get(name)
        if found is None:
            import opencc

            try:
                found = opencc.OpenCC(name)
            except Exception as exc:  # the binding raises plain RuntimeError/Exception
                raise ScriptError(f"OpenCC cannot load configuration {name!r}: {exc}") from exc
            _converters[name] = found
        return found


def convert_text(text: str, config: str) -> str:
    """Convert a string with one OpenCC configuration: no offsets, nothing cached."""
    if not text:
        return text
    return str(_converter(config).convert(text))


@lru_cache(maxsize=8192)
def _convert_short(text: str, config: str) -> str:
    """Names and meta values recur in every conversion of a document: keep them."""
    return convert_text(text, config)


# --------------------------------------------------------------------------- detection


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")


def _changed(original: str, converted: str) -> int:
    if len(original) == len(converted):
        return sum(1 for a, b in zip(original, converted, strict=True) if a != b)
    # A phrase changed the length: compare line by line, counting the longer side once.
    count = 0
    for a_line, b_line in zip(original.split("\n"), converted.split("\n"), strict=False):
        if len(a_line) == len(b_line):
            count += sum(1 for a, b in zip(a_line, b_line, strict=True) if a != b)
        else:
            count += max(len(a_line), len(b_line))
    return count


@lru_cache(maxsize=8)
def detect_script(text: str) -> ScriptInfo:
    """Traditional, Simplified, mixed or neutral, from what ``t2s`` and ``s2t`` would change.

    A Traditional text has many characters ``t2s`` changes and few ``s2t`` changes (shared
    characters it normalises, Simplified leftovers); a Simplified one the opposite. When the
    smaller count is at least a fifth of the two together the text is called mixed.
    """
    sample = "".join(_HAN.findall(text, 0, _DETECT_SAMPLE))
    if not sample:
        return ScriptInfo("neutral", 0, 0, 0)
    trad = _changed(sample, convert_text(sample, "t2s"))
    simp = _changed(sample, convert_text(sample, "s2t"))
    total = trad + simp
    script: ScriptName
    if total == 0:
        script = "neutral"
    elif min(trad, simp) / total >= 0.2:
        script = "mixed"
    else:
        script = "traditional" if trad > simp else "simplified"
    return ScriptInfo(script, len(sample), trad, simp)


def config_for(target: str, info: ScriptInfo) -> str | None:
    """The configuration that shows a document of script ``info`` in ``target`` (see the table)."""
    if target not in SCRIPT_KEYS:
        raise ScriptError(f"unknown script {target!r} (choose from {', '.join(SCRIPT_KEYS)})")
    if target == "original" or info.script == "neutral":
        return None
    if target == "simplified" and info.traditional_only == 0:
        return None
    if target == "traditional" and info.simplified_only == 0:
        return None
    return _TARGET_CONFIG[target]


# --------------------------------------------------------------------------- offset map


@dataclass(frozen=True, slots=True)
class OffsetMap:
    """Piecewise map between offsets in an original text and in its conversion.

    ``original[i]``/``converted[i]`` are matching breakpoints (both start at 0 and end at the two
    lengths). Between two breakpoints the run is either linear (same length on both sides: offsets
    move together) or atomic (a phrase changed length: inner offsets snap to the run's ends).
    """

    original: tuple[int, ...]
    """Breakpoints in the original text, ascending."""
    converted: tuple[int, ...]
    """The matching breakpoints in the converted text."""

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        """The map of a conversion that changed no length anywhere."""
        return cls((0, length), (0, length))

    @property
    def is_identity(self) -> bool:
        """True when every offset is the same on both sides (no phrase changed length)."""
        return all(a == b for a, b in zip(self.original, self.converted, strict=True))

    def to_converted(self, offset: int, side: Side = "start") -> int:
        """Where ``offset`` of the original lands in the converted text."""
        return _map(self.original, self.converted, offset, side)

    def to_original(self, offset: int, side: Side = "start") -> int:
        """Where ``offset`` of the converted text came from in the original."""
        return _map(self.converted, self.original, offset, side)

    def span_to_converted(self, start: int, end: int) -> tuple[int, int]:
        """A span of the original as the smallest span of the converted text that covers it."""
        return self.to_converted(start, "start"), max(self.to_converted(end, "end"), self.to_converted(start))

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """A span of the converted text as the smallest span of the original that covers it."""
        return self.to_original(start, "start"), max(self.to_original(end, "end"), self.to_original(start))


def _map(src: tuple[int, ...], dst: tuple[int, ...], offset: int, side: Side) -> int:
    if offset <= 0:
        return 0
    if offset >= src[-1]:
        return dst[-1]
    i = bisect_right(src, offset) - 1
    # Several breakpoints may share one source offset (an empty run): take the outermost.
    if src[i] == offset:
        if side == "start":
            while i > 0 and src[i - 1] == offset:
                i -= 1
        return dst[i]
    a0, a1, b0, b1 = src[i], src[i + 1], dst[i], dst[i + 1]
    if a1 - a0 == b1 - b0:
        return b0 + (offset - a0)
    return b0 if side == "start" else b1


class _MapBuilder:
    """Collects runs and merges neighbouring linear runs into one breakpoint pair."""

    def __init__(self) -> None:
        self.original: list[int] = [0]
        self.converted: list[int] = [0]
        self._linear_tail = False

    def add(self, orig_len: int, conv_len: int) -> None:
        if orig_len == 0 and conv_len == 0:
            return
        linear = orig_len == conv_len
        if linear and self._linear_tail:
            self.original[-1] += orig_len
            self.converted[-1] += conv_len
        else:
            self.original.append(self.original[-1] + orig_len)
            self.converted.append(self.converted[-1] + conv_len)
        self._linear_tail = linear

    def build(self) -> OffsetMap:
        return OffsetMap(tuple(self.original), tuple(self.converted))


@dataclass(frozen=True, slots=True)
class Conversion:
    """A converted text with the map back to the original."""

    text: str
    """The converted text."""
    offsets: OffsetMap
    """Original ↔ converted offsets."""
    config: str | None
    """The OpenCC configuration used, None for no conversion."""


_CLAUSE_END = re.compile(r"(?<=[，。、；：！？,.;:!?「」『』“”‘’（）()《》〈〉【】\s])")


def _refine(convert: Any, piece: str, conv: str, out: _MapBuilder, depth: int = 0) -> None:
    """Split a length-changing piece where its halves convert to the same result, recursively."""
    n = len(piece)
    if n == len(conv) or n < 2 or depth > 40:
        out.add(n, len(conv))
        return
    if depth == 0:
        # First cut at clause punctuation, which no phrase spans: one call, short clauses to bisect.
        clauses = [c for c in _CLAUSE_END.split(piece) if c]
        if len(clauses) > 1:
            converted = _convert_pieces(convert, clauses)
            if "".join(converted) == conv:
                for clause, clause_conv in zip(clauses, converted, strict=True):
                    _refine(convert, clause, clause_conv, out, 1)
                return
    mid = n // 2
    for delta in range(min(n, 13)):
        for m in (mid - delta, mid + delta) if delta else (mid,):
            if not 0 < m < n:
                continue
            left = str(convert(piece[:m]))
            if conv.startswith(left) and str(convert(piece[m:])) == conv[len(left) :]:
                _refine(convert, piece[:m], left, out, depth + 1)
                _refine(convert, piece[m:], conv[len(left) :], out, depth + 1)
                return
    out.add(n, len(conv))


def _convert_pieces(convert: Any, pieces: list[str]) -> list[str]:
    """Each piece converted on its own, in one OpenCC call.

    Pieces hold no line break (line breaks are pieces of their own), and no dictionary entry
    spans one, so converting the pieces joined by ``\n`` and splitting the result is the same
    as converting them one by one, without twenty thousand calls for a 1 MB article.
    """
    out = list(pieces)
    todo = [i for i, piece in enumerate(pieces) if not piece.isascii()]
    if not todo:
        return out
    converted = str(convert("\n".join(pieces[i] for i in todo))).split("\n")
    if len(converted) != len(todo):  # not expected; stay correct regardless
        converted = [str(convert(pieces[i])) for i in todo]
    for i, conv in zip(todo, converted, strict=True):
        out[i] = conv
    return out


def convert_with_map(text: str, config: str | None, cuts: Iterable[int] = ()) -> Conversion:
    """Convert ``text`` piece by piece, cut at line breaks and at every offset in ``cuts``.

    Each cut maps exactly: ``offsets.to_converted(cut)`` is where the converted text of everything
    before the cut ends.
    """
    n = len(text)
    if config is None:
        return Conversion(text, OffsetMap.identity(n), None)
    name = normalize_config(config)
    if n == 0:
        return Conversion(text, OffsetMap.identity(0), name)
    convert = _converter(name).convert
    points = {0, n}
    points.update(c for c in cuts if 0 < c < n)
    start = 0
    while (i := text.find("\n", start)) >= 0:
        points.add(i)
        points.add(i + 1)
        start = i + 1
    bounds = sorted(p for p in points if 0 <= p <= n)
    pieces = [text[a:b] for a, b in pairwise(bounds)]
    parts = _convert_pieces(convert, pieces)
    builder = _MapBuilder()
    for piece, conv in zip(pieces, parts, strict=True):
        if len(conv) == len(piece):
            builder.add(len(piece), len(conv))
        else:
            _refine(convert, piece, conv, builder)
    return Conversion("".join(parts), builder.build(), name)


# --------------------------------------------------------------------------- documents


@dataclass(frozen=True, slots=True)
class DocumentView:
    """A document as shown in one script: the converted model and how its offsets relate."""

    document: Document
    """The converted document (the original itself when nothing changes)."""
    offsets: OffsetMap
    """Original ↔ converted offsets."""
    config: str | None
    """The OpenCC configuration applied, None when shown as it is."""
    target: str
    """The script key or configuration name that was asked for."""


_doc_cache: OrderedDict[tuple[int, str], tuple[Document, DocumentView]] = OrderedDict()


def resolve(doc: Document, target_or_config: str | None) -> str | None:
    """A script key or configuration name → the configuration to apply (None: none)."""
    if target_or_config is None:
        return None
    key = target_or_config.strip().lower()
    if key in SCRIPT_KEYS:
        return config_for(key, detect_script(doc.text))
    return normalize_config(key)


def _cut_points(doc: Document) -> set[int]:
    cuts: set[int] = set()
    for _kind, entity in doc.entities():
        cuts.add(entity.start)
        cuts.add(entity.end)
    for section in doc.sections:
        cuts.add(section.body_end)
    for quote in doc.quotes:
        if quote.cue_start >= 0:
            cuts.add(quote.cue_start)
        if quote.cue_end >= 0:
            cuts.add(quote.cue_end)
    return cuts


def _convert_model(doc: Document, conversion: Conversion) -> Document:
    text = conversion.text
    omap = conversion.offsets
    cfg = conversion.config
    assert cfg is not None

    identity = omap.is_identity  # t2s, s2t, s2hk: no length changed, offsets stay

    def span(start: int, end: int) -> tuple[int, int, str]:
        if identity:
            return start, end, text[start:end]
        a = omap.to_converted(start, "start")
        b = max(a, omap.to_converted(end, "end"))
        return a, b, text[a:b]

    def block(b: Block) -> Block:
        s, e, t = span(b.start, b.end)
        return replace(b, start=s, end=e, text=t)

    blocks = tuple(block(b) for b in doc.blocks)
    by_old = {id(old): new for old, new in zip(doc.blocks, blocks, strict=True)}
    title = by_old.get(id(doc.title), block(doc.title)) if doc.title is not None else None
    subtitle = by_old.get(id(doc.subtitle), block(doc.subtitle)) if doc.subtitle is not None else None

    sections = []
    for sec in doc.sections:
        s, e, t = span(sec.start, sec.end)
        body_end = max(e, omap.to_converted(sec.body_end))
        sections.append(replace(sec, start=s, end=e, title=t, body_end=body_end))

    credits = []
    for credit in doc.meta.credits:
        s, e, t = span(credit.start, credit.end)
        credits.append(replace(credit, value=t, start=s, end=e))

    def meta_value(key: str, value: str | None) -> str | None:
        if value is None:
            return None
        for old, new in zip(doc.meta.credits, credits, strict=True):
            if old.key == key and old.value == value:
                return new.value
        return _convert_short(value, cfg)

    meta = replace(
        doc.meta,
        source=meta_value("source", doc.meta.source),
        editor=meta_value("editor", doc.meta.editor),
        author=meta_value("author", doc.meta.author),
        date=meta_value("date", doc.meta.date),
        place=meta_value("place", doc.meta.place),
        credits=tuple(credits),
    )

    names: dict[str, str] = {}
    people = []
    for person in doc.people:
        mentions = []
        name: str | None = None
        for m in person.mentions:
            s, e, t = span(m.start, m.end)
            mentions.append(replace(m, start=s, end=e, text=t))
            if name is None and m.text == person.name:
                name = t
        roles = []
        for r in person.roles:
            s, e, t = span(r.start, r.end)
            roles.append(replace(r, text=t, start=s, end=e))
        new_name = name if name is not None else _convert_short(person.name, cfg)
        names.setdefault(person.name, new_name)
        people.append(replace(person, name=new_name, roles=tuple(roles), mentions=tuple(mentions)))

    quotes = []
    for q in doc.quotes:
        s, e, t = span(q.start, q.end)
        speaker = q.speaker
        if speaker is not None:
            speaker = names.get(speaker) or _convert_short(speaker, cfg)
        cue_start = omap.to_converted(q.cue_start, "start") if q.cue_start >= 0 else -1
        cue_end = max(cue_start, omap.to_converted(q.cue_end, "end")) if q.cue_end >= 0 else -1
        quotes.append(
            replace(q, text=t, start=s, end=e, speaker=speaker, cue_start=cue_start, cue_end=cue_end)
        )

    inlines = []
    for inline in doc.inlines:
        s, e, t = span(inline.start, inline.end)
        inlines.append(replace(inline, start=s, end=e, text=t))

    return replace(
        doc,
        text=text,
        title=title,
        subtitle=subtitle,
        blocks=blocks,
        sections=tuple(sections),
        meta=meta,
        people=tuple(people),
        quotes=tuple(quotes),
        inlines=tuple(inlines),
    )


def view_document(doc: Document, target_or_config: str | None) -> DocumentView:
    """The document in a script (key) or OpenCC configuration, cached per document and request.

    Entities are rebuilt with ``dataclasses.replace`` so fields added to the model later travel
    along unchanged; only offsets and texts change.
    """
    request = (target_or_config or "original").strip().lower()
    key = (id(doc), request)
    with _lock:
        hit = _doc_cache.get(key)
        if hit is not None and hit[0] is doc:
            _doc_cache.move_to_end(key)
            return hit[1]
    config = resolve(doc, request) if request != "original" else None
    if config is None:
        view = DocumentView(doc, OffsetMap.identity(len(doc.text)), None, request)
    else:
        conversion = convert_with_map(doc.text, config, _cut_points(doc))
        view = DocumentView(_convert_model(doc, conversion), conversion.offsets, config, request)
    with _lock:
        _doc_cache[key] = (doc, view)
        _doc_cache.move_to_end(key)
        while len(_doc_cache) > _DOC_CACHE_SIZE:
            _doc_cache.popitem(last=False)
    return view


def convert_document(doc: Document, target_or_config: str | None) -> Document:
    """A new Document in the requested script or configuration; see the module docstring."""
    return view_document(doc, target_or_config).document


def map_offset(doc: Document, target_or_config: str | None, offset: int, side: Side = "start") -> int:
    """Where ``offset`` of the original document lands in its view in another script."""
    return view_document(doc, target_or_config).offsets.to_converted(offset, side)


def remap(offset: int, source: DocumentView, target: DocumentView, side: Side = "start") -> int:
    """Carry an offset of one view of a document to another view of the same document."""
    return target.offsets.to_converted(source.offsets.to_original(offset, side), side)


def clear_cache() -> None:
    """Forget cached document conversions (tests, or when memory matters)."""
    with _lock:
        _doc_cache.clear()
