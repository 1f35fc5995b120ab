"""Search that ignores script, width and case, reporting hits as offsets in the original text.

Public API (no Qt; OpenCC is loaded only when a text with new Han characters is first folded):

``search(doc, query, *, regex=False, exact=False) -> SearchResult``
    Every non-overlapping hit of ``query`` in ``doc.text``, in order. The folded text of a
    document is computed once and cached, so searching again as the reader types is fast.
    ``result.spans`` holds ``(start, end)`` pairs (what highlighting needs, cheap);
    ``result.hits`` builds :class:`Hit` objects with the section title and about 20 characters of
    context on each side (within the hit's line) on first access (~1 µs a hit; a results list
    model can instead use ``len(result)`` and ``result[i]``, built per row on demand).
    ``result.index_after(offset)``
    / ``index_before(offset)`` give the hit to move to from the cursor (None: wrap around).
    An empty query gives no hits; an invalid regular expression raises :class:`SearchError`.
``find_spans(text, query, *, regex=False, exact=False) -> list[tuple[int, int]]``
    The same on a plain string (no sections, no caching of the fold beyond the last few texts).
``matches(text, query, *, regex=False, exact=False) -> bool``
    Whether a short text (a person's name and roles, a quote) contains the query: how the people
    and quotes docks filter.
``check_query(query, *, regex=False, exact=False)``
    Raises :class:`SearchError` for an invalid regular expression (the find bar can say so).
``fold(text) -> str``
    The folded text, always exactly as long as ``text``.
``prepare(doc)``
    Folds the document and indexes its sections now (about 30 ms for 1 MB), e.g. in the
    background after opening, so even the first keystroke in the find bar is fast.
``result_json(result) -> dict``
    ``{"query": …, "hits": [{"start", "end", "section", "context"}]}`` as the command line prints.

Search the ORIGINAL document, whatever script is on screen: the fold makes the script irrelevant,
and ``view.offsets.span_to_converted(start, end)`` (:class:`reader.script.OffsetMap`) maps each
hit into the converted text for display. Hits are read-only NamedTuples (``start``, ``end``,
``text``, ``section``, ``before``, ``after`` and the ``context`` property).

The fold, one character at a time so offsets stay 1:1 (a phrase-level conversion would change
lengths and break at phrase edges): NFKC (``，`` → ``,``, ``Ａ`` → ``A``; characters whose NFKC form
is not exactly one character, such as ``㎏`` or ``ﬁ``, are kept as they are), then case folding
(kept when it would give several characters, as ``ß`` → ``ss`` does), then OpenCC ``t2s`` of that
single character (重慶 → 重庆, 為/爲 → 为). ``exact`` turns all of it off.

Regular expressions are matched against the folded text with ``re.IGNORECASE | re.MULTILINE``
(``^``/``$`` are line edges). The pattern's own non-ASCII characters are folded the same way; one
that folds to a regex metacharacter (``（`` → ``(``) is escaped, so it stays a literal.
"""

from __future__ import annotations

import heapq
import re
import threading
import unicodedata
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, NamedTuple

from reader.errors import ReaderError
from reader.model import Document

CONTEXT_CHARS = 20
"""Characters of context shown on each side of a hit."""

_FOLD_CACHE_SIZE = 8
_lock = threading.RLock()
_fold_table: dict[int, str] = {}
"""Code point → folded character, for every character met so far (identity entries included)."""


class SearchError(ReaderError):
    """A query that cannot be searched for (an invalid regular expression)."""


class Hit(NamedTuple):
    """One hit, in offsets of the original text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset one past the last character."""
    text: str
    """The hit as written in the text."""
    section: str | None
    """Title of the innermost section holding the hit (``Document.section_at``), or None."""
    before: str
    """Up to :data:`CONTEXT_CHARS` characters before the hit, within its line."""
    after: str
    """Up to :data:`CONTEXT_CHARS` characters after the hit, within its line."""

    @property
    def context(self) -> str:
        """The hit with its context, as one line of the results panel."""
        return f"{self.before}{self.text}{self.after}"


# --------------------------------------------------------------------------- folding


def _width_case(ch: str) -> str:
    folded = unicodedata.normalize("NFKC", ch)
    if len(folded) != 1:
        folded = ch
    lowered = folded.casefold()
    if len(lowered) != 1:
        lowered = folded.lower()
        if len(lowered) != 1:
            lowered = folded
    return lowered


