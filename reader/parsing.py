"""Plain-text articles to blocks, title, deck, sections and credits, by news conventions.

The parser never changes the text: every block is a span of it with indentation and
trailing blanks left outside, so ``doc.text[block.start:block.end] == block.text``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader import credits as cr
from reader import headings as hd
from reader.model import Block, BlockKind, Credit, Document, Meta, Section

_BLANK = " \t\u3000\u00a0\ufeff\u200b"
_DECK_DASH = re.compile(r"——|──|―{2}|(?<=\s)--")
_DECK_LINE = re.compile(r"^(?:——|──|―{2}|--)")
CREDIT_ZONE_HEAD = 4
"""How many non-blank lines after the title can still be portal credit lines."""
CREDIT_ZONE_TAIL = 4
"""How many non-blank lines at the end can be credit lines."""


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    text: str
    kind: BlockKind = "paragraph"
    style: str | None = None


def split_lines(text: str) -> list[_Line]:
    """Non-blank lines with indentation and trailing blanks trimmed, as spans of the text."""
    lines: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        lead = len(raw) - len(raw.lstrip(_BLANK))
        body = raw.strip(_BLANK)
        if body:
            start = pos + lead
            lines.append(_Line(start, start + len(body), body))
        pos += len(raw) + 1
    return lines


def split_title(line: _Line) -> tuple[Block, Block | None]:
    """``探尋…秘笈 ——漯河市…側記`` is title and deck on one line; the deck keeps its dash."""
    m = _DECK_DASH.search(line.text)
    if m:
        title_text = line.text[: m.start()].rstrip(_BLANK)
        deck_text = line.text[m.start() :]
        if len(title_text) >= 2 and len(deck_text.strip("—─-―" + _BLANK)) >= 2:
            deck_start = line.start + m.start()
            return (
                Block("title", line.start, line.start + len(title_text), title_text),
                Block("deck", deck_start, line.end, deck_text),
            )
    return Block("title", line.start, line.end, line.text), None


def classify(lines: list[_Line]) -> list[Credit]:
    """Mark each line's kind in place and return the credits found, in reading order."""
    found: list[Credit] = []
    n = len(lines)
    if not n:
        return found
    lines[0].kind = "title"
    # Portal credit lines right under the title, and at the end.
    for i in range(1, min(n, 1 + CREDIT_ZONE_HEAD)):
        if cr.is_credit_line(lines[i].text):
            lines[i].kind = "meta"
        elif i == 1 and _DECK_LINE.match(lines[i].text):
            lines[i].kind = "deck"
        else:
            lead = cr.credits_in_line(lines[i].text, lines[i].start, (cr.wire_lead, cr.lead_byline))
            found.extend(lead)
            break
    for i in range(n - 1, max(0, n - 1 - CREDIT_ZONE_TAIL), -1):
        if cr.is_credit_line(lines[i].text):
            lines[i].kind = "meta"
        else:
            break
    for line in lines[1:]:
        if line.kind != "paragraph":
            continue
        if hd.is_caption(line.text):
            line.kind = "caption"
        elif line.text.startswith(("（原標題", "（原标题", "(原標題", "(原标题")):
            line.kind = "meta"
        elif cr.is_bracketed_byline(line.text):
            line.kind = "meta"  # （記者 王某 李某） closing a section: a credit, not remarks
    _mark_headings(lines)
    for line in lines:
        if line.kind == "meta":
            found.extend(cr.credits_in_line(line.text, line.start, cr.LINE_RULES))
    body = [ln for ln in lines if ln.kind == "paragraph"]
    if body:
        last = body[-1]
        found.extend(
            cr.credits_in_line(last.text, last.start, (cr.trailing_contributor, cr.trailing_code_date))
        )
    found.sort(key=lambda c: c.start)
    return found


