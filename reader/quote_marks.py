"""Quote marks in a paragraph: which spans are quoted, how deep, and whether they close.

Chinese news uses “…” (simplified and Taiwan/HK alike), 「…」 and 『…』, with ‘…’ or 『…』
nested inside, and portals sometimes straight ASCII "…". Writers forget closing marks, so
a quote left open ends where its paragraph ends: a quotation never runs into the next
paragraph, which keeps one bad mark from swallowing the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

PAIRS: dict[str, str] = {
    "“": "”",
    "「": "」",
    "『": "』",
    "‘": "’",
    "﹁": "﹂",
    "﹃": "﹄",
    '"': '"',
    "＂": "＂",
}
"""Opening mark → its closing mark. The ASCII apostrophe is left out: it is mostly English."""

CLOSERS = frozenset(PAIRS.values())
_BLANK = " \t\u3000\u00a0\r\n"


@dataclass(frozen=True, slots=True)
class Quoted:
    """One quoted span: the words between the marks, and where the marks are."""

    start: int
    """Offset of the first quoted character (just after the opening mark)."""
    end: int
    """Offset one past the last quoted character (the closing mark, or the paragraph's end)."""
    open_at: int
    """Offset of the opening mark."""
    close_at: int
    """Offset of the closing mark, or -1 when the quote was never closed."""
    depth: int
    """0 for a top-level quote, 1 for a quote inside it, and so on."""
    mark: str
    """The opening mark."""

    @property
    def after(self) -> int:
        """Offset just after the quote including its closing mark, if any."""
        return self.close_at + 1 if self.close_at >= 0 else self.end


@dataclass(slots=True)
class _Open:
    mark: str
    at: int


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _BLANK:
        end -= 1
    return end


def _ascii_opens(text: str, i: int, lo: int) -> bool:
    """A straight quote after a letter or digit closes nothing and opens nothing (5" or it"s)."""
    return not (i > lo and text[i - 1].isascii() and text[i - 1].isalnum())


SYMMETRIC = frozenset(k for k, v in PAIRS.items() if k == v)
"""Straight quotes: the same mark opens and closes."""


_MARK = re.compile("[" + re.escape("".join(sorted(SYMMETRIC | CLOSERS | set(PAIRS)))) + "]")
"""Every quote mark: the scan jumps from one to the next."""


def scan_quotes(text: str, start: int, end: int, continued: bool = False) -> list[Quoted]:
    """Every quoted span in ``text[start:end]`` (one paragraph), ordered by opening mark.

    A closing mark closes the nearest open quote it matches; quotes opened inside it and
    left open end there too. A closing mark that matches nothing (an English apostrophe ’)
    is ignored. Whatever is still open at the end of the paragraph ends there.

    ``continued`` says the paragraph before ended inside a quote: a closing mark met before
    any opening one then ends that quote here, and the paragraph's words up to it are
    quoted (for a quotation running over paragraphs without the customary new “).
    """
    found: list[Quoted] = []
    stack: list[_Open] = []
    if continued:
        first_open = next((i for i in range(start, end) if text[i] in PAIRS), end)
        closing = next((i for i in range(start, first_open) if text[i] in ("”", "」", "』")), -1)
        if closing > start:
            found.append(Quoted(start, closing, start, closing, 0, "“"))
            start = closing + 1

    def close(level: int, close_pos: int) -> None:
        # Close stack[level:], the innermost first; only stack[level] gets the mark.
        while len(stack) > level:
            opened = stack.pop()
            depth = len(stack)
            if depth == level:
                found.append(Quoted(opened.at + 1, close_pos, opened.at, close_pos, depth, opened.mark))
            else:
                inner_end = _trim_end(text, opened.at + 1, close_pos)
                found.append(Quoted(opened.at + 1, inner_end, opened.at, -1, depth, opened.mark))

    for mark in _MARK.finditer(text, start, max(start, end)):
        i = mark.start()
        ch = text[i]
        if ch in SYMMETRIC:
            level = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].mark == ch), -1)
            if level >= 0:
                close(level, i)
            elif _ascii_opens(text, i, start):
                stack.append(_Open(ch, i))
        elif ch in CLOSERS:
            level = next((k for k in range(len(stack) - 1, -1, -1) if PAIRS[stack[k].mark] == ch), -1)
            if level >= 0:
                close(level, i)
        elif ch in PAIRS:
            stack.append(_Open(ch, i))
    para_end = _trim_end(text, start, end)
    while stack:
        opened = stack.pop()
        inner_end = max(opened.at + 1, _trim_end(text, opened.at + 1, para_end))
        found.append(Quoted(opened.at + 1, inner_end, opened.at, -1, len(stack), opened.mark))
    found.sort(key=lambda q: (q.open_at, q.depth))
    return found


def top_level(quotes: list[Quoted]) -> list[Quoted]:
    """The outermost quotes only, in reading order."""
    return [q for q in quotes if q.depth == 0]
