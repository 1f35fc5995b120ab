"""``reader export FILE``: quotes and the reader's highlights to stdout or, atomically, to a file.

The options are defined in :func:`reader.cli.build_parser`; this module only runs them. The
store's highlights for FILE are those the window saved for the same text (found by content, or
by path after an edit); store warnings (a damaged store moved aside, highlights that could not
be placed) go to stderr as ``reader: warning: …`` lines and do not stop the export.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import cast

from reader.errors import ReaderError
from reader.export import ExportFormat, ExportOptions, GroupBy, parse_kinds, render_export, write_export
from reader.model import Highlight
from reader.storage import StoreError, load_highlights


def run_export(args: argparse.Namespace) -> int:
    """Run the export command; errors are ReaderErrors, which ``cli.main`` prints as one line."""
    from reader.documents import open_document

    if args.no_quotes and args.no_highlights:
        raise ReaderError("nothing to export: --no-quotes and --no-highlights leave nothing")
    kinds = parse_kinds(args.kinds)
    if not kinds and not args.no_quotes and args.no_highlights:
        raise ReaderError("nothing to export: --kinds is empty and --no-highlights is given")
    if args.output and not args.force and os.path.lexists(args.output):
        raise ReaderError(f"{args.output} already exists; use --force to replace it (a backup is kept)")
    doc = open_document(args.file)
    highlights: tuple[Highlight, ...] = ()
    if not args.no_highlights:
        highlights = _stored_highlights(doc.text, args.file)
    options = ExportOptions(
        format=cast(ExportFormat, args.format),
        group=cast(GroupBy, args.group),
        kinds=kinds,
        quotes=not args.no_quotes,
        highlights=not args.no_highlights,
        script=args.script or None,
        source_path=str(args.file),
    )
    text = render_export(doc, highlights, options)
    if args.output:
        backup = write_export(text, args.output, force=args.force)
        if backup is not None:
            sys.stderr.write(f"reader: replaced {args.output}; the previous version is in {backup}\n")
        return 0
    # Bytes, so the BOM and CRLF of CSV reach a pipe exactly, whatever the console's encoding.
    sys.stdout.flush()
    sys.stdout.buffer.write(text.encode("utf-8"))
    sys.stdout.buffer.flush()
    return 0


def _stored_highlights(text: str, path: str) -> tuple[Highlight, ...]:
    """The store's highlights for this text; problems become warnings, the export goes on."""
    try:
        session = load_highlights(text, path)
    except StoreError as exc:
        sys.stderr.write(f"reader: warning: {exc}; exporting without your highlights\n")
        return ()
    for warning in session.warnings:
        sys.stderr.write(f"reader: warning: {warning}\n")
    if session.unplaced:
        sys.stderr.write(
            f"reader: warning: {len(session.unplaced)} highlight(s) could not be placed in this "
            "version of the file and are not exported\n"
        )
    return session.highlights
