"""Markdown articles to the same model as plain text, through Python-Markdown's parsed tree.

Python-Markdown does the reading (headings, emphasis, links, lists, quotes, code) and we
walk the ElementTree it builds, so Markdown's rules are never re-implemented with regexes.
Raw HTML is never rendered: the ``html_block`` preprocessor and the ``html`` inline
pattern are removed, so ``<script>`` and ``<img src=…>`` stay in the paragraph as the
characters the author typed. What remains of Python-Markdown's private placeholders
(entities kept in its HTML stash, the ``AMP_SUBSTITUTE`` marker of obfuscated e-mail
links, the HTML escaping of code) is resolved here, so no control character leaks into
:attr:`Document.text`.

:attr:`Document.text` is the rendered *plain* text, one block per line: every offset in
the model (blocks, sections, credits, inline emphasis and links) refers to it, not to the
Markdown source.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

import markdown
from markdown.treeprocessors import Treeprocessor

from reader import credits as cr
from reader.model import Block, BlockKind, Credit, Document, Inline, InlineKind
from reader.parsing import (
    CREDIT_ZONE_HEAD,
    CREDIT_ZONE_TAIL,
    _Line,
    meta_from_credits,
    nest_sections,
    split_title,
)

_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_INLINE_KINDS: dict[str, InlineKind] = {"em": "em", "i": "em", "strong": "strong", "b": "strong", "a": "link"}
_CONTAINERS = {"blockquote": "quote", "ul": "list", "ol": "list", "li": "list", "div": "", "dl": "", "dd": ""}
_BLOCK_TAGS = frozenset(
    {"p", "pre", "blockquote", "ul", "ol", "li", "hr", "div", "table", "dl", "dd", "dt", *_HEADINGS}
)
_STASH = re.compile(r"\x02wzxhzdk:(\d+)\x03")
_AMP_ENTITY = re.compile(re.escape(markdown.util.AMP_SUBSTITUTE) + r"(#?\w+;)")
_ESCAPED_CHAR = re.compile(r"\x02(\d+)\x03")
_CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")
_BLANK = " \t\u3000\u00a0\ufeff"
_DECK = ("——", "──", "―――", "--")
MAX_TITLE_WITHOUT_HEADING = 40
"""A first paragraph this short, without sentence punctuation, is the title of a headless article."""


class _Capture(Treeprocessor):  # type: ignore[misc]
    """Keeps the finished tree (after inline patterns and unescaping) for us to walk."""

    root: Element | None = None

    def run(self, root: Element) -> None:
        self.root = root


def _no_html(root: Element) -> str:
    return "<div></div>"


def _markdown() -> tuple[markdown.Markdown, _Capture]:
    md = markdown.Markdown()
    md.preprocessors.deregister("html_block")
    md.inlinePatterns.deregister("html")
    capture = _Capture(md)
    # Below 'unescape' (0): the tree is complete, backslash escapes already restored.
    md.treeprocessors.register(capture, "reader_capture", -100)
    # We read the tree, never the HTML: skip the pretty-printer and the serializer.
    md.treeprocessors.deregister("prettify")
    md.serializer = _no_html
    return md, capture


@dataclass(slots=True)
class _Piece:
    """One block being built: its text, soft-break positions and inline spans relative to it."""

    kind: BlockKind
    level: int = 0
    chars: list[str] = field(default_factory=list)
    length: int = 0
    hard_breaks: set[int] = field(default_factory=set)
    spans: list[tuple[InlineKind, int, int, str]] = field(default_factory=list)

    def add(self, text: str) -> None:
        if text:
            self.chars.append(text)
            self.length += len(text)


class _Walker:
    """Turns the element tree into blocks and inline spans of plain text."""

    def __init__(self, stash: list[str]) -> None:
        self.stash = stash
        self.pieces: list[_Piece] = []

    # Text clean-up ------------------------------------------------------------------------

    def _stashed(self, m: re.Match[str]) -> str:
        index = int(m.group(1))
        raw = self.stash[index] if index < len(self.stash) else ""
        return html.unescape(raw) if raw.startswith("&") else raw

    def clean(self, text: str | None, code: bool = False) -> str:
        """Plain characters for a tree string: placeholders resolved, code unescaped."""
        if not text:
            return ""
        if code:
            text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
        if "\x02" in text:
            text = _STASH.sub(self._stashed, text)
            text = _AMP_ENTITY.sub(lambda m: html.unescape("&" + m.group(1)), text)
            text = _ESCAPED_CHAR.sub(lambda m: chr(int(m.group(1))), text)
        return text.replace("\x02", "").replace("\x03", "")

    def clean_href(self, href: str | None) -> str:
        return html.unescape(self.clean(href)).strip()

    # Blocks -----------------------------------------------------------------------------------

    def walk_blocks(self, root: Element) -> None:
        """Walk block-level elements; paragraphs take the kind of what contains them."""
        # An explicit stack: deeply nested quotes and lists must not exhaust Python's recursion.
        stack: list[tuple[Element, str]] = [(child, "") for child in reversed(list(root))]
        while stack:
            node, ctx = stack.pop()
            self._block(node, ctx, stack)

    def _block(self, node: Element, ctx: str, stack: list[tuple[Element, str]]) -> None:
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == "hr":
            return
        if tag in _HEADINGS:
            piece = _Piece("heading", _HEADINGS[tag]) if not ctx else _Piece(self._kind(ctx))
            self._inline_content(node, piece)
            self.pieces.append(piece)
            return
        if tag == "pre":
            piece = _Piece("code")
            body = self.clean("".join(node.itertext()), code=True).rstrip("\n")
            piece.add(body)
            piece.hard_breaks.update(i for i, ch in enumerate(body) if ch == "\n")
            self.pieces.append(piece)
            return
        if tag != "p" and (tag in _CONTAINERS or any(self._is_block(c) for c in node)):
            inner = _CONTAINERS.get(tag, "") or ctx
            # Text written directly in a container (a tight list item) is a block of its own,
            # up to the first nested block.
            lead = _Piece(self._kind(inner))
            lead.add(self.clean(node.text))
            nested: list[Element] = []
            for child in node:
                if nested or self._is_block(child):
                    nested.append(child)
                else:
                    self._inline_element(child, lead)
            self.pieces.append(lead)
            for child in reversed(nested):
                stack.append((child, inner))
            return
        piece = _Piece(self._kind(ctx))
        self._inline_content(node, piece)
        self.pieces.append(piece)

    @staticmethod
    def _is_block(elem: Element) -> bool:
        return isinstance(elem.tag, str) and elem.tag in _BLOCK_TAGS

    @staticmethod
    def _kind(ctx: str) -> BlockKind:
        if ctx == "quote":
            return "quote"
        if ctx == "list":
            return "list"
        return "paragraph"

    # Inlines ---------------------------------------------------------------------------------

    def _inline_content(self, node: Element, piece: _Piece) -> None:
        piece.add(self.clean(node.text))
        for child in node:
            self._inline_element(child, piece)

    def _inline_element(self, elem: Element, piece: _Piece) -> None:
        """Emphasis, links and code keep their meaning as spans; anything else as its text."""
        stack: list[tuple[str, Element]] = [("open", elem)]
        open_spans: list[tuple[InlineKind, int, str]] = []
        while stack:
            op, node = stack.pop()
            if op == "tail":
                piece.add(self.clean(node.tail))
                continue
            if op == "close":
                open_kind, start, href = open_spans.pop()
                piece.spans.append((open_kind, start, piece.length, href))
                piece.add(self.clean(node.tail))
                continue
            tag = node.tag if isinstance(node.tag, str) else ""
            if tag == "br":
                piece.hard_breaks.add(piece.length)
                piece.add("\n")
                piece.add(self.clean(node.tail))
                continue
            if tag == "img":
                # Never a picture: the view loads nothing a document names. Its words stay.
                piece.add(self.clean(node.get("alt")))
                piece.add(self.clean(node.tail))
                continue
            if tag == "code":
                start = piece.length
                piece.add(self.clean("".join(node.itertext()), code=True))
                piece.spans.append(("code", start, piece.length, ""))
                piece.add(self.clean(node.tail))
                continue
            kind = _INLINE_KINDS.get(tag)
            if kind is not None:
                href = self.clean_href(node.get("href")) if kind == "link" else ""
                open_spans.append((kind, piece.length, href))
                stack.append(("close", node))
            else:
                stack.append(("tail", node))
            piece.add(self.clean(node.text))
            for child in reversed(list(node)):
                stack.append(("open", child))


def _credit_break(raw: str, i: int) -> bool:
    """Credit lines written one under another stay apart (``來源：某報 責編：某人``)."""
    after_end = raw.find("\n", i + 1)
    after = raw[i + 1 : after_end if after_end >= 0 else len(raw)]
    before = raw[raw.rfind("\n", 0, i) + 1 : i]
    return cr.is_credit_line(after) or cr.is_credit_line(before)


def _soft_breaks(piece: _Piece) -> tuple[str, list[int]]:
    """Join a paragraph's source lines as a renderer would: nothing between ideographs, else a space.

    Returns the text and, for each old offset (and one past the end), its new offset.
    """
    raw = "".join(piece.chars)
    out: list[str] = []
    mapping: list[int] = []
    pos = 0
    for i, ch in enumerate(raw):
        mapping.append(pos)
        if ch == "\n" and i not in piece.hard_breaks and piece.kind != "code":
            before = raw[i - 1] if i else ""
            after = raw[i + 1] if i + 1 < len(raw) else ""
            if (i - 1 in piece.hard_breaks) or (
                _CJK.match(before) and _CJK.match(after) and not _credit_break(raw, i)
            ):
                continue  # the source line end after a <br>, or between two ideographs
            ch = " "
        out.append(ch)
        pos += 1
    mapping.append(pos)
    return "".join(out), mapping


@dataclass(slots=True)
class _Laid:
    kind: BlockKind
    level: int
    start: int
    end: int


def _lay_out(pieces: list[_Piece]) -> tuple[str, list[_Laid], list[Inline]]:
    """Join blocks with one newline each and place every inline span in the joined text."""
    parts: list[str] = []
    laid: list[_Laid] = []
    inlines: list[Inline] = []
    pos = 0
    for piece in pieces:
        text, mapping = _soft_breaks(piece)
        strip = _BLANK + "\n" if piece.kind != "code" else "\n"
        lead = len(text) - len(text.lstrip(strip))
        body = text.strip(strip)
        if not body:
            continue
        if parts:
            parts.append("\n")
            pos += 1
        start = pos
        parts.append(body)
        pos += len(body)
        laid.append(_Laid(piece.kind, piece.level, start, pos))
        for kind, s, e, href in piece.spans:
            ns = min(max(mapping[s] - lead, 0), len(body))
            ne = min(max(mapping[e] - lead, 0), len(body))
            if ne > ns:
                inlines.append(Inline(kind, start + ns, start + ne, body[ns:ne], href))
    inlines.sort(key=lambda i: (i.start, -i.end))
    return "".join(parts), laid, inlines


def _credits(text: str, laid: list[_Laid], first: int) -> list[Credit]:
    """Credit lines at either end and a wire lead, by the same rules as plain text."""
    found: list[Credit] = []
    body = [b for b in laid[first:] if b.kind in ("paragraph", "quote", "list")]
    for block in body[:CREDIT_ZONE_HEAD]:
        line = text[block.start : block.end]
        if cr.is_credit_line(line):
            block.kind = "meta"
        else:
            found.extend(cr.credits_in_line(line, block.start, (cr.wire_lead,)))
            break
    for block in reversed(body[-CREDIT_ZONE_TAIL:]):
        line = text[block.start : block.end]
        if block.kind != "meta" and not cr.is_credit_line(line):
            break
        block.kind = "meta"
    for block in laid:
        if block.kind == "meta":
            found.extend(cr.credits_in_line(text[block.start : block.end], block.start, cr.LINE_RULES))
    rest = [b for b in body if b.kind != "meta"]
    if rest:
        last = rest[-1]
        found.extend(
            cr.credits_in_line(
                text[last.start : last.end], last.start, (cr.trailing_contributor, cr.trailing_code_date)
            )
        )
    found.sort(key=lambda c: c.start)
    return found


def _title_index(text: str, laid: list[_Laid]) -> int | None:
    """The first h1, else the first heading, else a short first paragraph that is not a sentence."""
    heads = [i for i, b in enumerate(laid) if b.kind == "heading"]
    for i in heads:
        if laid[i].level == 1:
            return i
    if heads:
        return heads[0]
    if laid and laid[0].kind == "paragraph":
        first = text[laid[0].start : laid[0].end]
        if (
            len(first) <= MAX_TITLE_WITHOUT_HEADING
            and "\n" not in first
            and not re.search(r"[。；;]", first)
            and not cr.is_credit_line(first)
        ):
            return 0
    return None


MAX_QUOTE_DEPTH = 32
"""Block quotes nested deeper than this keep their extra ``>`` as text.

