"""Exporting quotes and the reader's highlights as Markdown, HTML, CSV or JSON.

API for the window (File ▸ Export Quotes…) and the command line::

    options = ExportOptions(format="md", group="section", kinds=frozenset({"direct", "indirect"}),
                            quotes=True, highlights=True, script=None, source_path="a.txt")
    text = render_export(doc, highlights, options)          # the preview: the whole file as a str
    backup = write_export(text, out_path, force=False)     # atomic; refuses to replace unless force
    export_to_path(doc, highlights, options, out_path, force=False)   # both at once
    items = collect_items(doc, highlights, options)        # the rows, if a view wants a table
    suggested_name("a.txt", "html") -> "a.quotes.html"
    parse_kinds("direct,term") -> frozenset({"direct", "term"})   # ExportError on an unknown kind

``doc`` is the analysed document as loaded and ``highlights`` are anchored in its text (as
:mod:`reader.storage` gives them). With ``options.script`` set (a script key such as ``taiwan`` or an
OpenCC configuration such as ``s2t``), both are converted first with
:func:`reader.script.view_document`, so the export is in that script throughout: ``start`` and
``end`` refer to the exported (converted) text, while links point at the passage in the original
file with the script to show it in (``reader:///home/me/a.txt?script=s2t#120-158``). Errors are
:class:`ExportError` (a :class:`~reader.errors.ReaderError`), worded for the user.

HTML is rendered *from the Markdown* with the ``markdown`` package, so the two never disagree;
the article's text is escaped before it reaches Markdown, so markup inside an article stays
text and an exported page never runs or loads anything. CSV starts with a BOM so spreadsheet
programs read it as UTF-8.
"""

from __future__ import annotations

import csv
import html
import io
import json
import os
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote as url_quote

from reader import atomic
from reader.errors import ReaderError
from reader.model import Document, Highlight, Quote

ExportFormat = Literal["md", "html", "csv", "json"]
GroupBy = Literal["section", "speaker"]
ItemKind = Literal["direct", "indirect", "term", "highlight"]

FORMATS: tuple[ExportFormat, ...] = ("md", "html", "csv", "json")
SUFFIXES: dict[ExportFormat, str] = {"md": ".md", "html": ".html", "csv": ".csv", "json": ".json"}
QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "term")
KIND_LABELS: dict[str, str] = {
    "direct": "direct speech",
    "indirect": "reported speech",
    "term": "term",
    "highlight": "highlight",
}
FIELDS: tuple[str, ...] = (
    "source",
    "kind",
    "group",
    "section",
    "speaker",
    "role",
    "text",
    "note",
    "color",
    "start",
    "end",
    "link",
    "id",
)
"""Column order of the CSV export, and the keys of each JSON item."""
EXPORT_SCHEMA = 1

NO_SECTION = "(before the first section)"
UNATTRIBUTED = "Unattributed"
TERMS = "Terms"
HIGHLIGHTS = "Highlights"


class ExportError(ReaderError):
    """An export that cannot be made or written as asked."""


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What to export and how; the window's export dialog and the command line both fill it."""

    format: ExportFormat = "md"
    group: GroupBy = "section"
    kinds: frozenset[str] = frozenset(QUOTE_KINDS)
    """Which quote kinds to include (any of direct, indirect, term)."""
    quotes: bool = True
    """Include the automatically found quotes."""
    highlights: bool = True
    """Include the reader's own highlights."""
    script: str | None = None
    """An OpenCC configuration to convert everything to first, or None for the text as it is."""
    source_path: str | None = None
    """The article's file, for links back to passages and for the page title."""