def _ensure_folds(chars: set[str]) -> None:
    """Add fold entries for characters not seen before, converting new Han ones in one OpenCC call."""
    missing = [c for c in chars if ord(c) not in _fold_table]
    if not missing:
        return
    staged: dict[int, str] = {}
    han: list[tuple[int, str]] = []
    for ch in missing:
        folded = _width_case(ch)
        staged[ord(ch)] = folded
        if ord(folded) >= 0x2E80 and not folded.isspace():
            han.append((ord(ch), folded))
    if han:
        from reader.script import convert_text

        joined = "\n".join(f for _, f in han)
        converted = convert_text(joined, "t2s").split("\n")
        if len(converted) != len(han):  # never expected; fall back to one call per character
            converted = [convert_text(f, "t2s") for _, f in han]
        for (code, folded), simple in zip(han, converted, strict=True):
            staged[code] = simple if len(simple) == 1 else folded
    with _lock:
        _fold_table.update(staged)


_folded_texts: OrderedDict[str, str] = OrderedDict()


def fold(text: str) -> str:
    """Script-, width- and case-folded ``text``, character for character (same length)."""
    with _lock:
        cached = _folded_texts.get(text)
        if cached is not None:
            _folded_texts.move_to_end(text)
            return cached
    _ensure_folds(set(text))
    folded = text.translate(_fold_table)
    if len(text) >= 256:  # short strings (queries, names) are cheap to fold again
        with _lock:
            _folded_texts[text] = folded
            while len(_folded_texts) > _FOLD_CACHE_SIZE:
                _folded_texts.popitem(last=False)
    assert len(folded) == len(text)
    return folded


_REGEX_SPECIAL = frozenset(".^$*+?{}[]\\|()#&~-")


def _fold_pattern(pattern: str) -> str:
    """Fold a regex's non-ASCII characters, escaping any that fold into a metacharacter."""
    _ensure_folds(set(pattern))
    out: list[str] = []
    escaped = False
    for ch in pattern:
        if ch.isascii():
            out.append(ch)
            escaped = not escaped and ch == "\\"
            continue
        folded = _fold_table.get(ord(ch), ch)
        if folded in _REGEX_SPECIAL and not escaped:
            out.append("\\" + folded)
        else:
            out.append(folded)
        escaped = False
    return "".join(out)


@lru_cache(maxsize=256)
def _compile(query: str, regex: bool, exact: bool) -> re.Pattern[str]:
    if regex:
        pattern = query if exact else _fold_pattern(query)
        flags = re.MULTILINE if exact else re.MULTILINE | re.IGNORECASE
        try:
            return re.compile(pattern, flags)
        except re.error as exc:
            raise SearchError(f"invalid regular expression {query!r}: {exc}") from exc
        except (OverflowError, RecursionError) as exc:
            raise SearchError(f"regular expression {query!r} is too complex") from exc
    return re.compile(re.escape(query if exact else fold(query)))


def check_query(query: str, *, regex: bool = False, exact: bool = False) -> None:
    """Raise :class:`SearchError` now if ``query`` cannot be searched for (a bad regex)."""
    if query:
        _compile(query, regex, exact)