Python-Markdown nests quotes by recursion and silently stops near the interpreter's
recursion limit, so without a cap the same file would render differently depending on how
deep in the call stack it is parsed (a worker thread, a test, the command line).
"""
_DEEP_QUOTE = re.compile(rf"^((?:[ ]{{0,3}}>){{{MAX_QUOTE_DEPTH}}})((?:[ ]{{0,3}}>)+)", re.MULTILINE)


def cap_quote_depth(text: str) -> str:
    """Escape the ``>`` markers past :data:`MAX_QUOTE_DEPTH` so they are shown, not nested."""
    return _DEEP_QUOTE.sub(lambda m: m.group(1) + m.group(2).replace(">", "\\>"), text)


def parse_markdown(text: str, encoding: str = "utf-8") -> Document:
    """Parse a Markdown article into a :class:`Document` whose text is the rendered plain text."""
    md, capture = _markdown()
    md.convert(cap_quote_depth(text))
    root = capture.root
    walker = _Walker(list(md.htmlStash.rawHtmlBlocks))
    if root is not None:
        walker.walk_blocks(root)
    plain, laid, inlines = _lay_out(walker.pieces)

    title: Block | None = None
    subtitle: Block | None = None
    blocks: list[Block] = []
    t_index = _title_index(plain, laid)
    skip: set[int] = set()
    if t_index is not None:
        head = laid[t_index]
        line = Block("title", head.start, head.end, plain[head.start : head.end])
        title, deck = split_title(_Line(line.start, line.end, line.text))
        if deck is None and t_index + 1 < len(laid):
            nxt = laid[t_index + 1]
            nxt_text = plain[nxt.start : nxt.end]
            if nxt.kind == "paragraph" and nxt_text.startswith(_DECK):
                deck = Block("deck", nxt.start, nxt.end, nxt_text)
                skip.add(t_index + 1)
        subtitle = deck
        skip.add(t_index)
    found = _credits(plain, laid, (t_index + 1) if t_index is not None else 0)

    heads = [b for i, b in enumerate(laid) if b.kind == "heading" and i not in skip]
    top = min((h.level for h in heads), default=1)
    content_end = len(plain)
    for b in reversed(laid):
        if b.kind != "meta":
            content_end = b.end
            break
    spans = [(h.start, h.end, plain[h.start : h.end]) for h in heads]
    sections = nest_sections(spans, [h.level - top + 1 for h in heads], content_end)
    levels = {h.start: h.level - top + 1 for h in heads}
    for i, b in enumerate(laid):
        if i == t_index and title is not None:
            blocks.append(title)
            if subtitle is not None:
                blocks.append(subtitle)
            continue
        if i in skip:
            continue
        blocks.append(Block(b.kind, b.start, b.end, plain[b.start : b.end], levels.get(b.start, 0)))
    return Document(
        text=plain,
        title=title,
        subtitle=subtitle,
        blocks=tuple(blocks),
        sections=tuple(sections),
        meta=meta_from_credits(found),
        inlines=tuple(inlines),
        source_format="markdown",
        encoding=encoding,
    )