@dataclass(frozen=True, slots=True)
class ExportItem:
    """One exported passage: a quote or a highlight, with everything every format shows."""

    source: Literal["quote", "highlight"]
    kind: str
    """direct, indirect, term, or highlight."""
    group: str
    """The heading it is listed under (a section title or a speaker)."""
    section: str
    """Title of the section it is in; empty before the first heading."""
    speaker: str | None
    """The speaker's name; for a highlight, the speaker of the quote it lies in, if any."""
    role: str | None
    """The speaker's first role in the article."""
    text: str
    note: str
    color: str | None
    """The highlight's colour; None for quotes."""
    start: int
    end: int
    link: str
    """``reader://PATH[?script=CFG]#START-END``, offsets in the original file: opens the passage."""
    id: str | None
    """The highlight's id; None for quotes."""


def parse_kinds(value: str | Iterable[str]) -> frozenset[str]:
    """Quote kinds from ``"direct,term"`` (or a list); unknown names are an error, not ignored."""
    names = value.split(",") if isinstance(value, str) else list(value)
    kinds = {n.strip().lower() for n in names if n.strip()}
    unknown = sorted(kinds - set(QUOTE_KINDS))
    if unknown:
        raise ExportError(f"unknown quote kind {', '.join(unknown)} (choose from {', '.join(QUOTE_KINDS)})")
    return frozenset(kinds)


def suggested_name(source_path: str | os.PathLike[str] | None, fmt: ExportFormat) -> str:
    """A file name for the export dialog: ``article.quotes.md``."""
    stem = Path(source_path).stem if source_path else "quotes"
    return f"{stem}.quotes{SUFFIXES[fmt]}" if source_path else f"{stem}{SUFFIXES[fmt]}"


# --------------------------------------------------------------------------------------------
# Script conversion


SpanMap = Callable[[int, int], tuple[int, int]]
"""Maps a span of the exported (possibly converted) text to the span of the original text."""


def _same_span(start: int, end: int) -> tuple[int, int]:
    return start, end


def convert_for_export(
    doc: Document, highlights: tuple[Highlight, ...], script: str
) -> tuple[Document, tuple[Highlight, ...], SpanMap]:
    """The document and its highlights in ``script`` (a script key or OpenCC configuration).

    Highlights are mapped through the conversion's offset map, so each still covers its passage
    even where a phrase changed length; the returned function maps exported spans back to the
    original text (what links point at, since that is the file on disk).
    """
    from reader.script import view_document

    view = view_document(doc, script)
    converted = view.document
    offsets = view.offsets
    moved = []
    for h in highlights:
        start, end = offsets.span_to_converted(h.start, h.end)
        text = converted.text
        prefix = text[max(0, start - len(h.prefix)) : start]
        suffix = text[end : end + len(h.suffix)]
        moved.append(replace(h, start=start, end=end, text=text[start:end], prefix=prefix, suffix=suffix))
    return converted, tuple(moved), offsets.span_to_original


# --------------------------------------------------------------------------------------------
# Items


def passage_link(start: int, end: int, source_path: str | None, script: str | None = None) -> str:
    """A link that opens the article at a passage: ``reader:///home/me/a.txt?script=s2t#12-30``."""
    query = f"?script={url_quote(script, safe='')}" if script else ""
    if not source_path:
        return f"reader:{query}#{start}-{end}"
    posix = Path(os.path.abspath(source_path)).as_posix()
    if not posix.startswith("/"):
        posix = "/" + posix  # C:/… on Windows
    return f"reader://{url_quote(posix, safe='/:')}{query}#{start}-{end}"


