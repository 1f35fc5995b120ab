"""The command line: ``reader [open] FILE``, ``analyze``, ``search``, ``export``, ``convert``.

Everything a user can get wrong ends as one line on stderr and exit code 2, never a
traceback. PySide6 is imported only by ``open`` so the headless commands start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from typing import Any

from reader.errors import ReaderError

COMMANDS = ("open", "analyze", "search", "export", "convert")


class _Parser(argparse.ArgumentParser):
    """argparse that exits with 2 and one line, the same as every other input error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        sys.stderr.write(f"reader: {message}\n")
        raise SystemExit(2)


def build_parser() -> argparse.ArgumentParser:
    """All subcommands and their options, in one place so ``--help`` is complete."""
    parser = _Parser(prog="reader", description="Read Chinese news articles: people, quotes, scripts.")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    p_open = sub.add_parser("open", help="open the reading window (the default command)")
    p_open.add_argument("file", nargs="?", help="article to open (.txt or .md); the seed when omitted")
    p_open.add_argument(
        "--screenshot", metavar="PATH", help="save the window as PNG after the first paint and exit"
    )
    p_open.add_argument("--script", metavar="CFG", help="show the article in this script (s2t, t2s, s2tw, …)")

    p_an = sub.add_parser("analyze", help="print the document model")
    p_an.add_argument("file")
    p_an.add_argument("--json", action="store_true", help="one JSON object instead of a summary")
    p_an.add_argument("--script", metavar="CFG", help="convert to this script first (OpenCC config)")
    p_an.add_argument("--paragraphs", action="store_true", help="list paragraphs instead of counting them")

    p_se = sub.add_parser("search", help="find text, whatever its script or width")
    p_se.add_argument("file")
    p_se.add_argument("query")
    p_se.add_argument("--regex", action="store_true", help="the query is a regular expression")
    p_se.add_argument("--exact", action="store_true", help="match exact characters (no folding)")
    p_se.add_argument("--json", action="store_true")

    p_ex = sub.add_parser("export", help="export quotes and highlights")
    p_ex.add_argument("file")
    p_ex.add_argument("--format", choices=("md", "html", "csv", "json"), default="md")
    p_ex.add_argument("--script", metavar="CFG")
    p_ex.add_argument("--group", choices=("section", "speaker"), default="section")
    p_ex.add_argument(
        "--kinds", default="direct,indirect,term", help="quote kinds to include, comma-separated"
    )
    p_ex.add_argument("--no-highlights", action="store_true", help="leave out the reader's own highlights")
    p_ex.add_argument("--no-quotes", action="store_true", help="export only the reader's highlights")
    p_ex.add_argument("-o", "--output", metavar="OUT", help="write here (atomically) instead of stdout")
    p_ex.add_argument("--force", action="store_true", help="replace OUT if it exists (a backup is kept)")

    p_cv = sub.add_parser("convert", help="convert text between scripts with OpenCC")
    p_cv.add_argument("file", nargs="?", default="-", help="a file, or - for standard input")
    p_cv.add_argument("--config", default="t2s", metavar="CFG", help="OpenCC configuration (default t2s)")
    return parser


def document_json(doc: Any, list_paragraphs: bool = True) -> dict[str, Any]:
    """The model as the command line prints it; the scorer and other tools read this."""
    from reader.model import Document

    assert isinstance(doc, Document)
    paragraphs = doc.paragraphs()
    return {
        "text": doc.text,
        "title": doc.title.text if doc.title else None,
        "subtitle": doc.subtitle.text if doc.subtitle else None,
        "sections": [
            {"title": s.title, "start": s.start, "end": s.end, "level": s.level, "body_end": s.body_end}
            for s in doc.sections
        ],
        "paragraphs": (
            [{"start": p.start, "end": p.end, "kind": p.kind} for p in paragraphs]
            if list_paragraphs
            else len(paragraphs)
        ),
        "blocks": [{"kind": b.kind, "start": b.start, "end": b.end, "level": b.level} for b in doc.blocks],
        "meta": doc.meta.as_dict(),
        "credits": [
            {"key": c.key, "value": c.value, "start": c.start, "end": c.end} for c in doc.meta.credits
        ],
        "people": [
            {
                "name": p.name,
                "roles": list(p.role_texts),
                "mentions": [{"start": m.start, "end": m.end, "kind": m.kind} for m in p.mentions],
            }
            for p in doc.people
        ],
        "quotes": [
            {"text": q.text, "kind": q.kind, "speaker": q.speaker, "start": q.start, "end": q.end}
            for q in doc.quotes
        ],
        "encoding": doc.encoding,
        "format": doc.source_format,
        "script": _detected_script(doc.text),
    }


def _detected_script(text: str) -> str:
    """The text's own script (traditional, simplified, mixed, neutral), as the gold files give it."""
    from reader.script import detect_script

    return detect_script(text).script