def _mark_headings(lines: list[_Line]) -> None:
    """Headings need body text after them; a run of short lines is a list, not headings."""
    n = len(lines)
    candidates: dict[int, str] = {}
    for i in range(1, n):
        line = lines[i]
        if line.kind != "paragraph":
            continue
        kind = hd.heading_kind(line.text)
        if kind is not None and not cr.byline_line(line.text):
            candidates[i] = kind
    for i, kind in candidates.items():
        nxt = next((j for j in range(i + 1, n) if lines[j].kind not in ("caption",)), None)
        if nxt is None or lines[nxt].kind == "meta":
            continue
        if kind == "plain":
            # A heading is followed by a real paragraph, not by another short line.
            follower = lines[nxt]
            if nxt in candidates and candidates[nxt] == "plain":
                continue
            if len(follower.text) < len(lines[i].text) + 6 and nxt not in candidates:
                continue
            prev = lines[i - 1]
            if i - 1 in candidates and candidates[i - 1] == "plain" and prev.kind != "heading":
                continue
        lines[i].kind = "heading"
        lines[i].style = hd.numbered_style(lines[i].text)


def _sections(lines: list[_Line], text_len: int) -> tuple[Section, ...]:
    heads = [ln for ln in lines if ln.kind == "heading"]
    levels = hd.assign_levels([h.style for h in heads])
    content_end = text_len
    for ln in reversed(lines):
        if ln.kind != "meta":
            content_end = ln.end
            break
    spans = [(head.start, head.end, head.text) for head in heads]
    return tuple(nest_sections(spans, levels, content_end))


def nest_sections(heads: list[tuple[int, int, str]], levels: list[int], content_end: int) -> list[Section]:
    """Sections from headings: each runs to the next heading of its level or above.

    One pass with a stack of open sections, so 20,000 headings take milliseconds.
    """
    body_ends = [content_end] * len(heads)
    open_sections: list[int] = []
    for idx, level in enumerate(levels):
        while open_sections and levels[open_sections[-1]] >= level:
            body_ends[open_sections.pop()] = heads[idx][0]
        open_sections.append(idx)
    return [
        Section(text, start, end, max(body_end, end), level)
        for (start, end, text), level, body_end in zip(heads, levels, body_ends, strict=True)
    ]


def meta_from_credits(found: list[Credit]) -> Meta:
    """The first credit of each key fills the public fields; all are kept with offsets."""
    values: dict[str, str] = {}
    for credit in found:
        values.setdefault(credit.key, credit.value)
    # A full date (with its year) beats a dateline's bare day (``4日``).
    full_dates = [c.value for c in found if c.key == "date" and re.search(r"\d{4}|\d{7}", c.value)]
    if full_dates:
        values["date"] = full_dates[0]
    return Meta(
        source=values.get("source"),
        editor=values.get("editor"),
        author=values.get("author"),
        date=values.get("date"),
        place=values.get("place"),
        credits=tuple(found),
    )


def parse_text(text: str, encoding: str = "utf-8") -> Document:
    """Parse a plain-text article into a :class:`Document` with no people or quotes yet."""
    lines = split_lines(text)
    found = classify(lines)
    blocks: list[Block] = []
    title: Block | None = None
    subtitle: Block | None = None
    heads = [ln for ln in lines if ln.kind == "heading"]
    levels = dict(zip((h.start for h in heads), hd.assign_levels([h.style for h in heads]), strict=True))
    for line in lines:
        if line.kind == "title":
            title, deck = split_title(line)
            blocks.append(title)
            if deck is not None:
                subtitle = deck
                blocks.append(deck)
        elif line.kind == "deck":
            subtitle = Block("deck", line.start, line.end, line.text)
            blocks.append(subtitle)
        else:
            blocks.append(Block(line.kind, line.start, line.end, line.text, levels.get(line.start, 0)))
    return Document(
        text=text,
        title=title,
        subtitle=subtitle,
        blocks=tuple(blocks),
        sections=_sections(lines, len(text)),
        meta=meta_from_credits(found),
        source_format="text",
        encoding=encoding,
    )