class _Lookup:
    """Section, speaker and role lookups for one document, by bisection: exports of long
    articles have thousands of items, and the model's linear look-ups made that quadratic."""

    def __init__(self, doc: Document):
        self.sections = doc.sections
        self.section_starts = [s.start for s in doc.sections]
        self.roles: dict[str, str | None] = {}
        for person in doc.people:
            self.roles.setdefault(person.name, person.roles[0].text if person.roles else None)
        self.speech = sorted(
            (q for q in doc.quotes if q.speaker and q.kind != "term"), key=lambda q: (q.start, q.end)
        )
        self.speech_starts = [q.start for q in self.speech]
        self.longest = max((q.end - q.start for q in self.speech), default=0)

    def section(self, offset: int) -> str:
        """Title of the innermost section containing ``offset`` (as :meth:`Document.section_at`)."""
        i = bisect_right(self.section_starts, offset) - 1
        while i >= 0:
            sec = self.sections[i]
            if offset < max(sec.body_end, sec.end):
                return sec.title
            i -= 1
        return ""

    def speaker(self, start: int, end: int) -> str | None:
        """The speaker of the innermost attributed speech that contains the span, if any."""
        i = bisect_right(self.speech_starts, start) - 1
        while i >= 0 and self.speech[i].start >= start - self.longest:
            q = self.speech[i]
            if end <= q.end:
                return q.speaker
            i -= 1
        return None

    def role(self, speaker: str | None) -> str | None:
        return None if speaker is None else self.roles.get(speaker)


def collect_items(
    doc: Document,
    highlights: Iterable[Highlight],
    options: ExportOptions,
    to_original: SpanMap = _same_span,
) -> tuple[ExportItem, ...]:
    """The exported passages of ``doc`` (already in the wanted script), grouped and in order.

    Groups come in reading order (sections), or speakers in order of first quote followed by
    unattributed speech, terms and highlights without a speaker; inside a group, reading order.
    """
    script = options.script
    look = _Lookup(doc)
    rows: list[tuple[int, int, int, ExportItem]] = []

    def add(order: int, item: ExportItem) -> None:
        rows.append((item.start, order, item.end, item))

    if options.quotes:
        for q in doc.quotes:
            if q.kind in options.kinds:
                add(0, _quote_item(look, q, options, script, to_original))
    if options.highlights:
        for h in highlights:
            speaker = look.speaker(h.start, h.end)
            section = look.section(h.start)
            group = (speaker or HIGHLIGHTS) if options.group == "speaker" else (section or NO_SECTION)
            add(
                1,
                ExportItem(
                    source="highlight",
                    kind="highlight",
                    group=group,
                    section=section,
                    speaker=speaker,
                    role=look.role(speaker),
                    text=h.text,
                    note=h.note,
                    color=h.color,
                    start=h.start,
                    end=h.end,
                    link=passage_link(*to_original(h.start, h.end), options.source_path, script),
                    id=h.id,
                ),
            )
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    items = [r[3] for r in rows]
    order: dict[str, int] = {}
    for item in items:
        order.setdefault(item.group, len(order))
    tail = {UNATTRIBUTED: 1, TERMS: 2, HIGHLIGHTS: 3} if options.group == "speaker" else {}
    items.sort(key=lambda it: (tail.get(it.group, 0), order[it.group]))  # stable: reading order kept
    return tuple(items)


def _quote_item(
    look: _Lookup, q: Quote, options: ExportOptions, script: str | None, to_original: SpanMap
) -> ExportItem:
    section = look.section(q.start)
    if options.group == "speaker":
        group = q.speaker or (TERMS if q.kind == "term" else UNATTRIBUTED)
    else:
        group = section or NO_SECTION
    return ExportItem(
        source="quote",
        kind=q.kind,
        group=group,
        section=section,
        speaker=q.speaker,
        role=look.role(q.speaker),
        text=q.text,
        note="",
        color=None,
        start=q.start,
        end=q.end,
        link=passage_link(*to_original(q.start, q.end), options.source_path, script),
        id=None,
    )


# --------------------------------------------------------------------------------------------
# Formats

_MD_SPECIAL = re.compile(r"([\\`*_\[\]{}#!])")
_MD_LINE_START = re.compile(r"^([-+]|\d+[.)])")