def _summary(doc: Any) -> str:
    lines = [
        f"title:    {doc.title.text if doc.title else '(none)'}",
        f"subtitle: {doc.subtitle.text if doc.subtitle else '(none)'}",
        f"sections: {len(doc.sections)}",
    ]
    lines += [f"  {'  ' * (s.level - 1)}{s.title}" for s in doc.sections]
    lines.append(f"paragraphs: {len(doc.paragraphs())}  characters: {len(doc.text)}")
    for key, value in doc.meta.as_dict().items():
        if value:
            lines.append(f"{key}: {value}")
    if doc.people:
        lines.append(f"people: {len(doc.people)}")
        lines += [
            f"  {p.name}: {'；'.join(p.role_texts) or '-'} ({len(p.mentions)} mentions)" for p in doc.people
        ]
    if doc.quotes:
        lines.append(f"quotes: {len(doc.quotes)}")
        for q in doc.quotes:
            lines.append(f"  [{q.kind}] {q.speaker or '-'}: {q.text[:40]}{'…' if len(q.text) > 40 else ''}")
    return "\n".join(lines)


def _run_analyze(args: argparse.Namespace) -> int:
    from reader.documents import open_document

    doc = open_document(args.file)
    if args.script:
        from reader.script import convert_document

        doc = convert_document(doc, args.script)
    if args.json:
        import json

        json.dump(document_json(doc, list_paragraphs=args.paragraphs), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print(_summary(doc))
    return 0


def _run_open(args: argparse.Namespace) -> int:
    import gc

    # Start-up makes tens of thousands of objects (modules, classes, Qt's enums) and no garbage:
    # the cyclic collector's passes over them cost about 10 ms before the first paint, so it
    # waits until that paint (run_app turns it back on; see MainWindow.after_startup).
    gc.disable()
    try:
        from reader.ui.app import run_app

        return run_app(args.file, screenshot=args.screenshot, script=args.script)
    finally:
        gc.enable()


def _dispatch(args: argparse.Namespace) -> int:
    if args.command == "analyze":
        return _run_analyze(args)
    if args.command == "search":
        from reader.search_cli import run_search

        return run_search(args)
    if args.command == "export":
        from reader.export_cli import run_export

        return run_export(args)
    if args.command == "convert":
        from reader.script_cli import run_convert

        return run_convert(args)
    return _run_open(args)


def _utf8_streams() -> None:
    """Chinese text must reach a pipe or a C-locale terminal instead of a UnicodeEncodeError.

    Tools reading our output (the scorer, ``jq``) expect UTF-8 whatever the locale says.
    """
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        reconfigure = getattr(stream, "reconfigure", None)
        if encoding not in ("utf8", "utf8sig") and reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


_OPEN_OPTIONS = ("--screenshot", "--script")


def quick_open_args(argv: Sequence[str]) -> argparse.Namespace | None:
    """``open FILE [--screenshot PATH] [--script CFG]`` read without building the parser.

    Building every command's parser costs about 5 ms (gettext looks for a catalogue at each
    help text) on the way to the window's first paint. Only the plain forms are read here,
    each as argparse reads it; anything else (``--help``, abbreviations, an option given
    twice, a value or file starting with ``-``, a second file) returns None and goes to
    argparse, so its help and its messages stay the only ones.
    """
    if not argv or argv[0] != "open":
        return None
    values: dict[str, str | None] = {"file": None, "screenshot": None, "script": None}
    seen: set[str] = set()
    rest = list(argv[1:])
    while rest:
        word = rest.pop(0)
        if word.startswith("-"):
            name, eq, value = word.partition("=")
            if name not in _OPEN_OPTIONS or name in seen:
                return None
            if not eq:
                if not rest or rest[0].startswith("-"):
                    return None
                value = rest.pop(0)
            if not value or value.startswith("-"):
                return None
            seen.add(name)
            values[name[2:]] = value
        elif "file" in seen or not word:
            return None
        else:
            seen.add("file")
            values["file"] = word
    return argparse.Namespace(command="open", **values)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``reader``, ``python -m reader`` and ``main.py``."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0] not in COMMANDS and argv[0] not in ("-h", "--help")):
        argv = ["open", *argv]
    args = quick_open_args(argv) or build_parser().parse_args(argv)
    _utf8_streams()
    try:
        return _dispatch(args)
    except ReaderError as exc:
        sys.stderr.write(f"reader: {exc}\n")
        return 2
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130
    except MemoryError:
        sys.stderr.write("reader: not enough memory for this file\n")
        return 2
    except Exception as exc:
        # A bug met on some input: one line for the user, the traceback only when asked for.
        if os.environ.get("READER_DEBUG"):
            raise
        detail = " ".join(str(exc).split())[:200]
        name = type(exc).__name__
        sys.stderr.write(f"reader: internal error ({name}: {detail}); READER_DEBUG=1 shows more\n")
        return 2