def find_spans(text: str, query: str, *, regex: bool = False, exact: bool = False) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-overlapping, non-empty hit of ``query`` in ``text``."""
    if not query or not text:
        return []
    pattern = _compile(query, regex, exact)
    haystack = text if exact else fold(text)
    if regex:
        return [m.span() for m in pattern.finditer(haystack) if m.end() > m.start()]
    return [m.span() for m in pattern.finditer(haystack)]


def matches(text: str, query: str, *, regex: bool = False, exact: bool = False) -> bool:
    """Whether ``text`` holds at least one hit of ``query`` (an empty query matches everything)."""
    if not query:
        return True
    if not text:
        return False
    pattern = _compile(query, regex, exact)
    haystack = text if exact else fold(text)
    return any(m.end() > m.start() for m in pattern.finditer(haystack))


# --------------------------------------------------------------------------- documents


class _SectionIndex:
    """``Document.section_at`` for many offsets: the innermost section per stretch of text."""

    def __init__(self, doc: Document) -> None:
        sections = doc.sections
        ends = [max(s.body_end, s.end) for s in sections]
        points = sorted({s.start for s in sections} | set(ends))
        order = sorted(range(len(sections)), key=lambda i: sections[i].start)
        heap: list[tuple[int, int]] = []
        titles: list[str | None] = []
        j = 0
        for p in points:
            while j < len(order) and sections[order[j]].start <= p:
                heapq.heappush(heap, (-order[j], ends[order[j]]))
                j += 1
            while heap and heap[0][1] <= p:
                heapq.heappop(heap)
            titles.append(sections[-heap[0][0]].title if heap else None)
        self.points = points
        """Offsets where the innermost section may change, ascending."""
        self.titles = titles
        """The section title from each point to the next (None: outside every section)."""

    def title_at(self, offset: int) -> str | None:
        k = bisect_right(self.points, offset) - 1
        return self.titles[k] if k >= 0 else None


_section_indexes: OrderedDict[int, tuple[Document, _SectionIndex]] = OrderedDict()


def _section_index(doc: Document) -> _SectionIndex:
    with _lock:
        found = _section_indexes.get(id(doc))
        if found is not None and found[0] is doc:
            _section_indexes.move_to_end(id(doc))
            return found[1]
    index = _SectionIndex(doc)
    with _lock:
        _section_indexes[id(doc)] = (doc, index)
        while len(_section_indexes) > _FOLD_CACHE_SIZE:
            _section_indexes.popitem(last=False)
    return index


def _context(text: str, start: int, end: int) -> tuple[str, str]:
    lo = max(0, start - CONTEXT_CHARS)
    newline = text.rfind("\n", lo, start)
    before = text[(newline + 1 if newline >= 0 else lo) : start]
    hi = min(len(text), end + CONTEXT_CHARS)
    newline = text.find("\n", end, hi)
    after = text[end : (newline if newline >= 0 else hi)]
    return before, after


class SearchResult:
    """All hits of one query in one document; hits with context are built on first use."""

    __slots__ = ("_doc", "_hits", "exact", "query", "regex", "spans", "starts")

    def __init__(self, doc: Document, query: str, regex: bool, exact: bool, spans: list[tuple[int, int]]):
        self._doc = doc
        self.query = query
        """The query as typed."""
        self.regex = regex
        """Whether the query was a regular expression."""
        self.exact = exact
        """Whether folding was off."""
        self.spans: tuple[tuple[int, int], ...] = tuple(spans)
        """``(start, end)`` of every hit in the original text, in order."""
        self.starts: list[int] = [s for s, _ in spans]
        """Hit starts, for bisecting from a cursor position."""
        self._hits: tuple[Hit, ...] | None = None

    def __len__(self) -> int:
        return len(self.spans)

    def __bool__(self) -> bool:
        return bool(self.spans)

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __getitem__(self, index: int) -> Hit:
        if self._hits is not None:
            return self._hits[index]
        start, end = self.spans[index]
        return self._make(start, end, _section_index(self._doc))

    def _make(self, start: int, end: int, index: _SectionIndex) -> Hit:
        text = self._doc.text
        before, after = _context(text, start, end)
        return Hit(start, end, text[start:end], index.title_at(start), before, after)

    @property
    def hits(self) -> tuple[Hit, ...]:
        """Every hit with its section and context (computed once)."""
        if self._hits is None:
            self._hits = self._build_all()
        return self._hits

    def _build_all(self) -> tuple[Hit, ...]:
        # One pass over sorted hits with a pointer into the section stretches: ~1 µs per hit.
        index = _section_index(self._doc)
        points, titles = index.points, index.titles
        text = self._doc.text
        size = len(text)
        rfind, find = text.rfind, text.find
        k, nxt = -1, (points[0] if points else size + 1)
        title: str | None = None
        out: list[Hit] = []
        append = out.append
        for start, end in self.spans:
            while start >= nxt:
                k += 1
                title = titles[k]
                nxt = points[k + 1] if k + 1 < len(points) else size + 1
            lo = start - CONTEXT_CHARS if start > CONTEXT_CHARS else 0
            nl = rfind("\n", lo, start)
            hi = end + CONTEXT_CHARS
            nr = find("\n", end, hi)
            append(
                Hit(
                    start,
                    end,
                    text[start:end],
                    title,
                    text[(nl + 1 if nl >= 0 else lo) : start],
                    text[end : (nr if nr >= 0 else hi)],
                )
            )
        return tuple(out)

    def index_after(self, offset: int) -> int | None:
        """Index of the first hit starting at or after ``offset``; None when it must wrap."""
        i = bisect_left(self.starts, offset)
        return i if i < len(self.starts) else None

    def index_before(self, offset: int) -> int | None:
        """Index of the last hit starting before ``offset``; None when it must wrap."""
        i = bisect_left(self.starts, offset) - 1
        return i if i >= 0 else None


def search(doc: Document, query: str, *, regex: bool = False, exact: bool = False) -> SearchResult:
    """Find ``query`` in ``doc.text``; see the module docstring for folding and options."""
    return SearchResult(doc, query, regex, exact, find_spans(doc.text, query, regex=regex, exact=exact))


def prepare(doc: Document) -> None:
    """Fold the document and index its sections now (e.g. in the background after opening)."""
    fold(doc.text)
    _section_index(doc)


def result_json(result: SearchResult) -> dict[str, Any]:
    """The result as the command line's ``--json`` prints it."""
    return {
        "query": result.query,
        "hits": [
            {"start": h.start, "end": h.end, "section": h.section, "context": h.context} for h in result.hits
        ],
    }