def md_escape(text: str) -> str:
    """Article text made inert for Markdown: no emphasis, links, headings, lists or raw HTML."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MD_SPECIAL.sub(r"\\\1", text)
    lines = []
    for line in text.split("\n"):
        line = line.strip(" \t")
        if line.startswith("="):
            line = "&#61;" + line[1:]  # a setext heading underline; '=' has no backslash escape
        elif _MD_LINE_START.match(line):
            line = line.replace(".", "\\.", 1).replace(")", "\\)", 1) if line[0].isdigit() else "\\" + line
        lines.append(line)
    return "\n".join(lines)


def _md_block(text: str) -> str:
    """A passage as a Markdown blockquote, one quoted paragraph per line of the article."""
    paragraphs = [p for p in md_escape(text).split("\n") if p]
    return "\n>\n".join(f"> {p}" for p in paragraphs) or ">"


def _doc_title(doc: Document, options: ExportOptions) -> str:
    if doc.title is not None:
        return doc.title.text
    if options.source_path:
        return Path(options.source_path).name
    return "Untitled article"


def _summary(items: tuple[ExportItem, ...], options: ExportOptions) -> str:
    n_quotes = sum(1 for i in items if i.source == "quote")
    n_high = len(items) - n_quotes
    parts = [f"{n_quotes} quote{'s' if n_quotes != 1 else ''}"]
    parts.append(f"{n_high} highlight{'s' if n_high != 1 else ''}")
    parts.append(f"grouped by {options.group}")
    if options.script:
        parts.append(f"script {options.script}")
    return " · ".join(parts)


def to_markdown(doc: Document, items: tuple[ExportItem, ...], options: ExportOptions) -> str:
    """The Markdown export: a heading per group, each passage quoted with who said it and a link."""
    out = [f"# Quotes: {md_escape(_doc_title(doc, options))}", ""]
    if options.source_path:
        out += [f"Source: {md_escape(Path(options.source_path).name)}", ""]
    out += [_summary(items, options), ""]
    group: str | None = None
    for item in items:
        if item.group != group:
            group = item.group
            out += [f"## {md_escape(group)}", ""]
        out += [_md_block(item.text), ">"]
        line = ["—"]
        if item.speaker:
            line.append(f"**{md_escape(item.speaker)}**")
        if item.role:
            line.append(md_escape(item.role))
        line.append(KIND_LABELS.get(item.kind, item.kind))
        if options.group == "speaker" and item.section:
            line.append(f"in “{md_escape(item.section)}”")
        if item.color:
            line.append(f"colour {item.color}")
        line.append(f"[{item.start}–{item.end}]({item.link})")
        out.append("> " + " · ".join(line).replace("— · ", "— ", 1))
        if item.note:
            out += [">", f"> *Note:* {md_escape(item.note).replace(chr(10), ' ')}"]
        out.append("")
    if not items:
        out += ["*Nothing to export.*", ""]
    return "\n".join(out)


HTML_CSS = """
body { margin: 0; background: #fafaf7; color: #222; }
main { max-width: 46em; margin: 2em auto; padding: 0 1.2em;
       font: 17px/1.7 "Noto Serif CJK SC", "Source Han Serif", "PingFang SC", "Microsoft YaHei", serif; }
h1 { font-size: 1.6em; line-height: 1.3; }
h2 { font-size: 1.2em; margin-top: 2em; border-bottom: 1px solid #ddd; padding-bottom: .2em; }
blockquote { margin: 1em 0; padding: .4em 1em; border-left: 4px solid #c9a227; background: #fff; }
blockquote p:last-child { font-size: .85em; color: #555; }
a { color: #1f5fa8; text-decoration: none; }
a:hover { text-decoration: underline; }
@media print { body { background: #fff; } blockquote { break-inside: avoid; } }
""".strip()


def to_html(doc: Document, items: tuple[ExportItem, ...], options: ExportOptions) -> str:
    """A self-contained page rendered from :func:`to_markdown` (inline CSS, nothing loaded)."""
    import markdown

    body = markdown.markdown(to_markdown(doc, items, options), output_format="html")
    title = html.escape(f"Quotes: {_doc_title(doc, options)}")
    return (
        "<!DOCTYPE html>\n"
        '<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="Reader">\n'
        f"<title>{title}</title>\n<style>\n{HTML_CSS}\n</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )


def _row(item: ExportItem) -> dict[str, Any]:
    return {name: getattr(item, name) for name in FIELDS}


def to_csv(items: tuple[ExportItem, ...]) -> str:
    """CSV with a header row, UTF-8 BOM first so spreadsheet programs detect the encoding."""
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=list(FIELDS), lineterminator="\r\n")
    writer.writeheader()
    for item in items:
        writer.writerow({k: ("" if v is None else v) for k, v in _row(item).items()})
    return "\ufeff" + buf.getvalue()


def to_json(doc: Document, items: tuple[ExportItem, ...], options: ExportOptions) -> str:
    """JSON: the document, the options, and every item with all :data:`FIELDS`."""
    data = {
        "schema": EXPORT_SCHEMA,
        "generator": "reader",
        "document": {
            "title": _doc_title(doc, options),
            "path": options.source_path,
            "script": options.script,
        },
        "group_by": options.group,
        "kinds": sorted(options.kinds) if options.quotes else [],
        "highlights_included": options.highlights,
        "items": [_row(item) for item in items],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def render_items(doc: Document, items: tuple[ExportItem, ...], options: ExportOptions) -> str:
    """Items in the chosen format."""
    if options.format == "md":
        return to_markdown(doc, items, options)
    if options.format == "html":
        return to_html(doc, items, options)
    if options.format == "csv":
        return to_csv(items)
    if options.format == "json":
        return to_json(doc, items, options)
    raise ExportError(f"unknown export format {options.format!r} (choose from {', '.join(FORMATS)})")


def render_export(doc: Document, highlights: Iterable[Highlight], options: ExportOptions) -> str:
    """The whole export as text: what the preview shows and what :func:`write_export` saves."""
    if not options.quotes and not options.highlights:
        raise ExportError("nothing to export: both quotes and highlights are left out")
    marks = tuple(highlights) if options.highlights else ()
    to_original: SpanMap = _same_span
    if options.script:
        doc, marks, to_original = convert_for_export(doc, marks, options.script)
    items = collect_items(doc, marks, options, to_original)
    return render_items(doc, items, options)


def write_export(text: str, path: str | os.PathLike[str], *, force: bool = False) -> Path | None:
    """Save an export atomically; an existing file is only replaced with ``force`` (and backed up).

    Returns the backup of the replaced file, if any.
    """
    target = Path(path)
    if target.is_dir():
        raise ExportError(f"cannot export to {target}: it is a folder")
    try:
        return atomic.write_text(target, text, overwrite=force, backup=True)
    except atomic.TargetExistsError as exc:
        raise ExportError(f"{target} already exists; choose another name or allow replacing it") from exc
    except atomic.AtomicWriteError as exc:
        raise ExportError(str(exc)) from exc


def export_to_path(
    doc: Document,
    highlights: Iterable[Highlight],
    options: ExportOptions,
    path: str | os.PathLike[str],
    *,
    force: bool = False,
) -> Path | None:
    """Render and save in one step; see :func:`render_export` and :func:`write_export`."""
    return write_export(render_export(doc, highlights, options), path, force=force)


def item_from_json(data: dict[str, Any]) -> ExportItem:
    """An item read back from a JSON export (what round-trip tests and importers use)."""
    try:
        return ExportItem(**{name: data[name] for name in FIELDS})
    except (KeyError, TypeError) as exc:
        raise ExportError(f"not an exported item: {exc}") from exc


def item_as_dict(item: ExportItem) -> dict[str, Any]:
    """The item as a plain mapping (JSON's shape)."""
    return asdict(item)
